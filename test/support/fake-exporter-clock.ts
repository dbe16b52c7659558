// A clock for the exporter's scheduler that moves only when the test says: `advance` fires every
// timer due on the way, in order, letting the checks they start settle between them.
import type {ExporterClock} from '../../src/exporter/clock.js'

export class FakeExporterClock implements ExporterClock {
  private time: number
  private nextId = 0
  private readonly timers = new Map<number, {at: number; fire: () => void}>()
  /** The jitter's draws, in turn; 0.5 (no jitter) once they run out. */
  draws: number[] = []

  constructor(start = Date.parse('2026-03-10T12:00:00Z')) {
    this.time = start
  }

  now = (): number => this.time

  random = (): number => this.draws.shift() ?? 0.5

  after(ms: number, fire: () => void): () => void {
    const id = ++this.nextId
    this.timers.set(id, {at: this.time + ms, fire})
    return () => this.timers.delete(id)
  }

  get pendingTimers(): number {
    return this.timers.size
  }

  /** Moves `ms` forward, firing each timer due on the way at its own time. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms
    for (;;) {
      await settle()
      let next: [number, {at: number; fire: () => void}] | undefined
      for (const timer of this.timers) if (!next || timer[1].at < next[1].at) next = timer
      if (!next || next[1].at > end) break
      this.timers.delete(next[0])
      this.time = Math.max(this.time, next[1].at)
      next[1].fire()
    }
    this.time = end
    await settle()
  }
}

/** Lets promise callbacks and I/O already done run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise(resolve => setImmediate(resolve))
}
