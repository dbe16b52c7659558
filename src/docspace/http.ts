// One HTTP exchange over node:http(s). Chosen over fetch (undici costs ~140 ms of start-up and
// teardown per run) and over @actions/http-client (it follows redirects and hides 404s and
// non-JSON bodies). Redirects are never followed here, so the token never leaves the portal.
import type {IncomingHttpHeaders} from 'node:http'
import {readBody} from './body.js'
import {openRequest, type Route} from './route.js'
import {TransportError, transportErrorOf} from './transport-error.js'

export interface HttpRequest {
  url: URL
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  timeoutMs: number
  /** The answer is abandoned, while it streams, once its (decoded) body passes this size. */
  maxBytes: number
  /** `cut`: the body is read up to `maxBytes` and the rest let go, without an error. */
  overflow?: 'fail' | 'cut'
  /** A proxy, or a resolver for tests: see route.ts. */
  route?: Route
  /** Called once, when the request has been handed to the OS (or has failed before that). */
  onSent?: () => void
  /** Ends the exchange at once, rejecting with the signal's reason (a deadline over several). */
  signal?: AbortSignal
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  /** Decoded as soon as it is whole, so the bytes can go: a large history is held once. */
  body: string
}

/** Sends one request and reads the whole answer, within the timeout and the size cap. */
export function exchange(request: HttpRequest): Promise<HttpAnswer> {
  const route = request.route ?? {}
  return new Promise((resolve, reject) => {
    const abort = new AbortController()
    const outgoing = openRequest(request, route, abort.signal)
    let settled = false
    let sent = false
    const markSent = (): void => {
      if (sent) return
      sent = true
      request.onSent?.()
    }
    outgoing.on('finish', markSent)
    const {signal} = request
    const onAbort = (): void => fail(signal?.reason)
    const fail = (error: unknown): void => {
      markSent()
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      abort.abort()
      outgoing.destroy()
      reject(error)
    }
    const timer = setTimeout(
      () => fail(new TransportError('timeout', `no answer within ${request.timeoutMs} ms`)),
      request.timeoutMs
    )
    outgoing.on('error', error => fail(transportErrorOf(error)))
    outgoing.on('response', incoming => {
      const {proxy} = route
      // Through a forward proxy (http://), its refusal comes as an answer of its own.
      if (proxy && request.url.protocol === 'http:' && incoming.statusCode === 407) {
        const message = `the proxy ${proxy.address} answered 407 ${incoming.statusMessage ?? ''}`
        return fail(
          new TransportError('unreachable', message.trimEnd(), {final: true, proxy: true})
        )
      }
      readBody(incoming, request.maxBytes, request.overflow).then(body => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        resolve({status: incoming.statusCode ?? 0, headers: incoming.headers, body})
      }, fail)
    })
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, {once: true})
    outgoing.end(request.body)
  })
}
