// The exporter's HTTP endpoints, as Prometheus' own servers name them: /metrics, /-/healthy,
// /-/ready (503 until every portal has a first result), POST /-/reload. Nothing else is served.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Body} from './metrics.js'

export interface Endpoints {
  metrics(): Body
  ready(): boolean
  /** Re-reads the portals file: `ok` false keeps the previous one, `message` says why. */
  reload(): Promise<{ok: boolean; message: string}>
}

export interface ListenAddress {
  host: string
  port: number
}

export interface ExporterServer {
  /** The address it listens on (the port chosen, for port 0). */
  url: string
  /** Stops accepting, ends the connections (a scrape in flight is cut). */
  close(): Promise<void>
}

const TEXT = 'text/plain; charset=utf-8'
const EXPOSITION = 'text/plain; version=0.0.4; charset=utf-8'

export async function startServer(
  address: ListenAddress,
  endpoints: Endpoints
): Promise<ExporterServer> {
  const server = createServer((request, response) => {
    answer(request, response, endpoints).catch(() => {
      if (!response.headersSent) send(response, 500, 'internal error\n')
      else response.destroy()
    })
  })
  // A client that never sends its request is dropped, not kept forever.
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  await listen(server, address)
  const {port} = server.address() as AddressInfo
  const host = address.host.includes(':') ? `[${address.host}]` : address.host
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

function listen(server: Server, address: ListenAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(address.port, address.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  endpoints: Endpoints
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0]
  const method = request.method ?? 'GET'
  request.resume()
  if (path === '/-/reload') {
    if (method !== 'POST' && method !== 'PUT') return refuse(response, 'POST, PUT')
    const {ok, message} = await endpoints.reload()
    return send(response, ok ? 200 : 500, `${message}\n`)
  }
  if (method !== 'GET' && method !== 'HEAD') return refuse(response, 'GET, HEAD')
  if (path === '/metrics') return sendMetrics(request, response, endpoints.metrics())
  if (path === '/-/healthy') return send(response, 200, 'DocSpace backup exporter is Healthy.\n')
  if (path === '/-/ready') {
    return endpoints.ready()
      ? send(response, 200, 'DocSpace backup exporter is Ready.\n')
      : send(response, 503, 'Not ready: the first round of checks is not done.\n')
  }
  if (path === '/') {
    return send(response, 200, 'DocSpace backup exporter: /metrics, /-/healthy, /-/ready\n')
  }
  send(response, 404, 'Not found: /metrics, /-/healthy, /-/ready, POST /-/reload\n')
}

function sendMetrics(request: IncomingMessage, response: ServerResponse, body: Body): void {
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  const bytes = gzip ? body.gzip() : body.text
  response.writeHead(200, {
    'Content-Type': EXPOSITION,
    'Content-Length': bytes.length,
    Vary: 'Accept-Encoding',
    ...(gzip ? {'Content-Encoding': 'gzip'} : {})
  })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

function refuse(response: ServerResponse, allowed: string): void {
  response.setHeader('Allow', allowed)
  send(response, 405, `Method not allowed: ${allowed}\n`)
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {'Content-Type': TEXT, 'Content-Length': Buffer.byteLength(text)})
  response.end(text)
}
