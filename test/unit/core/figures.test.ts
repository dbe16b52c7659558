import {describe, expect, it} from 'vitest'
import {count, humanBytes} from '../../../src/core/figures.js'

describe('humanBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1.0 kB'],
    [830_000, '830 kB'],
    [1_234_567, '1.2 MB'],
    [1_200_000_000, '1.2 GB'],
    [5e15, '5000 TB']
  ])('writes %d as %s', (bytes, words) => {
    expect(humanBytes(bytes)).toBe(words)
  })
})

describe('count', () => {
  it('separates thousands with commas, whatever the locale', () => {
    expect(count(12_345)).toBe('12,345')
    expect(count(7)).toBe('7')
  })
})
