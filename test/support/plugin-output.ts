// A strict reader of a monitoring plugin's output, written from the Monitoring Plugins
// Development Guidelines (not from this project's renderer):
// - the first line is `TEXT OUTPUT | OPTIONAL PERFDATA`, the following lines long text; a `|`
//   on any line starts performance data, so a text that holds one is read wrongly;
// - performance data: space-separated `'label'=value[UOM];[warn];[crit];[min];[max]`; the label
//   may be quoted with single quotes (required with spaces; a quote inside is two quotes), and
//   holds no `=`; value, min and max in the class [-0-9.] (or the value `U`, undetermined); UOM
//   one of none, s, us, ms, %, B, KB, MB, TB, c; warn and crit ranges `[@][start:][end]`, start
//   a number or `~`, start <= end; trailing empty fields may be dropped.

export interface PerfDatum {
  label: string
  /** `null`: `U`. */
  value: number | null
  uom: string
  warn: Range | null
  crit: Range | null
  min: number | null
  max: number | null
}

/** Alert when the value is outside [start, end] (or inside, with `@`). */
export interface Range {
  start: number
  end: number
  inside: boolean
}

export interface PluginOutput {
  state: string
  text: string
  perfdata: PerfDatum[]
  longText: string[]
}

const NUMBER = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)`
const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`)
const VALUE = new RegExp(`^(${NUMBER}|U)(s|us|ms|%|B|KB|MB|TB|c)?$`)
const RANGE = new RegExp(`^(@)?(?:(~|${NUMBER}):)?(${NUMBER})?$`)
const DATUM = /^(?:'((?:[^']|'')+)'|([^'=\s]+))=(\S*)(?:\s+|$)/

export function parsePluginOutput(stdout: string, service = 'DOCSPACE BACKUP'): PluginOutput {
  const lines = stdout.replace(/\n$/, '').split('\n')
  const [first = '', ...longText] = lines
  for (const line of longText) {
    if (line.includes('|')) throw new Error(`a "|" on a long output line: ${line}`)
  }
  const bar = first.indexOf('|')
  const text = (bar < 0 ? first : first.slice(0, bar)).trimEnd()
  const perf = bar < 0 ? '' : first.slice(bar + 1).trim()
  if (perf.includes('|')) throw new Error(`a second "|" on the status line: ${first}`)
  const head = new RegExp(`^${service} (OK|WARNING|CRITICAL|UNKNOWN) - (.+)$`).exec(text)
  if (!head) throw new Error(`not a status line: ${first}`)
  return {
    state: head[1] as string,
    text: head[2] as string,
    perfdata: parsePerfdata(perf),
    longText
  }
}

export function parsePerfdata(perf: string): PerfDatum[] {
  const data: PerfDatum[] = []
  let rest = perf
  while (rest !== '') {
    const match = DATUM.exec(rest)
    if (!match) throw new Error(`cannot read performance data at: ${rest}`)
    const label = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string)
    data.push(datum(label, match[3] as string))
    rest = rest.slice(match[0].length)
  }
  return data
}

function datum(label: string, fields: string): PerfDatum {
  const [valueText = '', warn = '', crit = '', min = '', max = '', ...extra] = fields.split(';')
  if (extra.length > 0) throw new Error(`${label}: more than five fields: ${fields}`)
  const value = VALUE.exec(valueText)
  if (!value) throw new Error(`${label}: invalid value "${valueText}"`)
  const uom = value[2] ?? ''
  const parsed: PerfDatum = {
    label,
    value: value[1] === 'U' ? null : Number(value[1]),
    uom,
    warn: range(label, warn),
    crit: range(label, crit),
    min: bound(label, min),
    max: bound(label, max)
  }
  if (uom !== '%' && parsed.max !== null && parsed.min !== null && parsed.min > parsed.max) {
    throw new Error(`${label}: min over max`)
  }
  return parsed
}

function range(label: string, text: string): Range | null {
  if (text === '') return null
  const match = RANGE.exec(text)
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    throw new Error(`${label}: invalid range "${text}"`)
  }
  const start = match[2] === '~' ? -Infinity : match[2] === undefined ? 0 : Number(match[2])
  const end = match[3] === undefined ? Infinity : Number(match[3])
  if (start > end) throw new Error(`${label}: range start over end "${text}"`)
  return {start, end, inside: match[1] === '@'}
}

function bound(label: string, text: string): number | null {
  if (text === '') return null
  if (!WHOLE_NUMBER.test(text)) throw new Error(`${label}: invalid min/max "${text}"`)
  return Number(text)
}

/** Whether a range raises an alert for this value, as the guidelines define it. */
export function alerts(range: Range | null, value: number): boolean {
  if (range === null) return false
  const outside = value < range.start || value > range.end
  return range.inside ? !outside : outside
}
