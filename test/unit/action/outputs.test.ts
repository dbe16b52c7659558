import {describe, expect, it} from 'vitest'
import {NoVerdictError} from '../../../src/core/errors.js'
import {OUTPUT_NAMES, outputsOf, STEP_OUTPUTS, type Outputs} from '../../../src/action/outputs.js'
import {errorReport, verdictReport} from '../../../src/report/build.js'
import {type Report} from '../../../src/report/shape.js'
import {judge} from '../../../src/verdict/verdict.js'
import type {HistoryRecord} from '../../../src/core/portal-facts.js'
import {
  backup,
  facts,
  HOUR_MS,
  job,
  NOW,
  PORTAL_INFO,
  reportOf,
  schedule,
  THRESHOLDS
} from '../fixtures.js'

/** Every output of the contract but the step's own. */
const CONTRACT_OUTPUTS = OUTPUT_NAMES.filter(
  (name): name is keyof Outputs => !(STEP_OUTPUTS as readonly string[]).includes(name)
)
const MIB = 1024 * 1024

const unauthorized = () =>
  errorReport(
    {portal: PORTAL_INFO, checkedAt: NOW, thresholds: THRESHOLDS, warnings: []},
    new NoVerdictError('unauthorized', 'The portal answered 401 Unauthorized.', 401)
  )

/** A history of `size` usable records, one an hour, with `nameLength`-character file names. */
function bigHistory(size: number, nameLength: number): HistoryRecord[] {
  return Array.from({length: size}, (_, i) =>
    backup(i + 1, {
      id: `id-${i}`.padEnd(36, '0'),
      fileName: `${i}_`.padEnd(nameLength, 'f'),
      expiresOn: i % 2 ? null : new Date(NOW.getTime() + 1000 * HOUR_MS)
    })
  )
}

