// The fleet's job summary (and `--format markdown`): a table of every portal, then the single
// check's summary of each one that is not healthy, as long as the whole stays within the job
// summary's 1 MiB. Every portal string goes through `text` (core.summary escapes nothing).
import {table, text} from '../render/markdown.js'
import {renderSummary} from '../render/summary.js'
import {STATUS_WORDS} from '../render/words.js'
import type {Report} from '../report/shape.js'
import {humanDuration} from '../time/durations.js'
import {fleetCounts, worstStatus} from './fleet-report.js'
import {totalLine} from './fleet-text.js'
import type {NamedReport} from './run-fleet.js'

/** GitHub's limit on a step's summary is 1 MiB; the details stop short of it. */
export const MAX_SUMMARY_BYTES = 1024 * 1024
const DETAILS_BUDGET = MAX_SUMMARY_BYTES - 64 * 1024

const ICON = {healthy: '✅', unhealthy: '❌', error: '⚠️'}

export function renderFleetMarkdown(named: readonly NamedReport[], checkedAt: Date): string {
  const counts = fleetCounts(named)
  const worst = worstStatus(named.map(({report}) => report))
  const heading = `## ${ICON[worst]} DocSpace backups: ${totalLine(counts)}\n\nChecked ${checkedAt.toISOString()}`
  const unwell = named.filter(({report}) => report.status !== 'healthy')
  const overview = tableWithin(named, unwell)
  let size = Buffer.byteLength(heading) + Buffer.byteLength(overview)
  const details: string[] = []
  for (const {name, report} of unwell) {
    const block = `<details><summary>${text(name)}: ${STATUS_WORDS[report.status]}</summary>\n\n${renderSummary(report)}\n</details>`
    size += Buffer.byteLength(block) + 2
    if (size > DETAILS_BUDGET) break
    details.push(block)
  }
  const left = unwell.length - details.length
  const note =
    left > 0
      ? [
          `The details of ${left} more portal${left === 1 ? '' : 's'} are left out, to keep the summary within 1 MiB: the table above lists them all.`
        ]
      : []
  return `${[heading, overview, ...details, ...note].join('\n\n')}\n`
}

/**
 * The fleet's issue (GitHub takes 65,536 characters in a body): the counts, then a row per
 * portal that is not healthy, as many as fit, then how many more.
 */
export function renderFleetIssue(named: readonly NamedReport[], checkedAt: Date): string {
  const heading = `**${totalLine(fleetCounts(named))}** (checked ${checkedAt.toISOString()})`
  const unwell = named.filter(({report}) => report.status !== 'healthy')
  let shown = unwell
  while (shown.length > 0 && portalTable(shown).length > MAX_ISSUE_TABLE) {
    shown = shown.slice(0, Math.floor(shown.length * 0.9))
  }
  const left = unwell.length - shown.length
  const more = left > 0 ? [`…and ${left} more not healthy: see the job summary.`] : []
  const list = shown.length > 0 ? [portalTable(shown)] : []
  return `${[heading, ...list, ...more].join('\n\n')}\n`
}

/**
 * Every portal's row, or past the budget (thousands of portals) those not healthy first and as
 * many healthy ones as fit, saying how many are not listed.
 */
function tableWithin(named: readonly NamedReport[], unwell: readonly NamedReport[]): string {
  const whole = portalTable(named)
  if (Buffer.byteLength(whole) <= TABLE_BUDGET) return whole
  const healthy = named.filter(({report}) => report.status === 'healthy')
  let listed = [...unwell, ...healthy]
  while (listed.length > 0 && Buffer.byteLength(portalTable(listed)) > TABLE_BUDGET) {
    listed = listed.slice(0, Math.floor(listed.length * 0.9))
  }
  const left = named.length - listed.length
  return `${portalTable(listed)}\n\n${left} more healthy or later portals are not listed, to keep the summary within 1 MiB.`
}

const TABLE_BUDGET = DETAILS_BUDGET / 2

/** Room for the issue's table, below GitHub's 65,536 characters with the rest around it. */
const MAX_ISSUE_TABLE = 60_000

function portalTable(named: readonly NamedReport[]): string {
  const rows = named.map(({name, report}) => [
    text(name),
    `${ICON[report.status]} ${STATUS_WORDS[report.status]}`,
    text(report.host),
    newestAge(report),
    report.status === 'error' ? 'n/a' : String(report.counts.usable),
    report.reasons.map(code => `\`${code}\``).join(', ')
  ])
  return table(['Portal', 'Status', 'Host', 'Newest backup', 'Usable', 'Reasons'], rows)
}

function newestAge(report: Report): string {
  return report.latest ? `${humanDuration(report.latest.ageHours * 3600)} old` : 'none'
}
