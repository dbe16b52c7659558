// Command-line arguments as input text: `--max-age 36h`, `--max-age=36h`, `--dump` (true),
// `--no-require-schedule` (false). The same parser and checks as the Action then apply.
import {InputError} from '../core/errors.js'
import type {InputReader} from '../inputs/index.js'
import {BOOLEAN_INPUTS, CLI_INPUT_NAMES} from '../inputs/names.js'

const INPUT_OPTIONS: readonly string[] = CLI_INPUT_NAMES
const BOOLEAN_OPTIONS: readonly string[] = BOOLEAN_INPUTS
/** The CLI's own options, besides the inputs. */
export const CLI_OPTIONS = [
  'format',
  'textfile',
  'help',
  'serve',
  'port',
  'scenario',
  'latency',
  'records',
  'archive'
]
const CLI_FLAGS = ['help', 'serve']
const BOOLEAN_WORDS = /^(true|false)$/i

export interface CliArguments {
  /** Raw text per input or CLI option name. */
  values: Map<string, string>
}

export function parseArguments(argv: string[]): CliArguments {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const match = /^--(no-)?([a-z-]+)(?:=(.*))?$/s.exec(arg)
    if (!match)
      throw new InputError(
        'arguments',
        // Not quoted: a stray argument is often a token that lost its --token.
        `Unexpected argument at position ${i + 1}: options look like --portal URL (see --help).`
      )
    const [, negated, name, inline] = match
    const isFlag = BOOLEAN_OPTIONS.includes(name) || CLI_FLAGS.includes(name)
    if (!INPUT_OPTIONS.includes(name) && !CLI_OPTIONS.includes(name)) {
      throw new InputError(name, `Unknown option "--${name}" (see --help).`)
    }
    if (negated) {
      if (!isFlag)
        throw new InputError(
          name,
          `Option "--no-${name}" does not exist: "--${name}" is not a true/false option.`
        )
      values.set(name, 'false')
    } else if (inline !== undefined) {
      values.set(name, inline)
    } else if (isFlag) {
      // `--dump` alone is true; `--dump false` also reads as the input would.
      const next = argv[i + 1]
      values.set(name, next !== undefined && BOOLEAN_WORDS.test(next) ? argv[++i] : 'true')
    } else {
      const next = argv[++i]
      if (next === undefined) throw new InputError(name, `Option "--${name}" needs a value.`)
      values.set(name, next)
    }
  }
  return {values}
}

/** Reads inputs from the arguments, then from DOCSPACE_PORTAL / DOCSPACE_TOKEN / DOCSPACE_PING_URL. */
export function cliInputReader(args: CliArguments, env: NodeJS.ProcessEnv): InputReader {
  const fromEnv: Record<string, string | undefined> = {
    portal: env.DOCSPACE_PORTAL,
    token: env.DOCSPACE_TOKEN,
    'ping-url': env.DOCSPACE_PING_URL
  }
  return name => args.values.get(name) ?? fromEnv[name] ?? ''
}

export const USAGE = `Usage: docspace-backup-check [--portal URL --token TOKEN] [options]

Checks the backups of an ONLYOFFICE DocSpace portal. Without --portal (or DOCSPACE_PORTAL), it
runs against two embedded demo portals, one healthy and one unhealthy.

  --portal URL            portal base URL (or DOCSPACE_PORTAL)
  --token TOKEN           API key or personal access token (or DOCSPACE_TOKEN, safer: not in ps)
  --min-count N           fewest usable backups (default 1)
  --max-age DURATION      e.g. 36h, 2d, or auto (default auto: one schedule period + grace)
  --grace DURATION        added to an auto max-age (default 3h)
  --no-require-schedule   do not fail when the portal has no backup schedule
  --dump                  check server-wide (dump) backups
  --timeout DURATION      per request (default 30s)   --retries N   (default 3)
  --start-backup          start a backup and wait for it first (spends the free-backup quota)
  --storage-type TYPE     --storage-params JSON   --wait-timeout DURATION (default 30m)
  --verify                stream the newest backup's archive and check it can be restored
  --verify-folder ID      its folder, when not the schedule's   --verify-timeout DURATION (30m)
  --max-runtime DURATION  a job running longer since the schedule started it is stuck (default 6h)
  --ping-url URL          heartbeat URL pinged at the end of the run (or DOCSPACE_PING_URL, safer)
  --ping-provider NAME    auto, healthchecks, cronitor, uptime-kuma, betterstack or generic
  --no-fail-on-unhealthy  exit 0 even when unhealthy or unreachable
  --format FORMAT         what to print: text (default), markdown, json (the report),
                          nagios (a monitoring plugin's output and exit code), prometheus
  --textfile PATH.prom    also write the Prometheus metrics to PATH, atomically (for
                          node_exporter's textfile collector); the exit code is unchanged
  --serve --port N --scenario NAME   only run a demo portal (healthy, unhealthy, empty, old, …);
                          its first line names its URL (--port 0: any free port)
    --latency MS          with --serve: wait MS milliseconds before every answer
    --records N           with --serve: a large history of N records instead of a scenario
    --archive FILE        with --serve: the newest backup's archive (default: a generated one)
  --help                  this text

Also: docspace-backup-check verify-file PATH   checks a backup archive on disk (see verify-file --help).

Exit codes: 0 healthy, 1 unhealthy, 2 could not check, 64 invalid arguments; with --format
nagios: 0 OK, 1 WARNING (healthy, with a warning that needs a person), 2 CRITICAL (unhealthy),
3 UNKNOWN (could not check, invalid arguments).`
