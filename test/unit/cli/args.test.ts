import {describe, expect, it} from 'vitest'
import {cliInputReader, parseArguments} from '../../../src/cli/args.js'
import {InputError} from '../../../src/core/errors.js'
import {parseInputs} from '../../../src/inputs/index.js'

const valuesOf = (...argv: string[]) => Object.fromEntries(parseArguments(argv).values)

function refusal(argv: string[]): InputError {
  try {
    parseArguments(argv)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`${argv.join(' ')} was accepted`)
}

describe('parseArguments', () => {
  it.each([
    [['--max-age', '36h'], {'max-age': '36h'}],
    [['--max-age=36h'], {'max-age': '36h'}],
    [['--max-age='], {'max-age': ''}],
    [['--storage-params={"a": "b=c"}'], {'storage-params': '{"a": "b=c"}'}],
    [
      ['--portal', 'https://p.example.com', '--token', 'sk-1'],
      {portal: 'https://p.example.com', token: 'sk-1'}
    ],
    [['--dump'], {dump: 'true'}],
    [['--dump', 'false'], {dump: 'false'}],
    [['--dump', 'true'], {dump: 'true'}],
    [['--dump=false'], {dump: 'false'}],
    [['--dump', '--min-count', '2'], {dump: 'true', 'min-count': '2'}],
    [['--no-require-schedule'], {'require-schedule': 'false'}],
    [['--no-fail-on-unhealthy'], {'fail-on-unhealthy': 'false'}],
    [
      ['--start-backup', '--storage-type', 'DataStore'],
      {'start-backup': 'true', 'storage-type': 'DataStore'}
    ],
    [['--retries', '1', '--retries', '2'], {retries: '2'}],
    [['--format', 'json'], {format: 'json'}],
    [['--help'], {help: 'true'}],
    [[], {}]
  ])('reads %j as %j', (argv, values) => {
    expect(valuesOf(...argv)).toEqual(values)
  })

  it('leaves a word after a flag that is not true or false as the next argument', () => {
    expect(refusal(['--dump', 'yes']).message).toBe(
      'Unexpected argument at position 2: options look like --portal URL (see --help).'
    )
  })

  it('does not echo a stray argument, which may be a token that lost its --token', () => {
    const token = `sk-${'b'.repeat(64)}`
    expect(refusal(['--portal', 'https://p.example.com', token]).message).not.toContain('bbbb')
  })

  it.each([
    [['--max-agee', '36h'], 'max-agee', 'Unknown option "--max-agee" (see --help).'],
    [['--summary', 'false'], 'summary', 'Unknown option "--summary" (see --help).'],
    [
      ['--no-max-age'],
      'max-age',
      'Option "--no-max-age" does not exist: "--max-age" is not a true/false option.'
    ],
    [['--max-age'], 'max-age', 'Option "--max-age" needs a value.'],
    [['--portal', 'https://p.example.com', '--token'], 'token', 'Option "--token" needs a value.'],
    [
      ['https://p.example.com'],
      'arguments',
      'Unexpected argument at position 1: options look like --portal URL (see --help).'
    ],
    [
      ['-p', 'x'],
      'arguments',
      'Unexpected argument at position 1: options look like --portal URL (see --help).'
    ],
    [
      ['--Max-Age', '1h'],
      'arguments',
      'Unexpected argument at position 1: options look like --portal URL (see --help).'
    ]
  ])('refuses %j', (argv, input, message) => {
    const error = refusal(argv)
    expect(error.input).toBe(input)
    expect(error.message).toBe(message)
  })

  it('hands the same text to the inputs parser as the Action would', () => {
    const args = parseArguments([
      '--portal=https://p.example.com',
      '--token',
      'sk-1',
      '--max-age',
      '1d12h',
      '--no-require-schedule',
      '--dump'
    ])
    const inputs = parseInputs(cliInputReader(args, {}), {})
    expect([inputs.maxAge, inputs.requireSchedule, inputs.dump]).toEqual([36, false, true])
  })
})

describe('cliInputReader', () => {
  it('falls back to DOCSPACE_PORTAL and DOCSPACE_TOKEN', () => {
    const read = cliInputReader(parseArguments([]), {
      DOCSPACE_PORTAL: 'https://env.example.com',
      DOCSPACE_TOKEN: 'sk-env'
    })
    expect([read('portal'), read('token')]).toEqual(['https://env.example.com', 'sk-env'])
  })

  it('prefers the arguments over the environment', () => {
    const read = cliInputReader(
      parseArguments(['--portal', 'https://arg.example.com', '--token', 'sk-arg']),
      {
        DOCSPACE_PORTAL: 'https://env.example.com',
        DOCSPACE_TOKEN: 'sk-env'
      }
    )
    expect([read('portal'), read('token')]).toEqual(['https://arg.example.com', 'sk-arg'])
  })

  it('reads any other input only from the arguments, and unset ones as ""', () => {
    const read = cliInputReader(parseArguments(['--grace', '1h']), {
      INPUT_MAX_AGE: '2h',
      DOCSPACE_MAX_AGE: '2h'
    })
    expect([read('grace'), read('max-age'), read('portal')]).toEqual(['1h', '', ''])
  })
})
