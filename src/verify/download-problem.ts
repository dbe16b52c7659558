// Why a download stopped, in words (hosts only, never a link), and whose fault it is: the
// statuses and socket errors sorted as docs/CONTRACT.md's table says. Shared by the request,
// the body stream and the resume without importing one another.
import {VerifyFailure, VerifyUnavailable} from './failure.js'

/** No answer yet, or a status a retry may change (408, 429, 5xx): tried again while retries
 * last, then `verify-unavailable` (the storage said nothing about the archive). */
export class Unanswered extends Error {
  constructor(
    message: string,
    /** `Retry-After` of the answer, when it had one. */
    readonly retryAfter?: string
  ) {
    super(message)
    this.name = 'Unanswered'
  }
}

/** The body stopped before its end (a cut connection, a stall): resumed while it can be, then
 * `backup-unreadable`. */
export class Cut extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'Cut'
  }
}

/** An answer that is not the archive: whose fault, by its status. */
export function statusProblem(status: number, host: string, retryAfter?: string): Error {
  const said = `the download from ${host} answered HTTP ${status}`
  if (status === 401 || status === 403)
    return new VerifyUnavailable(
      `${said}: the key may not read this file (it needs files:read or *:read, and a DocSpace admin), or the link has expired`
    )
  if (status === 404 || status === 410)
    return new VerifyFailure('transport', `${said}: the archive is gone from the storage`)
  if (status === 408 || status === 429 || status >= 500) return new Unanswered(said, retryAfter)
  return new VerifyFailure('transport', said)
}

const IN_WORDS: Record<string, (host: string) => string> = {
  ECONNREFUSED: host => `nothing answers at ${host} (connection refused)`,
  ECONNRESET: host => `${host} reset the connection`,
  ENOTFOUND: host => `the name ${host} does not resolve`,
  EAI_AGAIN: host => `the name ${host} could not be resolved (the name server did not answer)`,
  ETIMEDOUT: host => `the connection to ${host} timed out`,
  EHOSTUNREACH: host => `${host} cannot be reached (no route)`
}

/** A failed request: tried again, unless no retry can change it (TLS that will not be). */
export function requestProblem(error: NodeJS.ErrnoException, host: string): Error {
  const said = `the download from ${host} failed: ${describe(error, host)}`
  const final = /wrong version number|CERT|SELF_SIGNED|ALTNAME|UNABLE_TO/i.test(
    `${error.code ?? ''} ${error.message}`
  )
  return final ? new VerifyUnavailable(said) : new Unanswered(said)
}

/** A socket or TLS error in words, with its code; OpenSSL's source paths left out. */
export function describe(error: NodeJS.ErrnoException, host: string): string {
  const message = error.message.replace(/:?\.\.\/deps\/\S*/g, '').trim()
  if (/wrong version number/i.test(message) || error.code === 'ERR_SSL_WRONG_VERSION_NUMBER')
    return `${host} did not answer in TLS: the link says https, but the server on that port speaks plain http (a storage set to use http?) (${error.code ?? 'EPROTO'})`
  const words = error.code ? IN_WORDS[error.code] : undefined
  if (words) return `${words(host)} (${error.code})`
  if (error.code && /CERT|SELF_SIGNED|ALTNAME|UNABLE_TO/.test(error.code))
    return `the certificate of ${host} is not trusted (${error.code}); for a private CA, set NODE_EXTRA_CA_CERTS`
  return error.code ? `${error.code}: ${message}` : message
}
