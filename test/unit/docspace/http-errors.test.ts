import {describe, expect, it} from 'vitest'
import type {HttpAnswer} from '../../../src/docspace/http.js'
import {TransportError} from '../../../src/docspace/transport-error.js'
import {
  badResponse,
  errorForStatus,
  errorForTransport,
  type ErrorContext
} from '../../../src/docspace/http-errors.js'
import {TOKEN} from '../fixtures.js'

const ENDPOINT = 'GET /api/2.0/backup/getbackuphistory'
const context = (retriesUsed = 0): ErrorContext => ({
  endpoint: ENDPOINT,
  secrets: [TOKEN],
  retriesUsed,
  timeoutMs: 30_000
})

function answer(
  status: number,
  body: unknown = '',
  headers: HttpAnswer['headers'] = {}
): HttpAnswer {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return {status, headers, body: text}
}

/** DocSpace's error envelope (docs/DOCSPACE-API.md). */
const envelope = (status: number, message: string) => ({
  error: {message, type: 'System.Exception', stack: ''},
  status: 1,
  statusCode: status
})

function pieces(secret: string): string[] {
  return Array.from({length: secret.length - 7}, (_, i) => secret.slice(i, i + 8))
}

describe('errorForStatus', () => {
  it.each([
    [400, 'bad-request', /"dump"/],
    [401, 'unauthorized', /Bearer.*expired|expired.*Bearer/],
    [402, 'payment-required', /plan.*free-backup quota/],
    [403, 'forbidden', /owner or a DocSpace admin.*read scope.*"dump: true"/],
    [404, 'not-found', /"portal" is the base URL/],
    [405, 'http-error', /"portal"/],
    [408, 'timeout', /"timeout"/],
    [418, 'http-error', /"portal"/],
    [429, 'rate-limited', /"retries"/],
    [500, 'server-error', /try again later/],
    [502, 'server-error', /try again later/],
    [503, 'server-error', /try again later/],
    [504, 'server-error', /try again later/],
    [599, 'server-error', /try again later/]
  ])('maps %d to %s and says what to do', (status, code, advice) => {
    const error = errorForStatus(answer(status), context())
    expect(error.code).toBe(code)
    expect(error.httpStatus).toBe(status)
    expect(error.message.startsWith(`The portal answered ${status}`)).toBe(true)
    expect(error.message).toContain(` to ${ENDPOINT}`)
    expect(error.message).toMatch(advice)
  })

  it.each([
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [503, 'Service Unavailable']
  ])('names %d by its reason phrase', (status, phrase) => {
    expect(errorForStatus(answer(status), context()).message).toContain(`${status} ${phrase} to `)
  })

  it("writes a whole sentence for a 403 with the portal's own words", () => {
    const error = errorForStatus(answer(403, envelope(403, 'Access denied')), context())
    expect(error.message).toMatch(
      /^The portal answered 403 Forbidden to GET \/api\/2\.0\/backup\/getbackuphistory: "Access denied"\. The token's user must be/
    )
  })

  it('quotes error.message of the DocSpace envelope', () => {
    const body = envelope(402, 'The number of free backups should not exceed 0 within a month')
    expect(errorForStatus(answer(402, body), context()).message).toContain(
      ': "The number of free backups should not exceed 0 within a month". '
    )
  })

  it.each([
    ['a ProblemDetails title', {title: 'Unauthorized', status: 401}, ': "Unauthorized". '],
    ['a ProblemDetails detail', {title: 'x', detail: 'Key expired'}, ': "Key expired". ']
  ])('quotes %s', (_what, body, quoted) => {
    expect(errorForStatus(answer(401, body), context()).message).toContain(quoted)
  })

  it('quotes the validation problem that ASP.NET puts under `response` of a 400, field by field', () => {
    // As DocSpace answers a query value that does not bind (docs/DOCSPACE-API.md).
    const body = {
      response: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: {Dump: ["The value 'yes' is not valid."], paid: ['A.', 'B.']},
        traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00'
      },
      count: 1,
      status: 1,
      statusCode: 400
    }
    const error = errorForStatus(answer(400, body), context())
    expect(error.code).toBe('bad-request')
    expect(error.message).toBe(
      `The portal answered 400 Bad Request to ${ENDPOINT}: "One or more validation errors occurred. Dump: The value 'yes' is not valid. paid: A. B.". Check the "dump" input and that the portal is a DocSpace one.`
    )
  })

  it('quotes a top-level ProblemDetails with errors, and redacts the token in them', () => {
    const body = {title: 'Bad', errors: {token: [`${TOKEN} is not valid`]}}
    const message = errorForStatus(answer(400, body), context()).message
    expect(message).toContain(': "Bad token: *** is not valid". ')
    for (const piece of pieces(TOKEN)) expect(message).not.toContain(piece)
  })

  it.each([
    ['an empty body', ''],
    ['a response that is a list', '{"response": ["x"], "status": 1}'],
    ['errors that are not text', '{"response": {"errors": {"a": [1, null]}}}'],
    ['an HTML page', '<html><body>Bad gateway</body></html>'],
    ['a JSON list', '["x"]'],
    ['an error that is a string', '{"error": "nope"}'],
    ['a message that is a number', '{"error": {"message": 42}}']
  ])('quotes nothing for %s', (_what, body) => {
    const message = errorForStatus(answer(502, body), context()).message
    expect(message).toBe(
      `The portal answered 502 Bad Gateway to ${ENDPOINT}. The portal's backup service is failing: check the portal's health and try again later.`
    )
  })

  it.each([
    ['as sent', `Invalid token ${TOKEN}`],
    ['after a Bearer', `Authorization: Bearer ${TOKEN} rejected`],
    ['split across a newline', `Invalid token ${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}`],
    ['split across CR LF and spaces', `Invalid token ${TOKEN.slice(0, 9)}\r\n  ${TOKEN.slice(9)}`]
  ])('never shows the token the body echoes %s', (_what, echoed) => {
    const message = errorForStatus(answer(401, envelope(401, echoed)), context()).message
    for (const piece of pieces(TOKEN)) expect(message).not.toContain(piece)
    expect(message).toContain('***')
  })

  it('never shows a personal access token the body echoes, split or not', () => {
    const pat = 'pat.Zq7R2mXw9LkTb4Vn8HsYc3Jd6Fg1Ep5A'
    const split = `bad ${pat.slice(0, 17)}\n${pat.slice(17)} and ${pat}`
    const error = errorForStatus(answer(401, envelope(401, split)), {...context(), secrets: [pat]})
    for (const piece of pieces(pat)) expect(error.message).not.toContain(piece)
  })

  it.each([
    [0, ''],
    [1, ', still after 1 retry'],
    [3, ', still after 3 retries']
  ])('mentions %d retries used', (retries, words) => {
    const message = errorForStatus(answer(429), context(retries)).message
    expect(message).toContain(`429 Too Many Requests to ${ENDPOINT}${words}. `)
    if (retries === 0) expect(message).not.toContain('still after')
  })

  it('names the Location of a 302 and never follows it', () => {
    const location = 'https://login.example.com/sso?return=%2Fapi'
    const error = errorForStatus(answer(302, '', {location}), context())
    expect(error.code).toBe('redirected')
    expect(error.message).toBe(
      `The portal answered 302 Found to ${ENDPOINT}, redirecting to "${location}". Redirects are never followed, so the token stays with the portal: set "portal" to the address the portal answers at itself.`
    )
  })

  it.each([301, 303, 307, 308])('maps %d to redirected', status => {
    expect(errorForStatus(answer(status, '', {location: '/x'}), context()).code).toBe('redirected')
  })

  it('redacts the token and folds line breaks in a Location', () => {
    const location = `https://evil.example.com/?k=${TOKEN}\n::set-output name=healthy::true`
    const message = errorForStatus(answer(307, '', {location}), context()).message
    expect(message).not.toContain(TOKEN)
    expect(message).not.toContain('\n')
    expect(message).toContain('redirecting to "https://evil.example.com/?k=*** ::set-output')
  })
})

