// `docspace-backup-check verify-file PATH` from the bundled CLI on Node 24: the checks, the
// report and the exit codes of --verify, for an archive on disk.
import {execFile} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {archiveBytes, type TwinName} from '../../src/fake-docspace/archive/twins.js'
import {parsePluginOutput} from '../support/plugin-output.js'
import {node24, ROOT} from '../support/run-dist.js'

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
const dir = mkdtempSync(path.join(tmpdir(), 'docspace-verify-file-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function saved(
  name: TwinName,
  file = `myportal_2026-06-01_02-00-07.${name === 'saas-tar' ? 'tar' : 'tar.gz'}`
): string {
  const at = path.join(dir, `${name}-${file}`)
  writeFileSync(at, archiveBytes(name))
  return at
}

function runCli(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise(resolve => {
    execFile(
      node24(),
      [CLI, ...args],
      {env: {PATH: process.env.PATH ?? ''}, timeout: 20_000},
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr
        })
      }
    )
  })
}

describe('verify-file', () => {
  it('exits 0 for a whole archive, with a line per level passed', async () => {
    const run = await runCli(['verify-file', saved('good')])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Restore check: gzip: .* inflated, one member, CRC-32 and length ok/)
    expect(run.stdout).toMatch(
      /Restore check: completeness: 3 files listed in storage\/restore_info, all present/
    )
    expect(run.stdout).toContain('OK: the archive is whole')
  })

  it('tells a .tar from its first bytes, whatever its name', async () => {
    const run = await runCli(['verify-file', saved('saas-tar', 'backup.tar.gz')])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('(.tar)')
  })

  it('reports the same JSON object as the Action, with the SHA-256 of the bytes', async () => {
    const at = saved('good')
    const run = await runCli(['verify-file', at, '--format', 'json'])
    const report = JSON.parse(run.stdout)
    const {createHash} = await import('node:crypto')
    expect(report).toMatchObject({status: 'healthy', reasons: [], warnings: []})
    expect(report.verification).toMatchObject({
      outcome: 'verified',
      format: 'tar.gz',
      tables: 48,
      files: 3,
      dump: false
    })
    expect(report.verification.sha256).toBe(
      createHash('sha256').update(archiveBytes('good')).digest('hex')
    )
  })

  it('exits 1 for a damaged archive, saying which check, where and what', async () => {
    const run = await runCli(['verify-file', saved('unlisted-file')])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /BACKUP-CORRUPT: completeness: storage\/restore_info lists 1 file with no entry/
    )
    const cut = await runCli(['verify-file', saved('truncated'), '--format', 'json'])
    expect(cut.code).toBe(1)
    expect(JSON.parse(cut.stdout)).toMatchObject({
      reasons: ['backup-corrupt'],
      verification: {check: 'gzip'}
    })
    const html = await runCli(['verify-file', saved('html')])
    expect(html.code).toBe(1)
    expect(html.stdout).toContain('BACKUP-UNREADABLE: not an archive: the body is an HTML page')
  })

  it('warns backup-incomplete for storage/missing_info, and checks a dump as a dump', async () => {
    const run = await runCli(['verify-file', saved('missing-info'), '--format', 'markdown'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '`backup-incomplete`: storage/missing\\_info lists 1 file(s) the backup left out'
    )
    const dump = await runCli(['verify-file', saved('dump'), '--format', 'json'])
    expect(JSON.parse(dump.stdout).verification).toMatchObject({outcome: 'verified', dump: true})
  })

  it('refuses a missing path or stray options with exit 64', async () => {
    expect((await runCli(['verify-file', path.join(dir, 'nope.tar.gz')])).code).toBe(64)
    expect((await runCli(['verify-file'])).code).toBe(64)
    expect((await runCli(['verify-file', saved('good'), '--portal', 'https://x'])).code).toBe(64)
  })

  it('has a deadline of its own: --verify-timeout, exit 2 and the reason when it passes', async () => {
    expect((await runCli(['verify-file', saved('good'), '--verify-timeout', '0'])).code).toBe(64)
    expect((await runCli(['verify-file', saved('good'), '--verify-timeout', '7h'])).code).toBe(64)
    // 200 MB of zeros in one entry: a little over 200 kB to read, far more than 1 ms to inflate.
    const at = path.join(dir, 'slow.tar.gz')
    const zeros = Buffer.alloc(1024 * 1024)
    const chunks = function* () {
      for (let i = 0; i < 200; i++) yield zeros
    }
    const {createGzip} = await import('node:zlib')
    const {pipeline} = await import('node:stream/promises')
    const {Readable} = await import('node:stream')
    const {createWriteStream} = await import('node:fs')
    const {tarChunks} = await import('../../src/fake-docspace/archive/tar-writer.js')
    const entries = [{name: 'files/a/big.bin', size: 200 * zeros.length, chunks}]
    await pipeline(Readable.from(tarChunks(entries)), createGzip(), createWriteStream(at))
    const run = await runCli(['verify-file', at, '--verify-timeout', '0.001', '--format', 'json'])
    expect(run.code).toBe(2)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({status: 'error', warnings: ['verify-unavailable']})
    expect(report.verification.message).toMatch(
      /^verify-timeout \(0\.001 s\) passed after .* had been read: the archive was not judged; give --verify-timeout more time$/
    )
    const text = await runCli(['verify-file', at, '--verify-timeout', '0.001'])
    expect(text.stdout).toMatch(/^VERIFY-UNAVAILABLE: verify-timeout/m)
  })

  it('stops reading at the first failure: a file of zeros is decided at its first piece', async () => {
    const at = path.join(dir, 'zeros.tar.gz')
    writeFileSync(at, Buffer.alloc(8 * 1024 * 1024))
    const run = await runCli(['verify-file', at, '--format', 'json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).verification).toMatchObject({
      outcome: 'unreadable',
      levels: ['reading stopped after 262,144 bytes, at the first failure: the rest was not read']
    })
  })
})

