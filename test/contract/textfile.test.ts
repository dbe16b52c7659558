// `--textfile PATH`: written whole or not at all (a new file renamed over the old one), checked
// before any request, and never left holding the figures of an earlier run.
import {existsSync, linkSync, mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {fakePortals, newApiKey} from './fixtures.js'
import {parsePrometheusTextFormat} from '../support/prometheus-judges.js'
import {runCli} from '../support/run-cli.js'

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

  it('holds the metrics of both demo portals when there is no --portal', async () => {
    const file = path.join(await tempFolder(), 'demo.prom')
    const run = await runCli(['--textfile', file])
    expect(run.code).toBe(0)
    const up = parsePrometheusTextFormat(await readFile(file, 'utf8')).find(
      f => f.name === 'docspace_backup_healthy'
    )
    expect(up?.metrics.map(metric => metric.value)).toEqual(['1', '0'])
  })

  it.each([
    ['a name node_exporter does not read', 'docspace.txt', 'a file name ending in .prom'],
    ['a folder that does not exist', 'missing/docspace.prom', 'a file in a folder that exists'],
    ['a folder', 'folder.prom', 'a file, not a folder']
  ])('refuses %s before any request (exit 64)', async (_, name, expected) => {
    const folder = await tempFolder()
    mkdirSync(path.join(folder, 'folder.prom'))
    const fake = await start({token: newApiKey()})
    const file = path.join(folder, name)
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

  it('fails the run (exit 2, nagios UNKNOWN) when the file cannot be written', async () => {
    // /proc/self is a folder where no file can be created: the check runs, the write fails.
    const token = newApiKey()
    const fake = await start({token})
    const file = '/proc/self/docspace.prom'
    for (const [format, code] of [
      ['text', 2],
      ['nagios', 3]
    ] as const) {
      const args = ['--portal', fake.url, '--textfile', file, '--format', format]
      const run = await runCli(args, {DOCSPACE_TOKEN: token})
      expect(run.code).toBe(code)
      const said = format === 'nagios' ? run.stdout : run.stderr
      expect(said).toMatch(
        /^(DOCSPACE BACKUP UNKNOWN - )?Could not write the metrics to --textfile/
      )
      expect(said).toContain(`"${file}": ENOENT`)
      if (format === 'nagios') expect(run.stdout.split('\n')[0]).not.toContain('OK')
    }
  })
})
