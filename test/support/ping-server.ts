// A heartbeat service on 127.0.0.1 that records every request it gets (method, path with query,
// headers, body) and answers as told: 200, a status per attempt, or never (a hang).
import {createServer, type IncomingHttpHeaders, type RequestListener} from 'node:http'
import {createServer as createTlsServer} from 'node:https'
import type {AddressInfo, Socket} from 'node:net'

export interface PingRecord {
  method: string
  /** Path and query, as sent. */
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface PingServer {
  /** `http://127.0.0.1:<port>` (`https://` with a certificate). */
  origin: string
  port: number
  requests: PingRecord[]
  close: () => Promise<void>
}

/** What to answer the n-th request: a status, or `'hang'` (never answer). Past the end: 200. */
export type PingBehaviour = (number | 'hang')[]

/** With `tls` (a key and certificate), it speaks https. */
export async function startPingServer(
  behaviour: PingBehaviour = [],
  tls?: {key: string; cert: string}
): Promise<PingServer> {
  const requests: PingRecord[] = []
  const sockets = new Set<Socket>()
  const listener: RequestListener = (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const answer = behaviour[requests.length] ?? 200
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: {...req.headers},
        body: Buffer.concat(chunks)
      })
      if (answer === 'hang') return
      res.writeHead(answer, {'content-type': 'text/plain'})
      res.end(answer < 300 ? 'OK' : 'no')
    })
  }
  const server = tls ? createTlsServer(tls, listener) : createServer(listener)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}
