// Tar in every format the world writes, judged beside the project's own writer: a DocSpace-shaped
// backup with a name over 100 bytes, packed at test time by GNU tar (--format gnu, ustar, posix)
// and by Python's tarfile (GNU_FORMAT, USTAR_FORMAT, PAX_FORMAT), must be verified; and GNU tar
// reads a PAX `size` record as the check does.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {afterAll, describe, expect, it} from 'vitest'
import {backupEntries} from '../../src/fake-docspace/archive/backup-archive.js'
import {header, tarChunks} from '../../src/fake-docspace/archive/tar-writer.js'
import {ArchiveCheck} from '../../src/verify/archive-check.js'
import {VerifyFailure} from '../../src/verify/failure.js'

const dir = mkdtempSync(path.join(tmpdir(), 'docspace-formats-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const judges = {
  'GNU tar': spawnSync('tar', ['--version']).status === 0,
  "Python's tarfile": spawnSync('python3', ['-c', 'import tarfile']).status === 0
}
for (const [judge, found] of Object.entries(judges))
  if (!found && process.env.CI !== 'true')
    console.warn(`archive-formats: ${judge} not found, its cases are skipped`)
const ready = (judge: keyof typeof judges) => judges[judge] || process.env.CI === 'true'

/** A stored file whose name is over 100 bytes and splits into a ustar prefix and name. */
const LONG = `files/folder_1000/file_77/v1/${'d'.repeat(90)}/content_${'x'.repeat(60)}.docx`

/** The fake's portal backup as a folder tree, with LONG added and listed. */
const tree = (() => {
  const root = path.join(dir, 'tree')
  for (const entry of backupEntries({files: 3})) {
    const at = path.join(root, entry.name)
    mkdirSync(path.dirname(at), {recursive: true})
    writeFileSync(at, Buffer.concat([...entry.chunks()]))
  }
  mkdirSync(path.dirname(path.join(root, LONG)), {recursive: true})
  writeFileSync(path.join(root, LONG), 'a long-named file')
  const info = path.join(root, 'storage/restore_info')
  const listed = `<file><domain></domain><module>files</module><path>${LONG.slice('files/'.length)}</path><tenant>1</tenant></file>`
  writeFileSync(
    info,
    readFileSync(info, 'utf8').replace('</storage_restore>', `${listed}</storage_restore>`)
  )
  return root
})()

async function check(bytes: Buffer) {
  const checker = new ArchiveCheck(false)
  for (let at = 0; at < bytes.length; at += 4096) await checker.write(bytes.subarray(at, at + 4096))
  try {
    return await checker.end()
  } catch (error) {
    if (error instanceof VerifyFailure) return error
    throw error
  }
}

const PYTHON = `
import sys, tarfile
fmt = getattr(tarfile, sys.argv[2])
with tarfile.open(sys.argv[1], 'w:gz', format=fmt) as tar:
    for top in ('databases', 'files', 'storage'):
        tar.add(top)
`

describe('tar formats', () => {
  it.runIf(ready('GNU tar')).each(['gnu', 'ustar', 'posix'])(
    'GNU tar --format=%s: verified, the long name found',
    async format => {
      const at = path.join(dir, `gnu-${format}.tar.gz`)
      execFileSync('tar', [
        `--format=${format}`,
        '-C',
        tree,
        '-czf',
        at,
        'databases',
        'files',
        'storage'
      ])
      expect(execFileSync('tar', ['-tzf', at], {encoding: 'utf8'})).toContain(LONG)
      const facts = await check(readFileSync(at))
      expect(facts).toMatchObject({format: 'tar.gz', files: 4, dump: false})
    }
  )

  it.runIf(ready("Python's tarfile")).each(['GNU_FORMAT', 'USTAR_FORMAT', 'PAX_FORMAT'])(
    "Python's tarfile %s: verified, the long name found",
    async format => {
      const at = path.join(dir, `python-${format}.tar.gz`)
      execFileSync('python3', ['-c', PYTHON, at, format], {cwd: tree})
      const facts = await check(readFileSync(at))
      expect(facts).toMatchObject({format: 'tar.gz', files: 4, dump: false})
    }
  )

  it("beside the project's own writer (GNU long names)", async () => {
    const entries = backupEntries({files: 3})
    const long = {name: LONG, size: 17, chunks: () => [Buffer.from('a long-named file')]}
    const bytes = gzipSync(
      Buffer.concat([...tarChunks([...entries.slice(0, -1), long, entries.at(-1)!])])
    )
    // restore_info does not list LONG here: one more stored file, and completeness still holds.
    expect(await check(bytes)).toMatchObject({files: 4})
  })

  it.runIf(ready('GNU tar'))(
    'honours a PAX size over the header field, as GNU tar does',
    async () => {
      const records = '13 size=1000\n'
      const padded = (bytes: Buffer) =>
        Buffer.concat([bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512)])
      const bytes = Buffer.concat([
        header('PaxHeaders/sized', records.length, 'x'),
        padded(Buffer.from(records)),
        header('sized.bin', 0, '0'),
        padded(Buffer.alloc(1000, 0x61)),
        Buffer.alloc(1024)
      ])
      const at = path.join(dir, 'pax-size.tar')
      writeFileSync(at, bytes)
      expect(execFileSync('tar', ['-tvf', at], {encoding: 'utf8'})).toMatch(/ 1000 .*sized\.bin/)
      const failure = await check(bytes)
      // Read as 1,000 bytes, the entry ends where GNU tar says; only DocSpace's tables are missing.
      expect(failure).toBeInstanceOf(VerifyFailure)
      expect((failure as VerifyFailure).level).toBe('structure')
    }
  )
})
