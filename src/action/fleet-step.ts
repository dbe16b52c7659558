// The Action with `config`: every portal of a portals file (or of its shard) in one step. The
// file is validated whole and every secret it names masked before any request; then one log,
// one summary, the fleet's outputs, one issue for the fleet, and the exit code last.
import * as core from '@actions/core'
import {messageOf} from '../core/errors.js'
import {oneLine} from '../core/one-line.js'
import {boundedFleetReport} from '../fleet/fleet-bounds.js'
import {renderFleetIssue, renderFleetMarkdown} from '../fleet/fleet-markdown.js'
import {worstStatus} from '../fleet/fleet-report.js'
import {renderFleetText} from '../fleet/fleet-text.js'
import {readPortalsFile, type FleetPortal} from '../fleet/portals-file.js'
import {checkFleet, DEFAULT_CONCURRENCY, type NamedReport} from '../fleet/run-fleet.js'
import {selectPortals} from '../fleet/selection.js'
import {realTiming} from '../time/clock.js'
import {parseFleetStepInputs, type FleetStepInputs} from './fleet-inputs.js'
import {fleetIssueIdentity} from './issue-identity.js'
import {OUTPUT_NAMES} from './outputs.js'
import {writeReportFile} from './report-file.js'
import {maskSecret} from './runner-commands.js'
import {writeStepSummary} from './step-summary.js'
import {attempt, VERDICT_TITLE} from './report-step.js'

/** The most portals an annotation names: the summary lists them all. */
const MAX_ANNOTATED = 50

/** Throws an InputError (before any request) for an invalid input or portals file. */
export async function runFleetStep(): Promise<void> {
  const inputs = parseFleetStepInputs()
  const fleet = await readPortalsFile(inputs.config, process.env)
  for (const {inputs: portal} of fleet.portals) {
    maskSecret(portal.token)
    if (portal.ping) maskSecret(portal.ping.url)
  }
  const portals = selectPortals(fleet.portals, {only: null, shard: inputs.shard})
  const named = await checkFleet(portals, {
    concurrency: DEFAULT_CONCURRENCY,
    timing: realTiming,
    log: line => core.info(oneLine(line))
  })
  await reportFleet(inputs, portals, named, new Date(realTiming.now()))
}

async function reportFleet(
  inputs: FleetStepInputs,
  portals: readonly FleetPortal[],
  named: readonly NamedReport[],
  at: Date
): Promise<void> {
  for (const line of renderFleetText(named).split('\n')) core.info(line)
  const status = worstStatus(named.map(({report}) => report))
  const issueNumber = inputs.issue ? await updateIssue(inputs, status, named, at) : ''
  const markdown = renderFleetMarkdown(named, at)
  const reportFile = attempt('The report file could not be written', () =>
    writeReportFile(`fleet ${inputs.config}${shardWords(inputs)}`, markdown)
  )
  if (inputs.summary) {
    attempt('The job summary could not be written', () => writeStepSummary(markdown))
  }
  const distinct = (codes: string[]) => JSON.stringify([...new Set(codes)])
  const outputs: Record<string, string> = {
    ...Object.fromEntries(OUTPUT_NAMES.map(name => [name, ''])),
    healthy: String(status === 'healthy'),
    status,
    reasons: distinct(named.flatMap(({report}) => report.reasons)),
    warnings: distinct(named.flatMap(({report}) => report.warnings)),
    report: JSON.stringify(boundedFleetReport(named, at)),
    'report-file': reportFile ?? '',
    'issue-number': issueNumber
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)

  const unwell = named.filter(({report}) => report.status !== 'healthy')
  if (unwell.length === 0) return
  const lines = unwell
    .slice(0, MAX_ANNOTATED)
    .map(({name, report}) => `${name}: ${report.status}: ${report.reasons.join(', ')}`)
  if (unwell.length > MAX_ANNOTATED) lines.push(`…and ${unwell.length - MAX_ANNOTATED} more`)
  // The step fails for a portal whose entry keeps fail-on-unhealthy (the default).
  const failing = unwell.some(
    ({name}) => portals.find(p => p.name === name)?.inputs.failOnUnhealthy
  )
  if (failing) {
    core.error(lines.join('\n'), {title: VERDICT_TITLE})
    process.exitCode = 1
  } else {
    core.warning(lines.join('\n'), {title: VERDICT_TITLE})
  }
}

async function updateIssue(
  inputs: FleetStepInputs,
  status: NamedReport['report']['status'],
  named: readonly NamedReport[],
  at: Date
): Promise<string> {
  try {
    const {followHealth} = await import('./github-issue.js')
    const identity = fleetIssueIdentity(inputs.config, inputs.shard, inputs.issueKey)
    const subject = {status, checkedAt: at.toISOString()}
    const number = await followHealth(subject, identity, renderFleetIssue(named, at), inputs)
    return number === null ? '' : String(number)
  } catch (error) {
    core.warning(oneLine(`The fleet's GitHub issue could not be updated: ${messageOf(error)}`), {
      title: 'DocSpace backups: issue-update-failed'
    })
    return ''
  }
}

function shardWords(inputs: FleetStepInputs): string {
  return inputs.shard ? ` shard ${inputs.shard.index} of ${inputs.shard.count}` : ''
}
