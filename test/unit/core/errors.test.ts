import {describe, expect, it} from 'vitest'
import {inputError, invalidInput, quoteValue} from '../../../src/core/errors.js'

describe('quoteValue', () => {
  it('quotes a short value whole, on one line', () => {
    expect(quoteValue('3 days')).toBe('"3 days"')
    expect(quoteValue('a\nb\r\nc')).toBe('"a b c"')
    expect(quoteValue('x'.repeat(100))).toBe(`"${'x'.repeat(100)}"`)
  })

  it('quotes the first 100 characters of a long value, then its length', () => {
    expect(quoteValue('x'.repeat(101))).toBe(`"${'x'.repeat(100)}…" (101 characters)`)
    expect(quoteValue('y'.repeat(120_000))).toBe(`"${'y'.repeat(100)}…" (120,000 characters)`)
  })

  it('never cuts a character in two', () => {
    const quoted = quoteValue(`${'x'.repeat(99)}${'😀'.repeat(10)}`)
    expect(quoted).toBe(`"${'x'.repeat(99)}…" (119 characters)`)
    // No lone surrogate: a well-formed string survives a UTF-8 round trip unchanged.
    expect(Buffer.from(quoted, 'utf8').toString('utf8')).toBe(quoted)
  })
})

describe('input errors', () => {
  it('keep what is wrong apart from the name, for the CLI to name its own option', () => {
    const error = invalidInput('max-age', '3 days', 'a duration')
    expect(error.message).toBe(
      'Input "max-age" has an invalid value "3 days": expected a duration.'
    )
    expect(error.detail).toBe('has an invalid value "3 days": expected a duration.')
    expect(inputError('token', 'is required.').message).toBe('Input "token" is required.')
  })

  it('do not quote a value asked not to be', () => {
    expect(invalidInput('ping-url', 'https://secret', 'a URL', false).message).not.toContain(
      'secret'
    )
  })
})
