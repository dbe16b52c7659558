// The embedded demo: fake portals on 127.0.0.1 that speak the real DocSpace envelopes.
import {startFakeDocSpace, type FakeDocSpace} from '../fake-docspace/fake-docspace.js'
import * as scenarios from '../fake-docspace/scenarios.js'
import type {PortalState} from '../fake-docspace/wire.js'
import {InputError, quoteValue} from '../core/errors.js'
import {archiveBytes} from '../fake-docspace/archive/twins.js'
import {demoHealthyPortal, demoUnhealthyPortal} from '../fake-docspace/demo-portals.js'

export const DEMO_TOKEN = `sk-${'a'.repeat(64)}`

const SCENARIOS: Record<string, (now: Date) => PortalState> = {
  // On the real clock, in real time zones: what the demo and `--serve` show first.
  healthy: demoHealthyPortal,
  unhealthy: demoUnhealthyPortal,
  stale: scenarios.stalePortal,
  empty: scenarios.emptyPortal,
  'too-few': scenarios.tooFewPortal,
  'no-schedule': scenarios.noSchedulePortal,
  'failed-job': scenarios.failedJobPortal,
  running: scenarios.runningJobPortal,
  temporary: scenarios.temporaryPortal,
  old: scenarios.oldPortal
}

/** `--serve` extras: a delay before every answer; `records` serves `largeHistory` instead. */
export interface ServeOptions {
  latencyMs?: number
  records?: number
  /** The newest backup's archive; default a generated, whole one (the demo verifies it). */
  archive?: Buffer
}

export function demoPortal(
  scenario: string,
  port = 0,
  {latencyMs, records, archive}: ServeOptions = {}
): Promise<FakeDocSpace> {
  const build =
    records === undefined
      ? Object.hasOwn(SCENARIOS, scenario)
        ? SCENARIOS[scenario]
        : undefined
      : (now: Date) => scenarios.largeHistory(now, records)
  if (!build) {
    throw new InputError(
      'scenario',
      `Unknown scenario ${quoteValue(scenario)}: expected one of ${Object.keys(SCENARIOS).join(', ')}.`
    )
  }
  return startFakeDocSpace({
    state: build(new Date()),
    token: DEMO_TOKEN,
    port,
    latencyMs,
    archive: {bytes: archive ?? archiveBytes('good', {files: 24})}
  })
}
