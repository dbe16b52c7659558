// Text that comes from the portal (error messages, Location headers) goes through here before
// any message quotes it: one line, bounded, and with every trace of the token replaced by ***.
import {oneLine} from '../one-line.js'

const MAX_QUOTED = 300
// API keys look like sk- and 64 hex characters: a portal that echoes a key other than ours, or a
// part of ours long enough to matter, is redacted too.
const KEY_LIKE = /\bsk-[0-9a-z]{8,}/gi

/** Replaces each secret (also when split by line breaks), and anything key-shaped, with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length > 0) result = result.replace(splitTolerant(secret), '***')
  }
  return result.replace(KEY_LIKE, '***')
}

// What a portal (or a wrapped line) may put inside an echoed secret: spaces, breaks, controls.
const GAP = String.raw`[\s\u0000-\u001f\u007f-\u009f]*`

const patterns = new Map<string, RegExp>()

/** The secret as a pattern that also matches it with a gap between any two characters. */
function splitTolerant(secret: string): RegExp {
  let pattern = patterns.get(secret)
  if (!pattern) {
    const chars = Array.from(secret, char => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    pattern = new RegExp(chars.join(GAP), 'g')
    patterns.set(secret, pattern)
  }
  return pattern
}

/** Portal text made safe to quote in a one-line message. */
export function portalQuote(text: string, secrets: readonly string[]): string {
  // Redacted before folding (the secret as sent) and after (a secret split across lines).
  const folded = redact(oneLine(redact(text, secrets)).replace(/\s+/g, ' ').trim(), secrets)
  return folded.length > MAX_QUOTED ? `${folded.slice(0, MAX_QUOTED - 1)}…` : folded
}
