// A fake DocSpace portal for the demo, the tests and the benchmark: the backup routes of
// docs/DOCSPACE-API.md with the real envelopes, auth answers and status codes, plus faults.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {createServer as createTlsServer} from 'node:https'
import type {AddressInfo, Socket} from 'node:net'
import {
  answerArchiveRoute,
  type ArchiveRouteContext,
  type ServedArchive
} from './archive/archive-routes.js'
import type {StartBackupPlan} from './backup-job.js'
import {applyFault} from './faults.js'
import type {FaultPlan, RouteName} from './faults.js'
import {readBody, recordRequest, type RecordedRequest} from './recorded-request.js'
import {DEFAULT_TOKEN, routeAnswers} from './route-answers.js'
import {healthyPortal} from './scenarios.js'
import type {PortalState, WireRecord} from './wire.js'

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
  /**
   * Awaited before each answer, after `latencyMs`: a test learns that a request arrived, or
   * holds the answers until others have (no polling, no clock).
   */
  onRequest?: (request: RecordedRequest) => Promise<void> | void
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
    await options.onRequest?.(request)
    const route = /^\/api\/2\.0\/files\//i.test(request.path) ? 'files' : request.route
    const queue = Object.hasOwn(fake.faults, route) ? fake.faults[route as RouteName] : undefined
    const fault = queue?.shift()
    if (fault && (await applyFault(fault, req, res, sleep))) return
    if (answerArchiveRoute(req, res, url, archiveContext())) return
    answer(request, url.href, res)
  }
  return fake
}

/** The newest record's file name: the archive the routes serve. */
function newestFileName(state: PortalState): string {
  let newest: WireRecord | undefined
  for (const record of state.history)
    if (!newest || record.createdOn > newest.createdOn) newest = record
  return newest?.fileName ?? ''
}
