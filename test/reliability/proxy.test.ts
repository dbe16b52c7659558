// Behind a company proxy, by the runner's rules: a real proxy on 127.0.0.1 that alone knows the
// portal's name (`portal.internal.test`), with credentials, and no_proxy. The whole way, TLS
// included, runs in the bundled Action (Node 24) and the bundled CLI (the Node running the tests,
// 20.16+ in CI), trusting the test CA through NODE_EXTRA_CA_CERTS.
import {execFile} from 'node:child_process'
import type {LookupFunction} from 'node:net'
import path from 'node:path'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {InputError} from '../../src/core/errors.js'
import type {Environment} from '../../src/inputs/proxy-env.js'
import type {Report} from '../../src/report/shape.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {expectError, inputsFor, recordingTiming} from '../support/check-helpers.js'
import {closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {startProxy, type ProxyOptions, type TestProxy} from '../support/proxy-server.js'
import {cleanupRuns, node24, ROOT, runDist} from '../support/run-dist.js'

closeServersAfterEach()

const USER = 'builder'
const PASSWORD = 'pr0xy-s3cret-Pa55'
const CREDENTIALS = `${USER}:${PASSWORD}`
const HISTORY = 'GET /api/2.0/backup/getbackuphistory'

const certificates = certificatesForThisFile()
afterAll(cleanupRuns)

const proxies: TestProxy[] = []
afterEach(async () => {
  await Promise.all(proxies.splice(0).map(proxy => proxy.close()))
})

async function proxyFor127(options: ProxyOptions = {}): Promise<TestProxy> {
  const proxy = await startProxy({hosts: {'portal.internal.test': '127.0.0.1'}, ...options})
  proxies.push(proxy)
  return proxy
}

/** An https fake portal with the CA-signed certificate, named `portal.internal.test`. */
async function internalPortal() {
  const fake = await startFake({tls: certificates().portal, state: healthyPortal(new Date())})
  return {fake, url: `https://portal.internal.test:${fake.port}`}
}

/** Resolves nothing: a direct connection to `portal.internal.test` fails at once, as on a runner. */
const noSuchHost: LookupFunction = (hostname, _options, callback) => {
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {code: 'ENOTFOUND'})
  callback(error, '', 4)
}

/** The check in process, with these proxy variables (the process's own are never read). */
async function checkInProcess(
  portal: string,
  environment: Environment,
  texts: Record<string, string> = {},
  lookup: LookupFunction = noSuchHost
): Promise<Report> {
  const inputs = inputsFor({url: portal}, {retries: '2', timeout: '5', ...texts}, environment)
  return runCheck(inputs, {log: () => {}, timing: recordingTiming().timing, lookup})
}

describe('an unusable proxy variable', () => {
  /** Counts the names looked up: none means no request was started. */
  const counting = () => {
    const looked: string[] = []
    const lookup: LookupFunction = (hostname, options, callback) => {
      looked.push(hostname)
      noSuchHost(hostname, options, callback)
    }
    return {looked, lookup}
  }

  it.each(['socks5://user:hunter2@proxy:1080', 'http://user:hunter2@:99999'])(
    'is an input error naming the variable, never its value, before any request: %s',
    async value => {
      const {looked, lookup} = counting()
      const portal = 'https://portal.internal.test'
      const checking = checkInProcess(portal, {HTTPS_PROXY: value}, {}, lookup)
      await expect(checking).rejects.toThrow(InputError)
      await expect(checking).rejects.toThrow(
        /^The environment variable HTTPS_PROXY is not a usable proxy/
      )
      await checking.catch((error: unknown) => expect(String(error)).not.toContain('hunter2'))
      expect(looked).toEqual([])
    }
  )

  it('is an input error for the ping URL too, before any request to the portal', async () => {
    const fake = await startFake()
    const checking = checkInProcess(
      fake.url,
      {HTTPS_PROXY: 'socks5://proxy:1080'},
      {
        'ping-url': 'https://hc-ping.com/5f0c2d1a'
      }
    )
    await expect(checking).rejects.toThrow('The environment variable HTTPS_PROXY is not a usable')
    expect(fake.requests).toEqual([])
  })
})

