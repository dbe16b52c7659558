// The DocSpace API as the checks need it: authenticated GETs with retries, one unretried POST,
// every failure turned into the contract's NoVerdictError.
import type {Portal} from '../inputs/portal-url.js'
import {payloadOf} from './envelope.js'
import {exchange, type HttpAnswer, type HttpRequest} from './http.js'
import {TransportError} from './transport-error.js'
import {badResponse, errorForStatus, errorForTransport, type ErrorContext} from './http-errors.js'
import type {Timing} from '../time/clock.js'
import {withRetries} from './retry.js'
import type {Route} from './route.js'
import {ShapeError} from './shape-values.js'

// The contract names 16 MiB; a 100,000-record history is ~17.2 MB, so the cap is 32 MiB: still
// bounded against hostile answers, and enough for any real history (README, "Choices").
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface ClientSettings {
  portal: Portal
  token: string
  timeoutMs: number
  retries: number
  timing: Timing
  /** The proxy (`proxyFor` the portal) and, in tests, a resolver. */
  route: Route
  /** The proxy passwords in every form: kept out of every message, as the token is. */
  proxySecrets: readonly string[]
  /** Called each time every request made so far has been sent: the portal is now working. */
  onAllSent?: () => void
}

/** Turns a payload (`null` when the envelope has none) into a value; throws ShapeError. */
export type PayloadParser<T> = (payload: unknown) => T

export class DocSpaceClient {
  private unsent = 0

  constructor(private readonly settings: ClientSettings) {}

  /** GET `/api/2.0/backup/<route>`, parsed. Every failure, a 404 too, throws a NoVerdictError. */
  async get<T>(route: string, query: Record<string, string>, parse: PayloadParser<T>): Promise<T> {
    const {answer, context} = await this.fetch(route, query)
    return this.parsed(answer, context, parse)
  }

  /** GET of a route that only newer portals have: `null` when it answers 404. */
  async getIfPresent<T>(route: string, parse: PayloadParser<T>): Promise<T | null> {
    const {answer, context} = await this.fetch(route, {})
    return answer.status === 404 ? null : this.parsed(answer, context, parse)
  }

  /**
   * GET `/api/2.0/<path>` outside the backup routes (the Files API of `verify`), parsed. `signal`
   * (verify's deadline) ends it, retries and their waits too, rejecting with its reason.
   */
  async getApi<T>(
    path: string,
    query: Record<string, string>,
    parse: PayloadParser<T>,
    signal?: AbortSignal
  ): Promise<T> {
    // `backup/../files/1` is `/api/2.0/files/1` once the URL is resolved.
    const {answer, context} = await this.fetch(`../${path}`, query, signal)
    return this.parsed(answer, context, parse)
  }

  /** The answer to a GET, with retries; a request that never got one throws a NoVerdictError. */
  private async fetch(
    route: string,
    query: Record<string, string>,
    signal?: AbortSignal
  ): Promise<{answer: HttpAnswer; context: ErrorContext}> {
    const url = this.url(route, query)
    const outcome = await withRetries(
      () => exchange({...this.request(url, 'GET'), signal}),
      this.settings.retries,
      this.settings.timing,
      signal
    )
    const context = {...this.context('GET', route), retriesUsed: outcome.retriesUsed}
    if (outcome.error) throw errorForTransport(outcome.error, context)
    return {answer: outcome.answer as HttpAnswer, context}
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
        'Accept-Encoding': 'gzip',
        Authorization: `Bearer ${this.settings.token}`,
        'User-Agent': 'docspace-backup-check'
      } as Record<string, string>,
      timeoutMs: this.settings.timeoutMs,
      maxBytes: MAX_BODY_BYTES,
      route: this.settings.route
    }
  }

  private context(method: string, route: string): ErrorContext {
    return {
      endpoint: this.endpoint(method, route),
      secrets: [this.settings.token, ...this.settings.proxySecrets],
      retriesUsed: 0,
      timeoutMs: this.settings.timeoutMs
    }
  }
}
