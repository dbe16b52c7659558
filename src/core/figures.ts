// Figures for people: sizes and counts as the log and the summary write them.

/** `1.2 GB`, `830 kB`, `512 bytes`: sizes for people (decimal units, as file managers show). */
export function humanBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`
}

/** A count with thousands separators: `12,345`. */
export function count(value: number): string {
  return value.toLocaleString('en-US')
}
