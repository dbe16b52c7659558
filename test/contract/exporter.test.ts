// `docspace-backup-check exporter` from dist/, as a service manager runs it: options and the
// portals file refused before any request (exit 64), /-/ready once every portal has a result,
// each portal's families by name, reloads that take a good file and keep the old one for a bad
// one, SIGTERM and SIGINT with a check hanging (exit 0), and no token in /metrics or the log.
import {createServer, type AddressInfo} from 'node:net'
import {afterEach, describe, expect, it} from 'vitest'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {fakeFleet, FLEET_VERDICTS, type FakeFleet} from '../support/exporter-fleet.js'
import {parsePrometheusTextFormat} from '../support/prometheus-judges.js'
import {runCli} from '../support/run-cli.js'
import {killExporters, startExporterCli, type RunningExporter} from '../support/run-exporter.js'
import {expectNoTraceInAnyEncoding} from '../support/secret-traces.js'
import {fakePortals} from './fixtures.js'

const start = fakePortals()
const fleets: FakeFleet[] = []
afterEach(async () => {
  killExporters()
  await Promise.all(fleets.splice(0).map(fleet => fleet.remove()))
})

async function fleet(extra: Record<string, FakeOptions> = {}): Promise<FakeFleet> {
  const made = await fakeFleet(start, extra)
  fleets.push(made)
  return made
}

const requestsTo = (made: FakeFleet) =>
  Object.values(made.portals).reduce((sum, portal: FakeDocSpace) => sum + portal.requests.length, 0)

async function get(exporter: RunningExporter, route: string) {
  const response = await fetch(`${exporter.url}${route}`)
  return {status: response.status, text: await response.text()}
}

/** Polls until /-/ready says 200: bounded by the test's timeout. */
async function ready(exporter: RunningExporter): Promise<void> {
  while ((await get(exporter, '/-/ready')).status !== 200) {
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

function valueOf(text: string, family: string, portal: string): number | undefined {
  const found = parsePrometheusTextFormat(text)
    .find(f => f.name === family)
    ?.metrics.find(m => m.labels?.portal === portal)
  return found && 'value' in found ? Number(found.value) : undefined
}

describe('invalid options and files', () => {
  it('exit 64 before any request, saying what is wrong', async () => {
    const made = await fleet()
    const cases: [string[], RegExp][] = [
      [['--intervall', '5m'], /unknown option --intervall \(did you mean --interval\?\)/],
      [['--interval', '0'], /Option "--interval" has an invalid value "0"/],
      [['--interval', '10x'], /Option "--interval" has an invalid value "10x"/],
      [['--concurrency', '0'], /Option "--concurrency" has an invalid value "0"/],
      [['--listen', 'localhost'], /Option "--listen" has an invalid value "localhost"/],
      [['--listen', '127.0.0.1:70000'], /Option "--listen"/],
      [['--portal', 'https://x.example.com'], /does not apply to exporter/],
      [['--format', 'json'], /does not apply to exporter/]
    ]
    for (const [args, said] of cases) {
      const run = await runCli(['exporter', '--config', made.file, ...args], made.env)
      expect(run.stderr, args.join(' ')).toMatch(said)
      expect(run.code, args.join(' ')).toBe(64)
    }
    const noConfig = await runCli(['exporter'], made.env)
    expect(noConfig.stderr).toContain('--config')
    expect(noConfig.code).toBe(64)
    expect(requestsTo(made)).toBe(0)
  })

  it('exits 2 on an address in use, before any request', async () => {
    const made = await fleet()
    const taken = createServer()
    await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve))
    const {port} = taken.address() as AddressInfo
    try {
      const run = await runCli(
        ['exporter', '--config', made.file, '--listen', `127.0.0.1:${port}`],
        made.env
      )
      expect(run.stderr).toContain(`Cannot listen on 127.0.0.1:${port}`)
      expect(run.code).toBe(2)
      expect(requestsTo(made)).toBe(0)
    } finally {
      await new Promise(resolve => taken.close(resolve))
    }
  })

  it('refuses an inline token naming the entry, without showing the token', async () => {
    const made = await fleet()
    const token = made.tokens[0]!
    await made.write(made.text.replace('token-env: TOKEN_STALE', `token: ${token}`))
    const run = await runCli(['exporter', '--config', made.file], made.env)
    expect(run.code).toBe(64)
    expect(run.stderr).toMatch(/stale/)
    expectNoTraceInAnyEncoding(token, run.stdout + run.stderr)
    expect(requestsTo(made)).toBe(0)
  })
})

