// Answers that arrive but are odd on the wire: headers node:http cannot read, a byte-order mark,
// compressed bodies (and a compression bomb). A portal that answered badly is bad-response,
// asked once; a body that decodes to a good answer is judged as usual.
import {brotliCompressSync, deflateRawSync, deflateSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import type {Fault} from '../../src/fake-docspace/faults.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {MAX_BODY_BYTES} from '../../src/docspace/client.js'
import {check, expectError} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'
import {startRawPortal} from '../support/raw-portal.js'

closeServersAfterEach()

const HISTORY = 'GET /api/2.0/backup/getbackuphistory'
const MiB = 1024 * 1024

/** The healthy portal's history as the server sends it, as bytes. */
function historyBody(): Buffer {
  const {history} = healthyPortal(NOW)
  return Buffer.from(
    JSON.stringify({response: history, count: history.length, status: 0, statusCode: 200})
  )
}

const answer = (body: Buffer, headers: Record<string, string> = {}): Fault => ({
  kind: 'status',
  status: 200,
  body,
  headers
})

describe('headers node:http cannot read', () => {
  const ok = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n'
  it.each([
    [
      'an oversized header',
      `${ok}X-Padding: ${'x'.repeat(96 * 1024)}\r\nContent-Length: 2\r\n\r\n{}`,
      'HPE_HEADER_OVERFLOW'
    ],
    [
      'two different Content-Lengths',
      `${ok}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
      'HPE_'
    ],
    [
      'Content-Length with chunked',
      `${ok}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
      'HPE_'
    ],
    ['a broken chunk', `${ok}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, 'HPE_']
  ])('%s is bad-response, not retried', async (_case, raw, code) => {
    const portal = await startRawPortal(raw)
    const {report, delays} = await check(portal, {retries: '3'})
    expectError(report, 'bad-response', HISTORY, 'is not valid HTTP', code)
    expect(report.error?.message).not.toMatch(/DNS|firewall/)
    expect(delays).toEqual([])
    // Once per route: the three required, the count, and the service state at its first path.
    expect(portal.requests()).toBe(5)
  })
})

describe('bodies', () => {
  it('ignores a UTF-8 byte-order mark before the JSON', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const fake = await startFake({
      faults: {getbackuphistory: [answer(Buffer.concat([bom, historyBody()]))]}
    })
    const {report} = await check(fake)
    expect(report.status).toBe('healthy')
  })

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync]
  ] as const)('decodes Content-Encoding: %s (%o)', async (coding, encode) => {
    const fake = await startFake({
      faults: {getbackuphistory: [answer(encode(historyBody()), {'content-encoding': coding})]}
    })
    const {report} = await check(fake)
    expect(report.status).toBe('healthy')
    expect(report.counts.history).toBe(healthyPortal(NOW).history.length)
  })

  it('asks for gzip, and judges the compressed history as usual', async () => {
    const fake = await startFake()
    const {report} = await check(fake)
    expect(report.status).toBe('healthy')
    const history = fake.requests.find(request => request.route === 'getbackuphistory')
    expect(history?.headers['accept-encoding']).toBe('gzip')
  })

  it('stops a compression bomb at the cap on decoded bytes: bad-response, asked once', async () => {
    // 64 MiB of JSON padding, about 64 KiB once gzipped.
    const bomb = gzipSync(
      Buffer.concat([Buffer.from('{"response":['), Buffer.alloc(64 * MiB, ' ')])
    )
    expect(bomb.length).toBeLessThan(MiB)
    const fake = await startFake({
      faults: {getbackuphistory: [answer(bomb, {'content-encoding': 'gzip'})]}
    })
    const {report, delays} = await check(fake, {retries: '3'})
    expectError(report, 'bad-response', HISTORY, `over ${MAX_BODY_BYTES / MiB} MiB once decoded`)
    expect(fake.count('getbackuphistory')).toBe(1)
    expect(delays).toEqual([])
  })

  it.each([
    ['gzip', historyBody(), 'cannot be decoded as gzip (Z_DATA_ERROR'],
    ['br', historyBody(), 'cannot be decoded as br'],
    ['gzip', gzipSync(historyBody()).subarray(0, 200), 'cannot be decoded as gzip'],
    ['compress', historyBody(), 'is encoded as "compress", which cannot be decoded'],
    ['gzip, br', historyBody(), 'is encoded as "gzip, br"']
  ])('reports bad-response for a body that is not %s', async (coding, body, words) => {
    const fake = await startFake({
      faults: {getbackuphistory: [answer(body, {'content-encoding': coding})]}
    })
    const {report, delays} = await check(fake, {retries: '3'})
    expectError(report, 'bad-response', HISTORY, words)
    expect(fake.count('getbackuphistory')).toBe(1)
    expect(delays).toEqual([])
  })
})
