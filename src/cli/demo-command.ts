// `docspace-backup-check demo`: the check against a healthy and an unhealthy demo portal (fake
// DocSpaces on 127.0.0.1). Only ever run by name: no portal is an invalid argument, not a demo.
import {runCheck} from '../check.js'
import {parseInputs, type InputReader} from '../inputs/index.js'
import type {Report} from '../report/shape.js'
import {realTiming} from '../time/clock.js'
import type {CliArguments} from './args.js'
import {cliInputs} from './cli-inputs.js'
import {DEMO_TOKEN, demoPortal} from './demo.js'
import {checkFormat, print, renderReports} from './formats.js'
import type {RunContext} from './run-context.js'
import {checkTextfilePath, publishMetrics} from './textfile.js'

/** Succeeds when both verdicts are the expected ones. */
export async function demoCommand(args: CliArguments, context: RunContext): Promise<number> {
  const format = checkFormat(args.values.get('format'))
  const textfile = args.values.get('textfile')
  if (textfile !== undefined) context.textfile = checkTextfilePath(textfile)
  const inputs = (context.inputs = await cliInputs(args, process.env))
  // On stderr unless the format is text, so that stdout stays what was asked for.
  const say = format === 'text' ? console.log : console.error
  say('Checking two embedded demo portals (a fake DocSpace on 127.0.0.1).\n')
  // The demo portals are not the user's: their own URL and token, and no heartbeat.
  const readFor =
    (url: string): InputReader =>
    name =>
      ({portal: url, token: DEMO_TOKEN, 'ping-url': ''})[name as string] ??
      // The demo proves its newest backup can be restored, unless told otherwise.
      (inputs.read(name) || (name === 'verify' ? 'true' : ''))
  // Every option checked before a demo portal starts.
  parseInputs(readFor('http://127.0.0.1'), process.env)
  const reports: Report[] = []
  for (const scenario of ['healthy', 'unhealthy']) {
    const portal = await demoPortal(scenario)
    try {
      const inputsOfPortal = parseInputs(readFor(portal.url), process.env)
      reports.push(await runCheck(inputsOfPortal, {log: console.error, timing: realTiming}))
    } finally {
      await portal.close()
    }
  }
  await publishMetrics(context.textfile, reports)
  const expected = reports.map(report => report.status).join() === 'healthy,unhealthy'
  return print((await renderReports(format, reports)).text, expected ? 0 : 1)
}
