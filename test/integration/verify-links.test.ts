// The download links as the server writes them: a third-party storage's signed link used as
// given (plain http for a storage set to use it, said in the log), an absolute DataStore link
// fetched with the token only on the portal's origin, a TLS mismatch said in words, and a
// transport encoding decoded. Real servers on 127.0.0.1: the fake portal and a storage origin.
// (An https link to a trusted storage needs NODE_EXTRA_CA_CERTS at start-up: verify-dist.test.ts.)
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {STORAGE_AUTH} from '../../src/fake-docspace/archive/archive-routes.js'
import {startStorageOrigin, SIGNATURE} from '../../src/fake-docspace/archive/storage-origin.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {check, everythingShown} from '../support/check-helpers.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {closeAfterTest, closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {dataStore, newestName, thirdPartyStorage, verifyWith} from '../support/verify-helpers.js'

closeServersAfterEach()
const certificates = certificatesForThisFile()

const good = archiveBytes('good')

describe('a third-party storage link, as written', () => {
  it('http:// (a storage set to use http) is fetched over http, without the token, and the log says so', async () => {
    const storage = closeAfterTest(await startStorageOrigin())
    const state = thirdPartyStorage(name => storage.presigned(name))
    storage.objects.set(newestName(state), {bytes: good})
    const {v, logs, report} = await verifyWith(undefined, state)
    expect(v).toMatchObject({outcome: 'verified', storageType: 5})
    expect(v.source).toMatch(/^a presigned link at 127\.0\.0\.1:\d+, over plain http$/)
    expect(storage.requests).toHaveLength(1)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expect(logs).toEqual([
      expect.stringMatching(
        /^Restore check: the archive comes from 127\.0\.0\.1:\d+ over plain http, as its link says/
      )
    ])
    expect(everythingShown(report)).not.toContain(SIGNATURE.slice(8, 24))
  })

  it('https:// to a storage that speaks only http says so in words, as verify-unavailable', async () => {
    const storage = closeAfterTest(await startStorageOrigin())
    const state = thirdPartyStorage(name => storage.presigned(name).replace(/^http:/, 'https:'))
    storage.objects.set(newestName(state), {bytes: good})
    const {v, report} = await verifyWith(undefined, state, {retries: '2'})
    expect(report.warnings).toContain('verify-unavailable')
    expect(v.message).toMatch(
      /did not answer in TLS: the link says https, but the server on that port speaks plain http/
    )
    expect(v.message).not.toMatch(/deps\/openssl|wrong version number/)
  })

  it('https:// to a certificate no one here trusts says how to trust a private CA', async () => {
    const storage = closeAfterTest(await startStorageOrigin(certificates().portal))
    const state = thirdPartyStorage(name => storage.presigned(name, {writtenAsHttp: false}))
    storage.objects.set(newestName(state), {bytes: good})
    const {v, report} = await verifyWith(undefined, state)
    expect(report.warnings).toContain('verify-unavailable')
    expect(v.message).toMatch(
      /the certificate of 127\.0\.0\.1:\d+ is not trusted .*NODE_EXTRA_CA_CERTS/
    )
    expect(storage.requests).toHaveLength(0)
  })
})

describe('an absolute DataStore link', () => {
  it("on the portal's own origin: fetched with the token", async () => {
    const fake = await startFake({archive: {bytes: good}, state: dataStore()})
    fake.state = dataStore(
      name => `${fake.url}/storage/backup/root/${name}?expire=1440&auth=${STORAGE_AUTH}`
    )
    const {report} = await check(fake, {verify: 'true'})
    expect(report.verification).toMatchObject({outcome: 'verified', storageType: 4})
    expect(report.verification?.source).toMatch(/^the portal's storage at 127\.0\.0\.1:\d+$/)
    const download = fake.requests.find(request => request.path.startsWith('/storage/'))
    expect(download?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('on another origin (a CDN): fetched without the token', async () => {
    const storage = closeAfterTest(await startStorageOrigin())
    const state = dataStore(name => storage.presigned(name))
    storage.objects.set(newestName(state), {bytes: good})
    const {v, fake} = await verifyWith(undefined, state)
    expect(v).toMatchObject({outcome: 'verified', storageType: 4})
    expect(v.source).toMatch(/^the DataStore link's host 127\.0\.0\.1:\d+$/)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expect(fake.requests.some(request => request.path.startsWith('/storage/'))).toBe(false)
  })
})

describe('a transport encoding on the archive', () => {
  it('gzip on a .tar.gz is decoded, named in the source, and the archive itself is hashed', async () => {
    const {v, fake} = await verifyWith({bytes: good, transportEncoding: 'gzip'})
    expect(v).toMatchObject({outcome: 'verified', format: 'tar.gz', bytes: good.length})
    expect(v.sha256).toBe(createHash('sha256').update(good).digest('hex'))
    expect(v.source).toMatch(/\(sent with Content-Encoding gzip\)$/)
    const download = fake.requests.find(request => request.path === '/filehandler.ashx')
    expect(download?.headers['accept-encoding']).toBe('identity')
    expect(download?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })
})
