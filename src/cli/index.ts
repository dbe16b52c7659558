#!/usr/bin/env node
// The CLI: the same check outside Actions (cron, GitLab CI, Jenkins, a monitoring system), the
// embedded demo, and the restore check of an archive on disk. The command is chosen in
// commands.ts; here the arguments are read, and a failure is reported as the run asked.
import {endProcess} from '../core/end-process.js'
import {InputError, messageOf} from '../core/errors.js'
import {parsePortal} from '../inputs/portal-url.js'
import {redactSecrets} from '../core/secrets/redact.js'
import {parseArguments} from './args.js'
import {cliMessage} from './cli-inputs.js'
import {checkApplies, commandOf} from './commands.js'
import {restartWithSmallYoungGeneration, wantsFleetRestart} from './fleet-restart.js'
import {asksForNagios, EXIT, print} from './formats.js'
import type {RunContext} from './run-context.js'
import {publishUnchecked} from './textfile.js'
import {VERSION} from './usage.js'

async function main(argv: string[], context: RunContext): Promise<number> {
  const {command, rest, firstPosition} = commandOf(argv)
  // Asked for anywhere, help and the version win over whatever else is wrong.
  const before = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest
  if (before.some(arg => arg === '--help' || arg === '-h')) return print(command.usage, 0)
  if (before.some(arg => arg === '--version' || arg === '-V')) return print(VERSION, 0)
  const args = parseArguments(rest, firstPosition)
  checkApplies(command, args)
  return command.run(args, context)
}

async function fail(argv: string[], context: RunContext, error: unknown): Promise<number> {
  const input = error instanceof InputError
  if (input) await publishUnchecked(context.textfile, portalHost(context))
  // An invalid input never quotes a secret; anything else is a bug, whose message might.
  const message = input
    ? cliMessage(error, context.inputs)
    : redactSecrets(messageOf(error), secretsOf(argv, context))
  if (asksForNagios(argv)) {
    // A plugin that cannot check says UNKNOWN on stdout, where the monitoring system reads.
    const {renderNagiosUnknown} = await import('../render/nagios.js')
    const unknown = renderNagiosUnknown(message)
    return print(unknown.text, unknown.exitCode)
  }
  console.error(message)
  return input ? EXIT.usage : EXIT.error
}

/** The portal's host for the `up 0` metrics, when the portal was valid. */
function portalHost(context: RunContext): string {
  try {
    return context.inputs ? parsePortal(context.inputs.read('portal')).host : ''
  } catch {
    // An invalid portal: the metrics say so without naming it.
    return ''
  }
}

function secretsOf(argv: string[], context: RunContext): string[] {
  return [...(context.inputs?.secrets ?? []), ...(context.secrets ?? []), ...tokensGiven(argv)]
}

/** The token as given on the command line or in the environment, before the inputs were read. */
function tokensGiven(argv: string[]): string[] {
  const at = argv.indexOf('--token')
  const given = [
    process.env.DOCSPACE_TOKEN ?? '',
    at === -1 ? '' : (argv[at + 1] ?? ''),
    ...argv.filter(arg => arg.startsWith('--token=')).map(arg => arg.slice('--token='.length))
  ]
  return given.flatMap(value => [value.trim(), value.trim().replace(/^bearer\s+/i, '')])
}

const argv = process.argv.slice(2)
const context: RunContext = {}
;(wantsFleetRestart(argv) ? restartWithSmallYoungGeneration(argv) : main(argv, context))
  .catch((error: unknown) => fail(argv, context, error))
  .then(
    code => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(redactSecrets(messageOf(error), secretsOf(argv, context)))
      process.exitCode = EXIT.error
    }
  )
  // The verdict is out: a lookup still stuck in the system resolver must not hold the process.
  .then(endProcess)
