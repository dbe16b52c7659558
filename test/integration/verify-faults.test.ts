// Whose fault: docs/CONTRACT.md's table of what locating and fetching the archive can meet, one
// test per row, against the fake portal and storage. The backup's fault is backup-unreadable
// (unhealthy); the check's is verify-unavailable (a warning, the verdict untouched).
import {describe, expect, it} from 'vitest'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {startStorageOrigin} from '../../src/fake-docspace/archive/storage-origin.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import type {Report} from '../../src/report/shape.js'
import {check} from '../support/check-helpers.js'
import {closeAfterTest, closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'
import {asType, dataStore, thirdPartyStorage, verifyWith} from '../support/verify-helpers.js'

closeServersAfterEach()

const good = archiveBytes('good')

function expectUnavailable(report: Report, message: RegExp): void {
  expect(report.status).toBe('healthy')
  expect(report.reasons).toEqual([])
  expect(report.warnings).toContain('verify-unavailable')
  expect(report.verification).toMatchObject({outcome: 'unavailable', check: null})
  expect(report.verification?.message).toMatch(message)
}

function expectUnreadable(report: Report, message: RegExp): void {
  expect(report.status).toBe('unhealthy')
  expect(report.reasons).toEqual(['backup-unreadable'])
  expect(report.verification).toMatchObject({outcome: 'unreadable', check: 'transport'})
  expect(report.verification?.message).toMatch(message)
}

describe('locating: the check cannot say where the archive is (verify-unavailable)', () => {
  it('the storage cannot be fetched by design, or the job and its link are not this backup', async () => {
    const local = await verifyWith(undefined, asType(healthyPortal(NOW), 3))
    expectUnavailable(local.report, /Local backup is on the server's disk/)
    const state = dataStore()
    const other = {...state, progress: state.progress && {...state.progress, taskId: 'other'}}
    expectUnavailable((await verifyWith({bytes: good}, other)).report, /latest backup job's link/)
    const manual = {...healthyPortal(NOW), schedule: null}
    const none = await verifyWith({bytes: good}, manual, {'require-schedule': 'false'})
    expectUnavailable(none.report, /set verify-folder/)
  })

  it.each([
    ['a link that is not a URL', thirdPartyStorage(() => 'http://[::1'), /is not a URL/],
    ['a link that is not http(s)', thirdPartyStorage(() => 'ftp://127.0.0.1/x'), /not http\(s\)/],
    [
      'a DataStore link to another origin over plain http',
      dataStore(name => `http://cdn.example.test/backup/${name}?auth=x`),
      /leads to http:\/\/cdn\.example\.test: another origin than the portal's is fetched only over https/
    ],
    [
      "the schedule's folderId is a path, not an id",
      asType(healthyPortal(NOW), 0, '..'),
      /the schedule's folderId "\.\." is not a folder id/
    ],
    [
      "the schedule's folderId is a dot",
      asType(healthyPortal(NOW), 0, '.'),
      /the schedule's folderId "\." is not a folder id/
    ]
  ])('%s, and no request is made with the token', async (_what, state, message) => {
    const {report, fake} = await verifyWith({bytes: good}, state)
    expectUnavailable(report, message)
    expect(fake.requests.filter(request => !request.route)).toEqual([])
  })

  it('a file id from the Files API that is not an id never goes into a URL', async () => {
    const {report, fake} = await verifyWith({bytes: good, fileId: '../../api/2.0/people'})
    expectUnavailable(report, /gave the archive the id "\.\.\/\.\.\/api.*", which is not a file id/)
    expect(fake.requests.some(request => request.path === '/filehandler.ashx')).toBe(false)
  })

  it.each([
    ['401', {kind: 'status', status: 401, body: {error: {message: 'Unauthorized'}}}, /401/],
    ['403', {kind: 'status', status: 403, body: {error: {message: 'Access denied'}}}, /403/],
    ['a 503 still after the retries', {kind: 'status', status: 503}, /503/],
    ['an answer that is not a folder', {kind: 'json', body: {response: {files: 'none'}}}, /shape/],
    ['a login page', {kind: 'html'}, /not JSON|HTML/i]
  ] as const)('the Files API answers %s', async (_what, fault, message) => {
    const faults = {files: [fault, fault]}
    const {report} = await verifyWith({bytes: good}, healthyPortal(NOW), {retries: '1'}, {faults})
    expectUnavailable(report, /the Files API could not say where the archive is/)
    expect(report.verification?.message).toMatch(message)
  })

  it('a Files API that never answers ends at verify-timeout, once, not after its retries', async () => {
    const fake = await startFake({archive: {bytes: good}, faults: {files: [{kind: 'hang'}]}})
    const texts = {verify: 'true', 'verify-timeout': '1', timeout: '10m', retries: '2'}
    const {report} = await check(fake, texts)
    expectUnavailable(
      report,
      /verify-timeout \(1 s\) passed while the portal was asked where the archive is/
    )
    // One listing, given up at the deadline: neither waited out (10 minutes) nor retried.
    expect(
      fake.requests.filter(request => request.path.startsWith('/api/2.0/files/'))
    ).toHaveLength(1)
  })
})

describe('locating: the portal says the archive is not there (backup-unreadable)', () => {
  it('the folder is gone (404)', async () => {
    const {report} = await verifyWith({bytes: good, folderId: '999'})
    expectUnreadable(report, /folder 1234 is not on the portal \(the Files API answered 404\)/)
  })

  it('the folder has no file titled exactly as the record', async () => {
    const {report} = await verifyWith({bytes: good, title: 'other.tar.gz'})
    expectUnreadable(report, /no file titled ".*" in folder 1234/)
  })
})

describe('fetching: the storage says nothing about the archive (verify-unavailable)', () => {
  it('nothing answers at the storage, still after the retries', async () => {
    const storage = closeAfterTest(await startStorageOrigin())
    const link = storage.presigned('archive.tar.gz')
    await storage.close()
    const {report} = await verifyWith(
      undefined,
      thirdPartyStorage(() => link),
      {retries: '1'}
    )
    expectUnavailable(
      report,
      /nothing answers at 127\.0\.0\.1:\d+ \(connection refused\) \(ECONNREFUSED\)/
    )
  })

  it.each([
    [401, /answered HTTP 401: the key may not read this file/],
    [403, /answered HTTP 403: the key may not read this file/],
    [503, /answered HTTP 503/],
    [429, /answered HTTP 429/]
  ])('HTTP %i (a 503 or 429 still after the retries)', async (status, message) => {
    const {report, fake} = await verifyWith({bytes: good, status}, healthyPortal(NOW), {
      retries: '1'
    })
    expectUnavailable(report, message)
    const tries = fake.requests.filter(request => request.path === '/filehandler.ashx').length
    expect(tries).toBe(status >= 429 ? 2 : 1)
  })

  it('a transport encoding the check cannot decode is named', async () => {
    const {report} = await verifyWith({bytes: good, transportEncoding: 'zstd'})
    expectUnavailable(report, /Content-Encoding "zstd", which the check cannot decode/)
  })
})

describe('fetching: the storage cannot give the archive whole (backup-unreadable)', () => {
  it.each([
    [404, /HTTP 404: the archive is gone/],
    [410, /HTTP 410: the archive is gone/],
    [400, /HTTP 400$/]
  ])('HTTP %i', async (status, message) => {
    expectUnreadable((await verifyWith({bytes: good, status})).report, message)
  })

  it('a redirect to plain http on another host, or to no URL', async () => {
    const http = await verifyWith({bytes: good, redirectTo: 'http://storage.example.test/x'})
    expectUnreadable(http.report, /redirected to http:\/\/storage\.example\.test, not https/)
    const broken = await verifyWith({bytes: good, redirectTo: 'https://[::1'})
    expectUnreadable(broken.report, /redirected to an address that is not a URL/)
  })

  it('a transport encoding whose bytes do not decode', async () => {
    // Announced as deflate, sent as the archive itself.
    const {report} = await verifyWith({bytes: good, transportEncoding: 'deflate'})
    expectUnreadable(
      report,
      /sent the archive with Content-Encoding deflate, which does not decode/
    )
  })
})

describe('verify-timeout, whatever the step', () => {
  it('is verify-unavailable while downloading too', async () => {
    const stalled = {bytes: good, stallAfter: 1000}
    const texts = {'verify-timeout': '1', timeout: '10m'}
    const {report} = await verifyWith(stalled, healthyPortal(NOW), texts)
    expectUnavailable(report, /verify-timeout \(1 s\) passed before the check ended/)
  })
})
