// The fake's normal answers to the backup routes: routing, auth, binding, permission, payload.
import type {ServerResponse} from 'node:http'
import {constants, gzip} from 'node:zlib'
import {backupJob, type StartBackupPlan} from './backup-job.js'
import {JSON_TYPE, send, sendJson, sendPayload} from './send.js'
import type {RecordedRequest} from './recorded-request.js'
import {errorEnvelope, successBody, validationProblem} from './envelopes.js'
import type {PortalState, WireRecord} from './wire.js'

/** What the answers need of the fake; structural, so this module does not import it back. */
export interface AnsweringPortal {
  state: PortalState
}

/** The options that change the normal answers (see `FakeOptions`). */
export interface AnswerOptions {
  token?: string
  role?: 'admin' | 'user'
  acceptRawKey?: boolean
  startBackup?: StartBackupPlan
}

export const DEFAULT_TOKEN = `sk-${'a'.repeat(64)}`
const GET_ROUTES = [
  'getbackuphistory',
  'getbackupschedule',
  'getbackupprogress',
  'getbackupscount',
  'getservicestate'
]
const DUMP_ROUTES = ['getbackuphistory', 'getbackupschedule', 'getbackupprogress']
const AUTHORIZING = 'ASC.Common.Security.Authorizing.AuthorizingException'
const ACCESS_DENIED = errorEnvelope(403, 'Access denied', AUTHORIZING)

/**
 * The normal answers, after routing, authentication, binding and the permission check. `Dump`
 * only changes the history (to `dumpHistory`); schedule and progress are the same either way.
 */
export function routeAnswers(fake: AnsweringPortal, options: AnswerOptions) {
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
    const problem = badFlag && validationProblem(badFlag, query[badFlag] ?? '', href, method)
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
      const json = successBody(JSON.stringify(list), list.length, href, method)
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
