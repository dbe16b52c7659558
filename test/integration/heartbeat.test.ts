// The heartbeat against a ping server on 127.0.0.1 that records every request: every URL form of
// each provider for a healthy, an unhealthy and an error run, a URL auto cannot place, a long
// answer, and a ping server that fails or hangs. (The hosted services' own hosts, reached through
// a proxy: test/contract/heartbeat-services.test.ts.)
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
/** A healthchecks project's ping key: 22 characters. */
const PING_KEY = 'fqocqjcsvqbq7ajbsxadxn'
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

/** One URL form of a heartbeat service, on the ping server, and what each run must send. */
interface UrlForm {
  form: string
  /** Path and query on the ping server. */
  path: string
  provider: string
  resolved: string
  /** `METHOD /path` of the request a run sends. */
  sent: (run: Run) => string
  /** Query parameters that request carries. */
  query?: (run: Run) => Record<string, string | RegExp>
  /** The report's text as the body (POST). */
  body?: true
}

const EXIT = {healthy: '', unhealthy: '/1', error: '/2'} as const
const SUMMARY = /^DocSpace backups (healthy|unhealthy|could not be checked): 127\.0\.0\.1:\d+/
const FORMS: UrlForm[] = [
  {
    form: 'healthchecks, /ping/<uuid>',
    path: `/ping/${UUID}`,
    provider: 'auto',
    resolved: 'healthchecks',
    sent: run => `POST /ping/${UUID}${EXIT[run]}`,
    body: true
  },
  {
    form: 'healthchecks, /ping/<ping key>/<slug> (self-hosted)',
    path: `/ping/${PING_KEY}/docspace-backups`,
    provider: 'auto',
    resolved: 'healthchecks',
    sent: run => `POST /ping/${PING_KEY}/docspace-backups${EXIT[run]}`,
    body: true
  },
  {
    form: 'Better Stack, /api/v1/heartbeat/<token>',
    path: '/api/v1/heartbeat/Ab12cD34eF56',
    provider: 'auto',
    resolved: 'betterstack',
    sent: run => `POST /api/v1/heartbeat/Ab12cD34eF56${EXIT[run]}`,
    body: true
  },
  {
    form: 'Cronitor telemetry, /p/<key>/<monitor>',
    path: '/p/key/docspace?env=prod',
    provider: 'cronitor',
    resolved: 'cronitor',
    sent: () => 'GET /p/key/docspace',
    query: run => ({env: 'prod', state: run === 'healthy' ? 'complete' : 'fail', message: SUMMARY})
  },
  {
    form: 'Cronitor legacy, /<code>',
    path: '/d3x0c1',
    provider: 'cronitor',
    resolved: 'cronitor',
    sent: run => `GET /d3x0c1/${run === 'healthy' ? 'complete' : 'fail'}`,
    query: () => ({msg: SUMMARY})
  },
  {
    form: 'Uptime Kuma, /api/push/<pushToken>, its own query replaced',
    path: '/api/push/Ab12Cd?status=up&msg=OK&ping=',
    provider: 'auto',
    resolved: 'uptime-kuma',
    sent: () => 'GET /api/push/Ab12Cd',
    query: run => ({status: run === 'healthy' ? 'up' : 'down', msg: SUMMARY})
  },
  {
    form: 'generic, its own query kept',
    path: '/hook?team=ops',
    provider: 'auto',
    resolved: 'generic',
    sent: () => 'POST /hook',
    query: run => ({team: 'ops', status: run}),
    body: true
  }
]

