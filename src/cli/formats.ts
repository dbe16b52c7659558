// What the CLI prints, per `--format`, and the exit code that goes with it. Every format is a
// pure rendering of the same reports; the monitoring ones load only when asked for.
import {InputError} from '../core/errors.js'
import type {Report} from '../report/shape.js'
import {renderSummary} from '../render/summary.js'
import {renderText} from '../render/text.js'

export const FORMATS = ['text', 'markdown', 'json', 'nagios', 'prometheus'] as const
export type Format = (typeof FORMATS)[number]

/** The CLI's own exit codes (nagios has the plugin codes instead: 0 OK … 3 UNKNOWN). */
export const EXIT = {healthy: 0, unhealthy: 1, error: 2, usage: 64}

export function checkFormat(value: string | undefined): Format {
  const format = value ?? 'text'
  if ((FORMATS as readonly string[]).includes(format)) return format as Format
  throw new InputError(
    'format',
    `Option "--format" has an invalid value "${format}": expected ${FORMATS.join(', ')}.`
  )
}

/** `--format nagios` asked for, even when the rest of the arguments cannot be read. */
export function asksForNagios(argv: readonly string[]): boolean {
  return argv.some(
    (arg, i) => arg === '--format=nagios' || (arg === '--format' && argv[i + 1] === 'nagios')
  )
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
