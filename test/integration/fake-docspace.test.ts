import {describe, expect, it, vi} from 'vitest'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import type {Fault} from '../../src/fake-docspace/faults.js'
import {
  emptyPortal,
  largeHistory,
  oldPortal,
  unhealthyPortal
} from '../../src/fake-docspace/scenarios.js'
import {makeRecord, NEVER, wireDate} from '../../src/fake-docspace/wire.js'
import {closeServersAfterEach, startFake} from '../support/fake-portal.js'

const TOKEN = `sk-${'a'.repeat(64)}`
const BACKUP = '/api/2.0/backup'
const NOW = new Date('2026-03-10T12:00:00Z')

closeServersAfterEach()
const start = (options: FakeOptions = {}): Promise<FakeDocSpace> =>
  startFake({now: NOW, ...options})

interface Answer {
  status: number
  type: string | null
  text: string
  json: () => Record<string, unknown>
}

async function call(fake: FakeDocSpace, path: string, init: RequestInit = {}): Promise<Answer> {
  const headers = {authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>)}
  const res = await fetch(`${fake.url}${path}`, {redirect: 'manual', ...init, headers})
  const text = await res.text()
  const json = (): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>
  return {status: res.status, type: res.headers.get('content-type'), text, json}
}

function startBackup(fake: FakeDocSpace, body: object): Promise<Answer> {
  const init = {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {'content-type': 'application/json'}
  }
  return call(fake, `${BACKUP}/startbackup`, init)
}

describe('wire helpers', () => {
  it('writes UTC dates without Z by default, like MySQL DocSpace', () => {
    const date = new Date('2026-03-01T02:15:00.123Z')
    expect(wireDate(date)).toBe('2026-03-01T02:15:00')
    expect(wireDate(date, {z: true, fraction: true})).toBe('2026-03-01T02:15:00.1230000Z')
  })

  it('makes records that expire only in temporary storage', () => {
    const createdOn = new Date('2026-03-01T02:15:00Z')
    expect(makeRecord({createdOn, alias: 'acme', id: 'x'})).toEqual({
      id: 'x',
      fileName: 'acme_2026-03-01_02-15-00.tar.gz',
      storageType: 0,
      createdOn: '2026-03-01T02:15:00',
      expiresOn: NEVER
    })
    expect(makeRecord({createdOn, storageType: 4}).expiresOn).toBe('2026-03-02T02:15:00')
  })
})

describe('fake DocSpace envelopes', () => {
  it('wraps the history in the success envelope with the full request URL', async () => {
    const fake = await start()
    const answer = await call(fake, `${BACKUP}/getbackuphistory?Dump=false`)
    expect(answer.status).toBe(200)
    expect(answer.type).toBe('application/json; charset=utf-8')
    const body = answer.json()
    expect(Object.keys(body)).toEqual(['response', 'count', 'links', 'status', 'statusCode'])
    expect(body).toMatchObject({count: 7, status: 0, statusCode: 200})
    expect(body.links).toEqual([
      {href: `${fake.url}${BACKUP}/getbackuphistory?Dump=false`, action: 'GET'}
    ])
    expect((body.response as unknown[]).length).toBe(7)
  })

  it('omits response and counts 0 when there is no schedule nor job', async () => {
    const fake = await start({state: emptyPortal(NOW)})
    for (const route of ['getbackupschedule', 'getbackupprogress']) {
      const body = (await call(fake, `${BACKUP}/${route}`)).json()
      expect(body).not.toHaveProperty('response')
      expect(body).toMatchObject({count: 0, status: 0, statusCode: 200})
    }
    expect((await call(fake, `${BACKUP}/getbackuphistory`)).json()).toMatchObject({
      response: [],
      count: 0
    })
  })

  it('counts 1 for a number or an object', async () => {
    const fake = await start()
    expect((await call(fake, `${BACKUP}/getbackupscount`)).json()).toMatchObject({
      response: 3,
      count: 1
    })
    const state = (await call(fake, `${BACKUP}/getservicestate`)).json()
    expect(state).toMatchObject({response: {enabled: false}, count: 1})
  })

  it('serves the unhealthy demo: failed job and a 3-day-old newest backup', async () => {
    const fake = await start({state: unhealthyPortal(NOW)})
    const progress = (await call(fake, `${BACKUP}/getbackupprogress`)).json().response
    expect(progress).toMatchObject({isCompleted: true, error: 'Access to the path is denied.'})
    const history = (await call(fake, `${BACKUP}/getbackuphistory`)).json().response as {
      createdOn: string
    }[]
    const newest = history
      .map(record => record.createdOn)
      .sort()
      .at(-1)
    expect(newest).toBe(wireDate(new Date(NOW.getTime() - 72 * 3600_000)))
  })
})

