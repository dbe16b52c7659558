// `--token-file PATH` and `--token-file -` through the bundled CLI: the token out of the command
// line and the environment, as curl and restic take theirs.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.js'
import {fakePortals, newApiKey} from './fixtures.js'

const start = fakePortals()
const dir = mkdtempSync(path.join(tmpdir(), 'dbc-token-file-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function tokenFile(name: string, text: string): string {
  const at = path.join(dir, name)
  writeFileSync(at, text, {mode: 0o600})
  return at
}

describe('--token-file', () => {
  it('reads the token from a file, its trailing newline dropped, over DOCSPACE_TOKEN', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const at = tokenFile('token', `${token}\n`)
    const run = await runCli(['--portal', fake.url, '--token-file', at], {DOCSPACE_TOKEN: 'sk-no'})
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^DocSpace backups healthy: /)
    expect(fake.requests.map(request => request.headers.authorization)).toContain(`Bearer ${token}`)
  })

  it('reads the token from standard input with -', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runCli(['--portal', fake.url, '--token-file', '-'], {}, {input: `${token}\n`})
    expect(run.code).toBe(0)
    expect(run.stdout + run.stderr).not.toContain(token.slice(3, 15))
  })

  it.each([
    ['a file that does not exist', () => path.join(dir, 'missing'), 'no such file (ENOENT)'],
    ['a folder', () => dir, 'it is a folder (EISDIR)']
  ])('refuses %s (exit 64), naming the flag, before any request', async (_, at, reason) => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, '--token-file', at()])
    expect(run.code).toBe(64)
    expect(run.stderr.trim()).toBe(
      `Option "--token-file" names a file that cannot be read: "${at()}": ${reason}.`
    )
    expect(fake.requests).toEqual([])
  })

  it('never quotes a malformed token it read', async () => {
    const fake = await start({token: newApiKey()})
    const secret = `sk-${'s'.repeat(40)}`
    const at = tokenFile('two-lines', `${secret}\n${secret}\n`)
    for (const run of [
      await runCli(['--portal', fake.url, '--token-file', at]),
      await runCli(['--portal', fake.url, '--token-file', '-'], {}, {input: `${secret} x`})
    ]) {
      expect(run.code).toBe(64)
      expect(run.stderr).toMatch(/^The token read from .* has an invalid value: expected a single/)
      expect(run.stderr).not.toContain('ssssssss')
    }
    expect(fake.requests).toEqual([])
  })

  it('is refused beside --token: one way of giving the token', async () => {
    const run = await runCli([
      '--portal',
      'https://p.example.com',
      '--token',
      newApiKey(),
      '--token-file',
      tokenFile('t', 'sk-1')
    ])
    expect(run.code).toBe(64)
    expect(run.stderr).toContain('Options "--token" and "--token-file" cannot be combined')
  })
})
