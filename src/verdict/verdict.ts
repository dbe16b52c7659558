// The verdict, pure: facts and thresholds in; status, reasons and warnings out.
import {readSchedule, type ScheduleFindings} from './diagnosis/index.js'
import {surveyHistory, type HistorySurvey} from './history-survey.js'
import {JOB_KIND, PERIOD_HOURS, periodOf, type ReasonCode, type WarningCode} from '../core/codes.js'
import type {BackupRecord, PortalFacts, Schedule} from '../core/portal-facts.js'

export interface Thresholds {
  minCount: number
  /** The max-age input in hours, or `auto`. */
  maxAge: number | 'auto'
  graceHours: number
  requireSchedule: boolean
  /** A job running longer than this since the schedule started it is stuck (`max-runtime`). */
  maxRuntimeHours: number
}

export interface Verdict {
  status: 'healthy' | 'unhealthy'
  reasons: ReasonCode[]
  warnings: WarningCode[]
  /** How many backups have not expired. */
  usableCount: number
  /** The newest usable backups, newest first (at most NEWEST_KEPT). */
  newestUsable: BackupRecord[]
  /** Age of the newest usable backup in hours, never negative; `null` when there is none. */
  newestAgeHours: number | null
  /** The max-age in force, in hours: the input, or one schedule period plus grace. */
  maxAgeInForceHours: number
  /** What the schedule says: the likely cause, the missed periods, a stuck job. */
  findings: ScheduleFindings
}

const HOUR_MS = 3_600_000

export function judge(facts: PortalFacts, thresholds: Thresholds, now: Date): Verdict {
  const survey = surveyHistory(facts.history, now)
  const usable = survey.usableCount
  const newest = survey.newestUsable[0]
  const newestAgeHours = newest
    ? Math.max(0, now.getTime() - newest.createdOn.getTime()) / HOUR_MS
    : null
  const maxAgeInForceHours = maxAgeInForce(thresholds, facts.schedule)

  const reasons: ReasonCode[] = []
  if (usable === 0 && thresholds.minCount >= 1) reasons.push('no-backups')
  if (usable > 0 && usable < thresholds.minCount) reasons.push('too-few-backups')
  if (newestAgeHours !== null && newestAgeHours > maxAgeInForceHours) reasons.push('stale')
  if (thresholds.requireSchedule && facts.schedule === null) reasons.push('no-schedule')
  const job = facts.latestJob
  if (job && job.backupProgressEnum === JOB_KIND.Backup && job.isCompleted && job.error !== '') {
    reasons.push('last-backup-failed')
  }

  const findings = readSchedule({
    schedule: facts.schedule,
    latestJob: facts.latestJob,
    newestUsable: survey.newestUsable,
    reasons,
    periodHours: periodHours(facts.schedule),
    graceHours: thresholds.graceHours,
    maxAgeInForceHours,
    maxRuntimeHours: thresholds.maxRuntimeHours,
    now
  })
  return {
    status: reasons.length > 0 ? 'unhealthy' : 'healthy',
    reasons,
    warnings: [...warningsFor(facts, survey), ...findings.warnings],
    usableCount: usable,
    newestUsable: survey.newestUsable,
    newestAgeHours,
    maxAgeInForceHours,
    findings
  }
}

/** `auto`: one schedule period plus grace; with no schedule, a day plus grace. */
export function maxAgeInForce(thresholds: Thresholds, schedule: Schedule | null): number {
  if (thresholds.maxAge !== 'auto') return thresholds.maxAge
  return periodHours(schedule) + thresholds.graceHours
}

/** The schedule's period in hours; with no schedule (or an unknown period), a day. */
function periodHours(schedule: Schedule | null): number {
  const period = schedule && periodOf(schedule.cronParams.period)
  return PERIOD_HOURS[period || 'EveryDay']
}

function warningsFor(facts: PortalFacts, survey: HistorySurvey): WarningCode[] {
  const warnings: WarningCode[] = []
  const job = facts.latestJob
  if (job && job.backupProgressEnum === JOB_KIND.Backup && !job.isCompleted)
    warnings.push('backup-running')
  if (survey.allUsableExpiring) warnings.push('expiring')
  if (facts.schedule && facts.schedule.lastBackupTime === null) warnings.push('schedule-never-ran')
  if (survey.fromTheFuture) warnings.push('clock-skew')
  return warnings
}
