// `docspace-backup-check exporter --config FILE`: the portals file checked on a schedule and
// served to Prometheus. Every option and the whole file are checked before the first request
// (exit 64 otherwise); then it runs until SIGTERM or SIGINT, re-reading the file on SIGHUP.
import {InputError, invalidInput} from '../core/errors.js'
import {startExporter, type ExporterSettings} from '../exporter/index.js'
import type {ListenAddress} from '../exporter/http-server.js'
import {realExporterClock} from '../exporter/clock.js'
import {checkFleetPortal} from '../fleet/check-portal.js'
import {readPortalsFile, type FleetPortal} from '../fleet/portals-file.js'
import {parseOnly, parseShard, selectPortals} from '../fleet/selection.js'
import {parseDuration, parseWholeNumber} from '../inputs/parse-values.js'
import {realTiming} from '../time/clock.js'
import type {CliArguments} from './args.js'
import {DEFAULT_CONCURRENCY} from '../fleet/run-fleet.js'
import type {RunContext} from './run-context.js'

/**
 * Outside the 9100–9999 range of Prometheus' "default port allocations" page, which has had no
 * free number since 2023: one of its numbers would be another exporter's (README).
 */
export const DEFAULT_LISTEN = '127.0.0.1:10180'
/** How long SIGTERM waits for the running checks before the process ends anyway. */
const GRACE_MS = 9_000

export async function exporterCommand(args: CliArguments, context: RunContext): Promise<number> {
  const settings = exporterSettings(args)
  const only = parseOnly(args.values.get('only') ?? '')
  const shard = parseShard(args.values.get('shard') ?? '')
  const log = (line: string) => console.error(line)
  // The file's portals, those of --only and of the shard: read again as it was at start.
  const load = async (file: string) => {
    const fleet = await readPortalsFile(file, process.env)
    context.secrets = fleet.portals.map(portal => portal.inputs.token)
    return selectPortals(fleet.portals, {only, shard})
  }
  const portals = await load(settings.configPath)
  const exporter = await startExporter(settings, portals, {
    load,
    check: (portal: FleetPortal, run) =>
      checkFleetPortal(verifyOnly(portal, run.verify), {timing: realTiming, signal: run.signal}),
    verifies: portal => portal.inputs.verify,
    clock: realExporterClock,
    log
  })
  console.log(`Listening on ${exporter.url}/metrics: ${portals.length} portals.`)
  const onHangup = () => void exporter.reload()
  process.on('SIGHUP', onHangup)
  const signal = await new Promise<string>(resolve => {
    process.once('SIGTERM', () => resolve('SIGTERM')).once('SIGINT', () => resolve('SIGINT'))
  })
  process.off('SIGHUP', onHangup)
  log(`${signal}: stopping (the running checks are cancelled).`)
  let timer: NodeJS.Timeout | undefined
  const grace = new Promise<void>(resolve => {
    timer = setTimeout(() => {
      log(`Checks still running ${GRACE_MS / 1000} s after ${signal}: exiting without them.`)
      resolve()
    }, GRACE_MS)
  })
  await Promise.race([exporter.stop(), grace])
  clearTimeout(timer)
  return 0
}

/** A check that is not due for its restore check runs without one. */
function verifyOnly(portal: FleetPortal, verify: boolean): FleetPortal {
  return verify || !portal.inputs.verify
    ? portal
    : {...portal, inputs: {...portal.inputs, verify: false}}
}

export function exporterSettings(args: CliArguments): ExporterSettings {
  const given = (name: string) => args.values.get(name)
  const configPath = given('config')
  if (configPath === undefined || configPath.trim() === '') {
    throw new InputError('config', 'exporter needs --config FILE, the portals file (see --help).')
  }
  const duration = (name: string, fallback: string, minSeconds: number, maxSeconds: number) => {
    const text = given(name) ?? fallback
    const seconds = parseDuration(name, text, {
      bareUnitSeconds: 1,
      allowZero: false,
      maxSeconds,
      expected: `a duration from ${minSeconds} s to ${maxSeconds / 86_400} days, such as 15m, 1h`
    })
    if (seconds < minSeconds) throw invalidInput(name, text, `at least ${minSeconds} s`)
    return seconds * 1000
  }
  return {
    configPath,
    listen: parseListen(given('listen') ?? DEFAULT_LISTEN),
    intervalMs: duration('interval', '15m', 1, 7 * 86_400),
    verifyIntervalMs: duration('verify-interval', '24h', 1, 30 * 86_400),
    concurrency: parseWholeNumber(
      'concurrency',
      given('concurrency') ?? String(DEFAULT_CONCURRENCY),
      1,
      1000
    )
  }
}

/** `HOST:PORT`, `[IPv6]:PORT`, or `:PORT` (every address); port 0 picks a free one. */
export function parseListen(text: string): ListenAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]*)):(\d{1,5})$/.exec(text.trim())
  const port = match ? Number(match[3]) : NaN
  if (!match || port > 65_535) {
    throw invalidInput('listen', text, 'HOST:PORT, such as 127.0.0.1:10180, [::1]:10180 or :10180')
  }
  const host = match[1] ?? (match[2] === '' ? '0.0.0.0' : match[2]!)
  return {host, port}
}