describe('fake DocSpace auth and permissions', () => {
  it('answers 401 with an empty body without a token or with a raw sk- key', async () => {
    const fake = await start()
    const missing = await fetch(`${fake.url}${BACKUP}/getbackuphistory`)
    expect(missing.status).toBe(401)
    expect(await missing.text()).toBe('')
    const raw = await call(fake, `${BACKUP}/getbackuphistory`, {headers: {authorization: TOKEN}})
    expect(raw).toMatchObject({status: 401, text: ''})
    const wrong = await call(fake, `${BACKUP}/getbackuphistory`, {
      headers: {authorization: `Bearer ${TOKEN}x`}
    })
    expect(wrong.status).toBe(401)
  })

  it('accepts a raw key when told to', async () => {
    const fake = await start({acceptRawKey: true})
    const raw = await call(fake, `${BACKUP}/getbackuphistory`, {headers: {authorization: TOKEN}})
    expect(raw.status).toBe(200)
  })

  it('answers 403 Access denied in the error envelope for a plain user', async () => {
    const fake = await start({role: 'user'})
    const answer = await call(fake, `${BACKUP}/getbackupschedule`)
    expect(answer.status).toBe(403)
    expect(answer.json()).toMatchObject({
      error: {
        message: 'Access denied',
        type: 'ASC.Common.Security.Authorizing.AuthorizingException'
      },
      status: 1,
      statusCode: 403
    })
  })
})

