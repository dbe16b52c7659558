// The archive's bytes as one stream, whatever happens on the wire: the request (redirects, the
// token only to the portal), a transport encoding decoded, and a body cut short picked up with
// `Range` from the byte where it stopped, so the check above it (gzip, tar, SHA-256) never sees
// the seam. Transient failures are tried again, `retries` times in all, with the portal's backoff.
import type {IncomingMessage} from 'node:http'
import type {Transform} from 'node:stream'
import {messageOf} from '../core/errors.js'
import {codingOf, decoderFor} from '../docspace/body.js'
import {delayBefore} from '../docspace/retry.js'
import {sleepUnless, type Timing} from '../time/clock.js'
import type {ExpectedSize} from './archive-check.js'
import {VerifyFailure, VerifyUnavailable} from './failure.js'
import {Cut, statusProblem, Unanswered} from './download-problem.js'
import {requestArchive, type ArchiveRequest} from './download-request.js'
import {bodyChunks} from './download-stream.js'

export interface DownloadSettings extends ArchiveRequest {
  /** Extra attempts, for a request and for a cut body alike. */
  retries: number
  /** The waits between attempts. */
  timing: Timing
}

/** Where a cut download picks up: the validator that says the archive is still the same. */
interface Resumable {
  validator: string
  /** The whole archive's length, when the first answer said. */
  total: number | null
}

export class Download implements AsyncIterable<Buffer> {
  /** Byte counts the archive must match: Content-Length, unless transport-encoded. */
  readonly expected: ExpectedSize[] = []
  /** Archive bytes handed on so far. */
  received = 0
  /** The transport encoding decoded on the way (`gzip`, …); `null`: none. */
  decoded: string | null = null
  /** How many times a cut body was picked up again. */
  resumed = 0
  private resumable: Resumable | null = null

  constructor(private readonly settings: DownloadSettings) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    let cut: Cut | null = null
    for (let retry = 0; ; retry++) {
      let chunks: AsyncIterable<Buffer>
      try {
        const {answer, url} = await requestArchive(this.settings, cut ? this.range() : {})
        chunks = cut ? this.resume(answer, url, cut) : this.first(answer, url)
      } catch (error) {
        if (error instanceof Unanswered && retry < this.settings.retries) {
          await this.wait(retry, error.retryAfter)
          continue
        }
        if (!cut) throw error instanceof Unanswered ? new VerifyUnavailable(error.message) : error
        if (error instanceof VerifyFailure || this.settings.signal.aborted) throw error
        throw new VerifyFailure(
          'transport',
          `${cut.message}; resuming it failed: ${messageOf(error)}`
        )
      }
      try {
        for await (const chunk of chunks) {
          this.received += chunk.length
          yield chunk
        }
        return
      } catch (error) {
        if (!(error instanceof Cut)) throw error
        const why = this.notResumed(retry)
        if (why) throw new VerifyFailure('transport', `${error.message} (${why})`)
        cut = error
        await this.wait(retry)
      }
    }
  }

  /** The first answer: the archive, its announced size and how it could be resumed. */
  private first(answer: IncomingMessage, url: URL): AsyncIterable<Buffer> {
    const status = answer.statusCode ?? 0
    if (status !== 200 && status !== 206) {
      answer.destroy()
      throw statusProblem(status, url.host, header(answer, 'retry-after'))
    }
    const encoding = header(answer, 'content-encoding')
    const coding = codingOf(encoding)
    if (coding === undefined) {
      answer.destroy()
      throw new VerifyUnavailable(
        `the storage sent the archive with Content-Encoding "${encoding}", which the check cannot decode`
      )
    }
    const length = Number(header(answer, 'content-length') ?? NaN)
    const known = Number.isSafeInteger(length) ? length : null
    if (coding === 'identity') {
      if (known !== null)
        this.expected.push({bytes: known, source: `Content-Length from ${url.host}`})
      const validator = strongEtag(header(answer, 'etag')) ?? header(answer, 'last-modified')
      if (validator && header(answer, 'accept-ranges') !== 'none')
        this.resumable = {validator, total: known}
    } else this.decoded = coding
    const decoder = coding === 'identity' ? null : {name: coding, stream: decoderFor(coding, 0x78)}
    return bodyChunks(answer, this.reading(url, decoder))
  }

  /** A resumed answer must be the rest of the same archive: 206 from the byte asked for. */
  private resume(answer: IncomingMessage, url: URL, cut: Cut): AsyncIterable<Buffer> {
    const status = answer.statusCode ?? 0
    const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header(answer, 'content-range') ?? '')
    const total = this.resumable?.total
    const fits =
      status === 206 &&
      range !== null &&
      Number(range[1]) === this.received &&
      (total === null || total === undefined || range[2] === String(total))
    if (fits) {
      this.resumed++
      return bodyChunks(answer, this.reading(url, null))
    }
    answer.destroy()
    const problem = statusProblem(status, url.host, header(answer, 'retry-after'))
    if (problem instanceof Unanswered) throw problem
    const changed =
      status === 200 ? ' with the whole archive (it changed, or cannot be resumed)' : ''
    throw new VerifyFailure(
      'transport',
      `${cut.message}; asked to resume from byte ${this.received}, ${url.host} answered HTTP ${status}${changed}`
    )
  }

  private range(): Record<string, string> {
    return {Range: `bytes=${this.received}-`, 'If-Range': this.resumable?.validator ?? ''}
  }

  /** Why a cut body is not picked up again; `null` when it is. */
  private notResumed(retry: number): string | null {
    if (this.decoded) return 'a transport-encoded download cannot be resumed'
    if (!this.resumable) return 'the storage gave no ETag or Last-Modified to resume it by'
    if (retry >= this.settings.retries)
      return `resumed ${this.resumed} ${this.resumed === 1 ? 'time' : 'times'}, retries used up`
    return null
  }

  private reading(url: URL, decoder: {name: string; stream: Transform} | null) {
    const {timeoutMs, signal} = this.settings
    return {host: url.host, timeoutMs, signal, before: this.received, decoder}
  }

  private wait(retry: number, retryAfter?: string): Promise<void> {
    const {timing, signal} = this.settings
    const answer = {status: 0, headers: retryAfter ? {'retry-after': retryAfter} : {}, body: ''}
    return sleepUnless(signal, timing, delayBefore(retry, answer, timing))
  }
}

function header(answer: IncomingMessage, name: string): string | undefined {
  const value = answer.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** A strong ETag (If-Range takes no weak one); `undefined` otherwise. */
function strongEtag(etag: string | undefined): string | undefined {
  return etag && !etag.startsWith('W/') ? etag : undefined
}
