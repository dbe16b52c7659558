import {describe, expect, it} from 'vitest'
import {TransportError} from '../../../src/docspace/transport-error.js'
import {type HttpAnswer} from '../../../src/docspace/http.js'
import {delayBefore, retryAfterMs, withRetries} from '../../../src/docspace/retry.js'
import type {Timing} from '../../../src/time/clock.js'
import {NOW} from '../fixtures.js'

const now = NOW.getTime()

function answer(status: number, retryAfter?: string): HttpAnswer {
  return {
    status,
    headers: retryAfter === undefined ? {} : {'retry-after': retryAfter},
    body: ''
  }
}

function timing(random: number) {
  const sleeps: number[] = []
  const value: Timing = {
    sleep: async ms => {
      sleeps.push(ms)
    },
    random: () => random,
    now: () => now
  }
  return {timing: value, sleeps}
}

describe('retryAfterMs', () => {
  it.each([
    ['0', 0],
    ['1', 1000],
    ['120', 120_000],
    [' 30 ', 30_000],
    ['86400', 86_400_000]
  ])('reads %j seconds as %d ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms)
  })

  it.each([
    ['an HTTP date 30 s ahead', 'Tue, 10 Mar 2026 12:00:30 GMT', 30_000],
    ['an HTTP date 2 min ahead', 'Tue, 10 Mar 2026 12:02:00 GMT', 120_000],
    ['an HTTP date equal to now', 'Tue, 10 Mar 2026 12:00:00 GMT', 0],
    ['an HTTP date in the past', 'Mon, 09 Mar 2026 12:00:00 GMT', 0],
    ['an RFC 850 date 10 s ahead', 'Tuesday, 10-Mar-26 12:00:10 GMT', 10_000],
    ['an asctime date 10 s ahead', 'Tue Mar 10 12:00:10 2026', 10_000]
  ])('reads %s as the wait until it', (_what, header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms)
  })

  it.each(['', ' ', 'garbage', 'soon', '5s', '1e3', '1.5', '-1', '+5', '0x10'])(
    'gives undefined for the unreadable %j',
    header => {
      expect(retryAfterMs(header, now)).toBeUndefined()
    }
  )
})

describe('delayBefore', () => {
  it.each([
    [0, 0, 0],
    [0, 0.999, 999],
    [1, 0, 0],
    [1, 0.999, 1998],
    [2, 0.999, 3996],
    [3, 0.5, 4000],
    [4, 0.999, 15_984],
    [5, 0.999, 29_970],
    [5, 0, 0],
    [10, 0.999, 29_970],
    [30, 0.999, 29_970]
  ])('waits, before retry %d with random %d, %d ms (full jitter, ≤ 30 s)', (retry, random, ms) => {
    expect(delayBefore(retry, answer(503), timing(random).timing)).toBe(ms)
  })

  it.each([
    ['5', 5000],
    ['60', 60_000],
    ['61', 60_000],
    ['3600', 60_000],
    ['Tue, 10 Mar 2026 12:00:45 GMT', 45_000],
    ['Tue, 10 Mar 2026 13:00:00 GMT', 60_000],
    ['0', 0]
  ])('honours Retry-After %j as %d ms (capped at 60 s), whatever the jitter', (header, ms) => {
    for (const random of [0, 0.999]) {
      expect(delayBefore(0, answer(429, header), timing(random).timing)).toBe(ms)
    }
  })

  it('falls back to the jittered backoff when Retry-After is unreadable', () => {
    expect(delayBefore(2, answer(503, 'later'), timing(0.5).timing)).toBe(2000)
  })

  it('uses the jittered backoff after a network error (no answer)', () => {
    expect(delayBefore(1, undefined, timing(0.999).timing)).toBe(1998)
  })
})

describe('withRetries', () => {
  function attempts(...outcomes: (number | TransportError)[]) {
    let calls = 0
    const attempt = async (): Promise<HttpAnswer> => {
      const outcome = outcomes[Math.min(calls, outcomes.length - 1)]
      calls += 1
      if (outcome instanceof TransportError) throw outcome
      return answer(outcome)
    }
    return {attempt, calls: () => calls}
  }

  it.each([408, 429, 500, 502, 503, 504])(
    'retries %d, up to the retries asked for',
    async status => {
      const {attempt, calls} = attempts(status)
      const {timing: clock, sleeps} = timing(0)
      const outcome = await withRetries(attempt, 3, clock)
      expect(outcome.answer?.status).toBe(status)
      expect(outcome.retriesUsed).toBe(3)
      expect(calls()).toBe(4)
      expect(sleeps).toHaveLength(3)
    }
  )

  it.each([400, 401, 402, 403, 404, 418, 501, 505, 302])('never retries %d', async status => {
    const {attempt, calls} = attempts(status)
    const outcome = await withRetries(attempt, 3, timing(0).timing)
    expect([outcome.retriesUsed, calls()]).toEqual([0, 1])
  })

  it('retries timeouts and unreachable portals, but not a body over the cap', async () => {
    for (const kind of ['timeout', 'unreachable'] as const) {
      const {attempt, calls} = attempts(new TransportError(kind, kind))
      const outcome = await withRetries(attempt, 2, timing(0).timing)
      expect([outcome.error?.kind, outcome.retriesUsed, calls()]).toEqual([kind, 2, 3])
    }
    const {attempt, calls} = attempts(new TransportError('too-large', 'big'))
    const outcome = await withRetries(attempt, 2, timing(0).timing)
    expect([outcome.error?.kind, outcome.retriesUsed, calls()]).toEqual(['too-large', 0, 1])
  })

  it('stops at the first answer that is not transient and says how many retries it took', async () => {
    const {attempt} = attempts(503, 429, 200)
    const {timing: clock, sleeps} = timing(0.999)
    const outcome = await withRetries(attempt, 5, clock)
    expect([outcome.answer?.status, outcome.retriesUsed]).toEqual([200, 2])
    expect(sleeps).toEqual([999, 1998])
  })

  it('makes one attempt only with retries 0', async () => {
    const {attempt, calls} = attempts(503)
    const outcome = await withRetries(attempt, 0, timing(0).timing)
    expect([outcome.retriesUsed, calls()]).toEqual([0, 1])
  })

  it('lets an error that is not a TransportError through', async () => {
    const bug = new TypeError('bug')
    await expect(withRetries(() => Promise.reject(bug), 3, timing(0).timing)).rejects.toBe(bug)
  })
})