describe('the exporter', () => {
  it('is ready once every portal has a result, and shows each by name, with no token', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>(resolve => (release = resolve))
    const made = await fleet({slow: {onRequest: () => held}})
    const exporter = await startExporterCli(
      ['--config', made.file, '--listen', '127.0.0.1:0', '--interval', '1h'],
      made.env
    )
    expect((await get(exporter, '/-/healthy')).status).toBe(200)
    // `slow` has no answer yet: not ready, whatever the others say.
    expect(await get(exporter, '/-/ready')).toMatchObject({status: 503})
    release()
    await ready(exporter)
    const metrics = await get(exporter, '/metrics')
    expect(metrics.status).toBe(200)
    for (const [name, healthy] of Object.entries({...FLEET_VERDICTS, slow: 1})) {
      expect(valueOf(metrics.text, 'docspace_backup_up', name), name).toBe(healthy === null ? 0 : 1)
      expect(valueOf(metrics.text, 'docspace_backup_healthy', name), name).toBe(healthy ?? 0)
      expect(valueOf(metrics.text, 'docspace_backup_exporter_checks_total', name)).toBeDefined()
    }
    expect(valueOf(metrics.text, 'docspace_backup_verified', 'restore-failed')).toBe(0)
    expect(metrics.text).toContain('docspace_backup_reason{portal="stale",reason="stale"} 1')
    expect(await get(exporter, '/-/reload')).toMatchObject({status: 405})
    expect(await get(exporter, '/nothing')).toMatchObject({status: 404})
    expect(await exporter.stop('SIGTERM')).toBe(0)
    for (const token of made.tokens) {
      expectNoTraceInAnyEncoding(token, metrics.text, '/metrics')
      expectNoTraceInAnyEncoding(token, exporter.stdout() + exporter.stderr(), 'the log')
    }
  })

  it('reloads a good file (POST /-/reload, SIGHUP), keeps the old one for a bad file and says why', async () => {
    const made = await fleet()
    const exporter = await startExporterCli(
      ['--config', made.file, '--listen', '127.0.0.1:0', '--interval', '1h'],
      made.env
    )
    await ready(exporter)
    // Without `unreachable`: it is gone from /metrics.
    await made.write(made.text.slice(0, made.text.indexOf('  - name: unreachable')))
    const good = await fetch(`${exporter.url}/-/reload`, {method: 'POST'})
    expect(good.status).toBe(200)
    expect(await good.text()).toContain('4 portals')
    let metrics = (await get(exporter, '/metrics')).text
    expect(valueOf(metrics, 'docspace_backup_up', 'unreachable')).toBeUndefined()
    expect(valueOf(metrics, 'docspace_backup_up', 'healthy')).toBe(1)

    const token = made.tokens[0]!
    await made.write(
      `${made.text}  - name: healthy\n    portal: https://x.example.com\n    token: ${token}\n`
    )
    const bad = await fetch(`${exporter.url}/-/reload`, {method: 'POST'})
    const said = await bad.text()
    expect(bad.status).toBe(500)
    expect(said).toMatch(/^Reload failed, the previous portals are kept: .*portals\.yml/)
    expectNoTraceInAnyEncoding(token, said, 'the reload answer')
    metrics = (await get(exporter, '/metrics')).text
    expect(valueOf(metrics, 'docspace_backup_up', 'healthy')).toBe(1)
    expect(metrics).toContain('docspace_backup_exporter_config_last_reload_successful 0')

    await made.write(made.text)
    exporter.child.kill('SIGHUP')
    await exporter.logged('5 portals')
    metrics = (await get(exporter, '/metrics')).text
    expect(metrics).toContain('docspace_backup_exporter_config_last_reload_successful 1')
    expect(exporter.stderr()).toContain('Reload failed, the previous portals are kept')
    expect(await exporter.stop('SIGTERM')).toBe(0)
    expectNoTraceInAnyEncoding(token, exporter.stdout() + exporter.stderr(), 'the log')
  })

  it('checks only the portals of --only (or of its --shard), and refuses an unknown name', async () => {
    const made = await fleet()
    const exporter = await startExporterCli(
      ['--config', made.file, '--listen', '127.0.0.1:0', '--only', 'healthy,stale'],
      made.env
    )
    await ready(exporter)
    const metrics = (await get(exporter, '/metrics')).text
    expect(metrics).toContain('docspace_backup_exporter_portals 2')
    expect(valueOf(metrics, 'docspace_backup_up', 'unhealthy')).toBeUndefined()
    expect(await exporter.stop('SIGTERM')).toBe(0)
    expect(made.portals.unhealthy!.requests).toEqual([])
    const unknown = await runCli(['exporter', '--config', made.file, '--only', 'helthy'], made.env)
    expect(unknown.stderr).toContain('did you mean "healthy"?')
    expect(unknown.code).toBe(64)
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s with a check hanging: cancels it and exits 0',
    async signal => {
      let arrived: () => void = () => {}
      const asked = new Promise<void>(resolve => (arrived = resolve))
      const made = await fleet({
        hangs: {
          onRequest: () => {
            arrived()
            return new Promise<void>(() => {})
          }
        }
      })
      const exporter = await startExporterCli(
        ['--config', made.file, '--listen', '127.0.0.1:0'],
        made.env
      )
      await asked
      expect(await exporter.stop(signal)).toBe(0)
      expect(exporter.stderr()).toContain(`${signal}: stopping`)
      expect(exporter.stderr()).not.toContain('exiting without them')
    }
  )
})
