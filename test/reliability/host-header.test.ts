// The Host header of every kind of https request that goes through a CONNECT proxy: the portal's
// API calls, the archive's download (from the portal, and from storage behind a presigned link
// that signs the host, as S3's do), and the ping. The proxy leads names on port 443 to TLS
// servers on 127.0.0.1, which record what came in; the bundled Action and CLI run on Node 24. A
// virtual host, and a signature over `host`, need the URL's own authority: the name alone on
// 443, `name:port` otherwise.
import {randomUUID} from 'node:crypto'
import {afterAll, describe, expect, it} from 'vitest'
import {startStorageOrigin} from '../../src/fake-docspace/archive/storage-origin.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {closeAfterTest, closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {startPingServer} from '../support/ping-server.js'
import {startProxy, type TestProxy} from '../support/proxy-server.js'
import {runCli} from '../support/run-cli.js'
import {cleanupRuns, runDist} from '../support/run-dist.js'

closeServersAfterEach()
const certificates = certificatesForThisFile()
afterAll(cleanupRuns)

const good = archiveBytes('good')

async function proxyFor(hosts: Record<string, string>): Promise<TestProxy> {
  return closeAfterTest(await startProxy({hosts}))
}

/** The bundled Action through `proxy`, trusting the test CA. */
function runThrough(proxy: TestProxy, inputs: Record<string, string>) {
  return runDist(
    {token: TOKEN, ...inputs},
    {
      env: {HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certificates().caFile},
      timeoutMs: 30_000
    }
  )
}

function thirdPartyStorage(state: PortalState, link: (name: string) => string): PortalState {
  const newest = [...state.history].sort((a, b) => b.createdOn.localeCompare(a.createdOn))[0]
  return {
    ...state,
    history: state.history.map(record => ({...record, storageType: 5})),
    schedule: state.schedule && {...state.schedule, storageType: 5, storageParams: {}},
    progress: state.progress && {...state.progress, link: link(newest!.fileName)}
  }
}

describe('through a CONNECT proxy, the Host header is the URL’s own authority', () => {
  it('on port 443: the name alone, for the portal’s API calls, its download and the ping', async () => {
    const [fake, ping] = await Promise.all([
      startFake({
        tls: certificates().portal,
        state: healthyPortal(new Date()),
        archive: {bytes: good}
      }),
      startPingServer([], certificates().services).then(closeAfterTest)
    ])
    const proxy = await proxyFor({
      'portal.internal.test': `127.0.0.1:${fake.port}`,
      'ping.internal.test': `127.0.0.1:${ping.port}`
    })
    const secret = randomUUID()
    const run = await runThrough(proxy, {
      portal: 'https://portal.internal.test',
      verify: 'true',
      'ping-url': `https://ping.internal.test/ping/${secret}`
    })

    expect(run.outputs).toMatchObject({status: 'healthy', verified: 'true', warnings: '[]'})
    const download = fake.requests.find(request => request.path === '/filehandler.ashx')
    expect(download).toBeDefined()
    expect(fake.requests.length).toBeGreaterThan(5)
    expect(new Set(fake.requests.map(request => request.headers.host))).toEqual(
      new Set(['portal.internal.test'])
    )
    expect(ping.requests.map(request => request.headers.host)).toEqual(['ping.internal.test'])
    expect(new Set(proxy.seen.map(seen => seen.target))).toEqual(
      new Set(['portal.internal.test:443', 'ping.internal.test:443'])
    )
  })

  it('a presigned link on port 443 is fetched with the host it was signed for, and verified', async () => {
    const storage = closeAfterTest(
      await startStorageOrigin(certificates().services, {host: 'storage.internal.test'})
    )
    // As the worker writes it for a store on https, on the scheme's default port: the link names
    // no port, so the Host header must not either.
    const state = thirdPartyStorage(healthyPortal(new Date()), name => {
      storage.objects.set(name, {bytes: good})
      return storage.presigned(name, {writtenAsHttp: false})
    })
    const fake = await startFake({tls: certificates().portal, state})
    const proxy = await proxyFor({
      'portal.internal.test': `127.0.0.1:${fake.port}`,
      'storage.internal.test': `127.0.0.1:${new URL(storage.url).port}`
    })
    const run = await runThrough(proxy, {portal: 'https://portal.internal.test', verify: 'true'})

    expect(storage.requests.map(request => request.headers.host)).toEqual(['storage.internal.test'])
    expect(storage.requests[0]?.headers.authorization).toBeUndefined()
    expect(run.outputs).toMatchObject({status: 'healthy', verified: 'true'})
    expect(proxy.seen.map(seen => seen.target)).toContain('storage.internal.test:443')
  })

  it('on another port: name:port, in the Action and in the CLI', async () => {
    const fake = await startFake({tls: certificates().portal, state: healthyPortal(new Date())})
    const proxy = await proxyFor({'portal.internal.test': '127.0.0.1'})
    const portal = `https://portal.internal.test:${fake.port}`
    const action = await runThrough(proxy, {portal})
    const cli = await runCli(['--portal', portal, '--format', 'json'], {
      DOCSPACE_TOKEN: TOKEN,
      HTTPS_PROXY: proxy.url,
      NODE_EXTRA_CA_CERTS: certificates().caFile
    })

    expect(action.outputs.status).toBe('healthy')
    expect(cli.code).toBe(0)
    expect(new Set(fake.requests.map(request => request.headers.host))).toEqual(
      new Set([`portal.internal.test:${fake.port}`])
    )
  })
})
