// The heartbeat against a ping server on 127.0.0.1 that records every request: each provider's
// forms for a healthy, an unhealthy and an error run, and a ping server that fails or hangs.
// The check itself runs in process against the fake DocSpace, on a recorded clock.
import {afterEach, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check.js'
import {stalePortal} from '../../src/fake-docspace/scenarios.js'
import {renderText} from '../../src/render/text.js'
import {everythingShown, inputsFor, recordingTiming} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'
import {startPingServer, type PingBehaviour, type PingServer} from '../support/ping-server.js'

closeServersAfterEach()
const pingServers: PingServer[] = []
afterEach(async () => {
  await Promise.all(pingServers.splice(0).map(server => server.close()))
})

const UUID = '9c1d7e2a-4b3f-4a5e-8d6c-1f2e3a4b5c6d'
type Run = 'healthy' | 'unhealthy' | 'error'

async function pingServer(behaviour: PingBehaviour = []): Promise<PingServer> {
  const server = await startPingServer(behaviour)
  pingServers.push(server)
  return server
}

/** A check of a healthy, stale or token-refusing fake portal, pinging `pingUrl`. */
async function checkAndPing(run: Run, pingUrl: string, provider = 'auto', pingTimeoutMs = 2000) {
  const fake = await startFake({
    ...(run === 'unhealthy' ? {state: stalePortal(NOW)} : {}),
    ...(run === 'error' ? {token: `sk-${'b'.repeat(64)}`} : {})
  })
  const inputs = inputsFor(fake, {'ping-url': pingUrl, 'ping-provider': provider, retries: '0'})
  const {timing, delays} = recordingTiming()
  const report = await runCheck(inputs, {log: () => {}, timing, pingTimeoutMs})
  return {report, delays}
}

describe.each<Run>(['healthy', 'unhealthy', 'error'])('a %s run', run => {
  const ok = run === 'healthy'

  it('pings healthchecks: POST the URL or <url>/fail, with the report as text', async () => {
    const server = await pingServer()
    const {report} = await checkAndPing(run, `${server.origin}/ping/${UUID}`)
    expect(report.status).toBe(run)
    expect(server.requests).toHaveLength(1)
    const [ping] = server.requests
    expect(ping?.method).toBe('POST')
    expect(ping?.url).toBe(ok ? `/ping/${UUID}` : `/ping/${UUID}/fail`)
    expect(ping?.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(ping?.body.toString('utf8')).toBe(renderText(report))
    expect(report.heartbeat).toEqual({
      provider: 'healthchecks',
      signal: ok ? 'success' : 'failure',
      delivered: true,
      attempts: 1
    })
    expect(report.warnings).not.toContain('ping-failed')
  })

  it('pings Cronitor: state=complete or state=fail with a message', async () => {
    const server = await pingServer()
    await checkAndPing(run, `${server.origin}/p/key/docspace`, 'cronitor')
    const ping = new URL(server.requests[0]!.url, server.origin)
    expect(server.requests[0]?.method).toBe('GET')
    expect(ping.pathname).toBe('/p/key/docspace')
    expect(ping.searchParams.get('state')).toBe(ok ? 'complete' : 'fail')
    expect(ping.searchParams.get('message')).toMatch(
      /^DocSpace backups (healthy|unhealthy|could not be checked): 127\.0\.0\.1:\d+/
    )
  })

  it('pings Uptime Kuma: status=up or status=down with msg, replacing its own query', async () => {
    const server = await pingServer()
    await checkAndPing(run, `${server.origin}/api/push/Ab12Cd?status=up&msg=OK&ping=`)
    const ping = new URL(server.requests[0]!.url, server.origin)
    expect(server.requests[0]?.method).toBe('GET')
    expect(ping.pathname).toBe('/api/push/Ab12Cd')
    expect([...ping.searchParams.keys()]).toEqual(['status', 'msg'])
    expect(ping.searchParams.get('status')).toBe(ok ? 'up' : 'down')
  })

  it('pings Better Stack: the URL or <url>/fail', async () => {
    const server = await pingServer()
    await checkAndPing(run, `${server.origin}/api/v1/heartbeat/abc`, 'betterstack')
    expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      ok ? 'POST /api/v1/heartbeat/abc' : 'POST /api/v1/heartbeat/abc/fail'
    ])
  })

  it('pings a generic URL: POST with status added, its own query kept', async () => {
    const server = await pingServer()
    const {report} = await checkAndPing(run, `${server.origin}/hook?team=ops`)
    expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual([
      `POST /hook?team=ops&status=${run}`
    ])
    expect(server.requests[0]?.body.toString('utf8')).toContain(`DocSpace backups`)
    expect(report.heartbeat?.provider).toBe('generic')
  })
})

