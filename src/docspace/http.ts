// One HTTP exchange over node:http(s). Chosen over fetch (undici costs ~140 ms of start-up and
// teardown per run) and over @actions/http-client (it follows redirects and hides 404s and
// non-JSON bodies). Redirects are never followed here, so the token never leaves the portal.
import http, {type IncomingHttpHeaders} from 'node:http'
import https from 'node:https'

export interface HttpRequest {
  url: URL
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  timeoutMs: number
  /** The answer is abandoned, while it streams, once its body passes this size. */
  maxBytes: number
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** The exchange did not produce a whole answer. */
export class TransportError extends Error {
  constructor(
    readonly kind: 'timeout' | 'unreachable' | 'too-large',
    message: string
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

/** Sends one request and reads the whole answer, within the timeout and the size cap. */
export function exchange(request: HttpRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const transport = request.url.protocol === 'https:' ? https : http
    // agent: false gives each request its own connection, closed after: nothing keeps the
    // process alive once the answers are in.
    const outgoing = transport.request(request.url, {
      method: request.method,
      headers: request.headers,
      agent: false
    })
    let settled = false
    const fail = (error: TransportError): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      outgoing.destroy()
      reject(error)
    }
    const timer = setTimeout(
      () => fail(new TransportError('timeout', `no answer within ${request.timeoutMs} ms`)),
      request.timeoutMs
    )
    outgoing.on('error', error => fail(new TransportError('unreachable', describe(error))))
    outgoing.on('response', incoming => {
      const declared = Number(incoming.headers['content-length'])
      if (declared > request.maxBytes) return fail(tooLarge(request.maxBytes))
      const chunks: Buffer[] = []
      let size = 0
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > request.maxBytes) return fail(tooLarge(request.maxBytes))
        chunks.push(chunk)
      })
      incoming.on('error', error => fail(new TransportError('unreachable', describe(error))))
      incoming.on('aborted', () => fail(new TransportError('unreachable', 'connection closed')))
      incoming.on('end', () => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve({status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks, size)})
      })
    })
    outgoing.end(request.body)
  })
}

function tooLarge(maxBytes: number): TransportError {
  return new TransportError('too-large', `the answer is over ${maxBytes / 1024 / 1024} MiB`)
}

/** `ECONNREFUSED`, `ENOTFOUND`, a TLS code…: the part of a socket error people can act on. */
function describe(error: NodeJS.ErrnoException): string {
  return error.code ? `${error.code}: ${error.message}` : error.message
}
