import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/core/errors.js'
import {parsePortal} from '../../../src/inputs/portal-url.js'

function refusal(text: string): InputError {
  try {
    parsePortal(text)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`portal ${JSON.stringify(text)} was accepted`)
}

const EXAMPLE = 'a portal URL such as https://portal.example.com'
const NO_SCHEME = `${EXAMPLE} (https:// and the host name)`
const HTTPS_ONLY = 'an https:// URL (http:// is only allowed for localhost, 127.0.0.0/8 and ::1)'
const NO_QUERY = `${EXAMPLE}, without a query or fragment`
const NO_USER =
  'Input "portal" has an invalid value: expected a URL without a user name or password; the API key goes in the "token" input.'

describe('parsePortal', () => {
  it.each([
    ['https://portal.example.com', 'https://portal.example.com', 'portal.example.com'],
    ['https://portal.example.com/', 'https://portal.example.com', 'portal.example.com'],
    ['https://portal.example.com///', 'https://portal.example.com', 'portal.example.com'],
    ['  https://portal.example.com  ', 'https://portal.example.com', 'portal.example.com'],
    ['HTTPS://Portal.Example.COM', 'https://portal.example.com', 'portal.example.com'],
    ['https://host:8443', 'https://host:8443', 'host:8443'],
    // The port the URL names stays in the host, even the scheme's default (the issue title).
    ['https://host:443/portal', 'https://host/portal', 'host:443'],
    ['http://127.0.0.1:80', 'http://127.0.0.1', '127.0.0.1:80'],
    ['https://[2001:db8::1]:443', 'https://[2001:db8::1]', '[2001:db8::1]:443'],
    ['https://host/portal/', 'https://host/portal', 'host'],
    ['https://host:8443/a/b', 'https://host:8443/a/b', 'host:8443'],
    ['https://[2001:db8::1]:8443/x', 'https://[2001:db8::1]:8443/x', '[2001:db8::1]:8443'],
    ['https://[2001:db8::1]', 'https://[2001:db8::1]', '[2001:db8::1]'],
    ['http://localhost', 'http://localhost', 'localhost'],
    ['http://localhost:8080/', 'http://localhost:8080', 'localhost:8080'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000', '127.0.0.1:3000'],
    ['http://127.0.0.5', 'http://127.0.0.5', '127.0.0.5'],
    ['http://127.255.255.254/p', 'http://127.255.255.254/p', '127.255.255.254'],
    ['http://[::1]:8080', 'http://[::1]:8080', '[::1]:8080'],
    ['http://[::1]', 'http://[::1]', '[::1]']
  ])('accepts %j with base %j and host %j', (text, base, host) => {
    const portal = parsePortal(text)
    expect(portal.base).toBe(base)
    expect(portal.host).toBe(host)
  })

  it('keeps the origin apart from the path prefix', () => {
    expect(parsePortal('https://host:8443/portal/').origin).toBe('https://host:8443')
  })

  it.each([
    ['portal.example.com', NO_SCHEME],
    ['//portal.example.com', NO_SCHEME],
    ['ftp://portal.example.com', NO_SCHEME],
    ['ws://portal.example.com', NO_SCHEME],
    ['file:///etc/passwd', NO_SCHEME],
    ['https:portal.example.com', NO_SCHEME],
    ['https://', EXAMPLE],
    ['https://exa mple.com', EXAMPLE],
    ['https://host:99999', EXAMPLE],
    ['http://example.com', HTTPS_ONLY],
    ['http://portal.example.com:8080/x', HTTPS_ONLY],
    ['http://128.0.0.1', HTTPS_ONLY],
    ['http://[2001:db8::1]', HTTPS_ONLY],
    ['http://localhost.example.com', HTTPS_ONLY],
    ['http://127.0.0.1.nip.io', HTTPS_ONLY],
    ['https://host/?a=1', NO_QUERY],
    ['https://host/portal?', NO_QUERY],
    ['https://host#top', NO_QUERY],
    ['https://host/#', NO_QUERY]
  ])('refuses %j', (text, expected) => {
    const error = refusal(text)
    expect(error.input).toBe('portal')
    expect(error.message).toBe(
      `Input "portal" has an invalid value "${text}": expected ${expected}.`
    )
  })

  it.each([
    'https://user:hunter2pass@portal.example.com',
    'https://user:hunter2pass@portal.example.com/?q=1',
    'http://user:hunter2pass@example.com',
    'https://:hunter2pass@host',
    'https://hunter2pass@host',
    'ftp://user:hunter2pass@host',
    'user:hunter2pass@portal.example.com',
    'https://user:hunter2pass@exa mple.com',
    'https:/user:hunter2pass@host'
  ])('refuses %j without echoing the password', text => {
    const error = refusal(text)
    expect(error.input).toBe('portal')
    expect(error.message).toContain('Input "portal" has an invalid value')
    expect(error.message).not.toContain('hunter2pass')
  })

  it('refuses user:password with the contract message', () => {
    expect(refusal('https://user:hunter2pass@portal.example.com').message).toBe(NO_USER)
  })

  it('says what is expected, unquoted, for another scheme with a password', () => {
    expect(refusal('ftp://user:hunter2pass@host').message).toBe(
      `Input "portal" has an invalid value: expected ${NO_SCHEME}.`
    )
  })

  it('gives an InputError naming portal for any text, never another error (property)', () => {
    const urlish = fc
      .array(
        fc.constantFrom(
          'https://',
          'http://',
          'ftp://',
          'host',
          '127.0.0.1',
          '[::1]',
          '[',
          ']',
          ':',
          '8080',
          '/',
          '?',
          '#',
          '@',
          ' ',
          '%',
          '\\',
          'é'
        ),
        {maxLength: 8}
      )
      .map(parts => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), urlish), text => {
        try {
          const portal = parsePortal(text)
          expect(portal.base.startsWith(portal.origin)).toBe(true)
          expect(portal.base.endsWith('/')).toBe(false)
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          expect((error as InputError).input).toBe('portal')
        }
      }),
      {numRuns: 1000}
    )
  })
})
