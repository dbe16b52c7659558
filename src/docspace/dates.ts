// Backup dates are plain .NET DateTimes in UTC: MySQL portals send them without an offset
// ("2026-03-01T02:15:00"), PostgreSQL ones with `Z` and fractions. DateTime.MinValue,
// "0001-01-01T00:00:00", means never.

const API_DATE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$/i

/** `Date`, `null` for never, or `undefined` when the text is not such a date. */
export function parseApiDate(text: unknown): Date | null | undefined {
  if (typeof text !== 'string') return undefined
  const match = API_DATE.exec(text.trim())
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction = '', offset = 'Z'] = match
  if (year === '0001' && month === '01' && day === '01') return null
  const fields = [year, month, day, hour, minute, second].map(Number)
  // Date.UTC reads years 0–99 as 1900–1999; no backup is that old.
  if (fields[0] < 100) return undefined
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3))
  const utc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5], millis)
  const check = new Date(utc)
  // Date.UTC rolls 2026-02-30 over into March: reject what does not read back the same.
  const rolledOver = check.getUTCMonth() !== fields[1] - 1 || check.getUTCDate() !== fields[2]
  if (rolledOver || fields[3] > 23 || fields[4] > 59 || fields[5] > 59) return undefined
  return new Date(utc - offsetMinutes(offset) * 60_000)
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0
  const sign = offset.startsWith('-') ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

/** ISO 8601 UTC ending in `Z`, whole seconds: how outputs and the report write dates. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
