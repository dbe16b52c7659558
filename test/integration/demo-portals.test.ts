// The demo's portals look like real ones whenever the demo runs: a schedule in a fixed, real time
// zone, which the check reads back from the scheduler's stamp at every minute of the day.
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check.js'
import {demoHealthyPortal, demoUnhealthyPortal} from '../../src/fake-docspace/demo-portals.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {inputsFor, recordingTiming} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'

closeServersAfterEach()

const MINUTE_MS = 60_000
/** Every 7 minutes for a day and a bit: every minute of the hour, every hour of the day. */
const MOMENTS = Array.from({length: 215}, (_, i) => new Date(NOW.getTime() + i * 7 * MINUTE_MS))

async function reportsAt(build: (now: Date) => PortalState) {
  const fake = await startFake({state: build(NOW)})
  const reports = []
  for (const now of MOMENTS) {
    fake.state = build(now)
    const {timing} = recordingTiming(now)
    reports.push(await runCheck(inputsFor(fake), {log: () => undefined, timing}))
  }
  return reports
}

describe('the demo portals', () => {
  it('are healthy at UTC+03:00, with seven nightly backups, at any time of day', async () => {
    const reports = await reportsAt(demoHealthyPortal)
    expect(new Set(reports.map(report => report.status))).toEqual(new Set(['healthy']))
    expect(new Set(reports.map(report => report.calendar?.portalOffset))).toEqual(
      new Set(['+03:00'])
    )
    expect(new Set(reports.map(report => report.calendar?.runsAtUtc))).toEqual(new Set(['23:00']))
    expect(Math.min(...reports.map(report => report.counts.usable))).toBeGreaterThanOrEqual(6)
    expect(reports.flatMap(report => report.warnings)).toEqual([])
  })

  it('are stale with a failed job at UTC+05:30, the scheduler still starting runs', async () => {
    const reports = await reportsAt(demoUnhealthyPortal)
    for (const report of reports) {
      expect(report.reasons).toEqual(['stale', 'last-backup-failed'])
      expect(report.calendar?.portalOffset).toBe('+05:30')
      expect(report.calendar?.runsAtUtc).toBe('20:30')
    }
  })
})
