// What went wrong when an exchange produced no usable answer, sorted by what a retry can change.
import {ProxyError} from './tunnel.js'

export type TransportKind =
  /** No answer in time: retried. */
  | 'timeout'
  /** DNS, connection or proxy failure: retried unless `final`. */
  | 'unreachable'
  /** The body passed the size cap (once decoded): never retried. */
  | 'too-large'
  /** The portal answered, but not in HTTP one can read (headers, encoding): never retried. */
  | 'malformed'
  /** The portal's certificate is not trusted: never retried. */
  | 'untrusted'

/** The exchange did not produce a whole answer. */
export class TransportError extends Error {
  constructor(
    readonly kind: TransportKind,
    message: string,
    readonly options: {
      /** An `unreachable` that a retry cannot change (a proxy's 407). */
      final?: boolean
      /** The proxy's own failure: the message names it. */
      proxy?: boolean
    } = {}
  ) {
    super(message)
    this.name = 'TransportError'
  }

  get retryable(): boolean {
    return (this.kind === 'timeout' || this.kind === 'unreachable') && !this.options.final
  }
}

// OpenSSL's verification failures as node names them: a certificate that will not be trusted
// on the next attempt either.
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID'
])

/** A socket, TLS, parser or proxy error as the contract sees it. */
export function transportErrorOf(error: Error): TransportError {
  if (error instanceof TransportError) return error
  if (error instanceof ProxyError)
    return new TransportError('unreachable', error.message, {final: error.final, proxy: true})
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const detail = code ? `${code}: ${error.message}` : error.message
  if (UNTRUSTED.has(code)) return new TransportError('untrusted', detail)
  // llhttp's parse errors: oversized or conflicting headers, a broken chunk. The portal (or
  // something in front of it) answered, and will answer the same way again.
  if (code.startsWith('HPE_'))
    return new TransportError('malformed', `is not valid HTTP (${detail})`)
  return new TransportError('unreachable', detail)
}
