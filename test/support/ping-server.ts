// A heartbeat service on 127.0.0.1 that records every request it gets (method, path with query,
// headers, body) and answers as told: 200, a status per attempt, a long body (or an endless one),
// or never (a hang).
import {
  createServer,
  type IncomingHttpHeaders,
  type RequestListener,
  type ServerResponse
} from 'node:http'
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

/** A status with a body of this many bytes, or one that never ends. */
export interface LongAnswer {
  status: number
  bodyBytes: number | 'endless'
}

/** What to answer the n-th request: a status, a long answer, or `'hang'` (never answer). Past
 * the end: 200. */
export type PingBehaviour = (number | LongAnswer | 'hang')[]

/** Writes `answer`'s body in 64 KiB chunks as fast as the client reads, until the client goes. */
function sendLong(res: ServerResponse, answer: LongAnswer): void {
  const endless = answer.bodyBytes === 'endless'
  const total = endless ? Infinity : (answer.bodyBytes as number)
  res.writeHead(answer.status, {
    'content-type': 'text/plain',
    ...(endless ? {} : {'content-length': String(total)})
  })
  const chunk = Buffer.alloc(64 * 1024, 'x')
  let written = 0
  const pump = (): void => {
    while (!res.destroyed && written < total) {
      const part = chunk.subarray(0, Math.min(chunk.length, total - written))
      written += part.length
      if (!res.write(part)) return void res.once('drain', pump)
    }
    if (!res.destroyed) res.end()
  }
  pump()
}

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
      if (typeof answer === 'object') return sendLong(res, answer)
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
