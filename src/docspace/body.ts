// An answer's body as text: decoded (gzip, deflate, br), capped while it streams (on the decoded
// bytes, so a small compressed bomb stops at the cap), without a leading byte-order mark.
import {isAscii} from 'node:buffer'
import type {IncomingMessage} from 'node:http'
import type {Transform} from 'node:stream'
import {TransportError, transportErrorOf} from './transport-error.js'

export type Coding = 'identity' | 'gzip' | 'deflate' | 'br'

/**
 * Reads the whole body; rejects with a TransportError. `cut`: a body over `maxBytes` is not an
 * error: its first `maxBytes` are the answer (for a caller that needs the status, not the body).
 */
export function readBody(
  incoming: IncomingMessage,
  maxBytes: number,
  overflow: 'fail' | 'cut' = 'fail'
): Promise<string> {
  return new Promise((resolve, reject) => {
    const header = incoming.headers['content-encoding']
    const coding = codingOf(header)
    let decoder: Transform | undefined
    let done = false
    const stop = (error: TransportError): void => {
      if (done) return
      done = true
      decoder?.destroy()
      incoming.destroy()
      reject(error)
    }
    if (coding === undefined) {
      return stop(
        new TransportError('malformed', `is encoded as "${header}", which cannot be decoded`)
      )
    }
    const declared = Number(incoming.headers['content-length'])
    const identity = coding === 'identity'
    const cut = overflow === 'cut'
    if (identity && declared > maxBytes && !cut) return stop(tooLarge(maxBytes, false))
    const fits = Number.isInteger(declared) && declared <= maxBytes
    const body = new BodyBuffer(identity && fits ? declared : 0)
    const finish = (): void => {
      if (done) return
      done = true
      resolve(body.take())
    }
    const take = (chunk: Buffer): void => {
      if (done) return
      if (body.size + chunk.length <= maxBytes) return body.append(chunk)
      if (!cut) return stop(tooLarge(maxBytes, !identity))
      body.append(chunk.subarray(0, maxBytes - body.size))
      finish()
      decoder?.destroy()
      incoming.destroy()
    }
    incoming.on('error', error => stop(transportErrorOf(error)))
    incoming.on('aborted', () => stop(new TransportError('unreachable', 'connection closed')))
    if (identity) {
      incoming.on('data', take)
      incoming.on('end', finish)
      return
    }
    incoming.on('data', (chunk: Buffer) => {
      if (done) return
      if (!decoder) {
        decoder = decoderFor(coding, chunk[0] ?? 0)
        decoder.on('data', take)
        decoder.on('end', finish)
        decoder.on('error', (error: NodeJS.ErrnoException) => {
          const reason = error.code ? `${error.code}: ${error.message}` : error.message
          stop(new TransportError('malformed', `cannot be decoded as ${coding} (${reason})`))
        })
      }
      decoder.write(chunk)
    })
    incoming.on('end', () => (decoder ? decoder.end() : finish()))
  })
}

/** `undefined` for a coding that cannot be decoded (or more than one stacked). */
export function codingOf(header: string | undefined): Coding | undefined {
  const codings = (header ?? '')
    .split(',')
    .map(coding => coding.trim().toLowerCase())
    .filter(coding => coding !== '' && coding !== 'identity')
  if (codings.length === 0) return 'identity'
  if (codings.length > 1) return undefined
  const [coding] = codings as [string]
  if (coding === 'gzip' || coding === 'x-gzip') return 'gzip'
  return coding === 'deflate' || coding === 'br' ? coding : undefined
}

export function decoderFor(coding: Exclude<Coding, 'identity'>, firstByte: number): Transform {
  // Loaded only for an encoded answer: most portals send none unless asked.
  const zlib = process.getBuiltinModule('node:zlib')
  if (coding === 'gzip') return zlib.createGunzip()
  if (coding === 'br') return zlib.createBrotliDecompress()
  // "deflate" is meant to be zlib-wrapped, but some servers send it raw; the first byte says
  // which (a zlib header's low nibble is 8, the deflate method).
  return (firstByte & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw()
}

function tooLarge(maxBytes: number, decoded: boolean): TransportError {
  const when = decoded ? ' once decoded' : ''
  return new TransportError('too-large', `the answer is over ${maxBytes / 1024 / 1024} MiB${when}`)
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * The body as it arrives. With a Content-Length it goes straight into one buffer of that size,
 * so a large history is held once, not as chunks plus their concatenation.
 */
class BodyBuffer {
  size = 0
  private chunks: Buffer[] = []
  private whole: Buffer | null

  constructor(declaredSize: number) {
    this.whole = declaredSize > 0 ? Buffer.allocUnsafe(declaredSize) : null
  }

  append(chunk: Buffer): void {
    if (this.whole && this.size + chunk.length <= this.whole.length) {
      chunk.copy(this.whole, this.size)
    } else {
      this.chunks.push(chunk)
    }
    this.size += chunk.length
  }

  /**
   * The body as text, once: the bytes are let go, so an 18 MB history is not held twice while
   * it is parsed. ASCII (a large history, usually) decodes faster as latin1: the same text.
   */
  take(): string {
    let bytes = this.contents()
    this.whole = null
    this.chunks = []
    if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3)
    return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  }

  private contents(): Buffer {
    if (this.whole && this.chunks.length === 0) return this.whole.subarray(0, this.size)
    const head = this.whole ? [this.whole.subarray(0, Math.min(this.size, this.whole.length))] : []
    return Buffer.concat([...head, ...this.chunks], this.size)
  }
}
