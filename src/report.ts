// The report: everything a check found, as one JSON-ready object. Outputs, the summary, the log
// and the report file are all rendered from it.
import {DEFAULT_MAX_RUNTIME_HOURS, type Calendar, type StuckJob} from './diagnosis/index.js'
import {isoUtc} from './time/dates.js'
import type {NoVerdictError} from './errors.js'
import {scheduleWords} from './schedule-words.js'
import {redactSecrets} from './secrets/redact.js'
import type {ReasonCode, Status, WarningCode} from './codes.js'
import type {BackupRecord, PortalFacts, BackupJob} from './types.js'
import type {Thresholds, Verdict} from './verdict.js'
import {verificationReason, verificationWarnings, type Verification} from './verification.js'

/** Portal strings are cut to this length, so no answer can swell the report past 1 MiB. */
const MAX_PORTAL_STRING = 500
/** A schedule whose JSON is larger than this is reported without its raw payload. */
const MAX_SCHEDULE_JSON = 64 * 1024

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
  outcome: 'completed' | 'failed' | 'timeout' | 'missing'
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

interface ReportBase {
  portal: {base: string; host: string}
  checkedAt: Date
  thresholds: Thresholds
  warnings: WarningCode[]
  startedBackup?: StartedBackup
  /** Redacted from every portal string before it is cut to length: a cut would leave part of a
   * secret that no later search recognises. */
  secrets?: readonly string[]
}

/** The report of a check that reached a verdict. */
export function verdictReport(base: ReportBase, facts: PortalFacts, verdict: Verdict): Report {
  const clip = clipper(base.secrets)
  // At most NEWEST_KEPT (100): enough for any reader, bounded for any history.
  const backups = verdict.newestUsable.map(backup => reportBackup(backup, clip))
  return {
    ...header(base, verdict.status, verdict.reasons, [...base.warnings, ...verdict.warnings]),
    backups,
    latest: backups[0] ? {...backups[0], ageHours: verdict.newestAgeHours ?? 0} : null,
    schedule: boundedSchedule(facts.schedule?.raw ?? null),
    scheduleSummary: facts.schedule && {
      words: scheduleWords(facts.schedule),
      lastStarted: facts.schedule.lastBackupTime && isoUtc(facts.schedule.lastBackupTime)
    },
    progress: facts.latestJob && {
      ...facts.latestJob,
      error: clip(facts.latestJob.error),
      warning: facts.latestJob.warning && clip(facts.latestJob.warning),
      taskId: facts.latestJob.taskId && clip(facts.latestJob.taskId)
    },
    counts: {
      usable: verdict.usableCount,
      history: facts.history.length,
      createdThisMonth: facts.backupsCreated
    },
    serviceEnabled: facts.serviceEnabled,
    thresholds: thresholdsOf(base.thresholds, verdict.maxAgeInForceHours),
    ...findingsOf(verdict, clip)
  }
}

/** Only what the schedule had to say: a healthy report without a schedule stays as it was. */
function findingsOf(
  {findings}: Verdict,
  clip: Clip
): Pick<Report, 'diagnosis' | 'calendar' | 'stuckJob'> {
  return {
    // Portal text in the sentence is redacted, then cut, like every portal string.
    ...(findings.diagnosis ? {diagnosis: findings.diagnosis(clip)} : {}),
    ...(findings.calendar ? {calendar: findings.calendar} : {}),
    ...(findings.stuckJob ? {stuckJob: findings.stuckJob} : {})
  }
}

/** The report of a check that could not reach a verdict. */
export function errorReport(base: ReportBase, error: NoVerdictError): Report {
  return {
    ...header(base, 'error', [error.code], base.warnings),
    backups: [],
    latest: null,
    schedule: null,
    scheduleSummary: null,
    progress: null,
    counts: {usable: 0, history: 0, createdThisMonth: null},
    serviceEnabled: null,
    thresholds: thresholdsOf(base.thresholds, null),
    error: {code: error.code, message: error.message}
  }
}

function header(
  base: ReportBase,
  status: Status,
  reasons: Report['reasons'],
  warnings: WarningCode[]
) {
  return {
    portal: base.portal.base,
    host: base.portal.host,
    checkedAt: isoUtc(base.checkedAt),
    status,
    reasons,
    warnings: [...new Set(warnings)],
    ...(base.startedBackup
      ? {startedBackup: boundedStart(base.startedBackup, clipper(base.secrets))}
      : {})
  }
}

function thresholdsOf(
  thresholds: Thresholds,
  maxAgeInForceHours: number | null
): Report['thresholds'] {
  return {
    minCount: thresholds.minCount,
    maxAgeHours: maxAgeInForceHours,
    maxAge: thresholds.maxAge,
    graceHours: thresholds.graceHours,
    requireSchedule: thresholds.requireSchedule,
    maxRuntimeHours: thresholds.maxRuntimeHours ?? DEFAULT_MAX_RUNTIME_HOURS
  }
}

type Clip = (text: string) => string

function reportBackup(backup: BackupRecord, clip: Clip): ReportBackup {
  return {
    id: clip(backup.id),
    fileName: clip(backup.fileName),
    storageType: backup.storageType,
    createdOn: isoUtc(backup.createdOn),
    expiresOn: backup.expiresOn ? isoUtc(backup.expiresOn) : null
  }
}

/** Portal strings redacted, then cut to MAX_PORTAL_STRING. */
function clipper(secrets: readonly string[] = []): Clip {
  return text => {
    const redacted = redactSecrets(text, secrets)
    return redacted.length > MAX_PORTAL_STRING
      ? `${redacted.slice(0, MAX_PORTAL_STRING - 1)}…`
      : redacted
  }
}

function boundedSchedule(raw: unknown): unknown {
  if (raw === null) return null
  const size = JSON.stringify(raw).length
  return size > MAX_SCHEDULE_JSON
    ? {omitted: `the schedule's JSON is ${size} characters long`}
    : raw
}

/** The started job's id and error come from the portal: bounded like every portal string. */
function boundedStart(started: StartedBackup, clip: Clip): StartedBackup {
  return {
    ...started,
    id: started.id && clip(started.id),
    error: started.error && clip(started.error)
  }
}

/** The report with its restore check: a failed check is a reason, the rest are warnings. */
export function withVerification(report: Report, verification: Verification): Report {
  const reason = verificationReason(verification)
  const reasons = reason && !report.error ? [...report.reasons, reason] : report.reasons
  const status = report.status === 'healthy' && reasons.length > 0 ? 'unhealthy' : report.status
  const warnings = [...new Set([...report.warnings, ...verificationWarnings(verification)])]
  return {...report, status, reasons, warnings, verification}
}
