// `verify: true` in the bundled Action on Node 24, as the runner starts it: a third-party
// storage backup through its presigned link over https (the test CA through
// NODE_EXTRA_CA_CERTS), and a Documents backup through a CONNECT proxy; tokens and signed links
// never anywhere a person or a later step can see.
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {startStorageOrigin, SIGNATURE} from '../../src/fake-docspace/archive/storage-origin.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {startProxy} from '../support/proxy-server.js'
import {cleanupRuns, runDist, type DistRun} from '../support/run-dist.js'

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

function thirdPartyStorage(link: string): PortalState {
  const state = healthyPortal(new Date())
  return {
    ...state,
    history: state.history.map(record => ({...record, storageType: 5})),
    schedule: state.schedule && {...state.schedule, storageType: 5, storageParams: {}},
    progress: state.progress && {...state.progress, link}
  }
}

describe('verify in the bundled Action', () => {
  it('fetches a third-party storage backup over https without the token, never showing the link', async () => {
    const storage = await startStorageOrigin(certificates().portal)
    closers.push(() => storage.close())
    const state = thirdPartyStorage('')
    const newest = [...state.history].sort((a, b) => b.createdOn.localeCompare(a.createdOn))[0]
    storage.objects.set(newest.fileName, {bytes: good})
    // As the worker writes it: http://, which the Action upgrades to https (same port).
    state.progress = state.progress && {
      ...state.progress,
      link: storage.presigned(newest.fileName, {writtenAsHttp: true})
    }
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
