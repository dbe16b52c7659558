import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ShapeError} from '../../../src/docspace/shape-values.js'
import {parseHistory} from '../../../src/docspace/shapes.js'
import type {HistoryRecord, PortalFacts} from '../../../src/core/portal-facts.js'
import {NEWEST_KEPT} from '../../../src/verdict/history-survey.js'
import {judge, maxAgeInForce, type Thresholds} from '../../../src/verdict/verdict.js'
import {backup, facts, HOUR_MS, job, NOW, schedule, THRESHOLDS} from '../fixtures.js'

const MINUTE_MS = 60_000
const at = (offsetMs: number): Date => new Date(NOW.getTime() + offsetMs)
const judged = (portalFacts: PortalFacts, thresholds: Partial<Thresholds> = {}) =>
  judge(portalFacts, {...THRESHOLDS, ...thresholds}, NOW)

const DAILY = schedule({period: 0, hour: 2, day: 0})
const WEEKLY = schedule({period: 1, hour: 2, day: 2})
const MONTHLY = schedule({period: 2, hour: 2, day: 1})

describe('judge: reason codes', () => {
  it.each<[string, Partial<PortalFacts>, Partial<Thresholds>, string[]]>([
    ['a fresh backup, a schedule and a good job', {}, {}, []],
    ['no backup at all', {history: []}, {}, ['no-backups']],
    ['only expired backups', {history: [backup(5, {expiresOn: at(-1)})]}, {}, ['no-backups']],
    [
      '2 usable backups, min-count 3',
      {history: [backup(5), backup(6)]},
      {minCount: 3},
      ['too-few-backups']
    ],
    [
      '3 usable backups, min-count 3',
      {history: [backup(5), backup(6), backup(7)]},
      {minCount: 3},
      []
    ],
    ['a 30 h old backup, daily schedule (max-age 27 h)', {history: [backup(30)]}, {}, ['stale']],
    ['a 30 h old backup, max-age 36 h', {history: [backup(30)]}, {maxAge: 36}, []],
    ['no schedule, required', {schedule: null}, {}, ['no-schedule']],
    ['no schedule, not required', {schedule: null}, {requireSchedule: false}, []],
    [
      'a completed backup job with an error',
      {latestJob: job({error: 'Disk full.'})},
      {},
      ['last-backup-failed']
    ],
    [
      'a failed restore job (backupProgressEnum 1)',
      {latestJob: job({backupProgressEnum: 1, error: 'Bad archive'})},
      {},
      []
    ],
    [
      'a failed transfer job (backupProgressEnum 2)',
      {latestJob: job({backupProgressEnum: 2, error: 'Bad'})},
      {},
      []
    ],
    [
      'a running job that has an error text',
      {latestJob: job({isCompleted: false, progress: 40, error: 'x'})},
      {},
      []
    ],
    ['a completed job with status 4 and no error', {latestJob: job({status: 4})}, {}, []],
    ['no job in the queue', {latestJob: null}, {}, []],
    [
      'everything wrong at once, in contract order',
      {history: [], schedule: null, latestJob: job({error: 'boom'})},
      {},
      ['no-backups', 'no-schedule', 'last-backup-failed']
    ],
    [
      'too few and stale together',
      {history: [backup(40), backup(50)]},
      {minCount: 3},
      ['too-few-backups', 'stale']
    ]
  ])('%s → %j', (_what, overrides, thresholds, reasons) => {
    const verdict = judged(facts(overrides), thresholds)
    expect(verdict.reasons).toEqual(reasons)
    expect(verdict.status).toBe(reasons.length === 0 ? 'healthy' : 'unhealthy')
  })
})

