// The report as Prometheus metrics in the text exposition format (0.0.4), for node_exporter's
// textfile collector or any scraper of a file. Every metric is a gauge named as Prometheus'
// naming guide says (base units, `_seconds` timestamps rather than ages), labelled by the
// portal's host (a fleet's portals by their names), with no sample timestamps (the textfile
// collector refuses them). When the portal could not be checked, only `up`, `healthy`, the check's time and the reason are
// written: a figure from an earlier run never passes for a current one.
import type {Report} from '../report/shape.js'

import {FAMILIES, type Sample} from './prometheus-metrics.js'

/** The metrics of one or more portals (the demo checks two), one HELP and TYPE per family. */
export function renderPrometheus(reports: readonly Report[]): string {
  return renderLabelled(reports.map(report => ({portal: report.host, report})))
}

/**
 * The metrics of reports each under its own `portal` label (a fleet labels by name), every
 * family once.
 */
export function renderLabelled(labelled: readonly {portal: string; report: Report}[]): string {
  const lines: string[] = []
  for (const family of FAMILIES) {
    const samples = labelled.flatMap(({portal, report}) =>
      report.status === 'error' && !family.evenOnError
        ? []
        : family.samples(report).map(sample => sampleLine(family.name, portal, sample))
    )
    if (samples.length === 0) continue
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`)
    lines.push(`# TYPE ${family.name} gauge`)
    lines.push(...samples)
  }
  return `${lines.join('\n')}\n`
}

/**
 * For a run that never reached the portal (invalid arguments): `up` 0 and why, so that a
 * textfile is not left holding the figures of the last good run.
 */
export function renderPrometheusUnchecked(host: string, reason: string, at: Date): string {
  // The families written on error read only these fields.
  const unchecked = {
    host,
    status: 'error',
    reasons: [reason],
    warnings: [],
    checkedAt: at.toISOString()
  }
  return renderPrometheus([unchecked as unknown as Report])
}

function sampleLine(name: string, portal: string, sample: Sample): string {
  const labels = Object.entries({portal, ...sample.labels})
    .map(([label, value]) => `${label}="${escapeLabelValue(value)}"`)
    .join(',')
  return `${name}{${labels}} ${formatValue(sample.value)}`
}

/** Label values escape `\`, `"` and line feeds; the format has no other escapes. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}

/** HELP text escapes `\` and line feeds. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
