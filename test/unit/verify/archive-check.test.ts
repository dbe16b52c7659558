// The checker against the generated archive and every broken twin, whole and fed in odd pieces.
import {describe, expect, it} from 'vitest'
import {
  archiveBytes,
  TWINS,
  twinLevel,
  type TwinName
} from '../../../src/fake-docspace/archive/twins.js'
import {ArchiveCheck} from '../../../src/verify/archive-check.js'
import {VerifyFailure} from '../../../src/verify/failure.js'

async function check(
  bytes: Buffer,
  pieceSize = bytes.length || 1,
  expectDump: boolean | null = null
) {
  const checker = new ArchiveCheck(expectDump)
  for (let at = 0; at < bytes.length; at += pieceSize)
    await checker.write(bytes.subarray(at, at + pieceSize))
  try {
    return {facts: await checker.end(), levels: checker.levels}
  } catch (error) {
    if (error instanceof VerifyFailure) return {failure: error, levels: checker.levels}
    throw error
  }
}

const names = Object.keys(TWINS) as TwinName[]

describe('archive check', () => {
  it.each(names)('twin %s is caught by the level that should catch it', async name => {
    const outcome = await check(archiveBytes(name), undefined, name === 'dump')
    const level = twinLevel(name)
    if (level === null) {
      expect(outcome.failure).toBeUndefined()
      expect(outcome.levels).toHaveLength(name === 'saas-tar' ? 4 : 5)
    } else {
      expect(outcome.failure?.level).toBe(level)
      expect(outcome.failure?.outcome).toBe(level === 'transport' ? 'unreadable' : 'corrupt')
    }
  })

  it.each([1, 7, 511, 513, 4096])('gives the same answers fed %i bytes at a time', async size => {
    for (const name of [
      'good',
      'saas-tar',
      'truncated',
      'bad-checksum',
      'unlisted-file'
    ] as TwinName[]) {
      const whole = await check(archiveBytes(name))
      const pieces = await check(archiveBytes(name), size)
      expect(pieces.failure?.message).toBe(whole.failure?.message)
      expect(pieces.facts?.sha256).toBe(whole.facts?.sha256)
    }
  })

  it('reports the facts of a whole archive', async () => {
    const bytes = archiveBytes('good', {files: 12})
    const {facts} = await check(bytes)
    expect(facts).toMatchObject({
      format: 'tar.gz',
      bytes: bytes.length,
      dump: false,
      tables: 48,
      files: 12,
      missingFiles: null
    })
    expect(facts?.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(facts?.levels[1]).toMatch(/^gzip: .* inflated, one member, CRC-32 and length ok$/)
  })

  it('says which check failed, where and what it found', async () => {
    const messages = Object.fromEntries(
      await Promise.all(
        names
          .filter(name => twinLevel(name))
          .map(async name => [
            name,
            (await check(archiveBytes(name), undefined, false)).failure?.message
          ])
      )
    )
    expect(messages.truncated).toMatch(/^gzip: .*truncated/)
    expect(messages['second-member']).toMatch(/^gzip: a second gzip member starts at byte \d+/)
    expect(messages['trailing-bytes']).toMatch(
      /^gzip: data follows the gzip trailer, at byte \d+: only zero padding may/
    )
    expect(messages['bad-checksum']).toMatch(
      /^tar: the header at byte 0 of the tar stream .* fails its checksum/
    )
    expect(messages['no-end-blocks']).toMatch(
      /^tar: no end-of-archive marker .* after entry "storage\/restore_info"/
    )
    expect(messages['after-end']).toMatch(/^tar: data after the end-of-archive marker, at byte \d+/)
    expect(messages['dump-entry']).toMatch(/^structure: a "dump" entry/)
    expect(messages['no-tenant-row']).toBe(
      'structure: entry "databases/core/tenants_tenants" has 0 rows (restore needs exactly this portal\'s one)'
    )
    expect(messages['bad-schema']).toMatch(/tenants_tenants" has 2 xs:sequence elements/)
    expect(messages['no-schema']).toMatch(
      /tenants_tenants" starts with <tenants_tenants> where its xs:schema should be/
    )
    expect(messages['no-core-table']).toBe(
      'structure: the core table databases/files/files_security missing'
    )
    expect(messages['no-restore-info']).toMatch(/^completeness: no storage\/restore_info entry/)
    expect(messages['unlisted-file']).toMatch(
      /^completeness: storage\/restore_info lists 1 file with no entry in the archive: "files\/folder_9000\/file_8999\/v1\/content.pdf"$/
    )
    expect(messages.html).toBe('not an archive: the body is an HTML page')
    expect(messages.empty).toBe('not an archive: the body is empty (0 bytes)')
  })

  it('knows a dump by its entry, and holds a portal backup to having none', async () => {
    const dump = archiveBytes('dump')
    expect((await check(dump)).facts).toMatchObject({dump: true, tables: 6})
    expect((await check(dump, undefined, false)).failure?.level).toBe('structure')
    expect((await check(archiveBytes('good'), undefined, true)).failure?.message).toMatch(
      /no "dump" entry/
    )
  })

  it('reads storage/missing_info as an incomplete but whole backup', async () => {
    const {facts, levels} = await check(archiveBytes('missing-info'))
    expect(facts?.missingFiles).toBe(1)
    expect(levels[4]).toMatch(/storage\/missing_info lists 1 file\(s\) left out/)
  })

  it('stops at the first failure and says where reading stopped', async () => {
    // A damaged first header, then a cut trailer: fed in pieces, tar fails first and decides;
    // the bytes after it are neither read nor hashed.
    const tarBroken = archiveBytes('bad-checksum')
    const checker = new ArchiveCheck(null)
    let fed = 0
    for (let at = 0; at < tarBroken.length - 3 && !checker.decided; at += 512) {
      await checker.write(tarBroken.subarray(at, Math.min(at + 512, tarBroken.length - 3)))
      fed = Math.min(at + 512, tarBroken.length - 3)
    }
    expect(checker.decided?.level).toBe('tar')
    expect(fed).toBeLessThan(tarBroken.length - 3)
    await expect(checker.end()).rejects.toMatchObject({level: 'tar'})
    expect(checker.levels.at(-1)).toBe(
      `reading stopped after ${fed.toLocaleString('en-US')} bytes, at the first failure: the rest was not read`
    )
  })

  it('knows an HTML page or zeros at byte 512 and reads no further', async () => {
    for (const first of [Buffer.from(`<!DOCTYPE html>${' '.repeat(585)}`), Buffer.alloc(600)]) {
      const checker = new ArchiveCheck(null)
      await checker.write(first)
      expect(checker.decided?.message).toMatch(/^not an archive: /)
      await checker.write(Buffer.alloc(1024 * 1024))
      await expect(checker.end()).rejects.toMatchObject({outcome: 'unreadable'})
      expect(checker.levels).toEqual([
        'reading stopped after 600 bytes, at the first failure: the rest was not read'
      ])
    }
  })
})
