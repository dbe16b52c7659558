// The body fed to the check one chunk at a time, paused while the check works: a slow check
// holds the socket rather than buffering the archive.
import type {IncomingMessage} from 'node:http'
import {messageOf} from '../core/errors.js'
import type {ArchiveCheck} from './archive-check.js'
import {describe, DownloadProblem, type Cancel} from './download-problem.js'

/** Feeds the body to the check, one chunk at a time; `timeoutMs` bounds each wait for bytes. */
export function stream(
  answer: IncomingMessage,
  url: URL,
  timeoutMs: number,
  check: ArchiveCheck,
  cancel: Cancel
): Promise<void> {
  return new Promise((resolve, reject) => {
    let received = 0
    let timer: NodeJS.Timeout | undefined
    let done = false
    const finish = (problem?: DownloadProblem): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      if (problem) {
        answer.destroy()
        reject(problem)
      } else resolve()
    }
    const wait = (): void => {
      clearTimeout(timer)
      timer = setTimeout(
        () =>
          finish(
            new DownloadProblem(
              `no bytes from ${url.host} for ${timeoutMs / 1000} s, after ${received} bytes`
            )
          ),
        timeoutMs
      )
    }
    cancel.stop = problem => finish(problem)
    answer.on('data', (chunk: Buffer) => {
      received += chunk.length
      clearTimeout(timer)
      answer.pause()
      check.write(chunk).then(
        () => {
          if (done) return
          // A level failed: the verdict is known, the rest need not cross the network.
          if (check.decided) {
            answer.destroy()
            return finish()
          }
          wait()
          answer.resume()
        },
        error => finish(new DownloadProblem(messageOf(error)))
      )
    })
    answer.on('end', () => finish())
    answer.on('error', error =>
      finish(
        new DownloadProblem(
          `the connection to ${url.host} failed after ${received} bytes: ${describe(error)}`
        )
      )
    )
    answer.on('close', () => {
      if (!answer.complete)
        finish(
          new DownloadProblem(
            `the connection to ${url.host} closed after ${received} bytes, before the end`
          )
        )
    })
    wait()
  })
}
