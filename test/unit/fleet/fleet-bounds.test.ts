import {describe, expect, it} from 'vitest'
import {largeHistory, unhealthyPortal} from '../../../src/fake-docspace/scenarios.js'
import {boundedFleetReport, MAX_REPORT_OUTPUT_BYTES} from '../../../src/fleet/fleet-bounds.js'
import {renderFleetIssue, renderFleetMarkdown} from '../../../src/fleet/fleet-markdown.js'
import type {NamedReport} from '../../../src/fleet/run-fleet.js'
import {check} from '../../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../../support/fake-portal.js'

closeServersAfterEach()

/** `count` portals named p001…, every `unwellEvery`-th one unhealthy, with long histories. */
async function fleetOf(count: number, unwellEvery: number): Promise<NamedReport[]> {
  const healthy = (await check(await startFake({state: largeHistory(NOW, 300)}))).report
  const unhealthy = (await check(await startFake({state: unhealthyPortal(NOW)}))).report
  return Array.from({length: count}, (_, index) => ({
    name: `p${String(index + 1).padStart(3, '0')}`,
    report: index % unwellEvery === 0 ? unhealthy : healthy
  }))
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))

describe('the report output of a fleet', () => {
  it('is the whole fleet object when it fits', async () => {
    const named = await fleetOf(3, 2)
    const bounded = boundedFleetReport(named, NOW)
    expect(bounded).not.toHaveProperty('truncated')
    expect(bounded.portals[0]).toHaveProperty('backups')
  })

  it('stays under 1 MiB for 400 portals: each brief, and it says so', async () => {
    const named = await fleetOf(400, 7)
    expect(bytes(named)).toBeGreaterThan(MAX_REPORT_OUTPUT_BYTES)
    const bounded = boundedFleetReport(named, NOW)
    expect(bytes(bounded)).toBeLessThanOrEqual(MAX_REPORT_OUTPUT_BYTES)
    expect(bounded).toMatchObject({
      status: 'unhealthy',
      counts: {total: 400, unhealthy: 58, healthy: 342, error: 0},
      truncated: {detail: 'brief', omittedPortals: 0}
    })
    expect(bounded.portals).toHaveLength(400)
    expect(bounded.portals[0]).toEqual({
      name: 'p001',
      host: named[0].report.host,
      status: 'unhealthy',
      reasons: ['stale', 'last-backup-failed'],
      warnings: [],
      usable: 7,
      newestAgeHours: 72
    })
  })

  it('keeps as many briefs as fit, those not healthy first, past that', async () => {
    const named = await fleetOf(400, 7)
    const bounded = boundedFleetReport(named, NOW, 20_000)
    expect(bytes(bounded)).toBeLessThanOrEqual(20_000)
    expect(bounded).toMatchObject({counts: {total: 400}})
    const kept = bounded.portals.length
    expect(kept).toBeGreaterThan(58)
    expect(bounded.portals.slice(0, 58).every(p => p.status === 'unhealthy')).toBe(true)
    expect((bounded as {truncated: {omittedPortals: number}}).truncated.omittedPortals).toBe(
      400 - kept
    )
  })
})

describe('the summary and the issue of a fleet', () => {
  it("keep within GitHub's limits, listing every portal in the table and saying what was left out", async () => {
    const named = await fleetOf(2000, 1)
    const summary = renderFleetMarkdown(named, NOW)
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024)
    expect(summary).toMatch(/^\| p2000 \|/m)
    expect(summary).toMatch(
      /The details of \d+ more portals are left out, to keep the summary within 1 MiB/
    )
    const issue = renderFleetIssue(named, NOW)
    expect(issue.length).toBeLessThan(65_536)
    expect(issue).toMatch(/…and \d+ more not healthy: see the job summary\./)
  })

  it('lists those not healthy first when even the table would be too long', async () => {
    const named = await fleetOf(10_000, 5)
    const summary = renderFleetMarkdown(named, NOW)
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024)
    expect(summary).toMatch(/^\| p9996 \| ❌ unhealthy/m)
    expect(summary).toMatch(/^\d+ more healthy or later portals are not listed/m)
  })
})
