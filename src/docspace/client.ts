// The DocSpace API as the checks need it: authenticated GETs with retries, one unretried POST,
// every failure turned into the contract's CheckError.
import type {Portal} from '../inputs/portal-url.js'
import {payloadOf} from './envelope.js'
import {exchange, TransportError, type HttpAnswer, type HttpRequest} from './http.js'
import {badResponse, errorForStatus, errorForTransport, type ErrorContext} from './http-errors.js'
import {withRetries, type RetryTiming} from './retry.js'
import {ShapeError} from './shapes.js'

// The contract names 16 MiB; a 100,000-record history is ~17.2 MB, so the cap is 32 MiB: still
// bounded against hostile answers, and enough for any real history (see README, Limits).
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface ClientSettings {
  portal: Portal
  token: string
  timeoutMs: number
  retries: number
  timing: RetryTiming
  /** Called each time every request made so far has been sent: the portal is now working. */
  onAllSent?: () => void
}

/** Turns a payload (`null` when the envelope has none) into a value; throws ShapeError. */
export type PayloadParser<T> = (payload: unknown) => T

/** What a route answered: its parsed payload, or `missing` when an optional route is 404. */
export type Answer<T> = {found: true; value: T} | {found: false}

export class DocSpaceClient {
  private unsent = 0

  constructor(private readonly settings: ClientSettings) {}

  /**
   * GET `/api/2.0/backup/<route>`, parsed. With `allowMissing`, a 404 is `{found: false}`;
   * every other failure throws a CheckError.
   */
  async get<T>(
    route: string,
    query: Record<string, string>,
    parse: PayloadParser<T>,
    allowMissing = false
  ): Promise<Answer<T>> {
    const url = this.url(route, query)
    const context = this.context('GET', route)
    const outcome = await withRetries(
      () => exchange(this.request(url, 'GET')),
      this.settings.retries,
      this.settings.timing
    )
    const errorContext = {...context, retriesUsed: outcome.retriesUsed}
    if (outcome.error) throw errorForTransport(outcome.error, errorContext)
    const answer = outcome.answer as HttpAnswer
    if (answer.status === 404 && allowMissing) return {found: false}
    return {found: true, value: this.parsed(answer, errorContext, parse)}
  }

  /** POST `/api/2.0/backup/<route>`, sent once: never retried, it is not idempotent. */
  async post<T>(route: string, body: unknown, parse: PayloadParser<T>): Promise<T> {
    const context = this.context('POST', route)
    const request = {...this.request(this.url(route, {}), 'POST'), body: JSON.stringify(body)}
    request.headers['Content-Type'] = 'application/json'
    let answer: HttpAnswer
    try {
      answer = await exchange(request)
    } catch (error) {
      if (error instanceof TransportError) throw errorForTransport(error, context)
      throw error
    }
    return this.parsed(answer, context, parse)
  }

  /** `GET /api/2.0/backup/<route>`, as messages name an endpoint. */
  endpoint(method: string, route: string): string {
    return `${method} ${new URL(this.url(route, {})).pathname}`
  }

  private parsed<T>(answer: HttpAnswer, context: ErrorContext, parse: PayloadParser<T>): T {
    if (answer.status < 200 || answer.status > 299) throw errorForStatus(answer, context)
    const read = payloadOf(answer.body)
    if ('problem' in read) throw badResponse(context, read.problem)
    try {
      return parse(read.payload)
    } catch (error) {
      if (error instanceof ShapeError)
        throw badResponse(context, `has the wrong shape: it ${error.message}`)
      throw error
    }
  }

  private url(route: string, query: Record<string, string>): URL {
    const url = new URL(`${this.settings.portal.base}/api/2.0/backup/${route}`)
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
    return url
  }

  private request(url: URL, method: 'GET' | 'POST'): HttpRequest {
    this.unsent++
    return {
      onSent: () => {
        if (--this.unsent === 0) this.settings.onAllSent?.()
      },
      url,
      method,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${this.settings.token}`,
        'User-Agent': 'docspace-backup-check'
      } as Record<string, string>,
      timeoutMs: this.settings.timeoutMs,
      maxBytes: MAX_BODY_BYTES
    }
  }

  private context(method: string, route: string): ErrorContext {
    return {
      endpoint: this.endpoint(method, route),
      secrets: [this.settings.token],
      retriesUsed: 0,
      timeoutMs: this.settings.timeoutMs
    }
  }
}
