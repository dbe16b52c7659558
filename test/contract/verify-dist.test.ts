// `verify: true` in the bundled Action on Node 24, as the runner starts it: a third-party
// storage backup through its presigned link as written, https (the test CA through
// NODE_EXTRA_CA_CERTS) or http, a DataStore link on a CDN, and a Documents backup through a
// CONNECT proxy; tokens and signed links never anywhere a person or a later step can see, not
// even lower-cased in a host name.
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {startStorageOrigin, SIGNATURE} from '../../src/fake-docspace/archive/storage-origin.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {randomBytes} from 'node:crypto'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {startProxy} from '../support/proxy-server.js'
import {cleanupRuns, runDist, type DistRun} from '../support/run-dist.js'
import {dataStore, newestName, thirdPartyStorage} from '../support/verify-helpers.js'
import {reportFileText} from './fixtures.js'

closeServersAfterEach()
const certificates = certificatesForThisFile()
afterAll(cleanupRuns)
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

const good = archiveBytes('good')

/** Everything the run shows: log, annotations, outputs, summary. */
function shown(run: DistRun): string {
  const log = run.stdout.replace(/^::add-mask::.*$/gm, '')
  return [log, run.stderr, run.summary, ...Object.values(run.outputs)].join('\n')
}

describe('verify in the bundled Action', () => {
  it('fetches a third-party storage backup over https without the token, never showing the link', async () => {
    const storage = await startStorageOrigin(certificates().portal)
    closers.push(() => storage.close())
    const state = thirdPartyStorage(
      name => storage.presigned(name, {writtenAsHttp: false}),
      new Date()
    )
    storage.objects.set(newestName(state), {bytes: good})
    const fake = await startFake({state})
    const run = await runDist(
      {portal: fake.url, token: TOKEN, verify: 'true'},
      {env: {NODE_EXTRA_CA_CERTS: certificates().caFile}, timeoutMs: 30_000}
    )
    expect(run.outputs).toMatchObject({
      status: 'healthy',
      verified: 'true',
      'verified-files': '3',
      'verified-tables': '48'
    })
    expect(run.code).toBe(0)
    expect(storage.requests).toHaveLength(1)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expect(run.summary).toContain('### Restore check')
    expect(run.summary).toContain(`a presigned link at 127.0.0.1:${new URL(storage.url).port}`)
    expect(run.stdout).toMatch(/Restore check: tar: .* entries, checksums and sizes ok/)
    for (const secret of [
      SIGNATURE,
      SIGNATURE.slice(10, 30),
      'X-Amz-Signature',
      'X-Amz-Credential',
      TOKEN
    ])
      expect(shown(run)).not.toContain(secret)
  })

  it('fetches an http:// link (a storage set to use http) as written, and says so in the log', async () => {
    const storage = await startStorageOrigin()
    closers.push(() => storage.close())
    const state = thirdPartyStorage(name => storage.presigned(name), new Date())
    storage.objects.set(newestName(state), {bytes: good})
    const fake = await startFake({state})
    const run = await runDist({portal: fake.url, token: TOKEN, verify: 'true'}, {timeoutMs: 30_000})
    expect(run.outputs).toMatchObject({status: 'healthy', verified: 'true'})
    expect(run.stdout).toMatch(
      /Restore check: the archive comes from 127\.0\.0\.1:\d+ over plain http, as its link says/
    )
    expect(run.summary).toMatch(/a presigned link at 127\.0\.0\.1:\d+, over plain http/)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expect(shown(run)).not.toContain(SIGNATURE.slice(10, 30))
  })

  it('fetches an absolute DataStore link on another origin over https, without the token', async () => {
    const storage = await startStorageOrigin(certificates().portal)
    closers.push(() => storage.close())
    const state = dataStore(name => storage.presigned(name, {writtenAsHttp: false}), new Date())
    storage.objects.set(newestName(state), {bytes: good})
    const fake = await startFake({state})
    const run = await runDist(
      {portal: fake.url, token: TOKEN, verify: 'true'},
      {env: {NODE_EXTRA_CA_CERTS: certificates().caFile}, timeoutMs: 30_000}
    )
    expect(run.outputs).toMatchObject({status: 'healthy', verified: 'true'})
    expect(storage.requests).toHaveLength(1)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
  })

  it('never shows a mixed-case token that a redirect put in a host name, lower-cased', async () => {
    const token = randomBytes(48).toString('base64url')
    const fake = await startFake({
      token,
      state: healthyPortal(new Date()),
      archive: {bytes: good, redirectTo: bearer => `http://${bearer}.storage.example/archive`}
    })
    const run = await runDist({portal: fake.url, token, verify: 'true'}, {timeoutMs: 30_000})
    expect(run.outputs).toMatchObject({status: 'unhealthy', reasons: '["backup-unreadable"]'})
    // The redirect's host is quoted, with the token (lower-cased by URL parsing) masked: the
    // check below has teeth.
    expect(run.summary).toMatch(/redirected to http:\/\/(\\\*){3}\.storage\.example, not https/)
    const folded = token.toLowerCase()
    const places = [shown(run), reportFileText(run)]
    for (const place of places)
      for (const piece of [folded, folded.slice(0, 16), folded.slice(-16)])
        expect(place).not.toContain(piece)
  })

  it('fails the step for a corrupt archive, saying which check and where', async () => {
    const fake = await startFake({
      state: healthyPortal(new Date()),
      archive: {bytes: archiveBytes('truncated')}
    })
    const run = await runDist({portal: fake.url, token: TOKEN, verify: 'true'}, {timeoutMs: 30_000})
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'unhealthy',
      reasons: '["backup-corrupt"]',
      verified: 'false',
      'verified-sha256': ''
    })
    const annotation = run.commands.find(command => command.name === 'error')
    expect(annotation?.message).toMatch(
      /backup-corrupt: The newest backup's archive is damaged: gzip: .*truncated/
    )
  })

  it("downloads through the CONNECT proxy, as the portal's requests go", async () => {
    const fake = await startFake({
      tls: certificates().portal,
      state: healthyPortal(new Date()),
      archive: {bytes: good}
    })
    const proxy = await startProxy({hosts: {'portal.internal.test': '127.0.0.1'}})
    closers.push(() => proxy.close())
    const env = {HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certificates().caFile}
    const run = await runDist(
      {portal: `https://portal.internal.test:${fake.port}`, token: TOKEN, verify: 'true'},
      {env, timeoutMs: 30_000}
    )
    expect(run.outputs).toMatchObject({status: 'healthy', verified: 'true'})
    const download = fake.requests.find(request => request.path === '/filehandler.ashx')
    expect(download?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    // Every request, the Files API and the download too, went through the tunnel.
    expect(proxy.seen.length).toBeGreaterThanOrEqual(fake.requests.length)
    expect(
      proxy.seen.every(
        seen => seen.method === 'CONNECT' && seen.target === `portal.internal.test:${fake.port}`
      )
    ).toBe(true)
  })
})
