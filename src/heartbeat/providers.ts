// Which heartbeat service a ping URL belongs to, read from the URL alone: by host for the hosted
// services, by the path each service's own router serves for self-hosted ones (healthchecks'
// hc/api/urls.py, Uptime Kuma's api-router.js). Pure.
import type {PingProvider} from '../core/codes.js'

export type ConcreteProvider = Exclude<PingProvider, 'auto'>

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
/** `/ping/<uuid>` or `/ping/<ping key>/<slug>` (a project's ping key is 22 characters). */
const HEALTHCHECKS_PATH = new RegExp(`/ping/(?:${UUID}|[a-z0-9_-]{22}/[a-z0-9_-]+)/?$`, 'i')
/** Better Stack's (formerly Better Uptime's) heartbeat, on any host. */
const BETTERSTACK_PATH = /\/api\/v1\/heartbeat\/[A-Za-z0-9_-]+\/?$/
/** Uptime Kuma's push route, `/api/push/:pushToken`, and nothing below it. */
const UPTIME_KUMA_PATH = /\/api\/push\/[^/]+\/?$/
/** Cronitor's legacy ping URL: one monitor code, and maybe the endpoint it was copied with. */
const CRONITOR_LEGACY_PATH = /^\/([A-Za-z0-9]+)(?:\/(?:run|complete|fail))?\/?$/
/** Paths that name a ping or a heartbeat: a service auto does not know may serve them. */
const HEARTBEAT_LIKE_PATH = /\/(?:ping|pings|heartbeats?|push)(?:\/|$)/i

/** `auto`: the provider the URL belongs to; any other URL is `generic`. */
export function resolveProvider(provider: PingProvider, url: URL): ConcreteProvider {
  if (provider !== 'auto') return provider
  const host = url.hostname.toLowerCase()
  const on = (domain: string): boolean => host === domain || host.endsWith(`.${domain}`)
  const path = url.pathname
  if (on('hc-ping.com')) return 'healthchecks'
  if (on('cronitor.link') || on('cronitor.io')) return 'cronitor'
  if (host === 'uptime.betterstack.com' || on('betteruptime.com')) return 'betterstack'
  if (HEALTHCHECKS_PATH.test(path)) return 'healthchecks'
  if (BETTERSTACK_PATH.test(path)) return 'betterstack'
  if (UPTIME_KUMA_PATH.test(path)) return 'uptime-kuma'
  return 'generic'
}

/**
 * `auto` took the URL for generic, but its path names a ping or a heartbeat (`/ping/…`,
 * `/heartbeat/…`): a service whose form is not generic's may record the failure as a success.
 */
export function genericByGuess(provider: PingProvider, url: URL): boolean {
  return (
    provider === 'auto' &&
    resolveProvider(provider, url) === 'generic' &&
    HEARTBEAT_LIKE_PATH.test(url.pathname)
  )
}

/** Cronitor's legacy `https://cronitor.link/<code>`: its monitor code, or `null` for any other. */
export function cronitorLegacyCode(url: URL): string | null {
  return CRONITOR_LEGACY_PATH.exec(url.pathname)?.[1] ?? null
}
