// The check of one portal: the arguments → the same inputs as the Action → the check → a format
// and an exit code. No portal (or an empty one) is an invalid argument, never the demo.
import {runCheck} from '../check.js'
import {parseInputs} from '../inputs/index.js'
import {realTiming} from '../time/clock.js'
import {InputError} from '../core/errors.js'
import type {CliArguments} from './args.js'
import {FLEET_OPTIONS} from './options.js'
import {cliInputs, requireCheckTarget} from './cli-inputs.js'
import {checkFormat, EXIT, print, renderReports} from './formats.js'
import type {RunContext} from './run-context.js'
import {checkTextfilePath, publishMetrics} from './textfile.js'

export async function checkCommand(args: CliArguments, context: RunContext): Promise<number> {
  const fleetOnly = FLEET_OPTIONS.find(name => args.values.has(name))
  if (fleetOnly !== undefined) {
    throw new InputError(fleetOnly, `Option "--${fleetOnly}" applies only with --config FILE.`)
  }
  const format = checkFormat(args.values.get('format'))
  const textfile = args.values.get('textfile')
  if (textfile !== undefined) context.textfile = checkTextfilePath(textfile)
  const inputs = (context.inputs = await cliInputs(args, process.env))
  requireCheckTarget(inputs)
  const parsed = parseInputs(inputs.read, process.env)

  const report = await runCheck(parsed, {log: line => console.error(line), timing: realTiming})
  const rendered = await renderReports(format, [report])
  await publishMetrics(context.textfile, [report])
  const code = parsed.failOnUnhealthy ? EXIT[report.status] : EXIT.healthy
  return print(rendered.text, rendered.pluginExitCode ?? code)
}
