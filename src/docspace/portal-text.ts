// Text that comes from the portal (error messages, Location headers) goes through here before
// any message quotes it: one line, bounded, and with every trace of the token replaced by ***.

const MAX_QUOTED = 300
// API keys look like sk- and 64 hex characters: a portal that echoes a key other than ours, or a
// part of ours long enough to matter, is redacted too.
const KEY_LIKE = /\bsk-[0-9a-z]{8,}/gi

/** Replaces each secret, and anything shaped like an API key, with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***')
  }
  return result.replace(KEY_LIKE, '***')
}

/** Portal text made safe to quote in a one-line message. */
export function portalQuote(text: string, secrets: readonly string[]): string {
  const oneLine = redact(redact(text, secrets)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(), secrets)
  return oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED - 1)}…` : oneLine
}
