// A fake DocSpace portal for the demo, the tests and the benchmark: the backup routes of
// docs/DOCSPACE-API.md with the real envelopes, auth answers and status codes, plus faults.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {createServer as createTlsServer} from 'node:https'
import type {AddressInfo, Socket} from 'node:net'
import {constants, gzip} from 'node:zlib'
import {
  answerArchiveRoute,
  type ArchiveRouteContext,
  type ServedArchive
} from './archive/archive-routes.js'
import {backupJob, type StartBackupPlan} from './backup-job.js'
import {applyFault, JSON_TYPE, send, sendJson, sendPayload} from './faults.js'
import type {FaultPlan, RouteName} from './faults.js'
import {healthyPortal} from './scenarios.js'
import * as wire from './wire.js'
import type {PortalState, WireRecord} from './wire.js'

export type {Fault, FaultPlan, RouteName} from './faults.js'
export type {ServedArchive} from './archive/archive-routes.js'
export type {PortalState} from './wire.js'

export interface FakeOptions {
  /** Default: `healthyPortal(new Date())`. */
  state?: PortalState
  /** Default: `sk-` and 64 `a`s. */
  token?: string
  /** `user`: 403 "Access denied" on every backup route. Default `admin`. */
  role?: 'admin' | 'user'
  /** Accept `Authorization: <token>` without `Bearer` (the real server answers 401). */
  acceptRawKey?: boolean
  /** Delay before every answer. */
  latencyMs?: number
  faults?: FaultPlan
  startBackup?: StartBackupPlan
  /** The newest backup's archive, served by the Files API, filehandler and the storage link. */
  archive?: ServedArchive
  /** Default `127.0.0.1`. */
  host?: string
  /** Default 0: a free port. */
  port?: number
  /** Serve https with this key and certificate (PEM). */
  tls?: {key: string; cert: string}
}

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

export interface FakeDocSpace {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string
  port: number
  /** Live: changes show in the next answer, and a started backup changes it. */
  state: PortalState
  /** Live: faults still to come, per route. */
  faults: FaultPlan
  requests: RecordedRequest[]
  count(route: RouteName): number
  /** Closes promptly, dropping hung and keep-alive connections. */
  close(): Promise<void>
}

const DEFAULT_TOKEN = `sk-${'a'.repeat(64)}`
const BACKUP_PATH = /^(.*?)\/api\/2\.0\/backup\/(.+?)\/?$/i
const GET_ROUTES = [
  'getbackuphistory',
  'getbackupschedule',
  'getbackupprogress',
  'getbackupscount',
  'getservicestate'
]
const DUMP_ROUTES = ['getbackuphistory', 'getbackupschedule', 'getbackupprogress']
const AUTHORIZING = 'ASC.Common.Security.Authorizing.AuthorizingException'
const ACCESS_DENIED = wire.errorEnvelope(403, 'Access denied', AUTHORIZING)

