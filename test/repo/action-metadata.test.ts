// action.yml, the README and the contract tell the same story: the same inputs (with the same
// defaults) and the same outputs, each described. Offline: files only.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {
  codeSpans,
  headings,
  NAME,
  namesInTables,
  section,
  splitRow,
  tables,
  withoutSections
} from './markdown.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')

interface ActionInput {
  description?: unknown
  required?: unknown
  default?: unknown
}
interface ActionMetadata {
  name?: unknown
  description?: unknown
  branding?: {icon?: unknown; color?: unknown}
  inputs: Record<string, ActionInput>
  outputs: Record<string, {description?: unknown}>
  runs: {using?: unknown; main?: unknown}
}

const action = load(read('action.yml'), {filename: 'action.yml'}) as ActionMetadata
const actionInputs = Object.keys(action.inputs ?? {})
const actionOutputs = Object.keys(action.outputs ?? {})

const readme = read('README.md')
const readmeInputs = tables(section(readme, 'Inputs')).filter(table => table.header[0] === 'input')
const readmeOutputs = tables(section(readme, 'Outputs')).filter(t => t.header[0] === 'output')

// The contract is part of the repository: without it this file fails, it never skips.
const contractPath = 'docs/CONTRACT.md'
const contract = read(contractPath)

/**
 * The contract's sections whose feature is not built yet: their inputs and outputs are left out of
 * the comparisons below (and must not be in action.yml or the README yet). The one place to
 * change: delete a title when its feature lands, and the comparisons then cover it.
 */
const CONTRACT_SECTIONS_NOT_BUILT_YET: readonly string[] = []

/** A sentence without its parenthesised asides (nested ones too): what is left are the names. */
function withoutAsides(sentence: string): string {
  let text = sentence
  for (let previous = ''; previous !== text;)
    [previous, text] = [text, text.replace(/\([^()]*\)/g, '')]
  return text
}

/** The outputs the contract names in prose in its opt-in sections ("Output `issue-number`",
 * "Outputs: `started-backup-id` (…), `started-backup-seconds` (…)"), not in its Outputs table.
 * Only the names outside parentheses: "`verified` (`true` when …)" names one output. */
