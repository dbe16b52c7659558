// Durations for people and for the outputs: `3d 4h`, and hours with two decimals.

/** `5.25` for five and a quarter hours: the outputs' two-decimal hours. */
export function formatHours(hours: number): string {
  return hours.toFixed(2)
}

/** A duration for people: `3d 4h`, `5h 15m`, `42m`, `12s`. */
export function humanDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const days = Math.floor(s / 86_400)
  const hours = Math.floor((s % 86_400) / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`
  if (minutes > 0) return `${minutes}m`
  return `${s}s`
}
