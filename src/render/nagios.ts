// The report as a monitoring plugin's output (Nagios, Icinga, Naemon, Checkmk, Zabbix's
// external checks): one status line with performance data after `|`, the details on the lines
// after it, and the state in the exit code, as the Monitoring Plugins Development Guidelines say.
import {oneLine} from '../core/one-line.js'
import type {Report} from '../report/shape.js'
import {performanceData} from './perfdata.js'
import {criterionLines, verdictLines, warningLines} from './text.js'

export type PluginState = 'OK' | 'WARNING' | 'CRITICAL' | 'UNKNOWN'

export const PLUGIN_EXIT_CODES: Record<PluginState, number> = {
  OK: 0,
  WARNING: 1,
  CRITICAL: 2,
  UNKNOWN: 3
}

/**
 * Warnings that need a person, so the plugin says WARNING: something is wrong that the verdict
 * does not fail for. The others (a running job, a route this portal does not have, a failed
 * ping or issue update) are reported in the long output under OK. One line per code.
 */
export const WARNINGS_NEEDING_A_PERSON: ReadonlySet<string> = new Set([
  'expiring',
  'clock-skew',
  'missed-backups',
  'backup-stuck',
  'backup-incomplete',
  'ping-provider-unknown'
])

/** The status line is what a pager shows: kept to one short sentence. */
const MAX_STATUS_TEXT = 300

export function pluginState(report: Report): PluginState {
  if (report.status === 'error') return 'UNKNOWN'
  if (report.status === 'unhealthy') return 'CRITICAL'
  return report.warnings.some(code => WARNINGS_NEEDING_A_PERSON.has(code)) ? 'WARNING' : 'OK'
}

/** The plugin's whole output (status line, then the long output) and its exit code. */
export function renderNagios(report: Report): {text: string; exitCode: number} {
  const state = pluginState(report)
  const perfdata = performanceData(report)
  const first = `${statusLine(state, statusText(report, state))}${perfdata ? ` | ${perfdata}` : ''}`
  // verdictLines ends with the likely cause, when the schedule tells one.
  const long = [
    ...verdictLines(report),
    ...warningLines(report),
    ...criterionLines(report),
    `checked at ${report.checkedAt}`
  ]
  return {
    text: [first, ...long.map(pluginText)].join('\n'),
    exitCode: PLUGIN_EXIT_CODES[state]
  }
}

/** For arguments that could not be used: UNKNOWN, as the guidelines want for a usage error. */
export function renderNagiosUnknown(message: string): {text: string; exitCode: number} {
  return {text: statusLine('UNKNOWN', message), exitCode: PLUGIN_EXIT_CODES.UNKNOWN}
}

/** `DOCSPACE BACKUP <STATE> - <text>`, the text one short line. */
export function statusLine(state: PluginState, text: string): string {
  return `DOCSPACE BACKUP ${state} - ${clipped(pluginText(text))}`
}

/** The status line's text for one portal: `host: what is wrong`, or its figures. */
export function statusText(report: Report, state: PluginState): string {
  const host = report.host
  if (report.error) return `${host}: ${report.error.code}: ${report.error.message}`
  if (state === 'CRITICAL') {
    return `${host}: ${report.reasons.join(', ')}: ${verdictLines(report)[0]?.replace(/^[a-z-]+: /, '')}`
  }
  const figures = newestFigures(report)
  if (state === 'WARNING') {
    const codes = report.warnings.filter(code => WARNINGS_NEEDING_A_PERSON.has(code))
    return `${host}: ${codes.join(', ')}; ${figures}`
  }
  return `${host}: ${figures}`
}

function newestFigures(report: Report): string {
  const usable = `${report.counts.usable} usable backup${report.counts.usable === 1 ? '' : 's'}`
  const maxAgeInForceHours = report.thresholds.maxAgeHours?.toFixed(2)
  return report.latest
    ? `${usable}, newest ${report.latest.ageHours.toFixed(2)} h old (max-age ${maxAgeInForceHours} h)`
    : usable
}

/**
 * Portal text made safe for a plugin line: one line, and no `|`, which would start the
 * performance data on whichever line it is (the guidelines read `|` on the long output too).
 */
export function pluginText(text: string): string {
  return oneLine(text).replaceAll('|', '¦')
}

function clipped(text: string): string {
  return text.length > MAX_STATUS_TEXT ? `${text.slice(0, MAX_STATUS_TEXT - 1)}…` : text
}
