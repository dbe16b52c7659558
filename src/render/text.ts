// The report as plain text: the log's lines in the Action, the whole output of the CLI.
import type {Report} from '../report/shape.js'
import {criterionRows, type Outcome} from './criteria.js'
import {calendarStrip} from './findings-words.js'
import {restoreCheckLines} from './restore-check.js'
import {reasonWords, statusHeadline, warningWords} from './words.js'
import {oneLine} from '../core/one-line.js'

const OUTCOME_MARK: Record<Outcome, string> = {pass: '✔', fail: '✘', warn: '!', skip: '-'}

/** One line per criterion: `✔ Usable backups: 7 backups (at least 1)`. */
export function criterionLines(report: Report): string[] {
  const rows = criterionRows(report).map(
    row =>
      `${OUTCOME_MARK[row.outcome]} ${row.criterion}: ${oneLine(row.observed)} [${row.threshold}]`
  )
  const restore = report.verification ? restoreCheckLines(report.verification) : []
  return [...rows, ...restore.map(oneLine)]
}

/** `healthy`, or the reasons (or the error) in words. */
export function verdictLines(report: Report): string[] {
  if (report.error) return [`Error ${report.error.code}: ${oneLine(report.error.message)}`]
  const reasons = report.reasons.map(code => `${code}: ${oneLine(reasonWords(code, report))}`)
  return report.diagnosis ? [...reasons, `likely cause: ${oneLine(report.diagnosis)}`] : reasons
}

/** The calendar strip and its legend, when the schedule has periods to show. */
export function calendarLines(report: Report): string[] {
  if (!report.calendar) return []
  const {strip, legend} = calendarStrip(report.calendar)
  return [strip, legend]
}

export function warningLines(report: Report): string[] {
  return report.warnings.map(code => `warning ${code}: ${warningWords(code, report)}`)
}

/** The whole report for a terminal. */
export function renderText(report: Report): string {
  return [
    `${statusHeadline(report.status, report.host, true)} (${report.checkedAt})`,
    ...criterionLines(report).map(line => `  ${line}`),
    ...calendarLines(report).map(line => `  ${line}`),
    ...verdictLines(report).map(line => `  ${line}`),
    ...warningLines(report).map(line => `  ${line}`)
  ].join('\n')
}
