#!/usr/bin/env node
// The CLI: the same check outside Actions (cron, GitLab CI, Jenkins), or the embedded demo.
import {runCheck} from '../check.js'
import {endProcess} from '../end-process.js'
import {InputError, messageOf} from '../errors.js'
import {parseInputs, type InputReader} from '../inputs/index.js'
import {parseWholeNumber} from '../inputs/parse-values.js'
import type {Report} from '../report.js'
import {renderSummary} from '../render/summary.js'
import {renderText} from '../render/text.js'
import {redactSecrets} from '../secrets/redact.js'
import {realTiming} from '../time/clock.js'
import {cliInputReader, parseArguments, USAGE, type CliArguments} from './args.js'
import {DEMO_TOKEN, demoPortal} from './demo.js'

const EXIT = {healthy: 0, unhealthy: 1, error: 2, usage: 64}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'verify-file') {
    // Loaded only for this command: its checker (and saxes) are a chunk of their own.
    const {verifyFileCommand} = await import('./verify-file.js')
    return verifyFileCommand(argv.slice(1))
  }
  const args = parseArguments(argv)
  if (args.values.has('help')) return print(USAGE, 0)
  const format = args.values.get('format') ?? 'text'
  if (!['text', 'markdown', 'json'].includes(format))
    throw new InputError(
      'format',
      `Option "--format" has an invalid value "${format}": expected text, markdown or json.`
    )
  if (args.values.get('serve') === 'true') return serve(args)
  const read = cliInputReader(args, process.env)
  if (read('portal') === '') return runDemo(read, format)

  const inputs = parseInputs(read)
  const report = await runCheck(inputs, {log: line => console.error(line), timing: realTiming})
  print(render(report, format), 0)
  return inputs.failOnUnhealthy ? EXIT[report.status] : 0
}

/** Checks a healthy and an unhealthy demo portal; succeeds when both verdicts are the expected ones. */
async function runDemo(read: InputReader, format: string): Promise<number> {
  // On stderr for json and markdown, so that stdout stays what was asked for.
  const say = format === 'text' ? console.log : console.error
  say('No --portal given: checking two embedded demo portals (a fake DocSpace on 127.0.0.1).\n')
  const verdicts: string[] = []
  for (const scenario of ['healthy', 'unhealthy']) {
    const portal = await demoPortal(scenario)
    try {
      const demoRead: InputReader = name =>
        name === 'portal' ? portal.url : name === 'token' ? DEMO_TOKEN : read(name)
      const report = await runCheck(parseInputs(demoRead), {
        log: line => console.error(line),
        timing: realTiming
      })
      print(`${render(report, format)}\n`, 0)
      verdicts.push(report.status)
    } finally {
      await portal.close()
    }
  }
  return verdicts.join() === 'healthy,unhealthy' ? 0 : 1
}

/** `--serve`: only a demo portal. Its first line names its URL (with `--port 0`, a free port). */
async function serve(args: CliArguments): Promise<number> {
  const port = wholeNumber(args, 'port', 65_535) ?? 8080
  const latencyMs = wholeNumber(args, 'latency')
  const records = wholeNumber(args, 'records')
  if (records !== undefined && args.values.has('scenario')) {
    const message = 'Options "--records" and "--scenario" cannot be combined: one or the other.'
    throw new InputError('records', message)
  }
  const scenario = args.values.get('scenario') ?? 'healthy'
  const portal = await demoPortal(scenario, port, {latencyMs, records})
  const name = records === undefined ? scenario : `${records} records`
  const delay = latencyMs ? `, ${latencyMs} ms per answer` : ''
  const stop = 'Ctrl-C stops it.'
  console.log(`Demo DocSpace (${name}${delay}) at ${portal.url}, token ${DEMO_TOKEN}. ${stop}`)
  await new Promise<void>(resolve => process.once('SIGINT', resolve).once('SIGTERM', resolve))
  await portal.close()
  return 0
}

/** A whole-number option, checked as the inputs are; `undefined` when not given. */
function wholeNumber(args: CliArguments, name: string, max = Number.MAX_SAFE_INTEGER) {
  const text = args.values.get(name)
  return text === undefined ? undefined : parseWholeNumber(name, text, 0, max)
}

function render(report: Report, format: string): string {
  if (format === 'json') return JSON.stringify(report, null, 2)
  return format === 'markdown' ? renderSummary(report) : renderText(report)
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

main(process.argv.slice(2))
  .then(
    code => {
      process.exitCode = code
    },
    (error: unknown) => {
      // An invalid input never quotes a secret; anything else is a bug, whose message might.
      const message = messageOf(error)
      console.error(
        error instanceof InputError
          ? message
          : redactSecrets(message, tokensGiven(process.argv.slice(2)))
      )
      process.exitCode = error instanceof InputError ? EXIT.usage : EXIT.error
    }
  )
  // The verdict is out: a lookup still stuck in the system resolver must not hold the process.
  .then(endProcess)
