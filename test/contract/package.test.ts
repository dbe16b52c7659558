// The npm package as someone without the repository gets it: `npm pack`, the tarball installed
// into an empty folder with the network off (it has no dependencies: the CLI is bundled), and
// `npx docspace-backup-check` run from there.
import {execFile} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from '../support/run-dist.js'

const MINUTE = 60_000
let folder = ''
let app = ''
let packed: {filename: string; files: {path: string}[]}

/** npm (or npx) with its own empty cache, never asking, never reaching a registry. */
function npm(
  command: 'npm' | 'npx',
  args: string[],
  cwd: string
): Promise<{code: number; stdout: string; stderr: string}> {
  const env = {
    ...process.env,
    npm_config_cache: path.join(folder, 'cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // The demo's portals are on 127.0.0.1; nothing else is reached.
    DOCSPACE_TOKEN: '',
    DOCSPACE_PORTAL: '',
    DOCSPACE_PING_URL: ''
  }
  return new Promise(resolve => {
    execFile(command, args, {cwd, env, timeout: 2 * MINUTE}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({code, stdout, stderr})
    })
  })
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dbc-package-'))
  const pack = await npm(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', folder],
    ROOT
  )
  expect(pack.code, pack.stderr).toBe(0)
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!
  app = path.join(folder, 'app')
  mkdirSync(app)
  writeFileSync(path.join(app, 'package.json'), '{"name": "app", "private": true}\n')
  const install = await npm(
    'npm',
    ['install', '--ignore-scripts', path.join(folder, packed.filename)],
    app
  )
  expect(install.code, install.stderr).toBe(0)
}, 4 * MINUTE)

afterAll(() => rm(folder, {recursive: true, force: true}))

describe('the npm package', () => {
  it('holds the bundled CLI, the README and the license, not the sources, tests or the Action', () => {
    const files = packed.files.map(file => file.path).sort()
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']))
    expect(files).toContain('dist/cli/index.js')
    expect(files).toContain('dist/cli/package.json')
    const others = files.filter(
      file =>
        !file.startsWith('dist/cli/') && !['LICENSE', 'README.md', 'package.json'].includes(file)
    )
    expect(others).toEqual([])
  })

  it(
    'runs as npx docspace-backup-check --help from the folder it was installed into',
    async () => {
      const run = await npx('--help')
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toMatch(/^Usage: docspace-backup-check /)
      expect(run.stdout).toContain('--format FORMAT')
    },
    2 * MINUTE
  )

  it(
    'runs straight from the tarball with one npx command, in a folder with nothing installed',
    async () => {
      const empty = path.join(folder, 'empty')
      mkdirSync(empty)
      const tarball = path.join(folder, packed.filename)
      const args = ['--yes', '--package', tarball, 'docspace-backup-check', '--help']
      const run = await npm('npx', args, empty)
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toMatch(/^Usage: docspace-backup-check /)
    },
    2 * MINUTE
  )

  it.each([
    ['text', /DocSpace backups healthy: 127\.0\.0\.1:\d+/],
    ['nagios', /^DOCSPACE BACKUP OK - 127\.0\.0\.1:\d+: 7 usable backups/]
  ])(
    'runs the embedded demo (--format %s)',
    async (format, expected) => {
      const run = await npx('demo', '--format', format)
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toMatch(expected)
    },
    2 * MINUTE
  )
})

function npx(...args: string[]) {
  return npm('npx', ['docspace-backup-check', ...args], app)
}
