// The fleet's outcome from its portals' reports: one status (the worst), the counts, and the
// JSON object (`--format json`, the Action's `report`): {checkedAt, status, counts, portals}.
import type {Status} from '../core/codes.js'
import type {Report} from '../report/shape.js'
import type {NamedReport} from './run-fleet.js'

export interface FleetCounts {
  total: number
  healthy: number
  unhealthy: number
  error: number
}

/** A portal's report with its name first, as the fleet object lists it. */
export type FleetPortalReport = {name: string} & Report

export interface FleetReport {
  checkedAt: string
  status: Status
  counts: FleetCounts
  portals: FleetPortalReport[]
}

/**
 * Worst first: an unhealthy portal is a finding about its backups and outranks one that could
 * not be checked (as CRITICAL outranks UNKNOWN in a monitoring system's severity order).
 */
const SEVERITY: readonly Status[] = ['unhealthy', 'error', 'healthy']

export function fleetCounts(named: readonly NamedReport[]): FleetCounts {
  const counts: FleetCounts = {total: named.length, healthy: 0, unhealthy: 0, error: 0}
  for (const {report} of named) counts[report.status]++
  return counts
}

/** The worst status among `reports`; `healthy` when there are none (an empty shard). */
export function worstStatus(reports: readonly Pick<Report, 'status'>[]): Status {
  const present = new Set(reports.map(report => report.status))
  return SEVERITY.find(status => present.has(status)) ?? 'healthy'
}

export function fleetReport(named: readonly NamedReport[], checkedAt: Date): FleetReport {
  return {
    checkedAt: checkedAt.toISOString(),
    status: worstStatus(named.map(({report}) => report)),
    counts: fleetCounts(named),
    portals: named.map(({name, report}) => ({name, ...report}))
  }
}
