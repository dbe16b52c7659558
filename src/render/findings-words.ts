// The schedule's findings and the heartbeat in words, and the calendar strip, for the summary,
// the log and the CLI alike. The strip is plain characters, so it reads in a terminal, a log, a
// mail or a screen reader as well as in the rendered summary.
import type {Calendar, Mark} from '../verdict/diagnosis/calendar.js'
import {formatHours, humanDuration} from '../time/durations.js'
import type {Report} from '../report/shape.js'

export const STRIP_MARKS: Record<Mark, string> = {backup: '■', none: '□', today: '◇'}

const UNIT_WORDS = {day: 'day', week: 'week'} as const

function periods(count: number, unit: 'day' | 'week'): string {
  return `${count} ${UNIT_WORDS[unit]}${count === 1 ? '' : 's'}`
}

/** `missed-backups`: how many periods, over how many, and their dates. */
export function missedWords(report: Report): string {
  const calendar = report.calendar
  if (!calendar || calendar.missed.length === 0) return 'Some scheduled backups are missing.'
  const window = calendar.periods.slice(0, lastBackupIndex(calendar) + 1)
  return `No backup for ${calendar.missed.length} of the ${periods(window.length, calendar.unit)} from ${window[0]?.date} to ${window.at(-1)?.date} (UTC dates of the scheduled runs): ${calendar.missed.join(', ')}. The newest backup is fine, so only this shows the runs that failed: look in the backup service's log for those dates.`
}

/** `backup-stuck`: since when, and what to do. */
export function stuckWords(report: Report): string {
  const stuck = report.stuckJob
  if (!stuck) return 'A backup job has been running for longer than max-runtime.'
  const since = `${stuck.since.slice(0, 16).replace('T', ' ')} UTC`
  return `A backup job has been running for ${humanDuration(stuck.hours * 3600)} (${formatHours(stuck.hours)} h, since the schedule started it at ${since}; max-runtime ${formatHours(report.thresholds.maxRuntimeHours)} h) at ${stuck.progress}%, with no new backup: its worker has probably stopped. Restart the backup service.`
}

/** `ping-failed`: the provider and what went wrong, never the URL. */
export function pingFailedWords(report: Report): string {
  const heartbeat = report.heartbeat
  if (!heartbeat) return 'The heartbeat ping failed.'
  return `The heartbeat ping (${heartbeat.provider}, ${heartbeat.signal}) failed: ${heartbeat.problem ?? 'no answer'}. The verdict stands; the heartbeat service will raise the alarm if pings stay away.`
}

/** `ping-provider-unknown`: what was sent, what it may mean there, what to set. Never the URL. */
export const PING_PROVIDER_UNKNOWN =
  'The ping URL names a ping or a heartbeat (/ping/…, /heartbeat/…), but not in a form ping-provider auto knows, so it was sent as generic (a POST with ?status=…): a heartbeat service may record that as a success even when the backups are unhealthy. Set ping-provider to the service (healthchecks, cronitor, uptime-kuma, betterstack), or to generic if that is what it is.'

/**
 * The strip and its legend, e.g. `■■□■ ■■■■■■◇` and `Backups per day (UTC), 2026-03-01 to
 * 2026-03-10: ■ backup, □ none, ◇ latest run, no backup yet; a space starts each week
 * (Monday)`. Daily marks are grouped by week (a space before each Monday), so a week reads at
 * a glance, and the legend says what the space is whenever there is one.
 */
export function calendarStrip(calendar: Calendar): {strip: string; legend: string} {
  const strip = calendar.periods
    .map((period, i) => {
      const monday = new Date(`${period.date}T00:00:00Z`).getUTCDay() === 1
      const gap = calendar.unit === 'day' && monday && i > 0 ? ' ' : ''
      return `${gap}${STRIP_MARKS[period.mark]}`
    })
    .join('')
  const first = calendar.periods[0]?.date
  const last = calendar.periods.at(-1)?.date
  const zone = calendar.portalOffset
    ? `the schedule runs at ${calendar.runsAtUtc} UTC, the portal being at UTC${calendar.portalOffset}`
    : `the schedule runs at ${calendar.runsAtUtc} UTC if the portal's time is UTC`
  const weeks = strip.includes(' ') ? '; a space starts each week (Monday)' : ''
  const legend = `Backups per scheduled ${UNIT_WORDS[calendar.unit]}, ${first} to ${last} (UTC dates; ${zone}): ${STRIP_MARKS.backup} backup, ${STRIP_MARKS.none} none, ${STRIP_MARKS.today} latest run, no backup yet${weeks}`
  return {strip, legend}
}

/** The position of the newest period with a backup. */
function lastBackupIndex(calendar: Calendar): number {
  for (let i = calendar.periods.length - 1; i >= 0; i--) {
    if (calendar.periods[i]?.mark === 'backup') return i
  }
  return calendar.periods.length - 1
}
