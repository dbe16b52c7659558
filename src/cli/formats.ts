// What the CLI prints, per `--format`, and the exit code that goes with it. Every format is a
// pure rendering of the same reports; the monitoring ones load only when asked for.
import {InputError, quoteValue} from '../core/errors.js'
import type {Report} from '../report/shape.js'
import {renderSummary} from '../render/summary.js'
import {renderText} from '../render/text.js'

export const FORMATS = ['text', 'markdown', 'json', 'nagios', 'prometheus'] as const
export type Format = (typeof FORMATS)[number]

/** The CLI's own exit codes (nagios has the plugin codes instead: 0 OK … 3 UNKNOWN). */
export const EXIT = {healthy: 0, unhealthy: 1, error: 2, usage: 64}

/** `--format`, in any case (`Nagios`, `JSON`); `allowed`: a command's own list. */
export function checkFormat<F extends string = Format>(
  value: string | undefined,
  allowed: readonly F[] = FORMATS as readonly string[] as readonly F[]
): F {
  const format = (value ?? 'text').trim().toLowerCase()
  const known = allowed.find(name => name === format)
  if (known) return known
  throw new InputError(
    'format',
    `Option "--format" has an invalid value ${quoteValue(value ?? '')}: expected ${allowed.join(', ')}.`
  )
}

/** `--format nagios` (any case) asked for, even when the rest of the arguments cannot be read. */
export function asksForNagios(argv: readonly string[]): boolean {
  const nagios = (text: string | undefined) => text?.trim().toLowerCase() === 'nagios'
  return argv.some(
    (arg, i) =>
      (arg.startsWith('--format=') && nagios(arg.slice(9))) ||
      (arg === '--format' && nagios(argv[i + 1]))
  )
}

/** Prints a command's output; returns its exit code. */
export function print(text: string, code: number): number {
  console.log(text)
  return code
}

export interface Rendered {
  text: string
  /** nagios: the plugin state's exit code, whatever `fail-on-unhealthy` says. */
  pluginExitCode?: number
}

/** The reports of one run (the demo has two) as the format prints them. */
export async function renderReports(format: Format, reports: readonly Report[]): Promise<Rendered> {
  if (format === 'prometheus') {
    const {renderPrometheus} = await import('../render/prometheus.js')
    return {text: renderPrometheus(reports).trimEnd()}
  }
  if (format === 'nagios') {
    const {renderNagios} = await import('../render/nagios.js')
    const outputs = reports.map(renderNagios)
    return {
      text: outputs.map(output => output.text).join('\n\n'),
      pluginExitCode: Math.max(...outputs.map(output => output.exitCode))
    }
  }
  const render = {text: renderText, markdown: renderSummary, json: jsonOf}[format]
  return {text: reports.map(render).join('\n\n')}
}

function jsonOf(report: Report): string {
  return JSON.stringify(report, null, 2)
}
