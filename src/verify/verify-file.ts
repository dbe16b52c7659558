// `docspace-backup-check verify-file PATH`: the same checks on an archive on disk (a Local
// backup on the server, a copy from S3). `.tar.gz` or `.tar` is told from its first bytes.
import {createReadStream} from 'node:fs'
import {basename} from 'node:path'
import {messageOf} from '../core/errors.js'
import {ArchiveCheck} from './archive-check.js'
import {VerifyFailure} from './failure.js'
import type {Verification} from '../report/verification.js'
import {failed, verified} from './outcome.js'

/** Reads in pieces this large: few enough calls, memory still small. */
const READ_CHUNK = 256 * 1024

export async function verifyFile(
  path: string,
  now: () => number = Date.now
): Promise<Verification> {
  const started = now()
  const subject = {
    backupId: null,
    fileName: basename(path),
    storageType: null,
    source: 'a file on disk'
  }
  const check = new ArchiveCheck(null)
  try {
    for await (const chunk of createReadStream(path, {highWaterMark: READ_CHUNK}))
      await check.write(chunk as Buffer)
  } catch (error) {
    check.abort(`the file could not be read: ${messageOf(error)}`)
  }
  const seconds = (now() - started) / 1000
  try {
    return verified(subject, await check.end(), seconds, null)
  } catch (error) {
    if (!(error instanceof VerifyFailure)) throw error
    return failed(subject, error, check.levels, seconds)
  }
}
