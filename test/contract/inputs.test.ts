// Invalid inputs fail the step before any request, with one annotation naming the input.
import {describe, expect, it} from 'vitest'
import {runDist} from '../support/run-dist.js'
import {annotations, fakePortals, newApiKey} from './fixtures.js'

const start = fakePortals()

describe('an invalid input', () => {
  const cases: {input: string; value: string; quoted?: boolean}[] = [
    {input: 'max-age', value: '3 days'},
    {input: 'min-count', value: '-1'},
    {input: 'grace', value: 'soon'},
    {input: 'retries', value: '11'},
    {input: 'timeout', value: '11m'},
    {input: 'dump', value: 'yes'},
    {input: 'require-schedule', value: 'on'},
    {input: 'summary', value: '1'},
    {input: 'storage-type', value: 'Dropbox'},
    {input: 'storage-params', value: '{"folderId": {"id": 1}}'},
    {input: 'wait-timeout', value: '7h'},
    {input: 'start-backup', value: 'sure'},
    {input: 'issue', value: 'maybe'}
  ]

  it.each(cases)('fails before any request: $input "$value"', async ({input, value}) => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token, [input]: value})

    expect(run.code).toBe(1)
    const errors = annotations(run, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain(`Input "${input}" has an invalid value "${value}"`)
    expect(errors[0]?.message).toMatch(/expected /)
    expect(fake.requests).toEqual([])
  })

  it('fails even with fail-on-unhealthy: false', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({
      portal: fake.url,
      token,
      'fail-on-unhealthy': 'false',
      'max-age': '3 days'
    })

    expect(run.code).toBe(1)
    expect(annotations(run, 'error').map(e => e.message)).toEqual([
      'Input "max-age" has an invalid value "3 days": expected a duration such as 36h, 2d, 90m, or "auto".'
    ])
    expect(fake.requests).toEqual([])
  })

  it.each([
    ['http:// to a host that is not loopback', 'http://portal.example.com'],
    ['no scheme', 'portal.example.com'],
    ['a query', 'https://portal.example.com/?a=1'],
    ['another scheme', 'ftp://portal.example.com']
  ])('refuses a portal URL with %s', async (_what, portal) => {
    const run = await runDist({portal, token: newApiKey()})

    expect(run.code).toBe(1)
    const errors = annotations(run, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/^Input "portal" has an invalid value/)
  })

  it('refuses a portal URL with a password without quoting it', async () => {
    const run = await runDist({
      portal: 'https://admin:hunter2@portal.example.com',
      token: newApiKey()
    })

    expect(run.code).toBe(1)
    expect(annotations(run, 'error').map(e => e.message)).toEqual([
      expect.stringMatching(/^Input "portal" has an invalid value/)
    ])
    expect(run.stdout).not.toContain('hunter2')
  })

  it('names a missing portal and a missing token', async () => {
    const noPortal = await runDist({token: newApiKey()})
    const noToken = await runDist({portal: 'https://portal.example.com'})

    expect(noPortal.code).toBe(1)
    expect(annotations(noPortal, 'error').map(e => e.message)).toEqual([
      expect.stringMatching(/^Input "portal" is required/)
    ])
    expect(noToken.code).toBe(1)
    expect(annotations(noToken, 'error').map(e => e.message)).toEqual([
      expect.stringMatching(/^Input "token" is required/)
    ])
  })

  it.each([
    ['an empty portal (an unset secret or variable)', ''],
    ['a portal of spaces', '   ']
  ])('refuses %s: an input error, never a check', async (_, portal) => {
    const run = await runDist({portal, token: newApiKey()})

    expect(run.code).toBe(1)
    expect(annotations(run, 'error').map(e => e.message)).toEqual([
      'Input "portal" is required: expected a portal URL such as https://portal.example.com.'
    ])
    expect(run.outputs).toEqual({})
  })

  it('quotes a bounded prefix of a 120 KB portal', async () => {
    const portal = `https://${'a'.repeat(120_000)}.example.com`
    const run = await runDist({portal, token: newApiKey()})

    expect(run.code).toBe(1)
    expect(annotations(run, 'error').map(e => e.message)).toEqual([
      `Input "portal" has an invalid value "${portal.slice(0, 100)}…" (120,020 characters): expected a portal URL such as https://portal.example.com, of at most 2,048 characters.`
    ])
    expect(run.stdout.length).toBeLessThan(2000)
  })

  it('does not quote a malformed token', async () => {
    const fake = await start()
    const token = `sk-${'b'.repeat(30)} ${'c'.repeat(30)}`
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    const errors = annotations(run, 'error')
    expect(errors.map(e => e.message)).toEqual([expect.stringMatching(/^Input "token"/)])
    expect(errors[0]?.message).not.toContain('b'.repeat(30))
    expect(fake.requests).toEqual([])
  })

  it('refuses an unusable proxy variable the check would use, naming it, before any request', async () => {
    const token = newApiKey()
    const fake = await start({token})
    // The portal is on loopback (never proxied); the ping URL would go through HTTPS_PROXY.
    const run = await runDist(
      {portal: fake.url, token, 'ping-url': 'https://hc-ping.com/5f0c2d1a'},
      {env: {HTTPS_PROXY: 'socks5://builder:hunter2@proxy.corp:1080'}}
    )

    expect(run.code).toBe(1)
    expect(annotations(run, 'error').map(e => e.message)).toEqual([
      expect.stringMatching(/^The environment variable HTTPS_PROXY is not a usable proxy/)
    ])
    expect(run.stdout).not.toContain('hunter2')
    expect(fake.requests).toEqual([])
  })

  it('needs a github-token only when issue is true', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const withIssue = await runDist({portal: fake.url, token, issue: 'true'})
    expect(withIssue.code).toBe(1)
    expect(annotations(withIssue, 'error').map(e => e.message)).toEqual([
      expect.stringMatching(/^Input "github-token"/)
    ])
    expect(fake.requests).toEqual([])

    const withoutIssue = await runDist({portal: fake.url, token})
    expect(withoutIssue.code).toBe(0)
  })
})
