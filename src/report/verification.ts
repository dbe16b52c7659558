// The report's `verification` object (opt-in `verify`): what was checked, where from, and what
// was found. Built by src/verify/; read by the verdict, the outputs and the summary.

/** The five levels of checks, weakest proof first; the first that fails decides. */
export const LEVELS = ['transport', 'gzip', 'tar', 'structure', 'completeness'] as const
export type Level = (typeof LEVELS)[number]

export type VerifyOutcome = 'verified' | 'unreadable' | 'corrupt' | 'unavailable' | 'nothing'

/** What a failure at `level` makes of the archive: unreadable (level 1) or corrupt (levels 2–5). */
export function outcomeAt(level: Level): 'unreadable' | 'corrupt' {
  return level === 'transport' ? 'unreadable' : 'corrupt'
}

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
  format: 'tar.gz' | 'tar' | null
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

export const NOT_CHECKED = {
  check: null,
  message: null,
  format: null,
  bytes: null,
  sha256: null,
  dump: null,
  tables: null,
  files: null,
  incomplete: null,
  levels: []
}

export function nothingToVerify(message: string): Verification {
  return {
    backupId: null,
    fileName: null,
    storageType: null,
    source: null,
    ...NOT_CHECKED,
    outcome: 'nothing',
    message,
    seconds: 0
  }
}

/**
 * Was the archive checked? `true`: every check passed; `false`: unreadable or corrupt; `null`:
 * nothing was verified (no verification, nothing to verify, or verify-unavailable). The `verified`
 * output and the `docspace_backup_verified` metric both say this.
 */
export function wasVerified(verification: Verification | undefined): boolean | null {
  if (verification === undefined) return null
  if (verification.outcome === 'verified') return true
  return verification.outcome === 'unreadable' || verification.outcome === 'corrupt' ? false : null
}

/** The reason code a verification adds to the verdict, if any. */
export function verificationReason(
  verification: Verification
): 'backup-unreadable' | 'backup-corrupt' | null {
  if (verification.outcome === 'unreadable') return 'backup-unreadable'
  return verification.outcome === 'corrupt' ? 'backup-corrupt' : null
}

/** The warning codes a verification adds. */
export function verificationWarnings(
  verification: Verification
): ('backup-incomplete' | 'verify-unavailable')[] {
  if (verification.outcome === 'unavailable') return ['verify-unavailable']
  return verification.incomplete ? ['backup-incomplete'] : []
}
