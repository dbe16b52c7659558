// ONLYOFFICE's own OpenAPI description of DocSpace (test/contract/openapi/) judges the fake
// portal and the check: (a) every answer of the fake, on every route and in every scenario,
// validates against the description (ajv, JSON Schema 2020-12), or is one of the departures
// docs/DOCSPACE-API.md names and explains; (b) answers built from the description's published
// examples give a verdict, never `bad-response`.
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {describe, expect, it} from 'vitest'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import * as scenarios from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {check} from '../support/check-helpers.js'
import {
  closeAfterTest,
  closeServersAfterEach,
  NOW,
  startFake,
  TOKEN
} from '../support/fake-portal.js'
import {answerSchema, DESCRIPTION, exampleOf, problems, resolve} from '../support/openapi.js'

closeServersAfterEach()

const BACKUP = '/api/2.0/backup'
const GET_ROUTES = [
  'getbackuphistory?Dump=false',
  'getbackuphistory?Dump=true',
  'getbackupschedule?Dump=false',
  'getbackupprogress?Dump=false',
  'getbackupscount',
  'getservicestate'
]
const ERROR_SCHEMA = {$ref: '#/components/schemas/ErrorApiResponse'}

/** Every named portal state of scenarios.ts, a large history kept small. */
// Every named state: the scenarios' `…Portal(now)` builders and a short large history (the
// module's other exports, such as `completedJob`, build parts of a state).
const BUILDERS = Object.entries(scenarios).filter(
  ([name]) => name.endsWith('Portal') || name === 'largeHistory'
)
const STATES: [string, PortalState][] = BUILDERS.map(([name, build]) => [
  name,
  name === 'largeHistory'
    ? scenarios.largeHistory(NOW, 50)
    : (build as (now: Date) => PortalState)(NOW)
])

interface Answer {
  what: string
  status: number
  body: string
}

async function ask(
  fake: FakeDocSpace,
  route: string,
  init: {method?: string; body?: string; token?: string} = {}
): Promise<Answer> {
  const response = await fetch(`${fake.url}${route}`, {
    method: init.method ?? 'GET',
    headers: {authorization: `Bearer ${init.token ?? TOKEN}`, 'content-type': 'application/json'},
    ...(init.body === undefined ? {} : {body: init.body})
  })
  return {
    what: `${init.method ?? 'GET'} ${route}`,
    status: response.status,
    body: await response.text()
  }
}

/**
 * What the description says of an answer: `[]` when it validates against the schema documented
 * for its status (an error status without one: DocSpace's ErrorApiResponse). An empty body is
 * judged by the departures of docs/DOCSPACE-API.md: 401 from the authentication challenge, and
 * 404 for a route the portal does not have.
 */
function judged(answer: Answer): string[] {
  const path = new URL(answer.what.split(' ')[1] as string, 'http://portal').pathname
  const method = answer.what.split(' ')[0] as string
  if (answer.body === '') {
    const allowed = answer.status === 401 || answer.status === 404 || answer.status === 405
    return allowed ? [] : [`${answer.what}: ${answer.status} with an empty body`]
  }
  const schema =
    answerSchema(path, method, answer.status) ?? (answer.status >= 400 ? ERROR_SCHEMA : undefined)
  if (!schema) return [`${answer.what}: ${answer.status} is not in the description`]
  return problems(schema, JSON.parse(answer.body)).map(problem => `${answer.what}: ${problem}`)
}