describe('fake DocSpace routing', () => {
  it('records Dump case-insensitively and serves the dump history for Dump=true', async () => {
    const fake = await start()
    const body = (await call(fake, `${BACKUP}/getbackuphistory?Dump=True`)).json()
    expect(body).toMatchObject({response: [], count: 0})
    expect(fake.requests[0]).toMatchObject({
      method: 'GET',
      route: 'getbackuphistory',
      query: {dump: 'True'}
    })
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('answers 400 for a Dump value that does not bind', async () => {
    const fake = await start()
    const answer = await call(fake, `${BACKUP}/getbackupprogress?dump=yes`)
    expect(answer.status).toBe(400)
    expect(answer.json()).toMatchObject({status: 1, statusCode: 400})
  })

  it('serves a portal under a path prefix and records the prefix', async () => {
    const fake = await start()
    const answer = await call(fake, `/docspace${BACKUP}/getbackupschedule`)
    expect(answer.json()).toMatchObject({count: 1, response: {cronParams: {period: 0, hour: 2}}})
    expect(fake.requests[0]).toMatchObject({
      prefix: '/docspace',
      path: `${BACKUP}/getbackupschedule`
    })
  })

  it('answers 404 with no body for optional routes of an old portal, service/state and others', async () => {
    const fake = await start({state: oldPortal(NOW)})
    for (const path of ['getbackupscount', 'getservicestate', 'service/state', 'nosuchroute']) {
      expect(await call(fake, `${BACKUP}/${path}`)).toMatchObject({status: 404, text: ''})
    }
    expect((await call(fake, '/api/2.0/people/@self')).status).toBe(404)
    expect(fake.count('service/state')).toBe(1)
  })
})

describe('fake DocSpace faults', () => {
  it('takes one fault per request from the queue, then answers normally', async () => {
    const fake = await start({
      faults: {getbackuphistory: [{kind: 'status', status: 503, body: 'busy'}]}
    })
    expect(await call(fake, `${BACKUP}/getbackuphistory`)).toMatchObject({
      status: 503,
      text: 'busy'
    })
    expect((await call(fake, `${BACKUP}/getbackuphistory`)).status).toBe(200)
    expect(fake.count('getbackuphistory')).toBe(2)
  })

  it('breaks bodies: truncated, HTML, wrong shape, echoed token', async () => {
    const fake = await start({
      faults: {
        getbackuphistory: [
          {kind: 'truncated'},
          {kind: 'html'},
          {kind: 'json', body: {response: 'x'}}
        ],
        getbackupschedule: [{kind: 'echo-auth', status: 500}]
      }
    })
    const path = `${BACKUP}/getbackuphistory`
    const truncated = await call(fake, path)
    expect(() => truncated.json()).toThrow()
    expect((await call(fake, path)).type).toBe('text/html; charset=utf-8')
    expect((await call(fake, path)).json()).toEqual({response: 'x'})
    const echoed = await call(fake, `${BACKUP}/getbackupschedule`)
    expect(echoed.status).toBe(500)
    expect(echoed.text).toContain(TOKEN)
  })

  it('redirects, resets, and streams a huge body', async () => {
    const fake = await start({
      faults: {
        getbackuphistory: [
          {kind: 'redirect', location: 'https://login.example.com/'},
          {kind: 'reset'},
          {kind: 'huge', bytes: 1_000_000}
        ]
      }
    })
    const path = `${BACKUP}/getbackuphistory`
    const redirect = await fetch(`${fake.url}${path}`, {redirect: 'manual'})
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toBe('https://login.example.com/')
    await expect(call(fake, path)).rejects.toThrow()
    const huge = await call(fake, path)
    expect(huge.text.length).toBeGreaterThanOrEqual(1_000_000)
    expect(huge.json()).toMatchObject({status: 0})
  })

  it('sends status faults with JSON bodies and headers, and delays answers', async () => {
    const limited: Fault = {
      kind: 'status',
      status: 429,
      body: {retry: true},
      headers: {'retry-after': '2'}
    }
    const fake = await start({
      latencyMs: 20,
      faults: {getbackupscount: [limited, {kind: 'delay', ms: 50}]}
    })
    const path = `${BACKUP}/getbackupscount`
    const res = await fetch(`${fake.url}${path}`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('2')
    expect(await res.json()).toEqual({retry: true})
    const startedAt = Date.now()
    expect((await call(fake, path)).status).toBe(200)
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(60)
  })

  it('closes while a request hangs, ending it', async () => {
    let arrived!: () => void
    const hanging = new Promise<void>(resolve => (arrived = resolve))
    const fake = await start({
      faults: {getbackupprogress: [{kind: 'hang'}]},
      onRequest: () => arrived()
    })
    const pending = call(fake, `${BACKUP}/getbackupprogress`).catch((error: unknown) => error)
    await hanging
    // A close that waited for the hung request would never resolve.
    await fake.close()
    expect(await pending).toBeInstanceOf(Error)
  })
})

describe('fake DocSpace startbackup', () => {
  const documents = {storageType: 0, storageParams: [{key: 'folderId', value: '1234'}], dump: false}

  it('runs a started backup to completion and adds its record', async () => {
    const fake = await start()
    const started = (await startBackup(fake, documents)).json()
    const job = started.response as {taskId: string}
    expect(started).toMatchObject({
      count: 1,
      response: {isCompleted: false, progress: 0, status: 0}
    })
    expect(JSON.parse(fake.requests[0]?.body ?? '')).toEqual(documents)
    const polls = []
    for (let i = 0; i < 3; i++)
      polls.push((await call(fake, `${BACKUP}/getbackupprogress`)).json().response)
    expect(polls.map(poll => (poll as {progress: number}).progress)).toEqual([30, 60, 100])
    expect(polls[2]).toMatchObject({isCompleted: true, error: '', status: 2, taskId: job.taskId})
    const history = (await call(fake, `${BACKUP}/getbackuphistory`)).json()
    expect(history.count).toBe(8)
    expect(history.response).toContainEqual(
      expect.objectContaining({id: job.taskId, storageType: 0})
    )
  })

  it('fails the job without a record when told to', async () => {
    const fake = await start({startBackup: {outcome: 'fail', pollsToComplete: 1}})
    await startBackup(fake, {storageType: 'DataStore'})
    const progress = (await call(fake, `${BACKUP}/getbackupprogress`)).json().response
    expect(progress).toMatchObject({isCompleted: true, error: 'Storage is not available'})
    expect(fake.state.history).toHaveLength(7)
  })

  it('answers 402 over the free-backup quota', async () => {
    const fake = await start({startBackup: {outcome: 'quota'}})
    const answer = await startBackup(fake, documents)
    expect(answer.status).toBe(402)
    expect(answer.json()).toMatchObject({
      error: {message: 'The number of free backups should not exceed 0 within a month'},
      statusCode: 402
    })
  })

  it('answers 400 for storageParams sent as an object instead of [{key, value}]', async () => {
    const fake = await start()
    const answer = await startBackup(fake, {storageType: 0, storageParams: {folderId: '1234'}})
    expect(answer.status).toBe(400)
  })
})

describe('fake DocSpace with a large history', () => {
  // Its bytes are real (17 MB twice): given time on a loaded machine, bounded by nothing else.
  it('builds and serves 100,000 records, serializing them once', {timeout: 60_000}, async () => {
    const state = largeHistory(NOW, 100_000)
    const fake = await start({state})
    const first = await call(fake, `${BACKUP}/getbackuphistory`)
    const stringify = vi.spyOn(JSON, 'stringify')
    const second = await call(fake, `${BACKUP}/getbackuphistory`)
    expect(stringify.mock.calls.filter(([value]) => value === state.history)).toHaveLength(0)
    stringify.mockRestore()
    expect(second.text).toBe(first.text)
    expect(first.json().count).toBe(100_000)
  })
})