describe('through a CONNECT proxy, in process', () => {
  it('reaches a name only the proxy can resolve, with the credentials as Proxy-Authorization', async () => {
    const proxy = await proxyFor127({credentials: CREDENTIALS})
    const {fake, url} = await internalPortal()
    const report = await checkInProcess(url, {
      HTTPS_PROXY: `http://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${proxy.port}`
    })
    // Node 20 in process does not trust the test CA: the portal's own certificate, seen
    // through the tunnel, is what stops it (the dist runs below trust it and are healthy).
    expectError(report, 'tls-error', HISTORY, 'NODE_EXTRA_CA_CERTS')
    expect(proxy.seen.length).toBeGreaterThanOrEqual(5)
    expect(proxy.seen.every(seen => seen.method === 'CONNECT')).toBe(true)
    expect(proxy.seen[0]?.target).toBe(`portal.internal.test:${fake.port}`)
    expect(proxy.seen[0]?.proxyAuthorization).toBe(
      `Basic ${Buffer.from(CREDENTIALS).toString('base64')}`
    )
    expect(JSON.stringify(report)).not.toContain(PASSWORD)
  })

  it('reports unreachable, naming the proxy and its 407, without retrying it', async () => {
    const proxy = await proxyFor127({credentials: CREDENTIALS})
    const {fake, url} = await internalPortal()
    const report = await checkInProcess(url, {
      HTTPS_PROXY: `${USER}:wrong-${PASSWORD}@127.0.0.1:${proxy.port}`
    })
    expectError(
      report,
      'unreachable',
      HISTORY,
      `the proxy http://127.0.0.1:${proxy.port} answered 407 Proxy Authentication Required to CONNECT portal.internal.test:${fake.port}`,
      'HTTPS_PROXY'
    )
    expect(report.error?.message).not.toContain('still after')
    expect(report.error?.message).not.toContain(PASSWORD)
    // One CONNECT per route (five, and a second service-state path at most), no retries.
    expect(proxy.seen.length).toBeLessThanOrEqual(6)
    expect(fake.requests).toEqual([])
  })

  it('reports unreachable naming the proxy when a CONNECT fails, after the retries', async () => {
    const proxy = await proxyFor127({refuseWith: 502})
    const {url} = await internalPortal()
    const report = await checkInProcess(url, {https_proxy: proxy.url}, {retries: '1'})
    expectError(
      report,
      'unreachable',
      `the proxy ${proxy.url} answered 502 Refused`,
      'still after 1 retry'
    )
  })

  it('reports unreachable naming the proxy when nothing listens there', async () => {
    const proxy = await proxyFor127()
    await proxy.close()
    const {url} = await internalPortal()
    const report = await checkInProcess(url, {HTTPS_PROXY: proxy.url}, {retries: '0'})
    expectError(report, 'unreachable', `the proxy ${proxy.url} could not be reached (ECONNREFUSED)`)
  })

  it('goes straight to a host no_proxy names, and the proxy sees nothing', async () => {
    const proxy = await proxyFor127()
    const {url} = await internalPortal()
    const environment = {HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,.internal.test'}
    const report = await checkInProcess(url, environment, {retries: '0'})
    expectError(report, 'unreachable', 'ENOTFOUND')
    expect(proxy.seen).toEqual([])
  })
})

describe('through a proxy, the whole way (bundles, TLS trusted by NODE_EXTRA_CA_CERTS)', () => {
  const proxied = async () => {
    const proxy = await proxyFor127({credentials: CREDENTIALS})
    const {fake, url} = await internalPortal()
    const env = {
      HTTPS_PROXY: `http://${USER}:${PASSWORD}@127.0.0.1:${proxy.port}`,
      NO_PROXY: 'localhost',
      NODE_EXTRA_CA_CERTS: certificates().caFile
    }
    return {proxy, fake, url, env}
  }

  it('the Action is healthy, masks the password first and names the proxy once', async () => {
    const {proxy, fake, url, env} = await proxied()
    const run = await runDist({portal: url, token: TOKEN}, {env})
    expect(run.outputs.status).toBe('healthy')
    expect(run.code).toBe(0)
    expect(fake.count('getbackuphistory')).toBe(1)
    expect(proxy.seen.every(seen => seen.target === `portal.internal.test:${fake.port}`)).toBe(true)
    const masks = run.commands.filter(command => command.name === 'add-mask').map(c => c.message)
    expect(masks).toContain(PASSWORD)
    const lines = run.stdout.split('\n')
    const firstMask = lines.findIndex(line => line === `::add-mask::${PASSWORD}`)
    const firstOther = lines.findIndex(line => line !== '' && !line.startsWith('::add-mask::'))
    expect(firstMask).toBeLessThan(firstOther)
    const named = lines.filter(line => line.includes(`http://127.0.0.1:${proxy.port}`))
    expect(named).toEqual([`Through the proxy http://127.0.0.1:${proxy.port} (HTTPS_PROXY).`])
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(PASSWORD)
  })

  it('the CLI is healthy on the Node running the tests, and on Node 24', async () => {
    const {proxy, url, env} = await proxied()
    for (const node of [process.execPath, node24()]) {
      const run = await runCli(node, ['--portal', url, '--format', 'json'], {
        ...env,
        DOCSPACE_TOKEN: TOKEN
      })
      expect(JSON.parse(run.stdout).status).toBe('healthy')
      expect(run.code).toBe(0)
      expect(run.stderr).toContain(
        `Through the proxy http://127.0.0.1:${proxy.port} (HTTPS_PROXY).`
      )
      expect(run.stdout + run.stderr).not.toContain(PASSWORD)
    }
  })
})

function runCli(node: string, args: string[], env: Record<string, string>) {
  return new Promise<{code: number; stdout: string; stderr: string}>(resolve => {
    const cli = path.join(ROOT, 'dist', 'cli', 'index.js')
    const options = {env: {PATH: process.env.PATH ?? '', ...env}, timeout: 15_000}
    execFile(node, [cli, ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({code, stdout, stderr})
    })
  })
}
