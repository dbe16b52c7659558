// `--serve`: only a demo portal, for trying the check (or a monitoring system) against it. Its
// first line names its URL (with `--port 0`, a free port).
import {readFileSync} from 'node:fs'
import {InputError} from '../core/errors.js'
import {parseWholeNumber} from '../inputs/parse-values.js'
import type {CliArguments} from './args.js'
import {DEMO_TOKEN, demoPortal} from './demo.js'

export async function serve(args: CliArguments): Promise<number> {
  const port = wholeNumber(args, 'port', 65_535) ?? 8080
  const latencyMs = wholeNumber(args, 'latency')
  const records = wholeNumber(args, 'records')
  if (records !== undefined && args.values.has('scenario')) {
    const message = 'Options "--records" and "--scenario" cannot be combined: one or the other.'
    throw new InputError('records', message)
  }
  const scenario = args.values.get('scenario') ?? 'healthy'
  const archiveFile = args.values.get('archive')
  const archive = archiveFile === undefined ? undefined : readFileSync(archiveFile)
  const portal = await demoPortal(scenario, port, {latencyMs, records, archive})
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
