// Copies of a text in which a secret is easier to find than in the text itself: without the
// spaces, line breaks and control characters a portal (or a wrapped line) may put inside it,
// and with percent-escapes decoded as well. Each copy knows where each of its characters comes
// from, so that a find in the copy can be cut out of the original.

/** A copy of a text, with the span `[start[i], end[i])` of the original behind character `i`. */
export interface TextCopy {
  text: string
  /** `null`: the copy is the original, character for character. */
  start: Int32Array | null
  end: Int32Array | null
}

// eslint-disable-next-line no-control-regex -- control characters are gaps
const HAS_GAP = /[\s\u0000-\u001f\u007f-\u009f]/
// eslint-disable-next-line no-control-regex -- control characters are gaps
const GAP_RUNS = /[\s\u0000-\u001f\u007f-\u009f]{2,}/g

/** Spaces, line breaks and control characters: never part of a secret as sent. */
function isGap(code: number): boolean {
  if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true
  if (code < 0x1680) return false
  return HAS_GAP.test(String.fromCharCode(code))
}

/** Each run of gaps as one space. */
export function collapseGaps(text: string): string {
  return text.replace(GAP_RUNS, ' ')
}

export function withoutGaps(text: string): TextCopy {
  if (!HAS_GAP.test(text)) return {text, start: null, end: null}
  const start = new Int32Array(text.length)
  const parts: string[] = []
  let length = 0
  let run = -1
  for (let i = 0; i < text.length; i++) {
    if (isGap(text.charCodeAt(i))) {
      if (run !== -1) parts.push(text.slice(run, i))
      run = -1
    } else {
      if (run === -1) run = i
      start[length++] = i
    }
  }
  if (run !== -1) parts.push(text.slice(run))
  const kept = start.subarray(0, length)
  return {text: parts.join(''), start: kept, end: kept.map(i => i + 1)}
}

/** The copy with each `%XX` of a printable ASCII character decoded (upper or lower hex), and
 * each encoded gap (`%20`, `%0A`) dropped; `null` when there is no `%`. */
export function percentDecoded(copy: TextCopy): TextCopy | null {
  const {text} = copy
  if (!text.includes('%')) return null
  const codes = new Uint16Array(text.length)
  const start = new Int32Array(text.length)
  const end = new Int32Array(text.length)
  const startOf = (i: number) => (copy.start ? copy.start[i] : i)
  const endOf = (i: number) => (copy.end ? copy.end[i] : i + 1)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) === 0x25 ? hexByte(text, i + 1) : -1
    if (code !== -1 && code < 0x80 && isGap(code)) {
      i += 2
      continue
    }
    const decoded = code > 0x20 && code < 0x7f
    codes[length] = decoded ? code : text.charCodeAt(i)
    start[length] = startOf(i)
    end[length] = endOf(decoded ? i + 2 : i)
    length++
    if (decoded) i += 2
  }
  return {
    text: fromCodes(codes.subarray(0, length)),
    start: start.subarray(0, length),
    end: end.subarray(0, length)
  }
}

/** The byte of two hex digits at `at`, or -1. */
function hexByte(text: string, at: number): number {
  const high = hexDigit(text.charCodeAt(at))
  const low = hexDigit(text.charCodeAt(at + 1))
  return high === -1 || low === -1 ? -1 : high * 16 + low
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1
}

function fromCodes(codes: Uint16Array): string {
  const parts: string[] = []
  for (let i = 0; i < codes.length; i += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)))
  }
  return parts.join('')
}
