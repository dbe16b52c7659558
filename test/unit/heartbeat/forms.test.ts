import {describe, expect, it} from 'vitest'
import {
  cutToBytes,
  MAX_BODY_BYTES,
  pingRequest,
  resolveProvider
} from '../../../src/heartbeat/forms.js'
import type {PingProvider} from '../../../src/core/codes.js'

const UUID = '0b5bd1a4-3c2e-4f6d-9a1b-7c8d9e0f1a2b'
const form = (
  provider: Parameters<typeof pingRequest>[0],
  url: string,
  status: 'healthy' | 'unhealthy' | 'error'
) => {
  const request = pingRequest(provider, url, status, 'DocSpace backups healthy: p', 'the report')
  return {method: request.method, url: request.url.href, body: request.body}
}

describe('resolveProvider: auto, from the URL', () => {
  it.each([
    [`https://hc-ping.com/${UUID}`, 'healthchecks'],
    ['https://hc-ping.com/abcdefghijklmnopqrstuv/nightly-backups', 'healthchecks'],
    [`https://hc.example.com/ping/${UUID}`, 'healthchecks'],
    [`http://127.0.0.1:8000/ping/${UUID.toUpperCase()}/`, 'healthchecks'],
    ['https://cronitor.link/p/apikey/docspace', 'cronitor'],
    ['https://kuma.example.com/api/push/Ab12Cd34?status=up&msg=OK&ping=', 'uptime-kuma'],
    ['https://uptime.betterstack.com/api/v1/heartbeat/abc123', 'betterstack'],
    ['https://example.com/ping/not-a-uuid', 'generic'],
    ['https://hc-ping.com.evil.example/x', 'generic'],
    ['https://betterstack.com/api/v1/heartbeat/abc', 'generic'],
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

describe('pingRequest: each provider’s success and failure', () => {
  it('healthchecks: POST the URL, or <url>/fail, with the report as the body; its query kept', () => {
    const url = `https://hc-ping.com/${UUID}?rid=1`
    expect(form('healthchecks', url, 'healthy')).toEqual({method: 'POST', url, body: 'the report'})
    expect(form('healthchecks', url, 'unhealthy')).toEqual({
      method: 'POST',
      url: `https://hc-ping.com/${UUID}/fail?rid=1`,
      body: 'the report'
    })
    expect(form('healthchecks', `https://hc-ping.com/${UUID}/`, 'error').url).toBe(
      `https://hc-ping.com/${UUID}/fail`
    )
  })

  it('Better Stack: the URL or <url>/fail', () => {
    const url = 'https://uptime.betterstack.com/api/v1/heartbeat/abc123'
    expect(form('betterstack', url, 'healthy')).toEqual({method: 'POST', url, body: 'the report'})
    expect(form('betterstack', url, 'error').url).toBe(`${url}/fail`)
  })

  it('Cronitor: state=complete or state=fail with the message', () => {
    const url = 'https://cronitor.link/p/key/docspace?env=prod'
    expect(form('cronitor', url, 'healthy')).toEqual({
      method: 'GET',
      url: 'https://cronitor.link/p/key/docspace?env=prod&state=complete&message=DocSpace+backups+healthy%3A+p',
      body: undefined
    })
    expect(new URL(form('cronitor', url, 'unhealthy').url).searchParams.get('state')).toBe('fail')
  })

  it('Uptime Kuma: status=up or status=down with msg, its own query replaced', () => {
    const url = 'https://kuma.example.com/api/push/Ab12?status=up&msg=OK&ping='
    expect(form('uptime-kuma', url, 'healthy')).toEqual({
      method: 'GET',
      url: 'https://kuma.example.com/api/push/Ab12?status=up&msg=DocSpace+backups+healthy%3A+p',
      body: undefined
    })
    const down = new URL(form('uptime-kuma', url, 'error').url)
    expect([...down.searchParams.keys()]).toEqual(['status', 'msg'])
    expect(down.searchParams.get('status')).toBe('down')
  })

  it.each(['healthy', 'unhealthy', 'error'] as const)(
    'generic: POST the URL with status=%s added, its own query kept',
    status => {
      expect(form('generic', 'https://example.com/hb?token=1#frag', status)).toEqual({
        method: 'POST',
        url: `https://example.com/hb?token=1&status=${status}`,
        body: 'the report'
      })
    }
  )

  it('cuts the body to 10,000 bytes and a message to 2,000 characters', () => {
    const long = pingRequest(
      'generic',
      'https://example.com/',
      'healthy',
      'm'.repeat(5000),
      'é'.repeat(9000)
    )
    expect(Buffer.byteLength(long.body!)).toBeLessThanOrEqual(MAX_BODY_BYTES)
    expect(long.body).toBe('é'.repeat(5000))
    const cronitor = pingRequest(
      'cronitor',
      'https://cronitor.link/p/k/m',
      'healthy',
      'm'.repeat(5000),
      ''
    )
    expect(cronitor.url.searchParams.get('message')).toHaveLength(2000)
  })
})

describe('cutToBytes', () => {
  it.each([
    ['ascii', 'a'.repeat(20), 10, 'a'.repeat(10)],
    ['two-byte characters, cut between them', 'é'.repeat(10), 5, 'éé'],
    ['a four-byte emoji is never halved', 'ab😀', 5, 'ab'],
    ['short enough', 'abc', 10, 'abc']
  ])('%s', (_what, text, max, expected) => {
    expect(cutToBytes(text, max)).toBe(expected)
  })
})
