// The lists of src/core/codes.ts, src/inputs/names.ts and the outputs are the one source: action.yml,
// the README's tables and the CLI's options must not drift from them.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {OUTPUT_NAMES} from '../../src/action/outputs.js'
import {OPTIONS} from '../../src/cli/options.js'
import {DEMO_USAGE, EXPORTER_USAGE, USAGE, VERIFY_FILE_USAGE} from '../../src/cli/usage.js'
import {
  ERROR_CODES,
  HARMLESS_STORAGE_PARAMS,
  PERIOD_HOURS,
  REASON_CODES,
  RETRIED_STATUSES,
  STORAGE_TYPE_NAMES,
  WARNING_CODES
} from '../../src/core/codes.js'
import {
  BOOLEAN_INPUTS,
  CLI_INPUT_NAMES,
  INPUT_NAMES,
  INPUTS,
  type InputName
} from '../../src/inputs/names.js'
import {codeSpans, section, tables, type Table} from './markdown.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')

interface ActionMetadata {
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  outputs: Record<string, {description: string}>
}
const action = load(read('action.yml')) as ActionMetadata
const readme = read('README.md')

/** The README table whose first header cell is `column`, under a heading. */
function readmeTable(heading: string, column: string): Table {
  const found = tables(section(readme, heading)).filter(table => table.header[0] === column)
  expect(found, `README "${heading}": one "${column}" table`).toHaveLength(1)
  return found[0]
}
const firstNames = (table: Table): string[] => table.rows.flatMap(row => codeSpans(row[0]))
const specOf = (name: InputName): {default?: string; required?: true; actionOnly?: true} =>
  INPUTS[name]
const cellOf = (table: Table, name: string, column: number): string =>
  table.rows.find(row => codeSpans(row[0]).includes(name))?.[column] ?? ''

describe('the inputs (src/inputs/names.ts)', () => {
  it('are those of action.yml, in its order, with its defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES)
    for (const name of INPUT_NAMES) {
      const spec = specOf(name)
      expect(
        {required: action.inputs[name].required === true, default: action.inputs[name].default},
        name
      ).toEqual({
        required: spec.required === true,
        default: spec.default
      })
    }
  })

  it('are those of the README, in its order, with its defaults', () => {
    const table = readmeTable('Inputs', 'input')
    expect(firstNames(table)).toEqual(INPUT_NAMES)
    for (const name of INPUT_NAMES) {
      const spec = specOf(name)
      const cell = cellOf(table, name, 1)
      if (spec.required) expect(cell, name).toBe('required')
      else if (spec.default !== undefined) expect(cell, name).toBe(`\`${spec.default}\``)
      else expect(cell, name).not.toMatch(/^`|^required$/)
    }
  })

  it('are the options of the CLI, and its usage names each of them', () => {
    const usages = [USAGE, DEMO_USAGE, VERIFY_FILE_USAGE, EXPORTER_USAGE].join('\n')
    const options = [...usages.matchAll(/--(?:no-)?([a-z][a-z-]*)/g)].map(([, name]) => name)
    const known = OPTIONS.map(option => option.name)
    expect(options.filter(name => !known.includes(name))).toEqual([])
    expect(CLI_INPUT_NAMES.filter(name => !known.includes(name))).toEqual([])
    expect(known.filter(name => !options.includes(name))).toEqual([])
  })

  it('are true/false exactly where action.yml defaults to true or false', () => {
    const booleans = INPUT_NAMES.filter(name => /^(true|false)$/.test(specOf(name).default ?? ''))
    expect(booleans).toEqual(BOOLEAN_INPUTS)
  })
})

describe('the outputs (src/action/outputs.ts)', () => {
  it('are those of action.yml and of the README, in their order', () => {
    expect(Object.keys(action.outputs)).toEqual(OUTPUT_NAMES)
    expect(firstNames(readmeTable('Outputs', 'output'))).toEqual(OUTPUT_NAMES)
  })

  it("name the harmless storageParams (HARMLESS_STORAGE_PARAMS) in the README's and the contract's schedule row", () => {
    const contract = read('docs/CONTRACT.md')
    const rows = [
      cellOf(readmeTable('Outputs', 'output'), 'schedule', 1),
      tables(section(contract, 'Outputs'))[0]?.rows.find(row => row[0] === '`schedule`')?.[1] ?? ''
    ]
    for (const row of rows) {
      const named = codeSpans(row).filter(span => !['storageParams', '***'].includes(span))
      expect(named.slice(0, HARMLESS_STORAGE_PARAMS.length)).toEqual([...HARMLESS_STORAGE_PARAMS])
    }
  })
})

describe('the codes (src/core/codes.ts)', () => {
  it('are those of the README tables, in their order', () => {
    expect(firstNames(readmeTable('What counts as healthy', 'reason'))).toEqual(REASON_CODES)
    expect(firstNames(readmeTable('What counts as healthy', 'warning'))).toEqual(WARNING_CODES)
    expect(firstNames(readmeTable('What counts as healthy', 'error'))).toEqual(ERROR_CODES)
  })

  it('are named by the descriptions of the reasons and warnings outputs', () => {
    const words = (output: string) =>
      action.outputs[output].description.match(/[a-z]+(?:-[a-z*]+)+|[a-z]+/g) ?? []
    const named = (code: string, output: string) =>
      words(output).some(word => new RegExp(`^${word.replace('*', '.*')}$`).test(code))
    expect(REASON_CODES.filter(code => !named(code, 'reasons'))).toEqual([])
    expect(WARNING_CODES.filter(code => !named(code, 'warnings'))).toEqual([])
  })
})

describe('the other lists of src/core/codes.ts', () => {
  const inputs = readmeTable('Inputs', 'input')

  it('storage type names: in action.yml and the README', () => {
    const readmeNames = codeSpans(cellOf(inputs, 'storage-type', 2))
    expect(STORAGE_TYPE_NAMES.filter(name => !readmeNames.includes(name))).toEqual([])
    const described = action.inputs['storage-type'].description
    expect(STORAGE_TYPE_NAMES.filter(name => !described.includes(name))).toEqual([])
  })

  it('retried statuses: in action.yml and the README', () => {
    const statuses = (text: string) => [...text.matchAll(/\b[1-5]\d\d\b/g)].map(([s]) => Number(s))
    expect(statuses(cellOf(inputs, 'retries', 2))).toEqual(RETRIED_STATUSES)
    expect(statuses(action.inputs.retries.description)).toEqual(RETRIED_STATUSES)
  })

  it('schedule-period hours: in action.yml and the README', () => {
    const hours = (text: string) => [...text.matchAll(/\b(\d+)h\b/g)].map(([, h]) => Number(h))
    const periods = Object.values(PERIOD_HOURS)
    expect(hours(cellOf(inputs, 'max-age', 2)).slice(0, periods.length)).toEqual(periods)
    const described = action.inputs['max-age'].description
    const afterAuto = described.slice(described.indexOf('"auto"'))
    expect(hours(afterAuto).slice(0, periods.length)).toEqual(periods)
  })
})
