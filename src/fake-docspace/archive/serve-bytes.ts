// An archive's bytes as storage serves them: `Range` (206 with Content-Range), and the faults a
// download meets (a stall, a cut connection, a wrong Content-Length, a slow trickle).
import type {IncomingMessage, ServerResponse} from 'node:http'

export interface ServedBytes {
  bytes: Buffer
  /** Announce this Content-Length instead of the real one; `'none'`: chunked, no length. */
  contentLength?: number | 'none'
  /** Send this many bytes, then stop sending (the connection stays open). */
  stallAfter?: number
  /** Send this many bytes, then close the connection. */
  cutAfter?: number
  /** Send the body in pieces of this size with this delay between them. */
  trickle?: {bytes: number; delayMs: number}
}

const PIECE = 64 * 1024

export function serveBytes(
  req: IncomingMessage,
  res: ServerResponse,
  served: ServedBytes,
  type = 'application/gzip'
): void {
  const {bytes} = served
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
  let start = 0
  let end = bytes.length - 1
  let status = 200
  const headers: Record<string, string> = {'content-type': type, 'accept-ranges': 'bytes'}
  if (range && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : bytes.length - Number(range[2])
    end = range[1] && range[2] ? Math.min(Number(range[2]), end) : end
    if (start > end) {
      res.writeHead(416, {'content-range': `bytes */${bytes.length}`, 'content-length': '0'})
      return void res.end()
    }
    status = 206
    headers['content-range'] = `bytes ${start}-${end}/${bytes.length}`
  }
  const body = bytes.subarray(start, end + 1)
  if (served.contentLength !== 'none')
    headers['content-length'] = String(served.contentLength ?? body.length)
  res.writeHead(status, headers)
  if (req.method === 'HEAD') return void res.end()
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