describe('verify-file --format nagios', () => {
  it('is OK (exit 0) for a whole archive, with its figures as performance data', async () => {
    const at = saved('good')
    const run = await runCli(['verify-file', at, '--format', 'Nagios'])
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([0, 'OK'])
    expect(output.text).toBe(`${at}: whole: 48 tables, 3 stored files`)
    expect(output.perfdata.map(datum => [datum.label, datum.uom])).toEqual([
      ['verified_bytes', 'B'],
      ['verified_tables', ''],
      ['verified_files', ''],
      ['verify_time', 's']
    ])
    expect(output.perfdata[0]?.value).toBe(archiveBytes('good').length)
    expect(output.longText.some(line => line.startsWith('Restore check: gzip: '))).toBe(true)
  })

  it('is WARNING (exit 1) for a whole archive that left files out', async () => {
    const run = await runCli(['verify-file', saved('missing-info'), '--format', 'nagios'])
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([1, 'WARNING'])
    expect(output.text).toContain(': backup-incomplete: storage/missing_info lists 1 file')
  })

  it.each<[TwinName, string]>([
    ['unlisted-file', ': backup-corrupt: completeness: storage/restore_info lists 1 file'],
    ['html', ': backup-unreadable: transport: not an archive: the body is an HTML page']
  ])('is CRITICAL (exit 2) for %s, without performance data', async (twin, words) => {
    const run = await runCli(['verify-file', saved(twin), '--format', 'nagios'])
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state, output.perfdata]).toEqual([2, 'CRITICAL', []])
    expect(output.text).toContain(words)
  })

  it('is UNKNOWN (exit 3) for a file that is not there', async () => {
    const run = await runCli(['verify-file', path.join(dir, 'nope.tar.gz'), '--format', 'nagios'])
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([3, 'UNKNOWN'])
    expect(output.text).toMatch(/^verify-file: ".*nope\.tar\.gz" is not a readable file\.$/)
  })
})
