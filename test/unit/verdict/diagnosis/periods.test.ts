import {describe, expect, it} from 'vitest'
import {
  offsetWords,
  periodGrid,
  periodIndex,
  portalOffsetMinutes,
  runOf
} from '../../../../src/verdict/diagnosis/periods.js'
import {NOW, schedule} from '../../fixtures.js'

const DAY = {period: 0, hour: 2, day: 0}
const at = (iso: string) => new Date(iso)
const iso = (ms: number) => new Date(ms).toISOString()

describe('portalOffsetMinutes: the portal time zone, from when the scheduler stamped a run', () => {
  it.each([
    // The API reference's own example: 02:00 portal time stamped 23:00:03 UTC is UTC+3.
    [2, '2026-06-01T23:00:03Z', 180],
    [2, '2026-06-02T02:00:00Z', 0],
    [2, '2026-06-02T07:04:59Z', -300],
    [23, '2026-06-02T17:31:00Z', 330], // India, UTC+5:30
    [0, '2026-06-01T18:15:00Z', 345], // Nepal, UTC+5:45
    [3, '2026-06-01T13:00:00Z', 840], // Kiribati, UTC+14
    [0, '2026-06-01T12:00:00Z', 720] // UTC-12 and UTC+12 share a clock: read as +12
  ])('hour %i stamped %s is an offset of %i minutes', (hour, stamped, offset) => {
    const s = schedule({period: 0, hour, day: 0}, {lastBackupTime: at(stamped)})
    expect(portalOffsetMinutes(s)).toBe(offset)
  })

  it.each(['2026-06-01T23:11:00Z', '2026-06-01T13:42:12Z', '2026-06-01T23:59:59Z'])(
    'reads nothing from a run stamped long after a quarter hour (%s: late, a catch-up)',
    stamped => {
      expect(portalOffsetMinutes(schedule(DAY, {lastBackupTime: at(stamped)}))).toBeNull()
    }
  )

  it('reads nothing from a schedule that never ran', () => {
    expect(portalOffsetMinutes(schedule(DAY, {lastBackupTime: null}))).toBeNull()
  })

  it('checks the weekday of a weekly run: Sunday 02:00 at UTC+3 is Saturday 23:00 UTC', () => {
    const sunday = {period: 1, hour: 2, day: 1}
    // 2026-06-06 is a Saturday.
    expect(
      portalOffsetMinutes(schedule(sunday, {lastBackupTime: at('2026-06-06T23:00:03Z')}))
    ).toBe(180)
    // The same hour a day off is no Sunday run under any offset that gives that hour.
    expect(
      portalOffsetMinutes(schedule(sunday, {lastBackupTime: at('2026-06-05T23:00:03Z')}))
    ).toBeNull()
  })

  it('writes offsets as people read them', () => {
    expect([180, 0, -300, 345, -570].map(offsetWords)).toEqual([
      '+03:00',
      '+00:00',
      '-05:00',
      '+05:45',
      '-09:30'
    ])
  })
})

describe('periodGrid: the runs of a daily or weekly schedule', () => {
  it('puts the latest daily run at the hour, UTC when the portal offset is unknown', () => {
    const grid = periodGrid(schedule(DAY, {lastBackupTime: null}), NOW)!
    expect(grid).toMatchObject({unit: 'day', utcOffsetMinutes: null})
    expect(iso(grid.lastRunMs)).toBe('2026-03-10T02:00:00.000Z')
  })

  it('puts the latest daily run at the hour in portal time', () => {
    const grid = periodGrid(schedule(DAY, {lastBackupTime: at('2026-03-09T23:00:04Z')}), NOW)!
    expect(grid.utcOffsetMinutes).toBe(180)
    expect(iso(grid.lastRunMs)).toBe('2026-03-09T23:00:00.000Z')
    expect(iso(runOf(grid, -1))).toBe('2026-03-08T23:00:00.000Z')
  })

  it('takes a run due this very second as the latest', () => {
    const grid = periodGrid(schedule(DAY, {lastBackupTime: null}), at('2026-03-10T02:00:00Z'))!
    expect(iso(grid.lastRunMs)).toBe('2026-03-10T02:00:00.000Z')
  })

  it.each([
    // NOW is Tuesday 2026-03-10 12:00 UTC.
    [1, '2026-03-08T02:00:00.000Z'], // Sunday
    [2, '2026-03-09T02:00:00.000Z'], // Monday
    [3, '2026-03-10T02:00:00.000Z'], // Tuesday, earlier today
    [4, '2026-03-04T02:00:00.000Z'], // Wednesday: last week's
    [7, '2026-03-07T02:00:00.000Z'] // Saturday
  ])('puts the latest weekly run with day %i (1 = Sunday) at %s', (day, expected) => {
    const grid = periodGrid(schedule({period: 1, hour: 2, day}, {lastBackupTime: null}), NOW)!
    expect(grid.unit).toBe('week')
    expect(iso(grid.lastRunMs)).toBe(expected)
  })

  it('crosses a week and a year: Sunday 02:00 at UTC+3 runs on Saturday 23:00 UTC', () => {
    const weekly = schedule(
      {period: 1, hour: 2, day: 1},
      {lastBackupTime: at('2026-12-26T23:00:02Z')}
    )
    const grid = periodGrid(weekly, at('2027-01-01T08:00:00Z'))!
    expect(iso(grid.lastRunMs)).toBe('2026-12-26T23:00:00.000Z')
    expect(iso(runOf(grid, 1))).toBe('2027-01-02T23:00:00.000Z')
  })

  it.each([
    ['monthly', {period: 2, hour: 2, day: 1}],
    ['an unknown period', {period: 7, hour: 2, day: 0}],
    ['hour 24', {period: 0, hour: 24, day: 0}],
    ['weekday 0', {period: 1, hour: 2, day: 0}],
    ['weekday 8', {period: 1, hour: 2, day: 8}]
  ])('has no grid for %s', (_what, cron) => {
    expect(periodGrid(schedule(cron, {lastBackupTime: null}), NOW)).toBeNull()
  })
})

describe('periodIndex: which run a backup belongs to', () => {
  const grid = periodGrid(schedule(DAY, {lastBackupTime: null}), NOW)!
  const index = (stamp: string) => periodIndex(grid, Date.parse(stamp))

  it('counts a backup made a little after its run, or before it, for that run', () => {
    expect(index('2026-03-10T02:07:00Z')).toBe(0)
    expect(index('2026-03-10T00:55:00Z')).toBe(0) // a daylight-saving hour early
    expect(index('2026-03-09T02:07:00Z')).toBe(-1)
    expect(index('2026-03-09T13:59:59Z')).toBe(-1)
    expect(index('2026-03-09T14:00:00Z')).toBe(0)
  })

  it('counts anything after the latest run (this afternoon, a clock ahead) for the latest run', () => {
    expect(index('2026-03-10T11:59:00Z')).toBe(0)
    expect(index('2026-03-10T20:00:00Z')).toBe(0)
  })
})
