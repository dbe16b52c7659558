// A real Prometheus (Debian's `prometheus`) scrapes the exporter from dist/ with the shipped
// rules loaded: a fake fleet (healthy, stale, a failed restore check, a failed last job,
// unreachable). Through its HTTP API: every portal's docspace_backup_healthy and _up as the
// checks found them, the right alerts pending or firing and no other, and
// DocSpaceBackupExporterDown once the exporter is stopped. Waits are polls of its API, bounded
// by the test's timeout.
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {fakeFleet, FLEET_VERDICTS, type FakeFleet} from '../support/exporter-fleet.js'
import {startPrometheus, type PrometheusServer} from '../support/prometheus-server.js'
import {killExporters, startExporterCli} from '../support/run-exporter.js'
import {ROOT} from '../support/run-dist.js'
import {fakePortals} from './fixtures.js'

const start = fakePortals()
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  killExporters()
  await Promise.all(cleanups.splice(0).map(cleanup => cleanup()))
})

const RULES = path.join(ROOT, 'contrib', 'prometheus', 'alerts.yml')

/** The alerts held, as `name portal state` (`name instance state` for the exporter's). */
async function alertsOf(prometheus: PrometheusServer): Promise<string[]> {
  return (await prometheus.alerts())
    .map(a => `${a.labels.alertname} ${a.labels.portal ?? a.labels.instance} ${a.state}`)
    .sort()
}

describe('Prometheus scraping the exporter, with the shipped rules', () => {
  it('reads every portal right, holds the right alerts, and sees the exporter go down', async () => {
    const fleet: FakeFleet = await fakeFleet(start)
    cleanups.push(fleet.remove)
    const exporter = await startExporterCli(
      ['--config', fleet.file, '--listen', '127.0.0.1:0', '--interval', '1h'],
      fleet.env
    )
    const target = exporter.url.replace('http://', '')
    const prometheus = await startPrometheus({targets: [target], ruleFiles: [RULES]})
    cleanups.push(prometheus.stop)

    const portals = Object.keys(FLEET_VERDICTS)
    const healthy = await prometheus.until(
      () => prometheus.query('docspace_backup_healthy'),
      samples => samples.length === portals.length
    )
    const up = await prometheus.query('docspace_backup_up')
    for (const name of portals) {
      const expected = FLEET_VERDICTS[name]
      expect(healthy.find(s => s.metric.portal === name)?.value, name).toBe(expected ?? 0)
      expect(up.find(s => s.metric.portal === name)?.value, name).toBe(expected === null ? 0 : 1)
      expect(healthy.find(s => s.metric.portal === name)?.metric).toMatchObject({
        job: 'docspace-backups',
        instance: target
      })
    }

    const expected = [
      'DocSpaceBackupCheckFailed unreachable pending',
      'DocSpaceBackupRestoreCheckFailed restore-failed firing',
      'DocSpaceBackupStale stale pending',
      'DocSpaceBackupUnhealthy restore-failed pending',
      'DocSpaceBackupUnhealthy stale pending',
      'DocSpaceBackupUnhealthy unhealthy pending'
    ]
    const held = await prometheus.until(
      () => alertsOf(prometheus),
      alerts => expected.every(alert => alerts.includes(alert))
    )
    expect(held).toEqual(expected)

    expect(await exporter.stop('SIGTERM')).toBe(0)
    const down = await prometheus.until(
      () => alertsOf(prometheus),
      alerts => alerts.some(alert => alert.startsWith('DocSpaceBackupExporterDown'))
    )
    expect(down).toContain(`DocSpaceBackupExporterDown ${target} pending`)
  })
})
