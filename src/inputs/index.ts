// Every input, parsed and validated once into a typed object. The Action and the CLI differ
// only in where the text comes from (`read`).
import {inputError, invalidInput} from '../core/errors.js'
import {defaultOf, type BooleanInput, type DefaultedInput, type InputName} from './names.js'
import {parsePing, type PingSettings} from './heartbeat.js'
import {isDocSpaceId, ID_EXPECTED} from './docspace-id.js'
import {parseIssueKey, parseIssueLabel} from './issue.js'
import {parseDuration, parseBoolean, parseWholeNumber} from './parse-values.js'
import {parsePortal, type Portal} from './portal-url.js'
import {parseStorageParams, parseStorageType} from './storage.js'
import {readProxyVariables, type Environment, type ProxyVariables} from './proxy-env.js'
import {parseToken} from './token.js'

export interface Inputs {
  /** The portal's address: base URL (with any path prefix), host, origin. */
  portal: Portal
  /** The runner's proxy variables; docspace/proxy.ts chooses from them for each URL. */
  proxyVariables: ProxyVariables
  /** The API key or personal access token, without a leading `Bearer `. */
  token: string
  /** Ask for server-wide (dump) backups: `Dump=true`. */
  dump: boolean
  /** The fewest usable backups that count as healthy. */
  minCount: number
  /** Oldest acceptable age of the newest usable backup; `'auto'` derives it from the schedule. */
  maxAge: number | 'auto'
  /** Added to an `auto` max-age. */
  graceHours: number
  /** No automatic backup schedule is a failure. */
  requireSchedule: boolean
  /** Fail the step when unhealthy or unreachable. */
  failOnUnhealthy: boolean
  /** Per-request timeout. */
  timeoutMs: number
  /** Extra attempts for transient failures. */
  retries: number
  /** Write the job summary. */
  summary: boolean
  /** Start a backup and wait for it before judging. */
  startBackup: boolean
  /** Storage of the started backup; `null`: the schedule's. */
  storageType: number | null
  /** Storage parameters of the started backup; `null`: the schedule's. */
  storageParams: Record<string, string> | null
  /** How long to wait for the started backup. */
  waitTimeoutMs: number
  /** Stream the newest usable backup's archive and check it. */
  verify: boolean
  /** Folder of Documents backups when it is not the schedule's; `null`: the schedule's. */
  verifyFolder: string | null
  /** The whole download and check. */
  verifyTimeoutMs: number
  /** Keep one GitHub issue per check. */
  issue: boolean
  /** `github-token`: checked, and without a leading `Bearer `, when `issue` is on. */
  githubToken: string
  /** The label that finds the check's issue. */
  issueLabel: string
  /** What tells this check's issue from another's; `null`: the portal URL and `dump`. */
  issueKey: string | null
  /** A job running longer than this since the schedule started it is `backup-stuck`. */
  maxRuntimeHours: number
  /** The heartbeat: `ping-url` and `ping-provider`; `null` when no `ping-url`. */
  ping: PingSettings | null
}

/** Reads one input's raw text; `''` when it is not set. */
export type InputReader = (name: InputName) => string

const HOURS = 3600
const SECONDS = 1

/**
 * Parses every input, and the proxy variables of `environment`; throws an InputError naming the
 * first invalid input.
 */
export function parseInputs(read: InputReader, environment: Environment): Inputs {
  const text = (name: DefaultedInput): string => read(name).trim() || defaultOf(name)
  const bool = (name: BooleanInput): boolean => parseBoolean(name, text(name))

  const inputs: Inputs = {
    portal: parsePortal(
      required(read, 'portal', 'a portal URL such as https://portal.example.com')
    ),
    proxyVariables: readProxyVariables(environment),
    token: parseToken('token', required(read, 'token', 'a DocSpace API key (sk-…)')),
    dump: bool('dump'),
    minCount: parseWholeNumber('min-count', text('min-count'), 0, Number.MAX_SAFE_INTEGER),
    maxAge: parseMaxAge(text('max-age')),
    graceHours:
      parseDuration('grace', text('grace'), {
        bareUnitSeconds: HOURS,
        allowZero: true,
        expected: 'a duration of 0 or more, such as 3h, 90m or 0'
      }) / HOURS,
    requireSchedule: bool('require-schedule'),
    failOnUnhealthy: bool('fail-on-unhealthy'),
    timeoutMs:
      parseDuration('timeout', text('timeout'), {
        bareUnitSeconds: SECONDS,
        allowZero: false,
        maxSeconds: 600,
        expected: 'a duration over 0 and at most 10m, such as 30s or 2m (a bare number is seconds)'
      }) * 1000,
    retries: parseWholeNumber('retries', text('retries'), 0, 10),
    summary: bool('summary'),
    startBackup: bool('start-backup'),
    storageType: parseStorageType(read('storage-type')),
    storageParams: parseStorageParams(read('storage-params')),
    waitTimeoutMs:
      parseDuration('wait-timeout', text('wait-timeout'), {
        bareUnitSeconds: SECONDS,
        allowZero: false,
        maxSeconds: 6 * HOURS,
        expected: 'a duration over 0 and at most 6h, such as 30m (a bare number is seconds)'
      }) * 1000,
    verify: bool('verify'),
    verifyFolder: parseVerifyFolder(read('verify-folder').trim()),
    verifyTimeoutMs: parseVerifyTimeoutMs(text('verify-timeout')),
    issue: bool('issue'),
    githubToken: read('github-token').trim(),
    issueLabel: parseIssueLabel(text('issue-label')),
    issueKey: parseIssueKey(read('issue-key')),
    maxRuntimeHours:
      parseDuration('max-runtime', text('max-runtime'), {
        bareUnitSeconds: HOURS,
        allowZero: false,
        maxSeconds: 7 * 24 * HOURS,
        expected: 'a duration over 0 and at most 7d, such as 6h or 90m (a bare number is hours)'
      }) / HOURS,
    ping: parsePing(read('ping-url'), text('ping-provider'))
  }
  if (inputs.issue) inputs.githubToken = parseToken('github-token', inputs.githubToken)
  return inputs
}

function required(read: InputReader, name: InputName, expected: string): string {
  const value = read(name).trim()
  if (value === '') throw inputError(name, `is required: expected ${expected}.`)
  return value
}

function parseMaxAge(value: string): number | 'auto' {
  if (value.toLowerCase() === 'auto') return 'auto'
  return (
    parseDuration('max-age', value, {
      bareUnitSeconds: HOURS,
      allowZero: false,
      expected: 'a duration such as 36h, 2d, 90m, or "auto"'
    }) / HOURS
  )
}

/** `verify-timeout` in ms: also `verify-file --verify-timeout`, which has the same rule. */
export function parseVerifyTimeoutMs(value: string): number {
  const rule = {
    bareUnitSeconds: SECONDS,
    allowZero: false,
    maxSeconds: 6 * HOURS,
    expected: 'a duration over 0 and at most 6h, such as 30m (a bare number is seconds)'
  }
  return parseDuration('verify-timeout', value, rule) * 1000
}

// It goes into a URL path: an id, never a path or anything a URL would read differently.
function parseVerifyFolder(value: string): string | null {
  if (value === '') return null
  if (isDocSpaceId(value)) return value
  throw invalidInput('verify-folder', value, ID_EXPECTED)
}
