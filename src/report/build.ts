// The report: everything a check found, as one JSON-ready object. Outputs, the summary, the log
// and the report file are all rendered from it.
import {isoUtc} from '../time/dates.js'
import type {NoVerdictError} from '../core/errors.js'
import {scheduleWords} from './schedule-words.js'
import type {Status, WarningCode} from '../core/codes.js'
import {boundedSchedule, boundedStart, clipper, reportBackup, type Clip} from './bounds.js'
import type {Report, StartedBackup} from './shape.js'
import type {PortalFacts} from '../core/portal-facts.js'
import type {Thresholds, Verdict} from '../verdict/verdict.js'
import {verificationReason, verificationWarnings, type Verification} from './verification.js'

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
    maxRuntimeHours: thresholds.maxRuntimeHours
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