describe('outputsOf', () => {
  it('sets every output of the contract, and leaves report-file and issue-number to the step', () => {
    const names = Object.keys(outputsOf(reportOf(facts())))
    expect(names.sort()).toEqual([...CONTRACT_OUTPUTS].sort())
    for (const name of STEP_OUTPUTS) expect(names).not.toContain(name)
  })

  it('gives a healthy report its outputs', () => {
    const newest = backup(5.25, {id: 'b-1', fileName: 'myportal_1.tar.gz'})
    const portalSchedule = schedule()
    const outputs = outputsOf(
      reportOf(facts({history: [backup(30), newest], schedule: portalSchedule}))
    )
    expect(outputs).toEqual({
      healthy: 'true',
      status: 'healthy',
      reasons: '[]',
      warnings: '[]',
      'backups-count': '2',
      'backups-created': '3',
      'latest-backup-id': 'b-1',
      'latest-backup-file': 'myportal_1.tar.gz',
      'latest-backup-at': '2026-03-10T06:45:00Z',
      'latest-backup-age-hours': '5.25',
      'max-age-hours': '27.00',
      schedule: JSON.stringify(portalSchedule.raw),
      'service-enabled': 'false',
      report: outputs.report,
      'started-backup-id': '',
      'started-backup-seconds': '',
      verified: '',
      'verified-backup-id': '',
      'verified-bytes': '',
      'verified-sha256': '',
      'verified-tables': '',
      'verified-files': ''
    })
    expect(JSON.parse(outputs.report)).toMatchObject({status: 'healthy', portal: PORTAL_INFO.base})
  })

  it('gives an unhealthy report its reasons and warnings as JSON arrays', () => {
    const outputs = outputsOf(
      reportOf(
        facts({history: [], schedule: null, latestJob: job({isCompleted: false})}),
        THRESHOLDS,
        ['count-unavailable']
      )
    )
    expect(outputs.healthy).toBe('false')
    expect(outputs.status).toBe('unhealthy')
    expect(JSON.parse(outputs.reasons)).toEqual(['no-backups', 'no-schedule'])
    expect(JSON.parse(outputs.warnings)).toEqual(['count-unavailable', 'backup-running'])
    expect(outputs['backups-count']).toBe('0')
    expect(outputs['latest-backup-at']).toBe('')
    expect(outputs['latest-backup-age-hours']).toBe('')
    expect(outputs.schedule).toBe('')
  })

  it('leaves backups-created and service-enabled empty when the portal lacks those routes', () => {
    const outputs = outputsOf(reportOf(facts({backupsCreated: null, serviceEnabled: null})))
    expect([outputs['backups-created'], outputs['service-enabled']]).toEqual(['', ''])
  })

  it.each([
    [5.25, '5.25'],
    [5, '5.00'],
    [1 / 3, '0.33'],
    [0, '0.00']
  ])('writes an age of %d hours with two decimals: %s', (hours, text) => {
    const outputs = outputsOf(reportOf(facts({history: [backup(hours)]})))
    expect(outputs['latest-backup-age-hours']).toBe(text)
  })

  it('writes a future-dated backup as age 0.00, never negative', () => {
    const outputs = outputsOf(reportOf(facts({history: [backup(-3)]})))
    expect(outputs['latest-backup-age-hours']).toBe('0.00')
  })

  it.each([
    ['2026-03-10T06:45:00.000Z', '2026-03-10T06:45:00Z'],
    ['2026-03-10T06:45:00.999Z', '2026-03-10T06:45:00Z']
  ])('writes latest-backup-at %s as %s, ending in Z', (created, at) => {
    const outputs = outputsOf(
      reportOf(facts({history: [backup(0, {createdOn: new Date(created)})]}))
    )
    expect(outputs['latest-backup-at']).toBe(at)
    expect(outputs['latest-backup-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it.each([
    [{maxAge: 36}, '36.00'],
    [{maxAge: 1.5}, '1.50'],
    [{graceHours: 0}, '24.00'],
    [{graceHours: 2.25}, '26.25']
  ])('writes the max-age in force (%j) with two decimals', (thresholds, text) => {
    const outputs = outputsOf(reportOf(facts(), {...THRESHOLDS, ...thresholds}))
    expect(outputs['max-age-hours']).toBe(text)
  })

  it('with an error, sets healthy, status, reasons, warnings and report, and leaves every other output empty', () => {
    const outputs = outputsOf(unauthorized())
    expect(outputs.healthy).toBe('false')
    expect(outputs.status).toBe('error')
    expect(outputs.reasons).toBe('["unauthorized"]')
    expect(outputs.warnings).toBe('[]')
    expect(JSON.parse(outputs.report).error).toEqual({
      code: 'unauthorized',
      message: 'The portal answered 401 Unauthorized.'
    })
    const others = CONTRACT_OUTPUTS.filter(
      name => !['healthy', 'status', 'reasons', 'warnings', 'report'].includes(name)
    )
    for (const name of others) expect([name, outputs[name]]).toEqual([name, ''])
  })

  it('puts the contract fields in the report JSON', () => {
    const report = JSON.parse(outputsOf(reportOf(facts())).report) as Report
    for (const key of [
      'portal',
      'checkedAt',
      'status',
      'reasons',
      'warnings',
      'backups',
      'schedule',
      'progress',
      'counts',
      'thresholds'
    ]) {
      expect(report).toHaveProperty(key)
    }
    expect(report).not.toHaveProperty('error')
    expect(report.checkedAt).toBe('2026-03-10T12:00:00Z')
  })

  it('keeps the report under 1 MiB for a 100,000-record history, with the 100 newest first', () => {
    const history = bigHistory(100_000, 400).reverse()
    const outputs = outputsOf(reportOf(facts({history})))
    expect(Buffer.byteLength(outputs.report)).toBeLessThan(MIB)
    const report = JSON.parse(outputs.report) as Report
    expect(report.backups).toHaveLength(100)
    expect(report.counts).toEqual({usable: 100_000, history: 100_000, createdThisMonth: 3})
    expect(report.backups[0]).toEqual({
      id: 'id-0'.padEnd(36, '0'),
      fileName: '0_'.padEnd(400, 'f'),
      storageType: 0,
      createdOn: '2026-03-10T11:00:00Z',
      expiresOn: '2026-04-21T04:00:00Z'
    })
    expect(report.backups[1].expiresOn).toBeNull()
    const times = report.backups.map(b => Date.parse(b.createdOn))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(outputs['backups-count']).toBe('100000')
  })

  it("keeps the report under 1 MiB whatever the size of the portal's strings", () => {
    const huge = 'x'.repeat(2 * MIB)
    const history = Array.from({length: 200}, (_, i) => backup(i + 1, {id: huge, fileName: huge}))
    const bigSchedule = schedule(undefined, {storageParams: {folderId: huge}})
    const progress = job({error: huge, warning: huge, taskId: huge})
    const outputs = outputsOf(
      reportOf(facts({history, schedule: bigSchedule, latestJob: progress}))
    )
    expect(Buffer.byteLength(outputs.report)).toBeLessThan(MIB)
    expect(Buffer.byteLength(outputs.schedule)).toBeLessThan(MIB)
    expect(Buffer.byteLength(outputs['latest-backup-file'])).toBeLessThan(MIB)
  })

  it("keeps the report under 1 MiB whatever a started backup's id and error", () => {
    const huge = 'x'.repeat(2 * MIB)
    const portalFacts = facts()
    const base = {portal: PORTAL_INFO, checkedAt: NOW, thresholds: THRESHOLDS, warnings: []}
    const startedBackup = {id: huge, seconds: 30, outcome: 'failed' as const, error: huge}
    const report = verdictReport(
      {...base, startedBackup},
      portalFacts,
      judge(portalFacts, THRESHOLDS, NOW)
    )
    const outputs = outputsOf(report)
    expect(Buffer.byteLength(outputs.report)).toBeLessThan(MIB)
    expect(Buffer.byteLength(outputs['started-backup-id'])).toBeLessThan(MIB)
  })
})
