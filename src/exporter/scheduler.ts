// When each portal is checked: every interval (with jitter, so a fleet does not move in step),
// at most `concurrency` at once, the restore check on its own longer interval. One timer, armed
// for the earliest due portal: a fleet of a thousand holds one timer, not a thousand.
import {messageOf} from '../core/errors.js'
import type {Report} from '../report/shape.js'
import type {ExporterClock} from './clock.js'
import {PortalStates} from './portal-state.js'

/** One check: `verify` says whether this one downloads and checks the archive. */
export type CheckPortal<E> = (
  entry: E,
  run: {signal: AbortSignal; verify: boolean}
) => Promise<Report>

export interface SchedulerOptions<E> {
  intervalMs: number
  verifyIntervalMs: number
  concurrency: number
  clock: ExporterClock
  check: CheckPortal<E>
  /** Whether the entry asks for the restore check. */
  verifies: (entry: E) => boolean
  log: (line: string) => void
  /** A check of `name` ended (a new result, or none when it threw). */
  onResult?: (name: string) => void
}

/** Each check starts this close to its interval: ±10 %. */
const JITTER = 0.1

export class Scheduler<E extends {name: string}> {
  readonly states = new PortalStates()
  private readonly entries = new Map<string, E>()
  private readonly due = new Map<string, number>()
  private readonly queue = new Set<string>()
  private readonly running = new Map<string, {controller: AbortController; done: Promise<void>}>()
  private cancelTimer: (() => void) | null = null
  private timerAt = Infinity
  /** The portals of the first round (and of a reload) not yet checked. */
  private readonly waiting = new Set<string>()
  private stopped = false

  constructor(private readonly options: SchedulerOptions<E>) {}

  /** Ready once every portal has a first result. */
  get ready(): boolean {
    return this.waiting.size === 0
  }

  get portalCount(): number {
    return this.entries.size
  }

  get runningCount(): number {
    return this.running.size
  }

  /** The entries to check from now on: new ones at once, gone ones cancelled and forgotten. */
  setEntries(entries: readonly E[]): void {
    const names = new Set(entries.map(entry => entry.name))
    for (const name of this.entries.keys()) {
      if (names.has(name)) continue
      this.running.get(name)?.controller.abort(new Error('removed from the portals file'))
      this.entries.delete(name)
      this.due.delete(name)
      this.queue.delete(name)
      this.waiting.delete(name)
      this.states.delete(name)
    }
    const now = this.options.clock.now()
    for (const entry of entries) {
      if (!this.entries.has(entry.name)) {
        this.due.set(entry.name, now)
        this.waiting.add(entry.name)
        this.states.get(entry.name) // counted among the portals from now, checked or not
      }
      this.entries.set(entry.name, entry)
    }
    this.pump()
  }

  /** Stops the timer and cancels every running check; resolves when they have ended. */
  async stop(): Promise<void> {
    this.stopped = true
    this.disarm()
    for (const {controller} of this.running.values()) controller.abort(new Error('stopping'))
    await Promise.all([...this.running.values()].map(run => run.done))
  }

  /** The number of timers armed (0 or 1): for the tests of a long run. */
  get timersArmed(): number {
    return this.cancelTimer ? 1 : 0
  }

  private pump(): void {
    if (this.stopped) return
    const now = this.options.clock.now()
    for (const [name, at] of this.due) {
      if (at > now) continue
      this.due.delete(name)
      this.queue.add(name)
    }
    for (const name of this.queue) {
      if (this.running.size >= this.options.concurrency) break
      this.queue.delete(name)
      this.start(name)
    }
    this.arm()
  }

  private start(name: string): void {
    const {clock, check, verifies, verifyIntervalMs} = this.options
    const entry = this.entries.get(name)!
    const state = this.states.get(name)
    const startedAt = clock.now()
    const verify =
      verifies(entry) &&
      (state.verifiedAt === null || startedAt - state.verifiedAt >= verifyIntervalMs)
    const controller = new AbortController()
    const done = check(entry, {signal: controller.signal, verify})
      .then(
        report => this.ended(name, controller, {startedAt, verify, report}),
        (error: unknown) => {
          // A check reports what the portal does; a throw is a bug, said once, then retried.
          this.options.log(`The check of ${name} failed: ${messageOf(error)}`)
          this.ended(name, controller, {startedAt, verify})
        }
      )
      .catch((error: unknown) => this.lost(name, error))
    this.running.set(name, {controller, done})
  }

  /** A bug in keeping a result: said, and the other portals go on. */
  private lost(name: string, error: unknown): void {
    this.running.delete(name)
    this.options.log(`The result of ${name} could not be kept: ${messageOf(error)}`)
    this.pump()
  }

  private ended(
    name: string,
    controller: AbortController,
    run: {startedAt: number; verify: boolean; report?: Report}
  ): void {
    this.running.delete(name)
    // Stopped, or the portal left the file while its check ran: its result is not wanted.
    if (controller.signal.aborted || !this.entries.has(name)) return
    const {clock, intervalMs} = this.options
    const endedAt = clock.now()
    if (!run.report) this.states.get(name).checks.error += 1
    if (run.report) {
      const before = this.states.get(name).report?.status
      this.states.record(name, run.report, {
        startedAt: run.startedAt,
        endedAt,
        verified: run.verify
      })
      if (before !== run.report.status) {
        const why = run.report.reasons.length > 0 ? ` (${run.report.reasons.join(', ')})` : ''
        this.options.log(`${name}: ${run.report.status}${why}`)
      }
    }
    const jitter = (clock.random() * 2 - 1) * JITTER * intervalMs
    this.due.set(name, run.startedAt + intervalMs + jitter)
    // Ready needs a result: a portal whose check threw keeps /-/ready at 503 until it has one.
    if (run.report) this.waiting.delete(name)
    this.options.onResult?.(name)
    this.pump()
  }

  private arm(): void {
    let earliest = Infinity
    for (const at of this.due.values()) earliest = Math.min(earliest, at)
    if (earliest === this.timerAt) return
    this.disarm()
    if (earliest === Infinity) return
    this.timerAt = earliest
    const wait = Math.max(0, earliest - this.options.clock.now())
    this.cancelTimer = this.options.clock.after(wait, () => {
      this.cancelTimer = null
      this.timerAt = Infinity
      this.pump()
    })
  }

  private disarm(): void {
    this.cancelTimer?.()
    this.cancelTimer = null
    this.timerAt = Infinity
  }
}
