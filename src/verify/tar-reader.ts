// Level 3: the tar stream, header by header: checksums, declared sizes (octal, GNU base-256 or a
// PAX `size`), GNU long names and links, PAX extended headers (ustar, GNU and POSIX/PAX archives
// alike), the two zero blocks at the end and nothing but zeros after them. Our own small reader:
// tar-stream skips zero blocks anywhere, so it cannot tell a tar that ended properly from one cut
// at an entry boundary (README, "Dependencies of the restore check").
import {VerifyFailure} from './failure.js'
import {quoted} from './entry-name.js'
import {BLOCK, checksumMatches, isZero, sizeOf, typeOf} from './tar-header.js'
import {EXTENSION_TYPES, ExtendedHeaders, type EntryHeader} from './tar-extended.js'

/** What the reader tells about each entry. */
export interface TarEntries {
  /** A new entry; the returned function (if any) receives its contents. */
  entry(header: EntryHeader): ((chunk: Buffer) => void) | null
  /** The entry's contents are over. */
  entryEnd(): void
}

type State = 'header' | 'data' | 'padding' | 'end'

export class TarReader {
  private state: State = 'header'
  private readonly block = Buffer.alloc(BLOCK)
  private blockFill = 0
  /** Bytes of the tar stream seen so far. */
  private offset = 0
  private remaining = 0
  private padding = 0
  private zeroBlocks = 0
  private sink: ((chunk: Buffer) => void) | null = null
  private inEntry = false
  private readonly extensions = new ExtendedHeaders()
  private inExtension = false
  private lastName = '(none yet)'
  entries = 0
  failure: VerifyFailure | null = null

  constructor(private readonly handler: TarEntries) {}

  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && !this.failure) {
      if (this.state === 'data') {
        const take = Math.min(this.remaining, chunk.length - at)
        const part = chunk.subarray(at, at + take)
        if (this.inExtension) this.extensions.data(part)
        else this.sink?.(part)
        at += take
        this.offset += take
        this.remaining -= take
        if (this.remaining === 0) this.finishEntry()
      } else if (this.state === 'padding') {
        const take = Math.min(this.padding, chunk.length - at)
        at += take
        this.offset += take
        this.padding -= take
        if (this.padding === 0) this.state = 'header'
      } else if (this.state === 'end') {
        const stray = chunk.subarray(at).findIndex(byte => byte !== 0)
        if (stray >= 0)
          this.fail(
            `data after the end-of-archive marker, at byte ${this.offset + stray} of the tar stream`
          )
        this.offset += chunk.length - at
        at = chunk.length
      } else {
        const take = Math.min(BLOCK - this.blockFill, chunk.length - at)
        chunk.copy(this.block, this.blockFill, at, at + take)
        this.blockFill += take
        at += take
        if (this.blockFill === BLOCK) {
          this.blockFill = 0
          this.header(this.block)
          this.offset += BLOCK
        }
      }
    }
  }

  /** The stream is over: it must have ended with its marker. */
  end(): void {
    if (this.failure) return
    if (this.state === 'data' || this.state === 'padding')
      return this.fail(
        `entry ${quoted(this.lastName)} is cut short: the tar stream ends at byte ${this.offset}`
      )
    if (this.state === 'header') {
      const what =
        this.zeroBlocks === 1
          ? 'only one of the two zero blocks'
          : 'no end-of-archive marker (two zero blocks)'
      this.fail(
        `${what} after entry ${quoted(this.lastName)}: the tar stream ends at byte ${this.offset}`
      )
    }
  }

  private header(block: Buffer): void {
    if (isZero(block)) {
      const waiting = this.extensions.pendingAt
      if (waiting !== null)
        return this.fail(`the extended header at byte ${waiting} has no entry after it`)
      if (++this.zeroBlocks === 2) this.state = 'end'
      return
    }
    if (this.zeroBlocks === 1)
      return this.fail(
        `a lone zero block before byte ${this.offset} of the tar stream (after ${quoted(this.lastName)})`
      )
    const where = `the header at byte ${this.offset} of the tar stream (after ${quoted(this.lastName)})`
    if (!checksumMatches(block)) return this.fail(`${where} fails its checksum`)
    const declared = sizeOf(block)
    if (declared === null) return this.fail(`${where} declares an invalid size`)
    const type = typeOf(block)
    this.inExtension = EXTENSION_TYPES.includes(type)
    let size = declared
    if (this.inExtension) {
      const refused = this.extensions.begin(type, size, this.offset)
      if (refused) return this.fail(refused)
    } else {
      const header = this.extensions.apply(block, declared, type)
      size = header.size
      this.lastName = header.name
      this.entries++
      this.inEntry = true
      this.sink = this.handler.entry(header)
    }
    this.remaining = size
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK
    this.state = size > 0 ? 'data' : 'header'
    if (size === 0) this.finishEntry()
  }

  private finishEntry(): void {
    if (this.inExtension) {
      this.inExtension = false
      const problem = this.extensions.end()
      if (problem) return this.fail(problem)
    } else if (this.inEntry) {
      this.inEntry = false
      this.sink = null
      this.handler.entryEnd()
    }
    this.state = this.padding > 0 ? 'padding' : 'header'
  }

  private fail(message: string): void {
    this.failure ??= new VerifyFailure('tar', `tar: ${message}`)
  }
}
