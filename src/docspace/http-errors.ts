// The contract's errors, each one sentence naming the HTTP status and the endpoint, then what
// to do about it.
import {NoVerdictError} from '../core/errors.js'
import type {ErrorCode} from '../core/codes.js'
import type {HttpAnswer} from './http.js'
import type {TransportError} from './transport-error.js'
import {portalQuote} from './portal-text.js'
import {errorBodyWords} from './error-body.js'

export interface ErrorContext {
  /** `GET /api/2.0/backup/getbackuphistory` */
  endpoint: string
  secrets: readonly string[]
  retriesUsed: number
  timeoutMs: number
}

// The phrases people know the statuses by (node:http's table would load the HTTP stack early).
const REASON_PHRASES: Record<number, string> = {
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** The errors whose message ends in advice from this table; the others say theirs in place. */
type AdvisedError = Exclude<
  ErrorCode,
  'redirected' | 'bad-response' | 'no-storage' | 'stale-result'
>

const ADVICE: Record<AdvisedError, string> = {
  'bad-request': 'Check the "dump" input and that the portal is a DocSpace one.',
  unauthorized:
    'The token was rejected: check that "token" is a current DocSpace API key (sk-…) or personal access token, not expired or revoked. API keys are sent as "Authorization: Bearer".',
  'payment-required':
    "The portal's pricing plan or its free-backup quota does not allow this: check the portal's payment settings.",
  forbidden:
    'The token\'s user must be the portal owner or a DocSpace admin, an API key needs a read scope (start-backup: write), and "dump: true" needs server-level rights on a standalone server.',
  'not-found':
    'Check that "portal" is the base URL of the portal (e.g. https://portal.example.com), and that it runs DocSpace 2.x or later (older versions lack this route).',
  'rate-limited':
    'The portal is limiting the request rate: run the check less often or raise "retries".',
  'server-error':
    "The portal's backup service is failing: check the portal's health and try again later.",
  'http-error': 'Check that "portal" points at a DocSpace portal.',
  timeout: 'Check that the portal is up and reachable from the runner, or raise "timeout".',
  unreachable: 'Check the "portal" URL and that the runner can reach it (DNS, firewall, proxy).',
  'tls-error':
    "If the portal's certificate comes from a private CA, trust that CA: set NODE_EXTRA_CA_CERTS to the path of the CA's certificate (PEM) in the step's env:. An expired certificate, or one for another host, must be fixed on the portal."
}

/** An `unreachable` that is the proxy's doing. */
const PROXY_ADVICE =
  'Check the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and the user and password in them.'

/** The error for a non-2xx answer (404 included: the caller decides when 404 is fine). */
export function errorForStatus(answer: HttpAnswer, context: ErrorContext): NoVerdictError {
  const {status} = answer
  const code = codeForStatus(status)
  const heard = `The portal answered ${status} ${REASON_PHRASES[status] ?? ''}`.trimEnd()
  const said = portalMessage(answer.body, context.secrets)
  const quoted = said ? `: "${said}"` : ''
  if (code === 'redirected') {
    const location = portalQuote(String(answer.headers.location ?? ''), context.secrets)
    return new NoVerdictError(
      code,
      `${heard} to ${context.endpoint}, redirecting to "${location}". Redirects are never followed, so the token stays with the portal: set "portal" to the address the portal answers at itself.`,
      status
    )
  }
  const after = retried(context.retriesUsed)
  return new NoVerdictError(
    code,
    `${heard} to ${context.endpoint}${after}${quoted}. ${ADVICE[code]}`,
    status
  )
}

/** The error for an exchange that gave no whole answer. */
export function errorForTransport(error: TransportError, context: ErrorContext): NoVerdictError {
  const after = retried(context.retriesUsed)
  if (error.kind === 'too-large') {
    return new NoVerdictError(
      'bad-response',
      `The portal's answer to ${context.endpoint} is too large: ${error.message}. Check that "portal" points at a DocSpace portal; a real backup history is far smaller.`
    )
  }
  if (error.kind === 'malformed') return badResponse(context, error.message)
  if (error.kind === 'timeout') {
    const seconds = context.timeoutMs / 1000
    return new NoVerdictError(
      'timeout',
      `No answer to ${context.endpoint} within ${seconds} s${after}. ${ADVICE.timeout}`
    )
  }
  const detail = portalQuote(error.message, context.secrets)
  if (error.kind === 'untrusted') {
    return new NoVerdictError(
      'tls-error',
      `The portal's certificate is not trusted for ${context.endpoint} (${detail}); not retried. ${ADVICE['tls-error']}`
    )
  }
  const advice = error.options.proxy ? PROXY_ADVICE : ADVICE.unreachable
  return new NoVerdictError(
    'unreachable',
    `Could not reach the portal for ${context.endpoint} (${detail})${after}. ${advice}`
  )
}

/** The error for a 2xx answer the action cannot read. */
export function badResponse(context: ErrorContext, problem: string): NoVerdictError {
  return new NoVerdictError(
    'bad-response',
    `The portal's answer to ${context.endpoint} ${portalQuote(problem, context.secrets)}. Check that "portal" points at a DocSpace portal, not a login page or proxy.`
  )
}

function codeForStatus(status: number): AdvisedError | 'redirected' {
  if (status >= 300 && status < 400) return 'redirected'
  if (status >= 500) return 'server-error'
  const byStatus: Record<number, AdvisedError> = {
    400: 'bad-request',
    401: 'unauthorized',
    402: 'payment-required',
    403: 'forbidden',
    404: 'not-found',
    408: 'timeout',
    429: 'rate-limited'
  }
  return byStatus[status] ?? 'http-error'
}

function retried(retriesUsed: number): string {
  if (retriesUsed === 0) return ''
  return `, still after ${retriesUsed} ${retriesUsed === 1 ? 'retry' : 'retries'}`
}

/** The portal's own words in the body (error-body.ts), redacted and made one bounded line. */
function portalMessage(body: string, secrets: readonly string[]): string {
  const words = errorBodyWords(body)
  return words ? portalQuote(words, secrets) : ''
}
