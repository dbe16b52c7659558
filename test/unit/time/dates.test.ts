import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  checkedKey,
  dateOfKey,
  isoUtc,
  keyOfTime,
  parseApiDate,
  utcKey
} from '../../../src/time/dates.js'

describe('parseApiDate', () => {
  it.each([
    ['2026-03-01T02:15:00', '2026-03-01T02:15:00.000Z'],
    ['2026-03-01T02:15:00Z', '2026-03-01T02:15:00.000Z'],
    ['2026-03-01T02:15:00z', '2026-03-01T02:15:00.000Z'],
    ['2026-03-01T02:15:00.1234567', '2026-03-01T02:15:00.123Z'],
    ['2026-03-01T02:15:00.1234567Z', '2026-03-01T02:15:00.123Z'],
    ['2026-03-01T02:15:00.5', '2026-03-01T02:15:00.500Z'],
    ['2026-03-01T02:15:00+03:00', '2026-02-28T23:15:00.000Z'],
    ['2026-03-01T02:15:00.25-05:30', '2026-03-01T07:45:00.250Z'],
    ['2026-03-01T02:15:00+00:00', '2026-03-01T02:15:00.000Z'],
    ['2024-02-29T23:59:59', '2024-02-29T23:59:59.000Z'],
    ['  2026-03-01T02:15:00  ', '2026-03-01T02:15:00.000Z']
  ])('reads %j as %s (no offset: UTC)', (text, iso) => {
    expect(parseApiDate(text)?.toISOString()).toBe(iso)
  })

  it.each([
    '0001-01-01T00:00:00',
    '0001-01-01T00:00:00Z',
    '0001-01-01T00:00:00.0000000',
    '0001-01-01T00:00:00+00:00'
  ])('reads the "never" sentinel %j as null', text => {
    expect(parseApiDate(text)).toBeNull()
  })

  it.each([
    ['an impossible day', '2026-02-30T00:00:00'],
    ['February 29 of a common year', '2026-02-29T12:00:00'],
    ['month 13', '2026-13-01T00:00:00'],
    ['day 0', '2026-03-00T00:00:00'],
    ['hour 25', '2026-03-01T25:00:00'],
    ['hour 24', '2026-03-01T24:00:00'],
    ['minute 60', '2026-03-01T12:60:00'],
    ['a leap second', '2026-03-01T23:59:60'],
    ['no time', '2026-03-01'],
    ['a space for the T', '2026-03-01 02:15:00'],
    ['8 fraction digits', '2026-03-01T02:15:00.12345678'],
    ['a short offset', '2026-03-01T02:15:00+03'],
    ['a two-digit year', '26-03-01T02:15:00'],
    ['year 0050', '0050-03-01T02:15:00'],
    ['garbage', 'yesterday'],
    ['an empty string', ''],
    ['a date string of another format', 'Tue, 10 Mar 2026 12:00:00 GMT']
  ])('gives undefined for %s (%j)', (_what, text) => {
    expect(parseApiDate(text)).toBeUndefined()
  })

  it.each([
    ['a number', 1_772_000_000_000],
    ['null', null],
    ['undefined', undefined],
    ['a Date', new Date('2026-03-01T00:00:00Z')],
    ['an object', {value: '2026-03-01T02:15:00'}],
    ['a list', ['2026-03-01T02:15:00']]
  ])('gives undefined for %s', (_what, value) => {
    expect(parseApiDate(value)).toBeUndefined()
  })

  it('gives a Date, null or undefined for anything, never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.date().map(d => d.toString())
        ),
        value => {
          const parsed = parseApiDate(value)
          if (parsed instanceof Date) expect(Number.isNaN(parsed.getTime())).toBe(false)
          else expect([null, undefined]).toContain(parsed)
        }
      )
    )
  })

  it('reads back every whole-second UTC date it is given, with or without Z (property)', () => {
    const dates = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true
    })
    fc.assert(
      fc.property(dates, fc.boolean(), (date, withZ) => {
        const whole = new Date(Math.floor(date.getTime() / 1000) * 1000)
        const text = whole.toISOString().slice(0, 19) + (withZ ? 'Z' : '')
        expect(parseApiDate(text)?.getTime()).toBe(whole.getTime())
      })
    )
  })
})

describe('isoUtc', () => {
  it.each([
    ['2026-03-01T02:15:00.123Z', '2026-03-01T02:15:00Z'],
    ['2026-03-01T02:15:00.000Z', '2026-03-01T02:15:00Z'],
    ['2026-03-01T02:15:00+03:00', '2026-02-28T23:15:00Z']
  ])('writes %s as %s, whole seconds ending in Z', (input, iso) => {
    expect(isoUtc(new Date(input))).toBe(iso)
  })
})

describe('utcKey', () => {
  it.each([
    ['2026-03-01T02:15:00', '2026-03-01T02:15:00'],
    ['2026-03-01T02:15:00Z', '2026-03-01T02:15:00'],
    ['2026-03-01T02:15:00.2500000Z', '2026-03-01T02:15:00.25'],
    ['2026-03-01T02:15:00.000', '2026-03-01T02:15:00'],
    ['2026-03-01T05:15:00+03:00', '2026-03-01T02:15:00'],
    ['2026-03-01t02:15:00z', '2026-03-01T02:15:00'],
    [' 2026-03-01T02:15:00 ', '2026-03-01T02:15:00'],
    ['0001-01-01T00:00:00', null],
    ['2026-02-30T00:00:00', undefined],
    // An offset that carries the date into year 10000, which no date can hold.
    ['9999-12-31T23:30:00-01:00', undefined],
    ['9999-12-31T23:30:00+01:00', '9999-12-31T22:30:00'],
    [42, undefined]
  ])('keys %j as %j', (text, key) => {
    expect(utcKey(text)).toBe(key)
  })

  it('orders any two dates as their instants are ordered, and names the same instant', () => {
    const instant = fc.date({
      min: new Date('1970-01-01'),
      max: new Date('9000-01-01'),
      noInvalidDate: true
    })
    const written = instant.chain(date =>
      fc.constantFrom(
        date.toISOString(),
        date.toISOString().slice(0, 19),
        date.toISOString().replace('Z', '0000Z'),
        new Date(date.getTime() + 3 * 3_600_000).toISOString().replace('Z', '+03:00')
      )
    )
    fc.assert(
      fc.property(written, written, (a, b) => {
        const [keyA, keyB] = [utcKey(a) as string, utcKey(b) as string]
        const [timeA, timeB] = [parseApiDate(a)!.getTime(), parseApiDate(b)!.getTime()]
        const order = keyA === keyB ? 0 : keyA < keyB ? -1 : 1
        expect(order).toBe(Math.sign(timeA - timeB))
        expect(dateOfKey(keyA).getTime()).toBe(timeA)
        expect(keyOfTime(timeA)).toBe(keyA)
      }),
      {numRuns: 2000}
    )
  })
})

describe('checkedKey', () => {
  it.each([
    ['2026-03-01T02:15:00', '2026-03-01T02:15:00'],
    ['2026-03-01T02:15:00.5Z', '2026-03-01T02:15:00.5'],
    ['0001-01-01T00:00:00', null],
    // Any time on 0001-01-01 is the never sentinel, as utcKey reads it.
    ['0001-01-01T05:00:00', null]
  ])('keys the checked date %j as %j', (text, key) => {
    expect(checkedKey(text)).toBe(key)
  })
})
