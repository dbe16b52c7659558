// Which proxy, if any, carries a request to a URL, by the GitHub runner's rules: the variable of
// the URL's scheme (read with the inputs), unless no_proxy or loopback sends it straight. Those
// two are @actions/http-client's own `checkBypass` (a 2.7 kB module with no imports), so the check
// decides exactly as the other actions on the runner do.
import {checkBypass} from '@actions/http-client/lib/proxy'
import {unusableProxy, type Proxy, type ProxyVariables} from '../inputs/proxy-env.js'

/**
 * The proxy for `target`, `null` to connect directly. Throws the InputError naming the variable
 * when the one in force for `target` is not a usable proxy.
 */
export function proxyFor(target: URL, variables: ProxyVariables): Proxy | null {
  const variable =
    target.protocol === 'https:'
      ? variables.https
      : target.protocol === 'http:'
        ? variables.http
        : null
  if (variable === null || bypassed(target, variables.noProxy)) return null
  if (variable.proxy === null) throw unusableProxy(variable.name)
  return variable.proxy
}

// `checkBypass` reads no_proxy from process.env and has no parameter for it: for this one
// synchronous call it sees the value passed in, then process.env is back as it was. Nothing
// else can run in between. (On Windows the two names are one variable: hence this order.)
function bypassed(target: URL, noProxy: string): boolean {
  const env = process.env
  const saved = {NO_PROXY: env.NO_PROXY, no_proxy: env.no_proxy}
  delete env.NO_PROXY
  env.no_proxy = noProxy
  try {
    return checkBypass(target)
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete env[name]
      else env[name] = value
    }
  }
}
