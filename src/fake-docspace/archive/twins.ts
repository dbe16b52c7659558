// The good archive and its broken twins, one failure class each, as whole buffers (the tests'
// archives are small). Each twin names the level of checks that must catch it.
import {gzipSync} from 'node:zlib'
import {backupEntries} from './backup-archive.js'
import {type ArchiveOptions, type EntryChanges} from './archive-options.js'
import {tarChunks} from './tar-writer.js'

export type TwinName = keyof typeof TWINS

interface Twin {
  /** The level that fails (`null`: the archive is whole, maybe with a warning). */
  level: 'transport' | 'gzip' | 'tar' | 'structure' | 'completeness' | null
  changes?: EntryChanges
  options?: ArchiveOptions
  /** Changes to the tar bytes, before compression. */
  tar?: (tar: Buffer) => Buffer
  /** Changes to the archive's bytes as served. */
  bytes?: (archive: Buffer) => Buffer
  /** Served uncompressed, as SaaS stores it. */
  plainTar?: boolean
}

export const TWINS = {
  good: {level: null},
  'saas-tar': {level: null, plainTar: true, options: {saasOrder: true}},
  'long-names': {level: null, options: {saasOrder: true}},
  'base256-sizes': {level: null, tar: tar => tar},
  'missing-info': {level: null, changes: {missingInfo: true}},
  dump: {level: null, options: {dump: true}},
  truncated: {level: 'gzip', bytes: archive => archive.subarray(0, archive.length - 100)},
  // A flipped compressed byte: the tar it inflates to breaks before gzip's CRC-32 is reached,
  // and the check stops at the first failure.
  flipped: {level: 'tar', bytes: archive => flip(archive, Math.floor(archive.length / 2))},
  'second-member': {level: 'gzip', bytes: archive => Buffer.concat([archive, gzipSync('more')])},
  'trailing-bytes': {
    level: 'gzip',
    bytes: archive => Buffer.concat([archive, Buffer.from('garbage')])
  },
  'bad-checksum': {level: 'tar', tar: tar => flip(tar, 110)},
  'no-end-blocks': {level: 'tar', tar: tar => withoutEnd(tar)},
  'after-end': {
    level: 'tar',
    tar: tar => Buffer.concat([tar, Buffer.from('stray bytes after the end')])
  },
  'dump-entry': {level: 'structure', changes: {addDump: true}},
  'no-tenant-row': {level: 'structure', changes: {tenantRows: 0}},
  'two-tenant-rows': {level: 'structure', changes: {tenantRows: 2}},
  'bad-schema': {level: 'structure', changes: {schema: 'two-sequences'}},
  'no-schema': {level: 'structure', changes: {schema: 'none'}},
  'no-core-table': {level: 'structure', changes: {dropTable: 'files_security'}},
  'no-restore-info': {level: 'completeness', changes: {dropRestoreInfo: true}},
  'unlisted-file': {level: 'completeness', changes: {unlistedFile: true}},
  html: {
    level: 'transport',
    bytes: () => Buffer.from('<!DOCTYPE html><html><body>Error</body></html>')
  },
  empty: {level: 'transport', bytes: () => Buffer.alloc(0)}
} satisfies Record<string, Twin>

/** The archive of a twin (default the good one), as a portal would serve it. */
export function archiveBytes(name: TwinName = 'good', options: ArchiveOptions = {}): Buffer {
  const twin: Twin = TWINS[name]
  const entries = backupEntries({...options, ...twin.options}, twin.changes)
  let tar: Buffer = Buffer.concat([...tarChunks(entries, {base256Sizes: name === 'base256-sizes'})])
  if (twin.tar) tar = twin.tar(tar)
  const archive = twin.plainTar ? tar : gzipSync(tar)
  return twin.bytes ? twin.bytes(archive) : archive
}

export function twinLevel(name: TwinName): Twin['level'] {
  return (TWINS[name] as Twin).level
}

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes)
  copy[at] ^= 0x55
  return copy
}

/** The tar without its end-of-archive blocks: the last entry's padding is all that ends it. */
function withoutEnd(tar: Buffer): Buffer {
  let end = tar.length
  while (end > 0 && tar[end - 1] === 0) end--
  return tar.subarray(0, Math.ceil(end / 512) * 512)
}
