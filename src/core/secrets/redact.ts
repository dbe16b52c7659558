// Secrets out of every text the action shows, by plain string search: linear in the text, for
// secrets of any length, and never through a pattern built from a secret (an error quoting such
// a pattern would spell the secret out, one character at a time).
import {secretForms} from './forms.js'
import {collapseGaps, percentDecoded, withoutGaps, type TextCopy} from './text-copies.js'

// API keys look like sk- and 64 hex characters: a portal that echoes a key other than ours, or a
// part of ours long enough to matter, is redacted too.
const KEY_LIKE = /\bsk-[0-9a-z]{8,}/gi

const MASK = '***'
/** For a secret with a `*` in it, whose every `***` would show part of it again. */
const STAR_FREE_MASK = '•••'

interface Redactor {
  forms: string[]
  /** The secrets lower-cased (ASCII): a URL parser lower-cases a host name that holds one. */
  folded: string[]
  mask: string
  /** Longer texts are cut to this before the search; what stays shown is the part before
   * `window - span`, so that a secret cut by the window is never shown in part. */
  window: number
  span: number
}

let cached: {key: string; redactor: Redactor} | undefined

function redactorFor(secrets: readonly string[]): Redactor {
  const key = secrets.join('\u0000')
  if (cached?.key !== key) {
    const forms = [...new Set(secrets.flatMap(secretForms))]
    const longest = Math.max(0, ...forms.map(form => form.length))
    // Each character of a form may be `%XX` with a gap after each of its three (6 characters).
    const span = 6 * longest + 6
    const mask = secrets.some(secret => secret.includes('*')) ? STAR_FREE_MASK : MASK
    const folded = [...new Set(secrets.map(foldCase))]
    cached = {key, redactor: {forms, folded, mask, span, window: Math.max(192 * 1024, 2 * span)}}
  }
  return cached.redactor
}

/**
 * `text` with every secret replaced by `***`: as is, split by spaces, line breaks or control
 * characters, percent-encoded (any case, any characters) and base64-encoded (see forms.ts); and
 * anything key-shaped. A text longer than about 200,000 characters is also cut (ending in `…`).
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const redactor = redactorFor(secrets.filter(secret => secret !== ''))
  let source = text
  let shown = text.length
  if (text.length > redactor.window) {
    source = collapseGaps(text).slice(0, redactor.window)
    if (source.length === redactor.window) shown = redactor.window - redactor.span
  }
  const spans = redactor.forms.length === 0 ? [] : secretSpans(source, redactor)
  const cut = shown < source.length
  return `${cutOut(source, spans, redactor.mask, Math.min(shown, source.length))}${cut ? '…' : ''}`.replace(
    KEY_LIKE,
    MASK
  )
}

/** The spans of the text that hold a form, sorted and merged: `[start, end]` pairs. A copy
 * case-folded is searched for the secrets case-folded (a host name echoes one lower-cased). */
function secretSpans(text: string, redactor: Redactor): number[][] {
  const plain = withoutGaps(text)
  const copies = [plain, percentDecoded(plain)].filter((copy): copy is TextCopy => copy !== null)
  const searches = [
    ...copies.map(copy => ({copy, forms: redactor.forms})),
    ...copies.map(copy => ({copy: {...copy, text: foldCase(copy.text)}, forms: redactor.folded}))
  ]
  const found: number[][] = []
  for (const {copy, forms} of searches) {
    for (const form of forms) {
      for (
        let at = copy.text.indexOf(form);
        at !== -1;
        at = copy.text.indexOf(form, at + form.length)
      ) {
        const last = at + form.length - 1
        found.push([copy.start ? copy.start[at] : at, copy.end ? copy.end[last] : last + 1])
      }
    }
  }
  found.sort((a, b) => a[0] - b[0])
  const merged: number[][] = []
  for (const span of found) {
    const previous = merged.at(-1)
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1])
    else merged.push(span)
  }
  return merged
}

/** The text up to `limit`, with each span replaced by the mask (a span that starts before the
 * limit is replaced whole). */
function cutOut(text: string, spans: number[][], mask: string, limit: number): string {
  const parts: string[] = []
  let from = 0
  for (const [start, end] of spans) {
    if (start >= limit) break
    parts.push(text.slice(from, start), mask)
    from = end
  }
  if (from < limit) parts.push(text.slice(from, limit))
  return parts.join('')
}

/** ASCII letters lower-cased, as URL parsing does to a host name: the length stays the same, so
 * a find in the copy is at the same place in the text. */
function foldCase(text: string): string {
  return text.replace(/[A-Z]+/g, letters => letters.toLowerCase())
}
