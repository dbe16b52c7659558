// Level 3: the tar stream, header by header: checksums, declared sizes (octal or GNU base-256),
// GNU long names, the two zero blocks at the end and nothing but zeros after them. Our own
// small reader: tar-stream skips zero blocks anywhere, so it cannot tell a tar that ended
// properly from one cut at an entry boundary (README, "Dependencies of the restore check").
import {VerifyFailure} from './failure.js'
import {BLOCK, checksumMatches, isZero, nameOf, sizeOf} from './tar-header.js'

/** A GNU long name longer than this is not a DocSpace entry name. */
const MAX_LONG_NAME = 64 * 1024

/** What the reader tells about each entry. */
export interface TarEntries {
  /** A new entry; the returned function (if any) receives its contents. */
  entry(name: string, size: number, type: string): ((chunk: Buffer) => void) | null
  /** The entry's contents are over. */
  entryEnd(): void
}

type State = 'header' | 'data' | 'padding' | 'end'

export class TarReader {
  private state: State = 'header'
  private block = Buffer.alloc(BLOCK)
  private blockFill = 0
  /** Bytes of the tar stream seen so far. */
  private offset = 0
  private remaining = 0
  private padding = 0
  private zeroBlocks = 0
  private sink: ((chunk: Buffer) => void) | null = null
  private inEntry = false
  private longName: Buffer[] | null = null
  private pendingName: string | null = null
  private lastName = '(none yet)'
  entries = 0
  failure: VerifyFailure | null = null

  constructor(private readonly handler: TarEntries) {}

  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && !this.failure) {
      if (this.state === 'data') {
        const take = Math.min(this.remaining, chunk.length - at)
        this.content(chunk.subarray(at, at + take))
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
        `entry "${this.lastName}" is cut short: the tar stream ends at byte ${this.offset}`
      )
    if (this.state === 'header') {
      const what =
        this.zeroBlocks === 1
          ? 'only one of the two zero blocks'
          : 'no end-of-archive marker (two zero blocks)'
      this.fail(
        `${what} after entry "${this.lastName}": the tar stream ends at byte ${this.offset}`
      )
    }
  }

  private header(block: Buffer): void {
    if (isZero(block)) {
      if (++this.zeroBlocks === 2) this.state = 'end'
      return
    }
    if (this.zeroBlocks === 1)
      return this.fail(
        `a lone zero block before byte ${this.offset} of the tar stream (after "${this.lastName}")`
      )
    const where = `the header at byte ${this.offset} of the tar stream (after "${this.lastName}")`
    if (!checksumMatches(block)) return this.fail(`${where} fails its checksum`)
    const size = sizeOf(block)
    if (size === null) return this.fail(`${where} declares an invalid size`)
    const type = String.fromCharCode(block[156] || 0x30)
    this.remaining = size
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK
    this.state = size > 0 ? 'data' : this.padding > 0 ? 'padding' : 'header'
    if (type === 'L') {
      if (size > MAX_LONG_NAME) return this.fail(`${where} is a GNU long name of ${size} bytes`)
      this.longName = []
    } else if (type === 'K' || type === 'x' || type === 'g') {
      this.sink = null
    } else {
      const name = this.pendingName ?? nameOf(block)
      this.pendingName = null
      this.lastName = name
      this.entries++
      this.inEntry = true
      this.sink = this.handler.entry(name, size, type)
    }
    if (size === 0) this.finishEntry()
  }

  private content(part: Buffer): void {
    if (this.longName) this.longName.push(Buffer.from(part))
    else this.sink?.(part)
  }

  private finishEntry(): void {
    if (this.longName) {
      const name = Buffer.concat(this.longName)
      const zero = name.indexOf(0)
      this.pendingName = name.subarray(0, zero < 0 ? name.length : zero).toString('utf8')
      this.longName = null
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
