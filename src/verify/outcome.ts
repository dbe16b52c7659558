// The report's `verification` from how the check ended: the archive's facts, the VerifyFailure
// of the level that failed, or why the check was unavailable.
import {NOT_CHECKED, type Verification} from '../report/verification.js'
import type {ArchiveFacts} from './archive-check.js'
import type {VerifyFailure, VerifyUnavailable} from './failure.js'

export interface Subject {
  backupId: string | null
  fileName: string | null
  storageType: number | null
  source: string | null
}

export function verified(
  subject: Subject,
  facts: ArchiveFacts,
  seconds: number,
  jobWarning: string | null
): Verification {
  const left =
    facts.missingFiles === null
      ? null
      : `storage/missing_info lists ${facts.missingFiles} file(s) the backup left out`
  const incomplete =
    left ??
    (jobWarning && /not included|missing_info/i.test(jobWarning)
      ? `the backup job warned: ${jobWarning}`
      : null)
  return {
    ...subject,
    ...NOT_CHECKED,
    outcome: 'verified',
    format: facts.format,
    bytes: facts.bytes,
    sha256: facts.sha256,
    dump: facts.dump,
    tables: facts.tables,
    files: facts.files,
    incomplete,
    levels: facts.levels,
    seconds
  }
}

export function failed(
  subject: Subject,
  failure: VerifyFailure,
  levels: string[],
  seconds: number
): Verification {
  return {
    ...subject,
    ...NOT_CHECKED,
    outcome: failure.outcome,
    check: failure.level,
    message: failure.message,
    levels,
    seconds
  }
}

export function unavailable(
  subject: Subject,
  why: VerifyUnavailable,
  seconds: number
): Verification {
  return {...subject, ...NOT_CHECKED, outcome: 'unavailable', message: why.message, seconds}
}
