// The job summary (and the report file, and the issue body): pure, report in, markdown out.
import {humanDuration} from '../time/durations.js'
import {JOB_KINDS} from '../core/codes.js'
import type {Report} from '../report/shape.js'
import {criterionRows, type Outcome} from './criteria.js'
import {table, text} from './markdown.js'
import {restoreCheckSection} from './restore-check.js'
import {storageWords} from '../report/schedule-words.js'
import {calendarStrip} from './findings-words.js'
import {jobStateWords, reasonWords, statusHeadline, warningWords} from './words.js'

/** How many backups the summary lists. */
export const SUMMARY_BACKUPS = 10

const OUTCOME_MARK: Record<Outcome, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  warn: '⚠️ warn',
  skip: '➖ n/a'
}

export function renderSummary(report: Report): string {
  const sections = [
    heading(report),
    ...(report.error ? errorSection(report) : verdictSections(report))
  ]
  return `${sections.join('\n\n')}\n`
}

function heading(report: Report): string {
  const host = text(report.host)
  const icon = {healthy: '✅', unhealthy: '❌', error: '⚠️'}[report.status]
  return `## ${icon} ${statusHeadline(report.status, host)}\n\nChecked ${readableUtc(report.checkedAt)} · ${text(report.portal)}`
}

function errorSection(report: Report): string[] {
  const error = report.error!
  return [
    `**Error \`${error.code}\`**: ${text(error.message)}`,
    ...warningSection(report),
    ...restoreCheck(report)
  ]
}

function verdictSections(report: Report): string[] {
  const rows = criterionRows(report).map(row => [
    row.criterion,
    text(row.threshold),
    text(row.observed),
    OUTCOME_MARK[row.outcome]
  ])
  const reasons = report.reasons.map(code => `- \`${code}\`: ${text(reasonWords(code, report))}`)
  const cause = report.diagnosis ? `\n\n**Likely cause**: ${text(report.diagnosis)}` : ''
  return [
    ...calendarSection(report),
    table(['Check', 'Threshold', 'Observed', 'Result'], rows),
    ...(reasons.length > 0 ? [`**Why unhealthy**\n\n${reasons.join('\n')}${cause}`] : []),
    ...warningSection(report),
    ...restoreCheck(report),
    scheduleSection(report),
    jobSection(report),
    backupsSection(report),
    countsSection(report)
  ]
}

function restoreCheck(report: Report): string[] {
  return report.verification ? [restoreCheckSection(report.verification)] : []
}

/** First, so the gaps are seen before a word is read; a code span keeps the marks in line. */
function calendarSection(report: Report): string[] {
  if (!report.calendar) return []
  const {strip, legend} = calendarStrip(report.calendar)
  return [`\`${strip}\`\\\n${text(legend)}`]
}

function warningSection(report: Report): string[] {
  if (report.warnings.length === 0) return []
  const lines = report.warnings.map(code => `- ⚠️ \`${code}\`: ${text(warningWords(code, report))}`)
  return [`**Warnings**\n\n${lines.join('\n')}`]
}

function scheduleSection(report: Report): string {
  const summary = report.scheduleSummary
  if (!summary) return '### Schedule\n\nNo automatic backup schedule.'
  const lastRun = summary.lastStarted
    ? `last started ${readableUtc(summary.lastStarted)}`
    : 'never run yet'
  return `### Schedule\n\n${text(summary.words)}; ${lastRun}.`
}

function jobSection(report: Report): string {
  const job = report.progress
  if (!job) return '### Latest job\n\nNo backup job in the last 24 hours.'
  const kind = JOB_KINDS[job.backupProgressEnum] ?? `Job type ${job.backupProgressEnum}`
  return `### Latest job\n\n${kind} ${text(jobStateWords(job))}.`
}

function backupsSection(report: Report): string {
  if (report.backups.length === 0) return '### Newest backups\n\nNo usable backup.'
  const checkedAt = Date.parse(report.checkedAt)
  const rows = report.backups
    .slice(0, SUMMARY_BACKUPS)
    .map(backup => [
      readableUtc(backup.createdOn, ''),
      humanDuration(Math.max(0, checkedAt - Date.parse(backup.createdOn)) / 1000),
      text(backup.fileName),
      storageWords(backup.storageType),
      backup.expiresOn ? readableUtc(backup.expiresOn, '') : 'never'
    ])
  const more =
    report.counts.usable > SUMMARY_BACKUPS
      ? `\n\n…and ${report.counts.usable - SUMMARY_BACKUPS} older.`
      : ''
  return `### Newest backups\n\n${table(['Created (UTC)', 'Age', 'File', 'Storage', 'Expires (UTC)'], rows)}${more}`
}

function countsSection(report: Report): string {
  const {counts, serviceEnabled} = report
  const created =
    counts.createdThisMonth === null
      ? 'not available on this portal'
      : String(counts.createdThisMonth)
  const service =
    serviceEnabled === null
      ? 'not available on this portal'
      : serviceEnabled
        ? 'enabled'
        : 'disabled'
  return [
    '### Counts',
    '',
    `- Usable backups: ${counts.usable} of ${counts.history} in the history`,
    `- Backups created this month (free allowance): ${created}`,
    `- Paid backup service: ${service}`
  ].join('\n')
}

/** `2026-03-01 02:15:00 UTC`; without the zone in a column headed "(UTC)". */
function readableUtc(iso: string, zone = ' UTC'): string {
  return iso.replace('T', ' ').replace('Z', zone)
}
