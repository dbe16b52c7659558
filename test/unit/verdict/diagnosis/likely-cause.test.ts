// The diagnosis of a stale or missing backup, one case per cause, judged at a fixed now.
import {describe, expect, it} from 'vitest'
import {stuckJob} from '../../../../src/verdict/diagnosis/stuck.js'
import type {PortalFacts} from '../../../../src/core/portal-facts.js'
import {judge, type Thresholds} from '../../../../src/verdict/verdict.js'
import {verdictReport} from '../../../../src/report/build.js'
import {
  backup,
  facts,
  hoursBefore,
  job,
  NOW,
  PORTAL_INFO,
  schedule,
  THRESHOLDS
} from '../../fixtures.js'

const DAILY = {period: 0, hour: 2, day: 0}

function diagnosisOf(portal: PortalFacts, thresholds: Partial<Thresholds> = {}) {
  const verdict = judge(portal, {...THRESHOLDS, ...thresholds}, NOW)
  // Portal text as it is: the report's own quoting (redact, then cut) is tested with the report.
  return {verdict, diagnosis: verdict.findings.diagnosis?.(text => text) ?? null}
}

/** A stale portal (newest backup 40 h old) whose schedule last started a run `startedHours` ago. */
function stale(startedHours: number | null, overrides: Partial<PortalFacts> = {}): PortalFacts {
  return facts({
    history: [backup(40), backup(64)],
    schedule: schedule(DAILY, {
      lastBackupTime: startedHours === null ? null : hoursBefore(startedHours)
    }),
    latestJob: null,
    ...overrides
  })
}

