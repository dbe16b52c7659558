// A second origin that stands for S3 (or any bucket behind a presigned link): it serves an
// archive to whoever holds the signed query and refuses a request that carries an
// `Authorization` header, as S3 refuses two authentication mechanisms, or another `Host` than
// the link was signed for (`X-Amz-SignedHeaders=host`). HTTP or HTTPS.
import {createServer as createHttp, type IncomingMessage, type ServerResponse} from 'node:http'
import {createServer as createHttps} from 'node:https'
import type {AddressInfo, Socket} from 'node:net'
import {send} from '../send.js'
import {serveBytes, type ServedBytes} from './serve-bytes.js'

export const SIGNATURE = 'f00dfeed0123456789abcdef0123456789abcdef0123456789abcdef01234567'

export interface StorageOrigin {
  /** `http(s)://127.0.0.1:PORT` */
  url: string
  /** A presigned link to `name` (valid) at the signed host, as the worker writes it: `http://`
   * even for https. */
  presigned(name: string, options?: {writtenAsHttp?: boolean}): string
  /** What came in: path and headers (lower-cased), for the tests' eyes only. */
  requests: {path: string; headers: Record<string, string | string[] | undefined>}[]
  /** What it serves, by object name; live. */
  objects: Map<string, ServedBytes>
  close(): Promise<void>
}

/**
 * `host`: the authority its links name and sign (a name a proxy leads here, with the port only
 * when it is not the scheme's default); `127.0.0.1:PORT` by default.
 */
export async function startStorageOrigin(
  tls?: {key: string; cert: string},
  signing: {host?: string} = {}
): Promise<StorageOrigin> {
  let signedHost = ''
  const sockets = new Set<Socket>()
  const objects = new Map<string, ServedBytes>()
  const requests: StorageOrigin['requests'] = []
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://storage')
    requests.push({path: url.pathname, headers: {...req.headers}})
    if (req.headers.authorization)
      return send(
        res,
        400,
        '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>',
        {'content-type': 'application/xml'}
      )
    if (url.searchParams.get('X-Amz-Signature') !== SIGNATURE || req.headers.host !== signedHost)
      return send(res, 403, '<Error><Code>SignatureDoesNotMatch</Code></Error>', {
        'content-type': 'application/xml'
      })
    const object = objects.get(decodeURIComponent(url.pathname.replace(/^\/backups\//, '')))
    if (!object)
      return send(res, 404, '<Error><Code>NoSuchKey</Code></Error>', {
        'content-type': 'application/xml'
      })
    serveBytes(req, res, object)
  }
  const server = tls ? createHttps(tls, handle) : createHttp(handle)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`
  signedHost = signing.host ?? `127.0.0.1:${port}`
  return {
    url,
    presigned(name, options = {}) {
      const scheme = (options.writtenAsHttp ?? Boolean(tls)) ? 'http' : url.split(':')[0]
      const query = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260601%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260601T020007Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}`
      return `${scheme}://${signedHost}/backups/${encodeURIComponent(name)}?${query}`
    },
    requests,
    objects,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}
