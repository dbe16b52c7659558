// The check itself, shared by the Action and the CLI: read the portal (after starting a backup
// when asked), judge, report. It never throws for what the portal does: that is the report.
import type {LookupFunction} from 'node:net'
import {DocSpaceClient} from './docspace/client.js'
import {proxyFor} from './docspace/proxy.js'
import {redact} from './docspace/portal-text.js'
import {readPortal} from './docspace/read-portal.js'
import {boundResolverWait, sharedLookup} from './docspace/system-resolver.js'
import {NoVerdictError} from './core/errors.js'
import type {Inputs} from './inputs/index.js'
import {errorReport, verdictReport, withVerification} from './report/build.js'
import {type Report} from './report/shape.js'
import type {PortalFacts} from './core/portal-facts.js'
import {nothingToVerify} from './report/verification.js'
import type {Timing} from './time/clock.js'
import {judge, type Thresholds, type Verdict} from './verdict/verdict.js'
import type {Proxy} from './inputs/proxy-env.js'

export interface CheckDependencies {
  /** A line of progress for the log (start-backup's polling). */
  log: (line: string) => void
  timing: Timing
  /** Called when every request made so far has been sent: a moment to load what comes next. */
  onRequestsSent?: () => void
  /** Name resolution, for tests (a resolver that never answers); the system's otherwise. */
  lookup?: LookupFunction
  /** The heartbeat's timeout per attempt (tests shorten it); default 10 s. */
  pingTimeoutMs?: number
}

/**
 * Checks the portal. Throws only an InputError, before any request, when a proxy variable that
 * the portal's or the ping's URL would go through is not a usable proxy.
 */
export async function runCheck(inputs: Inputs, deps: CheckDependencies): Promise<Report> {
  const proxy = proxyFor(new URL(inputs.portal.base), inputs.proxyVariables)
  const pingProxy = inputs.ping && proxyFor(new URL(inputs.ping.url), inputs.proxyVariables)
  // Portal text (a job's error or warning, a file name, the schedule) may quote the token, and
  // everything shown (summary, log, outputs, report file, issue) is rendered from the report.
  // The portal's address is the user's own input: kept as given (a host may start with "sk-").
  if (proxy) deps.log(`Through the proxy ${proxy.address} (${proxy.variable}).`)
  const read = await readAndJudge(inputs, proxy, deps)
  const report = {...withoutSecrets(read, [inputs.token]), portal: read.portal, host: read.host}
  if (!inputs.ping) return report
  // Loaded only when asked for: a plain run pays nothing for the heartbeat.
  const {sendHeartbeat, PING_TIMEOUT_MS} = await import('./heartbeat/index.js')
  return sendHeartbeat(report, inputs.ping, {
    timeoutMs: deps.pingTimeoutMs ?? PING_TIMEOUT_MS,
    sleep: deps.timing.sleep,
    proxy: pingProxy,
    lookup: deps.lookup
  })
}

// Report fields the action writes itself (codes, dates, numbers): never portal text, and left
// alone, or a short token would mask letters of `healthy` or of a reason code. `true`: the whole
// field; a set: those keys of it (of each item, for a list).
const BACKUP_FIELDS = new Set(['storageType', 'createdOn', 'expiresOn', 'ageHours'])
const OWN_FIELDS: Record<string, true | Set<string>> = {
  checkedAt: true,
  status: true,
  reasons: true,
  warnings: true,
  counts: true,
  thresholds: true,
  backups: BACKUP_FIELDS,
  latest: BACKUP_FIELDS,
  scheduleSummary: new Set(['lastStarted']),
  startedBackup: new Set(['outcome']),
  error: new Set(['code']),
  verification: new Set(['outcome', 'check', 'format', 'sha256', 'storageType'])
}

/** The report with every portal string in it redacted, however deep (it is small and bounded). */
function withoutSecrets(report: Report, secrets: readonly string[]): Report {
  const entries = Object.entries(report).map(([key, value]) => {
    const own = OWN_FIELDS[key]
    return [key, own === true ? value : redactedDeep(value, secrets, own)]
  })
  return Object.fromEntries(entries) as Report
}

