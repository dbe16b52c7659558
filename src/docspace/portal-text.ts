// Text that comes from the portal (error messages, Location headers) goes through here before
// any message quotes it: one line, bounded, and with every trace of the token replaced by ***.
import {oneLine} from '../core/one-line.js'
import {redactSecrets} from '../core/secrets/redact.js'

const MAX_QUOTED = 300

/** Replaces each secret (as sent, split by line breaks, percent- or base64-encoded), and
 * anything key-shaped, with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  return redactSecrets(text, secrets)
}

/** Portal text made safe to quote in a one-line message. Give it the text whole, never cut
 * first: a cut could leave part of a secret that no search then recognises. */
export function portalQuote(text: string, secrets: readonly string[]): string {
  // Redacted before folding (the secret as sent) and after (a secret split across lines).
  const folded = redact(oneLine(redact(text, secrets)).replace(/\s+/g, ' ').trim(), secrets)
  return folded.length > MAX_QUOTED ? `${folded.slice(0, MAX_QUOTED - 1)}…` : folded
}
