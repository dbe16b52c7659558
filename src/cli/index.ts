#!/usr/bin/env node
// The CLI: the same check outside Actions (cron, GitLab CI, Jenkins, a monitoring system), or
// the embedded demo.
import {runCheck} from '../check.js'
import {endProcess} from '../core/end-process.js'
import {InputError, messageOf} from '../core/errors.js'
import {parseInputs, type InputReader} from '../inputs/index.js'
import {parsePortal} from '../inputs/portal-url.js'
import type {Report} from '../report/shape.js'
import {redactSecrets} from '../core/secrets/redact.js'
import {realTiming} from '../time/clock.js'
import {cliInputReader, parseArguments, USAGE} from './args.js'
import {DEMO_TOKEN, demoPortal} from './demo.js'
import {asksForNagios, checkFormat, EXIT, renderReports, type Format} from './formats.js'
import {serve} from './serve.js'
import {checkTextfilePath, writeTextfile} from './textfile.js'

/** What is known of the run so far: a failure is still reported the way the run asked. */
interface RunContext {
  textfile?: string
  read?: InputReader
}

async function main(argv: string[], context: RunContext): Promise<number> {
  if (argv[0] === 'verify-file') {
    // Loaded only for this command: its checker (and saxes) are a chunk of their own.
    const {verifyFileCommand} = await import('./verify-file.js')
    return verifyFileCommand(argv.slice(1))
  }
  const args = parseArguments(argv)
  if (args.values.has('help')) return print(USAGE, 0)
  const format = checkFormat(args.values.get('format'))
  if (args.values.get('serve') === 'true') return serve(args)
  const textfile = args.values.get('textfile')
  if (textfile !== undefined) context.textfile = checkTextfilePath(textfile)
  const read = (context.read = cliInputReader(args, process.env))
  if (read('portal') === '') return runDemo(read, format, context.textfile)

  const inputs = parseInputs(read, process.env)
  const report = await runCheck(inputs, {log: line => console.error(line), timing: realTiming})
  const rendered = await renderReports(format, [report])
  await publishMetrics(context.textfile, [report])
  return print(
    rendered.text,
    rendered.pluginExitCode ?? (inputs.failOnUnhealthy ? EXIT[report.status] : 0)
  )
}

/** Checks a healthy and an unhealthy demo portal; succeeds when both verdicts are the expected ones. */
async function runDemo(read: InputReader, format: Format, textfile?: string): Promise<number> {
  // On stderr unless the format is text, so that stdout stays what was asked for.
  const say = format === 'text' ? console.log : console.error
  say('No --portal given: checking two embedded demo portals (a fake DocSpace on 127.0.0.1).\n')
  const reports: Report[] = []
  for (const scenario of ['healthy', 'unhealthy']) {
    const portal = await demoPortal(scenario)
    try {
      // The demo portals are not the user's: no heartbeat for them.
      const demoRead: InputReader = name =>
        name === 'portal'
          ? portal.url
          : name === 'token'
            ? DEMO_TOKEN
            : name === 'ping-url'
              ? ''
              : // The demo proves its newest backup can be restored, unless told otherwise.
                read(name) || (name === 'verify' ? 'true' : '')
      const report = await runCheck(parseInputs(demoRead, process.env), {
        log: line => console.error(line),
        timing: realTiming
      })
      reports.push(report)
    } finally {
      await portal.close()
    }
  }
  await publishMetrics(textfile, reports)
  const expected = reports.map(report => report.status).join() === 'healthy,unhealthy'
  return print((await renderReports(format, reports)).text, expected ? 0 : 1)
}

/**
 * `--textfile`: the metrics, whatever `--format` prints. Written before anything is printed, so
 * that a failure to write is reported as the run's error (nagios: UNKNOWN), not after an OK.
 */
async function publishMetrics(textfile: string | undefined, reports: Report[]): Promise<void> {
  if (textfile === undefined) return
  const {renderPrometheus} = await import('../render/prometheus.js')
  try {
    writeTextfile(textfile, renderPrometheus(reports))
  } catch (error) {
    throw new Error(`Could not write the metrics to --textfile "${textfile}": ${messageOf(error)}`)
  }
}

/** Invalid arguments with a usable `--textfile`: `up` 0 replaces the last good run's figures. */
async function publishUnchecked(context: RunContext): Promise<void> {
  if (context.textfile === undefined) return
  const {renderPrometheusUnchecked} = await import('../render/prometheus.js')
  let host = ''
  try {
    host = context.read ? parsePortal(context.read('portal')).host : ''
  } catch {
    // An invalid portal: the metrics say so without naming it.
  }
  try {
    writeTextfile(context.textfile, renderPrometheusUnchecked(host, 'invalid-input', new Date()))
  } catch (error) {
    console.error(`Could not write the metrics to --textfile: ${messageOf(error)}`)
  }
}

function print(text: string, code: number): number {
  console.log(text)
  return code
}

/** The token as given (option or environment), to keep it out of any message about a failure. */
function tokensGiven(argv: string[]): string[] {
  const at = argv.indexOf('--token')
  const given = [
    process.env.DOCSPACE_TOKEN ?? '',
    at === -1 ? '' : (argv[at + 1] ?? ''),
    ...argv.filter(arg => arg.startsWith('--token=')).map(arg => arg.slice('--token='.length))
  ]
  return given.flatMap(value => [value.trim(), value.trim().replace(/^bearer\s+/i, '')])
}

async function fail(argv: string[], context: RunContext, error: unknown): Promise<number> {
  const input = error instanceof InputError
  if (input) await publishUnchecked(context)
  // An invalid input never quotes a secret; anything else is a bug, whose message might.
  const message = input ? messageOf(error) : redactSecrets(messageOf(error), tokensGiven(argv))
  if (asksForNagios(argv)) {
    // A plugin that cannot check says UNKNOWN on stdout, where the monitoring system reads.
    const {renderNagiosUnknown} = await import('../render/nagios.js')
    const unknown = renderNagiosUnknown(message)
    return print(unknown.text, unknown.exitCode)
  }
  console.error(message)
  return input ? EXIT.usage : EXIT.error
}

const argv = process.argv.slice(2)
const context: RunContext = {}
main(argv, context)
  .catch((error: unknown) => fail(argv, context, error))
  .then(
    code => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(redactSecrets(messageOf(error), tokensGiven(argv)))
      process.exitCode = EXIT.error
    }
  )
  // The verdict is out: a lookup still stuck in the system resolver must not hold the process.
  .then(endProcess)
