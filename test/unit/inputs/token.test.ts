import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/core/errors.js'
import {parseInputs} from '../../../src/inputs/index.js'
import {parseToken} from '../../../src/inputs/token.js'
import {validReader} from '../fixtures.js'

const REFUSED =
  'Input "token" has an invalid value: expected a single token of printable ASCII characters, with no spaces or line breaks (the value is not shown: it is a secret).'

function refusal(text: string): InputError {
  try {
    parseToken('token', text)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`token ${JSON.stringify(text)} was accepted`)
}

describe('parseToken', () => {
  it.each([
    ['sk-0123abcd', 'sk-0123abcd'],
    ['Bearer sk-0123abcd', 'sk-0123abcd'],
    ['bearer sk-0123abcd', 'sk-0123abcd'],
    ['BEARER   sk-0123abcd', 'sk-0123abcd'],
    ['  sk-0123abcd\n', 'sk-0123abcd'],
    ['  Bearer sk-0123abcd  ', 'sk-0123abcd'],
    ['eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl', 'eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl'],
    ['Bearersk-0123', 'Bearersk-0123']
  ])('reads %j as %j', (text, token) => {
    expect(parseToken('token', text)).toBe(token)
  })

  it('takes a token of 8,192 characters (an OAuth access token), also after "Bearer "', () => {
    const token = 'eyJ'.padEnd(8192, 'x')
    expect(parseToken('token', token)).toBe(token)
    expect(parseToken('token', `Bearer ${token}`)).toBe(token)
  })

  it('refuses a token of 8,193 characters, naming the input, not quoting the value', () => {
    const token = 'eyJ'.padEnd(8193, 'q')
    const error = refusal(token)
    expect(error.input).toBe('token')
    expect(error.message).toBe(
      'Input "token" has an invalid value: expected a token of at most 8,192 characters, got 8193 (the value is not shown: it is a secret).'
    )
  })

  it.each([
    ['a space inside', 'sk-0123 abcd'],
    ['a line break inside', 'sk-0123\nabcd'],
    ['a CR LF inside', 'sk-0123\r\nX-Other: 1'],
    ['a tab inside', 'sk-0123\tabcd'],
    ['a non-ASCII letter', 'sk-0123ébcd'],
    ['a NUL', 'sk-0123\u0000abcd'],
    ['two Bearer words', 'Bearer Bearer sk-0123abcd']
  ])('refuses a token with %s, without quoting it', (_what, text) => {
    const error = refusal(text)
    expect(error.input).toBe('token')
    expect(error.message).toBe(REFUSED)
    expect(error.message).not.toContain('0123')
  })

  it('names the input it was given', () => {
    try {
      parseToken('github-token', 'a b')
      expect.unreachable()
    } catch (error) {
      expect((error as InputError).input).toBe('github-token')
      expect((error as InputError).message).toBe(REFUSED.replace('"token"', '"github-token"'))
    }
  })

  it.each(['Bearer', 'Bearer ', 'bearer\t', 'Bearer \n '])(
    'refuses %j, a Bearer prefix with nothing after it (an empty secret), as required',
    text => {
      const error = refusal(text)
      expect(error.message).toBe('Input "token" is required: expected a token.')
    }
  )

  it('is what parseInputs sends: the token without its Bearer prefix', () => {
    expect(parseInputs(validReader({token: 'Bearer sk-xyz'}), {}).token).toBe('sk-xyz')
  })
})
