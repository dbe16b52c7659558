// Answers that are slow, cut off, not JSON, too big, redirected or the wrong shape: each has the
// contract's outcome, is never read as healthy, and gives up each attempt at the timeout.
import {describe, expect, it} from 'vitest'
import type {Fault, RouteName} from '../../src/fake-docspace/faults.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {MAX_BODY_BYTES} from '../../src/docspace/client.js'
import {BASE_DELAY_MS} from '../../src/docspace/retry.js'
import {
  check,
  expectError,
  startRecordingListener,
  startStreamingPortal,
  stillAfter
} from '../support/check-helpers.js'
import {closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'

closeServersAfterEach()

const MiB = 1024 * 1024
const HISTORY = 'GET /api/2.0/backup/getbackuphistory'
const times = (count: number, fault: Fault): Fault[] => Array.from({length: count}, () => fault)

describe('slow and broken connections', () => {
  it('is healthy when every answer comes late but within the timeout', async () => {
    const fake = await startFake({
      latencyMs: 150,
      faults: {getbackuphistory: [{kind: 'delay', ms: 250}]}
    })
    const {report, delays, elapsedMs} = await check(fake, {timeout: '1s'})
    expect(report.status).toBe('healthy')
    expect(fake.count('getbackuphistory')).toBe(1)
    expect(delays).toEqual([])
    // The answer really came late (a lower bound: a busy machine only adds to it).
    expect(elapsedMs).toBeGreaterThanOrEqual(395)
  })

  it.each<{case: string; faults: Fault[]}>([
    {case: 'a late answer', faults: [{kind: 'delay', ms: 2000}]},
    {case: 'a hang', faults: [{kind: 'hang'}]},
    {case: 'a reset', faults: [{kind: 'reset'}]},
    {
      case: 'a reset, a hang and a late answer',
      faults: [{kind: 'reset'}, {kind: 'hang'}, {kind: 'delay', ms: 2000}]
    }
  ])('retries after $case and is healthy once the portal answers', async ({faults}) => {
    const retries = faults.length
    const fake = await startFake({faults: {getbackupschedule: faults}})
    const {report, delays} = await check(fake, {timeout: '0.3', retries: String(retries)})
    expect(report.status).toBe('healthy')
    expect(fake.count('getbackupschedule')).toBe(retries + 1)
    expect(delays).toHaveLength(retries)
  })

  it.each<{case: string; fault: Fault; retries: number; code: string; words: string[]}>([
    {
      case: 'answers later than the timeout',
      fault: {kind: 'delay', ms: 2000},
      retries: 2,
      code: 'timeout',
      words: ['No answer', 'within 0.3 s']
    },
    {
      case: 'hangs',
      fault: {kind: 'hang'},
      retries: 1,
      code: 'timeout',
      words: ['No answer', 'within 0.3 s']
    },
    {
      case: 'hangs, with no retries',
      fault: {kind: 'hang'},
      retries: 0,
      code: 'timeout',
      words: ['within 0.3 s']
    },
    {
      case: 'resets the connection',
      fault: {kind: 'reset'},
      retries: 2,
      code: 'unreachable',
      words: ['Could not reach the portal', 'ECONNRESET']
    },
    {
      case: 'resets the connection, with no retries',
      fault: {kind: 'reset'},
      retries: 0,
      code: 'unreachable',
      words: ['Could not reach', 'ECONNRESET']
    }
  ])(
    'reports $code when the portal $case on every attempt',
    async ({fault, retries, code, words}) => {
      const fake = await startFake({faults: {getbackuphistory: times(retries + 1, fault)}})
      const {report, delays} = await check(fake, {timeout: '0.3', retries: String(retries)})
      expectError(report, code, HISTORY, ...words)
      if (retries > 0) expect(report.error?.message).toContain(stillAfter(retries))
      else expect(report.error?.message).not.toContain('still after')
      expect(fake.count('getbackuphistory')).toBe(retries + 1)
      expect(delays).toHaveLength(retries)
    }
  )

  it('reports unreachable for a port nothing listens on, after the retries', async () => {
    const fake = await startFake()
    const url = fake.url
    await fake.close()
    const {report, delays} = await check({url}, {retries: '2'})
    expectError(report, 'unreachable', 'ECONNREFUSED', HISTORY, 'still after 2 retries')
    // Each of the five routes waited twice.
    expect(delays).toHaveLength(10)
  })
})

describe('answers that are not what was asked', () => {
  it.each<{case: string; route: RouteName; fault: Fault; words: string[]}>([
    {
      case: 'JSON cut off halfway',
      route: 'getbackuphistory',
      fault: {kind: 'truncated'},
      words: ['is not JSON']
    },
    {
      case: 'an HTML login page with 200',
      route: 'getbackuphistory',
      fault: {kind: 'html'},
      words: ['is not JSON (it starts "<!DOCTYPE html>', 'login page']
    },
    {
      case: 'an empty 200',
      route: 'getbackupprogress',
      fault: {kind: 'status', status: 200},
      words: ['is empty']
    },
    {
      case: 'a JSON list, not an envelope',
      route: 'getbackupschedule',
      fault: {kind: 'json', body: [1, 2]},
      words: ['not a DocSpace envelope']
    },
    {
      case: 'an error envelope with 200',
      route: 'getbackuphistory',
      fault: {
        kind: 'json',
        body: {error: {message: 'Tenant is suspended'}, status: 1, statusCode: 500}
      },
      words: ['error envelope', '"Tenant is suspended"']
    },
    {
      case: 'a history that is a string',
      route: 'getbackuphistory',
      fault: {kind: 'json', body: {response: 'no backups', status: 0}},
      words: ['is not a list of backups (got a string)']
    },
    {
      case: 'a record without createdOn',
      route: 'getbackuphistory',
      fault: {kind: 'json', body: {response: [{id: 'x', fileName: 'a.tar.gz', storageType: 0}]}},
      words: ['backup 1 without a valid "createdOn" (missing)']
    },
    {
      case: 'a createdOn that is not a date',
      route: 'getbackuphistory',
      fault: {kind: 'json', body: {response: [{id: 'x', createdOn: 'yesterday'}]}},
      words: ['"createdOn" ("yesterday")']
    },
    {
      case: 'a createdOn of 30 February',
      route: 'getbackuphistory',
      fault: {kind: 'json', body: {response: [{id: 'x', createdOn: '2026-02-30T02:00:00'}]}},
      words: ['"createdOn"']
    },
    {
      case: 'a record that is a number',
      route: 'getbackuphistory',
      fault: {kind: 'json', body: {response: [42]}},
      words: ['backup 1 as a number']
    },
    {
      case: 'a job without isCompleted',
      route: 'getbackupprogress',
      fault: {kind: 'json', body: {response: {progress: 100, error: ''}}},
      words: ['"isCompleted" (missing)']
    },
    {
      case: 'a job whose isCompleted is a string',
      route: 'getbackupprogress',
      fault: {kind: 'json', body: {response: {isCompleted: 'true'}}},
      words: ['"isCompleted" ("true")']
    },
    {
      case: 'a schedule that is a string',
      route: 'getbackupschedule',
      fault: {kind: 'json', body: {response: 'daily'}},
      words: ['the schedule as a string']
    },
    {
      case: 'a schedule without cronParams',
      route: 'getbackupschedule',
      fault: {kind: 'json', body: {response: {storageType: 0}}},
      words: ['"cronParams"']
    },
    {
      case: 'a count that is a string',
      route: 'getbackupscount',
      fault: {kind: 'json', body: {response: 'three'}},
      words: ['not a count of backups']
    },
    {
      case: 'a service state without enabled',
      route: 'getservicestate',
      fault: {kind: 'json', body: {response: {}}},
      words: ['no boolean "enabled"']
    }
  ])('reports bad-response, asking once, for $case', async ({route, fault, words}) => {
    const fake = await startFake({faults: {[route]: [fault]}})
    const {report, delays} = await check(fake, {retries: '3', timeout: '1'})
    expectError(report, 'bad-response', `GET /api/2.0/backup/${route}`, ...words)
    expect(fake.count(route)).toBe(1)
    expect(delays).toEqual([])
  })

  it('reads 20 MiB of non-JSON junk whole and reports bad-response', async () => {
    const junk = 'Lorem ipsum <b>dolor</b> sit amet; '
      .repeat(Math.ceil((20 * MiB) / 35))
      .slice(0, 20 * MiB)
    const fake = await startFake({
      faults: {getbackuphistory: [{kind: 'status', status: 200, body: junk}]}
    })
    const {report} = await check(fake)
    expectError(report, 'bad-response', HISTORY, 'is not JSON (it starts "Lorem ipsum')
    expect(fake.count('getbackuphistory')).toBe(1)
  })

  it('reads a valid 20 MiB history whole: the cap is not reached', async () => {
    const fake = await startFake({faults: {getbackuphistory: [{kind: 'huge', bytes: 20 * MiB}]}})
    const {report} = await check(fake)
    // The padding records are all dated 2026-01-01, over two months before NOW.
    expect(report.status).toBe('unhealthy')
    expect(report.reasons).toEqual(['stale'])
    expect(report.counts.history).toBeGreaterThan(100_000)
  })

  it('stops reading a chunked answer as soon as it passes the cap, and never retries it', async () => {
    const portal = await startStreamingPortal(256 * MiB)
    const {report} = await check(portal, {retries: '3'})
    expectError(report, 'bad-response', HISTORY, 'too large', `over ${MAX_BODY_BYTES / MiB} MiB`)
    const written = await portal.written()
    expect(written.clientClosed).toBe(true)
    // The socket took the cap and what the loopback buffers hold, not the 256 MiB on offer.
    expect(written.bytes).toBeGreaterThan(MAX_BODY_BYTES)
    expect(written.bytes).toBeLessThan(MAX_BODY_BYTES + 16 * MiB)
  })

  it('refuses an answer whose Content-Length is over the cap before reading its body', async () => {
    const portal = await startStreamingPortal(MAX_BODY_BYTES + 1, true)
    const {report} = await check(portal)
    expectError(report, 'bad-response', HISTORY, 'too large')
    const written = await portal.written()
    expect(written.clientClosed).toBe(true)
    expect(written.bytes).toBeLessThan(16 * MiB)
  })

  it('reports bad-response for the fake portal streaming past the cap', async () => {
    const fake = await startFake({
      faults: {getbackupprogress: [{kind: 'huge', bytes: MAX_BODY_BYTES + MiB}]}
    })
    const {report} = await check(fake)
    expectError(report, 'bad-response', 'GET /api/2.0/backup/getbackupprogress', 'too large')
    expect(fake.count('getbackupprogress')).toBe(1)
  })
})

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'reports redirected for a %i and never follows it',
    async code => {
      const elsewhere = await startRecordingListener()
      const location = `${elsewhere.url}/api/2.0/backup/getbackuphistory`
      const fake = await startFake({
        faults: {getbackuphistory: [{kind: 'redirect', status: code, location}]}
      })
      const {report, delays} = await check(fake, {retries: '3'})
      expectError(
        report,
        'redirected',
        `answered ${code}`,
        HISTORY,
        `"${location}"`,
        'never followed'
      )
      expect(elsewhere.requests).toEqual([])
      expect(fake.count('getbackuphistory')).toBe(1)
      expect(delays).toEqual([])
    }
  )

  it('names a Location that carries the token without the token', async () => {
    const elsewhere = await startRecordingListener()
    const location = `${elsewhere.url}/login?token=${TOKEN}&next=/`
    const fake = await startFake({faults: {getbackupschedule: [{kind: 'redirect', location}]}})
    const {report} = await check(fake)
    expectError(report, 'redirected', `"${elsewhere.url}/login?token=***&next=/"`)
    expect(JSON.stringify(report)).not.toContain(TOKEN)
    expect(elsewhere.requests).toEqual([])
  })
})

