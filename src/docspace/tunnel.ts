// An https request through a proxy: CONNECT host:port, then TLS to the portal inside the tunnel,
// verified as on a direct connection. Hand-written rather than a tunnelling agent: see the
// README, "Development", for what `tunnel` and `https-proxy-agent` cost.
import type {ClientRequestArgs} from 'node:http'
import type {LookupFunction, Socket} from 'node:net'
import type {Proxy} from '../inputs/proxy-env.js'

/** A proxy that refused or could not be reached; `final` when a retry cannot change it. */
export class ProxyError extends Error {
  constructor(
    message: string,
    readonly final: boolean
  ) {
    super(message)
    this.name = 'ProxyError'
  }
}

type Connector = NonNullable<ClientRequestArgs['createConnection']>

/** `createConnection` for `https.request`: the CONNECT is aborted with `signal`. */
export function tunnelThrough(
  proxy: Proxy,
  target: URL,
  signal: AbortSignal,
  lookup?: LookupFunction
): Connector {
  return (_options, callback) => {
    const authority = `${target.hostname}:${target.port || 443}`
    const connect = proxyTransport(proxy).request({
      host: bare(proxy.url.hostname),
      port: proxy.url.port || (proxy.url.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers: {
        Host: authority,
        ...(proxy.authorization ? {'Proxy-Authorization': proxy.authorization} : {})
      },
      agent: false,
      signal,
      lookup
    })
    connect.once('connect', (answer, socket: Socket) => {
      const status = answer.statusCode ?? 0
      if (status !== 200) {
        socket.destroy()
        const said = `answered ${status} ${answer.statusMessage ?? ''}`.trimEnd()
        const message = `the proxy ${proxy.address} ${said} to CONNECT ${authority}`
        // A refusal (407, 403) stands until the settings change; a 502 or 503 may pass.
        return callback(new ProxyError(message, status < 500), undefined as never)
      }
      const host = bare(target.hostname)
      const tls = process.getBuiltinModule('node:tls')
      const {isIP} = process.getBuiltinModule('node:net')
      // SNI takes a name, never an address; the certificate is checked against `host` either way.
      const secure = tls.connect({socket, host, servername: isIP(host) ? undefined : host})
      callback(null, secure)
    })
    connect.once('error', error => {
      if (signal.aborted) return
      const reason = (error as NodeJS.ErrnoException).code ?? error.message
      callback(
        new ProxyError(`the proxy ${proxy.address} could not be reached (${reason})`, false),
        undefined as never
      )
    })
    connect.end()
    return undefined
  }
}

export function proxyTransport(proxy: Proxy) {
  return proxy.url.protocol === 'https:'
    ? process.getBuiltinModule('node:https')
    : process.getBuiltinModule('node:http')
}

/** `[::1]` → `::1`: URLs bracket IPv6 addresses, sockets do not. */
export function bare(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, '$1')
}
