// The two ways a verification ends short of `verified`, one class each, carried as they are
// from where it happened to the report (outcome.ts): the backup's fault, a level of checks that
// failed (unreadable or corrupt); or the check's, which could not get to a verdict
// (verify-unavailable). docs/CONTRACT.md's table says which failure is which.
import {outcomeAt, type Level} from '../report/verification.js'

/** The archive failed a level of checks: the backup's fault. */
export class VerifyFailure extends Error {
  readonly outcome: 'unreadable' | 'corrupt'
  constructor(
    readonly level: Level,
    message: string
  ) {
    super(message)
    this.name = 'VerifyFailure'
    this.outcome = outcomeAt(level)
  }
}

/** The check could not reach a verdict on the archive (`verify-unavailable`): not the backup's
 * fault. The message says why and what would allow it. */
export class VerifyUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'VerifyUnavailable'
  }
}
