import {describe, expect, it} from 'vitest'
import {parseBoolean, parseDuration, parseWholeNumber} from '../../../src/inputs/parse-values.js'

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['\ttrue\n', true]
  ])('reads %j as %s', (text, value) => {
    expect(parseBoolean('dump', text)).toBe(value)
  })

  it.each(['', 'tRUE', 'yes', 'no', '1', '0', 'on', 'off', 'y', 'n', '~', 'null'])(
    'refuses %j, naming the input',
    text => {
      expect(() => parseBoolean('dump', text)).toThrow(
        `Input "dump" has an invalid value "${text}": expected true or false.`
      )
    }
  )
})

describe('parseWholeNumber', () => {
  it.each([
    ['0', 0, 10, 0],
    ['10', 0, 10, 10],
    ['999999999', 0, Number.MAX_SAFE_INTEGER, 999_999_999],
    ['1000000000', 0, Number.MAX_SAFE_INTEGER, 1_000_000_000]
  ])('reads %j within [%d, %d]', (text, min, max, value) => {
    expect(parseWholeNumber('n', text, min, max)).toBe(value)
  })

  it.each([
    ['11', 0, 10, 'a whole number from 0 to 10'],
    ['0', 1, 10, 'a whole number from 1 to 10'],
    ['1234567890123456', 0, Number.MAX_SAFE_INTEGER, 'a whole number 0 or more'],
    ['', 0, 10, 'a whole number from 0 to 10']
  ])('refuses %j within [%d, %d]', (text, min, max, expected) => {
    expect(() => parseWholeNumber('n', text, min, max)).toThrow(
      `Input "n" has an invalid value "${text}": expected ${expected}.`
    )
  })
})

describe('parseDuration', () => {
  const rule = {bareUnitSeconds: 1, allowZero: false, maxSeconds: 60, expected: 'up to 1m'}

  it.each([
    ['60', 60],
    ['1m', 60],
    ['0.001', 0.001]
  ])('reads %j within the rule as %d s', (text, seconds) => {
    expect(parseDuration('t', text, rule)).toBe(seconds)
  })

  it.each(['0', '61', '1m1s', 'x', '-1'])("refuses %j with the rule's expectation", text => {
    expect(() => parseDuration('t', text, rule)).toThrow(
      `Input "t" has an invalid value "${text}": expected up to 1m.`
    )
  })

  it('allows 0 when the rule says so, and has no upper bound without maxSeconds', () => {
    const open = {bareUnitSeconds: 3600, allowZero: true, expected: 'x'}
    expect(parseDuration('g', '0', open)).toBe(0)
    expect(parseDuration('g', '1000w', open)).toBe(604_800_000)
  })
})
