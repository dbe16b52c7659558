// The ping obeys the proxy rules, as the portal's requests do: an https ping URL goes through
// the runner's HTTPS_PROXY (a CONNECT tunnel to a name only the proxy knows), no_proxy sends it
// straight, and a proxy that refuses is ping-failed naming the proxy, never the URL.
import {randomUUID} from 'node:crypto'
import type {LookupFunction} from 'node:net'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {inputsFor, recordingTiming} from '../support/check-helpers.js'
import {closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {startPingServer, type PingServer} from '../support/ping-server.js'
import {startProxy, type TestProxy} from '../support/proxy-server.js'
import {cleanupRuns, runDist} from '../support/run-dist.js'

closeServersAfterEach()

const closers: (() => Promise<void>)[] = []
const certificates = certificatesForThisFile()
afterAll(cleanupRuns)
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

/** An https ping service that only the proxy can name (`portal.internal.test`). */
async function internalPingServer(): Promise<PingServer> {
  const server = await startPingServer([], certificates().portal)
  closers.push(() => server.close())
  return server
}

async function proxy(options: Parameters<typeof startProxy>[0] = {}): Promise<TestProxy> {
  const started = await startProxy({hosts: {'portal.internal.test': '127.0.0.1'}, ...options})
  closers.push(() => started.close())
  return started
}

/** Resolves nothing: without the proxy, the ping service's name leads nowhere. */
const noSuchHost: LookupFunction = (hostname, _options, callback) => {
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {code: 'ENOTFOUND'})
  callback(error, '', 4)
}

describe('the ping and the proxy rules', () => {
  it('goes through HTTPS_PROXY in a CONNECT tunnel, with the proxy credentials, in the Action on Node 24', async () => {
    const [fake, server, tunnel] = await Promise.all([
      // The Action runs on the real clock.
      startFake({state: healthyPortal(new Date())}),
      internalPingServer(),
      proxy({credentials: 'builder:pr0xy-Pa55'})
    ])
    const secret = randomUUID()
    const pingUrl = `https://portal.internal.test:${server.port}/ping/${secret}`
    const proxyUrl = `http://builder:pr0xy-Pa55@127.0.0.1:${tunnel.port}`
    const run = await runDist(
      {portal: fake.url, token: TOKEN, 'ping-url': pingUrl},
      {env: {HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: certificates().caFile}}
    )

    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.warnings!)).toEqual([])
    expect(tunnel.seen).toEqual([
      {
        method: 'CONNECT',
        target: `portal.internal.test:${server.port}`,
        proxyAuthorization: `Basic ${Buffer.from('builder:pr0xy-Pa55').toString('base64')}`
      }
    ])
    expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual([`POST /ping/${secret}`])
    expect(
      run.stdout
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain(secret)
  })

  it('is ping-failed naming the proxy (never the URL) when the proxy refuses the tunnel', async () => {
    const [fake, tunnel] = await Promise.all([startFake(), proxy({refuseWith: 403})])
    const secret = randomUUID()
    const inputs = inputsFor(
      fake,
      {'ping-url': `https://portal.internal.test:9/ping/${secret}`},
      {HTTPS_PROXY: tunnel.url}
    )
    const report = await runCheck(inputs, {
      log: () => {},
      timing: recordingTiming().timing,
      lookup: noSuchHost
    })

    expect(report.status).toBe('healthy')
    expect(report.warnings).toContain('ping-failed')
    // A refused CONNECT will be refused again: not retried.
    expect(tunnel.seen).toHaveLength(1)
    expect(report.heartbeat?.problem).toBe(`the proxy ${tunnel.url} answered 403`)
    expect(JSON.stringify(report)).not.toContain(secret)
    expect(JSON.stringify(report)).not.toContain('portal.internal.test')
  })

  it('goes straight to a host that no_proxy names: the proxy sees nothing', async () => {
    const [fake, tunnel] = await Promise.all([startFake(), proxy()])
    const inputs = inputsFor(
      fake,
      {'ping-url': `https://portal.internal.test:9/ping/${randomUUID()}`},
      {HTTPS_PROXY: tunnel.url, NO_PROXY: '.internal.test'}
    )
    const report = await runCheck(inputs, {
      log: () => {},
      timing: recordingTiming().timing,
      lookup: noSuchHost
    })

    expect(tunnel.seen).toEqual([])
    expect(report.heartbeat).toMatchObject({
      delivered: false,
      attempts: 3,
      problem: 'ENOTFOUND, after 3 attempts'
    })
  })
})
