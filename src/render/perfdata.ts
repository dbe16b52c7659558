// Performance data for the plugin output, in the Monitoring Plugins Development Guidelines'
// syntax: `'label'=value[UOM];[warn];[crit];[min];[max]`, space-separated. The thresholds are
// the ranges the verdict itself applies, so a graph's lines match the pages it sends.
import type {Report} from '../report/shape.js'
import {verificationOf} from './prometheus-metrics.js'

/** One datum. `value` `null`: undetermined (`U`), e.g. the age when there is no backup. */
export interface PerfDatum {
  label: string
  value: number | null
  /** The guidelines' units: none (a count), `s`, `%`, `B`, `c`. */
  uom: '' | 's' | '%' | 'B' | 'c'
  warn?: string
  crit?: string
  min?: number
  max?: number
}

/** One extra group of figures; a report field that appears later (verification) adds a line. */
type PerfSource = (report: Report) => PerfDatum[]

const SOURCES: PerfSource[] = [
  ({latest, thresholds}) => [
    {
      label: 'age',
      value: latest && seconds(latest.ageHours),
      uom: 's',
      // A range `N` alerts above N: `stale` is an age over the max-age.
      crit: thresholds.maxAgeHours === null ? '' : perfNumber(seconds(thresholds.maxAgeHours)),
      min: 0
    }
  ],
  ({counts, thresholds}) => [
    // A range `N:` alerts below N: fewer usable backups than min-count.
    {
      label: 'usable',
      value: counts.usable,
      uom: '',
      crit: rangeAtLeast(thresholds.minCount),
      min: 0
    },
    {label: 'records', value: counts.history, uom: '', min: 0}
  ],
  ({counts}) =>
    counts.createdThisMonth === null
      ? []
      : [{label: 'created_month', value: counts.createdThisMonth, uom: '', min: 0}],
  ({progress}) =>
    progress ? [{label: 'job_progress', value: progress.progress, uom: '%', min: 0, max: 100}] : [],
  ({startedBackup}) =>
    startedBackup
      ? [{label: 'started_backup', value: startedBackup.seconds, uom: 's', min: 0}]
      : [],
  report => {
    const verification = verificationOf(report)
    if (verification?.outcome !== 'verified') return []
    return [
      {label: 'verified_bytes', value: verification.bytes, uom: 'B', min: 0},
      {label: 'verified_tables', value: verification.tables, uom: '', min: 0},
      {label: 'verified_files', value: verification.files, uom: '', min: 0},
      {label: 'verify_time', value: verification.seconds, uom: 's', min: 0}
    ]
  }
]

/** The performance data of a report; none when the portal could not be checked. */
export function performanceData(report: Report): string {
  return perfData(report).map(formatDatum).join(' ')
}

/** The data themselves (a fleet puts each portal's name before its labels). */
export function perfData(report: Report): PerfDatum[] {
  return report.status === 'error' ? [] : SOURCES.flatMap(source => source(report))
}

export function formatDatum(datum: PerfDatum): string {
  const value =
    datum.value === null || !Number.isFinite(datum.value)
      ? 'U'
      : `${perfNumber(datum.value)}${datum.uom}`
  const fields = [datum.warn ?? '', datum.crit ?? '', optional(datum.min), optional(datum.max)]
  // Trailing empty fields may be dropped, as the guidelines allow.
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop()
  return [`'${datum.label}'=${value}`, ...fields].join(';')
}

function rangeAtLeast(minimum: number): string {
  return minimum > 0 ? `${perfNumber(minimum)}:` : ''
}

function optional(value: number | undefined): string {
  return value === undefined ? '' : perfNumber(value)
}

function seconds(hours: number): number {
  return hours * 3600
}

/** A plain decimal number (the guidelines' `[-0-9.]`): never an exponent, at most 3 decimals. */
export function perfNumber(value: number): string {
  if (!Number.isFinite(value)) return ''
  if (Math.abs(value) >= 1e15) return BigInt(Math.round(value)).toString()
  const fixed = value.toFixed(3).replace(/\.?0+$/, '')
  return fixed === '-0' ? '0' : fixed
}
