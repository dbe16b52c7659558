// What the verdict weighed, one criterion per row: the summary's table and the log's lines
// come from the same rows.
import {formatHours, humanDuration} from '../time/durations.js'
import type {Report} from '../report/shape.js'
import {jobStateWords, plural} from './words.js'

export type Outcome = 'pass' | 'fail' | 'warn' | 'skip'

export interface CriterionRow {
  criterion: string
  threshold: string
  observed: string
  outcome: Outcome
}

/** The rows of a report that reached a verdict (none for an error). */
export function criterionRows(report: Report): CriterionRow[] {
  if (report.status === 'error') return []
  const failed = new Set<string>(report.reasons)
  const rows: CriterionRow[] = []
  if (report.startedBackup) rows.push(startedBackupRow(report, failed))
  rows.push(
    {
      criterion: 'Usable backups',
      threshold: `at least ${report.thresholds.minCount}`,
      observed: `${report.counts.usable} ${plural(report.counts.usable, 'backup')}`,
      outcome: failed.has('no-backups') || failed.has('too-few-backups') ? 'fail' : 'pass'
    },
    newestRow(report, failed),
    {
      criterion: 'Schedule',
      threshold: report.thresholds.requireSchedule ? 'required' : 'optional',
      observed: report.scheduleSummary?.words ?? 'none',
      outcome: failed.has('no-schedule') ? 'fail' : report.scheduleSummary ? 'pass' : 'warn'
    },
    lastJobRow(report, failed)
  )
  return rows
}

function newestRow(report: Report, failed: Set<string>): CriterionRow {
  const threshold = `at most ${formatHours(report.thresholds.maxAgeHours ?? 0)} h${report.thresholds.maxAge === 'auto' ? ' (auto)' : ''}`
  const latest = report.latest
  return {
    criterion: 'Newest backup age',
    threshold,
    observed: latest
      ? `${formatHours(latest.ageHours)} h (${humanDuration(latest.ageHours * 3600)}), ${latest.createdOn}`
      : 'no backup',
    outcome: failed.has('stale') ? 'fail' : latest ? 'pass' : 'skip'
  }
}

function lastJobRow(report: Report, failed: Set<string>): CriterionRow {
  const job = report.progress
  return {
    criterion: 'Last backup job',
    threshold: 'no error',
    observed: job ? jobStateWords(job) : 'no job in the last 24 h',
    outcome: failed.has('last-backup-failed')
      ? 'fail'
      : job && !job.isCompleted
        ? 'warn'
        : job
          ? 'pass'
          : 'skip'
  }
}

function startedBackupRow(report: Report, failed: Set<string>): CriterionRow {
  const started = report.startedBackup!
  const outcome = [
    'started-backup-failed',
    'started-backup-timeout',
    'started-backup-cancelled',
    'started-backup-missing'
  ].some(code => failed.has(code))
  return {
    criterion: 'Started backup',
    threshold: 'completes and is in the history',
    observed: `${started.outcome} after ${humanDuration(started.seconds)}${started.error ? `: ${started.error}` : ''}`,
    outcome: outcome ? 'fail' : 'pass'
  }
}
