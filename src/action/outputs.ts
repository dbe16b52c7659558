// The step's outputs, pure: report in, name → value out.
import {formatHours} from '../time/durations.js'
import type {Report} from '../report/shape.js'
import {wasVerified} from '../report/verification.js'

/** Every output, in action.yml's order (test/repo/lists.test.ts holds action.yml to it). */
export const OUTPUT_NAMES = [
  'healthy',
  'status',
  'reasons',
  'warnings',
  'backups-count',
  'backups-created',
  'latest-backup-id',
  'latest-backup-file',
  'latest-backup-at',
  'latest-backup-age-hours',
  'max-age-hours',
  'schedule',
  'service-enabled',
  'report',
  'report-file',
  'issue-number',
  'started-backup-id',
  'started-backup-seconds',
  'verified',
  'verified-backup-id',
  'verified-bytes',
  'verified-sha256',
  'verified-tables',
  'verified-files'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/** The outputs the step sets itself, once it has written the file and kept the issue. */
export const STEP_OUTPUTS = ['report-file', 'issue-number'] as const

/** The outputs of a report: a missing one does not compile. */
export type Outputs = Record<Exclude<OutputName, (typeof STEP_OUTPUTS)[number]>, string>

/**
 * Every output of the contract. With an error, only `healthy`, `status`, `reasons`, `warnings`
 * and `report` carry values; the step adds `report-file` and `issue-number`.
 */
export function outputsOf(report: Report): Outputs {
  const errored = report.status === 'error'
  const latest = report.latest
  const started = report.startedBackup
  const when = (value: string): string => (errored ? '' : value)
  return {
    healthy: String(report.status === 'healthy'),
    status: report.status,
    reasons: JSON.stringify(report.reasons),
    warnings: JSON.stringify(report.warnings),
    'backups-count': when(String(report.counts.usable)),
    'backups-created': when(
      report.counts.createdThisMonth === null ? '' : String(report.counts.createdThisMonth)
    ),
    'latest-backup-id': latest?.id ?? '',
    'latest-backup-file': latest?.fileName ?? '',
    'latest-backup-at': latest?.createdOn ?? '',
    'latest-backup-age-hours': latest ? formatHours(latest.ageHours) : '',
    'max-age-hours':
      report.thresholds.maxAgeHours === null ? '' : formatHours(report.thresholds.maxAgeHours),
    schedule: report.schedule === null ? '' : JSON.stringify(report.schedule),
    'service-enabled': report.serviceEnabled === null ? '' : String(report.serviceEnabled),
    report: JSON.stringify(report),
    'started-backup-id': started?.id ?? '',
    'started-backup-seconds': started ? String(started.seconds) : '',
    ...verificationOutputs(report)
  }
}

/** `verified…`: empty when nothing was verified; the figures only when every check passed. */
function verificationOutputs(report: Report): Pick<Outputs, `verified${string}` & keyof Outputs> {
  const v = report.verification
  const verified = wasVerified(v)
  const figure = (value: number | string | null | undefined) =>
    verified && value !== null && value !== undefined ? String(value) : ''
  return {
    verified: verified === null ? '' : String(verified),
    'verified-backup-id': verified === null ? '' : (v?.backupId ?? ''),
    'verified-bytes': figure(v?.bytes),
    'verified-sha256': figure(v?.sha256),
    'verified-tables': figure(v?.tables),
    'verified-files': figure(v?.files)
  }
}