function contractProseOutputs(markdown: string, inputs: string[]): string[] {
  const titles = headings(markdown).filter(title => /^(Opt-in|Always):/.test(title))
  return titles.flatMap(title =>
    [...section(markdown, title).matchAll(/\bOutputs?\b:?\s+(`[\s\S]*?)(?:[.;]\s|\.?$)/g)].flatMap(
      ([, sentence]) =>
        codeSpans(withoutAsides(sentence)).filter(name => NAME.test(name) && !inputs.includes(name))
    )
  )
}

/** The inputs the contract defines in prose, with their default cell: "`max-runtime` (input,
 * default `6h`, …)". */
function contractProseInputs(markdown: string): string[][] {
  return [...markdown.matchAll(/`([a-z][a-z0-9-]*)` \(input, default (`[^`]*`|[^,)]+)/g)].map(
    ([, name, cell]) => [`\`${name}\``, cell]
  )
}

/** What a default cell of the README or the contract promises about action.yml. */
function expectedDefault(cell: string): {required: boolean; default: string | undefined} {
  if (cell === 'required') return {required: true, default: undefined}
  const code = /^`([^`]*)`$/.exec(cell)
  // Anything else ("from the schedule") is a behaviour, not a value: no default in action.yml.
  return {required: false, default: code ? code[1] : undefined}
}

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort()

/** Both directions of a comparison of two lists of names, labelled, plus any duplicate. */
function mismatch(a: string[], aLabel: string, b: string[], bLabel: string) {
  const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i)
  return {
    [`in ${aLabel}, not in ${bLabel}`]: a.filter(name => !b.includes(name)),
    [`in ${bLabel}, not in ${aLabel}`]: b.filter(name => !a.includes(name)),
    [`twice in ${aLabel}`]: duplicates(a),
    [`twice in ${bLabel}`]: duplicates(b)
  }
}
const noMismatch = (aLabel: string, bLabel: string) => mismatch([], aLabel, [], bLabel)

describe('action.yml', () => {
  it('runs on node24 from dist/index.js, which exists', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
    expect(existsSync(path.join(repoRoot, 'dist/index.js'))).toBe(true)
  })

  it('uses the Node.js major in .node-version (what CI and contributors run)', () => {
    const major = read('.node-version').trim().replace(/^v/, '').split('.')[0]
    expect(`node${major}`).toBe(action.runs.using)
  })

  it('has a name, a description and valid branding, and no unknown top-level key', () => {
    expect(action.name).toEqual(expect.any(String))
    expect(action.description).toEqual(expect.stringMatching(/\S/))
    const colors = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple']
    expect([...colors, 'gray-dark']).toContain(action.branding?.color)
    expect(action.branding?.icon).toEqual(expect.stringMatching(/^[a-z0-9-]+$/))
    const allowed = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']
    expect(Object.keys(action).filter(key => !allowed.includes(key))).toEqual([])
  })

  it('names inputs and outputs in kebab-case and describes every one', () => {
    const undescribed = [
      ...Object.entries(action.inputs).map(([name, input]) => ['input', name, input] as const),
      ...Object.entries(action.outputs).map(([name, output]) => ['output', name, output] as const)
    ]
      .filter(
        ([, , entry]) => typeof entry?.description !== 'string' || !/\S/.test(entry.description)
      )
      .map(([kind, name]) => `${kind} ${name}`)
    expect(undescribed).toEqual([])
    expect([...actionInputs, ...actionOutputs].filter(name => !NAME.test(name))).toEqual([])
  })

  it('gives every input a string default or none, and no default to a required input', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(['undefined', 'string'], `${name}.default`).toContain(typeof input.default)
      expect([undefined, true, false], `${name}.required`).toContain(input.required)
      if (input.required === true) expect(input.default, `${name}.default`).toBeUndefined()
    }
  })
})

describe('README', () => {
  it('has one Inputs table and one Outputs table', () => {
    expect(readmeInputs).toHaveLength(1)
    expect(readmeOutputs).toHaveLength(1)
  })

  it('lists exactly the inputs of action.yml, in the same order', () => {
    const names = readmeInputs[0].rows.flatMap(row => codeSpans(row[0]))
    expect(names).toEqual(actionInputs)
  })

  it('lists exactly the outputs of action.yml, in the same order', () => {
    const names = readmeOutputs[0].rows.flatMap(row => codeSpans(row[0]))
    expect(names).toEqual(actionOutputs)
  })

  it('gives the defaults of action.yml', () => {
    for (const row of readmeInputs[0].rows) {
      const [name] = codeSpans(row[0])
      const input = action.inputs[name]
      if (!input) continue // the comparison of the names tells
      expect({required: input.required === true, default: input.default}, name).toEqual(
        expectedDefault(row[1])
      )
    }
  })
})

describe(`the contract at ${contractPath}`, () => {
  const whole = contract
  // A title missing from the contract fails its own test below, not the whole file.
  const present = (title: string) => headings(whole).includes(title)
  const text = withoutSections(whole, CONTRACT_SECTIONS_NOT_BUILT_YET.filter(present))
  const inputRowsOf = (markdown: string) => [
    ...tables(markdown)
      .filter(table => table.header[0] === 'input')
      .flatMap(table => table.rows),
    ...contractProseInputs(markdown)
  ]
  const inputRows = inputRowsOf(text)
  const contractInputs = inputRows.flatMap(row => codeSpans(row[0]))
  const proseOutputs = contractProseOutputs(text, contractInputs)
  const contractOutputs = [...namesInTables(text, 'output'), ...proseOutputs]

  describe.each(CONTRACT_SECTIONS_NOT_BUILT_YET)('section not built yet "%s"', title => {
    const part = present(title) ? section(whole, title) : ''
    const names = [
      ...inputRowsOf(part).flatMap(row => codeSpans(row[0])),
      ...namesInTables(part, 'output'),
      ...contractProseOutputs(`## Opt-in: x\n${part}`, [])
    ]

    it('is still in the contract, under that title', () => {
      expect(headings(whole)).toContain(title)
    })

    it('has no input or output in action.yml or the README yet (else delete it from the list)', () => {
      const readmeNames = [...readmeInputs, ...readmeOutputs].flatMap(table =>
        table.rows.flatMap(row => codeSpans(row[0]))
      )
      const built = [...actionInputs, ...actionOutputs, ...readmeNames]
      expect(names.filter(name => built.includes(name))).toEqual([])
    })
  })

  it('names the opt-in outputs the tests expect in its prose', () => {
    expect(sorted(proseOutputs)).toEqual(
      sorted([
        'report-file',
        'issue-number',
        'started-backup-id',
        'started-backup-seconds',
        'verified',
        'verified-backup-id',
        'verified-bytes',
        'verified-sha256',
        'verified-tables',
        'verified-files'
      ])
    )
  })

  it('has the inputs of action.yml, and action.yml those of the contract', () => {
    const labels = ['the contract', 'action.yml'] as const
    expect(mismatch(contractInputs, labels[0], actionInputs, labels[1])).toEqual(
      noMismatch(...labels)
    )
  })

  it('has the inputs of the README, and the README those of the contract', () => {
    const readmeNames = readmeInputs[0].rows.flatMap(row => codeSpans(row[0]))
    const labels = ['the contract', 'the README'] as const
    expect(mismatch(contractInputs, labels[0], readmeNames, labels[1])).toEqual(
      noMismatch(...labels)
    )
  })

  it('has the outputs of action.yml, and action.yml those of the contract', () => {
    const labels = ['the contract', 'action.yml'] as const
    expect(mismatch(contractOutputs, labels[0], actionOutputs, labels[1])).toEqual(
      noMismatch(...labels)
    )
  })

  it('has the outputs of the README, and the README those of the contract', () => {
    const readmeNames = readmeOutputs[0].rows.flatMap(row => codeSpans(row[0]))
    const labels = ['the contract', 'the README'] as const
    expect(mismatch(contractOutputs, labels[0], readmeNames, labels[1])).toEqual(
      noMismatch(...labels)
    )
  })

  it('gives the defaults of action.yml and of the README', () => {
    const readmeDefaults = new Map(readmeInputs[0].rows.map(row => [codeSpans(row[0])[0], row[1]]))
    for (const row of inputRows) {
      const [name] = codeSpans(row[0])
      const input = action.inputs[name]
      if (input) {
        const actual = {required: input.required === true, default: input.default}
        expect(actual, `action.yml ${name}`).toEqual(expectedDefault(row[1]))
      }
      if (readmeDefaults.has(name)) {
        expect(readmeDefaults.get(name), `README default of ${name}`).toBe(row[1])
      }
    }
  })
})

