// Which proxy, if any, carries a request to a URL: the GitHub runner's rules. `no_proxy` and
// loopback are @actions/http-client's own `checkBypass` (a 2 KB module with no imports); the
// proxy variable is read here, because its `getProxyUrl` takes `proxy.corp:3128` for a URL
// whose scheme is `proxy.corp:` and then uses no proxy at all.
import {checkBypass} from '@actions/http-client/lib/proxy'
import {InputError} from '../core/errors.js'

export interface Proxy {
  /** `http://proxy.corp:3128`: where to connect, and what the log names (no credentials). */
  address: string
  url: URL
  /** `Basic …` for `Proxy-Authorization`, when the proxy URL holds credentials. */
  authorization: string | null
  /** The variable it came from (`https_proxy`, `HTTPS_PROXY`…). */
  variable: string
}

/** The lowercase name wins; `http_proxy` is never used for https. */
const VARIABLES: Record<string, readonly string[]> = {
  'https:': ['https_proxy', 'HTTPS_PROXY'],
  'http:': ['http_proxy', 'HTTP_PROXY']
}

/**
 * The proxy for `target` from the environment, `null` to connect directly. Throws an
 * InputError naming the variable (never quoting it: it may hold a password) when unusable.
 */
export function proxyFor(target: URL): Proxy | null {
  const variable = (VARIABLES[target.protocol] ?? []).find(name => process.env[name])
  if (variable === undefined || checkBypass(target)) return null
  return parseProxy(variable, process.env[variable] as string)
}

/** Every form of every proxy password in the environment, for masking and redaction. */
export function proxySecrets(): string[] {
  const secrets = new Set<string>()
  for (const variable of Object.values(VARIABLES).flat()) {
    const value = process.env[variable]
    if (!value) continue
    let proxy: Proxy
    try {
      proxy = parseProxy(variable, value)
    } catch {
      continue
    }
    const {password} = proxy.url
    if (password === '') continue
    secrets.add(password)
    secrets.add(safeDecode(password))
    secrets.add((proxy.authorization ?? '').replace(/^Basic /, ''))
  }
  return [...secrets].filter(secret => secret.length > 0)
}

function parseProxy(variable: string, value: string): Proxy {
  const text = value.trim()
  // A value without a scheme means http://, as on the runner.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw unusable(variable)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.hostname === '') throw unusable(variable)
  const credentials =
    url.username || url.password ? `${safeDecode(url.username)}:${safeDecode(url.password)}` : null
  return {
    address: `${url.protocol}//${url.host}`,
    url,
    authorization: credentials && `Basic ${Buffer.from(credentials).toString('base64')}`,
    variable
  }
}

function unusable(variable: string): InputError {
  return new InputError(
    variable,
    `The environment variable ${variable} is not a usable proxy: expected http://host:port, with user:password@ before the host when the proxy needs them.`
  )
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
