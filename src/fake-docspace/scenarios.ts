// Named portal states for the demo, the tests and the benchmark, all relative to `now` so that
// ages come out the same whenever they run.
import {randomUUID} from 'node:crypto'
import {
  ALIAS,
  completedJob,
  dailyHistory,
  dailySchedule,
  hoursAgo,
  portalWith
} from './portal-parts.js'
import {makeRecord, STORAGE_TYPE, wireDate, type PortalState, type WireProgress} from './wire.js'

/** Seven daily backups, the newest 5 h old; daily schedule; last job fine. */
export function healthyPortal(now: Date): PortalState {
  return portalWith(dailyHistory(now, 5, 7))
}

/** Seven daily backups, the newest 3 days old; the last job itself went fine. */
export function stalePortal(now: Date): PortalState {
  return portalWith(dailyHistory(now, 72, 7))
}

/** The demo's unhealthy portal: newest backup 3 days old and the last job failed. */
export function unhealthyPortal(now: Date): PortalState {
  return {
    ...stalePortal(now),
    progress: completedJob(randomUUID(), 'Access to the path is denied.')
  }
}

/** A portal that never had a backup nor a schedule. */
export function emptyPortal(_now: Date): PortalState {
  return {...portalWith([]), schedule: null, backupsCount: 0}
}

/** A single recent backup, for `min-count` > 1. */
export function tooFewPortal(now: Date): PortalState {
  return portalWith(dailyHistory(now, 5, 1))
}

/** Recent backups, but nobody set up automatic backups. */
export function noSchedulePortal(now: Date): PortalState {
  return {...healthyPortal(now), schedule: null}
}

/** A schedule created after the last manual backup, which has never run yet. */
export function scheduleNeverRanPortal(now: Date): PortalState {
  return {...healthyPortal(now), schedule: dailySchedule(null)}
}

/** Recent backups, but the latest job (after them) failed. */
export function failedJobPortal(now: Date): PortalState {
  return {
    ...healthyPortal(now),
    progress: completedJob(randomUUID(), 'Access to the path is denied.')
  }
}

/** Recent backups and a backup job at 45 %. */
export function runningJobPortal(now: Date): PortalState {
  const running = {...completedJob(randomUUID()), isCompleted: false, progress: 45, status: 1}
  return {...healthyPortal(now), progress: running}
}

/** Only temporary (DataStore) backups, all expiring within the next 24 h. */
export function temporaryPortal(now: Date): PortalState {
  const history = [5, 20].map(hours =>
    makeRecord({createdOn: hoursAgo(now, hours), storageType: STORAGE_TYPE.DataStore, alias: ALIAS})
  )
  return {...portalWith(history), schedule: dailySchedule(hoursAgo(now, 5), STORAGE_TYPE.DataStore)}
}

/** DocSpace 3.2: no getbackupscount nor getservicestate, and no `status` in the progress. */
export function oldPortal(now: Date): PortalState {
  const state = healthyPortal(now)
  const progress = {...state.progress} as WireProgress
  delete progress.status
  return {...state, progress, backupsCount: 'missing', serviceState: 'missing'}
}

/** A PostgreSQL portal: dates end in `Z` and carry fractional seconds. */
export function postgresPortal(now: Date): PortalState {
  const state = healthyPortal(now)
  const history = state.history.map(record => {
    const createdOn = new Date(new Date(`${record.createdOn}Z`).getTime() + 123)
    return {...record, createdOn: wireDate(createdOn, {z: true, fraction: true})}
  })
  return {...state, history}
}

/** A backup dated 10 minutes in the future (the portal's clock is ahead). */
export function clockSkewPortal(now: Date): PortalState {
  const state = healthyPortal(now)
  const ahead = makeRecord({createdOn: hoursAgo(now, -1 / 6), alias: ALIAS})
  return {...state, history: [...state.history, ahead]}
}

/** The newest real backup 40 h old, and one broken record dated 9999-12-31. */
export function farFuturePortal(now: Date): PortalState {
  const state = portalWith(dailyHistory(now, 40, 7))
  const broken = makeRecord({createdOn: new Date('9999-12-31T00:00:00Z'), alias: ALIAS})
  return {...state, history: [...state.history, broken]}
}

/**
 * `n` records, one an hour, the newest 5 h old, in shuffled order; every tenth is a DataStore
 * backup (expired unless recent). Builds 100,000 records in well under a second.
 */
export function largeHistory(now: Date, n: number): PortalState {
  const history = Array.from({length: n}, (_, i) =>
    makeRecord({
      createdOn: hoursAgo(now, 5 + i),
      storageType: i % 10 === 9 ? STORAGE_TYPE.DataStore : STORAGE_TYPE.Documents,
      alias: ALIAS
    })
  )
  shuffle(history)
  return portalWith(history)
}

/** Deterministic Fisher–Yates, so a benchmark run is repeatable. */
function shuffle<T>(items: T[]): void {
  let seed = 42
  for (let i = items.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    const j = seed % (i + 1)
    ;[items[i], items[j]] = [items[j] as T, items[i] as T]
  }
}
