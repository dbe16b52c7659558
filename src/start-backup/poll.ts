// When to ask again how the started backup is doing, and when to say so in the log.

const FAST_POLL_MS = 2000
const FAST_PHASE_MS = 30_000
const SLOWEST_POLL_MS = 15_000
const GROWTH = 1.5
/** The log says how far the job has got at most this often. */
export const PROGRESS_LOG_EVERY_MS = 10_000

/** Every 2 s for the first 30 s, then growing ×1.5 up to 15 s. */
export function nextPollDelay(elapsedMs: number, previousDelayMs: number): number {
  if (elapsedMs < FAST_PHASE_MS) return FAST_POLL_MS
  return Math.min(SLOWEST_POLL_MS, Math.round(previousDelayMs * GROWTH))
}