describe('attempts on a real clock', () => {
  it.each<{case: string; fault: Fault; retries: number; code: string}>([
    {case: 'hangs', fault: {kind: 'hang'}, retries: 2, code: 'timeout'},
    {case: 'answers too late', fault: {kind: 'delay', ms: 5000}, retries: 1, code: 'timeout'},
    {case: 'resets', fault: {kind: 'reset'}, retries: 1, code: 'unreachable'}
  ])(
    'gives each attempt the timeout and waits no more than the backoff when the portal $case',
    async ({fault, retries, code}) => {
      const fake = await startFake({
        state: healthyPortal(new Date()),
        faults: {getbackuphistory: times(retries + 1, fault)}
      })
      const {report, delays} = await check(
        fake,
        {timeout: '0.3', retries: String(retries)},
        {timing: 'real'}
      )
      expectError(report, code)
      expect(fake.count('getbackuphistory')).toBe(retries + 1)
      // Full jitter: the nth wait is at most 1 s doubled n - 1 times.
      expect(delays).toHaveLength(retries)
      delays.forEach((delay, n) => expect(delay).toBeLessThanOrEqual(BASE_DELAY_MS * 2 ** n))
      // An attempt that got no answer was given its timeout before the next one (lower bounds:
      // a busy machine only adds to them). The arrivals are stamped by the server's clock when
      // it reads the request, the timeout and the wait run on the client's timers: 50 ms of
      // slack for the two, still far above what an attempt cut short would leave.
      const arrivals = fake.requests.filter(r => r.route === 'getbackuphistory').map(r => r.at)
      if (fault.kind !== 'reset')
        for (let n = 1; n < arrivals.length; n++)
          expect(arrivals[n]! - arrivals[n - 1]!).toBeGreaterThanOrEqual(250 + delays[n - 1]!)
    }
  )
})
