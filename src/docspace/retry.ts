// Retries of transient failures: network errors, timeouts, 408, 429, 500, 502, 503, 504.
// Backoff from 1 s, doubling, full jitter, each wait at most 30 s; Retry-After honoured up to 60 s.
import {RETRIED_STATUSES} from '../core/codes.js'
import {sleepUnless, type Timing} from '../time/clock.js'
import {TransportError} from './transport-error.js'
import {type HttpAnswer} from './http.js'

const RETRIED: ReadonlySet<number> = new Set(RETRIED_STATUSES)

export const BASE_DELAY_MS = 1000
export const MAX_DELAY_MS = 30_000
export const MAX_RETRY_AFTER_MS = 60_000

/** What the last attempt gave, with how many retries it took. */
export interface AttemptOutcome {
  answer?: HttpAnswer
  error?: TransportError
  retriesUsed: number
}

/**
 * Runs `attempt` once, then up to `retries` more times while the outcome is transient. `signal`
 * ends the waits between attempts too (the attempt itself watches it), rejecting with its reason.
 */
export async function withRetries(
  attempt: () => Promise<HttpAnswer>,
  retries: number,
  timing: Timing,
  signal?: AbortSignal
): Promise<AttemptOutcome> {
  for (let retry = 0; ; retry++) {
    const outcome = await settle(attempt)
    const transient = isTransient(outcome)
    if (!transient || retry >= retries) return {...outcome, retriesUsed: retry}
    await sleepUnless(signal, timing, delayBefore(retry, outcome.answer, timing))
  }
}

async function settle(
  attempt: () => Promise<HttpAnswer>
): Promise<Omit<AttemptOutcome, 'retriesUsed'>> {
  try {
    return {answer: await attempt()}
  } catch (error) {
    if (error instanceof TransportError) return {error}
    throw error
  }
}

function isTransient(outcome: Omit<AttemptOutcome, 'retriesUsed'>): boolean {
  // Never retry what cannot change: a body over the cap, an untrusted certificate, bad HTTP.
  if (outcome.error) return outcome.error.retryable
  return outcome.answer !== undefined && RETRIED.has(outcome.answer.status)
}

/** The wait before retry number `retry` (0-based). */
export function delayBefore(retry: number, answer: HttpAnswer | undefined, timing: Timing): number {
  const header = answer?.headers['retry-after']
  const asked = typeof header === 'string' ? retryAfterMs(header, timing.now()) : undefined
  if (asked !== undefined) return Math.min(asked, MAX_RETRY_AFTER_MS)
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry)
  return Math.floor(timing.random() * ceiling)
}

/** `Retry-After` as seconds or an HTTP date, in ms from now; `undefined` when unreadable. */
export function retryAfterMs(header: string, now: number): number | undefined {
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // HTTP dates, in all three forms, start with the day's name; Date.parse alone reads "1.5" or
  // "-5" as dates in 2001, which would mean no wait at all.
  if (!/^[a-z]{3}/i.test(value)) return undefined
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