describe('judge: edges', () => {
  it.each([
    ['exactly the max-age', 27 * HOUR_MS, []],
    ['one millisecond over the max-age', 27 * HOUR_MS + 1, ['stale']],
    ['one millisecond under the max-age', 27 * HOUR_MS - 1, []]
  ])('a backup aged %s', (_what, ageMs, reasons) => {
    const verdict = judged(facts({history: [backup(0, {createdOn: at(-ageMs)})]}))
    expect(verdict.maxAgeInForceHours).toBe(27)
    expect(verdict.reasons).toEqual(reasons)
  })

  it.each([
    ['expires exactly now: expired', at(0), 0],
    ['expires a millisecond ago: expired', at(-1), 0],
    ['expires in a millisecond: usable', at(1), 1],
    ['never expires: usable', null, 1]
  ])('a backup that %s', (_what, expiresOn, usable) => {
    const verdict = judged(facts({history: [backup(5, {expiresOn})]}))
    expect(verdict.usableCount).toBe(usable)
    expect(verdict.newestUsable).toHaveLength(usable)
    expect(verdict.reasons).toEqual(usable ? [] : ['no-backups'])
  })

  it('with min-count 0 accepts a portal with no backups, and stale cannot apply', () => {
    const verdict = judged(facts({history: []}), {minCount: 0, maxAge: 1})
    expect(verdict.status).toBe('healthy')
    expect(verdict.reasons).toEqual([])
    expect(verdict.newestAgeHours).toBeNull()
  })

  it('with min-count 0 still finds an old backup stale', () => {
    expect(judged(facts({history: [backup(30)]}), {minCount: 0}).reasons).toEqual(['stale'])
  })

  it('picks the latest createdOn of an unsorted history as the newest', () => {
    const history = [backup(50), backup(2), backup(30), backup(7)]
    const verdict = judged(facts({history}))
    expect(verdict.newestAgeHours).toBe(2)
    expect(verdict.newestUsable.map(b => b.createdOn.getTime())).toEqual(
      [2, 7, 30, 50].map(hours => NOW.getTime() - hours * HOUR_MS)
    )
  })

  it('keeps only the 100 newest of a large history, newest first, however it is ordered', () => {
    const ages = Array.from({length: 1000}, (_, i) => (i * 7919) % 1000)
    for (const order of [ages, [...ages].sort((a, b) => a - b), [...ages].sort((a, b) => b - a)]) {
      const verdict = judged(facts({history: order.map(hours => backup(hours))}))
      expect(verdict.usableCount).toBe(1000)
      expect(
        verdict.newestUsable.map(b => (NOW.getTime() - b.createdOn.getTime()) / HOUR_MS)
      ).toEqual(Array.from({length: NEWEST_KEPT}, (_, i) => i))
    }
  })

  it('skips a newer expired backup when it picks the newest usable one', () => {
    const history = [backup(1, {expiresOn: at(-MINUTE_MS)}), backup(30)]
    const verdict = judged(facts({history}))
    expect(verdict.newestAgeHours).toBe(30)
    expect(verdict.reasons).toEqual(['stale'])
  })

  it('counts a backup dated in the future as the newest, with age 0, and warns clock-skew', () => {
    const future = backup(0, {createdOn: at(2 * HOUR_MS)})
    const verdict = judged(facts({history: [backup(30), future]}))
    expect(verdict.newestUsable[0]?.id).toBe(future.id)
    expect(verdict.newestAgeHours).toBe(0)
    expect(verdict.reasons).toEqual([])
    expect(verdict.warnings).toEqual(['clock-skew'])
  })

  it('does not let one record dated 9999-12-31 make a 40-h-old portal healthy', () => {
    const broken = backup(0, {createdOn: new Date('9999-12-31T00:00:00Z')})
    const verdict = judged(facts({history: [backup(40), broken]}))
    expect(verdict.reasons).toEqual(['stale'])
    expect(verdict.usableCount).toBe(1)
    expect(verdict.newestAgeHours).toBe(40)
    expect(verdict.newestUsable.map(record => record.id)).not.toContain(broken.id)
    expect(verdict.warnings).toEqual(['clock-skew'])
  })

  it.each([
    ['exactly 24 hours', 24 * HOUR_MS, 2, 0],
    ['24 hours and a millisecond', 24 * HOUR_MS + 1, 1, 30]
  ])(
    'counts a backup dated %s ahead (%d ms): usable %d, newest age %d h',
    (_what, aheadMs, usable, age) => {
      const verdict = judged(facts({history: [backup(30), backup(0, {createdOn: at(aheadMs)})]}))
      expect(verdict.usableCount).toBe(usable)
      expect(verdict.newestAgeHours).toBe(age)
      expect(verdict.warnings).toEqual(['clock-skew'])
    }
  )

  it('does not count backups dated more than 24 h ahead toward min-count', () => {
    const ahead = [25, 48, 1000].map(hours => backup(0, {createdOn: at(hours * HOUR_MS)}))
    const verdict = judged(facts({history: [backup(5), ...ahead]}), {minCount: 2})
    expect(verdict.reasons).toEqual(['too-few-backups'])
    expect(verdict.usableCount).toBe(1)
  })

  it('never reports a negative age, nor a newest backup more than 24 h ahead (fast-check)', () => {
    const offsets = fc.array(fc.integer({min: -72 * 60, max: 72 * 60}), {
      minLength: 1,
      maxLength: 20
    })
    fc.assert(
      fc.property(offsets, minutes => {
        const history = minutes.map(offset => backup(0, {createdOn: at(offset * MINUTE_MS)}))
        const verdict = judged(facts({history}))
        const newest = verdict.newestUsable[0]
        if (newest)
          expect(newest.createdOn.getTime() - NOW.getTime()).toBeLessThanOrEqual(24 * HOUR_MS)
        expect(verdict.newestAgeHours ?? 0).toBeGreaterThanOrEqual(0)
        expect(verdict.usableCount).toBe(minutes.filter(offset => offset <= 24 * 60).length)
      })
    )
  })

  it.each([
    ['4 minutes', 4 * MINUTE_MS, []],
    ['exactly 5 minutes', 5 * MINUTE_MS, []],
    ['5 minutes and a millisecond', 5 * MINUTE_MS + 1, ['clock-skew']]
  ])('warns clock-skew only past 5 minutes in the future (%s)', (_what, aheadMs, warnings) => {
    const verdict = judged(facts({history: [backup(0, {createdOn: at(aheadMs)})]}))
    expect(verdict.warnings).toEqual(warnings)
    expect(verdict.newestAgeHours).toBe(0)
  })
})

