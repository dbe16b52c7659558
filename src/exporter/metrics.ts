// The exporter's /metrics: every portal's last result (the families of --format prometheus,
// labelled by the portal's name in the file), then the exporter's own: when each portal was last
// checked, how long that took, the checks by result, and the settings a rule compares with.
// The body is rendered once per change (a check ended, a result went stale), not per scrape.
import {gzipSync} from 'node:zlib'
import {STATUSES} from '../core/codes.js'
import {renderFleetMetrics} from '../fleet/fleet-metrics.js'
import {escapeLabelValue} from '../render/prometheus.js'
import {FAMILIES} from '../render/prometheus-metrics.js'
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

/**
 * The whole exposition at `view.now`, as bytes: each portal's families were encoded when its
 * result arrived, so a rendering copies bytes instead of joining and encoding 20,000 lines.
 */
export function renderExporterMetrics(view: ExporterView): Buffer {
  const portals = [...view.portals]
  const parts = portals.flatMap(([name, state]) => {
    const report = reportAt(state, view.now, view.intervalMs)
    return report ? [portalLines(name, report)] : []
  })
  const chunks: Buffer[] = []
  for (const family of FAMILY_NAMES) {
    const header = HEADERS.get(family)
    if (!header || !parts.some(part => part.has(family))) continue
    chunks.push(header)
    for (const part of parts) {
      const samples = part.get(family)
      if (samples) chunks.push(samples)
    }
  }
  const own: string[] = []
  for (const family of OWN_FAMILIES) {
    const samples = family.lines(view, portals)
    if (samples.length === 0) continue
    own.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`)
    for (const sample of samples) own.push(`${family.name}${sample}`)
  }
  chunks.push(Buffer.from(`${own.join('\n')}\n`))
  return Buffer.concat(chunks)
}

const FAMILY_NAMES = FAMILIES.map(family => family.name)
/** Each family's HELP and TYPE lines, as the renderer writes them. */
const HEADERS = new Map<string, Buffer>()
/** A report's sample lines by family, encoded once per report (a scrape only copies them). */
const RENDERED = new WeakMap<Report, Map<string, Buffer>>()

/** The report's lines by family, encoded on first use and kept while the report is current. */
export function portalLines(name: string, report: Report): Map<string, Buffer> {
  const cached = RENDERED.get(report)
  if (cached) return cached
  // The `portal` label is the entry's name: unique in the file, where hosts may repeat.
  const text = renderFleetMetrics([{name, report}])
  const lines = new Map<string, string[]>()
  let samples: string[] = []
  for (const line of text.split('\n')) {
    const header = /^# HELP (\S+)/.exec(line)
    if (header) {
      samples = [line]
      lines.set(header[1]!, samples)
    } else if (line !== '') samples.push(line)
  }
  const byFamily = new Map<string, Buffer>()
  for (const [family, [help, type, ...rest]] of lines) {
    if (!HEADERS.has(family)) HEADERS.set(family, Buffer.from(`${help}\n${type}\n`))
    byFamily.set(family, Buffer.from(`${rest.join('\n')}\n`))
  }
  // A stale result is made anew at each rendering: it is not kept.
  if (report.error?.code !== 'stale-result') RENDERED.set(report, byFamily)
  return byFamily
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

/**
 * While checks end one after another, a body is rendered at most this often: a scrape may see a
 * result up to a second late, and a thousand portals cost one rendering a second, not one each.
 */
export const MIN_BODY_AGE_MS = 1000

/**
 * The body, kept until a check ends or a result goes stale; gzipped once, when first asked, at
 * the fastest level (a few kB more, several times less CPU per rendering).
 */
export class MetricsCache {
  private body: Body | null = null
  private renderedAt = -Infinity
  private validUntil = -Infinity

  constructor(private readonly render: () => {body: Buffer; validUntil: number}) {}

  /** A new result: rendered again once the body is a second old. */
  invalidate(): void {
    this.validUntil = -Infinity
  }

  /** A new portals file: rendered again at the next scrape. */
  reset(): void {
    this.body = null
  }

  get(now: number): Body {
    const fresh = now < this.validUntil || now - this.renderedAt < MIN_BODY_AGE_MS
    if (this.body && fresh) return this.body
    const {body: bytes, validUntil} = this.render()
    let zipped: Buffer | null = null
    this.body = {text: bytes, gzip: () => (zipped ??= gzipSync(bytes, {level: 1}))}
    this.renderedAt = now
    this.validUntil = validUntil
    return this.body
  }
}
