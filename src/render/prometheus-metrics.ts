// The metrics written for each portal: one entry per family, in the order they are written. A
// new report field (e.g. the verification's figures) is one more entry here.
import {JOB_KIND} from '../core/codes.js'
import type {Report} from '../report/shape.js'
import {wasVerified, type Verification} from '../report/verification.js'

export type Labels = Record<string, string>
export interface Sample {
  labels?: Labels
  value: number
}

export interface Family {
  name: string
  help: string
  /** Written for a report that could not be checked too (by default only after a verdict). */
  evenOnError?: boolean
  samples: (report: Report) => Sample[]
}

/** One sample, or none when `value` is `null` or `undefined` (not known for this portal). */
const one = (value: number | null | undefined): Sample[] =>
  value === null || value === undefined ? [] : [{value}]
const flag = (value: boolean): Sample[] => [{value: value ? 1 : 0}]
const unixSeconds = (iso: string | null | undefined): number | null =>
  iso ? Date.parse(iso) / 1000 : null
const isBackupJob = (report: Report) => report.progress?.backupProgressEnum === JOB_KIND.Backup

/** The restore check (`--verify`), when the report has one. */
export function verificationOf(report: Report): Verification | undefined {
  return report.verification
}
/** A figure of a verification that passed every check (the `verified-*` outputs' rule). */
const verifiedFigure = (report: Report, figure: 'bytes' | 'tables' | 'files'): Sample[] => {
  const verification = verificationOf(report)
  return verification && wasVerified(verification) ? one(verification[figure]) : []
}

export const FAMILIES: Family[] = [
  {
    name: 'docspace_backup_up',
    help: 'Whether the portal could be checked: 1 when a verdict was reached, 0 when not (see docspace_backup_reason).',
    evenOnError: true,
    samples: report => flag(report.status !== 'error')
  },
  {
    name: 'docspace_backup_healthy',
    help: 'Whether the backups are healthy: 1 healthy, 0 unhealthy or not checked.',
    evenOnError: true,
    samples: report => flag(report.status === 'healthy')
  },
  {
    name: 'docspace_backup_reason',
    help: 'Why the backups are unhealthy, or why they could not be checked: 1 per reason code.',
    evenOnError: true,
    samples: report => report.reasons.map(reason => ({labels: {reason}, value: 1}))
  },
  {
    name: 'docspace_backup_warning',
    help: 'Warnings of the check: 1 per warning code.',
    evenOnError: true,
    samples: report => report.warnings.map(warning => ({labels: {warning}, value: 1}))
  },
  {
    name: 'docspace_backup_check_timestamp_seconds',
    help: 'When the check ran, in Unix time.',
    evenOnError: true,
    samples: report => one(unixSeconds(report.checkedAt))
  },
  {
    name: 'docspace_backup_latest_created_timestamp_seconds',
    help: 'When the newest usable backup was created, in Unix time (absent when there is none).',
    samples: report => one(unixSeconds(report.latest?.createdOn))
  },
  {
    name: 'docspace_backup_max_age_seconds',
    help: 'The oldest acceptable age of the newest usable backup (the max-age in force).',
    samples: report => one(report.thresholds.maxAgeHours && report.thresholds.maxAgeHours * 3600)
  },
  {
    name: 'docspace_backup_usable_backups',
    help: 'Usable backups: not expired, not dated more than a day ahead.',
    samples: report => one(report.counts.usable)
  },
  {
    name: 'docspace_backup_min_usable_backups',
    help: 'The fewest usable backups that count as healthy (min-count).',
    samples: report => one(report.thresholds.minCount)
  },
  {
    name: 'docspace_backup_history_records',
    help: "Records in the portal's backup history, expired ones included.",
    samples: report => one(report.counts.history)
  },
  {
    name: 'docspace_backup_created_this_month',
    help: 'Backups created this calendar month (getbackupscount; absent before DocSpace 3.5).',
    samples: report => one(report.counts.createdThisMonth)
  },
  {
    name: 'docspace_backup_last_job_failed',
    help: 'Whether the latest backup job completed with an error.',
    samples: report =>
      flag(isBackupJob(report) && !!report.progress?.isCompleted && !!report.progress.error)
  },
  {
    name: 'docspace_backup_job_running',
    help: 'Whether a backup job is running.',
    samples: report => flag(isBackupJob(report) && report.progress?.isCompleted === false)
  },
  {
    name: 'docspace_backup_schedule_present',
    help: 'Whether the portal has an automatic backup schedule.',
    samples: report => flag(report.scheduleSummary !== null)
  },
  {
    name: 'docspace_backup_schedule_last_started_timestamp_seconds',
    help: 'When the schedule last started a backup, in Unix time (absent when it never has).',
    samples: report => one(unixSeconds(report.scheduleSummary?.lastStarted))
  },
  {
    name: 'docspace_backup_service_enabled',
    help: 'Whether the paid backup service is enabled (absent before DocSpace 3.5).',
    samples: report => (report.serviceEnabled === null ? [] : flag(report.serviceEnabled))
  },
  {
    name: 'docspace_backup_started_backup_duration_seconds',
    help: 'With --start-backup: seconds from starting the backup to the end of the wait.',
    samples: report => one(report.startedBackup?.seconds)
  },
  {
    name: 'docspace_backup_verified',
    help: 'With --verify: 1 when the newest backup passed every restore check, 0 when unreadable or corrupt (absent when nothing was verified).',
    samples: report => {
      const verified = wasVerified(verificationOf(report))
      return verified === null ? [] : flag(verified)
    }
  },
  {
    name: 'docspace_backup_verified_archive_bytes',
    help: 'With --verify: the size of the verified archive.',
    samples: report => verifiedFigure(report, 'bytes')
  },
  {
    name: 'docspace_backup_verified_tables',
    help: 'With --verify: database tables in the verified archive.',
    samples: report => verifiedFigure(report, 'tables')
  },
  {
    name: 'docspace_backup_verified_files',
    help: 'With --verify: storage files in the verified archive.',
    samples: report => verifiedFigure(report, 'files')
  },
  {
    name: 'docspace_backup_verify_duration_seconds',
    help: 'With --verify: seconds the download and restore check took.',
    samples: report => one(verificationOf(report)?.seconds)
  }
]
