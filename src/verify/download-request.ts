// One GET of the archive, redirects followed (at most 5, downloads only): the token goes only
// to the portal's own origin, each hop takes the proxy rules of its own URL, and `timeoutMs`
// bounds the wait for each answer's headers. The verify deadline (`signal`) ends it at once.
import type {IncomingMessage} from 'node:http'
import type {LookupFunction} from 'node:net'
import {openRequest} from '../docspace/route.js'
import {messageOf} from '../core/errors.js'
import {proxyFor} from '../docspace/proxy.js'
import type {ProxyVariables} from '../inputs/proxy-env.js'
import {VerifyFailure} from './failure.js'
import {requestProblem, Unanswered} from './download-problem.js'
import {redirectTarget} from './redirect-target.js'

const MAX_REDIRECTS = 5

export interface ArchiveRequest {
  url: URL
  /** Sent as `Authorization: Bearer …` to `portalOrigin` only; `null`: never (a signed link). */
  token: string | null
  portalOrigin: string
  /** Each wait for an answer or for bytes (the `timeout` input). */
  timeoutMs: number
  /** The verify deadline. */
  signal: AbortSignal
  /** The runner's proxy rules, applied to each URL on the way. */
  proxyVariables: ProxyVariables
  /** Name resolution, for tests; the system's otherwise. */
  lookup?: LookupFunction
}

/** The final answer (after redirects) and where it came from; extra headers (Range) on each hop. */
export async function requestArchive(
  request: ArchiveRequest,
  extra: Record<string, string> = {}
): Promise<{answer: IncomingMessage; url: URL}> {
  let url = request.url
  for (let redirects = 0; ; redirects++) {
    const answer = await open(url, request, extra)
    const status = answer.statusCode ?? 0
    if (status < 300 || status >= 400 || !answer.headers.location) return {answer, url}
    answer.destroy()
    if (redirects === MAX_REDIRECTS)
      throw new VerifyFailure(
        'transport',
        `more than ${MAX_REDIRECTS} redirects, the last from ${url.host}`
      )
    url = redirectTarget(url, answer.headers.location)
  }
}

function open(
  url: URL,
  request: ArchiveRequest,
  extra: Record<string, string>
): Promise<IncomingMessage> {
  const {signal} = request
  signal.throwIfAborted()
  const headers: Record<string, string> = {
    Accept: '*/*',
    // The archive as stored: a transport encoding on top of it is decoded, but never asked for.
    'Accept-Encoding': 'identity',
    'User-Agent': 'docspace-backup-check',
    ...extra
  }
  if (request.token !== null && url.origin === request.portalOrigin)
    headers.Authorization = `Bearer ${request.token}`
  return new Promise((resolve, reject) => {
    let outgoing: ReturnType<typeof openRequest>
    try {
      // The proxy rules, per URL: a redirect or a signed link may lead to another host.
      outgoing = openRequest(
        {url, method: 'GET', headers},
        {proxy: proxyFor(url, request.proxyVariables), lookup: request.lookup},
        signal
      )
    } catch (error) {
      return reject(
        new Unanswered(`the download from ${url.host} could not start: ${messageOf(error)}`)
      )
    }
    const settle = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
    }
    const stop = (error: unknown): void => {
      settle()
      outgoing.destroy()
      reject(error)
    }
    const onAbort = (): void => stop(signal.reason)
    signal.addEventListener('abort', onAbort, {once: true})
    const timer = setTimeout(
      () => stop(new Unanswered(`no answer from ${url.host} within ${request.timeoutMs / 1000} s`)),
      request.timeoutMs
    )
    outgoing.on('error', error => stop(requestProblem(error, url.host)))
    outgoing.on('response', answer => {
      settle()
      resolve(answer)
    })
    outgoing.end()
  })
}
