import {describe, expect, it} from 'vitest'
import {parseArguments} from '../../../src/cli/args.js'
import {checkApplies, commandOf} from '../../../src/cli/commands.js'
import {InputError} from '../../../src/core/errors.js'

const valuesOf = (...argv: string[]) => Object.fromEntries(parseArguments(argv).values)

function refusal(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('accepted')
}

/** The arguments as the CLI reads them: the command, then what it takes. */
function read(...argv: string[]) {
  const {command, rest, firstPosition} = commandOf(argv)
  const args = parseArguments(rest, firstPosition)
  checkApplies(command, args)
  return {command: command.name, args}
}

describe('parseArguments', () => {
  it.each([
    [['--max-age', '36h'], {'max-age': '36h'}],
    [['--max-age=36h'], {'max-age': '36h'}],
    [['--max-age='], {'max-age': ''}],
    [['--portal', ''], {portal: ''}],
    [['--min-count', '-1'], {'min-count': '-1'}],
    [['--storage-params={"a": "b=c"}'], {'storage-params': '{"a": "b=c"}'}],
    [
      ['--portal', 'https://p.example.com', '--token', 'sk-1'],
      {portal: 'https://p.example.com', token: 'sk-1'}
    ],
    [['--token-file', '-'], {'token-file': '-'}],
    [['--dump'], {dump: 'true'}],
    [['--dump', 'false'], {dump: 'false'}],
    [['--dump', 'TRUE'], {dump: 'TRUE'}],
    [['--dump=false'], {dump: 'false'}],
    [['--dump', '--min-count', '2'], {dump: 'true', 'min-count': '2'}],
    [['--no-require-schedule'], {'require-schedule': 'false'}],
    [['--no-fail-on-unhealthy'], {'fail-on-unhealthy': 'false'}],
    [
      ['--start-backup', '--storage-type', 'DataStore'],
      {'start-backup': 'true', 'storage-type': 'DataStore'}
    ],
    [['--format', 'json'], {format: 'json'}],
    [['-h'], {help: 'true'}],
    [['-V'], {version: 'true'}],
    [[], {}]
  ])('reads %j as %j', (argv, values) => {
    expect(valuesOf(...argv)).toEqual(values)
  })

  it('keeps what is not an option, with its place, and everything after --', () => {
    const args = parseArguments(['a.tar.gz', '--format', 'json', '--', '--odd.tar'], 2)
    expect(args.positionals).toEqual([
      {text: 'a.tar.gz', position: 2},
      {text: '--odd.tar', position: 6}
    ])
  })

  it.each([
    [['--max_age', '36h'], 'unknown option --max_age (did you mean --max-age?); see --help.'],
    [['--portal-url', 'x'], 'unknown option --portal-url (did you mean --portal?); see --help.'],
    [['--Max-Age', '1h'], 'unknown option --Max-Age (did you mean --max-age?); see --help.'],
    [['--max-agee', '36h'], 'unknown option --max-agee (did you mean --max-age?); see --help.'],
    [['--tokenfile', 'x'], 'unknown option --tokenfile (did you mean --token-file?); see --help.'],
    [['--no-dumpp'], 'unknown option --no-dumpp (did you mean --no-dump?); see --help.'],
    [
      ['--max', '3'],
      'unknown option --max (did you mean --max-age or --max-runtime?); see --help.'
    ],
    [['--summary', 'false'], 'unknown option --summary; see --help.'],
    [['--zzz'], 'unknown option --zzz; see --help.'],
    [['-v'], 'unknown option -v (did you mean -V (--version)?); see --help.'],
    [['-p', 'x'], 'unknown option -p; see --help.']
  ])('refuses %j, suggesting what was meant', (argv, message) => {
    const error = refusal(() => parseArguments(argv))
    expect([error.input, error.message]).toEqual(['arguments', message])
  })

  it.each([
    [
      ['--no-max-age'],
      'Option "--no-max-age" does not exist: "--max-age" is not a true/false option.'
    ],
    [['--no-dump=true'], 'Option "--no-dump" takes no value.'],
    [['--max-age'], 'Option "--max-age" needs a value.'],
    [['--portal', '--token', 'sk-1'], 'Option "--portal" needs a value.'],
    [
      ['--portal', 'https://a.example.com', '--portal', 'https://b.example.com'],
      'Option "--portal" is given more than once: give it once.'
    ],
    [
      ['--portal=https://a.example.com', '--portal', 'https://a.example.com'],
      'Option "--portal" is given more than once: give it once.'
    ],
    [
      ['--retries', '1', '--retries', '2'],
      'Option "--retries" is given more than once: give it once.'
    ],
    [['--dump', '--no-dump'], 'Option "--dump" is given more than once: give it once.'],
    [
      ['--format', 'json', '--format=nagios'],
      'Option "--format" is given more than once: give it once.'
    ]
  ])('refuses %j, naming the option', (argv, message) => {
    expect(refusal(() => parseArguments(argv)).message).toBe(message)
  })

  it('never quotes more than a bounded prefix of an unknown option', () => {
    const error = refusal(() => parseArguments([`--${'x'.repeat(120_000)}`]))
    expect(error.message.length).toBeLessThan(200)
  })
})

describe('the commands', () => {
  it.each([
    [['--portal', 'https://p.example.com'], 'check'],
    [['check', '--portal', 'https://p.example.com'], 'check'],
    [['demo', '--min-count', '2', '--format', 'nagios'], 'demo'],
    [['verify-file', 'a.tar.gz', '--format', 'nagios'], 'verify-file'],
    [['--serve', '--port', '0', '--scenario', 'old'], 'serve'],
    [[], 'check']
  ])('%j runs %s', (argv, command) => {
    expect(read(...argv).command).toBe(command)
  })

  it.each([
    [['--port', '8080'], 'Option "--port" does not apply to the check (only with --serve).'],
    [
      ['demo', '--portal', 'https://p.example.com'],
      'Option "--portal" does not apply to demo, which checks its own two portals (to check yours: docspace-backup-check --portal URL).'
    ],
    [
      ['demo', '--token-file', 'x'],
      expect.stringMatching(/^Option "--token-file" does not apply to demo/)
    ],
    [
      ['--serve', '--portal', 'x'],
      'Option "--portal" does not apply to --serve, which only runs a demo portal.'
    ],
    [
      ['verify-file', 'a', '--verify'],
      'Option "--verify" does not apply to verify-file, which checks an archive on disk.'
    ],
    [['verify-file'], 'verify-file needs a PATH, the archive to check (see --help).'],
    [
      ['verify-file', 'a', 'b'],
      'Unexpected argument at position 3: verify-file takes one PATH (see --help).'
    ],
    [['demoo'], 'unknown command demoo (did you mean demo?).'],
    [['verify-files', 'a'], 'unknown command verify-files (did you mean verify-file?).'],
    [
      ['https://p.example.com'],
      'Unexpected argument at position 1: options look like --portal URL (see --help).'
    ],
    [
      ['--dump', 'yes'],
      'Unexpected argument at position 2: options look like --portal URL (see --help).'
    ]
  ])('refuses %j', (argv, message) => {
    expect(refusal(() => read(...argv)).message).toEqual(message)
  })

  it('does not echo a stray argument, which may be a token that lost its --token', () => {
    const token = `sk-${'b'.repeat(64)}`
    const error = refusal(() => read('--portal', 'https://p.example.com', token))
    expect(error.message).not.toContain('bbbb')
  })
})