describe("(a) the fake portal's answers, judged by the description", () => {
  it.each(STATES)('every GET route of %s validates', async (_name, state) => {
    const fake = await startFake({state})
    const answers = await Promise.all(GET_ROUTES.map(route => ask(fake, `${BACKUP}/${route}`)))
    expect(answers.map(answer => answer.status).filter(status => status !== 404)).not.toEqual([])
    expect(answers.flatMap(judged)).toEqual([])
  })

  it.each([
    ['completes', 'complete'],
    ['fails', 'fail'],
    ['is cancelled', 'cancel']
  ] as const)('startbackup and every poll of a job that %s validate', async (_what, outcome) => {
    const fake = await startFake({startBackup: {outcome, pollsToComplete: 2}})
    // The description's own example of a BackupDto.
    const body = JSON.stringify(exampleOf(resolve({$ref: '#/components/schemas/BackupDto'})))
    const answers = [await ask(fake, `${BACKUP}/startbackup`, {method: 'POST', body})]
    for (let poll = 0; poll < 3; poll++)
      answers.push(await ask(fake, `${BACKUP}/getbackupprogress`))
    expect(answers.map(answer => answer.status)).toEqual([200, 200, 200, 200])
    expect(answers.flatMap(judged)).toEqual([])
    expect(JSON.parse(answers.at(-1)!.body).response.isCompleted).toBe(true)
  })

  it.each<[string, FakeOptions, string, {method?: string; body?: string; token?: string}]>([
    ['401: another token', {}, 'getbackuphistory', {token: 'sk-other'}],
    ['403: not an admin', {role: 'user'}, 'getbackupschedule', {}],
    ['400: a Dump that does not bind', {}, 'getbackupprogress?Dump=yes', {}],
    [
      '400: a folder of the wrong type',
      {},
      'startbackup',
      {
        method: 'POST',
        body: '{"storageType": 0, "storageParams": [{"key": "folderId", "value": "x"}]}'
      }
    ],
    [
      '402: the free backups used up',
      {startBackup: {outcome: 'quota'}},
      'startbackup',
      {method: 'POST', body: '{"storageParams": [{"key": "folderId", "value": "1234"}]}'}
    ],
    ['404: an old portal', {state: scenarios.oldPortal(NOW)}, 'getservicestate', {}]
  ])('the error answer %s validates', async (_what, options, route, init) => {
    const fake = await startFake(options)
    const answer = await ask(fake, `${BACKUP}/${route}`, init)
    expect(answer.status).toBe(Number(_what.slice(0, 3)))
    expect(judged(answer)).toEqual([])
  })

  it("the check's own startbackup body is a BackupDto", async () => {
    const fake = await startFake({now: new Date()})
    await check(fake, {'start-backup': 'true'}, {timing: 'advancing'})
    const post = fake.requests.find(request => request.route === 'startbackup')
    const dto = {$ref: '#/components/schemas/BackupDto'}
    expect(problems(dto, JSON.parse(post?.body ?? 'null'))).toEqual([])
    expect(problems(dto, {storageType: 'Documents'})).not.toEqual([])
  })

  it("the Files API's folder listing validates, with the archive and without", async () => {
    const fake = await startFake({archive: {bytes: archiveBytes('good')}})
    const listing = await ask(fake, '/api/2.0/files/1234?filterValue=myportal')
    const missing = await ask(fake, '/api/2.0/files/999')
    expect([listing.status, missing.status]).toEqual([200, 404])
    expect(JSON.parse(listing.body).response.files.length).toBeGreaterThan(0)
    expect([...judged(listing), ...judged(missing)]).toEqual([])
  })

  it('is a judge that can fail: a name where the description publishes a number', () => {
    const state = scenarios.healthyPortal(NOW)
    const schedule = {...state.schedule, storageType: 'Documents'}
    const answer = {
      what: `GET ${BACKUP}/getbackupschedule`,
      status: 200,
      body: JSON.stringify({response: schedule})
    }
    expect(judged(answer)).toContain(
      `GET ${BACKUP}/getbackupschedule: /response/storageType must be integer`
    )
  })
})

/** A portal answering every route with the envelope of the description's own examples. */
async function examplePortal(): Promise<{url: string}> {
  const answers = new Map<string, string>()
  for (const [path, operations] of Object.entries(DESCRIPTION.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const schema = operation.responses['200']?.content?.['application/json']?.schema ?? {}
      const wrapper = resolve(schema)
      const properties = wrapper.properties as Record<string, Record<string, unknown>>
      // getbackupscount publishes no example of its number.
      const payload = exampleOf(properties.response ?? {}) ?? 0
      const count = Array.isArray(payload) ? payload.length : 1
      const url = path.replace('{folderId}', '1234')
      const envelope = {
        response: payload,
        count,
        links: [{href: url, action: method.toUpperCase()}],
        status: 0,
        statusCode: 200
      }
      expect(problems(schema, envelope), url).toEqual([])
      answers.set(`${method.toUpperCase()} ${url}`, JSON.stringify(envelope))
    }
  }
  const server = createServer((req, res) => {
    const body = answers.get(`${req.method} ${new URL(req.url ?? '/', 'http://portal').pathname}`)
    res.writeHead(body ? 200 : 404, {'content-type': 'application/json; charset=utf-8'})
    res.end(body ?? '')
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return closeAfterTest({url, close: () => new Promise<void>(done => server.close(() => done()))})
}

describe("(b) the check, on answers built from the description's examples", () => {
  it('reaches a verdict on every route at once, and says what it read', async () => {
    const {report} = await check(await examplePortal())
    expect(report.status).not.toBe('error')
    expect(report.error).toBeUndefined()
    // The example backup (2026-03-01) is 9 days old at NOW; its job is still at 50 %.
    expect(report.reasons).toEqual(['stale'])
    expect(report.warnings).toContain('backup-running')
    expect(report.latest?.id).toBe('11111111-1111-1111-1111-111111111111')
    expect(report.scheduleSummary?.words).toMatch(/^Every day at 02:00/)
    expect(report.serviceEnabled).toBe(true)
  })

  it('reaches a verdict with the restore check too: the example folder does not hold the archive', async () => {
    const {report} = await check(await examplePortal(), {verify: 'true'})
    expect(report.status).toBe('unhealthy')
    expect(report.reasons).toContain('backup-unreadable')
    expect(report.verification?.message).toContain('myportal_2026-03-01_02-15-00.tar.gz')
  })

  it('reaches a verdict with start-backup: the example job (at 50 %) is waited for', async () => {
    const portal = await examplePortal()
    const inputs = {'start-backup': 'true', 'wait-timeout': '10'}
    const {report, delays} = await check(portal, inputs, {timing: 'advancing'})
    expect(report.status).toBe('unhealthy')
    expect(report.reasons).toContain('started-backup-timeout')
    expect(report.startedBackup?.id).toBe('11111111-1111-1111-1111-111111111111')
    expect(delays.reduce((sum, ms) => sum + ms, 0)).toBe(10_000)
  })
})
