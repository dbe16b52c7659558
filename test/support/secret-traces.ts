// What would betray a token in a text the action shows: the token, and every form a portal may
// echo it in (percent- and base64-encoded), computed here independently of src/core/secrets/.
import {expect} from 'vitest'

/** Windows this long of a trace must not appear: shorter ones may occur by chance. */
export const STRETCH = 16

const percentAll = (text: string) =>
  [...Buffer.from(text)].map(byte => `%${byte.toString(16).padStart(2, '0')}`).join('')

/** Base64 of `token` behind 0, 1 or 2 other bytes, without the characters at either end that
 * also encode a neighbour (cut generously: two at each end). */
function base64Inside(token: string): string[] {
  return [0, 1, 2].flatMap(shift => {
    const encoded = Buffer.concat([Buffer.alloc(shift, 0x41), Buffer.from(token)]).toString(
      'base64'
    )
    const inner = encoded.slice(shift === 0 ? 0 : 2 + shift, -3)
    return [inner, inner.replace(/\+/g, '-').replace(/\//g, '_')]
  })
}

/** The token and each of its encodings, each long enough to judge. */
export function tracesOf(token: string): string[] {
  const forms = [
    token,
    encodeURIComponent(token),
    encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase()),
    percentAll(token),
    encodeURI(token),
    ...base64Inside(token)
  ]
  return [...new Set(forms)].filter(form => form.length >= STRETCH)
}

/** Asserts that no STRETCH-long window of any trace of `token` appears in `shown`. Linear: the
 * windows of `shown` go into a set once. */
export function expectNoTraceInAnyEncoding(token: string, shown: string, where = 'output'): void {
  const windows = new Set<string>()
  for (let i = 0; i + STRETCH <= shown.length; i++) windows.add(shown.slice(i, i + STRETCH))
  for (const trace of tracesOf(token)) {
    for (let i = 0; i + STRETCH <= trace.length; i++) {
      const window = trace.slice(i, i + STRETCH)
      if (windows.has(window)) {
        expect.fail(
          `${where} holds a ${STRETCH}-character piece of an encoding of the token (at ${i} of a ${trace.length}-character form)`
        )
      }
    }
  }
}

/** Letters that no pattern syntax or escape uses (no hex digit, no `s` of `\s`, no `u` of
 * `\u0000`): a token of these alone shows through any structure built from it. */
export const PLAIN_LETTERS = [...'ghijklmnopqrtvwxyzGHIJKLMNOPQRTVWXYZ']

/** Asserts that `shown` does not spell a token of PLAIN_LETTERS out, even with other characters
 * between its own (a pattern built from it: `g[\s…]*h[\s…]*…`): `shown` without every
 * character the token does not use holds no STRETCH-long piece of it. */
export function expectNotSpelledOut(token: string, shown: string, where = 'output'): void {
  expect([...token].every(char => PLAIN_LETTERS.includes(char))).toBe(true)
  const used = new Set(token)
  const skeleton = [...shown].filter(char => used.has(char)).join('')
  expectNoTraceInAnyEncoding(token, skeleton, `${where} (spelled out)`)
}
