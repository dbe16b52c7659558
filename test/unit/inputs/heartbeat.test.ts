// ping-url, ping-provider and max-runtime, through the whole input parser.
import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/core/errors.js'
import {parseInputs} from '../../../src/inputs/index.js'
import {validReader} from '../fixtures.js'

function refusal(overrides: Record<string, string>): InputError {
  try {
    parseInputs(validReader(overrides), {})
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('no InputError')
}

const SECRET = 'a3f0c2d1-5b6e-4c7d-8e9f-0a1b2c3d4e5f'

describe('ping-url', () => {
  it.each([
    [`https://hc-ping.com/${SECRET}`],
    [`  https://hc-ping.com/${SECRET}\n`],
    [`http://127.0.0.1:8080/ping/${SECRET}`],
    [`http://localhost/api/push/${SECRET}?status=up&msg=OK&ping=`],
    [`http://[::1]:9000/${SECRET}`]
  ])('accepts %j', url => {
    expect(parseInputs(validReader({'ping-url': url}), {}).ping).toEqual({
      url: url.trim(),
      provider: 'auto'
    })
  })

  it('is off when empty', () => {
    expect(parseInputs(validReader({'ping-url': '  '}), {}).ping).toBeNull()
  })

  it.each([
    [`http://hc-ping.com/${SECRET}`, 'an https:// URL (http:// is only allowed for localhost'],
    [`ftp://hc-ping.com/${SECRET}`, 'an https:// URL such as'],
    [`hc-ping.com/${SECRET}`, 'a URL such as https://hc-ping.com/<uuid>'],
    [`https://hc-ping.com/${SECRET} x`, 'a URL without spaces or line breaks'],
    [`https://hc-ping.com/${SECRET}\nx`, 'a URL without spaces or line breaks'],
    [`https://hc-ping.com/${SECRET}${'a'.repeat(3000)}`, 'a URL of at most 2048 characters'],
    [`https://[${SECRET}]/`, 'a URL such as https://hc-ping.com/<uuid>']
  ])('refuses %j, naming the input and never quoting the value', (url, expected) => {
    const error = refusal({'ping-url': url})
    expect(error.input).toBe('ping-url')
    expect(error.message).toContain('Input "ping-url" has an invalid value: expected')
    expect(error.message).toContain(expected)
    expect(error.message).not.toContain(SECRET)
    expect(error.message).not.toContain(SECRET.slice(0, 8))
  })
})

describe('ping-provider', () => {
  it.each([
    'auto',
    'healthchecks',
    'cronitor',
    'uptime-kuma',
    'betterstack',
    'generic',
    'Cronitor'
  ])('accepts %s', provider => {
    const ping = parseInputs(
      validReader({'ping-url': 'https://example.com/x', 'ping-provider': provider}),
      {}
    ).ping
    expect(ping?.provider).toBe(provider.toLowerCase())
  })

  it('is checked even without a ping-url', () => {
    expect(refusal({'ping-provider': 'pagerduty'}).message).toBe(
      'Input "ping-provider" has an invalid value "pagerduty": expected one of auto, healthchecks, cronitor, uptime-kuma, betterstack, generic.'
    )
  })
})

describe('max-runtime', () => {
  it.each([
    ['', 6],
    ['6h', 6],
    ['90m', 1.5],
    ['12', 12],
    ['7d', 168],
    ['1w', 168]
  ])('reads %j as %d hours', (text, hours) => {
    expect(parseInputs(validReader({'max-runtime': text}), {}).maxRuntimeHours).toBe(hours)
  })

  it.each(['0', '0h', '7d1s', '8d', '-1h', 'soon', '6 hours'])('refuses %j', text => {
    expect(refusal({'max-runtime': text}).message).toBe(
      `Input "max-runtime" has an invalid value "${text}": expected a duration over 0 and at most 7d, such as 6h or 90m (a bare number is hours).`
    )
  })
})
