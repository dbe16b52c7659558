import {describe, expect, it} from 'vitest'
import type {DocSpaceClient, PayloadParser} from '../../../src/docspace/client.js'
import {readPortal} from '../../../src/docspace/read-portal.js'
import {NoVerdictError} from '../../../src/core/errors.js'

type Route = string
/** What the stub portal answers per route: a payload, 404, or a NoVerdictError. */
type Stubbed = {payload: unknown} | {status: 404} | {error: NoVerdictError}

const PAYLOADS: Record<Route, Stubbed> = {
  getbackuphistory: {
    payload: [
      {
        id: 'a',
        fileName: 'a.tar.gz',
        storageType: 0,
        createdOn: '2026-03-10T07:00:00',
        expiresOn: '0001-01-01T00:00:00'
      }
    ]
  },
  getbackupschedule: {
    payload: {
      storageType: 0,
      storageParams: {},
      cronParams: {period: 0, hour: 2, day: 0},
      lastBackupTime: '2026-03-10T02:00:00',
      dump: false
    }
  },
  getbackupprogress: {payload: null},
  getbackupscount: {payload: 4},
  getservicestate: {payload: {enabled: true}},
  'service/state': {status: 404}
}

/** A client over `answers` that records each GET as `route?query`. */
function stubClient(overrides: Record<Route, Stubbed> = {}) {
  const answers = {...PAYLOADS, ...overrides}
  const calls: string[] = []
  const answer = (route: string, query: Record<string, string>) => {
    calls.push(`${route}?${new URLSearchParams(query)}`)
    const stubbed = answers[route] ?? {status: 404}
    if ('error' in stubbed) throw stubbed.error
    return stubbed
  }
  const client = {
    async get<T>(route: string, query: Record<string, string>, parse: PayloadParser<T>) {
      const stubbed = answer(route, query)
      if ('status' in stubbed) throw new NoVerdictError('not-found', `404 ${route}`, 404)
      return parse(stubbed.payload)
    },
    async getIfPresent<T>(route: string, parse: PayloadParser<T>) {
      const stubbed = answer(route, {})
      return 'status' in stubbed ? null : parse(stubbed.payload)
    }
  }
  return {client: client as unknown as DocSpaceClient, calls}
}

describe('readPortal', () => {
  it('reads the five routes, with Dump on history, schedule and progress only', async () => {
    const {client, calls} = stubClient()
    const reading = await readPortal(client, true)
    expect(calls).toEqual([
      'getbackuphistory?Dump=true',
      'getbackupschedule?Dump=true',
      'getbackupprogress?Dump=true',
      'getbackupscount?',
      'getservicestate?'
    ])
    expect(reading.facts.history).toHaveLength(1)
    expect([
      reading.facts.backupsCreated,
      reading.facts.serviceEnabled,
      reading.facts.latestJob
    ]).toEqual([4, true, null])
    expect(reading.warnings).toEqual([])
  })

  it('sends Dump=false when dump is off', async () => {
    const {client, calls} = stubClient()
    await readPortal(client, false)
    expect(calls.slice(0, 3).every(call => call.endsWith('?Dump=false'))).toBe(true)
  })

  it('warns count-unavailable when getbackupscount answers 404', async () => {
    const {client} = stubClient({getbackupscount: {status: 404}})
    const reading = await readPortal(client, false)
    expect(reading.warnings).toEqual(['count-unavailable'])
    expect(reading.facts.backupsCreated).toBeNull()
  })

  it('falls back to service/state, then warns service-state-unavailable when both are 404', async () => {
    const fallback = stubClient({
      getservicestate: {status: 404},
      'service/state': {payload: {enabled: false}}
    })
    const found = await readPortal(fallback.client, false)
    expect(found.facts.serviceEnabled).toBe(false)
    expect(fallback.calls).toContain('service/state?')
    expect(found.warnings).toEqual([])

    const {client} = stubClient({getservicestate: {status: 404}})
    const reading = await readPortal(client, false)
    expect(reading.warnings).toEqual(['service-state-unavailable'])
    expect(reading.facts.serviceEnabled).toBeNull()
  })

  it('throws the error of the first failing required route, in the order history, schedule, progress', async () => {
    const progress = new NoVerdictError('forbidden', 'progress failed', 403)
    const schedule = new NoVerdictError('server-error', 'schedule failed', 500)
    const {client} = stubClient({
      getbackupprogress: {error: progress},
      getbackupschedule: {error: schedule}
    })
    await expect(readPortal(client, false)).rejects.toBe(schedule)
  })

  it('fails on a 404 of a required route instead of treating it as missing', async () => {
    const {client} = stubClient({getbackuphistory: {status: 404}})
    await expect(readPortal(client, false)).rejects.toMatchObject({code: 'not-found'})
  })
})
