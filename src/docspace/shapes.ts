// Type guards for the payloads, at the boundary: a wrong shape is a clear `bad-response`,
// never `undefined` further down. Enums arrive as numbers; names are tolerated.
import {
  JOB_KIND,
  JOB_KINDS,
  SCHEDULE_PERIODS,
  STORAGE_TYPE,
  STORAGE_TYPE_NAMES,
  TASK_STATUS_NAMES
} from '../core/codes.js'
import type {BackupRecord, HistoryRecord, BackupJob, Schedule} from '../core/portal-facts.js'
import {parseApiDate, utcKey} from '../time/dates.js'
import {MAX_JSON_DEPTH, nestsDeeperThan} from './json-depth.js'
import {
  ShapeError,
  enumAt,
  integerAt,
  kindOf,
  numberAt,
  objectAt,
  shown,
  stringAt
} from './shape-values.js'

/**
 * Checks every record of a history and returns them as they are: their dates stay text (see
 * time/dates.ts) until the few that are shown become BackupRecords.
 */
export function parseHistory(payload: unknown): HistoryRecord[] {
  if (payload === null) return []
  if (!Array.isArray(payload))
    throw new ShapeError(`is not a list of backups (got ${kindOf(payload)})`)
  // A plain loop, and messages built only on failure: histories can be 100,000 records long.
  for (let i = 0; i < payload.length; i++) checkRecord(payload[i], i)
  return payload as HistoryRecord[]
}

function checkRecord(item: unknown, index: number): void {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    objectAt(item, `backup ${index + 1}`)
  }
  const record = item as Record<string, unknown>
  const {id, fileName, storageType, createdOn, expiresOn} = record
  const usual =
    typeof id === 'string' &&
    (fileName === undefined || typeof fileName === 'string') &&
    (storageType === undefined || isWholeNumber(storageType)) &&
    utcKey(createdOn) &&
    (expiresOn == null || utcKey(expiresOn) !== undefined)
  if (!usual) backupRecordOf(record as unknown as HistoryRecord, index)
}

/** The record as a BackupRecord; throws the ShapeError that says what is wrong with it. */
export function backupRecordOf(record: HistoryRecord, index = 0): BackupRecord {
  const where = `backup ${index + 1}`
  const createdOn = parseApiDate(record.createdOn)
  if (!createdOn)
    throw new ShapeError(`has ${where} without a valid "createdOn" (${shown(record.createdOn)})`)
  const expiresOn = record.expiresOn == null ? null : parseApiDate(record.expiresOn)
  if (expiresOn === undefined)
    throw new ShapeError(`has ${where} with an invalid "expiresOn" (${shown(record.expiresOn)})`)
  return {
    id: stringAt(record.id, `${where} "id"`),
    fileName: stringAt(record.fileName ?? '', `${where} "fileName"`),
    storageType: enumAt(
      record.storageType ?? STORAGE_TYPE.Documents,
      STORAGE_TYPE_NAMES,
      `${where} "storageType"`
    ),
    createdOn,
    expiresOn
  }
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

export function parseSchedule(payload: unknown): Schedule | null {
  if (payload === null) return null
  // Kept whole for the `schedule` output: its depth is checked before anything walks it.
  if (nestsDeeperThan(payload, MAX_JSON_DEPTH))
    throw new ShapeError(`has the schedule nested more than ${MAX_JSON_DEPTH} levels deep`)
  const schedule = objectAt(payload, 'the schedule')
  const cron = objectAt(schedule.cronParams, 'the schedule\'s "cronParams"')
  const lastBackupTime = parseApiDate(schedule.lastBackupTime ?? '0001-01-01T00:00:00')
  if (lastBackupTime === undefined)
    throw new ShapeError(`has an invalid "lastBackupTime" (${shown(schedule.lastBackupTime)})`)
  return {
    storageType: enumAt(
      schedule.storageType ?? STORAGE_TYPE.Documents,
      STORAGE_TYPE_NAMES,
      'the schedule\'s "storageType"'
    ),
    storageParams: storageParamsAt(schedule.storageParams),
    cronParams: {
      period: enumAt(cron.period ?? 0, SCHEDULE_PERIODS, '"cronParams.period"'),
      hour: integerAt(cron.hour ?? 0, '"cronParams.hour"'),
      day: integerAt(cron.day ?? 0, '"cronParams.day"')
    },
    backupsStored:
      schedule.backupsStored == null ? null : integerAt(schedule.backupsStored, '"backupsStored"'),
    lastBackupTime,
    dump: schedule.dump === true,
    raw: payload
  }
}

export function parseProgress(payload: unknown): BackupJob | null {
  if (payload === null) return null
  const job = objectAt(payload, 'the backup job')
  if (typeof job.isCompleted !== 'boolean')
    throw new ShapeError(`has a job without a boolean "isCompleted" (${shown(job.isCompleted)})`)
  return {
    isCompleted: job.isCompleted,
    progress: numberAt(job.progress ?? 0, 'the job\'s "progress"'),
    error: job.error == null ? '' : stringAt(job.error, 'the job\'s "error"'),
    warning: job.warning == null ? null : stringAt(job.warning, 'the job\'s "warning"'),
    backupProgressEnum: enumAt(
      job.backupProgressEnum ?? JOB_KIND.Backup,
      JOB_KINDS,
      '"backupProgressEnum"'
    ),
    status:
      job.status == null ? null : enumAt(job.status, TASK_STATUS_NAMES, 'the job\'s "status"'),
    taskId: job.taskId == null ? null : stringAt(job.taskId, '"taskId"')
  }
}

/** The job's download `link`, when it has one (`""` for Documents and Local). */
export function parseProgressLink(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null
  const link = (payload as Record<string, unknown>).link
  return typeof link === 'string' && link !== '' ? link : null
}

export function parseCount(payload: unknown): number {
  if (typeof payload === 'number' && Number.isInteger(payload) && payload >= 0) return payload
  throw new ShapeError(`is not a count of backups (got ${shown(payload)})`)
}

export function parseServiceState(payload: unknown): boolean {
  const state = objectAt(payload, 'the service state')
  if (typeof state.enabled === 'boolean') return state.enabled
  throw new ShapeError(`has no boolean "enabled" (got ${shown(state.enabled)})`)
}

function storageParamsAt(value: unknown): Record<string, string | null> {
  if (value == null) return {}
  const params = objectAt(value, 'the schedule\'s "storageParams"')
  const result: Record<string, string | null> = {}
  for (const [key, item] of Object.entries(params)) {
    result[key] =
      item == null ? null : typeof item === 'object' ? JSON.stringify(item) : String(item)
  }
  return result
}
