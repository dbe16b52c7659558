// The ways a careless portal quotes a received secret back (in an error message, a job's error):
// as sent, percent-encoded, or base64-encoded, whole or inside a longer encoded string.

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const tokenOf = (authorization: string) => authorization.replace(/^Bearer /, '')

/** Each encoding, applied to the received `Authorization` value (`Bearer <token>`). */
export const ECHO_ENCODINGS = {
  'as-sent': (authorization: string) => authorization,
  percent: (authorization: string) => encodeURIComponent(authorization),
  'percent-lower': (authorization: string) =>
    encodeURIComponent(authorization).replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase()),
  /** Every byte escaped, letters and digits too. */
  'percent-all': (authorization: string) =>
    [...Buffer.from(authorization, 'utf8')]
      .map(byte => `%${byte.toString(16).padStart(2, '0')}`)
      .join(''),
  uri: (authorization: string) => encodeURI(authorization),
  /** As a form field: the space becomes `+`. */
  form: (authorization: string) => new URLSearchParams({a: authorization}).toString().slice(2),
  base64: (authorization: string) => base64(authorization),
  base64url: (authorization: string) => base64url(authorization),
  'base64-token': (authorization: string) => base64(tokenOf(authorization)),
  'base64url-token': (authorization: string) => base64url(tokenOf(authorization)),
  /** MIME style: lines of 76 characters. */
  'base64-lines': (authorization: string) =>
    base64(authorization).replace(/.{76}/g, line => `${line}\r\n`),
  // Inside a longer string, the token starting at each of the three byte offsets mod 3.
  'base64-inside-0': (authorization: string) => base64(`id:${tokenOf(authorization)};x`),
  'base64-inside-1': (authorization: string) => base64(`usr:${tokenOf(authorization)};xy`),
  'base64-inside-2': (authorization: string) => base64url(`u:${tokenOf(authorization)};`)
} satisfies Record<string, (authorization: string) => string>

export type EchoEncoding = keyof typeof ECHO_ENCODINGS
