// Every portal of a fleet, at most `concurrency` at once, each as soon as a place is free: a
// slow or hanging portal holds its own place only, and only as long as its own timeouts.
import type {Report} from '../report/shape.js'
import {checkFleetPortal, type FleetCheckDependencies} from './check-portal.js'
import type {FleetPortal} from './portals-file.js'

/** A portal's report under its name: what every fleet renderer reads. */
export interface NamedReport {
  name: string
  report: Report
}

/** Portals checked at once unless told (`--concurrency`): enough to hide the portals' latency,
 * few enough for any host. The Action's fleet step uses it as it is. */
export const DEFAULT_CONCURRENCY = 16

export interface FleetRunOptions extends FleetCheckDependencies {
  concurrency: number
  /** Called as each portal's report is ready (progress, the exporter's store). */
  onReport?: (named: NamedReport) => void
}

/** The reports in the fleet's order. */
export async function checkFleet(
  portals: readonly FleetPortal[],
  options: FleetRunOptions
): Promise<NamedReport[]> {
  const results: NamedReport[] = new Array<NamedReport>(portals.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < portals.length) {
      const index = next++
      const portal = portals[index]
      const named = {name: portal.name, report: await checkFleetPortal(portal, options)}
      results[index] = named
      options.onReport?.(named)
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency, portals.length))
  await Promise.all(Array.from({length: workers}, worker))
  return results
}