/** `value` with every string redacted, but those of the `kept` keys (of it, or of its items). */
function redactedDeep<T>(value: T, secrets: readonly string[], kept?: Set<string>): T {
  if (typeof value === 'string') return redact(value, secrets) as T
  if (Array.isArray(value)) return value.map(item => redactedDeep(item, secrets, kept)) as T
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).map(([key, item]) => [
    key,
    kept?.has(key) ? item : redactedDeep(item, secrets)
  ])
  return Object.fromEntries(entries) as T
}

async function readAndJudge(
  inputs: Inputs,
  proxy: Proxy | null,
  deps: CheckDependencies
): Promise<Report> {
  boundResolverWait(inputs.timeoutMs)
  const client = new DocSpaceClient({
    portal: inputs.portal,
    token: inputs.token,
    timeoutMs: inputs.timeoutMs,
    retries: inputs.retries,
    timing: deps.timing,
    route: {proxy, lookup: deps.lookup ?? sharedLookup()},
    proxySecrets: inputs.proxyVariables.secrets,
    onAllSent: deps.onRequestsSent
  })
  const thresholds: Thresholds = {
    minCount: inputs.minCount,
    maxAge: inputs.maxAge,
    graceHours: inputs.graceHours,
    requireSchedule: inputs.requireSchedule,
    maxRuntimeHours: inputs.maxRuntimeHours
  }
  const base = {
    portal: inputs.portal,
    thresholds,
    warnings: [],
    checkedAt: new Date(deps.timing.now()),
    secrets: [inputs.token]
  }
  try {
    // Loaded only when asked for: most runs never start a backup.
    const starting = inputs.startBackup ? await import('./start-backup/index.js') : undefined
    const waited = await starting?.startAndAwaitBackup(client, inputs, deps)
    const {facts, warnings} = await readPortal(client, inputs.dump)
    const now = new Date(deps.timing.now())
    const judged = judge(facts, thresholds, now)
    const {verdict, started} =
      starting && waited
        ? starting.judgeStartedBackup(judged, facts, waited)
        : {verdict: judged, started: undefined}
    const report = verdictReport(
      {...base, checkedAt: now, warnings, startedBackup: started},
      facts,
      verdict
    )
    return verifyIfAsked(report, {facts, verdict}, client, inputs, deps)
  } catch (error) {
    if (error instanceof NoVerdictError)
      return verifyIfAsked(errorReport(base, error), null, client, inputs, deps)
    throw error
  }
}

/**
 * With `verify` on, the newest usable backup's archive is fetched and checked (README). Whether
 * there is anything to verify is decided here, once: not without a verdict, nor without a
 * usable backup.
 */
async function verifyIfAsked(
  report: Report,
  judged: {facts: PortalFacts; verdict: Verdict} | null,
  client: DocSpaceClient,
  inputs: Inputs,
  deps: CheckDependencies
): Promise<Report> {
  if (!inputs.verify) return report
  const newest = judged?.verdict.newestUsable[0]
  if (!judged || !newest) {
    const why = judged
      ? 'there is no usable backup to verify'
      : 'the portal could not be checked, so no backup was chosen'
    return withVerification(report, nothingToVerify(why))
  }
  // Loaded only when asked for: the checker and its XML parser are a chunk of their own.
  const {verifyNewest} = await import('./verify/index.js')
  const settings = {
    portal: inputs.portal,
    token: inputs.token,
    dump: inputs.dump,
    timeoutMs: inputs.timeoutMs,
    retries: inputs.retries,
    verifyTimeoutMs: inputs.verifyTimeoutMs,
    verifyFolder: inputs.verifyFolder,
    proxyVariables: inputs.proxyVariables,
    timing: deps.timing,
    log: deps.log,
    lookup: deps.lookup
  }
  return withVerification(report, await verifyNewest(client, settings, judged.facts, newest))
}
