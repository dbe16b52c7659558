// The monitoring renderers as pure functions of a report: plugin states for every warning, the
// report fields other features add (verification, diagnosis), numbers in the grammar, and any
// portal text or host whatever its characters.
import fc from 'fast-check'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Report} from '../../../src/report/shape.js'
import {renderNagios} from '../../../src/render/nagios.js'
import {formatDatum, perfNumber} from '../../../src/render/perfdata.js'
import {renderPrometheus} from '../../../src/render/prometheus.js'
import type {Verification} from '../../../src/report/verification.js'
import {check} from '../../support/check-helpers.js'
import {closeServersAfterEach, startFake} from '../../support/fake-portal.js'
import {parsePluginOutput} from '../../support/plugin-output.js'

closeServersAfterEach()
let healthy: Report

beforeAll(async () => {
  const fake = await startFake()
  healthy = (await check(fake)).report
})

const verification = (outcome: Verification['outcome']): Verification => ({
  outcome,
  backupId: '1',
  fileName: 'a.tar.gz',
  storageType: 0,
  source: 'the portal',
  check: outcome === 'corrupt' ? 'tar' : null,
  message: null,
  format: 'tar.gz',
  bytes: outcome === 'verified' ? 123_456_789 : null,
  sha256: null,
  dump: false,
  tables: outcome === 'verified' ? 412 : null,
  files: outcome === 'verified' ? 37 : null,
  incomplete: null,
  levels: [],
  seconds: 12.5
})

/** `name{portal=…}` → value, from the npm parser. */
function metrics(report: Report): Map<string, string> {
  const map = new Map<string, string>()
  for (const family of parsePrometheusTextFormat(renderPrometheus([report]))) {
    for (const metric of family.metrics) map.set(family.name, metric.value)
  }
  return map
}

describe('the plugin state', () => {
  it.each([
    ['missed-backups', 1],
    ['backup-stuck', 1],
    ['backup-incomplete', 1],
    ['expiring', 1],
    ['clock-skew', 1],
    ['backup-running', 0],
    ['schedule-never-ran', 0],
    ['count-unavailable', 0],
    ['service-state-unavailable', 0],
    ['verify-unavailable', 0],
    ['ping-failed', 0]
  ])('for a healthy report with the warning %s exits %d', (code, exit) => {
    const report = {...healthy, warnings: [code]} as Report
    const output = renderNagios(report)
    expect(output.exitCode).toBe(exit)
    expect(parsePluginOutput(output.text).state).toBe(exit === 1 ? 'WARNING' : 'OK')
  })

  it('puts the diagnosis after the reasons, on a line of its own, without a "|"', () => {
    const report = {
      ...healthy,
      status: 'unhealthy',
      reasons: ['stale'],
      diagnosis: 'The scheduler | has not started a run\nsince Monday.'
    } as Report
    const output = parsePluginOutput(renderNagios(report).text)
    expect(output.longText.slice(0, 2)).toEqual([
      expect.stringMatching(/^stale: /),
      'likely cause: The scheduler ¦ has not started a run since Monday.'
    ])
  })
})

describe('the verification figures', () => {
  it('are metrics and performance data when every check passed', () => {
    const report = {...healthy, verification: verification('verified')} as Report
    const values = metrics(report)
    expect(values.get('docspace_backup_verified')).toBe('1')
    expect(values.get('docspace_backup_verified_archive_bytes')).toBe('123456789')
    expect(values.get('docspace_backup_verified_tables')).toBe('412')
    expect(values.get('docspace_backup_verified_files')).toBe('37')
    expect(values.get('docspace_backup_verify_duration_seconds')).toBe('12.5')
    const perf = parsePluginOutput(renderNagios(report).text).perfdata
    expect(perf.find(datum => datum.label === 'verified_bytes')).toMatchObject({
      value: 123_456_789,
      uom: 'B'
    })
  })

  it('say 0 and no figures for a corrupt archive, and nothing when nothing was verified', () => {
    const corrupt = metrics({...healthy, verification: verification('corrupt')} as Report)
    expect(corrupt.get('docspace_backup_verified')).toBe('0')
    expect(corrupt.has('docspace_backup_verified_archive_bytes')).toBe(false)
    const none = metrics({...healthy, verification: verification('unavailable')} as Report)
    expect(none.has('docspace_backup_verified')).toBe(false)
    expect(metrics(healthy).has('docspace_backup_verify_duration_seconds')).toBe(false)
  })
})

describe('numbers in the performance data', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [97200, '97200'],
    [18000.9466, '18000.947'],
    [1e-7, '0'],
    [1.5e20, '150000000000000000000'],
    [0.1 + 0.2, '0.3']
  ])('writes %d as %s, never with an exponent', (value, text) => {
    expect(perfNumber(value)).toBe(text)
  })

  it('drops trailing empty fields and writes U for an undetermined value', () => {
    expect(formatDatum({label: 'age', value: null, uom: 's', crit: '10'})).toBe("'age'=U;;10")
    expect(formatDatum({label: 'n', value: 3, uom: ''})).toBe("'n'=3")
  })
})

describe('any portal text or host', () => {
  it('keeps the plugin output in the grammar and the metrics parseable', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 80}),
        fc.string({maxLength: 40}),
        (text, host) => {
          const report = {
            ...healthy,
            host,
            status: 'error',
            reasons: ['bad-request'],
            error: {code: 'bad-request', message: text}
          } as Report
          const output = parsePluginOutput(renderNagios(report).text)
          expect(output.state).toBe('UNKNOWN')
          const families = parsePrometheusTextFormat(renderPrometheus([report]))
          expect(families[0]?.metrics).toEqual([{value: '0', labels: {portal: host}}])
        }
      ),
      {numRuns: 200}
    )
  })
})
