// Which HTTP statuses are retried, how long the action waits between attempts, and what it
// reports once the retries run out. Requests are counted by the fake portal itself.
import {describe, expect, it} from 'vitest'
import type {Fault, RouteName} from '../../src/fake-docspace/faults.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {check, expectError, stillAfter} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'

closeServersAfterEach()

const ROUTES: RouteName[] = [
  'getbackuphistory',
  'getbackupschedule',
  'getbackupprogress',
  'getbackupscount',
  'getservicestate'
]
const status = (code: number, headers?: Record<string, string>): Fault => ({
  kind: 'status',
  status: code,
  ...(headers ? {headers} : {})
})
const times = (count: number, fault: Fault): Fault[] => Array.from({length: count}, () => fault)

describe('transient statuses are retried', () => {
  it.each(ROUTES)(
    'is healthy after 503, 503, 200 on %s: three requests there, one elsewhere',
    async route => {
      const fake = await startFake({faults: {[route]: times(2, status(503))}})
      const {report, delays} = await check(fake)
      expect(report.status).toBe('healthy')
      expect(fake.count(route)).toBe(3)
      for (const other of ROUTES.filter(name => name !== route))
        expect(fake.count(other), other).toBe(1)
      // Full jitter (random 0.5) under a ceiling from 1 s, doubling.
      expect(delays).toEqual([500, 1000])
    }
  )

  it.each([500, 502, 503, 504, 408, 429])(
    'retries a %i once and is healthy after it',
    async code => {
      const fake = await startFake({faults: {getbackuphistory: [status(code)]}})
      const {report} = await check(fake)
      expect(report.status).toBe('healthy')
      expect(fake.count('getbackuphistory')).toBe(2)
    }
  )

  it('retries a mix of transient statuses and reports the last one when they run out', async () => {
    const faults = [500, 502, 504, 408].map(code => status(code))
    const healed = await startFake({faults: {getbackupschedule: faults}})
    expect((await check(healed, {retries: '4'})).report.status).toBe('healthy')
    expect(healed.count('getbackupschedule')).toBe(5)

    const failing = await startFake({faults: {getbackupschedule: faults}})
    const {report} = await check(failing, {retries: '3'})
    expectError(report, 'timeout', '408', 'GET /api/2.0/backup/getbackupschedule', stillAfter(3))
    expect(failing.count('getbackupschedule')).toBe(4)
  })

  it('waits at most 30 s between attempts however many retries, doubling from 1 s', async () => {
    const fake = await startFake({faults: {getbackupprogress: times(11, status(503))}})
    const {report, delays} = await check(fake, {retries: '10'}, {random: () => 0.999999})
    expectError(report, 'server-error', stillAfter(10))
    expect(delays).toEqual([999, 1999, 3999, 7999, 15999, 29999, 29999, 29999, 29999, 29999])
    expect(fake.count('getbackupprogress')).toBe(11)
  })

  it('retries at once when the jitter draws 0', async () => {
    const fake = await startFake({faults: {getbackuphistory: times(3, status(502))}})
    const {report, delays} = await check(fake, {}, {random: () => 0})
    expect(report.status).toBe('healthy')
    expect(delays).toEqual([0, 0, 0])
  })
})

describe('Retry-After', () => {
  const inSeconds = (seconds: number): string =>
    new Date(NOW.getTime() + seconds * 1000).toUTCString()
  it.each([
    {code: 429, header: '7', waited: 7000},
    {code: 429, header: '0', waited: 0},
    {code: 429, header: ' 12 ', waited: 12_000},
    {code: 429, header: '60', waited: 60_000},
    {code: 429, header: '120', waited: 60_000},
    {code: 429, header: inSeconds(7), waited: 7000},
    {code: 429, header: inSeconds(300), waited: 60_000},
    {code: 429, header: inSeconds(-30), waited: 0},
    {code: 503, header: '3', waited: 3000},
    {code: 503, header: inSeconds(45), waited: 45_000},
    // Unreadable: the usual backoff (random 0.5 of 1 s).
    {code: 429, header: 'soon', waited: 500},
    {code: 429, header: '-5', waited: 500},
    {code: 429, header: '1.5', waited: 500}
  ])('waits $waited ms for a $code with Retry-After "$header"', async ({code, header, waited}) => {
    const fake = await startFake({
      faults: {getbackuphistory: [status(code, {'retry-after': header})]}
    })
    const {report, delays} = await check(fake)
    expect(report.status).toBe('healthy')
    expect(delays).toEqual([waited])
    expect(fake.count('getbackuphistory')).toBe(2)
  })

  it('honours Retry-After on every retry, then reports rate-limited', async () => {
    const fault = status(429, {'retry-after': '2'})
    const fake = await startFake({faults: {getbackupscount: times(3, fault)}})
    const {report, delays} = await check(fake, {retries: '2'})
    expectError(report, 'rate-limited', '429 Too Many Requests', stillAfter(2), 'getbackupscount')
    expect(delays).toEqual([2000, 2000])
  })
})

