// The schedule's recent periods and which of them hold a backup: the summary's calendar strip
// and the `missed-backups` warning. Pure: a grid and backup dates in, marks out.
import {periodIndex, runOf, utcDate, type PeriodGrid} from './periods.js'

/** How many periods the strip and the missed-backups window reach back, the latest included. */
export const CALENDAR_PERIODS = 30

export type Mark = 'backup' | 'none' | 'today'

export interface Calendar {
  unit: 'day' | 'week'
  /** The UTC time of day the schedule runs at, `HH:MM`. */
  runsAtUtc: string
  /** The portal's offset from UTC read from the schedule (`+03:00`); `null`: unknown, UTC assumed. */
  portalOffset: string | null
  /** One per period, oldest first, the latest run last; `date` is its run's UTC date. */
  periods: {date: string; mark: Mark}[]
  /** UTC dates of the periods with no backup between the oldest usable backup and the newest. */
  missed: string[]
}

/**
 * The periods from the oldest usable backup (at most CALENDAR_PERIODS back) to the latest run.
 * `backupTimes`: creation times (epoch ms) of the newest usable backups (a cut history keeps the
 * newest, so every gap after the oldest of them is a real one).
 */
export function calendarOf(
  grid: PeriodGrid,
  backupTimes: readonly number[],
  portalOffset: string | null
): Calendar | null {
  if (backupTimes.length === 0) return null
  const held = new Set(backupTimes.map(ms => periodIndex(grid, ms)))
  const newest = Math.max(...held)
  const oldest = Math.min(...held)
  const first = Math.max(oldest, 1 - CALENDAR_PERIODS)
  const periods: Calendar['periods'] = []
  const missed: string[] = []
  for (let index = first; index <= 0; index++) {
    const date = utcDate(runOf(grid, index))
    const mark: Mark = held.has(index) ? 'backup' : index === 0 ? 'today' : 'none'
    periods.push({date, mark})
    // Only a gap with a backup on both sides is a miss: before the oldest, the schedule may not
    // have existed; after the newest, the verdict's max-age speaks.
    if (mark === 'none' && index < newest) missed.push(date)
  }
  return {
    unit: grid.unit,
    runsAtUtc: new Date(grid.lastRunMs).toISOString().slice(11, 16),
    portalOffset,
    periods,
    missed
  }
}
