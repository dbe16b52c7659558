// The proxy for a URL, by the runner's rules, from the proxy variables passed in.
import {afterEach, describe, expect, it} from 'vitest'
import {proxyFor} from '../../../src/docspace/proxy.js'
import {readProxyVariables, type Environment} from '../../../src/inputs/proxy-env.js'

const route = (url: string, environment: Environment): string =>
  proxyFor(new URL(url), readProxyVariables(environment))?.address ?? 'direct'

describe('the route for a URL (the runner rules)', () => {
  it('takes https_proxy for https and http_proxy for http, the lowercase name first', () => {
    const both = {
      https_proxy: 'http://lower:1',
      HTTPS_PROXY: 'http://upper:2',
      HTTP_PROXY: 'http://plain:3'
    }
    expect(route('https://portal.example.com', both)).toBe('http://lower:1')
    expect(route('https://portal.example.com', {HTTPS_PROXY: 'http://upper:2'})).toBe(
      'http://upper:2'
    )
    expect(route('http://portal.example.com', both)).toBe('http://plain:3')
    // http_proxy is never used for https.
    expect(route('https://portal.example.com', {http_proxy: 'http://plain:3'})).toBe('direct')
  })

  it('reads a value without a scheme as http://', () => {
    expect(route('https://portal.example.com', {HTTPS_PROXY: 'proxy.corp:3128'})).toBe(
      'http://proxy.corp:3128'
    )
    expect(route('https://portal.example.com', {HTTPS_PROXY: '10.0.0.1:3128'})).toBe(
      'http://10.0.0.1:3128'
    )
  })

  it.each([
    ['*', 'https://portal.example.com', 'direct'],
    ['.example.com', 'https://portal.example.com', 'direct'],
    ['.example.com', 'https://example.com', 'http://proxy:1'],
    ['example.com', 'https://example.com', 'direct'],
    ['example.com', 'https://deep.portal.example.com', 'direct'],
    ['example.com', 'https://notexample.com', 'http://proxy:1'],
    ['portal.example.com:8443', 'https://portal.example.com:8443', 'direct'],
    ['portal.example.com:8443', 'https://portal.example.com', 'http://proxy:1'],
    ['other.org, PORTAL.example.com', 'https://portal.example.com', 'direct']
  ])('no_proxy %j for %s: %s', (noProxy, url, expected) => {
    expect(route(url, {HTTPS_PROXY: 'http://proxy:1', no_proxy: noProxy})).toBe(expected)
    expect(route(url, {HTTPS_PROXY: 'http://proxy:1', NO_PROXY: noProxy})).toBe(expected)
  })

  it('takes no_proxy before NO_PROXY', () => {
    const environment = {HTTPS_PROXY: 'http://proxy:1', no_proxy: 'other.org', NO_PROXY: '*'}
    expect(route('https://portal.example.com', environment)).toBe('http://proxy:1')
  })

  it.each([
    'https://localhost:8443',
    'https://127.0.0.1',
    'https://127.3.4.5:9',
    'https://[::1]:8443'
  ])('never sends the loopback host %s through a proxy', url => {
    expect(route(url, {HTTPS_PROXY: 'http://proxy:1', HTTP_PROXY: 'http://proxy:1'})).toBe('direct')
  })

  it('refuses an unusable variable only for a URL that would go through it', () => {
    const unusable = 'socks5://user:hunter2@proxy:1080'
    expect(() => route('https://portal.example.com', {HTTPS_PROXY: unusable})).toThrow(
      'The environment variable HTTPS_PROXY is not a usable proxy'
    )
    expect(route('https://portal.example.com', {http_proxy: unusable})).toBe('direct')
    expect(route('https://127.0.0.1:8443', {HTTPS_PROXY: unusable})).toBe('direct')
    expect(route('https://portal.example.com', {HTTPS_PROXY: unusable, NO_PROXY: '*'})).toBe(
      'direct'
    )
  })
})

describe('the environment passed in, not the process environment', () => {
  const saved = {NO_PROXY: process.env.NO_PROXY, no_proxy: process.env.no_proxy}
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  it('decides by the no_proxy passed in, and leaves process.env as it was', () => {
    process.env.NO_PROXY = '*'
    process.env.no_proxy = 'portal.example.com'
    expect(route('https://portal.example.com', {HTTPS_PROXY: 'http://proxy:1'})).toBe(
      'http://proxy:1'
    )
    expect(route('https://other.org', {HTTPS_PROXY: 'http://proxy:1', NO_PROXY: '.org'})).toBe(
      'direct'
    )
    expect([process.env.NO_PROXY, process.env.no_proxy]).toEqual(['*', 'portal.example.com'])
    delete process.env.NO_PROXY
    delete process.env.no_proxy
    route('https://portal.example.com', {HTTPS_PROXY: 'http://proxy:1', NO_PROXY: '*'})
    expect('NO_PROXY' in process.env || 'no_proxy' in process.env).toBe(false)
  })
})
