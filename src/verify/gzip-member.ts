// Level 2: one gzip member, inflated as it streams, with its CRC-32 and length trailer checked
// and nothing after it. node:zlib's Gunzip would silently join a second member and ignore
// trailing bytes, so the header and trailer are read here and only the deflate data goes to
// InflateRaw; its `bytesWritten` says where the deflate data ended.
import {createInflateRaw, crc32, type InflateRaw} from 'node:zlib'
import {VerifyFailure} from './failure.js'

const FLAG = {HCRC: 2, EXTRA: 4, NAME: 8, COMMENT: 16, RESERVED: 0xe0}
/** A gzip header with a name or comment longer than this is not a backup's. */
const MAX_HEADER = 64 * 1024

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
  private tail: Buffer[] = []
  private crc = 0
  private ending = false
  /** Inflated bytes. */
  inflated = 0
  failure: VerifyFailure | null = null

  constructor(private readonly onInflated: (chunk: Buffer) => void) {
    this.inflate = createInflateRaw({chunkSize: 64 * 1024})
    this.inflate.on('data', (chunk: Buffer) => {
      this.crc = crc32(chunk, this.crc)
      this.inflated += chunk.length
      this.onInflated(chunk)
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
      this.tail.unshift(...rest.filter(part => part.length > 0))
      this.inFlight = []
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
    if (this.deflateEnded) {
      this.tail.push(data)
      return
    }
    if (data.length === 0) return
    this.inFlight.push({start: this.deflateWritten, chunk: data})
    this.deflateWritten += data.length
    const more = this.inflate.write(data)
    const consumed = this.inflate.bytesWritten
    while (
      this.inFlight.length > 1 &&
      this.inFlight[0].start + this.inFlight[0].chunk.length <= consumed
    ) {
      this.inFlight.shift()
    }
    if (!more) await settled(this.inflate, 'drain')
  }

  /** The archive has no more bytes: the member must be whole, and alone. */
  async end(): Promise<void> {
    if (this.failure) return
    if (this.header)
      return this.fail(`the archive ends inside the gzip header, after ${this.offset} bytes`)
    if (!this.deflateEnded) {
      this.ending = true
      this.inflate.end()
      await settled(this.inflate, 'end')
      if (this.failure) return
      if (!this.deflateEnded)
        return this.fail('the compressed data ends early: the archive is truncated')
    }
    const tail = Buffer.concat(this.tail)
    const trailerAt = this.offset - tail.length
    if (tail.length < 8)
      return this.fail(
        `the 8-byte trailer (CRC-32 and length) is cut short at byte ${this.offset}: the archive is truncated`
      )
    const storedCrc = tail.readUInt32LE(0)
    if (storedCrc !== this.crc >>> 0)
      return this.fail(
        `CRC-32 mismatch: the trailer at byte ${trailerAt} says ${hex(storedCrc)}, the data inflates to ${hex(this.crc)}`
      )
    const storedSize = tail.readUInt32LE(4)
    if (storedSize !== this.inflated % 2 ** 32)
      return this.fail(
        `length mismatch: the trailer says ${storedSize} bytes (mod 2^32), the data inflates to ${this.inflated}`
      )
    const after = tail.subarray(8)
    if (after.length === 0) return
    const where = trailerAt + 8
    if (after[0] === 0x1f && after[1] === 0x8b)
      return this.fail(`a second gzip member starts at byte ${where}; a backup has one`)
    this.fail(`${after.length} bytes follow the gzip trailer, from byte ${where}`)
  }

  private fail(message: string): void {
    if (this.failure) return
    this.failure = new VerifyFailure('gzip', `gzip: ${message}`)
    this.inflate.destroy()
  }
}

/** The header's length; `null` when more bytes are needed; a string says what is wrong. */
function headerLength(bytes: Buffer): number | null | string {
  if (bytes.length < 10) return null
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    return "the archive does not start with gzip's magic bytes"
  if (bytes[2] !== 8) return `compression method ${bytes[2]} at byte 2 is not deflate (8)`
  const flags = bytes[3]
  if (flags & FLAG.RESERVED) return `reserved header flags are set at byte 3 (${hex(flags)})`
  let at = 10
  if (flags & FLAG.EXTRA) {
    if (bytes.length < at + 2) return null
    at += 2 + bytes.readUInt16LE(at)
  }
  for (const flag of [FLAG.NAME, FLAG.COMMENT]) {
    if (!(flags & flag)) continue
    const zero = bytes.indexOf(0, at)
    if (zero < 0) return null
    at = zero + 1
  }
  if (flags & FLAG.HCRC) at += 2
  return bytes.length < at ? null : at
}

function hex(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`
}

/** Resolves on `event`, or when the stream ends, fails or closes instead. */
function settled(stream: InflateRaw, event: 'drain' | 'end'): Promise<void> {
  if (event === 'end' && stream.readableEnded) return Promise.resolve()
  return new Promise(resolve => {
    const done = (): void => {
      for (const name of ['drain', 'end', 'error', 'close']) stream.off(name, done)
      resolve()
    }
    for (const name of ['drain', 'end', 'error', 'close']) stream.on(name, done)
  })
}