describe('diagnosis: the likely cause of a stale or missing backup', () => {
  it('blames the worker or its queue when the schedule started a run after the newest backup and no job runs', () => {
    const {verdict, diagnosis} = diagnosisOf(stale(10))
    expect(verdict.reasons).toEqual(['stale'])
    expect(diagnosis).toBe(
      "The schedule started a run at 2026-03-10 02:00 UTC (10h ago), after the newest backup, and no job is running: that run produced no backup, so the backup worker or its queue is not working; check the backup service's log and the message bus (e.g. RabbitMQ) it takes requests from, and restart the backup service."
    )
  })

  it('says the same when the last job completed without error but left no backup', () => {
    expect(diagnosisOf(stale(10, {latestJob: job()})).diagnosis).toMatch(
      /after the newest backup, and no job is running: .*backup worker or its queue/
    )
  })

  it('blames the scheduler when it has not started a run for over a period plus grace', () => {
    // The newest backup is from the last run it started, 41 h ago: 41 > 24 + 3.
    const {diagnosis} = diagnosisOf(stale(41))
    expect(diagnosis).toBe(
      "The schedule has not started a run since 2026-03-08 19:00 UTC (1d 17h ago), over one period plus grace (1d 3h): the backup scheduler is not firing; restart the backup service (its scheduler runs on one instance and stops silently after a critical error), and check that the portal's plan is paid and includes automatic backups."
    )
  })

  it('uses the schedule’s own period and the grace input for "late"', () => {
    const weekly = {period: 1, hour: 2, day: 3}
    const portal = facts({
      history: [backup(200)],
      schedule: schedule(weekly, {lastBackupTime: hoursBefore(160)}),
      latestJob: null
    })
    // 160 h < 168 + 3: the scheduler is on time, the run after the newest backup went nowhere.
    expect(diagnosisOf(portal).diagnosis).toMatch(/backup worker or its queue/)
    expect(diagnosisOf(portal, {graceHours: 0, maxAge: 100}).diagnosis).toMatch(
      /backup worker or its queue/
    )
    const late = {...portal, schedule: schedule(weekly, {lastBackupTime: hoursBefore(172)})}
    expect(diagnosisOf(late).diagnosis).toMatch(/scheduler is not firing/)
  })

  it('says there is no schedule', () => {
    const {verdict, diagnosis} = diagnosisOf(stale(10, {schedule: null}))
    expect(verdict.reasons).toEqual(['stale', 'no-schedule'])
    expect(diagnosis).toMatch(
      /^There is no automatic backup schedule, so nothing makes new backups/
    )
  })

  it('says the schedule never ran, for a portal with no backup', () => {
    const {verdict, diagnosis} = diagnosisOf(stale(null, {history: []}))
    expect(verdict.reasons).toEqual(['no-backups'])
    expect(diagnosis).toMatch(/^The backup schedule has never started a run/)
  })

  it('says a job is still running, and what a frozen percentage means', () => {
    const running = stale(3, {latestJob: job({isCompleted: false, progress: 45, status: 1})})
    expect(diagnosisOf(running).diagnosis).toBe(
      'A backup job is still running (45%, the schedule last started a run at 2026-03-10 09:00 UTC (3h ago)): wait for it to finish; if it stays at 45%, its worker has stopped: restart the backup service.'
    )
  })

  it('says a job is stuck once it has run longer than max-runtime', () => {
    const running = stale(10, {latestJob: job({isCompleted: false, progress: 45, status: 1})})
    const {verdict, diagnosis} = diagnosisOf(running)
    expect(diagnosis).toMatch(
      /^A backup job has been running since the schedule started it at 2026-03-10 02:00 UTC \(10h ago\), over max-runtime \(6h\), at 45%/
    )
    expect(verdict.warnings).toEqual(expect.arrayContaining(['backup-running', 'backup-stuck']))
    expect(diagnosisOf(running, {maxRuntimeHours: 12}).diagnosis).toMatch(/still running/)
  })

  it('quotes the last job’s error', () => {
    const failed = stale(10, {
      latestJob: job({error: 'Access to the path is denied.', progress: 12})
    })
    const {verdict, diagnosis} = diagnosisOf(failed)
    expect(verdict.reasons).toEqual(['stale', 'last-backup-failed'])
    expect(diagnosis).toBe(
      'The last backup job failed: "Access to the path is denied": fix what it names (storage space, permissions, the storage\'s credentials), then start a backup to confirm.'
    )
  })

  it('blames the worker when there is no backup at all yet runs were started', () => {
    expect(diagnosisOf(stale(5, {history: []})).diagnosis).toMatch(
      /^The schedule started a run at .*, yet there is no backup at all, and no job is running/
    )
  })

  it('says when max-age is shorter than the schedule period of an on-time schedule', () => {
    const weekly = facts({
      history: [backup(50)],
      schedule: schedule({period: 1, hour: 2, day: 1}, {lastBackupTime: hoursBefore(50.01)}),
      latestJob: null
    })
    const {verdict, diagnosis} = diagnosisOf(weekly, {maxAge: 36})
    expect(verdict.reasons).toEqual(['stale'])
    expect(diagnosis).toMatch(/max-age \(1d 12h\) is shorter than its period \(7d\)/)
  })

  it.each([
    ['a healthy portal', facts()],
    ['too few backups only', facts({history: [backup(5)]})],
    ['no schedule only', facts({schedule: null})]
  ])('gives no diagnosis for %s', (_what, portal) => {
    expect(diagnosisOf(portal, {minCount: 2}).diagnosis).toBeNull()
  })

  it('bounds a long job error in the report, redacting the token before the cut', () => {
    const token = `sk-${'7'.repeat(64)}`
    const error = `${'x'.repeat(480)} Bearer ${token} and more`
    const report = verdictReport(
      {portal: PORTAL_INFO, checkedAt: NOW, thresholds: THRESHOLDS, warnings: [], secrets: [token]},
      stale(10, {latestJob: job({error})}),
      judge(stale(10, {latestJob: job({error})}), THRESHOLDS, NOW)
    )
    expect(report.diagnosis!.length).toBeLessThan(800)
    expect(report.diagnosis).toMatch(/^The last backup job failed: "x{480} Bearer \*\*\*/)
    expect(report.diagnosis).not.toContain('sk-7777')
    expect(report.diagnosis).toMatch(/then start a backup to confirm\.$/)
  })
})

describe('backup-stuck', () => {
  const running = job({isCompleted: false, progress: 45, status: 1})
  const since = (hours: number) => schedule(DAILY, {lastBackupTime: hoursBefore(hours)})

  it('is a job running longer than max-runtime since the schedule started it, with no new backup', () => {
    expect(stuckJob(since(7), running, hoursBefore(30).getTime(), 6, NOW)).toEqual({
      since: '2026-03-10T05:00:00Z',
      hours: 7,
      progress: 45
    })
  })

  it.each([
    ['within max-runtime', since(5), running, hoursBefore(30).getTime()],
    ['with a backup since the run started', since(7), running, hoursBefore(6).getTime()],
    ['for a completed job', since(7), job(), null],
    ['for a restore', since(7), {...running, backupProgressEnum: 1}, null],
    ['without a schedule', null, running, null],
    ['for a schedule that never ran', schedule(DAILY, {lastBackupTime: null}), running, null]
  ])('is not %s', (_what, theSchedule, theJob, newest) => {
    expect(stuckJob(theSchedule, theJob, newest, 6, NOW)).toBeNull()
  })

  it('is a warning on a portal that is otherwise healthy', () => {
    const portal = facts({
      history: [backup(20)],
      schedule: since(8),
      latestJob: running
    })
    const verdict = judge(portal, THRESHOLDS, NOW)
    expect(verdict.status).toBe('healthy')
    expect(verdict.warnings).toContain('backup-stuck')
  })
})
