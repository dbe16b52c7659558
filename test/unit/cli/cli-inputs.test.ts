// Where each input comes from on the command line, and how a refusal names it.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parseArguments} from '../../../src/cli/args.js'
import {cliInputs, cliMessage, requireCheckTarget} from '../../../src/cli/cli-inputs.js'
import {InputError} from '../../../src/core/errors.js'
import {parseInputs} from '../../../src/inputs/index.js'

const dir = mkdtempSync(path.join(tmpdir(), 'dbc-cli-inputs-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, text: string): string {
  const at = path.join(dir, name)
  writeFileSync(at, text)
  return at
}

const inputsOf = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  cliInputs(parseArguments(argv), env)

async function refusalOf(work: () => unknown): Promise<InputError> {
  try {
    await work()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('accepted')
}

describe('cliInputs', () => {
  it('takes an option over its variable, and only these three from the environment', async () => {
    const inputs = await inputsOf(['--portal', 'https://arg.example.com', '--grace', '1h'], {
      DOCSPACE_PORTAL: 'https://env.example.com',
      DOCSPACE_TOKEN: 'sk-env',
      DOCSPACE_PING_URL: 'https://hc-ping.com/x',
      DOCSPACE_MAX_AGE: '2h',
      INPUT_MAX_AGE: '2h'
    })
    const names = ['portal', 'token', 'ping-url', 'grace', 'max-age'] as const
    expect(names.map(name => inputs.read(name))).toEqual([
      'https://arg.example.com',
      'sk-env',
      'https://hc-ping.com/x',
      '1h',
      ''
    ])
  })

  it('hands the same text to the inputs parser as the Action would', async () => {
    const argv = ['--portal=https://p.example.com', '--token', 'sk-1', '--max-age', '1d12h']
    const inputs = await inputsOf([...argv, '--no-require-schedule', '--dump'])
    const parsed = parseInputs(inputs.read, {})
    expect([parsed.maxAge, parsed.requireSchedule, parsed.dump]).toEqual([36, false, true])
  })

  it('reads --token-file without its trailing line break, over DOCSPACE_TOKEN', async () => {
    const tokenFile = file('token', '\uFEFFsk-from-file\r\n')
    const inputs = await inputsOf(['--token-file', tokenFile], {DOCSPACE_TOKEN: 'sk-env'})
    expect(inputs.read('token')).toBe('sk-from-file')
    expect(inputs.secrets).toContain('sk-from-file')
  })

  it('refuses --token with --token-file, whichever would win', async () => {
    const tokenFile = file('token2', 'sk-1\n')
    const error = await refusalOf(() => inputsOf(['--token', 'sk-2', '--token-file', tokenFile]))
    expect(error.message).toBe(
      'Options "--token" and "--token-file" cannot be combined: give the token one way.'
    )
  })

  it.each([
    ['a missing file', 'missing', 'no such file (ENOENT)'],
    ['a folder', '.', 'it is a folder (EISDIR)']
  ])('refuses %s, naming --token-file', async (_, name, reason) => {
    const at = path.join(dir, name)
    const error = await refusalOf(() => inputsOf(['--token-file', at]))
    expect(error.message).toBe(
      `Option "--token-file" names a file that cannot be read: "${at}": ${reason}.`
    )
  })

  it('refuses a file too large to hold a token, without quoting it', async () => {
    const at = file('big', 'sk-'.padEnd(70_000, 'q'))
    const error = await refusalOf(() => inputsOf(['--token-file', at]))
    expect(error.message).toMatch(/^The token in --token-file ".*big" is over 64 KiB/)
    expect(error.message).not.toContain('qqq')
  })
})

describe('a refusal in the CLI', () => {
  it.each([
    [['--max-age', '3 days'], {}, 'Option "--max-age" has an invalid value "3 days"'],
    [[], {DOCSPACE_PORTAL: 'ftp://x'}, 'DOCSPACE_PORTAL has an invalid value "ftp://x"'],
    [['--portal', 'ftp://x'], {DOCSPACE_PORTAL: 'https://ok.example.com'}, 'Option "--portal"']
  ])('names the option or variable that gave the value: %j %j', async (argv, env, start) => {
    const inputs = await inputsOf(['--token', 'sk-1', ...argv], {
      DOCSPACE_PORTAL: 'https://p.example.com',
      ...env
    })
    const error = await refusalOf(() => parseInputs(inputs.read, {}))
    expect(cliMessage(error, inputs).startsWith(start)).toBe(true)
  })

  it('names the token file, never its content', async () => {
    const inputs = await inputsOf([
      '--portal',
      'https://p.example.com',
      '--token-file',
      file('t', 'sk-a b')
    ])
    const error = await refusalOf(() => parseInputs(inputs.read, {}))
    const message = cliMessage(error, inputs)
    expect(message).toMatch(
      /^The token read from --token-file has an invalid value: expected a single token/
    )
    expect(message).not.toContain('sk-a')
  })

  it.each([
    [[], {}, 'No portal to check: --portal URL or DOCSPACE_PORTAL is required'],
    [['--portal', ''], {DOCSPACE_PORTAL: 'https://p.example.com'}, 'No portal to check'],
    [['--portal', 'https://p.example.com'], {}, 'No token: give --token-file FILE'],
    [
      ['--portal', 'https://p.example.com', '--token-file', '-EMPTY-'],
      {},
      'The token read from --token-file is empty. No token:'
    ]
  ])('says a missing portal or token in its own words: %j %j', async (argv, env, start) => {
    const args = argv.map(arg => (arg === '-EMPTY-' ? file('empty', '\n') : arg))
    const inputs = await inputsOf(args, env)
    const error = await refusalOf(() => requireCheckTarget(inputs))
    expect(error.message.startsWith(start)).toBe(true)
  })
})
