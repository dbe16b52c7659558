// One portal of a fleet: the single check (src/check.ts) as it is, its log lines prefixed by
// the portal's name. A signal ends the wait for it (the exporter's shutdown): what was sent is
// left to its own timeouts, the caller is not held by it.
import type {LookupFunction} from 'node:net'
import {runCheck} from '../check.js'
import type {Report} from '../report/shape.js'
import type {Timing} from '../time/clock.js'
import type {FleetPortal} from './portals-file.js'

export interface FleetCheckDependencies {
  timing: Timing
  /** A line of progress; default: none. */
  log?: (line: string) => void
  /** Aborts the wait: the promise rejects with the signal's reason. */
  signal?: AbortSignal
  /** Name resolution, for tests; the system's otherwise. */
  lookup?: LookupFunction
}

/** The portal's Report; rejects only when `signal` aborts (or for a bug). */
export function checkFleetPortal(
  portal: FleetPortal,
  deps: FleetCheckDependencies
): Promise<Report> {
  const {signal} = deps
  signal?.throwIfAborted()
  const checking = runCheck(portal.inputs, {
    log: line => deps.log?.(`${portal.name}: ${line}`),
    timing: deps.timing,
    lookup: deps.lookup
  })
  if (!signal) return checking
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, {once: true})
    checking.finally(() => signal.removeEventListener('abort', onAbort)).then(resolve, reject)
  })
}
