// A real proxy on 127.0.0.1 for the tests: CONNECT tunnels (https portals) and forwarding of
// absolute-URL requests (http), optionally behind Basic credentials (407 without them). It
// resolves host names from its own table only, so a portal named there is reachable through
// the proxy and from nowhere else.
import {createServer, request as httpRequest, type IncomingMessage, type Server} from 'node:http'
import {connect, type AddressInfo, type Socket} from 'node:net'

export interface ProxyOptions {
  /**
   * Host names only the proxy knows, and the address each stands for: `127.0.0.1` (the port
   * asked for), or `127.0.0.1:PORT`, where a name on the scheme's default port (443 for a
   * CONNECT, 80 for a forwarded request) is served by a test server on its own port.
   */
  hosts?: Record<string, string>
  /** `user:password` the proxy asks for. */
  credentials?: string
  /** Answer every CONNECT with this status instead of tunnelling. */
  refuseWith?: number
}

export interface SeenRequest {
  method: string
  /** `host:port` of a CONNECT, the absolute URL of a forwarded request. */
  target: string
  proxyAuthorization?: string
}

export interface TestProxy {
  /** `http://127.0.0.1:PORT` */
  url: string
  port: number
  seen: SeenRequest[]
  close(): Promise<void>
}

export async function startProxy(options: ProxyOptions = {}): Promise<TestProxy> {
  const seen: SeenRequest[] = []
  const sockets = new Set<Socket>()
  /** Where `host:port` leads: an address and a port, or `undefined` for a name it does not know. */
  const resolve = (host: string, port: string): {address: string; port: number} | undefined => {
    const known = options.hosts?.[host.toLowerCase()] ?? (host === '127.0.0.1' ? host : undefined)
    if (known === undefined) return undefined
    const [address = '', fixedPort] = known.split(':')
    return {address, port: Number(fixedPort ?? port)}
  }
  const expected = options.credentials
    ? `Basic ${Buffer.from(options.credentials).toString('base64')}`
    : undefined
  const admitted = (req: IncomingMessage): boolean => {
    const proxyAuthorization = req.headers['proxy-authorization']
    seen.push({method: req.method ?? '', target: req.url ?? '', proxyAuthorization})
    return expected === undefined || proxyAuthorization === expected
  }
  const DENIED =
    'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'

  const server: Server = createServer((req, res) => {
    if (!admitted(req)) {
      res.writeHead(407, {'proxy-authenticate': 'Basic realm="test"', 'content-length': '0'})
      return void res.end()
    }
    const target = new URL(req.url ?? '')
    const address = resolve(target.hostname, target.port || '80')
    if (!address) {
      res.writeHead(502, {'content-length': '0'})
      return void res.end()
    }
    const headers = {...req.headers}
    delete headers['proxy-authorization']
    const upstream = httpRequest(
      {
        host: address.address,
        port: address.port,
        path: target.pathname + target.search,
        method: req.method,
        headers
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    if (!admitted(req)) return void client.end(DENIED)
    if (options.refuseWith) {
      return void client.end(`HTTP/1.1 ${options.refuseWith} Refused\r\nContent-Length: 0\r\n\r\n`)
    }
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/)
    const address = resolve(host, port)
    if (!address) return void client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
    const upstream = connect(address.port, address.address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(done => server.close(() => done()))
    }
  }
}
