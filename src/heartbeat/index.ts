// Opt-in: the heartbeat. At the end of a run that reached a verdict or an error, tell a
// dead-man's-switch service how it went, so that a run that never happens is noticed there.
// Loaded only when `ping-url` is set. A failed ping is the warning `ping-failed`, never the verdict.
import type {PingSettings} from '../inputs/heartbeat.js'
import type {Proxy} from '../inputs/proxy-env.js'
import type {Report} from '../report/shape.js'
import {renderText} from '../render/text.js'
import {statusHeadline} from '../render/words.js'
import {pingRequest} from './forms.js'
import {genericByGuess, resolveProvider} from './providers.js'
import {sendPing, type PingDependencies} from './send.js'

export {PING_TIMEOUT_MS} from './send.js'

/**
 * The report with its `heartbeat`; among its warnings `ping-failed` when the ping failed, and
 * `ping-provider-unknown` when `auto` pinged as generic a URL that looks like a heartbeat
 * service's.
 */
export async function sendHeartbeat(
  report: Report,
  ping: PingSettings,
  deps: PingDependencies & {proxy: Proxy | null}
): Promise<Report> {
  const url = new URL(ping.url)
  const provider = resolveProvider(ping.provider, url)
  const request = pingRequest(
    provider,
    ping.url,
    report.status,
    oneLineSummary(report),
    renderText(report)
  )
  const outcome = await sendPing(request, {proxy: deps.proxy, lookup: deps.lookup}, deps)
  const heartbeat: Report['heartbeat'] = {
    provider,
    signal: report.status === 'healthy' ? 'success' : 'failure',
    delivered: outcome.delivered,
    attempts: outcome.attempts,
    ...(outcome.problem ? {problem: outcome.problem} : {})
  }
  const warnings = [
    ...report.warnings,
    ...(genericByGuess(ping.provider, url) ? (['ping-provider-unknown'] as const) : []),
    ...(outcome.delivered ? [] : (['ping-failed'] as const))
  ]
  return {...report, warnings, heartbeat}
}

/** `DocSpace backups unhealthy: portal.example.com (stale, last-backup-failed)`. */
function oneLineSummary(report: Report): string {
  const why = report.reasons.length > 0 ? ` (${report.reasons.join(', ')})` : ''
  return `${statusHeadline(report.status, report.host)}${why}`
}
