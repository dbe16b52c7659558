// The archive's bytes, streamed into the check as they arrive: never stored, never whole in
// memory. Redirects (at most 5) are followed here, for downloads only, and the token goes only
// to the portal's own origin. A link's query is a secret: messages name the host, never the URL.
import type {ClientRequest, IncomingMessage} from 'node:http'
import type {LookupFunction} from 'node:net'
import {proxyFor} from '../docspace/proxy.js'
import {openRequest} from '../docspace/route.js'
import {messageOf} from '../core/errors.js'
import type {ProxyVariables} from '../inputs/proxy-env.js'
import type {ArchiveCheck, ExpectedSize} from './archive-check.js'
import {describe, DownloadProblem, type Cancel} from './download-problem.js'
import {stream} from './download-stream.js'
import {redirectTarget} from './redirect-target.js'

const MAX_REDIRECTS = 5

export interface DownloadRequest {
  url: URL
  /** Sent as `Authorization: Bearer …` to `portalOrigin` only; `null`: never (a presigned link). */
  token: string | null
  portalOrigin: string
  /** Each wait for bytes (the `timeout` input). */
  timeoutMs: number
  /** The runner's proxy rules, applied to each URL on the way. */
  proxyVariables: ProxyVariables
  /** Name resolution, for tests; the system's otherwise. */
  lookup?: LookupFunction
}

/** Streams the archive at `request.url` into `check`; the byte counts it must match, or throws. */
export async function download(
  request: DownloadRequest,
  check: ArchiveCheck,
  cancel: Cancel
): Promise<ExpectedSize[]> {
  let url = request.url
  for (let redirects = 0; ; redirects++) {
    const answer = await open(url, request, cancel)
    const status = answer.statusCode ?? 0
    if (status >= 300 && status < 400 && answer.headers.location) {
      answer.destroy()
      if (redirects === MAX_REDIRECTS)
        throw new DownloadProblem(`more than ${MAX_REDIRECTS} redirects, the last from ${url.host}`)
      url = redirectTarget(url, answer.headers.location)
      continue
    }
    if (status !== 200 && status !== 206) {
      answer.destroy()
      throw new DownloadProblem(
        `the download from ${url.host} answered HTTP ${status}${statusHint(status)}`
      )
    }
    await stream(answer, url, request.timeoutMs, check, cancel)
    const declared = Number(answer.headers['content-length'])
    return Number.isSafeInteger(declared) && answer.headers['content-length'] !== undefined
      ? [{bytes: declared, source: `Content-Length from ${url.host}`}]
      : []
  }
}

function open(url: URL, request: DownloadRequest, cancel: Cancel): Promise<IncomingMessage> {
  const headers: Record<string, string> = {Accept: '*/*', 'User-Agent': 'docspace-backup-check'}
  if (request.token !== null && url.origin === request.portalOrigin)
    headers.Authorization = `Bearer ${request.token}`
  return new Promise((resolve, reject) => {
    // The proxy rules, per URL: a redirect or a presigned link may lead to another host
    // (loopback and no_proxy hosts go straight).
    let outgoing: ClientRequest
    const abort = new AbortController()
    try {
      const route = {proxy: proxyFor(url, request.proxyVariables), lookup: request.lookup}
      outgoing = openRequest({url, method: 'GET', headers}, route, abort.signal)
    } catch (error) {
      return reject(
        new DownloadProblem(`the download from ${url.host} could not start: ${messageOf(error)}`)
      )
    }
    const fail = (problem: DownloadProblem): void => {
      abort.abort()
      outgoing.destroy()
      reject(problem)
    }
    cancel.stop = fail
    outgoing.setTimeout(request.timeoutMs, () =>
      fail(new DownloadProblem(`no answer from ${url.host} within ${request.timeoutMs / 1000} s`))
    )
    outgoing.on('error', error =>
      fail(new DownloadProblem(`the download from ${url.host} failed: ${describe(error)}`))
    )
    outgoing.on('response', answer => {
      outgoing.setTimeout(0)
      resolve(answer)
    })
    outgoing.end()
  })
}

function statusHint(status: number): string {
  if (status === 401 || status === 403)
    return ': the key may not read this file (it needs files:read or *:read, and a DocSpace admin)'
  if (status === 404) return ': the archive is gone from the storage'
  return ''
}
