import {inputError} from '../core/errors.js'

/** The longest token accepted (the contract's limit). */
export const MAX_TOKEN_LENGTH = 8192

/**
 * A token as sent after `Bearer `. A leading `Bearer ` in the input is dropped. The value is
 * never quoted in the error: it is a secret even when it is malformed.
 */
export function parseToken(input: string, text: string): string {
  // `Bearer ` alone (an empty secret after it) leaves nothing: the token is then missing.
  const token = text.trim().replace(/^bearer(?:\s+|$)/i, '')
  if (token === '') {
    throw inputError(input, 'is required: expected a token.')
  }
  // OAuth access tokens are long; longer than this is no token anyone issues (nor a header a
  // server takes).
  if (token.length > MAX_TOKEN_LENGTH) {
    throw inputError(
      input,
      `has an invalid value: expected a token of at most 8,192 characters, got ${token.length} (the value is not shown: it is a secret).`
    )
  }
  // Spaces or control characters would break the Authorization header (or smuggle another).
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw inputError(
      input,
      `has an invalid value: expected a single token of printable ASCII characters, with no spaces or line breaks (the value is not shown: it is a secret).`
    )
  }
  return token
}
