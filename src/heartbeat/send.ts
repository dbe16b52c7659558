// Sends one ping: three attempts at most (a network error, a timeout or a 5xx is tried again),
// 10 s each. A 4xx is the service saying no: trying again would not change it. What went wrong
// is told by status or error code only, never by the URL, which is a secret.
import type {LookupFunction} from 'node:net'
import {exchange} from '../docspace/http.js'
import {TransportError} from '../docspace/transport-error.js'
import type {Route} from '../docspace/route.js'
import type {PingRequest} from './forms.js'

export interface PingDependencies {
  /** Each attempt's timeout. */
  timeoutMs: number
  sleep: (ms: number) => Promise<void>
  /** Name resolution, for tests; the system's otherwise. */
  lookup?: LookupFunction
}

export const PING_ATTEMPTS = 3
export const PING_TIMEOUT_MS = 10_000
/** Wait before the second attempt; doubled before the third. */
const RETRY_DELAY_MS = 1000
/** A heartbeat service answers briefly: its status is the answer, and the body past this is let go. */
const MAX_ANSWER_BYTES = 4 * 1024

export interface PingOutcome {
  delivered: boolean
  attempts: number
  /** Why it was not delivered: `HTTP 404`, `no answer within 10 s`, `ECONNREFUSED`. */
  problem?: string
}

/** Sends the ping along `route` (the proxy rules, as for the portal). */
export async function sendPing(
  request: PingRequest,
  route: Route,
  timing: PingDependencies
): Promise<PingOutcome> {
  let problem = ''
  for (let attempt = 1; attempt <= PING_ATTEMPTS; attempt++) {
    if (attempt > 1) await timing.sleep(RETRY_DELAY_MS * 2 ** (attempt - 2))
    const result = await attemptPing(request, route, timing.timeoutMs)
    if (result.ok) return {delivered: true, attempts: attempt}
    problem = result.problem
    if (!result.retry) return {delivered: false, attempts: attempt, problem}
  }
  return {
    delivered: false,
    attempts: PING_ATTEMPTS,
    problem: `${problem}, after ${PING_ATTEMPTS} attempts`
  }
}

type AttemptResult = {ok: true} | {ok: false; retry: boolean; problem: string}

async function attemptPing(
  request: PingRequest,
  route: Route,
  timeoutMs: number
): Promise<AttemptResult> {
  const body = request.body
  try {
    const answer = await exchange({
      url: request.url,
      method: request.method,
      headers: {
        'user-agent': 'docspace-backup-check',
        ...(body === undefined
          ? {}
          : {
              'content-type': 'text/plain; charset=utf-8',
              'content-length': String(Buffer.byteLength(body))
            })
      },
      body,
      timeoutMs,
      maxBytes: MAX_ANSWER_BYTES,
      overflow: 'cut',
      route
    })
    if (answer.status >= 200 && answer.status < 300) return {ok: true}
    // 3xx is not followed (the next hop would get the secret URL's body), 4xx is final.
    return {ok: false, retry: answer.status >= 500, problem: `HTTP ${answer.status}`}
  } catch (error) {
    if (!(error instanceof TransportError)) throw error
    return {ok: false, retry: error.retryable, problem: problemOf(error, route, timeoutMs)}
  }
}

/** What went wrong, without the URL's host or path (the messages of the socket may name them). */
function problemOf(error: TransportError, route: Route, timeoutMs: number): string {
  if (error.kind === 'timeout') return `no answer within ${timeoutMs / 1000} s`
  if (error.options.proxy) {
    const status = /answered (\d{3})/.exec(error.message)?.[1]
    const proxy = `the proxy ${route.proxy?.address ?? ''}`
    return status ? `${proxy} answered ${status}` : `${proxy} could not be reached`
  }
  const code = errorCode(error.message)
  if (error.kind === 'untrusted') return `an untrusted certificate (${code})`
  if (error.kind === 'malformed') return 'an answer that is not HTTP'
  return code
}

/** `ECONNREFUSED` of `ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9`: the rest may name hosts. */
function errorCode(message: string): string {
  const code = /^[A-Z][A-Z0-9_]+(?=:)/.exec(message)?.[0]
  return code ?? 'a network error'
}
