// redactSecrets: every form of a secret out of a text, by plain search, at any length.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ECHO_ENCODINGS, type EchoEncoding} from '../../../../src/fake-docspace/echo.js'
import {redactSecrets} from '../../../../src/core/secrets/redact.js'
import {expectNoTraceInAnyEncoding} from '../../../support/secret-traces.js'

const PRINTABLE = Array.from({length: 0x7e - 0x21 + 1}, (_, i) => String.fromCharCode(0x21 + i))
// A token of printable characters; without `*`, whose mask is another (below).
const STARLESS = PRINTABLE.filter(char => char !== '*')
const token = (length: number, seed = 7) =>
  Array.from(
    {length},
    (_, i) => STARLESS[(i * 31 + seed * 17 + ((i * i) % 13)) % STARLESS.length]
  ).join('')
const KEY = `pat_${'Q2x7vLm9ZpR4tY8wKd3nB6hJ1cF5gS0eUiOa'}`

describe('redactSecrets', () => {
  it('replaces a mixed-case secret that a URL parser lower-cased in a host name', () => {
    const host = new URL(`https://${KEY}.storage.example/x`).host
    expect(host).toBe(`${KEY.toLowerCase()}.storage.example`)
    expect(redactSecrets(`redirected to https://${host}, not https`, [KEY])).toBe(
      'redirected to https://***.storage.example, not https'
    )
    const encoded = new URL(`https://${encodeURIComponent(KEY)}.example/`).host
    expect(redactSecrets(`the name ${encoded} does not resolve`, [KEY])).not.toContain(
      KEY.toLowerCase().slice(4, 16)
    )
  })

  it('replaces the secret as is, also split by spaces, line breaks and control characters', () => {
    expect(redactSecrets(`token ${KEY} here`, [KEY])).toBe('token *** here')
    const split = `${KEY.slice(0, 10)}\r\n  ${KEY.slice(10, 20)}\u0000\t${KEY.slice(20)}`
    expect(redactSecrets(`a ${split} b`, [KEY])).toBe('a *** b')
  })

  it.each(Object.keys(ECHO_ENCODINGS) as EchoEncoding[])(
    'leaves nothing of a secret echoed %s',
    encoding => {
      for (const length of [16, 40, 333, 8192]) {
        const secret = token(length)
        const echoed = ECHO_ENCODINGS[encoding](`Bearer ${secret}`)
        const redacted = redactSecrets(`The access token "${echoed}" is not valid`, [secret])
        expect(redacted).toMatch(/^The access token ".{0,24}\*\*\*.{0,8}" is not valid$/s)
        expectNoTraceInAnyEncoding(secret, redacted)
      }
    }
  )

  it('redacts a short secret echoed whole in each form', () => {
    for (const length of [1, 2, 3, 5, 8]) {
      const secret = token(length, length)
      for (const encoding of ['as-sent', 'percent-all', 'base64', 'base64url-token'] as const) {
        const echoed = ECHO_ENCODINGS[encoding](`Bearer ${secret}`)
        expect(redactSecrets(`«${echoed}»`, [secret]), `${encoding} ${length}`).not.toContain(
          echoed
        )
      }
    }
  })

  it('never puts a mask that shows part of a secret with stars in it', () => {
    expect(redactSecrets('a*b and **', ['*'])).toBe('a•••b and •••')
    expect(redactSecrets('xx**x', ['x**'])).not.toContain('x**')
  })

  it('redacts anything key-shaped, ours or not', () => {
    expect(redactSecrets('key sk-0123456789abcdef', [])).toBe('key ***')
  })

  it('works for a secret of 8,192 characters in a long text, in linear time', () => {
    const secret = token(8192)
    // 288,192 characters: linear work takes milliseconds; the old backtracking patterns took
    // seconds or crashed, and anything quadratic would not end within the test's time.
    const text = `${'word '.repeat(20_000)}${secret}${' and more'.repeat(20_000)}`
    const redacted = redactSecrets(text, [secret])
    expect(redacted).not.toContain(secret.slice(0, 16))
    expect(redacted).toContain('word *** and')
  })

  it('cuts a very long text, never leaving the start of a secret at the cut', () => {
    const secret = token(8192)
    const echoed = ECHO_ENCODINGS['percent-all'](secret)
    // A whole echo, a few words, then more echoes, one of them across any cut.
    const text = `${echoed} ${'x '.repeat(50)}${`${echoed} `.repeat(40)}`
    const redacted = redactSecrets(text, [secret])
    expect(redacted.endsWith('…')).toBe(true)
    expect(redacted.length).toBeLessThan(text.length)
    expectNoTraceInAnyEncoding(secret, redacted)
    // Many spaces before the secret do not push it past the search.
    const padded = redactSecrets(`x${' '.repeat(500_000)}${secret}`, [secret])
    expectNoTraceInAnyEncoding(secret, padded)
  })

  it('never quotes a pattern or anything built from the secret when a secret is odd', () => {
    for (const secret of ['(', '[', '\\', '.+', token(8192), '$&', '^$']) {
      expect(() => redactSecrets(`x ${secret} y`, [secret])).not.toThrow()
      expect(redactSecrets(`x ${secret} y`, [secret])).toBe('x *** y')
    }
  })

  it('leaves no trace of any printable secret in any echo, wherever it is (fast-check)', () => {
    const secrets = fc
      .oneof(fc.integer({min: 16, max: 64}), fc.integer({min: 16, max: 8192}))
      .chain(length =>
        fc.string({unit: fc.constantFrom(...PRINTABLE), minLength: length, maxLength: length})
      )
    const encodings = fc.constantFrom(...(Object.keys(ECHO_ENCODINGS) as EchoEncoding[]))
    fc.assert(
      fc.property(
        secrets,
        encodings,
        fc.string(),
        fc.string(),
        (secret, encoding, before, after) => {
          const echoed = ECHO_ENCODINGS[encoding](`Bearer ${secret}`)
          const redacted = redactSecrets(`${before}${echoed}${after}`, [secret])
          expectNoTraceInAnyEncoding(secret, redacted)
        }
      ),
      {numRuns: 150}
    )
  })
})
