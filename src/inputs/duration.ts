// Durations as the inputs write them: `90m`, `36h`, `1d12h`, `1.5h`, or a bare number in the
// input's own unit.

const SECONDS_PER_UNIT: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800
}

const NUMBER = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`
const BARE_NUMBER = new RegExp(`^${NUMBER}$`)
const WHOLE_DURATION = new RegExp(`^(?:${NUMBER}[smhdw])+$`)
const DURATION_PART = new RegExp(`(${NUMBER})([smhdw])`, 'g')

/**
 * Parses a duration into seconds, or `undefined` when the text is not one.
 * `bareUnitSeconds` says what a number without a unit means (3600 for hours, 1 for seconds).
 */
export function parseDurationSeconds(text: string, bareUnitSeconds: number): number | undefined {
  const value = text.trim().toLowerCase()
  if (BARE_NUMBER.test(value)) return finite(Number(value) * bareUnitSeconds)
  if (!WHOLE_DURATION.test(value)) return undefined
  let seconds = 0
  for (const [, amount, unit] of value.matchAll(DURATION_PART)) {
    seconds += Number(amount) * SECONDS_PER_UNIT[unit]
  }
  return finite(seconds)
}

function finite(seconds: number): number | undefined {
  return Number.isFinite(seconds) ? seconds : undefined
}
