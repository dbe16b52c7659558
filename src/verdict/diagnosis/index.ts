// What the schedule says beyond the verdict: the likely cause of a stale or missing backup, the
// periods that missed their backup, a job stuck running. Pure: facts and now in.
import type {ReasonCode, WarningCode} from '../../core/codes.js'
import type {BackupRecord, BackupJob, Schedule} from '../../core/portal-facts.js'
import {calendarOf, type Calendar} from './calendar.js'
import {likelyCause, type Diagnosis} from './likely-cause.js'
import {offsetWords, periodGrid} from './periods.js'
import {stuckJob, type StuckJob} from './stuck.js'

export type {Calendar} from './calendar.js'
export type {StuckJob} from './stuck.js'
export type {Diagnosis} from './likely-cause.js'

export interface ScheduleReading {
  schedule: Schedule | null
  latestJob: BackupJob | null
  /** The newest usable backups, newest first. */
  newestUsable: readonly BackupRecord[]
  reasons: readonly ReasonCode[]
  /** The schedule's period in hours (day 24, week 168, month 744). */
  periodHours: number
  graceHours: number
  maxAgeInForceHours: number
  maxRuntimeHours: number
  now: Date
}

export interface ScheduleFindings {
  /** One sentence for a stale or missing backup, given how to quote portal text; `null` otherwise. */
  diagnosis: Diagnosis | null
  /** Daily and weekly schedules with a usable backup; `null` otherwise. */
  calendar: Calendar | null
  stuckJob: StuckJob | null
  warnings: WarningCode[]
}

export function readSchedule(reading: ScheduleReading): ScheduleFindings {
  const {schedule, now} = reading
  const newestBackupMs = reading.newestUsable[0]?.createdOn.getTime() ?? null
  const stuck = stuckJob(schedule, reading.latestJob, newestBackupMs, reading.maxRuntimeHours, now)
  const grid = schedule && periodGrid(schedule, now)
  const calendar =
    grid &&
    calendarOf(
      grid,
      reading.newestUsable.map(backup => backup.createdOn.getTime()),
      grid.utcOffsetMinutes === null ? null : offsetWords(grid.utcOffsetMinutes)
    )
  const explains = reading.reasons.includes('stale') || reading.reasons.includes('no-backups')
  const diagnosis = explains
    ? likelyCause({
        schedule,
        job: reading.latestJob,
        newestBackupMs,
        periodHours: reading.periodHours,
        graceHours: reading.graceHours,
        maxAgeInForceHours: reading.maxAgeInForceHours,
        maxRuntimeHours: reading.maxRuntimeHours,
        stuck,
        now
      })
    : null
  const warnings: WarningCode[] = []
  if (calendar && calendar.missed.length > 0) warnings.push('missed-backups')
  if (stuck) warnings.push('backup-stuck')
  return {diagnosis, calendar, stuckJob: stuck, warnings}
}
