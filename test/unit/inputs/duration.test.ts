import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDurationSeconds} from '../../../src/inputs/duration.js'

describe('parseDurationSeconds', () => {
  it.each([
    ['90m', 3600, 5400],
    ['36h', 3600, 129_600],
    ['2d', 3600, 172_800],
    ['1d12h', 3600, 129_600],
    ['1w', 3600, 604_800],
    ['1.5h', 3600, 5400],
    ['.5h', 3600, 1800],
    ['1h30m15s', 3600, 5415],
    ['2h2h', 3600, 14_400],
    ['26', 3600, 93_600],
    ['1.5', 3600, 5400],
    ['30', 1, 30],
    ['0', 1, 0],
    [' 36h ', 3600, 129_600],
    ['36H', 3600, 129_600]
  ])('reads %j (bare unit %d s) as %d s', (text, bare, seconds) => {
    expect(parseDurationSeconds(text, bare)).toBe(seconds)
  })

  it.each([
    '',
    ' ',
    'h',
    '3 days',
    '1d 12h',
    '-1h',
    '+1h',
    '1e3',
    '1.h',
    '1..5h',
    '1y',
    'auto',
    'NaN',
    'Infinity',
    '1_000s'
  ])('gives undefined for %j', text => {
    expect(parseDurationSeconds(text, 3600)).toBeUndefined()
  })

  it('gives undefined when the number overflows', () => {
    expect(parseDurationSeconds('9'.repeat(400), 1)).toBeUndefined()
    expect(parseDurationSeconds(`${'9'.repeat(400)}h`, 1)).toBeUndefined()
  })

  const durationish = fc
    .array(
      fc.oneof(
        fc.constantFrom('0', '1', '12', '.', '.5', '-', '9'.repeat(320)),
        fc.constantFrom('s', 'm', 'h', 'd', 'w', 'S', 'x', ' ', '\t', 'e')
      ),
      {maxLength: 10}
    )
    .map(parts => parts.join(''))

  it('gives a finite number ≥ 0 or undefined for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({unit: 'binary'}), durationish),
        fc.constantFrom(1, 3600),
        (text, bare) => {
          const seconds = parseDurationSeconds(text, bare)
          if (seconds !== undefined) {
            expect(Number.isFinite(seconds)).toBe(true)
            expect(seconds).toBeGreaterThanOrEqual(0)
          }
        }
      ),
      {numRuns: 2000}
    )
  })

  const UNIT_SECONDS = {s: 1, m: 60, h: 3600, d: 86_400, w: 604_800}
  const part = fc.record({
    amount: fc.oneof(
      fc.nat(10_000),
      fc.nat(999).map(n => n + 0.5)
    ),
    unit: fc.constantFrom('s', 'm', 'h', 'd', 'w') as fc.Arbitrary<keyof typeof UNIT_SECONDS>
  })

  it('reads back what a formatter writes: the sum of every part (property)', () => {
    fc.assert(
      fc.property(
        fc.array(part, {minLength: 1, maxLength: 6}),
        fc.constantFrom('', ' ', '\n'),
        (parts, pad) => {
          const text = `${pad}${parts.map(p => `${p.amount}${p.unit}`).join('')}${pad}`
          const expected = parts.reduce((sum, p) => sum + p.amount * UNIT_SECONDS[p.unit], 0)
          expect(parseDurationSeconds(text, 1)).toBeCloseTo(expected, 6)
        }
      )
    )
  })

  it('reads a bare number in the given unit (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.constantFrom(1, 60, 3600), (n, bare) => {
        expect(parseDurationSeconds(String(n), bare)).toBe(n * bare)
      })
    )
  })
})
