// Which service a ping URL belongs to, as each service's own router reads its URLs: by host for
// the hosted services, by path shape on any host for the self-hosted ones.
import {describe, expect, it} from 'vitest'
import type {PingProvider} from '../../../src/core/codes.js'
import {
  cronitorLegacyCode,
  genericByGuess,
  resolveProvider
} from '../../../src/heartbeat/providers.js'

const UUID = '0b5bd1a4-3c2e-4f6d-9a1b-7c8d9e0f1a2b'
const PING_KEY = 'fqocqjcsvqbq7ajbsxadxn' // 22 characters, as hc/accounts/models.py makes them

describe('resolveProvider: auto, from the URL', () => {
  it.each([
    // healthchecks: hc-ping.com, then /ping/<uuid> or /ping/<ping key>/<slug> on any host.
    [`https://hc-ping.com/${UUID}`, 'healthchecks'],
    [`https://hc-ping.com/${PING_KEY}/nightly-backups`, 'healthchecks'],
    [`https://hc.example.com/ping/${UUID}`, 'healthchecks'],
    [`http://127.0.0.1:8000/ping/${UUID.toUpperCase()}/`, 'healthchecks'],
    [`https://hc.example.com/ping/${PING_KEY}/docspace-backups`, 'healthchecks'],
    [`https://example.com/monitoring/ping/${PING_KEY}/db_backup`, 'healthchecks'],
    // Better Stack: its hosts, then /api/v1/heartbeat/<token> on any host.
    ['https://uptime.betterstack.com/api/v1/heartbeat/abc123', 'betterstack'],
    ['https://betteruptime.com/api/v1/heartbeat/XXXXXXXXXXXXXXXXXXXXXX', 'betterstack'],
    ['https://status.example.com/api/v1/heartbeat/Ab12cD34', 'betterstack'],
    // Cronitor: telemetry on cronitor.link and cronitor.io, and the legacy code URLs.
    ['https://cronitor.link/p/apikey/docspace', 'cronitor'],
    ['https://cronitor.io/p/apikey/docspace', 'cronitor'],
    ['https://cronitor.link/d3x0c1', 'cronitor'],
    // Uptime Kuma: /api/push/<pushToken>, and nothing below it.
    ['https://kuma.example.com/api/push/Ab12Cd34?status=up&msg=OK&ping=', 'uptime-kuma'],
    ['https://example.com/kuma/api/push/Ab12Cd34/', 'uptime-kuma'],
    // Anything else is generic.
    ['https://example.com/api/push/Ab12/extra', 'generic'],
    ['https://example.com/hooks/api/push/', 'generic'],
    ['https://example.com/ping/not-a-uuid', 'generic'],
    [`https://example.com/ping/${PING_KEY}x/slug`, 'generic'],
    [`https://example.com/ping/${UUID}/extra/path`, 'generic'],
    ['https://hc-ping.com.evil.example/x', 'generic'],
    ['https://betterstack.com/docs/uptime/heartbeat', 'generic'],
    ['https://hooks.example.com/heartbeat?key=1', 'generic']
  ])('%s is %s', (url, provider) => {
    expect(resolveProvider('auto', new URL(url))).toBe(provider)
  })

  it.each(['healthchecks', 'cronitor', 'uptime-kuma', 'betterstack', 'generic'] as const)(
    'keeps an explicit %s whatever the URL',
    provider => {
      expect(resolveProvider(provider as PingProvider, new URL('https://hc-ping.com/x'))).toBe(
        provider
      )
    }
  )
})

describe('genericByGuess: auto fell back to generic on a ping or heartbeat path', () => {
  it.each([
    'https://example.com/ping/not-a-uuid',
    'https://example.com/ping/abc/def/ghi',
    'https://example.com/api/heartbeat/xyz',
    'https://example.com/heartbeats/xyz',
    'https://example.com/api/push/Ab12/extra',
    'https://example.com/PING',
    'https://example.com/ping',
    'https://example.com/monitor/ping/',
    'https://example.com/heartbeat'
  ])('%s: yes', url => {
    expect(genericByGuess('auto', new URL(url))).toBe(true)
  })

  it.each([
    ['auto', 'https://example.com/hooks/backup?team=ops'],
    ['auto', 'https://example.com/pinger/x'],
    ['auto', `https://hc.example.com/ping/${UUID}`],
    ['generic', 'https://example.com/ping/not-a-uuid'],
    ['healthchecks', 'https://example.com/heartbeat/x']
  ] as const)('%s, %s: no', (provider, url) => {
    expect(genericByGuess(provider, new URL(url))).toBe(false)
  })
})

describe("cronitorLegacyCode: Cronitor's URL without an API key", () => {
  it.each([
    ['https://cronitor.link/d3x0c1', 'd3x0c1'],
    ['https://cronitor.link/d3x0c1/', 'd3x0c1'],
    ['https://cronitor.link/d3x0c1/run', 'd3x0c1'],
    ['https://cronitor.link/d3x0c1/complete?auth_key=k', 'd3x0c1'],
    ['https://cronitor.link/p/apikey/docspace', null],
    ['https://cronitor.io/p/apikey/docspace?env=prod', null]
  ])('%s: %s', (url, code) => {
    expect(cronitorLegacyCode(new URL(url))).toBe(code)
  })
})
