// The exporter's /metrics body: the portals' families labelled by their names, its own families
// (accepted by promtool), a stale result as up 0, and the body kept until something changes.
import {describe, expect, it} from 'vitest'
import {
  MetricsCache,
  MIN_BODY_AGE_MS,
  nextStaleAt,
  renderExporterMetrics
} from '../../../src/exporter/metrics.js'
import {PortalStates} from '../../../src/exporter/portal-state.js'
import {parsePrometheusTextFormat, promtoolCheckMetrics} from '../../support/prometheus-judges.js'
import {errorReport} from '../../../src/report/build.js'
import {NoVerdictError} from '../../../src/core/errors.js'
import {facts, NOW, PORTAL_INFO, reportOf, THRESHOLDS} from '../fixtures.js'

const INTERVAL = 15 * 60_000
const at = NOW.getTime()

function states(): PortalStates {
  const made = new PortalStates()
  made.record('healthy-one', reportOf(facts()), {
    startedAt: at - 2000,
    endedAt: at,
    verified: false
  })
  made.record('no-backups', reportOf(facts({history: []})), {
    startedAt: at - 500,
    endedAt: at,
    verified: false
  })
  const unreachable = errorReport(
    {portal: PORTAL_INFO, checkedAt: NOW, thresholds: THRESHOLDS, warnings: []},
    new NoVerdictError('unreachable', 'connection refused')
  )
  made.record('down', unreachable, {startedAt: at - 100, endedAt: at, verified: false})
  return made
}

const view = (now: number, portals = states()) => ({
  now,
  intervalMs: INTERVAL,
  portals: portals.entries(),
  reloadSucceeded: true
})

function sample(text: string, name: string, portal: string): number | undefined {
  const family = parsePrometheusTextFormat(text).find(f => f.name === name)
  const found = family?.metrics.find(m => m.labels?.portal === portal)
  return found && 'value' in found ? Number(found.value) : undefined
}

describe('the exporter metrics', () => {
  it('label every family by the portal name and add the exporter own, which promtool accepts', () => {
    const text = renderExporterMetrics(view(at)).toString()
    expect(sample(text, 'docspace_backup_healthy', 'healthy-one')).toBe(1)
    expect(sample(text, 'docspace_backup_healthy', 'no-backups')).toBe(0)
    expect(sample(text, 'docspace_backup_up', 'down')).toBe(0)
    expect(sample(text, 'docspace_backup_exporter_check_duration_seconds', 'healthy-one')).toBe(2)
    expect(sample(text, 'docspace_backup_exporter_last_check_timestamp_seconds', 'down')).toBe(
      at / 1000
    )
    expect(text).toContain('docspace_backup_exporter_checks_total{portal="down",result="error"} 1')
    expect(text).toContain('# TYPE docspace_backup_exporter_checks_total counter')
    expect(text).toContain('docspace_backup_exporter_interval_seconds 900')
    expect(promtoolCheckMetrics(text)).toEqual({code: 0, said: ''})
  })

  it('show a result older than two intervals as up 0, reason stale-result', () => {
    const text = renderExporterMetrics(view(at + 2 * INTERVAL + 1)).toString()
    expect(sample(text, 'docspace_backup_up', 'healthy-one')).toBe(0)
    expect(text).toContain('docspace_backup_reason{portal="healthy-one",reason="stale-result"} 1')
    expect(text).not.toContain('docspace_backup_usable_backups{portal="healthy-one"}')
  })

  it('keep the body until it is invalidated or a result goes stale', () => {
    const portals = states()
    let renders = 0
    const cache = new MetricsCache(() => {
      renders++
      return {body: Buffer.from('x\n'), validUntil: nextStaleAt(portals.entries(), INTERVAL)}
    })
    cache.get(at)
    cache.get(at + 2 * INTERVAL)
    expect(renders).toBe(1)
    cache.get(at + 2 * INTERVAL + 1)
    expect(renders).toBe(2)
    // A new result within a second of the last rendering waits for that second to pass.
    cache.invalidate()
    cache.get(at + 2 * INTERVAL + 1 + MIN_BODY_AGE_MS - 1)
    expect(renders).toBe(2)
    const body = cache.get(at + 2 * INTERVAL + 1 + MIN_BODY_AGE_MS)
    expect(renders).toBe(3)
    expect(body.gzip()).toBe(body.gzip())
  })
})
