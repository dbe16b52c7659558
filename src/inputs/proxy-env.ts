// The runner's proxy variables, read once with the other inputs: for each scheme, the variable
// in force and the proxy it names. An unusable value is kept as such rather than refused here:
// it is an input error only for a URL that would go through it (docspace/proxy.ts chooses), so
// a socks5:// http_proxy does not stop a check that only speaks https. The proxy variable is
// read here, not by @actions/http-client's `getProxyUrl`, which takes `proxy.corp:3128` for a
// URL whose scheme is `proxy.corp:` and then uses no proxy at all.
import {InputError} from '../core/errors.js'

/** The process environment, or a snapshot of it (tests pass their own). */
export type Environment = Readonly<Record<string, string | undefined>>

export interface Proxy {
  /** `http://proxy.corp:3128`: where to connect, and what the log names (no credentials). */
  address: string
  url: URL
  /** `Basic …` for `Proxy-Authorization`, when the proxy URL holds credentials. */
  authorization: string | null
  /** The variable it came from (`https_proxy`, `HTTPS_PROXY`…). */
  variable: string
}

/** The variable in force for one scheme, and the proxy it names; `null`: not a usable proxy. */
export interface ProxyVariable {
  name: string
  proxy: Proxy | null
}

export interface ProxyVariables {
  /** For `https:` URLs: `https_proxy`, else `HTTPS_PROXY` (never `http_proxy`). */
  https: ProxyVariable | null
  /** For `http:` URLs: `http_proxy`, else `HTTP_PROXY`. */
  http: ProxyVariable | null
  /** `no_proxy`, else `NO_PROXY`; `''` when neither is set. */
  noProxy: string
  /** Every form of every proxy password, for masking and redaction. */
  secrets: string[]
}

/** The lowercase name wins, as on the runner. */
const HTTPS_VARIABLES = ['https_proxy', 'HTTPS_PROXY']
const HTTP_VARIABLES = ['http_proxy', 'HTTP_PROXY']

/** The proxy variables of `environment`; never throws (see `unusableProxy`). */
export function readProxyVariables(environment: Environment): ProxyVariables {
  return {
    https: variableInForce(environment, HTTPS_VARIABLES),
    http: variableInForce(environment, HTTP_VARIABLES),
    noProxy: environment.no_proxy || environment.NO_PROXY || '',
    secrets: secretsOf(environment)
  }
}

/** The input error of a proxy variable that is not a usable proxy: names it, never quotes it. */
export function unusableProxy(variable: string): InputError {
  return new InputError(
    variable,
    `The environment variable ${variable} is not a usable proxy: expected http://host:port, with user:password@ before the host when the proxy needs them.`
  )
}

function variableInForce(environment: Environment, names: string[]): ProxyVariable | null {
  const name = names.find(candidate => environment[candidate])
  if (name === undefined) return null
  return {name, proxy: parseProxy(name, environment[name] as string)}
}

// Every variable counts here, the ones not in force too: a password is masked wherever it is.
function secretsOf(environment: Environment): string[] {
  const secrets = new Set<string>()
  for (const variable of [...HTTPS_VARIABLES, ...HTTP_VARIABLES]) {
    const value = environment[variable]
    const proxy = value ? parseProxy(variable, value) : null
    if (!proxy || proxy.url.password === '') continue
    secrets.add(proxy.url.password)
    secrets.add(safeDecode(proxy.url.password))
    secrets.add((proxy.authorization ?? '').replace(/^Basic /, ''))
  }
  return [...secrets].filter(secret => secret.length > 0)
}

function parseProxy(variable: string, value: string): Proxy | null {
  const text = value.trim()
  // A value without a scheme means http://, as on the runner.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return null
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.hostname === '') return null
  const credentials =
    url.username || url.password ? `${safeDecode(url.username)}:${safeDecode(url.password)}` : null
  return {
    address: `${url.protocol}//${url.host}`,
    url,
    authorization: credentials && `Basic ${Buffer.from(credentials).toString('base64')}`,
    variable
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
