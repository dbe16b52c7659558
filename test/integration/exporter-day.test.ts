// A day of the exporter on an injected clock: 200 portals checked every 15 minutes (96 rounds),
// /metrics scraped over real HTTP every hour, the file reloaded now and then. Memory stays flat,
// and once stopped nothing is left behind: no timer, no socket, no server.
import {describe, expect, it} from 'vitest'
import {startExporter} from '../../src/exporter/index.js'
import type {CheckPortal} from '../../src/exporter/scheduler.js'
import {FakeExporterClock, settle} from '../support/fake-exporter-clock.js'
import {facts, reportOf} from '../unit/fixtures.js'

const MINUTE = 60_000
const INTERVAL = 15 * MINUTE
const PORTALS = 200

const REPORTS = [reportOf(facts()), reportOf(facts({history: []}))]

function handles(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1
  return counts
}

describe('a day of intervals', () => {
  it('keeps memory flat and leaves no timer or socket behind', async () => {
    const before = handles()
    const clock = new FakeExporterClock()
    let checks = 0
    const check: CheckPortal<{name: string}> = async () => REPORTS[checks++ % 2]!
    const entries = Array.from({length: PORTALS}, (_, i) => ({name: `portal-${i}`}))
    const exporter = await startExporter(
      {
        configPath: 'portals.yml',
        listen: {host: '127.0.0.1', port: 0},
        intervalMs: INTERVAL,
        verifyIntervalMs: 24 * 60 * MINUTE,
        concurrency: 16
      },
      entries,
      {load: async () => entries, check, verifies: () => false, clock, log: () => {}}
    )
    const rss: number[] = []
    for (let hour = 0; hour < 24; hour++) {
      for (let quarter = 0; quarter < 4; quarter++) await clock.advance(INTERVAL)
      const scrape = await fetch(`${exporter.url}/metrics`)
      expect(scrape.status).toBe(200)
      expect(await scrape.text()).toContain('docspace_backup_exporter_checks_total')
      if (hour % 6 === 5) expect((await exporter.reload()).ok).toBe(true)
      rss.push(process.memoryUsage().rss)
      expect(clock.pendingTimers).toBeLessThanOrEqual(1)
    }
    // 97 rounds (the first, then one per interval), give or take the jitter at the edge.
    expect(checks).toBeGreaterThanOrEqual(PORTALS * 96)
    expect(checks).toBeLessThanOrEqual(PORTALS * 98)
    // Flat: the last hours hold no more than the first ones did, give or take the collector.
    expect(Math.max(...rss.slice(-4)) - Math.max(...rss.slice(0, 4))).toBeLessThan(48 * 2 ** 20)

    await exporter.stop()
    await settle()
    expect(clock.pendingTimers).toBe(0)
    const after = handles()
    for (const kind of ['TCPServerWrap', 'TCPSocketWrap', 'Timeout']) {
      expect(after[kind] ?? 0, kind).toBeLessThanOrEqual(before[kind] ?? 0)
    }
  })
})
