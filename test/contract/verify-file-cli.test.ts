// `docspace-backup-check verify-file PATH` from the bundled CLI on Node 24: the checks, the
// report and the exit codes of --verify, for an archive on disk.
import {execFile} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {archiveBytes, type TwinName} from '../../src/fake-docspace/archive/twins.js'
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
})
