// What runCheck sends to the portal and how it reads the portal's refusals, over real HTTP.
import {describe, expect, it} from 'vitest'
import type {Fault, RouteName} from '../../src/fake-docspace/faults.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {check, expectError} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake, TOKEN} from '../support/fake-portal.js'

closeServersAfterEach()

const DUMP_ROUTES = ['getbackuphistory', 'getbackupschedule', 'getbackupprogress']
const OTHER_ROUTES = ['getbackupscount', 'getservicestate']
const endpoint = (route: string): string => `GET /api/2.0/backup/${route}`

describe('the requests sent', () => {
  it.each([
    {dump: 'true', sent: 'true'},
    {dump: 'TRUE', sent: 'true'},
    {dump: 'false', sent: 'false'},
    {dump: '', sent: 'false'}
  ])(
    'sends Dump=$sent for dump $dump on history, schedule and progress only',
    async ({dump, sent}) => {
      const state = healthyPortal(NOW)
      // The fake serves dumpHistory for Dump=true: a different count proves the flag was read.
      const fake = await startFake({state: {...state, dumpHistory: state.history.slice(0, 2)}})
      const {report} = await check(fake, {dump})
      expect(report.status).toBe('healthy')
      expect(report.counts.history).toBe(sent === 'true' ? 2 : 7)
      for (const route of DUMP_ROUTES) {
        const request = fake.requests.find(r => r.route === route)
        expect(request?.query, route).toEqual({dump: sent})
      }
      for (const route of OTHER_ROUTES) {
        const request = fake.requests.find(r => r.route === route)
        expect(request?.query, route).toEqual({})
      }
    }
  )

  it.each([
    {input: TOKEN, shape: 'the bare token'},
    {input: `Bearer ${TOKEN}`, shape: 'a token with a leading Bearer'},
    {input: `  bearer   ${TOKEN}  `, shape: 'a spaced, lower-case bearer token'}
  ])('sends exactly "Authorization: Bearer <token>" for $shape', async ({input}) => {
    const fake = await startFake()
    const {report} = await check(fake, {token: input})
    expect(report.status).toBe('healthy')
    expect(fake.requests).toHaveLength(5)
    for (const request of fake.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(request.method).toBe('GET')
    }
  })

  it.each(['/docspace', '/docspace/', '/a/b', '/sk-tenant0001'])(
    'reads a portal served under the path prefix %s',
    async prefix => {
      const fake = await startFake()
      const {report} = await check(fake, {portal: `${fake.url}${prefix}`})
      expect(report.status).toBe('healthy')
      expect(report.portal).toBe(`${fake.url}${prefix.replace(/\/$/, '')}`)
      expect(fake.requests).toHaveLength(5)
      for (const request of fake.requests) {
        expect(request.prefix).toBe(prefix.replace(/\/$/, ''))
        expect(request.path).toMatch(/^\/api\/2\.0\/backup\/get/)
      }
    }
  )

  it("asks the five routes at once: none waits for another one's answer", async () => {
    // The fake answers nothing until all five have arrived: requests sent one after another
    // would wait for the first answer, time out, and never be healthy.
    let allArrived!: () => void
    const together = new Promise<void>(resolve => (allArrived = resolve))
    const fake = await startFake({
      onRequest: async () => {
        if (fake.requests.length === 5) allArrived()
        await together
      }
    })
    const {report} = await check(fake, {retries: '0'})
    expect(report.status).toBe('healthy')
    expect(fake.requests).toHaveLength(5)
  })
})

describe('refusals from the portal', () => {
  it('reads a 401 with an empty body as unauthorized, without retrying', async () => {
    const fake = await startFake({token: `sk-${'b'.repeat(64)}`})
    const {report, delays} = await check(fake)
    expectError(report, 'unauthorized', '401 Unauthorized', endpoint('getbackuphistory'), 'Bearer')
    expect(report.error?.message).not.toContain('still after')
    expect(fake.count('getbackuphistory')).toBe(1)
    expect(delays).toEqual([])
  })

  it('reads the 403 envelope a non-admin gets as forbidden, quoting "Access denied"', async () => {
    const fake = await startFake({role: 'user'})
    const {report} = await check(fake)
    expectError(
      report,
      'forbidden',
      '403 Forbidden',
      '"Access denied"',
      'portal owner or a DocSpace admin'
    )
    expect(fake.count('getbackuphistory')).toBe(1)
  })

  const status = (code: number): Fault => ({kind: 'status', status: code})
  it.each<{case: string; faults: Partial<Record<RouteName, Fault[]>>; code: string; route: string}>(
    [
      {
        case: 'schedule 500 and progress 401',
        faults: {getbackupschedule: [status(500)], getbackupprogress: [status(401)]},
        code: 'server-error',
        route: 'getbackupschedule'
      },
      {
        case: 'history 403, schedule 500 and progress 404',
        faults: {
          getbackuphistory: [status(403)],
          getbackupschedule: [status(500)],
          getbackupprogress: [status(404)]
        },
        code: 'forbidden',
        route: 'getbackuphistory'
      },
      {
        case: 'a schedule that hangs and a progress that fails at once',
        faults: {getbackupschedule: [{kind: 'hang'}], getbackupprogress: [status(401)]},
        code: 'timeout',
        route: 'getbackupschedule'
      },
      {
        case: 'progress 400 and count 500',
        faults: {getbackupprogress: [status(400)], getbackupscount: [status(500)]},
        code: 'bad-request',
        route: 'getbackupprogress'
      },
      {
        case: 'count 500 alone, an optional route that exists but fails',
        faults: {getbackupscount: [status(500)]},
        code: 'server-error',
        route: 'getbackupscount'
      }
    ]
  )('reports the first failure in route order for $case', async ({faults, code, route}) => {
    const fake = await startFake({faults})
    const {report} = await check(fake, {retries: '0', timeout: '0.3'})
    expectError(report, code, endpoint(route))
  })
})
