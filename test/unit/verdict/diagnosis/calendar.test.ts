// Missed backups and the calendar strip, judged from whole portals at a fixed now.
import {describe, expect, it} from 'vitest'
import {calendarStrip} from '../../../../src/render/findings-words.js'
import type {HistoryRecord} from '../../../../src/core/portal-facts.js'
import {judge} from '../../../../src/verdict/verdict.js'
import {backup, facts, job, NOW, schedule, THRESHOLDS} from '../../fixtures.js'

const DAILY = {period: 0, hour: 2, day: 0}
const HOUR_MS = 3_600_000

/** A backup made `minutes` after the 02:00 UTC run `nightsAgo` nights before NOW's. */
function nightly(nightsAgo: number, minutes = 7): HistoryRecord {
  const run = Date.parse('2026-03-10T02:00:00Z') - nightsAgo * 24 * HOUR_MS
  return backup(0, {createdOn: new Date(run + minutes * 60_000)})
}

/** A daily portal whose scheduler stamped its latest run on time (UTC). */
function dailyPortal(history: HistoryRecord[], cron = DAILY, stamped = '2026-03-10T02:00:02Z') {
  return facts({history, schedule: schedule(cron, {lastBackupTime: new Date(stamped)})})
}

const judged = (portal: ReturnType<typeof facts>) => judge(portal, THRESHOLDS, NOW)

describe('missed-backups', () => {
  it('shows a portal that misses two of seven nightly backups while it is healthy', () => {
    // Rotation keeps the newest 7: two failed nights widen the window to nine.
    const history = [0, 1, 2, 4, 5, 7, 8].map(n => nightly(n))
    const verdict = judged(dailyPortal(history))

    expect(verdict.status).toBe('healthy')
    expect(verdict.warnings).toContain('missed-backups')
    expect(verdict.findings.calendar?.missed).toEqual(['2026-03-04', '2026-03-07'])
    const marks = verdict.findings.calendar?.periods.map(p => p.mark)
    expect(marks).toEqual([
      'backup',
      'backup',
      'none',
      'backup',
      'backup',
      'none',
      'backup',
      'backup',
      'backup'
    ])
  })

  it('has no gap to report for a schedule younger than its retention', () => {
    const verdict = judged(dailyPortal([0, 1, 2].map(n => nightly(n))))
    expect(verdict.warnings).not.toContain('missed-backups')
    expect(verdict.findings.calendar?.periods).toHaveLength(3)
    expect(verdict.findings.calendar?.missed).toEqual([])
  })

  it('reaches back at most 30 periods: older gaps are not listed', () => {
    const nights = Array.from({length: 40}, (_, n) => n).filter(n => n !== 10 && n !== 35)
    const verdict = judged(dailyPortal(nights.map(n => nightly(n))))
    expect(verdict.findings.calendar?.periods).toHaveLength(30)
    expect(verdict.findings.calendar?.periods[0]?.date).toBe('2026-02-09')
    expect(verdict.findings.calendar?.missed).toEqual(['2026-02-28'])
  })

  it('lists nothing for a monthly schedule, and draws no strip', () => {
    const monthly = {period: 2, hour: 2, day: 1}
    const history = [0, 40, 100].map(n => nightly(n))
    const verdict = judged(dailyPortal(history, monthly, '2026-03-01T02:00:01Z'))
    expect(verdict.warnings).not.toContain('missed-backups')
    expect(verdict.findings.calendar).toBeNull()
  })

  it('draws no strip without a schedule or without a usable backup', () => {
    expect(judged(facts({history: [nightly(0)], schedule: null})).findings.calendar).toBeNull()
    expect(judged(dailyPortal([])).findings.calendar).toBeNull()
  })

  it('lists weekly gaps by the date of each missed run', () => {
    const weekly = {period: 1, hour: 2, day: 1} // Sundays 02:00
    const sundays = [0, 2, 3].map(weeks =>
      backup(0, {
        createdOn: new Date(Date.parse('2026-03-08T02:20:00Z') - weeks * 7 * 24 * HOUR_MS)
      })
    )
    const verdict = judged(dailyPortal(sundays, weekly, '2026-03-08T02:00:01Z'))
    expect(verdict.findings.calendar?.unit).toBe('week')
    expect(verdict.findings.calendar?.missed).toEqual(['2026-03-01'])
    expect(verdict.warnings).toContain('missed-backups')
  })

  it('counts two backups of one night (a manual one too) once, and no neighbour as missed', () => {
    const history = [nightly(0), nightly(1), nightly(1, 600), nightly(2)]
    const verdict = judged(dailyPortal(history))
    expect(verdict.findings.calendar?.periods.map(p => p.mark)).toEqual([
      'backup',
      'backup',
      'backup'
    ])
  })

  it('keeps one backup per night across a daylight-saving change', () => {
    // 02:00 at UTC+3 (23:00 UTC) for older nights, 02:00 at UTC+2 (00:00 UTC) since Sunday.
    const older = [3, 4, 5, 6].map(n => nightly(n, -180 + 5))
    const newer = [0, 1, 2].map(n => nightly(n, -120 + 5))
    const verdict = judged(dailyPortal([...older, ...newer], DAILY, '2026-03-10T00:00:03Z'))
    expect(verdict.findings.calendar?.portalOffset).toBe('+02:00')
    expect(verdict.findings.calendar?.missed).toEqual([])
    expect(verdict.findings.calendar?.periods).toHaveLength(7)
  })

  it('marks the latest run without a backup yet as today, and the stale nights before as none', () => {
    const verdict = judged(
      dailyPortal(
        [3, 4].map(n => nightly(n)),
        DAILY,
        '2026-03-10T02:00:01Z'
      )
    )
    const marks = verdict.findings.calendar?.periods.map(p => p.mark)
    expect(marks).toEqual(['backup', 'backup', 'none', 'none', 'today'])
    // After the newest backup the verdict (stale) speaks; only gaps between backups are missed.
    expect(verdict.findings.calendar?.missed).toEqual([])
    expect(verdict.reasons).toContain('stale')
  })

  it('counts only usable backups: an expired one is no backup', () => {
    const expired = backup(0, {
      createdOn: new Date(Date.parse('2026-03-09T02:07:00Z')),
      expiresOn: new Date(Date.parse('2026-03-10T02:07:00Z'))
    })
    const verdict = judged(dailyPortal([nightly(0), expired, nightly(2)]))
    expect(verdict.findings.calendar?.missed).toEqual(['2026-03-09'])
  })
})

