// Each heartbeat service's own way of hearing "it ran and all is well", "it ran and the backups
// are unhealthy" or "it ran and could not check": which URL, which method, which body. Pure:
// settings and the run's outcome in.
import type {Status} from '../core/codes.js'
import {cronitorLegacyCode, type ConcreteProvider} from './providers.js'

/** Bodies (the report's text) are cut to this many bytes: what healthchecks keeps. */
export const MAX_BODY_BYTES = 10_000
/** Cronitor's telemetry keeps a message of up to 2,000 characters; Uptime Kuma shows one line. */
const MAX_MESSAGE_CHARS = 2000
/** Cronitor's legacy ping URLs keep a `msg` of up to 1,000 characters. */
const MAX_LEGACY_MESSAGE_CHARS = 1000

/**
 * The exit status a failure is sent with where the service records one (healthchecks and Better
 * Stack: `<url>/<status>`): the CLI's own, so "unhealthy" and "could not check" differ there.
 */
const EXIT_STATUS: Record<Exclude<Status, 'healthy'>, number> = {unhealthy: 1, error: 2}

export interface PingRequest {
  url: URL
  method: 'GET' | 'POST'
  body?: string
}

/**
 * The request that tells `provider` how the run went. `summary` is one line (the verdict and
 * its reasons); `text` is the whole report as plain text.
 */
export function pingRequest(
  provider: ConcreteProvider,
  given: string,
  status: Status,
  summary: string,
  text: string
): PingRequest {
  const url = new URL(given)
  url.hash = ''
  const ok = status === 'healthy'
  const body = cutToBytes(text, MAX_BODY_BYTES)
  switch (provider) {
    case 'healthchecks':
    case 'betterstack':
      return {
        url: status === 'healthy' ? url : withSegment(url, EXIT_STATUS[status]),
        method: 'POST',
        body
      }
    case 'cronitor':
      return cronitorRequest(url, ok, summary)
    case 'uptime-kuma':
      // The push URL Uptime Kuma shows ends in `?status=up&msg=OK&ping=`: its own query goes.
      url.search = ''
      url.searchParams.set('status', ok ? 'up' : 'down')
      url.searchParams.set('msg', summary.slice(0, MAX_MESSAGE_CHARS))
      return {url, method: 'GET'}
    case 'generic':
      url.searchParams.append('status', status)
      return {url, method: 'POST', body}
  }
}

/**
 * Cronitor's telemetry (`/p/<key>/<monitor>`) takes the state as `state` and a `message`; its
 * legacy URL (`/<code>`) takes the state in the path (`/complete`, `/fail`) and a `msg`: without
 * either, a request counts as a run that started.
 */
function cronitorRequest(url: URL, ok: boolean, summary: string): PingRequest {
  const code = cronitorLegacyCode(url)
  if (code === null) {
    url.searchParams.set('state', ok ? 'complete' : 'fail')
    url.searchParams.set('message', summary.slice(0, MAX_MESSAGE_CHARS))
    return {url, method: 'GET'}
  }
  url.pathname = `/${code}/${ok ? 'complete' : 'fail'}`
  url.searchParams.set('msg', summary.slice(0, MAX_LEGACY_MESSAGE_CHARS))
  return {url, method: 'GET'}
}

/** `<url>/<segment>`, the query kept: `https://hc-ping.com/<uuid>/1?rid=…`. */
function withSegment(url: URL, segment: number): URL {
  const next = new URL(url.href)
  next.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment}`
  return next
}

/** The text cut to at most `max` bytes of UTF-8, never inside a character. */
export function cutToBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= max) return text
  let end = max
  // Back off continuation bytes (10xxxxxx) so the cut falls between characters.
  while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}
