// The clock and the waits, injected: tests run on a fake clock, never on the machine's seconds.

export interface Timing {
  sleep: (ms: number) => Promise<void>
  /** In [0, 1): the jitter of retries. */
  random: () => number
  /** Epoch ms: the check's time, start-backup's waits, Retry-After dates. */
  now: () => number
}

export const realTiming: Timing = {
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now
}

/** `timing.sleep(ms)`, ended early by `signal` (rejecting with its reason) when it aborts first. */
export function sleepUnless(
  signal: AbortSignal | undefined,
  timing: Timing,
  ms: number
): Promise<void> {
  if (!signal) return timing.sleep(ms)
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, {once: true})
    timing.sleep(ms).then(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, reject)
  })
}
