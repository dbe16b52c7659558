// Tar as DocSpace's writer (a SharpZipLib fork) makes it: 512-byte headers with its own magic
// (`ustar\0`, version ` \0`), mode 0100700, GNU `././@LongLink` entries for names over 100
// bytes, two zero blocks at the end, padded to a 10,240-byte record.
const BLOCK = 512
const RECORD = 20 * BLOCK

export interface TarEntry {
  name: string
  size: number
  /** The contents, in pieces whose lengths add up to `size`. */
  chunks: () => Iterable<Buffer>
}

export interface TarOptions {
  /** Sizes in GNU base-256 (as the writer does from 8 GiB), for every entry. */
  base256Sizes?: boolean
  /** Seconds since the epoch, for every header. */
  mtime?: number
}

/** The tar stream of these entries, piece by piece (never whole in memory). */
export function* tarChunks(
  entries: Iterable<TarEntry>,
  options: TarOptions = {}
): Generator<Buffer> {
  let written = 0
  const emit = (chunk: Buffer): Buffer => {
    written += chunk.length
    return chunk
  }
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    if (name.length > 100) {
      const long = Buffer.concat([name, Buffer.alloc(1)])
      yield emit(header('././@LongLink', long.length, 'L', options))
      yield emit(padded(long))
    }
    yield emit(header(name.subarray(0, 100).toString('utf8'), entry.size, '0', options))
    let size = 0
    for (const chunk of entry.chunks()) {
      size += chunk.length
      yield emit(chunk)
    }
    if (size !== entry.size)
      throw new Error(`entry ${entry.name}: ${size} bytes, declared ${entry.size}`)
    const pad = (BLOCK - (size % BLOCK)) % BLOCK
    if (pad) yield emit(Buffer.alloc(pad))
  }
  const end = 2 * BLOCK
  yield emit(Buffer.alloc(end + ((RECORD - ((written + end) % RECORD)) % RECORD)))
}

export function header(name: string, size: number, type: string, options: TarOptions = {}): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 100, 'utf8')
  block.write('0100700\0', 100, 'latin1')
  block.write('0000000\0', 108, 'latin1')
  block.write('0000000\0', 116, 'latin1')
  if (options.base256Sizes) {
    block[124] = 0x80
    let rest = size
    for (let i = 135; i > 124; i--) {
      block[i] = rest % 256
      rest = Math.floor(rest / 256)
    }
  } else {
    block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1')
  }
  const mtime = options.mtime ?? 1_780_279_207
  block.write(`${mtime.toString(8).padStart(11, '0')}\0`, 136, 'latin1')
  block.write(type, 156, 'latin1')
  block.write('ustar\0 \0', 257, 'latin1')
  setChecksum(block)
  return block
}

/** Writes the header's checksum (its bytes summed, the field counted as spaces). */
export function setChecksum(block: Buffer): void {
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
}

function padded(bytes: Buffer): Buffer {
  return Buffer.concat([bytes, Buffer.alloc((BLOCK - (bytes.length % BLOCK)) % BLOCK)])
}