describe('the calendar strip', () => {
  it('reads in plain text: one mark per run, grouped by week, with a legend naming UTC', () => {
    const history = [0, 1, 2, 4, 5, 7, 8].map(n => nightly(n))
    const {strip, legend} = calendarStrip(judged(dailyPortal(history)).findings.calendar!)
    // 2026-03-02 (Monday) … 2026-03-10 (Tuesday): a space before Monday the 9th.
    expect(strip).toBe('■■□■■□■ ■■')
    expect(strip.replace(/ /g, '')).toHaveLength(9)
    expect(legend).toBe(
      'Backups per scheduled day, 2026-03-02 to 2026-03-10 (UTC dates; the schedule runs at 02:00 UTC, the portal being at UTC+00:00): ■ backup, □ none, ◇ latest run, no backup yet; a space starts each week (Monday)'
    )
  })

  it('says nothing of weeks when the strip has no week break', () => {
    // 2026-03-09 (Monday) and 2026-03-10: the break would come before the first mark.
    const {strip, legend} = calendarStrip(
      judged(dailyPortal([nightly(0), nightly(1)])).findings.calendar!
    )
    expect(strip).toBe('■■')
    expect(legend).not.toContain('week')
  })

  it('says when the portal time is only assumed to be UTC', () => {
    const calendar = judged(dailyPortal([nightly(0)], DAILY, '2026-03-10T02:44:00Z')).findings
      .calendar!
    expect(calendarStrip(calendar).legend).toContain(
      "runs at 02:00 UTC if the portal's time is UTC"
    )
  })

  it('shows the running job’s night as today', () => {
    const portal = {
      ...dailyPortal([nightly(1), nightly(2)]),
      latestJob: job({isCompleted: false, progress: 30})
    }
    expect(calendarStrip(judged(portal).findings.calendar!).strip).toBe('■ ■◇')
  })
})
