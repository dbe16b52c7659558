// The report's JSON shape, apart from how it is built: every renderer and the CLI read it.
import type {Calendar, StuckJob} from '../verdict/diagnosis/index.js'
import type {NoVerdictError} from '../core/errors.js'
import type {ReasonCode, Status, WarningCode} from '../core/codes.js'
import type {BackupJob} from '../core/portal-facts.js'
import type {Verification} from './verification.js'

export interface ReportBackup {
  id: string
  fileName: string
  storageType: number
  createdOn: string
  /** `null`: never expires. */
  expiresOn: string | null
}

export interface StartedBackup {
  id: string | null
  seconds: number
  outcome: 'completed' | 'failed' | 'timeout' | 'cancelled' | 'missing'
  error: string | null
}

export interface Heartbeat {
  /** The provider whose forms were used (`auto` resolved). */
  provider: string
  /** What the ping said: success when healthy, failure otherwise. */
  signal: 'success' | 'failure'
  delivered: boolean
  attempts: number
  /** Why it was not delivered (never the URL). */
  problem?: string
}

export interface Report {
  portal: string
  host: string
  checkedAt: string
  status: Status
  reasons: (ReasonCode | NoVerdictError['code'])[]
  warnings: WarningCode[]
  backups: ReportBackup[]
  latest: (ReportBackup & {ageHours: number}) | null
  /** The schedule as the portal gave it (the `schedule` output). */
  schedule: unknown
  /** The schedule for people: in words, and when it last started (`null`: never). */
  scheduleSummary: {words: string; lastStarted: string | null} | null
  progress: BackupJob | null
  counts: {usable: number; history: number; createdThisMonth: number | null}
  serviceEnabled: boolean | null
  thresholds: {
    minCount: number
    maxAgeHours: number | null
    maxAge: number | 'auto'
    graceHours: number
    requireSchedule: boolean
    maxRuntimeHours: number
  }
  /** For `stale` and `no-backups`: the likely cause and what to do, in one sentence. */
  diagnosis?: string
  /** A daily or weekly schedule's recent periods: the calendar strip and `missed-backups`. */
  calendar?: Calendar
  /** `backup-stuck`: the job running too long since the schedule started it. */
  stuckJob?: StuckJob
  startedBackup?: StartedBackup
  /** With `verify` on: the restore check of the newest usable backup. */
  verification?: Verification
  /** With `ping-url`: the heartbeat sent at the end of the run. */
  heartbeat?: Heartbeat
  error?: {code: NoVerdictError['code']; message: string}
}