describe('errorForTransport', () => {
  it('says no answer came within the timeout, with the retries', () => {
    const error = errorForTransport(
      new TransportError('timeout', 'no answer within 30000 ms'),
      context(2)
    )
    expect(error.code).toBe('timeout')
    expect(error.message).toBe(
      `No answer to ${ENDPOINT} within 30 s, still after 2 retries. Check that the portal is up and reachable from the runner, or raise "timeout".`
    )
  })

  it('quotes the socket error of an unreachable portal, without the token', () => {
    const cause = new TransportError(
      'unreachable',
      `ENOTFOUND: getaddrinfo ENOTFOUND ${TOKEN}.example`
    )
    const error = errorForTransport(cause, context(3))
    expect(error.code).toBe('unreachable')
    expect(error.message).toContain(
      `Could not reach the portal for ${ENDPOINT} (ENOTFOUND: getaddrinfo ENOTFOUND ***.example), still after 3 retries.`
    )
  })

  it('reports an answer over the cap as bad-response', () => {
    const error = errorForTransport(
      new TransportError('too-large', 'the answer is over 32 MiB'),
      context()
    )
    expect(error.code).toBe('bad-response')
    expect(error.message).toBe(
      `The portal's answer to ${ENDPOINT} is too large: the answer is over 32 MiB. Check that "portal" points at a DocSpace portal; a real backup history is far smaller.`
    )
  })
})

describe('badResponse', () => {
  it('names the endpoint and the problem, with the token redacted', () => {
    const error = badResponse(context(), `is not JSON (it starts "${TOKEN}")`)
    expect(error.code).toBe('bad-response')
    expect(error.message).toBe(
      `The portal's answer to ${ENDPOINT} is not JSON (it starts "***"). Check that "portal" points at a DocSpace portal, not a login page or proxy.`
    )
  })
})
