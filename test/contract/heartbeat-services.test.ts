// The hosted heartbeat services' own URLs, with `ping-provider: auto`, in the bundled Action on
// Node 24: a CONNECT proxy leads hc-ping.com, cronitor.link, cronitor.io, betteruptime.com and
// uptime.betterstack.com (port 443) to a recording ping server on 127.0.0.1 that holds a test
// certificate for them. An unhealthy run must reach each service as a failure, in the form that
// service reads as one, with the service's own name as the Host.
import {afterAll, describe, expect, it} from 'vitest'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {certificatesForThisFile, SERVICE_NAMES} from '../support/certificates.js'
import {closeAfterTest, closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {startPingServer, type PingServer} from '../support/ping-server.js'
import {startProxy, type TestProxy} from '../support/proxy-server.js'
import {cleanupRuns, runDist} from '../support/run-dist.js'

closeServersAfterEach()
const certificates = certificatesForThisFile()
afterAll(cleanupRuns)

const UUID = '5d1c2b3a-8e7f-4a6b-9c0d-1e2f3a4b5c6d'
const PING_KEY = 'fqocqjcsvqbq7ajbsxadxn'
const FAILURE = /^DocSpace backups unhealthy: 127\.0\.0\.1:\d+ \(stale, last-backup-failed\)$/

/** A URL as the service shows it, and the failure it must receive: `METHOD path`, query. */
const SERVICES: [string, string, string, Record<string, RegExp | string>][] = [
  ['healthchecks.io', `https://hc-ping.com/${UUID}`, `POST /${UUID}/1`, {}],
  [
    'healthchecks.io by slug',
    `https://hc-ping.com/${PING_KEY}/docspace-backups`,
    `POST /${PING_KEY}/docspace-backups/1`,
    {}
  ],
  [
    'Cronitor telemetry',
    'https://cronitor.link/p/apikey/docspace',
    'GET /p/apikey/docspace',
    {state: 'fail', message: FAILURE}
  ],
  [
    'Cronitor telemetry on cronitor.io',
    'https://cronitor.io/p/apikey/docspace',
    'GET /p/apikey/docspace',
    {state: 'fail', message: FAILURE}
  ],
  ['Cronitor legacy', 'https://cronitor.link/d3x0c1', 'GET /d3x0c1/fail', {msg: FAILURE}],
  [
    'Better Uptime',
    'https://betteruptime.com/api/v1/heartbeat/Ab12cD34eF56gH78iJ90kL12',
    'POST /api/v1/heartbeat/Ab12cD34eF56gH78iJ90kL12/1',
    {}
  ],
  [
    'Better Stack',
    'https://uptime.betterstack.com/api/v1/heartbeat/Ab12cD34eF56gH78iJ90kL12',
    'POST /api/v1/heartbeat/Ab12cD34eF56gH78iJ90kL12/1',
    {}
  ]
]

async function serviceBehindProxy(): Promise<{ping: PingServer; proxy: TestProxy}> {
  const ping = closeAfterTest(await startPingServer([], certificates().services))
  const hosts = Object.fromEntries(SERVICE_NAMES.map(name => [name, `127.0.0.1:${ping.port}`]))
  const proxy = closeAfterTest(await startProxy({hosts}))
  return {ping, proxy}
}

describe('an unhealthy run reaches each hosted service as a failure (auto)', () => {
  it.each(SERVICES)('%s: %s', async (_name, pingUrl, sent, query) => {
    const [fake, {ping, proxy}] = await Promise.all([
      startFake({state: unhealthyPortal(new Date())}),
      serviceBehindProxy()
    ])
    const run = await runDist(
      {portal: fake.url, token: TOKEN, 'ping-url': pingUrl},
      {env: {HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certificates().caFile}}
    )

    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.warnings!)).toEqual([])
    expect(ping.requests).toHaveLength(1)
    const [request] = ping.requests
    const url = new URL(request!.url, 'https://service')
    expect(`${request?.method} ${url.pathname}`).toBe(sent)
    expect([...url.searchParams.keys()].sort()).toEqual(Object.keys(query).sort())
    for (const [name, value] of Object.entries(query)) {
      if (typeof value === 'string') expect(url.searchParams.get(name)).toBe(value)
      else expect(url.searchParams.get(name)).toMatch(value)
    }
    expect(request?.headers.host).toBe(new URL(pingUrl).host)
    expect(proxy.seen.map(seen => seen.target)).toEqual([`${new URL(pingUrl).host}:443`])
  })
})