describe('judge: max-age in force', () => {
  it.each([
    ['a daily schedule', DAILY, 3, 27],
    ['a weekly schedule', WEEKLY, 3, 171],
    ['a monthly schedule', MONTHLY, 3, 747],
    ['a daily schedule, grace 0', DAILY, 0, 24],
    ['a weekly schedule, grace 0', WEEKLY, 0, 168],
    ['a monthly schedule, grace 0', MONTHLY, 0, 744],
    ['a weekly schedule, grace 1.5', WEEKLY, 1.5, 169.5],
    ['no schedule', null, 3, 27],
    ['no schedule, grace 0', null, 0, 24]
  ])('auto with %s is %d h', (_what, portalSchedule, graceHours, hours) => {
    const thresholds = {...THRESHOLDS, graceHours}
    expect(maxAgeInForce(thresholds, portalSchedule)).toBe(hours)
    const verdict = judged(facts({schedule: portalSchedule}), {graceHours, requireSchedule: false})
    expect(verdict.maxAgeInForceHours).toBe(hours)
  })

  it('uses an explicit max-age as given, whatever the schedule and grace', () => {
    expect(maxAgeInForce({...THRESHOLDS, maxAge: 36, graceHours: 10}, MONTHLY)).toBe(36)
  })

  it('finds a 100 h old backup fresh with a weekly schedule and stale with a daily one', () => {
    expect(judged(facts({history: [backup(100)], schedule: WEEKLY})).reasons).toEqual([])
    expect(judged(facts({history: [backup(100)], schedule: DAILY})).reasons).toEqual(['stale'])
  })
})

