// The demo's two portals on the real clock, each in a fixed, real time zone: a schedule at 02:00
// portal time, the scheduler's stamp a few seconds into each run, each night's archive dated a
// few minutes later. The calendar strip then reads as a real portal's would (`UTC+03:00`), never
// with an offset that changes with the minute the demo runs.
import {randomUUID} from 'node:crypto'
import {completedJob} from './portal-parts.js'
import {makeRecord, wireDate, type PortalState} from './wire.js'

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
/** The scheduler stamps `lastBackupTime` as a run starts. */
const STAMP_DELAY_MS = 3_000
/** How long after its run a night's backup is done (and dated). */
const BACKUP_MS = 4 * MINUTE_MS
const ALIAS = 'myportal'

export interface DemoZone {
  /** Minutes east of UTC, the same all year. */
  offsetMinutes: number
  /** The schedule's hour, portal time. */
  hour: number
}

/** Moscow and Istanbul: UTC+03:00 all year. */
export const HEALTHY_ZONE: DemoZone = {offsetMinutes: 180, hour: 2}
/** India: UTC+05:30 all year. */
export const UNHEALTHY_ZONE: DemoZone = {offsetMinutes: 330, hour: 2}

/** Seven nightly backups, the newest from last night's run; the last job went fine. */
export function demoHealthyPortal(now: Date): PortalState {
  return nightlyPortal(now, HEALTHY_ZONE, 0, '')
}

/** The runs of the last three nights made nothing: stale, and the last job's error says why. */
export function demoUnhealthyPortal(now: Date): PortalState {
  return nightlyPortal(now, UNHEALTHY_ZONE, 3, 'Access to the path is denied.')
}

/** The start of the latest run at or before `now`, in epoch ms. */
export function latestRunMs(now: Date, zone: DemoZone): number {
  const firstRun = zone.hour * 60 * MINUTE_MS - zone.offsetMinutes * MINUTE_MS
  return firstRun + Math.floor((now.getTime() - firstRun) / DAY_MS) * DAY_MS
}

function nightlyPortal(now: Date, zone: DemoZone, failedNights: number, error: string) {
  const lastRun = latestRunMs(now, zone)
  const history = Array.from({length: 7}, (_, night) => lastRun - (failedNights + night) * DAY_MS)
    .map(run => run + BACKUP_MS)
    // A run still at work tonight has no archive yet.
    .filter(done => done <= now.getTime())
    .map(done => makeRecord({createdOn: new Date(done), alias: ALIAS}))
  const newest = history[0]
  const progress = completedJob(error || !newest ? randomUUID() : newest.id, error)
  const state: PortalState = {
    alias: ALIAS,
    history,
    schedule: {
      storageType: 0,
      storageParams: {folderId: '1234'},
      cronParams: {period: 0, hour: zone.hour, day: 0},
      backupsStored: 7,
      lastBackupTime: wireDate(new Date(lastRun + STAMP_DELAY_MS)),
      dump: false
    },
    progress,
    backupsCount: 3,
    serviceState: {enabled: false}
  }
  return state
}
