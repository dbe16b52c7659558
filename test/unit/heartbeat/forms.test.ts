import {describe, expect, it} from 'vitest'
import {cutToBytes, MAX_BODY_BYTES, pingRequest} from '../../../src/heartbeat/forms.js'

const UUID = '0b5bd1a4-3c2e-4f6d-9a1b-7c8d9e0f1a2b'
const form = (
  provider: Parameters<typeof pingRequest>[0],
  url: string,
  status: 'healthy' | 'unhealthy' | 'error'
) => {
  const request = pingRequest(provider, url, status, 'DocSpace backups healthy: p', 'the report')
  return {method: request.method, url: request.url.href, body: request.body}
}

describe('pingRequest: each provider’s success and failures', () => {
  it('healthchecks: POST the URL, or <url>/1 (unhealthy) and <url>/2 (could not check), with the report as the body; its query kept', () => {
    const url = `https://hc-ping.com/${UUID}?rid=1`
    expect(form('healthchecks', url, 'healthy')).toEqual({method: 'POST', url, body: 'the report'})
    expect(form('healthchecks', url, 'unhealthy')).toEqual({
      method: 'POST',
      url: `https://hc-ping.com/${UUID}/1?rid=1`,
      body: 'the report'
    })
    expect(form('healthchecks', `https://hc-ping.com/${UUID}/`, 'error').url).toBe(
      `https://hc-ping.com/${UUID}/2`
    )
    expect(form('healthchecks', 'https://hc.example.com/ping/key/slug', 'error').url).toBe(
      'https://hc.example.com/ping/key/slug/2'
    )
  })

  it('Better Stack: the URL, or <url>/1 and <url>/2', () => {
    const url = 'https://uptime.betterstack.com/api/v1/heartbeat/abc123'
    expect(form('betterstack', url, 'healthy')).toEqual({method: 'POST', url, body: 'the report'})
    expect(form('betterstack', url, 'unhealthy').url).toBe(`${url}/1`)
    expect(form('betterstack', url, 'error').url).toBe(`${url}/2`)
  })

  it('Cronitor telemetry: state=complete or state=fail with the message', () => {
    const url = 'https://cronitor.link/p/key/docspace?env=prod'
    expect(form('cronitor', url, 'healthy')).toEqual({
      method: 'GET',
      url: 'https://cronitor.link/p/key/docspace?env=prod&state=complete&message=DocSpace+backups+healthy%3A+p',
      body: undefined
    })
    expect(new URL(form('cronitor', url, 'unhealthy').url).searchParams.get('state')).toBe('fail')
  })

  it('Cronitor legacy: the state in the path (/complete, /fail) with msg, whatever endpoint it was copied with', () => {
    expect(form('cronitor', 'https://cronitor.link/d3x0c1', 'healthy')).toEqual({
      method: 'GET',
      url: 'https://cronitor.link/d3x0c1/complete?msg=DocSpace+backups+healthy%3A+p',
      body: undefined
    })
    expect(form('cronitor', 'https://cronitor.link/d3x0c1/run?auth_key=k', 'error').url).toBe(
      'https://cronitor.link/d3x0c1/fail?auth_key=k&msg=DocSpace+backups+healthy%3A+p'
    )
    expect(form('cronitor', 'https://cronitor.link/d3x0c1/', 'unhealthy').url).toMatch(
      /^https:\/\/cronitor\.link\/d3x0c1\/fail\?msg=/
    )
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

  it('cuts the body to 10,000 bytes, a message to 2,000 characters, a legacy msg to 1,000', () => {
    const long = pingRequest(
      'generic',
      'https://example.com/',
      'healthy',
      'm'.repeat(5000),
      'é'.repeat(9000)
    )
    expect(Buffer.byteLength(long.body!)).toBeLessThanOrEqual(MAX_BODY_BYTES)
    expect(long.body).toBe('é'.repeat(5000))
    const message = (url: string, name: string) =>
      pingRequest('cronitor', url, 'healthy', 'm'.repeat(5000), '').url.searchParams.get(name)
    expect(message('https://cronitor.link/p/k/m', 'message')).toHaveLength(2000)
    expect(message('https://cronitor.link/d3x0c1', 'msg')).toHaveLength(1000)
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