/** Whether a shell command has a `**` outside quotes (the shell, not the tool, would expand it,
 * differently per shell and platform). */
function hasUnquotedGlobstar(command: string): boolean {
  let quote: string | undefined
  for (let i = 0; i < command.length; i++) {
    const char = command[i]
    if (quote) {
      if (char === '\\' && quote === '"') i++
      else if (char === quote) quote = undefined
    } else if (char === '\\') {
      i++
    } else if (char === "'" || char === '"') {
      quote = char
    } else if (char === '*' && command[i + 1] === '*') {
      return true
    }
  }
  return false
}

describe('package.json scripts', () => {
  const pkg = JSON.parse(read('package.json')) as {scripts?: Record<string, string>}
  const scripts = pkg.scripts ?? {}
  const names = [
    'build',
    'bundle',
    'test',
    'lint',
    'format',
    'format:check',
    'demo',
    'bench',
    'all'
  ]

  it.each(names)('has a "%s" script', name => {
    expect(scripts[name]).toEqual(expect.stringMatching(/\S/))
  })

  it('has no unquoted ** glob', () => {
    const unquoted = Object.entries(scripts).filter(([, command]) => hasUnquotedGlobstar(command))
    expect(unquoted).toEqual([])
  })

  it('runs only scripts and files that exist', () => {
    const missing: string[] = []
    for (const [name, command] of Object.entries(scripts)) {
      for (const [, other] of command.matchAll(/\bnpm run ([\w:-]+)/g)) {
        if (scripts[other] === undefined) missing.push(`${name}: npm run ${other}`)
      }
      for (const [, file] of command.matchAll(/\bnode ([\w./-]+\.[cm]?js)\b/g)) {
        if (!existsSync(path.join(repoRoot, file))) missing.push(`${name}: node ${file}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('finds an unquoted ** glob, and not a quoted one', () => {
    expect(hasUnquotedGlobstar('eslint src/**/*.ts')).toBe(true)
    expect(hasUnquotedGlobstar("eslint 'src/**/*.ts'")).toBe(false)
    expect(hasUnquotedGlobstar('prettier --check "**/*.md"')).toBe(false)
    expect(hasUnquotedGlobstar('a "b" **/c')).toBe(true)
    expect(hasUnquotedGlobstar('echo \\*\\*')).toBe(false)
  })
})

describe('the markdown reading of these tests', () => {
  it('splits rows on pipes outside code and escapes', () => {
    expect(splitRow('| `a` | `b|c` | d \\| e |')).toEqual(['`a`', '`b|c`', 'd | e'])
  })

  it('reads a section up to the next heading of its level, ignoring code fences', () => {
    const markdown = '## A\none\n```yaml\n# not a heading\n```\n### B\ntwo\n## C\nthree'
    expect(section(markdown, 'A')).toBe('one\n```yaml\n# not a heading\n```\n### B\ntwo')
    expect(() => section(markdown, 'not a heading')).toThrow(/No heading/)
  })

  it('finds tables and every name of a first cell', () => {
    const markdown = '| output | value |\n|---|---|\n| `a` · `b` | x |\n| `c` | y |\n\ntext'
    expect(namesInTables(markdown, 'output')).toEqual(['a', 'b', 'c'])
  })

  it('leaves out whole sections, their subsections too, and keeps the rest', () => {
    const markdown = '# T\n## A\none\n### A1\ntwo\n## B\nthree\n## C\nfour'
    expect(withoutSections(markdown, ['A', 'C'])).toBe('# T\n## B\nthree')
    expect(() => withoutSections(markdown, ['D'])).toThrow(/No heading "D"/)
  })

  it('finds inputs defined in prose, with their default', () => {
    const markdown = 'Warnings: `x-stuck`: more than `max-runtime` (input, default `6h`, > 0).'
    expect(contractProseInputs(markdown)).toEqual([['`max-runtime`', '`6h`']])
  })

  it('takes the names outside parentheses of a prose Outputs sentence', () => {
    const markdown = [
      '## Opt-in: v',
      'Outputs: `v-ok` (`true` when `a-code` (or `b-code`) is absent), `v-id` (the id); the rest.'
    ].join('\n')
    expect(contractProseOutputs(markdown, [])).toEqual(['v-ok', 'v-id'])
  })

  it('finds outputs named in the prose of opt-in sections only', () => {
    const markdown = [
      '## Outputs',
      'Outputs are set before the step fails (`if: failure()`).',
      '## Opt-in: x',
      '| input | default | meaning |',
      '|---|---|---|',
      '| `x` | `false` | on |',
      'Outputs: `x-id` (the `taskId`), `x-seconds` (with `x` on). Then `not-an-output`.',
      '## Always: y',
      'Output `y-file`: a path under `RUNNER_TEMP`.'
    ].join('\n')
    expect(contractProseOutputs(markdown, ['x'])).toEqual(['x-id', 'x-seconds', 'y-file'])
  })
})
