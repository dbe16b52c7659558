// The report in words: what people read in the summary, the log and the annotations.
import {formatHours, humanDuration} from '../time/durations.js'
import type {Report} from '../report/shape.js'
import {REASON_CODES, type ReasonCode, type Status, type WarningCode} from '../core/codes.js'
import type {BackupJob} from '../core/portal-facts.js'
import {missedWords, PING_PROVIDER_UNKNOWN, pingFailedWords, stuckWords} from './findings-words.js'

/** What each status says of the backups. */
export const STATUS_WORDS: Record<Status, string> = {
  healthy: 'healthy',
  unhealthy: 'unhealthy',
  error: 'could not be checked'
}

/**
 * `DocSpace backups unhealthy: portal.example.com`: the first line wherever a check is shown.
 * `loud`: an unhealthy verdict in capitals, for a terminal, which has no icons.
 */
export function statusHeadline(status: Status, host: string, loud = false): string {
  const words = STATUS_WORDS[status]
  return `DocSpace backups ${loud && status === 'unhealthy' ? words.toUpperCase() : words}: ${host}`
}

/** `running, 45%`, `failed at 12%: Disk full`, `completed without error`, and any warning. */
export function jobStateWords(job: BackupJob): string {
  const state = !job.isCompleted
    ? `running, ${job.progress}%`
    : job.error
      ? `failed at ${job.progress}%: ${job.error.replace(/\.$/, '')}`
      : 'completed without error'
  return job.warning ? `${state} (warning: ${job.warning.replace(/\.$/, '')})` : state
}

/** One sentence per reason code, with the figures behind it. */
export function reasonWords(code: Report['reasons'][number], report: Report): string {
  const {thresholds, counts, latest} = report
  const maxAgeInForceHours = formatHours(thresholds.maxAgeHours ?? 0)
  const sentences: Record<ReasonCode, string> = {
    'no-backups': 'There is no usable backup.',
    'too-few-backups': `Only ${counts.usable} usable ${plural(counts.usable, 'backup')}, fewer than min-count ${thresholds.minCount}.`,
    stale: latest
      ? `The newest usable backup is ${formatHours(latest.ageHours)} h old (${humanDuration(latest.ageHours * 3600)}), over the max-age of ${maxAgeInForceHours} h.`
      : 'The newest usable backup is too old.',
    'no-schedule': 'The portal has no automatic backup schedule.',
    'last-backup-failed': `The last backup job failed: ${quoted(report.progress?.error)}`,
    'started-backup-failed': `The backup this run started failed: ${quoted(report.startedBackup?.error)}`,
    'started-backup-timeout': `The backup this run started did not complete within wait-timeout (${humanDuration(report.startedBackup?.seconds ?? 0)} waited).`,
    'started-backup-cancelled': `The backup this run started was cancelled before it completed (job ${report.startedBackup?.id ?? '?'}): no backup was made.`,
    'started-backup-missing': `The backup this run started completed, but no backup with its id (${report.startedBackup?.id ?? '?'}) is in the history.`,
    'backup-unreadable': `The newest backup's archive could not be read whole: ${report.verification?.message ?? '?'}`,
    'backup-corrupt': `The newest backup's archive is damaged: ${report.verification?.message ?? '?'}`
  }
  if (isReason(code)) return sentences[code]
  return report.error?.message ?? code
}

export function warningWords(code: WarningCode, report: Report): string {
  const sentences: Record<WarningCode, string> = {
    'backup-running': `A backup job is running (${report.progress?.progress ?? 0}%).`,
    expiring:
      'Every usable backup expires within 24 hours: they are in temporary storage (DataStore). Back up to lasting storage.',
    'schedule-never-ran': 'The backup schedule has never run.',
    'count-unavailable':
      'The backups count is not available on this portal (getbackupscount needs DocSpace 3.5+).',
    'service-state-unavailable':
      'The backup service state is not available on this portal (getservicestate needs DocSpace 3.5+).',
    'clock-skew':
      "A backup is dated more than 5 minutes in the future: the portal's clock or the runner's is off.",
    'issue-update-failed': 'The GitHub issue for this portal could not be updated.',
    'backup-incomplete': `The newest backup left files out: ${report.verification?.incomplete ?? '?'}`,
    'verify-unavailable': `The newest backup could not be verified: ${report.verification?.message ?? '?'}`,
    'missed-backups': missedWords(report),
    'backup-stuck': stuckWords(report),
    'ping-failed': pingFailedWords(report),
    'ping-provider-unknown': PING_PROVIDER_UNKNOWN
  }
  return sentences[code]
}

function isReason(code: string): code is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(code)
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}

/** A portal message as the end of a sentence: `"Disk full."`. */
function quoted(message: string | null | undefined): string {
  const text = (message ?? '').trim()
  return /[.!?]$/.test(text) ? `"${text}"` : `"${text}."`
}