describe('other statuses are never retried', () => {
  it.each([
    {code: 400, error: 'bad-request'},
    {code: 401, error: 'unauthorized'},
    {code: 402, error: 'payment-required'},
    {code: 403, error: 'forbidden'},
    {code: 404, error: 'not-found'},
    {code: 405, error: 'http-error'},
    {code: 409, error: 'http-error'},
    {code: 418, error: 'http-error'},
    {code: 501, error: 'server-error'},
    {code: 505, error: 'server-error'}
  ])('asks once on a $code and reports $error', async ({code, error}) => {
    const fake = await startFake({faults: {getbackuphistory: [status(code)]}})
    const {report, delays} = await check(fake, {retries: '3'})
    expectError(report, error, `answered ${code}`, 'GET /api/2.0/backup/getbackuphistory')
    expect(report.error?.message).not.toContain('still after')
    expect(fake.count('getbackuphistory')).toBe(1)
    expect(delays).toEqual([])
  })

  it('never sends a request after a non-transient answer, with retries at their maximum', async () => {
    const fake = await startFake({role: 'user'})
    const {report} = await check(fake, {retries: '10'})
    expectError(report, 'forbidden')
    expect(fake.requests).toHaveLength(5)
  })
})

describe('retries that run out', () => {
  it.each([
    {code: 503, error: 'server-error', retries: 1},
    {code: 500, error: 'server-error', retries: 3},
    {code: 502, error: 'server-error', retries: 2},
    {code: 504, error: 'server-error', retries: 2},
    {code: 429, error: 'rate-limited', retries: 3},
    {code: 408, error: 'timeout', retries: 2},
    {code: 503, error: 'server-error', retries: 0}
  ])('reports $error after $retries retries of a $code', async ({code, error, retries}) => {
    const fake = await startFake({faults: {getbackupprogress: times(retries + 1, status(code))}})
    const {report, delays} = await check(fake, {retries: String(retries)})
    expectError(report, error, `answered ${code}`, 'GET /api/2.0/backup/getbackupprogress')
    if (retries > 0) expect(report.error?.message).toContain(stillAfter(retries))
    else expect(report.error?.message).not.toContain('still after')
    expect(fake.count('getbackupprogress')).toBe(retries + 1)
    expect(delays).toHaveLength(retries)
  })

  it('is healthy when the last allowed retry succeeds', async () => {
    const fake = await startFake({faults: {getbackuphistory: times(3, status(503))}})
    const {report} = await check(fake, {retries: '3'})
    expect(report.status).toBe('healthy')
    expect(fake.count('getbackuphistory')).toBe(4)
  })
})

describe('waits with a real clock', () => {
  it('waits as long as Retry-After asks, and no longer', async () => {
    const fake = await startFake({
      state: healthyPortal(new Date()),
      faults: {getbackuphistory: [status(503, {'retry-after': '1'})]}
    })
    const {report, delays} = await check(fake, {retries: '1', timeout: '0.3'}, {timing: 'real'})
    expect(report.status).toBe('healthy')
    // One wait, of exactly what was asked, and really waited: the retry came no sooner (a busy
    // machine can only make it later).
    expect(delays).toEqual([1000])
    const [first, retry] = fake.requests.filter(r => r.route === 'getbackuphistory')
    expect(retry!.at - first!.at).toBeGreaterThanOrEqual(990)
  })
})
