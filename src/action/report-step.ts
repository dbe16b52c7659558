// Everything the step shows once the report is in: log lines, outputs, summary, annotations,
// report file, issue, and the exit code last, so `if: failure()` steps can read the outputs.
import * as core from '@actions/core'
import {messageOf} from '../core/errors.js'
import type {Inputs} from '../inputs/index.js'
import {oneLine} from '../core/one-line.js'
import {outputsOf, type OutputName} from './outputs.js'
import {writeReportFile} from './report-file.js'
import {writeStepSummary} from './step-summary.js'
import type {Report} from '../report/shape.js'
import {renderSummary} from '../render/summary.js'
import {calendarLines, criterionLines, verdictLines} from '../render/text.js'
import {STATUS_WORDS, statusHeadline, warningWords} from '../render/words.js'

export const VERDICT_TITLE = `DocSpace backups ${STATUS_WORDS.unhealthy}`

export async function reportStep(inputs: Inputs, checked: Report): Promise<void> {
  for (const line of [...criterionLines(checked), ...calendarLines(checked)]) core.info(line)

  const issue = inputs.issue ? await updateIssue(inputs, checked) : {number: '', failed: false}
  // A failed issue update is one more warning in everything shown from here on.
  const report: Report = issue.failed
    ? {...checked, warnings: [...checked.warnings, 'issue-update-failed']}
    : checked
  const markdown = renderSummary(report)
  const reportFile = attempt('The report file could not be written', () =>
    writeReportFile(report.portal, markdown)
  )
  // A summary that cannot be written must not hide the verdict.
  if (inputs.summary) {
    attempt('The job summary could not be written', () => writeStepSummary(markdown))
  }
  const outputs: Record<OutputName, string> = {
    ...outputsOf(report),
    'report-file': reportFile ?? '',
    'issue-number': issue.number
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)

  for (const code of report.warnings) {
    core.warning(warningWords(code, report), {title: `DocSpace backups: ${code}`})
  }
  announceVerdict(inputs, report)
}

/** Runs a step that may fail without changing the verdict: a failure is a warning. */
export function attempt<T>(what: string, step: () => T): T | undefined {
  try {
    return step()
  } catch (error) {
    core.warning(`${what}: ${messageOf(error)}`)
    return undefined
  }
}

function announceVerdict(inputs: Inputs, report: Report): void {
  if (report.status === 'healthy') {
    core.info(statusHeadline(report.status, report.host))
    return
  }
  const message = verdictLines(report).join('\n')
  if (inputs.failOnUnhealthy) {
    // One titled annotation: core.setFailed would add a second, untitled one.
    core.error(message, {title: VERDICT_TITLE})
    process.exitCode = 1
  } else {
    core.warning(message, {title: VERDICT_TITLE})
  }
}

/**
 * Opens, comments on or closes the portal's issue: its number (`''` when none), and whether it
 * failed, which is a warning, never the verdict.
 */
async function updateIssue(
  inputs: Inputs,
  report: Report
): Promise<{number: string; failed: boolean}> {
  try {
    // @actions/github (octokit) is loaded only by the runs that use it.
    const {followPortalHealth} = await import('./github-issue.js')
    const number = await followPortalHealth(report, renderSummary(report), inputs)
    return {number: number === null ? '' : String(number), failed: false}
  } catch (error) {
    // The why, in the log; the one annotation per warning code comes with the other warnings.
    core.info(
      oneLine(`The GitHub issue for ${report.host} could not be updated: ${messageOf(error)}`)
    )
    return {number: '', failed: true}
  }
}
