// The report's `verification` object: what was checked, where from, and what was found.
import type {ArchiveFacts} from './archive-check.js'
import type {Level, VerifyFailure} from './failure.js'

export type VerifyOutcome = 'verified' | 'unreadable' | 'corrupt' | 'unavailable' | 'nothing'

export interface Verification {
  outcome: VerifyOutcome
  /** The backup checked (the newest usable one); `null` for a file on disk or nothing to check. */
  backupId: string | null
  fileName: string | null
  storageType: number | null
  /** Where the bytes came from, in words; only hosts, never a link. */
  source: string | null
  /** The level that failed. */
  check: Level | null
  /** Why it failed or could not run; `null` when verified. */
  message: string | null
  format: ArchiveFacts['format'] | null
  bytes: number | null
  sha256: string | null
  dump: boolean | null
  tables: number | null
  files: number | null
  /** `backup-incomplete`: the files left out, in words; `null` when none were. */
  incomplete: string | null
  /** One line per level passed. */
  levels: string[]
  seconds: number
}

export interface Subject {
  backupId: string | null
  fileName: string | null
  storageType: number | null
  source: string | null
}

const EMPTY = {check: null, message: null, format: null, bytes: null, sha256: null, dump: null, tables: null, files: null, incomplete: null, levels: []}

export function verified(subject: Subject, facts: ArchiveFacts, seconds: number, jobWarning: string | null): Verification {
  const left = facts.missingFiles === null ? null : `storage/missing_info lists ${facts.missingFiles} file(s) the backup left out`
  const incomplete = left ?? (jobWarning && /not included|missing_info/i.test(jobWarning) ? `the backup job warned: ${jobWarning}` : null)
  return {
    ...subject,
    ...EMPTY,
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

export function failed(subject: Subject, failure: VerifyFailure, levels: string[], seconds: number): Verification {
  return {
    ...subject,
    ...EMPTY,
    outcome: failure.code === 'backup-unreadable' ? 'unreadable' : 'corrupt',
    check: failure.level,
    message: failure.message,
    levels,
    seconds
  }
}

export function unavailable(subject: Subject, message: string, seconds = 0): Verification {
  return {...subject, ...EMPTY, outcome: 'unavailable', message, seconds}
}

export function nothingToVerify(message: string): Verification {
  return {backupId: null, fileName: null, storageType: null, source: null, ...EMPTY, outcome: 'nothing', message, seconds: 0}
}

/** The reason code a verification adds to the verdict, if any. */
export function verificationReason(verification: Verification): 'backup-unreadable' | 'backup-corrupt' | null {
  if (verification.outcome === 'unreadable') return 'backup-unreadable'
  return verification.outcome === 'corrupt' ? 'backup-corrupt' : null
}

/** The warning codes a verification adds. */
export function verificationWarnings(verification: Verification): ('backup-incomplete' | 'verify-unavailable')[] {
  if (verification.outcome === 'unavailable') return ['verify-unavailable']
  return verification.incomplete ? ['backup-incomplete'] : []
}
