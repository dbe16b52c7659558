// Levels 4 and 5 on entry names: names restore refuses, names it roots, links it skips, and
// restore_info before its files (the SaaS `.tar`), kept as hashes.
import {describe, expect, it} from 'vitest'
import {backupEntries} from '../../../src/fake-docspace/archive/backup-archive.js'
import {header, tarChunks, type TarEntry} from '../../../src/fake-docspace/archive/tar-writer.js'
import {ArchiveCheck} from '../../../src/verify/archive-check.js'
import {VerifyFailure} from '../../../src/verify/failure.js'
import {restorePath} from '../../../src/verify/entry-name.js'
import {NameHashes} from '../../../src/verify/name-hashes.js'

const stored = (name: string): TarEntry => ({name, size: 1, chunks: () => [Buffer.from('x')]})

async function check(entries: TarEntry[], tar = Buffer.concat([...tarChunks(entries)])) {
  const checker = new ArchiveCheck(null)
  await checker.write(tar)
  try {
    return await checker.end()
  } catch (error) {
    if (error instanceof VerifyFailure) return error
    throw error
  }
}

/** The fake's portal backup with `extra` entries before restore_info. */
function withEntries(...extra: TarEntry[]): TarEntry[] {
  const entries = backupEntries({files: 2})
  return [...entries.slice(0, -1), ...extra, entries.at(-1)!]
}

describe('entry names', () => {
  it('reads names as restore extracts them', () => {
    expect(restorePath('./files//a/./b')).toBe('files/a/b')
    expect(restorePath('/databases/scheme/t')).toBe('databases/scheme/t')
    expect(restorePath('files\\a\\..\\b')).toBe('files/b')
    expect(restorePath('../../etc/x')).toBeNull()
    expect(restorePath('files/../../x')).toBeNull()
  })

  it('calls a name that climbs out of the folder corrupt: restore refuses it', async () => {
    const failure = await check(withEntries(stored('../../etc/cron.d/x')))
    expect(failure).toMatchObject({
      level: 'structure',
      message:
        'structure: entry "../../etc/cron.d/x" climbs out of the folder restore extracts to: DocSpace\'s restore refuses it ("Parent traversal in paths is not allowed") and stops'
    })
  })

  it('reads a rooted name from the folder, as restore does: not corrupt', async () => {
    const facts = await check(withEntries(stored('/etc/cron.d/x')))
    expect(facts).toMatchObject({files: 3})
  })

  it('counts no link as a stored file: restore skips links', async () => {
    const entries = backupEntries({files: 2})
    const listed = entries.find(entry => entry.name.startsWith('files/'))!
    // The listed file is a symbolic link now, first in the archive; restore_info still lists it.
    const rest = entries.filter(entry => entry !== listed)
    const tar = Buffer.concat([header(listed.name, 0, '2'), ...tarChunks(rest)])
    const failure = await check([], tar)
    expect(failure).toMatchObject({level: 'completeness'})
    expect((failure as VerifyFailure).message).toContain(
      `with no entry in the archive: "${listed.name}"`
    )
  })

  it('matches restore_info before its files (the SaaS .tar), by hash', async () => {
    const entries = backupEntries({files: 4, saasOrder: true})
    expect(await check(entries)).toMatchObject({files: 5}) // and a room logo
    const late = entries.filter(entry => entry.name.startsWith('files/')).at(-1)!
    const failure = await check(entries.filter(entry => entry !== late))
    expect((failure as VerifyFailure).message).toBe(
      `completeness: storage/restore_info lists 1 file with no entry in the archive: "${late.name}"`
    )
  })

  it('keeps a million names in a few MB, finding every one', () => {
    const names = new NameHashes()
    for (let i = 0; i < 200_000; i++)
      names.add(`files/folder_${i % 1000}/file_${i}/v1/content.docx`)
    names.add('files/folder_0/file_0/v1/content.docx')
    expect(names.size).toBe(200_000)
    let found = 0
    for (let i = 0; i < 200_000; i++)
      if (names.has(`files/folder_${i % 1000}/file_${i}/v1/content.docx`)) found++
    expect(found).toBe(200_000)
    let strays = 0
    for (let i = 0; i < 200_000; i++)
      if (names.has(`files/folder_${i % 1000}/file_${i}/v2/content.docx`)) strays++
    expect(strays).toBe(0)
  })
})
