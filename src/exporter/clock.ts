// The exporter's time, injected: the real clock, or a test's that runs a day of intervals in a
// moment.
export interface ExporterClock {
  now(): number
  /** In [0, 1): the jitter. */
  random(): number
  /** Calls `fire` after `ms`; the function returned cancels it. */
  after(ms: number, fire: () => void): () => void
}

export const realExporterClock: ExporterClock = {
  now: Date.now,
  random: Math.random,
  after(ms, fire) {
    const timer = setTimeout(fire, ms)
    return () => clearTimeout(timer)
  }
}
