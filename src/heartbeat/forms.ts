// Each heartbeat service's own way of hearing "it ran and all is well" or "it ran and something
// is wrong": which URL, which method, which body. Pure: settings and the run's outcome in.
import type {PingProvider} from '../core/codes.js'
import type {Status} from '../core/codes.js'

export type ConcreteProvider = Exclude<PingProvider, 'auto'>

/** Bodies (the report's text) are cut to this many bytes: what the services keep. */
export const MAX_BODY_BYTES = 10_000
/** Cronitor keeps a message of up to 2,000 characters; Uptime Kuma shows one line. */
const MAX_MESSAGE_CHARS = 2000

export interface PingRequest {
  url: URL
  method: 'GET' | 'POST'
  body?: string
}

/** `auto`: the provider the URL belongs to; any other URL is `generic`. */
export function resolveProvider(provider: PingProvider, url: URL): ConcreteProvider {
  if (provider !== 'auto') return provider
  const host = url.hostname.toLowerCase()
  const on = (domain: string): boolean => host === domain || host.endsWith(`.${domain}`)
  if (
    on('hc-ping.com') ||
    /\/ping\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/|$)/i.test(
      url.pathname
    )
  ) {
    return 'healthchecks'
  }
  if (on('cronitor.link')) return 'cronitor'
  if (url.pathname.includes('/api/push/')) return 'uptime-kuma'
  if (host === 'uptime.betterstack.com') return 'betterstack'
  return 'generic'
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
  const message = summary.slice(0, MAX_MESSAGE_CHARS)
  switch (provider) {
    case 'healthchecks':
    case 'betterstack':
      return {url: ok ? url : withFail(url), method: 'POST', body}
    case 'cronitor':
      url.searchParams.set('state', ok ? 'complete' : 'fail')
      url.searchParams.set('message', message)
      return {url, method: 'GET'}
    case 'uptime-kuma':
      // The push URL Uptime Kuma shows ends in `?status=up&msg=OK&ping=`: its own query goes.
      url.search = ''
      url.searchParams.set('status', ok ? 'up' : 'down')
      url.searchParams.set('msg', message)
      return {url, method: 'GET'}
    case 'generic':
      url.searchParams.append('status', status)
      return {url, method: 'POST', body}
  }
}

/** `<url>/fail`, the query kept: `https://hc-ping.com/<uuid>/fail?rid=…`. */
function withFail(url: URL): URL {
  const failed = new URL(url.href)
  failed.pathname = `${url.pathname.replace(/\/+$/, '')}/fail`
  return failed
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
