// One HTTP exchange over node:http(s). Chosen over fetch (undici costs ~140 ms of start-up and
// teardown per run) and over @actions/http-client (it follows redirects and hides 404s and
// non-JSON bodies). Redirects are never followed here, so the token never leaves the portal.
import {isAscii} from 'node:buffer'
import type {IncomingHttpHeaders} from 'node:http'

export interface HttpRequest {
  url: URL
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  timeoutMs: number
  /** The answer is abandoned, while it streams, once its body passes this size. */
  maxBytes: number
  /** Called once, when the request has been handed to the OS (or has failed before that). */
  onSent?: () => void
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  /** Decoded as soon as it is whole, so the bytes can go: a large history is held once. */
  body: string
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
  // Loaded on first use, synchronously (no trip through the ESM loader): node:https (TLS)
  // costs tens of ms, which a run that stops at its inputs, or talks to loopback, need not pay.
  const transport =
    request.url.protocol === 'https:'
      ? process.getBuiltinModule('node:https')
      : process.getBuiltinModule('node:http')
  return new Promise((resolve, reject) => {
    // agent: false gives each request its own connection, closed after: nothing keeps the
    // process alive once the answers are in.
    const outgoing = transport.request(request.url, {
      method: request.method,
      headers: request.headers,
      agent: false
    })
    let settled = false
    let sent = false
    const markSent = (): void => {
      if (sent) return
      sent = true
      request.onSent?.()
    }
    outgoing.on('finish', markSent)
    const fail = (error: TransportError): void => {
      markSent()
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
      const body = new BodyBuffer(Number.isInteger(declared) ? declared : 0)
      incoming.on('data', (chunk: Buffer) => {
        if (body.size + chunk.length > request.maxBytes) return fail(tooLarge(request.maxBytes))
        body.append(chunk)
      })
      incoming.on('error', error => fail(new TransportError('unreachable', describe(error))))
      incoming.on('aborted', () => fail(new TransportError('unreachable', 'connection closed')))
      incoming.on('end', () => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: body.take()
        })
      })
    })
    outgoing.end(request.body)
  })
}

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
    const bytes = this.contents()
    this.whole = null
    this.chunks = []
    return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
  }

  private contents(): Buffer {
    if (this.whole && this.chunks.length === 0) return this.whole.subarray(0, this.size)
    const head = this.whole ? [this.whole.subarray(0, Math.min(this.size, this.whole.length))] : []
    return Buffer.concat([...head, ...this.chunks], this.size)
  }
}

function tooLarge(maxBytes: number): TransportError {
  return new TransportError('too-large', `the answer is over ${maxBytes / 1024 / 1024} MiB`)
}

/** `ECONNREFUSED`, `ENOTFOUND`, a TLS code…: the part of a socket error people can act on. */
function describe(error: NodeJS.ErrnoException): string {
  return error.code ? `${error.code}: ${error.message}` : error.message
}