describe('a ping server that fails', () => {
  it('is tried three times on a 5xx, then ping-failed: a warning, never the verdict', async () => {
    const server = await pingServer([503, 502, 500])
    const {report, delays} = await checkAndPing('healthy', `${server.origin}/ping/${UUID}`)
    expect(server.requests).toHaveLength(3)
    expect(delays).toEqual([1000, 2000])
    expect(report.status).toBe('healthy')
    expect(report.reasons).toEqual([])
    expect(report.warnings).toContain('ping-failed')
    expect(report.heartbeat).toEqual({
      provider: 'healthchecks',
      signal: 'success',
      delivered: false,
      attempts: 3,
      problem: 'HTTP 500, after 3 attempts'
    })
  })

  it('is delivered when a retry succeeds', async () => {
    const server = await pingServer([503])
    const {report} = await checkAndPing('unhealthy', `${server.origin}/ping/${UUID}`)
    expect(server.requests.map(r => r.url)).toEqual([`/ping/${UUID}/fail`, `/ping/${UUID}/fail`])
    expect(report.heartbeat).toMatchObject({delivered: true, attempts: 2})
    expect(report.warnings).not.toContain('ping-failed')
  })

  it.each([400, 404, 410, 429])('is not tried again after a %i', async status => {
    const server = await pingServer([status])
    const {report} = await checkAndPing('error', `${server.origin}/ping/${UUID}`)
    expect(server.requests).toHaveLength(1)
    expect(report.status).toBe('error')
    expect(report.reasons).toEqual(['unauthorized'])
    expect(report.warnings).toContain('ping-failed')
    expect(report.heartbeat?.problem).toBe(`HTTP ${status}`)
  })

  it('that hangs is given up after the timeout, three times', async () => {
    const server = await pingServer(['hang', 'hang', 'hang'])
    const started = performance.now()
    const {report} = await checkAndPing('healthy', `${server.origin}/ping/${UUID}`, 'auto', 300)
    expect(server.requests).toHaveLength(3)
    expect(report.heartbeat?.problem).toBe('no answer within 0.3 s, after 3 attempts')
    expect(report.warnings).toContain('ping-failed')
    // Three timeouts of 0.3 s really waited, the waits between them recorded (instant): a lower
    // bound, which a busy machine only adds to. A timeout that never fired would hang the test.
    expect(performance.now() - started).toBeGreaterThan(850)
  })

  it('that refuses connections is ping-failed with the error code only', async () => {
    const server = await pingServer()
    const url = `${server.origin}/ping/${UUID}`
    await server.close()
    const {report} = await checkAndPing('healthy', url)
    expect(report.heartbeat?.problem).toBe('ECONNREFUSED, after 3 attempts')
  })

  it('never shows the ping URL, nor its secret part, in anything the run shows', async () => {
    const server = await pingServer([500, 500, 500])
    const {report} = await checkAndPing('unhealthy', `${server.origin}/ping/${UUID}`)
    const shown = everythingShown(report)
    expect(shown).toContain('ping-failed')
    expect(shown).not.toContain(UUID)
    expect(shown).not.toContain(UUID.slice(0, 13))
    expect(shown).not.toContain('/ping/')
  })
})

describe('no ping-url', () => {
  it('sends no ping and reports no heartbeat', async () => {
    const fake = await startFake()
    const report = await runCheck(inputsFor(fake), {
      log: () => {},
      timing: recordingTiming().timing
    })
    expect(report.heartbeat).toBeUndefined()
    expect(report.warnings).not.toContain('ping-failed')
  })
})