export async function startFakeDocSpace(options: FakeOptions = {}): Promise<FakeDocSpace> {
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const sleep = (ms: number): Promise<void> =>
    new Promise(resolve => {
      if (ms <= 0) return resolve()
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })
  const handler = (req: IncomingMessage, res: ServerResponse): void =>
    void handle(req, res).catch(() => res.destroy())
  const server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
  })
  const {address, port} = server.address() as AddressInfo
  const fake: FakeDocSpace = {
    url: `${options.tls ? 'https' : 'http'}://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    state: options.state ?? healthyPortal(new Date()),
    faults: Object.fromEntries(
      Object.entries(options.faults ?? {}).map(([route, list]) => [route, [...list]])
    ),
    requests: [],
    count: route => fake.requests.filter(request => request.route === route).length,
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  const answer = routeAnswers(fake, options)
  const archiveContext = (): ArchiveRouteContext => ({
    archive: options.archive,
    token: options.token ?? DEFAULT_TOKEN,
    role: options.role ?? 'admin',
    origin: fake.url,
    fileName: newestFileName(fake.state)
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
    const request = recordRequest(req, url, body)
    fake.requests.push(request)
    await sleep(options.latencyMs ?? 0)
    const queue = Object.hasOwn(fake.faults, request.route)
      ? fake.faults[request.route as RouteName]
      : undefined
    const fault = queue?.shift()
    if (fault && (await applyFault(fault, req, res, sleep))) return
    if (answerArchiveRoute(req, res, url, archiveContext())) return
    answer(request, url.href, res)
  }
  return fake
}

/**
 * The normal answers, after routing, authentication, binding and the permission check. `Dump`
 * only changes the history (to `dumpHistory`); schedule and progress are the same either way.
 */
function routeAnswers(fake: FakeDocSpace, options: FakeOptions) {
  const token = options.token ?? DEFAULT_TOKEN
  const job = backupJob(fake, options.startBackup)
  const historyBody = bodyCache()
  const dumpBody = bodyCache()
  return (request: RecordedRequest, href: string, res: ServerResponse): void => {
    const {route, method, query} = request
    const {state} = fake
    if (!routeExists(route, state)) return send(res, 404)
    if (method !== (route === 'startbackup' ? 'POST' : 'GET')) return send(res, 405)
    const auth = request.headers.authorization
    const authorized = auth === `Bearer ${token}` || (options.acceptRawKey && auth === token)
    if (!authorized) return send(res, 401)
    const badFlag = invalidFlag(route, query)
    const problem = badFlag && wire.validationProblem(badFlag, query[badFlag] ?? '', href, method)
    if (problem) return sendJson(res, 400, problem)
    if (options.role === 'user') return sendJson(res, 403, ACCESS_DENIED)
    const payload = (value: unknown): void => sendPayload(res, value, href, method)
    switch (route) {
      case 'startbackup':
        return job.start(request.body, href, res)
      case 'getbackuphistory': {
        const dump = query.dump?.trim().toLowerCase() === 'true'
        const list = dump ? (state.dumpHistory ?? []) : state.history
        const body = (dump ? dumpBody : historyBody)(list, href, method)
        return sendCompressible(request, res, body)
      }
      case 'getbackupschedule':
        return payload(state.schedule)
      case 'getbackupprogress':
        job.poll()
        return payload(fake.state.progress)
      case 'getbackupscount':
        return payload(state.backupsCount)
      default:
        return payload(state.serviceState)
    }
  }
}

// Old portals lack the optional routes; `service/state` exists on none.
function routeExists(route: string, state: PortalState): boolean {
  if (route === 'getbackupscount') return state.backupsCount !== 'missing'
  if (route === 'getservicestate') return state.serviceState !== 'missing'
  return GET_ROUTES.includes(route) || route === 'startbackup'
}

/** The boolean query parameter that would fail ASP.NET model binding, if any. */
function invalidFlag(route: string, query: Record<string, string>): string | undefined {
  const flags = DUMP_ROUTES.includes(route) ? ['dump'] : route === 'getbackupscount' ? ['paid'] : []
  return flags.find(flag => flag in query && !/^\s*(true|false)\s*$/i.test(query[flag] ?? ''))
}

/**
 * 100,000 records make an ~18 MB body; build and encode it again only when the list or the
 * request's URL changes, so a benchmark times the client, not the fake.
 */
function bodyCache(): (list: WireRecord[], href: string, method: string) => Buffer {
  let cached: {list: WireRecord[]; length: number; href: string; body: Buffer} | undefined
  return (list, href, method) => {
    if (cached?.list !== list || cached.length !== list.length || cached.href !== href) {
      const json = wire.successBody(JSON.stringify(list), list.length, href, method)
      cached = {list, length: list.length, href, body: Buffer.from(json)}
    }
    return cached.body
  }
}

/**
 * The history gzipped when the request asks for it, compressed for each answer at the fastest
 * level (as a web server does on the fly), so a benchmark counts what compression costs.
 */
function sendCompressible(request: RecordedRequest, res: ServerResponse, body: Buffer): void {
  const headers = {'content-type': JSON_TYPE, vary: 'Accept-Encoding'}
  if (!/\bgzip\b/i.test(request.headers['accept-encoding'] ?? ''))
    return send(res, 200, body, headers)
  gzip(body, {level: constants.Z_BEST_SPEED}, (error, zipped) => {
    if (error) return res.destroy()
    send(res, 200, zipped, {...headers, 'content-encoding': 'gzip'})
  })
}

function recordRequest(req: IncomingMessage, url: URL, body: string): RecordedRequest {
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

/** The newest record's file name: the archive the routes serve. */
function newestFileName(state: PortalState): string {
  let newest: WireRecord | undefined
  for (const record of state.history)
    if (!newest || record.createdOn > newest.createdOn) newest = record
  return newest?.fileName ?? ''
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
