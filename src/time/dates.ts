// Backup dates are plain .NET DateTimes in UTC: MySQL portals send them without an offset
// ("2026-03-01T02:15:00"), PostgreSQL ones with `Z` and fractions. DateTime.MinValue,
// "0001-01-01T00:00:00", means never.
//
// A history can hold 100,000 records, two dates each. They are checked and kept as *UTC keys*,
// text that sorts as time does (`2026-03-01T02:15:00`, `…:00.25`); the usual form already is
// one, so most dates cost a regex test and a few digit checks, and no Date until shown. The
// fields are read from fixed positions (no Date.parse: slower, and it rolls 2026-02-30 over).

const API_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?:Z|[+-]\d{2}:\d{2})?$/i
const NEVER = '0001-01-01T00:00:00'
const YEAR_10000 = Date.UTC(10_000, 0, 1)
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** `Date`, `null` for never, or `undefined` when the text is not such a date. */
export function parseApiDate(value: unknown): Date | null | undefined {
  const key = utcKey(value)
  return key == null ? key : dateOfKey(key)
}

/**
 * The date as a UTC key (`yyyy-MM-ddTHH:mm:ss`, then `.f`, `.ff` or `.fff` when there are
 * milliseconds): keys compare as the instants do. `null` for never, `undefined` when invalid.
 */
export function utcKey(value: unknown): string | null | undefined {
  if (typeof value !== 'string') return undefined
  if (value === NEVER) return null
  const text = isPadded(value) ? value.trim() : value
  if (!API_DATE.test(text)) return undefined
  if (text.startsWith('0001-01-01T')) return null
  const year = digits(text, 0, 4)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = twoDigits(text, 17)
  // Years before 100 are a mistake, not a backup.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
    return undefined
  }
  const leapDayOfCommonYear = month === 2 && day === 29 && !isLeap(year)
  if (leapDayOfCommonYear || hour > 23 || minute > 59 || second > 59 || !isOffsetValid(text)) {
    return undefined
  }
  // The usual forms are keys already, or nearly.
  if (text[10] === 'T' && text.length === 19) return text
  if (text[10] === 'T' && text.length === 20 && text[19] !== '.') return text.slice(0, 19)
  const fraction = text[19] === '.' ? milliseconds(text) : 0
  const seconds = daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
  const time = seconds * 1000 + fraction - offsetMinutes(text) * 60_000
  // An offset can carry 9999-12-31 into year 10000, which no key (nor ISO date) can hold.
  return time < YEAR_10000 ? keyOfTime(time) : undefined
}

/**
 * The key of a date `utcKey` has already accepted, without checking it again: the usual form
 * is its own key. `null` for never.
 */
export function checkedKey(text: string): string | null {
  if (text.length === 19 && text[10] === 'T' && !text.startsWith('0001-01-01T')) return text
  return utcKey(text) as string | null
}

/** The UTC key of an instant in epoch milliseconds. */
export function keyOfTime(ms: number): string {
  // toISOString: `2026-03-01T02:15:00.250Z`; the key drops the Z and the fraction's zeros.
  return new Date(ms)
    .toISOString()
    .slice(0, 23)
    .replace(/\.?0+$/, '')
}

/** The instant a UTC key names. */
export function dateOfKey(key: string): Date {
  return new Date(`${key}Z`)
}

/** Whether the text starts or ends with white space; printable ASCII ends are settled at once. */
function isPadded(text: string): boolean {
  const plain = (code: number): boolean => code > 32 && code < 127
  if (plain(text.charCodeAt(0)) && plain(text.charCodeAt(text.length - 1))) return false
  return /^\s|\s$/.test(text)
}

/** The number written by the two ASCII digits at `start`. */
function twoDigits(text: string, start: number): number {
  return (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48
}

/** The number written by `length` ASCII digits from `start`. */
function digits(text: string, start: number, length: number): number {
  let number = 0
  for (let i = start; i < start + length; i++) number = number * 10 + text.charCodeAt(i) - 48
  return number
}

/** The fraction after the seconds, to whole milliseconds: `.25` is 250, `.1234567` is 123. */
function milliseconds(text: string): number {
  const fraction = /^\d+/.exec(text.slice(20))?.[0] ?? ''
  return digits(fraction.slice(0, 3).padEnd(3, '0'), 0, 3)
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Hinnant's algorithm). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The `±hh:mm` at the end, in minutes; 0 for `Z` or none. */
function offsetMinutes(text: string): number {
  const sign = text[text.length - 6]
  if (sign !== '+' && sign !== '-') return 0
  const minutes = digits(text, text.length - 5, 2) * 60 + digits(text, text.length - 2, 2)
  return sign === '-' ? -minutes : minutes
}

/** Offsets run from -12:00 to +14:00, in whole minutes of an hour. */
function isOffsetValid(text: string): boolean {
  const sign = text[text.length - 6]
  if (sign !== '+' && sign !== '-') return true
  return digits(text, text.length - 5, 2) <= 14 && digits(text, text.length - 2, 2) <= 59
}

/** ISO 8601 UTC ending in `Z`, whole seconds: how outputs and the report write dates. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
