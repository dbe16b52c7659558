// `--config FILE`: every portal of a portals file (or of `--only`, of a `--shard`), at most
// `--concurrency` at once, then one output for the fleet and the worst exit code. The whole
// file is validated before any request; the single check's options are the file's to give.
import {InputError} from '../core/errors.js'
import {renderFleetMetrics} from '../fleet/fleet-metrics.js'
import {worstStatus} from '../fleet/fleet-report.js'
import {readPortalsFile} from '../fleet/portals-file.js'
import {checkFleet, DEFAULT_CONCURRENCY} from '../fleet/run-fleet.js'
import {parseOnly, parseShard, selectPortals} from '../fleet/selection.js'
import {parseWholeNumber} from '../inputs/parse-values.js'
import {realTiming} from '../time/clock.js'
import type {CliArguments} from './args.js'
import {checkFormat, EXIT, print} from './formats.js'
import {renderFleet} from './fleet-formats.js'
import {CHECK_INPUT_OPTIONS} from './options.js'
import type {RunContext} from './run-context.js'
import {checkTextfilePath, publishExposition} from './textfile.js'

export async function fleetCommand(args: CliArguments, context: RunContext): Promise<number> {
  const given = (name: string) => args.values.get(name)
  // A portal's own options are the file's: one given here would be ambiguous (which portal?).
  const single = [...CHECK_INPUT_OPTIONS, 'token-file'].find(name => given(name) !== undefined)
  if (single !== undefined) {
    const where = ['portal', 'token', 'token-file'].includes(single)
      ? 'each portal and its token are entries of the portals file'
      : 'give it in the portals file, under "defaults:" or an entry'
    throw new InputError(single, `Option "--${single}" cannot be combined with --config: ${where}.`)
  }
  const format = checkFormat(given('format'))
  const textfile = given('textfile')
  if (textfile !== undefined) context.textfile = checkTextfilePath(textfile)
  const concurrency = parseWholeNumber(
    'concurrency',
    given('concurrency') ?? String(DEFAULT_CONCURRENCY),
    1,
    1000
  )
  const only = parseOnly(given('only') ?? '')
  const shard = parseShard(given('shard') ?? '')
  const fleet = await readPortalsFile(given('config') ?? '', process.env)
  context.secrets = fleet.portals.map(portal => portal.inputs.token)
  const portals = selectPortals(fleet.portals, {only, shard})

  const named = await checkFleet(portals, {
    concurrency,
    timing: realTiming,
    log: line => console.error(line)
  })
  const rendered = renderFleet(format, named, new Date(realTiming.now()))
  // Written before anything is printed: a failure to write is the run's error, not after an OK.
  if (context.textfile !== undefined) publishExposition(context.textfile, renderFleetMetrics(named))
  const failing = named.filter((_, index) => portals[index].inputs.failOnUnhealthy)
  const code = EXIT[worstStatus(failing.map(({report}) => report))]
  return print(rendered.text, rendered.pluginExitCode ?? code)
}
