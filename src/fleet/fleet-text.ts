// The fleet as plain text: a block per portal that is not healthy (the single check's text,
// under its name), a line per healthy one, then the total.
import {renderText} from '../render/text.js'
import type {Report} from '../report/shape.js'
import {humanDuration} from '../time/durations.js'
import type {FleetCounts} from './fleet-report.js'
import {fleetCounts} from './fleet-report.js'
import type {NamedReport} from './run-fleet.js'

export function renderFleetText(named: readonly NamedReport[]): string {
  const blocks = named
    .filter(({report}) => report.status !== 'healthy')
    .map(({name, report}) => `[${name}] ${renderText(report)}`)
  const lines = named
    .filter(({report}) => report.status === 'healthy')
    .map(({name, report}) => `✔ ${name}: healthy, ${newestWords(report)}`)
  const healthy = lines.length > 0 ? [lines.join('\n')] : []
  return [...blocks, ...healthy, totalLine(fleetCounts(named))].join('\n\n')
}

/** `3 usable backups, newest 5h 2m old`. */
export function newestWords(report: Report): string {
  const usable = `${report.counts.usable} usable backup${report.counts.usable === 1 ? '' : 's'}`
  if (!report.latest) return usable
  return `${usable}, newest ${humanDuration(report.latest.ageHours * 3600)} old`
}

/** `40 portals: 37 healthy, 2 unhealthy, 1 could not be checked`. */
export function totalLine(counts: FleetCounts): string {
  const parts = [
    `${counts.healthy} healthy`,
    `${counts.unhealthy} unhealthy`,
    `${counts.error} could not be checked`
  ]
  return `${counts.total} portal${counts.total === 1 ? '' : 's'}: ${parts.join(', ')}`
}
