import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {portalQuote, redact} from '../../../src/docspace/portal-text.js'
import {TOKEN} from '../fixtures.js'

/** A personal access token: not `sk-` shaped, so only the secret list can redact it. */
const PAT = 'pat.Zq7R2mXw9LkTb4Vn8HsYc3Jd6Fg1Ep5A'

/** Every 8-character piece of `secret`: none may appear in a quoted message. */
function pieces(secret: string): string[] {
  return Array.from({length: secret.length - 7}, (_, i) => secret.slice(i, i + 8))
}

function expectNoPieceOf(secret: string, text: string): void {
  for (const piece of pieces(secret)) expect(text).not.toContain(piece)
}

describe('redact', () => {
  it.each([
    ['the whole token', `bad key ${PAT}`, 'bad key ***'],
    ['every occurrence', `${PAT} and ${PAT}.`, '*** and ***.'],
    ['an API key that is not ours', 'key sk-deadbeef0123 rejected', 'key *** rejected'],
    ['an uppercase API key', 'key SK-DEADBEEF0123', 'key ***'],
    ['nothing in plain text', 'Access denied', 'Access denied'],
    ['nothing for a short sk- word', 'see sk-abc', 'see sk-abc']
  ])('replaces %s', (_what, text, redacted) => {
    expect(redact(text, [PAT])).toBe(redacted)
  })

  it('ignores an empty secret instead of starring every gap', () => {
    expect(redact('Access denied', [''])).toBe('Access denied')
  })
})

describe('portalQuote', () => {
  it.each([
    ['folds line breaks', 'line one\nline two\r\nthree', 'line one line two three'],
    ['folds tabs and runs of spaces', 'a\t\tb    c', 'a b c'],
    ['folds Unicode line separators', 'a\u2028b\u2029c\u0085d', 'a b c d'],
    ['trims', '  \n spaced \n ', 'spaced'],
    [
      'keeps a workflow command off the start of a line',
      'ok\n::set-output name=x::1',
      'ok ::set-output name=x::1'
    ]
  ])('%s', (_what, text, quoted) => {
    expect(portalQuote(text, [])).toBe(quoted)
  })

  it('cuts long text to 300 characters, ending in …', () => {
    const quoted = portalQuote('x'.repeat(1000), [])
    expect(quoted).toHaveLength(300)
    expect(quoted.endsWith('x…')).toBe(true)
  })

  it('leaves text of exactly 300 characters whole', () => {
    expect(portalQuote('y'.repeat(300), [])).toBe('y'.repeat(300))
  })

  it('redacts a token that straddles the 300-character cut', () => {
    const quoted = portalQuote(`${'z'.repeat(280)}${PAT}`, [PAT])
    expectNoPieceOf(PAT, quoted)
    expect(quoted).toBe(`${'z'.repeat(280)}***`)
  })

  it.each([
    ['a line break', '\n'],
    ['a CR LF and indentation', '\r\n    '],
    ['a Unicode line separator', '\u2028']
  ])('redacts a token split across %s', (_what, gap) => {
    for (const secret of [PAT, TOKEN]) {
      const cut = Math.floor(secret.length / 2)
      const text = `Invalid key "${secret.slice(0, cut)}${gap}${secret.slice(cut)}".`
      const quoted = portalQuote(text, [secret])
      expectNoPieceOf(secret, quoted)
      expect(quoted).toBe('Invalid key "***".')
    }
  })

  it('never lets an 8-character piece of the token through, wherever lines break (property)', () => {
    const gap = fc.constantFrom('\n', '\r\n', ' \n ', '\u2028', '\t')
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.integer({min: 1, max: PAT.length - 1}),
        gap,
        (before, after, cut, breaker) => {
          const text = `${before}${PAT.slice(0, cut)}${breaker}${PAT.slice(cut)}${after}`
          expectNoPieceOf(PAT, portalQuote(text, [PAT]))
        }
      )
    )
  })
})
