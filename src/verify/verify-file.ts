// `docspace-backup-check verify-file PATH`: the same checks on an archive on disk (a Local
// backup on the server, a copy from S3). `.tar.gz` or `.tar` is told from its first bytes.
// Reading stops at the first failure (zeros or an HTML page are known at byte 512), and the
// whole check has a deadline of its own, `--verify-timeout`.
import {createReadStream, statSync} from 'node:fs'
import {basename} from 'node:path'
import {messageOf} from '../core/errors.js'
import type {Verification} from '../report/verification.js'
import {ArchiveCheck} from './archive-check.js'
import {humanBytes} from '../core/figures.js'
import {VerifyFailure, VerifyUnavailable} from './failure.js'
import {failed, unavailable, verified} from './outcome.js'

/** Reads in pieces this large: few enough calls, memory still small. */
const READ_CHUNK = 256 * 1024

export interface VerifyFileOptions {
  /** `--verify-timeout`, for the message; the deadline itself is `signal`. */
  timeoutMs: number
  /** Aborts when the deadline passes (`AbortSignal.timeout(timeoutMs)` unless given). */
  signal?: AbortSignal
  now?: () => number
}

export async function verifyFile(path: string, options: VerifyFileOptions): Promise<Verification> {
  const now = options.now ?? Date.now
  const signal = options.signal ?? AbortSignal.timeout(options.timeoutMs)
  const started = now()
  const subject = {
    backupId: null,
    fileName: basename(path),
    storageType: null,
    source: 'a file on disk'
  }
  const check = new ArchiveCheck(null)
  let read = 0
  try {
    for await (const chunk of createReadStream(path, {highWaterMark: READ_CHUNK, signal})) {
      if (signal.aborted) break
      read += (chunk as Buffer).length
      await check.write(chunk as Buffer)
      if (check.decided) break
    }
  } catch (error) {
    if (!signal.aborted) check.abort(`the file could not be read: ${messageOf(error)}`)
  }
  const seconds = (now() - started) / 1000
  if (signal.aborted && !check.decided)
    return unavailable(
      subject,
      new VerifyUnavailable(timedOut(path, options.timeoutMs, read)),
      seconds
    )
  try {
    return verified(subject, await check.end(), seconds, null)
  } catch (error) {
    if (!(error instanceof VerifyFailure)) throw error
    return failed(subject, error, check.levels, seconds)
  }
}

function timedOut(path: string, timeoutMs: number, read: number): string {
  let size = ''
  try {
    size = ` of ${humanBytes(statSync(path).size)}`
  } catch {
    // The size only adds to the message.
  }
  return `verify-timeout (${timeoutMs / 1000} s) passed after ${humanBytes(read)}${size} had been read: the archive was not judged; give --verify-timeout more time`
}
