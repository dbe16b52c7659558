// Level 2: one gzip member, inflated as it streams, with its CRC-32 and length trailer checked
// as soon as it arrives, then nothing but zero bytes. node:zlib's Gunzip would not tell: it
// joins a second member's output to the first, and at a zero byte after a member it stops
// reading, ignoring whatever follows (even bytes that are not zeros); only other trailing bytes
// fail, as a bad header. So the header and trailer are read here and only the deflate data goes
// to InflateRaw; its `bytesWritten` says where the deflate data ended. Zeros after the trailer
// are tape-style padding, which `gzip -t` accepts: they are counted, never kept.
import {createInflateRaw, crc32, type InflateRaw} from 'node:zlib'
import {VerifyFailure} from './failure.js'
import {headerLength, hex} from './gzip-header.js'

/** A gzip header with a name or comment longer than this is not a backup's. */
const MAX_HEADER = 64 * 1024
const TRAILER = 8

export class GzipMember {
  /** Bytes of the archive seen so far. */
  private offset = 0
  private header: Buffer | null = Buffer.alloc(0)
  private headerLength = 0
  private readonly inflate: InflateRaw
  /** Chunks handed to InflateRaw and not yet known to be consumed: offsets in the deflate data. */
  private inFlight: {start: number; chunk: Buffer}[] = []
  private deflateWritten = 0
  private deflateEnded = false
  /** Bytes seen after the deflate data: the trailer, then padding. */
  private after = 0
  private readonly trailer = Buffer.alloc(TRAILER)
  /** A 0x1f right after the trailer: a second member, if 0x8b follows. */
  private magicAt: number | null = null
  private crc = 0
  private ending = false
  /** The consumer needed no more (a higher level failed): nothing more is judged here. */
  private stopped = false
  /** Inflated bytes. */
  inflated = 0
  /** Zero bytes after the trailer. */
  padding = 0
  failure: VerifyFailure | null = null

  /** `onInflated` returns false when the bytes after it no longer matter: inflating stops. */
  constructor(private readonly onInflated: (chunk: Buffer) => boolean) {
    this.inflate = createInflateRaw({chunkSize: 64 * 1024})
    this.inflate.on('data', (chunk: Buffer) => {
      this.crc = crc32(chunk, this.crc)
      this.inflated += chunk.length
      if (this.onInflated(chunk)) return
      this.stopped = true
      this.inflate.destroy()
    })
    this.inflate.on('error', error => {
      if (this.ending)
        return this.fail(
          `the compressed data ends early, at byte ${this.offset}: the archive is truncated`
        )
      const near = this.headerLength + this.inflate.bytesWritten
      this.fail(`the compressed data is damaged near byte ${near}: ${error.message}`)
    })
    this.inflate.on('end', () => {
      this.deflateEnded = true
      const consumed = this.inflate.bytesWritten
      const rest = this.inFlight.map(({start, chunk}) =>
        chunk.subarray(Math.max(0, consumed - start))
      )
      this.inFlight = []
      for (const part of rest) this.afterDeflate(part)
    })
  }

  /** Takes the next bytes of the archive; resolves when they may be followed by more. */
  async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length
    if (this.failure) return
    let data = chunk
    if (this.header) {
      const whole: Buffer = Buffer.concat([this.header, chunk])
      const length = headerLength(whole)
      if (typeof length === 'string') return this.fail(length)
      if (length === null) {
        if (whole.length > MAX_HEADER) this.fail('the gzip header never ends')
        else this.header = whole
        return
      }
      this.header = null
      this.headerLength = length
      data = whole.subarray(length)
    }
    if (this.deflateEnded) return this.afterDeflate(data)
    if (data.length === 0) return
    this.inFlight.push({start: this.deflateWritten, chunk: data})
    this.deflateWritten += data.length
    // Resolves once zlib has taken the piece (its output mostly handed on by then): each level
    // judges these bytes before more arrive, so a failure is known near where it happens.
    await settled(this.inflate, 'written', data)
    const consumed = this.inflate.bytesWritten
    while (
      this.inFlight.length > 1 &&
      this.inFlight[0].start + this.inFlight[0].chunk.length <= consumed
    ) {
      this.inFlight.shift()
    }
  }

  /** The archive has no more bytes: the member must be whole, and alone. */
  async end(): Promise<void> {
    if (this.failure || this.stopped) return
    if (this.header)
      return this.fail(`the archive ends inside the gzip header, after ${this.offset} bytes`)
    if (!this.deflateEnded) {
      this.ending = true
      this.inflate.end()
      await settled(this.inflate, 'end')
      if (this.failure || this.stopped) return
      if (!this.deflateEnded)
        return this.fail('the compressed data ends early: the archive is truncated')
    }
    if (this.after < TRAILER)
      return this.fail(
        `the 8-byte trailer (CRC-32 and length) is cut short at byte ${this.offset}: the archive is truncated`
      )
    if (this.magicAt !== null) this.stray(this.magicAt)
  }

  /** Bytes after the deflate data, in order: the trailer, checked when whole, then zeros. */
  private afterDeflate(data: Buffer): void {
    let at = 0
    if (this.after < TRAILER) {
      at = Math.min(TRAILER - this.after, data.length)
      data.copy(this.trailer, this.after, 0, at)
      this.after += at
      if (this.after === TRAILER) this.checkTrailer()
    }
    for (; at < data.length && !this.failure; at++) {
      const where = this.trailerAt() + this.after++
      if (this.magicAt !== null)
        return data[at] === 0x8b
          ? this.fail(`a second gzip member starts at byte ${this.magicAt}; a backup has one`)
          : this.stray(this.magicAt)
      if (data[at] === 0) this.padding++
      else if (data[at] === 0x1f && this.padding === 0) this.magicAt = where
      else return this.stray(where)
    }
  }

  private checkTrailer(): void {
    const storedCrc = this.trailer.readUInt32LE(0)
    if (storedCrc !== this.crc >>> 0)
      return this.fail(
        `CRC-32 mismatch: the trailer at byte ${this.trailerAt()} says ${hex(storedCrc)}, the data inflates to ${hex(this.crc)}`
      )
    const storedSize = this.trailer.readUInt32LE(4)
    if (storedSize !== this.inflated % 2 ** 32)
      this.fail(
        `length mismatch: the trailer says ${storedSize} bytes (mod 2^32), the data inflates to ${this.inflated}`
      )
  }

  private stray(at: number): void {
    this.fail(
      `data follows the gzip trailer, at byte ${at}: only zero padding may (gzip -t calls the rest trailing garbage)`
    )
  }

  private trailerAt(): number {
    return this.headerLength + this.inflate.bytesWritten
  }

  private fail(message: string): void {
    if (this.failure) return
    this.failure = new VerifyFailure('gzip', `gzip: ${message}`)
    this.inflate.destroy()
  }
}

/** Resolves once `data` is written (or the stream has ended), or when the stream fails or closes. */
function settled(stream: InflateRaw, event: 'written' | 'end', data?: Buffer): Promise<void> {
  if (event === 'end' && stream.readableEnded) return Promise.resolve()
  return new Promise(resolve => {
    const done = (): void => {
      for (const name of ['end', 'error', 'close']) stream.off(name, done)
      resolve()
    }
    for (const name of ['end', 'error', 'close']) stream.on(name, done)
    if (data) stream.write(data, done)
  })
}
