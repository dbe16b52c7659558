// A download cut mid-archive picks up where it stopped: `Range` from the byte it reached, with
// `If-Range` and the validator the storage gave, so the gzip, tar and SHA-256 state carry on
// across the seam. And an endless HTML answer ends as soon as the check knows, not at the
// deadline. Real servers: the fake portal's filehandler and a storage origin standing for S3.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import type {ServedArchive} from '../../src/fake-docspace/archive/archive-routes.js'
import {startStorageOrigin} from '../../src/fake-docspace/archive/storage-origin.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {closeAfterTest, closeServersAfterEach} from '../support/fake-portal.js'
import {newestName, thirdPartyStorage, verifyWith} from '../support/verify-helpers.js'

closeServersAfterEach()

// About a megabyte, mostly incompressible: the cuts fall inside the deflate data and inside
// stored files' contents.
const archive = archiveBytes('good', {files: 20, fileSize: 50_000, content: 'random'})
const sha256 = createHash('sha256').update(archive).digest('hex')
const third = Math.floor(archive.length / 3)

function downloadsOf(requests: {path: string; headers: Record<string, string>}[]) {
  return requests
    .filter(request => request.path === '/filehandler.ashx')
    .map(request => ({range: request.headers.range, ifRange: request.headers['if-range']}))
}

describe('a cut download resumes with Range', () => {
  it.each([
    ['an ETag', 'etag', '"a1b2c3d4e5f6-archive"'],
    ['only Last-Modified', 'last-modified', 'Mon, 01 Jun 2026 02:00:07 GMT']
  ] as const)(
    'from the byte it reached, by %s, and verifies the archive whole',
    async (_what, validators, ifRange) => {
      const served: ServedArchive = {bytes: archive, cutsAt: [third, 2 * third], validators}
      const {v, outputs, fake} = await verifyWith(served)
      expect(v).toMatchObject({outcome: 'verified', bytes: archive.length, sha256})
      expect(outputs.verified).toBe('true')
      // A reset drops what the socket held unread: each resume asks from the byte it reached.
      const [first, ...resumes] = downloadsOf(fake.requests)
      expect(first).toEqual({range: undefined, ifRange: undefined})
      expect(resumes.map(resume => resume.ifRange)).toEqual([ifRange, ifRange])
      const [from1, from2] = resumes.map(resume => Number(/^bytes=(\d+)-$/.exec(resume.range!)![1]))
      expect(from1).toBeGreaterThan(0)
      expect(from1).toBeLessThanOrEqual(third)
      expect(from2).toBeGreaterThan(third)
      expect(from2).toBeLessThanOrEqual(2 * third)
    }
  )

  it('from a signed link on another origin (S3), without the token', async () => {
    const storage = closeAfterTest(await startStorageOrigin())
    const state = thirdPartyStorage(name => storage.presigned(name))
    storage.objects.set(newestName(state), {bytes: archive, cutsAt: [third]})
    const {v} = await verifyWith(undefined, state)
    expect(v).toMatchObject({outcome: 'verified', sha256})
    expect(storage.requests.map(request => request.headers.range)).toEqual([
      undefined,
      expect.stringMatching(/^bytes=\d+-$/)
    ])
    expect(storage.requests.every(request => request.headers.authorization === undefined)).toBe(
      true
    )
  })

  it('at most `retries` times, then backup-unreadable', async () => {
    const cutsAt = [1, 2, 3].map(part => Math.floor((part * archive.length) / 4))
    const {v, report} = await verifyWith({bytes: archive, cutsAt}, undefined, {retries: '2'})
    expect(report.reasons).toEqual(['backup-unreadable'])
    expect(v.message).toMatch(
      /was cut after \d+ bytes, before the end \(resumed 2 times, retries used up\)/
    )
  })

  it('never when the archive changed meanwhile (If-Range fails: 200 with a whole archive)', async () => {
    let served = 0
    const changing: ServedArchive = {
      bytes: archive,
      cutsAt: [third],
      get etag() {
        return `"version-${served++ === 0 ? 1 : 2}"`
      }
    }
    const {v, report} = await verifyWith(changing)
    expect(report.reasons).toEqual(['backup-unreadable'])
    expect(v.message).toMatch(
      /was cut after (\d+) bytes, before the end; asked to resume from byte \1, 127\.0\.0\.1:\d+ answered HTTP 200 with the whole archive/
    )
  })

  it('never with a transport encoding (its bytes are made afresh on each request)', async () => {
    const served: ServedArchive = {bytes: archive, transportEncoding: 'gzip', cutsAt: [1000]}
    const {v} = await verifyWith(served)
    expect(v.outcome).toBe('unreadable')
    expect(v.message).toMatch(/\(a transport-encoded download cannot be resumed\)/)
  })
})

describe('a download the check has already judged', () => {
  it('an endless HTML page is backup-unreadable at once, not verify-unavailable at the deadline', async () => {
    const page = Buffer.from('<!DOCTYPE html><html><body>Sign in to continue</body></html>\n')
    // The default verify-timeout (30 minutes): the test would time out long before it.
    const {v, report} = await verifyWith({bytes: page, endless: true})
    expect(report.reasons).toEqual(['backup-unreadable'])
    expect(v).toMatchObject({outcome: 'unreadable', check: 'transport'})
    expect(v.message).toMatch(/not an archive: the body is an HTML page/)
  })

  it('an endless run of zeros stops at the first blocks too', async () => {
    const {v} = await verifyWith({bytes: Buffer.alloc(64 * 1024), endless: true})
    expect(v.outcome).toBe('unreadable')
    expect(v.message).toMatch(/not an archive: it starts with bytes 00 00 00 00/)
  })
})
