import {invalidInput} from '../core/errors.js'

/** A validated portal address. */
export interface Portal {
  /** `https://host[:port][/prefix]`, no trailing slash: API paths are appended to it. */
  base: string
  /** `host[:port]` as the URL names it: the summary heading and the issue title. */
  host: string
  /** Scheme, host and port: the only origin the token is ever sent to. */
  origin: string
}

const EXPECTED = 'a portal URL such as https://portal.example.com'
/** As for `ping-url`: far more than any portal's address, and what browsers and proxies take. */
const MAX_LENGTH = 2048

/** Parses the `portal` input; throws an InputError that names it. */
export function parsePortal(text: string): Portal {
  const value = text.trim()
  // A value with `@` may hold user:password (whatever its scheme or shape): never echoed.
  const quoted = !value.includes('@')
  if (value.length > MAX_LENGTH) {
    throw invalidInput('portal', value, `${EXPECTED}, of at most 2,048 characters`, quoted)
  }
  if (!/^https?:\/\//i.test(value)) {
    throw invalidInput('portal', value, `${EXPECTED} (https:// and the host name)`, quoted)
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalidInput('portal', value, EXPECTED, quoted)
  }
  // Checked before anything quotes the value, so a password is never echoed.
  if (url.username !== '' || url.password !== '') {
    throw invalidInput(
      'portal',
      '',
      'a URL without a user name or password; the API key goes in the "token" input',
      false
    )
  }
  if (value.includes('?') || value.includes('#')) {
    throw invalidInput('portal', value, `${EXPECTED}, without a query or fragment`)
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw invalidInput(
      'portal',
      value,
      `an https:// URL (http:// is only allowed for localhost, 127.0.0.0/8 and ::1)`
    )
  }
  const path = url.pathname.replace(/\/+$/, '')
  return {base: `${url.origin}${path}`, host: hostAsWritten(value, url), origin: url.origin}
}

/** `localhost`, `127.0.0.0/8` or `::1`, as `URL.hostname` writes them. */
export function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/** `host[:port]` with the port whenever the URL names one, even the scheme's default. */
function hostAsWritten(value: string, url: URL): string {
  const port = /^https?:\/\/(?:\[[^\]]*\]|[^/:]*):(\d+)/i.exec(value)?.[1]
  return port !== undefined && url.port === '' ? `${url.hostname}:${Number(port)}` : url.host
}
