// The exporter's /metrics: every portal's last result (the families of --format prometheus,
// labelled by the portal's name in the file), then the exporter's own: when each portal was last
// checked, how long that took, the checks by result, and the settings a rule compares with.
// The body is rendered once per change (a check ended, a result went stale), not per scrape.
import {gzipSync} from 'node:zlib'
import {STATUSES} from '../core/codes.js'
import {escapeLabelValue, renderPrometheus} from '../render/prometheus.js'
import type {Report} from '../report/shape.js'
import {reportAt, type PortalState} from './portal-state.js'

export interface ExporterView {
  now: number
  intervalMs: number
  portals: Iterable<[string, PortalState]>
  /** Whether the last reload of the portals file succeeded. */
  reloadSucceeded: boolean
}

interface OwnFamily {
  name: string
  type: 'gauge' | 'counter'
  help: string
  lines: (view: ExporterView, portals: [string, PortalState][]) => string[]
}

const label = (name: string) => `portal="${escapeLabelValue(name)}"`

/** The exporter's own families, in the order written. */
export const OWN_FAMILIES: OwnFamily[] = [
  {
    name: 'docspace_backup_exporter_last_check_timestamp_seconds',
    type: 'gauge',
    help: 'When the last check of the portal ended, in Unix time.',
    lines: (_, portals) =>
      portals.flatMap(([name, state]) =>
        state.checkedAt === null ? [] : [`{${label(name)}} ${state.checkedAt / 1000}`]
      )
  },
  {
    name: 'docspace_backup_exporter_check_duration_seconds',
    type: 'gauge',
    help: 'How long the last check of the portal took.',
    lines: (_, portals) =>
      portals.flatMap(([name, state]) =>
        state.durationSeconds === null ? [] : [`{${label(name)}} ${state.durationSeconds}`]
      )
  },
  {
    name: 'docspace_backup_exporter_checks_total',
    type: 'counter',
    help: 'Checks of the portal since the exporter started, by result (healthy, unhealthy, error).',
    lines: (_, portals) =>
      portals.flatMap(([name, state]) =>
        STATUSES.map(result => `{${label(name)},result="${result}"} ${state.checks[result]}`)
      )
  },
  {
    name: 'docspace_backup_exporter_interval_seconds',
    type: 'gauge',
    help: 'How often each portal is checked (--interval); a result older than two is stale.',
    lines: view => [` ${view.intervalMs / 1000}`]
  },
  {
    name: 'docspace_backup_exporter_portals',
    type: 'gauge',
    help: 'Portals in the portals file.',
    lines: (_, portals) => [` ${portals.length}`]
  },
  {
    name: 'docspace_backup_exporter_config_last_reload_successful',
    type: 'gauge',
    help: 'Whether the last reload of the portals file succeeded (0: the previous file is in use).',
    lines: view => [` ${view.reloadSucceeded ? 1 : 0}`]
  }
]

/** The whole exposition at `view.now`. */
export function renderExporterMetrics(view: ExporterView): string {
  const portals = [...view.portals]
  const reports = portals.flatMap(([name, state]) => {
    const report = reportAt(state, view.now, view.intervalMs)
    return report ? [labelledByName(name, report)] : []
  })
  const lines = reports.length > 0 ? [renderPrometheus(reports).trimEnd()] : []
  for (const family of OWN_FAMILIES) {
    const samples = family.lines(view, portals)
    if (samples.length === 0) continue
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`)
    for (const sample of samples) lines.push(`${family.name}${sample}`)
  }
  return `${lines.join('\n')}\n`
}

/** The `portal` label is the entry's name: unique in the file, where hosts may repeat. */
function labelledByName(name: string, report: Report): Report {
  return {...report, host: name}
}

/** When the body must be rendered again without a new result: the next result to go stale. */
export function nextStaleAt(portals: Iterable<[string, PortalState]>, intervalMs: number): number {
  let at = Infinity
  for (const [, state] of portals) {
    if (state.checkedAt !== null) at = Math.min(at, state.checkedAt + 2 * intervalMs + 1)
  }
  return at
}

export interface Body {
  text: Buffer
  gzip: () => Buffer
}

/** The body, kept until a check ends or a result goes stale; gzipped once, when first asked. */
export class MetricsCache {
  private body: Body | null = null
  private validUntil = -Infinity

  constructor(private readonly render: () => {text: string; validUntil: number}) {}

  invalidate(): void {
    this.body = null
  }

  get(now: number): Body {
    if (this.body && now < this.validUntil) return this.body
    const {text, validUntil} = this.render()
    const bytes = Buffer.from(text)
    let zipped: Buffer | null = null
    this.body = {text: bytes, gzip: () => (zipped ??= gzipSync(bytes))}
    this.validUntil = validUntil
    return this.body
  }
}
