// A listener that answers every request with the same raw bytes: HTTP that node:http's own
// server would refuse to write (oversized or conflicting headers, a broken chunk).
import {createServer, type AddressInfo, type Socket} from 'node:net'
import {afterEach} from 'vitest'

const open: (() => Promise<void>)[] = []

afterEach(async () => {
  await Promise.all(open.splice(0).map(close => close()))
})

/** `url` answers `raw` to every request; `requests()` counts the requests it got. */
export async function startRawPortal(raw: string): Promise<{url: string; requests: () => number}> {
  let requests = 0
  const sockets = new Set<Socket>()
  const server = createServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let received = ''
    socket.on('data', chunk => {
      received += chunk.toString('latin1')
      if (!received.includes('\r\n\r\n')) return
      received = ''
      requests++
      socket.end(raw)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  open.push(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>(resolve => server.close(() => resolve()))
  })
  return {url: `http://127.0.0.1:${port}`, requests: () => requests}
}
