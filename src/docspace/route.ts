// How one request reaches its URL: straight there, through a forward proxy (http://), or through
// a CONNECT tunnel (https://). Later features (downloads, pings) open their requests here too.
import type {ClientRequest, OutgoingHttpHeaders} from 'node:http'
import type {LookupFunction} from 'node:net'
import type {Proxy} from '../inputs/proxy-env.js'
import {bare, proxyTransport, tunnelThrough} from './tunnel.js'

export interface Route {
  /** From `proxyFor(url, …)`; `null` or absent: straight to the URL. */
  proxy?: Proxy | null
  /** Name resolution, for tests; `dns.lookup` (the system's resolver) otherwise. */
  lookup?: LookupFunction
}

export interface Outgoing {
  url: URL
  method: string
  headers: OutgoingHttpHeaders
}

/** Opens the request along `route`; `signal` also aborts a CONNECT still in progress. */
export function openRequest(out: Outgoing, route: Route, signal: AbortSignal): ClientRequest {
  const {url, method, headers} = out
  const {proxy, lookup} = route
  const secure = url.protocol === 'https:'
  // Loaded on first use, synchronously (no trip through the ESM loader): node:https (TLS)
  // costs tens of ms, which a run that stops at its inputs, or talks to loopback, need not pay.
  const transport = secure
    ? process.getBuiltinModule('node:https')
    : process.getBuiltinModule('node:http')
  if (!proxy) {
    // agent: false gives each request its own connection, closed after: nothing keeps the
    // process alive once the answers are in.
    return transport.request(url, {method, headers, agent: false, lookup})
  }
  if (secure) {
    // No agent: the connection is the tunnel, used once and closed with the answer. Without an
    // agent, node takes 80 as the default port, so `defaultPort` says 443: the Host header is then
    // the URL's own authority (`name` on 443, `name:port` otherwise), which a virtual host and a
    // presigned link's signature over `host` expect.
    return transport.request(url, {
      method,
      headers,
      defaultPort: 443,
      createConnection: tunnelThrough(proxy, url, signal, lookup)
    })
  }
  // A forward proxy takes the whole URL as the request target.
  return proxyTransport(proxy).request({
    host: bare(proxy.url.hostname),
    port: proxy.url.port || (proxy.url.protocol === 'https:' ? 443 : 80),
    path: url.href,
    method,
    headers: {
      ...headers,
      Host: url.host,
      ...(proxy.authorization ? {'Proxy-Authorization': proxy.authorization} : {})
    },
    agent: false,
    lookup
  })
}
