// An archive's bytes as storage serves them: `Range` (206 with Content-Range) and `If-Range`
// against its validators, and the faults a download meets (a stall, a cut connection, once or
// always, a wrong Content-Length, a slow trickle, a transport encoding, a body that never ends).
import type {IncomingMessage, ServerResponse} from 'node:http'
import {gzipSync} from 'node:zlib'

export interface ServedBytes {
  bytes: Buffer
  /** Announce this Content-Length instead of the real one; `'none'`: chunked, no length. */
  contentLength?: number | 'none'
  /** Send this many bytes, then stop sending (the connection stays open). */
  stallAfter?: number
  /** Send this many bytes, then close the connection. */
  cutAfter?: number
  /** Cut the connection once at each of these offsets of the archive, one per request, then
   * serve whole: a storage that resets now and then. Live: each cut is used up. */
  cutsAt?: number[]
  /** Send the body in pieces of this size with this delay between them. */
  trickle?: {bytes: number; delayMs: number}
  /** Validators sent (and checked against `If-Range`); default both. */
  validators?: 'etag' | 'last-modified' | 'both' | 'none'
  /** The ETag (default a strong one); change it to stand for an archive replaced meanwhile. */
  etag?: string
  /** Ignore `Range`: always 200 with the whole archive. */
  ignoresRange?: boolean
  /** `gzip`: the bytes gzipped again for transport, with `Content-Encoding: gzip`. */
  transportEncoding?: 'gzip' | string
  /** Send `bytes` over and over, with no length, until the client goes away. */
  endless?: boolean
}

const PIECE = 64 * 1024
const LAST_MODIFIED = 'Mon, 01 Jun 2026 02:00:07 GMT'

export function serveBytes(
  req: IncomingMessage,
  res: ServerResponse,
  served: ServedBytes,
  type = 'application/gzip'
): void {
  const headers: Record<string, string> = {'content-type': type, 'accept-ranges': 'bytes'}
  const validators = served.validators ?? 'both'
  const etag = served.etag ?? '"a1b2c3d4e5f6-archive"'
  if (validators === 'etag' || validators === 'both') headers.etag = etag
  if (validators === 'last-modified' || validators === 'both')
    headers['last-modified'] = LAST_MODIFIED
  if (served.endless) return serveEndless(res, served.bytes, {...headers, 'content-type': type})
  const encoded = served.transportEncoding === 'gzip' ? gzipSync(served.bytes) : served.bytes
  if (served.transportEncoding) headers['content-encoding'] = served.transportEncoding
  const range = wantedRange(req, encoded.length, served, etag)
  if (range === 'unsatisfiable') {
    res.writeHead(416, {'content-range': `bytes */${encoded.length}`, 'content-length': '0'})
    return void res.end()
  }
  const {start, end} = range ?? {start: 0, end: encoded.length - 1}
  if (range) headers['content-range'] = `bytes ${start}-${end}/${encoded.length}`
  const body = encoded.subarray(start, end + 1)
  if (served.contentLength !== 'none')
    headers['content-length'] = String(served.contentLength ?? body.length)
  res.writeHead(range ? 206 : 200, headers)
  if (req.method === 'HEAD') return void res.end()
  const cutAt = served.cutsAt?.find(at => at > start)
  if (cutAt !== undefined) served.cutsAt = served.cutsAt?.filter(at => at !== cutAt)
  const cut = cutAt !== undefined ? cutAt - start : served.cutAfter
  sendBody(res, body, {...served, cutAfter: cut})
}

/** The range asked for and granted: `null` for the whole archive. */
function wantedRange(
  req: IncomingMessage,
  size: number,
  served: ServedBytes,
  etag: string
): {start: number; end: number} | 'unsatisfiable' | null {
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
  if (served.ignoresRange || !range || !(range[1] || range[2])) return null
  const ifRange = req.headers['if-range']
  if (ifRange !== undefined && ifRange !== etag && ifRange !== LAST_MODIFIED) return null
  const start = range[1] ? Number(range[1]) : size - Number(range[2])
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
  return start > end ? 'unsatisfiable' : {start, end}
}

function sendBody(res: ServerResponse, body: Buffer, served: ServedBytes): void {
  const limit = Math.min(body.length, served.stallAfter ?? Infinity, served.cutAfter ?? Infinity)
  const piece = served.trickle?.bytes ?? PIECE
  let at = 0
  const next = (): void => {
    if (res.destroyed) return
    while (at < limit) {
      const chunk = body.subarray(at, Math.min(limit, at + piece))
      at += chunk.length
      const more = res.write(chunk)
      if (served.trickle) return void setTimeout(next, served.trickle.delayMs).unref()
      if (!more) return void res.once('drain', next)
    }
    if (served.cutAfter !== undefined && served.cutAfter < body.length)
      // Once what was sent has left, as a cut connection does mid-body.
      return void res.write('', () => res.destroy())
    if (served.stallAfter !== undefined && served.stallAfter < body.length) return
    res.end()
  }
  next()
}

/** The same bytes again and again (a login page that never ends), until the client leaves. */
function serveEndless(res: ServerResponse, bytes: Buffer, headers: Record<string, string>): void {
  delete headers['accept-ranges']
  res.writeHead(200, headers)
  const next = (): void => {
    while (!res.destroyed) if (!res.write(bytes)) return void res.once('drain', next)
  }
  next()
}
