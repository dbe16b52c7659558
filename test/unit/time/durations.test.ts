import {describe, expect, it} from 'vitest'
import {formatHours, humanDuration} from '../../../src/time/durations.js'

describe('formatHours', () => {
  it.each([
    [5.25, '5.25'],
    [27, '27.00'],
    [0, '0.00'],
    [1 / 3, '0.33'],
    [168.006, '168.01']
  ])('writes %d hours as %j', (hours, text) => {
    expect(formatHours(hours)).toBe(text)
  })
})

describe('humanDuration', () => {
  it.each([
    [0, '0s'],
    [12, '12s'],
    [42 * 60, '42m'],
    [5 * 3600 + 15 * 60, '5h 15m'],
    [5 * 3600, '5h'],
    [3 * 86_400 + 4 * 3600, '3d 4h'],
    [2 * 86_400 + 59 * 60, '2d'],
    [-30, '0s']
  ])('writes %d s as %j', (seconds, text) => {
    expect(humanDuration(seconds)).toBe(text)
  })
})
