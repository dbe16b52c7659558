// The heartbeat through the bundled Action on Node 24, as the runner runs it: the ping arrives,
// its URL is masked before anything else and appears nowhere but on ::add-mask:: lines.
import {execFile} from 'node:child_process'
import {randomUUID} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeDocSpace, type FakeDocSpace} from '../../src/fake-docspace/fake-docspace.js'
import {healthyPortal, stalePortal} from '../../src/fake-docspace/scenarios.js'
import {cleanupRuns, node24, ROOT, runDist, type DistRun} from '../support/run-dist.js'
import {startPingServer, type PingBehaviour, type PingServer} from '../support/ping-server.js'

const TOKEN = `sk-${'c'.repeat(64)}`
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
  await cleanupRuns()
})

async function fakePortal(stale = false): Promise<FakeDocSpace> {
  const now = new Date()
  const fake = await startFakeDocSpace({
    state: stale ? stalePortal(now) : healthyPortal(now),
    token: TOKEN
  })
  closers.push(() => fake.close())
  return fake
}

async function pingServer(behaviour: PingBehaviour = []): Promise<PingServer> {
  const server = await startPingServer(behaviour)
  closers.push(() => server.close())
  return server
}

/** The URL, and its secret part, only on ::add-mask:: lines; nowhere else the step writes. */
function expectPingUrlKept(run: DistRun, url: string, secret: string): void {
  const lines = run.stdout.split(/\r?\n/)
  expect(lines.filter(line => line.startsWith('::add-mask::'))).toContain(`::add-mask::${url}`)
  const places: [string, string][] = [
    ['stdout', lines.filter(line => !line.startsWith('::add-mask::')).join('\n')],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [
      `output ${name}`,
      value
    ])
  ]
  if (run.outputs['report-file']) {
    places.push(['report file', readFileSync(run.outputs['report-file'], 'utf8')])
  }
  const encodings = [
    secret,
    secret.slice(0, 13),
    secret.slice(-12),
    encodeURIComponent(url),
    Buffer.from(url).toString('base64'),
    Buffer.from(secret).toString('base64').slice(0, 16)
  ]
  for (const [place, text] of places) {
    for (const piece of encodings) expect(text, `${place} holds the ping URL`).not.toContain(piece)
  }
}

describe('the heartbeat in the Action (Node 24)', () => {
  it('masks the ping URL before anything, pings healthchecks once, and shows the URL nowhere', async () => {
    const [fake, server] = await Promise.all([fakePortal(), pingServer()])
    const secret = randomUUID()
    const url = `${server.origin}/ping/${secret}`
    const run = await runDist({portal: fake.url, token: TOKEN, 'ping-url': url})

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('healthy')
    const firstLines = run.stdout.split(/\r?\n/).slice(0, 2)
    expect(firstLines).toEqual([`::add-mask::${TOKEN}`, `::add-mask::${url}`])
    expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual([`POST /ping/${secret}`])
    expect(server.requests[0]?.body.toString('utf8')).toMatch(/^DocSpace backups healthy: /)
    const report = JSON.parse(run.outputs.report!) as {heartbeat: unknown}
    expect(report.heartbeat).toEqual({
      provider: 'healthchecks',
      signal: 'success',
      delivered: true,
      attempts: 1
    })
    expectPingUrlKept(run, url, secret)
  })

  it('signals the failure of an unhealthy run; a failing ping is the warning ping-failed, the exit code stays', async () => {
    const [fake, server] = await Promise.all([fakePortal(true), pingServer([500, 500, 500])])
    const secret = randomUUID()
    const url = `${server.origin}/api/push/${secret}?status=up&msg=OK&ping=`
    const run = await runDist(
      {portal: fake.url, token: TOKEN, 'ping-url': url},
      {timeoutMs: 30_000}
    )

    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('unhealthy')
    expect(JSON.parse(run.outputs.warnings!)).toContain('ping-failed')
    expect(server.requests).toHaveLength(3)
    expect(new URL(server.requests[0]!.url, server.origin).searchParams.get('status')).toBe('down')
    const warning = run.commands.find(
      command =>
        command.name === 'warning' && command.properties.title === 'DocSpace backups: ping-failed'
    )
    expect(warning?.message).toBe(
      'The heartbeat ping (uptime-kuma, failure) failed: HTTP 500, after 3 attempts. The verdict stands; the heartbeat service will raise the alarm if pings stay away.'
    )
    expectPingUrlKept(run, url, secret)
  })

  it('refuses an invalid ping URL without quoting it, before any request', async () => {
    const fake = await fakePortal()
    const secret = randomUUID()
    const url = `http://hc-ping.example/${secret}`
    const run = await runDist({portal: fake.url, token: TOKEN, 'ping-url': url})

    expect(run.code).toBe(1)
    expect(fake.requests).toHaveLength(0)
    const error = run.commands.find(command => command.name === 'error')
    expect(error?.properties.title).toBe('Invalid input')
    expect(error?.message).toBe(
      'Input "ping-url" has an invalid value: expected an https:// URL (http:// is only allowed for localhost, 127.0.0.0/8 and ::1) (the value is not shown: it is a secret).'
    )
    expectPingUrlKept(run, url, secret)
  })
})

describe('the heartbeat in the CLI (Node 24)', () => {
  const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
  const runCli = (args: string[], env: Record<string, string>) =>
    new Promise<{code: number; out: string}>(resolve => {
      const options = {env: {PATH: process.env.PATH ?? '', ...env}, timeout: 15_000}
      execFile(node24(), [CLI, ...args], options, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({code, out: stdout + stderr})
      })
    })

  it.each([
    ['--ping-url', (url: string) => ({args: ['--ping-url', url], env: {}})],
    ['DOCSPACE_PING_URL', (url: string) => ({args: [], env: {DOCSPACE_PING_URL: url}})]
  ])('pings with %s and --ping-provider, and never prints the URL', async (_how, given) => {
    const [fake, server] = await Promise.all([fakePortal(true), pingServer()])
    const secret = randomUUID()
    const url = `${server.origin}/hooks/${secret}`
    const {args, env} = given(url)
    const run = await runCli(
      ['--portal', fake.url, ...args, '--ping-provider', 'betterstack', '--max-runtime', '2h'],
      {DOCSPACE_TOKEN: TOKEN, ...env}
    )
    expect(run.code).toBe(1)
    expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual([`POST /hooks/${secret}/1`])
    expect(run.out).toContain('likely cause: The schedule has not started a run since')
    expect(run.out).not.toContain(secret.slice(0, 13))
  })
})
