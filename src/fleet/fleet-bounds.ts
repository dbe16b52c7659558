// The fleet object within a size (the Action's `report` output: a step's outputs share 1 MiB).
// Whole when it fits; else each portal brief (status, reasons, warnings, figures, error); else
// as many briefs as fit, those not healthy first. The object says what was left out.
import type {Report} from '../report/shape.js'
import {fleetReport, type FleetReport} from './fleet-report.js'
import type {NamedReport} from './run-fleet.js'

/** Well under the 1 MiB the step's outputs share, whatever the fleet's size. */
export const MAX_REPORT_OUTPUT_BYTES = 768 * 1024

export interface PortalBrief {
  name: string
  host: string
  status: Report['status']
  reasons: Report['reasons']
  warnings: Report['warnings']
  usable: number | null
  newestAgeHours: number | null
  error?: Report['error']
}

export type BoundedFleetReport =
  | FleetReport
  | (Omit<FleetReport, 'portals'> & {
      portals: PortalBrief[]
      /** What was left out to stay within the bound, in words, and how many portals. */
      truncated: {detail: 'brief'; omittedPortals: number; why: string}
    })

export function boundedFleetReport(
  named: readonly NamedReport[],
  checkedAt: Date,
  maxBytes = MAX_REPORT_OUTPUT_BYTES
): BoundedFleetReport {
  const whole = fleetReport(named, checkedAt)
  if (sizeOf(whole) <= maxBytes) return whole
  const briefs = named.map(briefOf)
  const why = `The whole object would be over ${Math.round(maxBytes / 1024)} KiB: each portal is brief (the job summary and --format json give every detail).`
  const brief = {
    ...whole,
    portals: briefs,
    truncated: {detail: 'brief' as const, omittedPortals: 0, why}
  }
  if (sizeOf(brief) <= maxBytes) return brief
  // Those not healthy first: they are what the object is read for.
  const ordered = [...briefs].sort((a, b) => rank(a) - rank(b))
  let size = sizeOf({...brief, portals: []}) + 64
  const kept: PortalBrief[] = []
  for (const item of ordered) {
    size += Buffer.byteLength(JSON.stringify(item)) + 1
    if (size > maxBytes) break
    kept.push(item)
  }
  const omittedPortals = named.length - kept.length
  return {
    ...brief,
    portals: kept,
    truncated: {
      detail: 'brief',
      omittedPortals,
      why: `${why} ${omittedPortals} healthy or later portals are left out; counts holds them all.`
    }
  }
}

function briefOf({name, report}: NamedReport): PortalBrief {
  return {
    name,
    host: report.host,
    status: report.status,
    reasons: report.reasons,
    warnings: report.warnings,
    usable: report.status === 'error' ? null : report.counts.usable,
    newestAgeHours: report.latest?.ageHours ?? null,
    ...(report.error ? {error: report.error} : {})
  }
}

function rank(brief: PortalBrief): number {
  return brief.status === 'unhealthy' ? 0 : brief.status === 'error' ? 1 : 2
}

function sizeOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value))
}
