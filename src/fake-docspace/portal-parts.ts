// The pieces the named portal states are built from: daily histories, the schedule that made
// them, and the job that ran last.
import {
  JOB_KIND,
  NEVER,
  makeRecord,
  STORAGE_TYPE,
  wireDate,
  type PortalState,
  type WireProgress,
  type WireRecord,
  type WireSchedule
} from './wire.js'

const HOUR_MS = 60 * 60 * 1000
export const ALIAS = 'myportal'

export function hoursAgo(now: Date, hours: number): Date {
  return new Date(now.getTime() - hours * HOUR_MS)
}

/** One backup a day, the newest `newestHours` old. */
export function dailyHistory(
  now: Date,
  newestHours: number,
  days: number,
  storageType: number = STORAGE_TYPE.Documents
): WireRecord[] {
  return Array.from({length: days}, (_, day) =>
    makeRecord({createdOn: hoursAgo(now, newestHours + day * 24), storageType, alias: ALIAS})
  )
}

function newest(history: WireRecord[]): WireRecord | undefined {
  return history.reduce<WireRecord | undefined>(
    (best, record) => (best === undefined || record.createdOn > best.createdOn ? record : best),
    undefined
  )
}

/** Daily at 02:00 to Documents folder 1234, keeping 7; it last started when `lastRun` was. */
export function dailySchedule(
  lastRun: Date | null,
  storageType: number = STORAGE_TYPE.Documents
): WireSchedule {
  return {
    storageType,
    // The server overwrites folderId with the base path, which is null for DataStore.
    storageParams: {folderId: storageType === STORAGE_TYPE.DataStore ? null : '1234'},
    cronParams: {period: 0, hour: 2, day: 0},
    backupsStored: 7,
    // The scheduler stamps the start of a run; the archive is dated a few seconds later.
    lastBackupTime: lastRun ? wireDate(new Date(lastRun.getTime() - 7000)) : NEVER,
    dump: false
  }
}

/** A backup job that has ended: fine, or with `error`. */
export function completedJob(taskId: string, error = ''): WireProgress {
  return {
    isCompleted: true,
    progress: error ? 12 : 100,
    error,
    link: '',
    tenantId: 1,
    backupProgressEnum: JOB_KIND.Backup,
    status: 2,
    taskId
  }
}

/** A portal whose history is `history`, with a schedule and a last job that went fine. */
export function portalWith(history: WireRecord[]): PortalState {
  const latest = newest(history)
  return {
    alias: ALIAS,
    history,
    schedule: dailySchedule(latest ? new Date(`${latest.createdOn}Z`) : null),
    progress: latest ? completedJob(latest.id) : null,
    backupsCount: 3,
    serviceState: {enabled: false}
  }
}