describe('judge: warnings', () => {
  it.each<[string, Partial<PortalFacts>, string[]]>([
    ['a fresh, lasting backup and a finished job', {}, []],
    [
      'a running backup job',
      {latestJob: job({isCompleted: false, progress: 45})},
      ['backup-running']
    ],
    ['a running restore job', {latestJob: job({isCompleted: false, backupProgressEnum: 1})}, []],
    [
      'every usable backup expiring within 24 h',
      {history: [backup(5, {expiresOn: at(23 * HOUR_MS)}), backup(6, {expiresOn: at(HOUR_MS)})]},
      ['expiring']
    ],
    [
      'a backup expiring in exactly 24 h',
      {history: [backup(5, {expiresOn: at(24 * HOUR_MS)})]},
      ['expiring']
    ],
    [
      'a backup expiring in 24 h and a millisecond',
      {history: [backup(5, {expiresOn: at(24 * HOUR_MS + 1)})]},
      []
    ],
    [
      'one expiring and one lasting backup',
      {history: [backup(5, {expiresOn: at(HOUR_MS)}), backup(30)]},
      []
    ],
    ['no usable backup at all', {history: []}, []],
    [
      'a schedule that never ran',
      {schedule: schedule(undefined, {lastBackupTime: null})},
      ['schedule-never-ran']
    ],
    ['a backup dated 1 h in the future', {history: [backup(-1)]}, ['clock-skew']],
    [
      'a running job, a never-run schedule and expiring future backups',
      {
        history: [backup(-1, {expiresOn: at(2 * HOUR_MS)})],
        schedule: schedule(undefined, {lastBackupTime: null}),
        latestJob: job({isCompleted: false})
      },
      ['backup-running', 'expiring', 'schedule-never-ran', 'clock-skew']
    ]
  ])('%s → %j', (_what, overrides, warnings) => {
    const verdict = judged(facts(overrides))
    expect(verdict.warnings).toEqual(warnings)
  })

  it('never fails for a warning alone', () => {
    const verdict = judged(
      facts({
        history: [backup(-1, {expiresOn: at(2 * HOUR_MS)})],
        schedule: schedule(undefined, {lastBackupTime: null}),
        latestJob: job({isCompleted: false})
      })
    )
    expect(verdict.status).toBe('healthy')
  })
})

// Wire records as a portal could send them: valid dates near NOW, "never", garbage.
const wireDate = fc.oneof(
  fc
    .integer({min: -2000 * HOUR_MS, max: 48 * HOUR_MS})
    .map(offset => at(offset).toISOString().slice(0, 19)),
  fc.integer({min: -2000 * HOUR_MS, max: 48 * HOUR_MS}).map(offset => at(offset).toISOString()),
  fc.constantFrom('0001-01-01T00:00:00', '0001-01-01T00:00:00Z', '2026-02-30T00:00:00', 'soon'),
  fc.anything()
)
const wireRecord = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.anything()),
    fileName: fc.string(),
    storageType: fc.oneof(fc.nat(5), fc.anything()),
    createdOn: wireDate,
    expiresOn: wireDate
  },
  {requiredKeys: ['id', 'createdOn']}
)
const thresholds = fc.record({
  minCount: fc.nat(20),
  maxAge: fc.oneof(fc.constant('auto' as const), fc.double({min: 0.001, max: 2000, noNaN: true})),
  graceHours: fc.double({min: 0, max: 100, noNaN: true}),
  requireSchedule: fc.boolean(),
  maxRuntimeHours: fc.double({min: 0.01, max: 168, noNaN: true})
})

describe('judge on any parsed history (property)', () => {
  it('never says healthy without a usable backup when min-count ≥ 1', () => {
    fc.assert(
      fc.property(
        fc.array(wireRecord, {maxLength: 8}),
        thresholds,
        fc.constantFrom(null, DAILY, WEEKLY, MONTHLY),
        fc.option(fc.constantFrom(job(), job({error: 'x'}), job({isCompleted: false}))),
        (wire, limits, portalSchedule, latestJob) => {
          let history: HistoryRecord[]
          try {
            history = parseHistory(wire)
          } catch (error) {
            expect(error).toBeInstanceOf(ShapeError)
            return
          }
          const verdict = judge(facts({history, schedule: portalSchedule, latestJob}), limits, NOW)
          if (verdict.usableCount === 0 && limits.minCount >= 1) {
            expect(verdict.status).toBe('unhealthy')
            expect(verdict.reasons).toContain('no-backups')
          }
          expect(verdict.status === 'healthy').toBe(verdict.reasons.length === 0)
          expect(verdict.newestAgeHours === null || verdict.newestAgeHours >= 0).toBe(true)
          expect(verdict.newestUsable.length).toBe(Math.min(verdict.usableCount, NEWEST_KEPT))
          for (const usable of verdict.newestUsable) {
            expect(usable.expiresOn === null || usable.expiresOn > NOW).toBe(true)
          }
          const times = verdict.newestUsable.map(b => b.createdOn.getTime())
          expect(times).toEqual([...times].sort((a, b) => b - a))
        }
      ),
      {numRuns: 1000}
    )
  })
})
