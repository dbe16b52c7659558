// One answer's body, chunk by chunk, read with `for await`: the consumer's pace is the socket's
// (a slow check holds the socket rather than buffering the archive), `timeoutMs` bounds each wait
// for bytes, and the verify deadline ends it. A transport encoding is decoded on the way.
import type {IncomingMessage} from 'node:http'
import type {Transform} from 'node:stream'
import {VerifyFailure} from './failure.js'
import {Cut, describe} from './download-problem.js'

export interface BodyReading {
  host: string
  timeoutMs: number
  signal: AbortSignal
  /** Bytes of the archive already received before this answer (a resumed download). */
  before: number
  /** Decodes a `Content-Encoding`; `null` for none. */
  decoder: {name: string; stream: Transform} | null
}

/** Yields the body's (decoded) chunks; a body that stops before its end throws a Cut. */
export async function* bodyChunks(
  answer: IncomingMessage,
  reading: BodyReading
): AsyncGenerator<Buffer> {
  const {host, timeoutMs, signal, decoder} = reading
  let received = 0
  const at = (): number => reading.before + received
  let timer: NodeJS.Timeout | undefined
  const wait = (): void => {
    timer = setTimeout(
      () =>
        answer.destroy(
          new Cut(`no bytes from ${host} for ${timeoutMs / 1000} s, after ${at()} bytes`)
        ),
      timeoutMs
    )
  }
  const onAbort = (): void => void answer.destroy(signal.reason)
  signal.addEventListener('abort', onAbort, {once: true})
  let answerFailed = false
  answer.on('error', error => {
    answerFailed = true
    decoder?.stream.destroy(error)
  })
  const source: AsyncIterable<Buffer> = decoder ? answer.pipe(decoder.stream) : answer
  try {
    wait()
    for await (const chunk of source) {
      clearTimeout(timer)
      received += (chunk as Buffer).length
      yield chunk as Buffer
      wait()
    }
    if (!answer.complete)
      throw new Cut(`the connection to ${host} closed after ${at()} bytes, before the end`)
  } catch (error) {
    if (signal.aborted) throw signal.reason
    if (error instanceof Cut) throw error
    if (decoder && !answerFailed)
      throw new VerifyFailure(
        'transport',
        `the storage sent the archive with Content-Encoding ${decoder.name}, which does not decode: ${(error as Error).message}`
      )
    const code = (error as NodeJS.ErrnoException).code
    const cause = code === 'ECONNRESET' ? 'was cut' : `failed: ${describe(error as Error, host)}`
    throw new Cut(`the connection to ${host} ${cause} after ${at()} bytes, before the end`)
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', onAbort)
    answer.destroy()
    decoder?.stream.destroy()
  }
}
