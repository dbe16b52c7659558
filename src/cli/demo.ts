// The embedded demo: fake portals on 127.0.0.1 that speak the real DocSpace envelopes.
import {startFakeDocSpace, type FakeDocSpace} from '../fake-docspace/fake-docspace.js'
import * as scenarios from '../fake-docspace/scenarios.js'
import type {PortalState} from '../fake-docspace/wire.js'
import {InputError} from '../core/errors.js'
import {archiveBytes} from '../fake-docspace/archive/twins.js'

export const DEMO_TOKEN = `sk-${'a'.repeat(64)}`

const SCENARIOS: Record<string, (now: Date) => PortalState> = {
  healthy: scenarios.healthyPortal,
  unhealthy: scenarios.unhealthyPortal,
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
      ? SCENARIOS[scenario]
      : (now: Date) => scenarios.largeHistory(now, records)
  if (!build) {
    throw new InputError(
      'scenario',
      `Unknown scenario "${scenario}": expected one of ${Object.keys(SCENARIOS).join(', ')}.`
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
