// What the fake saw of each request: tests assert on it, and the routes answer from it.
import type {IncomingMessage} from 'node:http'

const BACKUP_PATH = /^(.*?)\/api\/2\.0\/backup\/(.+?)\/?$/i

export interface RecordedRequest {
  method: string
  /** The path after the portal's prefix, e.g. `/api/2.0/backup/getbackuphistory`. */
  path: string
  /** The backup route, lower-cased (`getbackuphistory`, `service/state`); `''` for other paths. */
  route: string
  /** What came before `/api/2.0/`, e.g. `/portal` (`''` for none). */
  prefix: string
  /** Lower-cased names, as ASP.NET binds them case-insensitively. */
  query: Record<string, string>
  /** Lower-cased names. */
  headers: Record<string, string>
  body: string
  /** `Date.now()` when it arrived. */
  at: number
}

export function recordRequest(req: IncomingMessage, url: URL, body: string): RecordedRequest {
  const match = BACKUP_PATH.exec(url.pathname)
  const prefix = match?.[1] ?? ''
  const query: Record<string, string> = {}
  for (const [name, value] of url.searchParams) query[name.toLowerCase()] ??= value
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname.slice(prefix.length),
    route: match?.[2]?.toLowerCase() ?? '',
    prefix,
    query,
    headers,
    body,
    at: Date.now()
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
