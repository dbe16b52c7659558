// The five levels of checks in one pass over the archive's bytes, as they arrive: count and
// SHA-256, magic, gzip, tar, DocSpace structure, completeness. Memory stays bounded: nothing is
// kept but a block or two and a 64-bit hash per stored file. The first failure decides: from
// then on `decided` says so, the bytes are not even hashed, and the reader should stop (an HTML
// page or zeros are known at byte 512, not after 16 GiB).
import {createHash} from 'node:crypto'
import {DocSpaceEntries} from './docspace-entries.js'
import {count, humanBytes} from '../core/figures.js'
import {VerifyFailure} from './failure.js'
import {GzipMember} from './gzip-member.js'
import {Scavenger} from './scavenge.js'
import {startsWithTarHeader} from './tar-header.js'
import {TarReader} from './tar-reader.js'

const SNIFF_BYTES = 512

export interface ArchiveFacts {
  format: 'tar.gz' | 'tar'
  bytes: number
  sha256: string
  dump: boolean
  /** `databases/*` entries, scheme and data alike for a dump. */
  tables: number
  /** Stored files' entries. */
  files: number
  /** Files `storage/missing_info` lists (the backup left them out); `null` without one. */
  missingFiles: number | null
  /** One line per level passed, for the log. */
  levels: string[]
}

/** A byte count the archive must match, and where it was announced. */
export interface ExpectedSize {
  bytes: number
  source: string
}

export class ArchiveCheck {
  private readonly hash = createHash('sha256')
  private bytes = 0
  private sniffed: Buffer | null = Buffer.alloc(0)
  private gzip: GzipMember | null = null
  private readonly entries: DocSpaceEntries
  private readonly tar: TarReader
  private transportFailure: VerifyFailure | null = null
  private readonly scavenger = new Scavenger()
  /** Where reading stopped because a level had failed. */
  private stoppedAt: number | null = null
  /** One line per level passed so far, for the log (also when a later level fails). */
  readonly levels: string[] = []

  /** `expectDump`: `null` lets the archive say (a `dump` entry makes it a dump). */
  constructor(expectDump: boolean | null) {
    this.entries = new DocSpaceEntries(expectDump)
    this.tar = new TarReader(this.entries)
  }

  /** The failure that decides the verdict, once a level has failed: read no further. */
  get decided(): VerifyFailure | null {
    return this.transportFailure ?? this.gzip?.failure ?? this.tar.failure ?? this.entries.failure
  }

  async write(chunk: Buffer): Promise<void> {
    if (!this.decided) await this.take(chunk)
    if (this.decided) this.stoppedAt ??= this.bytes
  }

  /** The source failed before its end (a cut connection, a read error): level 1. */
  abort(message: string): void {
    if (!this.decided) this.transportFailure = new VerifyFailure('transport', message)
  }