describe.each<Run>(['healthy', 'unhealthy', 'error'])('a %s run', run => {
  it.each(FORMS)('pings $form', async form => {
    const server = await pingServer()
    const {report} = await checkAndPing(run, `${server.origin}${form.path}`, form.provider)
    expect(report.status).toBe(run)
    expect(server.requests).toHaveLength(1)
    const [ping] = server.requests
    const url = new URL(ping!.url, server.origin)
    expect(`${ping?.method} ${url.pathname}`).toBe(form.sent(run))
    const query = form.query?.(run) ?? {}
    expect([...url.searchParams.keys()].sort()).toEqual(Object.keys(query).sort())
    for (const [name, value] of Object.entries(query)) {
      if (typeof value === 'string') expect(url.searchParams.get(name), name).toBe(value)
      else expect(url.searchParams.get(name), name).toMatch(value)
    }
    if (form.body) {
      expect(ping?.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(ping?.body.toString('utf8')).toBe(renderText(report))
    } else {
      expect(ping?.body).toHaveLength(0)
    }
    expect(report.heartbeat).toEqual({
      provider: form.resolved,
      signal: run === 'healthy' ? 'success' : 'failure',
      delivered: true,
      attempts: 1
    })
    expect(report.warnings).not.toContain('ping-failed')
    expect(report.warnings).not.toContain('ping-provider-unknown')
  })
})

describe('auto on a URL it does not know', () => {
  it.each(['/ping/not-a-uuid', '/ping', '/api/heartbeat/abc', '/heartbeats/abc/def'])(
    '%s: pinged as generic, with the warning ping-provider-unknown',
    async path => {
      const server = await pingServer()
      const {report} = await checkAndPing('unhealthy', `${server.origin}${path}`)
      expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual([
        `POST ${path}?status=unhealthy`
      ])
      expect(report.heartbeat).toMatchObject({provider: 'generic', delivered: true})
      expect(report.warnings).toContain('ping-provider-unknown')
      expect(everythingShown(report)).toContain('may record that as a success')
      expect(report.status).toBe('unhealthy')
    }
  )

  it('is quiet when ping-provider names generic, or on a path that names no heartbeat', async () => {
    const server = await pingServer()
    const named = await checkAndPing('healthy', `${server.origin}/ping/not-a-uuid`, 'generic')
    const plain = await checkAndPing('healthy', `${server.origin}/hooks/backup`)
    expect(named.report.warnings).not.toContain('ping-provider-unknown')
    expect(plain.report.warnings).not.toContain('ping-provider-unknown')
    expect(server.requests).toHaveLength(2)
  })
})

describe('a 2xx with a long body', () => {
  it.each([
    ['of 8 MiB', {status: 200, bodyBytes: 8 * 1024 * 1024}],
    ['that never ends', {status: 202, bodyBytes: 'endless' as const}]
  ])(
    '%s is delivered at the first attempt: its body is not read past a short prefix',
    async (_what, answer) => {
      const server = await pingServer([answer])
      const {report} = await checkAndPing('unhealthy', `${server.origin}/ping/${UUID}`)
      expect(server.requests).toHaveLength(1)
      expect(report.heartbeat).toEqual({
        provider: 'healthchecks',
        signal: 'failure',
        delivered: true,
        attempts: 1
      })
      expect(report.warnings).not.toContain('ping-failed')
    }
  )

  it('a 5xx with a long body is still a failure, tried again', async () => {
    const server = await pingServer([{status: 503, bodyBytes: 8 * 1024 * 1024}, 200])
    const {report} = await checkAndPing('healthy', `${server.origin}/ping/${UUID}`)
    expect(report.heartbeat).toMatchObject({delivered: true, attempts: 2})
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
    expect(server.requests.map(r => r.url)).toEqual([`/ping/${UUID}/1`, `/ping/${UUID}/1`])
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
    const {report, delays} = await checkAndPing(
      'healthy',
      `${server.origin}/ping/${UUID}`,
      'auto',
      300
    )
    expect(server.requests).toHaveLength(3)
    expect(report.heartbeat?.problem).toBe('no answer within 0.3 s, after 3 attempts')
    expect(report.warnings).toContain('ping-failed')
    // Three timeouts of 0.3 s really waited, the waits between them recorded (instant): a lower
    // bound, which a busy machine only adds to. A timeout that never fired would hang the test.
    expect(performance.now() - started).toBeGreaterThan(850)
    expect(delays).toEqual([1000, 2000])
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
