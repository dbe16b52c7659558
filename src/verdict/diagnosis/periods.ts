// The periods of a daily or weekly schedule on the UTC timeline. The schedule fires at its hour
// (and weekly on its day) in the portal's time zone, which the backup API does not give; but the
// scheduler stamps `lastBackupTime` (UTC) as it starts a run, so a run that started on time tells
// the portal's offset from UTC. A run stamped long after a quarter hour (a late or catch-up run)
// tells nothing, and then the hour is read as UTC.
import {periodOf} from '../../core/codes.js'
import type {Schedule} from '../../core/portal-facts.js'

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS
/** How late after a quarter hour a run may be stamped and still be read as on time. */
const ON_TIME_MINUTES = 10
/** 1970-01-01, day 0 of the epoch, was a Thursday (0 = Sunday). */
const EPOCH_WEEKDAY = 4

export interface PeriodGrid {
  unit: 'day' | 'week'
  lengthMs: number
  /** The latest scheduled run at or before now, in epoch ms. */
  lastRunMs: number
  /** The portal's offset from UTC in minutes, read from `lastBackupTime`; `null`: unknown. */
  utcOffsetMinutes: number | null
}

/** The grid of a daily or weekly schedule; `null` for a monthly one or an impossible cron. */
export function periodGrid(schedule: Schedule, now: Date): PeriodGrid | null {
  const {period, hour, day} = schedule.cronParams
  const named = periodOf(period)
  const unit = named === 'EveryDay' ? 'day' : named === 'EveryWeek' ? 'week' : null
  if (unit === null || !Number.isInteger(hour) || hour < 0 || hour > 23) return null
  if (unit === 'week' && !(Number.isInteger(day) && day >= 1 && day <= 7)) return null
  const utcOffsetMinutes = portalOffsetMinutes(schedule)
  const lengthMs = unit === 'day' ? DAY_MS : 7 * DAY_MS
  // A run on the portal's clock: 1970-01-01 at the hour, or the first of the weekday after it.
  const firstLocalRun =
    hour * HOUR_MS + (unit === 'week' ? ((day - 1 - EPOCH_WEEKDAY + 7) % 7) * DAY_MS : 0)
  const anchor = firstLocalRun - (utcOffsetMinutes ?? 0) * MINUTE_MS
  const lastRunMs = anchor + Math.floor((now.getTime() - anchor) / lengthMs) * lengthMs
  return {unit, lengthMs, lastRunMs, utcOffsetMinutes}
}

/**
 * Which period an instant falls in: 0 for the latest run, -1 for the one before, and so on.
 * A period spans half a period either side of its run, so that a backup made a little before
 * or after its run (a scheduler lag, a daylight-saving shift, an offset read wrong by hours)
 * still counts for that run. Anything after the latest run's half (a manual backup this
 * afternoon, a clock ahead) counts for the latest run: the grid stops at now.
 */
export function periodIndex(grid: PeriodGrid, ms: number): number {
  return Math.min(0, Math.floor((ms - grid.lastRunMs + grid.lengthMs / 2) / grid.lengthMs))
}

/** When the run of period `index` was due, in epoch ms. */
export function runOf(grid: PeriodGrid, index: number): number {
  return grid.lastRunMs + index * grid.lengthMs
}

/**
 * The offset (local = UTC + offset) that puts `lastBackupTime` on the schedule's hour (and
 * day), in whole quarter hours from -12:00 to +14:00; `null` when the run was not on time.
 */
export function portalOffsetMinutes(schedule: Schedule): number | null {
  const started = schedule.lastBackupTime
  if (started === null) return null
  const ms = started.getTime()
  const minuteOfDay = (((ms % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS
  const quarter = Math.floor(minuteOfDay / 15) * 15
  if (minuteOfDay - quarter > ON_TIME_MINUTES) return null
  let offset = (((schedule.cronParams.hour * 60 - quarter) % 1440) + 1440) % 1440
  if (offset > 14 * 60) offset -= 1440
  if (periodOf(schedule.cronParams.period) === 'EveryWeek') {
    const localDay = Math.floor(
      (ms - (minuteOfDay - quarter) * MINUTE_MS + offset * MINUTE_MS) / DAY_MS
    )
    const weekday = (((localDay + EPOCH_WEEKDAY) % 7) + 7) % 7
    if (weekday !== schedule.cronParams.day - 1) return null
  }
  return offset
}

/** `2026-03-10`: the UTC date of an instant. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** `+03:00`, `-05:30`, `+00:00`. */
export function offsetWords(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${sign}${hh}:${mm}`
}
