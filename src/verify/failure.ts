// A verification that failed: which level of checks, and the contract's code for it.

import type {Level} from '../report/verification.js'

export type FailureCode = 'backup-unreadable' | 'backup-corrupt'

export class VerifyFailure extends Error {
  readonly code: FailureCode
  constructor(
    readonly level: Level,
    message: string
  ) {
    super(message)
    this.name = 'VerifyFailure'
    this.code = level === 'transport' ? 'backup-unreadable' : 'backup-corrupt'
  }
}
