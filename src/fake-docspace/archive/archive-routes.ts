// The routes that serve a backup's archive, beside the backup API: the Files API (a folder's
// contents with `filterValue`, a file, `presigneduri`), `filehandler.ashx` (with Range, or a
// redirect to another origin, as an S3-backed file store answers) and the DataStore storage link
// (403 without an admin's token, or with a wrong `auth`).
import type {IncomingMessage, ServerResponse} from 'node:http'
import {send, sendJson} from '../send.js'
import {errorEnvelope, successBody} from '../envelopes.js'
import {serveBytes, type ServedBytes} from './serve-bytes.js'

export interface ServedArchive extends ServedBytes {
  /** The Documents folder (or room) holding it; default `1234`. */
  folderId?: string
  /** Its Files id; default `5678` (a third-party file: a string). */
  fileId?: string
  /** Its title in the folder; default the file name the route asks for. */
  title?: string
  /** `pureContentLength` of the Files entry; default the bytes' length. */
  pureContentLength?: number
  /** filehandler answers 302 to this URL (an S3-backed file store's presigned link); a function
   * gets the bearer token the request carried (a portal that echoes it into the Location). */
  redirectTo?: string | ((token: string) => string)
  /** filehandler (and the storage link) answer this status instead of the bytes. */
  status?: number
  /** The DataStore link's `auth` value; default `1780279207000.SIGNATURE`. */
  storageAuth?: string
}

export const STORAGE_AUTH = '1780279207000.c2lnbmF0dXJlLW9mLXRoZS1saW5r'

export interface ArchiveRouteContext {
  archive: ServedArchive | undefined
  token: string
  role: 'admin' | 'user'
  /** `http://127.0.0.1:PORT` of the fake. */
  origin: string
  /** The file name the newest record names. */
  fileName: string
}

/** Answers an archive route; `false` when the path is not one of them. */
export function answerArchiveRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: ArchiveRouteContext
): boolean {
  const path = url.pathname
  const files = /^\/api\/2\.0\/files\/(?:file\/([^/]+)(\/presigneduri)?|([^/]+))\/?$/i.exec(path)
  const isHandler = /^\/filehandler\.ashx$/i.test(path)
  const storage = /^\/storage\/backup\/root\/(.+)$/i.exec(path)
  if (!files && !isHandler && !storage) return false
  const authorized = req.headers.authorization === `Bearer ${context.token}`
  const {archive} = context
  if (storage) {
    const ok =
      authorized &&
      context.role === 'admin' &&
      url.searchParams.get('auth') === (archive?.storageAuth ?? STORAGE_AUTH)
    if (!ok) return (send(res, 403, 'Forbidden'), true)
    if (!archive || decodeURIComponent(storage[1]) !== context.fileName)
      return (send(res, 404, 'Not found'), true)
    return (download(req, res, archive), true)
  }
  if (!authorized) return (send(res, 401), true)
  const fileId = archive?.fileId ?? '5678'
  const title = archive?.title ?? context.fileName
  const size = archive ? (archive.pureContentLength ?? archive.bytes.length) : 0
  const dto = {
    id: /^\d+$/.test(fileId) ? Number(fileId) : fileId,
    title,
    pureContentLength: size,
    contentLength: `${Math.ceil(size / 1024)} KB`,
    fileExst: '.gz',
    version: 1,
    viewUrl: `${context.origin}/filehandler.ashx?action=download&fileid=${fileId}`
  }
  if (isHandler) {
    if (!archive || url.searchParams.get('fileid') !== fileId)
      return (
        send(res, 404, '<html><body>File not found</body></html>', {'content-type': 'text/html'}),
        true
      )
    if (archive.redirectTo) {
      const {redirectTo} = archive
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '')
      const location = typeof redirectTo === 'string' ? redirectTo : redirectTo(bearer)
      return (send(res, 302, '', {location}), true)
    }
    return (download(req, res, archive), true)
  }
  const [, fileRoute, presigned, folder] = files!
  const href = url.href
  if (fileRoute !== undefined) {
    if (!archive || decodeURIComponent(fileRoute) !== fileId)
      return (
        sendJson(
          res,
          404,
          errorEnvelope(404, 'The required file was not found', 'System.IO.FileNotFoundException')
        ),
        true
      )
    const payload = presigned
      ? `${context.origin}/filehandler.ashx?action=stream&fileid=${fileId}&version=1&stream_auth=${STORAGE_AUTH}`
      : dto
    return (
      send(res, 200, successBody(JSON.stringify(payload), 1, href, 'GET'), {
        'content-type': 'application/json; charset=utf-8'
      }),
      true
    )
  }
  if (decodeURIComponent(folder) !== (archive?.folderId ?? '1234'))
    return (
      sendJson(
        res,
        404,
        errorEnvelope(
          404,
          'The required folder was not found',
          'System.IO.DirectoryNotFoundException'
        )
      ),
      true
    )
  const filter = url.searchParams.get('filterValue') ?? ''
  // A near-miss beside the archive: the match must be on the exact title.
  const decoy = {
    ...dto,
    id: 9999,
    title: `copy of ${title}`,
    viewUrl: `${context.origin}/filehandler.ashx?action=download&fileid=9999`
  }
  const listed = (archive ? [decoy, dto] : []).filter(file =>
    file.title.toLowerCase().includes(filter.toLowerCase())
  )
  const content = {
    files: listed,
    folders: [],
    current: {id: Number(archive?.folderId ?? 1234), title: 'Backups'},
    pathParts: [],
    startIndex: 0,
    count: listed.length,
    total: listed.length
  }
  return (
    send(res, 200, successBody(JSON.stringify(content), listed.length, href, 'GET'), {
      'content-type': 'application/json; charset=utf-8'
    }),
    true
  )
}

function download(req: IncomingMessage, res: ServerResponse, archive: ServedArchive): void {
  if (archive.status)
    return send(res, archive.status, '<!DOCTYPE html><html><body>Error</body></html>', {
      'content-type': 'text/html'
    })
  serveBytes(req, res, archive)
}
