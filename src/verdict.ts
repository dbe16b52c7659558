// The verdict, pure: facts and thresholds in; status, reasons and warnings out.
import {
  BackupPeriod,
  type BackupRecord,
  type PortalFacts,
  type ReasonCode,
  type Schedule,
  type WarningCode
} from './types.js'

export interface Thresholds {
  minCount: number
  maxAgeHours: number | 'auto'
  graceHours: number
  requireSchedule: boolean
}

export interface Verdict {
  status: 'healthy' | 'unhealthy'
  reasons: ReasonCode[]
  warnings: WarningCode[]
  /** Usable backups (not expired), newest first. */
  usable: BackupRecord[]
  /** Age of the newest usable backup in hours, never negative; `null` when there is none. */
  newestAgeHours: number | null
  /** The max-age in force: the input, or one schedule period plus grace. */
  maxAgeHours: number
}

const HOUR_MS = 3_600_000
const EXPIRING_WITHIN_MS = 24 * HOUR_MS
const CLOCK_SKEW_MS = 5 * 60_000
const PERIOD_HOURS: Record<number, number> = {
  [BackupPeriod.EveryDay]: 24,
  [BackupPeriod.EveryWeek]: 168,
  [BackupPeriod.EveryMonth]: 744
}

export function judge(facts: PortalFacts, thresholds: Thresholds, now: Date): Verdict {
  const usable = usableNewestFirst(facts.history, now)
  const newest = usable[0]
  const newestAgeHours = newest
    ? Math.max(0, now.getTime() - newest.createdOn.getTime()) / HOUR_MS
    : null
  const maxAgeHours = maxAgeInForce(thresholds, facts.schedule)

  const reasons: ReasonCode[] = []
  if (usable.length === 0 && thresholds.minCount >= 1) reasons.push('no-backups')
  if (usable.length > 0 && usable.length < thresholds.minCount) reasons.push('too-few-backups')
  if (newestAgeHours !== null && newestAgeHours > maxAgeHours) reasons.push('stale')
  if (thresholds.requireSchedule && facts.schedule === null) reasons.push('no-schedule')
  const job = facts.progress
  if (job && job.backupProgressEnum === 0 && job.isCompleted && job.error !== '') {
    reasons.push('last-backup-failed')
  }

  return {
    status: reasons.length > 0 ? 'unhealthy' : 'healthy',
    reasons,
    warnings: warningsFor(facts, usable, now),
    usable,
    newestAgeHours,
    maxAgeHours
  }
}

/** Backups that have not expired, newest first: the history comes unsorted. */
export function usableNewestFirst(history: BackupRecord[], now: Date): BackupRecord[] {
  return history
    .filter(backup => backup.expiresOn === null || backup.expiresOn.getTime() > now.getTime())
    .sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime())
}

/** `auto`: one schedule period plus grace; with no schedule, a day plus grace. */
export function maxAgeInForce(thresholds: Thresholds, schedule: Schedule | null): number {
  if (thresholds.maxAgeHours !== 'auto') return thresholds.maxAgeHours
  const period = schedule ? (PERIOD_HOURS[schedule.cronParams.period] ?? 24) : 24
  return period + thresholds.graceHours
}

function warningsFor(facts: PortalFacts, usable: BackupRecord[], now: Date): WarningCode[] {
  const warnings: WarningCode[] = []
  const job = facts.progress
  if (job && job.backupProgressEnum === 0 && !job.isCompleted) warnings.push('backup-running')
  const expiresSoon = (backup: BackupRecord): boolean =>
    backup.expiresOn !== null && backup.expiresOn.getTime() - now.getTime() <= EXPIRING_WITHIN_MS
  if (usable.length > 0 && usable.every(expiresSoon)) warnings.push('expiring')
  if (facts.schedule && facts.schedule.lastBackupTime === null) warnings.push('schedule-never-ran')
  if (facts.history.some(backup => backup.createdOn.getTime() - now.getTime() > CLOCK_SKEW_MS)) {
    warnings.push('clock-skew')
  }
  return warnings
}
