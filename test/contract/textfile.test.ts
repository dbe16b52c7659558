// `--textfile PATH`: written whole or not at all (a new file renamed over the old one), checked
// before any request, and never left holding the figures of an earlier run.
import {execFile} from 'node:child_process'
import {existsSync, linkSync, mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {fakePortals, newApiKey} from './fixtures.js'
import {parsePrometheusTextFormat} from '../support/prometheus-judges.js'
import {CLI, runCli, type CliRun} from '../support/run-cli.js'
import {node24} from '../support/run-dist.js'

const start = fakePortals()
const folders: string[] = []
afterAll(() => Promise.all(folders.map(dir => rm(dir, {recursive: true, force: true}))))

async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dbc-textfile-'))
  folders.push(dir)
  return dir
}

const OLD = '# HELP docspace_backup_up old\n# TYPE docspace_backup_up gauge\ndocspace_backup_up 1\n'

describe('--textfile', () => {
  it('replaces the file by a rename: a reader holding the old one still reads it whole', async () => {
    const folder = await tempFolder()
    const file = path.join(folder, 'docspace.prom')
    writeFileSync(file, OLD)
    // A hard link stands for a reader that opened the old file: an in-place write would change it.
    linkSync(file, path.join(folder, 'reader-view'))
    const before = statSync(file).ino
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runCli(['--portal', fake.url, '--textfile', file, '--format', 'json'], {
      DOCSPACE_TOKEN: token
    })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({status: 'unhealthy'})
    expect(statSync(file).ino).not.toBe(before)
    expect(await readFile(path.join(folder, 'reader-view'), 'utf8')).toBe(OLD)
    expect(readdirSync(folder).sort()).toEqual(['docspace.prom', 'reader-view'])
    const text = await readFile(file, 'utf8')
    const healthy = parsePrometheusTextFormat(text).find(f => f.name === 'docspace_backup_healthy')
    expect(healthy?.metrics).toEqual([{value: '0', labels: {portal: fake.url.slice(7)}}])
    expect(statSync(file).mode & 0o777).toBe(0o644 & ~process.umask())
    expect(text).not.toContain(token.slice(3, 15))
  })

  it('holds the metrics of both demo portals with demo', async () => {
    const file = path.join(await tempFolder(), 'demo.prom')
    const run = await runCli(['demo', '--textfile', file])
    expect(run.code).toBe(0)
    const up = parsePrometheusTextFormat(await readFile(file, 'utf8')).find(
      f => f.name === 'docspace_backup_healthy'
    )
    expect(up?.metrics.map(metric => metric.value)).toEqual(['1', '0'])
  })

  it('says up 0 (invalid input) without a portal, never healthy figures', async () => {
    const file = path.join(await tempFolder(), 'docspace.prom')
    writeFileSync(file, OLD)
    const run = await runCli(['--portal', '', '--textfile', file], {DOCSPACE_TOKEN: newApiKey()})
    expect(run.code).toBe(64)
    const families = parsePrometheusTextFormat(await readFile(file, 'utf8'))
    const value = (name: string) => families.find(f => f.name === name)?.metrics
    expect(value('docspace_backup_up')).toEqual([{value: '0', labels: {portal: ''}}])
    expect(value('docspace_backup_healthy')).toEqual([{value: '0', labels: {portal: ''}}])
    expect(value('docspace_backup_reason')?.[0]?.labels?.reason).toBe('invalid-input')
  })

  it.each([
    ['a name node_exporter does not read', 'docspace.txt', 'a file name ending in .prom'],
    ['a folder that does not exist', 'missing/docspace.prom', 'a file in a folder that exists'],
    ['a folder', 'folder.prom', 'a file, not a folder'],
    // The system walks missing/ before it gets to .., so no file could be written there.
    [
      'a path through a missing folder',
      'missing/../docspace.prom',
      'a file in a folder that exists'
    ],
    ['a path through a file', 'file.txt/../docspace.prom', 'a file in a folder that exists']
  ])('refuses %s before any request (exit 64)', async (_, name, expected) => {
    const folder = await tempFolder()
    mkdirSync(path.join(folder, 'folder.prom'))
    writeFileSync(path.join(folder, 'file.txt'), '')
    const fake = await start({token: newApiKey()})
    // Not path.join, which would take the .. away before the CLI sees it.
    const file = `${folder}/${name}`
    const run = await runCli(['--portal', fake.url, '--textfile', file], {DOCSPACE_TOKEN: 'sk-x'})
    expect(run.code).toBe(64)
    expect(run.stderr).toContain(
      `Option "--textfile" has an invalid value "${file}": expected ${expected}`
    )
    expect(fake.requests).toEqual([])
    expect(existsSync(path.join(folder, 'missing'))).toBe(false)
  })

  it('says up 0 (invalid input) instead of keeping the last good figures when an input is invalid', async () => {
    const file = path.join(await tempFolder(), 'docspace.prom')
    writeFileSync(file, OLD)
    const fake = await start({token: newApiKey()})
    const args = ['--portal', fake.url, '--textfile', file, '--max-age', '3 days']
    const run = await runCli(args, {DOCSPACE_TOKEN: 'sk-x'})
    expect(run.code).toBe(64)
    expect(fake.requests).toEqual([])
    const families = parsePrometheusTextFormat(await readFile(file, 'utf8'))
    const value = (name: string) => families.find(f => f.name === name)?.metrics
    expect(value('docspace_backup_up')).toEqual([{value: '0', labels: {portal: fake.url.slice(7)}}])
    expect(value('docspace_backup_reason')?.[0]?.labels?.reason).toBe('invalid-input')
    expect(families.map(f => f.name)).not.toContain('docspace_backup_usable_backups')
  })

  it('refuses a folder where no file can be created, before any request (exit 64)', async () => {
    // sysfs takes no new file, not even from root, for whom access() would say yes.
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, '--textfile', '/sys/docspace.prom'], {
      DOCSPACE_TOKEN: 'sk-x'
    })
    expect(run.code).toBe(64)
    expect(run.stderr).toMatch(
      /^Option "--textfile" has an invalid value "\/sys\/docspace\.prom": expected a file in a folder where this user can write \((EACCES|EPERM|EROFS)\)/
    )
    expect(fake.requests).toEqual([])
  })

  it('fails the run (exit 2, nagios UNKNOWN) when the file cannot be written', async () => {
    // A file size limit of 0 lets the folder check create its empty probe, then stops the write
    // of the metrics (EFBIG: the signal it would send is ignored, so the write fails instead).
    const token = newApiKey()
    const fake = await start({token})
    const file = path.join(await tempFolder(), 'docspace.prom')
    for (const [format, code] of [
      ['text', 2],
      ['nagios', 3]
    ] as const) {
      const args = ['--portal', fake.url, '--textfile', file, '--format', format]
      const run = await runLimited(args, {DOCSPACE_TOKEN: token})
      expect(run.code).toBe(code)
      const said = format === 'nagios' ? run.stdout : run.stderr
      expect(said).toMatch(
        /^(DOCSPACE BACKUP UNKNOWN - )?Could not write the metrics to --textfile/
      )
      expect(said).toContain(`"${file}": EFBIG`)
      if (format === 'nagios') expect(run.stdout.split('\n')[0]).not.toContain('OK')
      expect(existsSync(file)).toBe(false)
    }
    expect(fake.requests.length).toBeGreaterThan(0)
  })
})

/** The bundled CLI under `ulimit -f 0`, with SIGXFSZ ignored. */
function runLimited(args: string[], env: Record<string, string>): Promise<CliRun> {
  const script = 'trap "" XFSZ; ulimit -f 0; exec "$@"'
  return new Promise(resolve => {
    const options = {env: {PATH: process.env.PATH ?? '', ...env}, timeout: 30_000}
    execFile(
      'sh',
      ['-c', script, 'sh', node24(), CLI, ...args],
      options,
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({code, stdout, stderr})
      }
    )
  })
}
