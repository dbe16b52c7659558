// The exporter: the portals file read once and checked on a schedule, /metrics served from the
// last results, the file re-read on request. The file was checked before this starts (an
// invalid one ends the command with exit 64 before any request); a reload that finds it invalid
// keeps the previous portals and says why.
import {messageOf} from '../core/errors.js'
import {startServer, type ExporterServer, type ListenAddress} from './http-server.js'
import {MetricsCache, nextStaleAt, portalLines, renderExporterMetrics} from './metrics.js'
import type {ExporterClock} from './clock.js'
import {Scheduler, type CheckPortal} from './scheduler.js'

export interface ExporterSettings {
  configPath: string
  listen: ListenAddress
  intervalMs: number
  verifyIntervalMs: number
  concurrency: number
}

export interface ExporterDependencies<E> {
  /** Reads and checks the portals file; throws an error naming the entry and key (no secret). */
  load(path: string): Promise<E[]>
  check: CheckPortal<E>
  /** Whether the entry asks for the restore check (run every verify interval). */
  verifies(entry: E): boolean
  clock: ExporterClock
  log(line: string): void
}

export interface RunningExporter<E extends {name: string}> {
  url: string
  scheduler: Scheduler<E>
  reload(): Promise<{ok: boolean; message: string}>
  /** Stops accepting, cancels the running checks, resolves when they have ended. */
  stop(): Promise<void>
}

export async function startExporter<E extends {name: string}>(
  settings: ExporterSettings,
  portals: readonly E[],
  deps: ExporterDependencies<E>
): Promise<RunningExporter<E>> {
  let reloadSucceeded = true
  let wasReady = false
  const scheduler: Scheduler<E> = new Scheduler<E>({
    intervalMs: settings.intervalMs,
    verifyIntervalMs: settings.verifyIntervalMs,
    concurrency: settings.concurrency,
    clock: deps.clock,
    check: deps.check,
    verifies: deps.verifies,
    log: deps.log,
    onResult: name => {
      // Its lines are encoded now, as it arrives: a rendering only copies them.
      const report = scheduler.states.get(name).report
      if (report) portalLines(name, report)
      // Once every portal has a result, /metrics shows them all: no body from before that.
      if (scheduler.ready && !wasReady) cache.reset()
      else cache.invalidate()
      wasReady = scheduler.ready
    }
  })
  const cache = new MetricsCache(() => {
    const view = {
      now: deps.clock.now(),
      intervalMs: settings.intervalMs,
      portals: scheduler.states.entries(),
      reloadSucceeded
    }
    const body = renderExporterMetrics(view)
    return {body, validUntil: nextStaleAt(scheduler.states.entries(), settings.intervalMs)}
  })

  // One reload at a time: a SIGHUP during a POST /-/reload waits for it.
  let reloading = Promise.resolve({ok: true, message: ''})
  const reloadOnce = async (): Promise<{ok: boolean; message: string}> => {
    try {
      const entries = await deps.load(settings.configPath)
      scheduler.setEntries(entries)
      reloadSucceeded = true
      cache.reset()
      const message = `Reloaded ${settings.configPath}: ${entries.length} portals.`
      deps.log(message)
      return {ok: true, message}
    } catch (error) {
      reloadSucceeded = false
      cache.reset()
      const message = `Reload failed, the previous portals are kept: ${messageOf(error)}`
      deps.log(message)
      return {ok: false, message}
    }
  }
  const reload = () => (reloading = reloading.then(reloadOnce))

  let server: ExporterServer
  try {
    server = await startServer(settings.listen, {
      metrics: () => cache.get(deps.clock.now()),
      ready: () => scheduler.ready,
      reload
    })
  } catch (error) {
    throw new Error(
      `Cannot listen on ${settings.listen.host}:${settings.listen.port}: ${messageOf(error)}`
    )
  }
  scheduler.setEntries(portals)
  return {
    url: server.url,
    scheduler,
    reload,
    stop: async () => {
      await Promise.all([server.close(), scheduler.stop()])
    }
  }
}
