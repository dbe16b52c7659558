// The fleet as one monitoring plugin's output: the worst state, a first line with the counts
// (`2 CRITICAL, 1 UNKNOWN, 37 OK of 40 portals`), one long-output line per portal not OK, and
// each portal's performance data under its name (`'eu-1.age'=…`).
import {formatDatum, perfData} from '../render/perfdata.js'
import {
  PLUGIN_EXIT_CODES,
  pluginState,
  pluginText,
  statusLine,
  statusText,
  type PluginState
} from '../render/nagios.js'
import type {NamedReport} from './run-fleet.js'

/** Worst first, as a monitoring system sorts by severity: CRITICAL, UNKNOWN, WARNING, OK. */
const SEVERITY: readonly PluginState[] = ['CRITICAL', 'UNKNOWN', 'WARNING', 'OK']

export function renderFleetNagios(named: readonly NamedReport[]): {
  text: string
  exitCode: number
} {
  const rated = named.map(({name, report}) => ({name, report, state: pluginState(report)}))
  const severity = (state: PluginState) => SEVERITY.indexOf(state)
  const worst = SEVERITY.find(state => rated.some(portal => portal.state === state)) ?? 'OK'
  const counts = SEVERITY.map(state => ({
    state,
    count: rated.filter(p => p.state === state).length
  }))
    .filter(({count}) => count !== 0)
    .map(({state, count}) => `${count} ${state}`)
  const total = `${named.length} portal${named.length === 1 ? '' : 's'}`
  const summary = counts.length === 0 ? `no portal to check` : `${counts.join(', ')} of ${total}`
  // Names are letters, digits, `.`, `_`, `-` (portals-file.ts): safe in a label.
  const perfdata = named
    .flatMap(({name, report}) =>
      perfData(report).map(datum => formatDatum({...datum, label: `${name}.${datum.label}`}))
    )
    .join(' ')
  // The portals not OK, worst first, in the file's order within a state (sort is stable).
  const long = rated
    .filter(portal => portal.state !== 'OK')
    .sort((a, b) => severity(a.state) - severity(b.state))
    .map(({name, report, state}) => pluginText(`${name}: ${state} - ${statusText(report, state)}`))
  const first = `${statusLine(worst, summary)}${perfdata ? ` | ${perfdata}` : ''}`
  return {text: [first, ...long].join('\n'), exitCode: PLUGIN_EXIT_CODES[worst]}
}
