// The bundled CLI's arguments, as a monitoring wrapper or a person at a terminal gives them: no
// portal is never a pass, the errors name the CLI's own flags, and nothing reaches the portal
// before every argument has been read.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parsePluginOutput} from '../support/plugin-output.js'
import {runCli} from '../support/run-cli.js'
import {ROOT} from '../support/run-dist.js'
import {fakePortals, newApiKey} from './fixtures.js'

const start = fakePortals()

describe('no portal', () => {
  it.each([
    ['no --portal', [], {}],
    ['--portal ""', ['--portal', ''], {}],
    ['--portal "  "', ['--portal', '  '], {}],
    ['an empty DOCSPACE_PORTAL', [], {DOCSPACE_PORTAL: ''}],
    [
      '--portal "" over a DOCSPACE_PORTAL',
      ['--portal', ''],
      {DOCSPACE_PORTAL: 'http://127.0.0.1:1'}
    ]
  ])(
    'is an invalid argument (exit 64) with %s, naming both ways to give one',
    async (_, args, env) => {
      const run = await runCli([...args, '--min-count', '3'], {DOCSPACE_TOKEN: newApiKey(), ...env})
      expect([run.code, run.stdout]).toEqual([64, ''])
      expect(run.stderr).toContain('--portal URL or DOCSPACE_PORTAL is required')
      expect(run.stderr).toContain('docspace-backup-check demo')
    }
  )

  it('is UNKNOWN (exit 3) with --format nagios, never OK', async () => {
    const run = await runCli(['--portal', '', '--format', 'NAGIOS'])
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([3, 'UNKNOWN'])
    expect(output.text).toContain('--portal URL or DOCSPACE_PORTAL')
  })
})

describe('the CLI speaks CLI', () => {
  it('names --token and DOCSPACE_TOKEN for a missing token, not the Action input', async () => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url])
    expect(run.code).toBe(64)
    expect(run.stderr).toMatch(/--token-file FILE .*DOCSPACE_TOKEN.*--token TOKEN/)
    expect(run.stderr).not.toContain('Input "')
    expect(fake.requests).toEqual([])
  })

  it.each<[string[], Record<string, string>, string]>([
    [['--portal', 'ftp://p.example.com'], {}, 'Option "--portal" has an invalid value "ftp://'],
    [[], {DOCSPACE_PORTAL: 'ftp://p.example.com'}, 'DOCSPACE_PORTAL has an invalid value "ftp://'],
    [['--ping-url', 'ftp://x'], {}, 'Option "--ping-url" has an invalid value: expected'],
    [['--token', 'a b'], {}, 'Option "--token" has an invalid value: expected a single token']
  ])('names the option or variable of an invalid value: %j %j', async (args, env, words) => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(args, {DOCSPACE_PORTAL: fake.url, DOCSPACE_TOKEN: 'sk-1', ...env})
    expect(run.code).toBe(64)
    expect(run.stderr).toContain(words)
    expect(fake.requests).toEqual([])
  })

  it.each([['--version'], ['-V']])('prints the version with %s', async flag => {
    const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    const run = await runCli([flag])
    expect([run.code, run.stdout.trim()]).toEqual([0, `docspace-backup-check ${version}`])
  })

  it.each([['-h'], ['--help'], ['--bogus', '--help']])(
    'prints the usage with %j',
    async (...args) => {
      const run = await runCli(args)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^Usage: docspace-backup-check --portal URL/)
    }
  )

  it.each([
    ['--max_age', 'unknown option --max_age (did you mean --max-age?)'],
    ['--portal-url', 'unknown option --portal-url (did you mean --portal?)']
  ])('suggests the option meant by %s, before any request', async (flag, words) => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, flag, '36h'], {DOCSPACE_TOKEN: 'sk-1'})
    expect([run.code, run.stderr.trim()]).toEqual([64, `${words}; see --help.`])
    expect(fake.requests).toEqual([])
  })

  it('refuses a repeated --portal, naming it, before any request', async () => {
    const fake = await start({token: newApiKey()})
    const other = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, '--portal', other.url], {
      DOCSPACE_TOKEN: 'sk-1'
    })
    expect([run.code, run.stderr.trim()]).toEqual([
      64,
      'Option "--portal" is given more than once: give it once.'
    ])
    expect([...fake.requests, ...other.requests]).toEqual([])
  })

  it('takes --format in any case', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runCli(['--portal', fake.url, '--format', 'Nagios'], {DOCSPACE_TOKEN: token})
    expect([run.code, parsePluginOutput(run.stdout).state]).toEqual([0, 'OK'])
  })

  it('refuses the check options the demo would ignore', async () => {
    const run = await runCli(['demo', '--token', newApiKey()])
    expect(run.code).toBe(64)
    expect(run.stderr).toMatch(/^Option "--token" does not apply to demo/)
  })
})

describe('an over-long value', () => {
  const portal = `https://${'a'.repeat(120_000)}.example.com`

  it('is quoted as a bounded prefix by the CLI', async () => {
    const run = await runCli(['--portal', portal], {DOCSPACE_TOKEN: 'sk-1'})
    expect(run.code).toBe(64)
    expect(run.stderr.trim()).toBe(
      `Option "--portal" has an invalid value "${portal.slice(0, 100)}…" (120,020 characters): expected a portal URL such as https://portal.example.com, of at most 2,048 characters.`
    )
  })
})