  /** The archive is over; the facts, or the VerifyFailure of the first level that failed. */
  async end(expected: ExpectedSize[] = []): Promise<ArchiveFacts> {
    if (this.sniffed) {
      const first = this.sniffed
      this.sniffed = null
      if (this.choose(first)) await this.pass(first)
    }
    const decided = this.decided
    if (decided && this.stoppedAt !== null) {
      this.levels.push(
        `reading stopped after ${count(this.stoppedAt)} bytes, at the first failure: the rest was not read`
      )
      throw decided
    }
    for (const size of expected) {
      if (size.bytes !== this.bytes)
        this.abort(`the download gave ${this.bytes} bytes, ${size.source} announced ${size.bytes}`)
    }
    if (this.transportFailure) throw this.transportFailure
    const levels = this.levels
    levels.push(
      `transport: ${humanBytes(this.bytes)} read (.${this.format()}), SHA-256 ${this.digest().slice(0, 12)}…`
    )
    if (this.gzip) {
      await this.gzip.end()
      // The last inflated bytes may reach the tar only now, and a higher level fail on them.
      const failure = this.gzip.failure ?? this.decided
      if (failure) throw failure
      const padding = this.gzip.padding
      levels.push(
        `gzip: ${humanBytes(this.gzip.inflated)} inflated, one member, CRC-32 and length ok${padding ? `, then ${count(padding)} zero bytes of padding (as gzip -t accepts)` : ''}`
      )
    }
    this.tar.end()
    if (this.tar.failure) throw this.tar.failure
    levels.push(
      `tar: ${count(this.tar.entries)} entries, checksums and sizes ok, end-of-archive marker ok`
    )
    if (this.entries.failure?.level === 'structure') throw this.entries.failure
    const structure = this.entries.structure()
    if (structure) throw new VerifyFailure('structure', `structure: ${structure}`)
    levels.push(this.structureLine())
    if (this.entries.failure) throw this.entries.failure
    const completeness = this.entries.completeness()
    if (completeness) throw new VerifyFailure('completeness', `completeness: ${completeness}`)
    const missing = this.entries.missingInfoFiles
    const left =
      missing === null ? '' : `; storage/missing_info lists ${count(missing)} file(s) left out`
    levels.push(
      `completeness: ${count(this.entries.listedFiles ?? 0)} files listed in storage/restore_info, all present${left}`
    )
    return {
      format: this.format(),
      bytes: this.bytes,
      sha256: this.digest(),
      dump: this.entries.dump,
      tables: this.entries.tables,
      files: this.entries.files,
      missingFiles: missing,
      levels
    }
  }

  private structureLine(): string {
    const {tables, schemeTables} = this.entries
    if (this.entries.dump)
      return `structure: a server-wide dump, ${count(schemeTables)} table schemes, ${count(tables)} table entries`
    return `structure: a portal backup, ${count(tables)} tables parse, tenants_tenants has 1 row, core tables present`
  }

  private async take(chunk: Buffer): Promise<void> {
    this.bytes += chunk.length
    this.scavenger.passed(chunk.length)
    this.hash.update(chunk)
    if (this.sniffed) {
      this.sniffed = Buffer.concat([this.sniffed, chunk])
      if (this.sniffed.length < SNIFF_BYTES) return
      const first = this.sniffed
      this.sniffed = null
      if (!this.choose(first)) return
      return this.pass(first)
    }
    return this.pass(chunk)
  }

  /** Level 1's look at the first bytes: gzip's magic or a tar header, nothing else. */
  private choose(first: Buffer): boolean {
    if (first[0] === 0x1f && first[1] === 0x8b && (first.length < 3 || first[2] === 8)) {
      this.gzip = new GzipMember(chunk => {
        this.scavenger.passed(chunk.length)
        this.tar.write(chunk)
        return !this.tar.failure && !this.entries.failure
      })
      return true
    }
    if (startsWithTarHeader(first)) return true
    this.abort(`not an archive: ${describeStart(first)}`)
    return false
  }

  private async pass(chunk: Buffer): Promise<void> {
    if (this.gzip) await this.gzip.write(chunk)
    else this.tar.write(chunk)
  }

  private format(): 'tar.gz' | 'tar' {
    return this.gzip ? 'tar.gz' : 'tar'
  }

  private digestValue: string | null = null
  private digest(): string {
    return (this.digestValue ??= this.hash.digest('hex'))
  }
}

/** What the body was instead of an archive, without quoting it. */
function describeStart(first: Buffer): string {
  if (first.length === 0) return 'the body is empty (0 bytes)'
  const head = first.toString('latin1', 0, 64).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html'))
    return 'the body is an HTML page'
  if (head.startsWith('{') || head.startsWith('[')) return 'the body is JSON'
  if (head.startsWith('<')) return 'the body is XML or HTML'
  const hex = [...first.subarray(0, 4)].map(byte => byte.toString(16).padStart(2, '0')).join(' ')
  return `it starts with bytes ${hex}, neither gzip's magic (1f 8b 08) nor a tar header`
}
