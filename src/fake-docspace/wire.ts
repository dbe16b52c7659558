// DocSpace backup data as it travels on the wire (docs/DOCSPACE-API.md): camelCase, numeric
// enums, UTC dates without `Z`, `0001-01-01T00:00:00` for "never", nulls left out.
import {randomUUID} from 'node:crypto'

/** `DateTime.MinValue`: the "never" sentinel of `expiresOn` and `lastBackupTime`. */
export const NEVER = '0001-01-01T00:00:00'

/** BackupStorageType as the server numbers it (sic "Thrid"); DataStore is temporary storage. */
export const STORAGE_TYPE = {
  Documents: 0,
  ThridpartyDocuments: 1,
  CustomCloud: 2,
  Local: 3,
  DataStore: 4,
  ThirdPartyConsumer: 5
} as const

/** BackupProgressEnum: what kind of job a progress describes. */
export const JOB_KIND = {Backup: 0, Restore: 1, Transfer: 2} as const

/** DistributedTaskStatus (DocSpace 3.7+; sic "Failted"): where a job is. */
export const TASK_STATUS = {Created: 0, Running: 1, Completed: 2, Canceled: 3, Failted: 4} as const

const DAY_MS = 24 * 60 * 60 * 1000

/** One record of `getbackuphistory`. */
export interface WireRecord {
  id: string
  fileName: string
  storageType: number
  createdOn: string
  expiresOn: string
}

/** The payload of `getbackupschedule`. */
export interface WireSchedule {
  storageType: number
  storageParams: Record<string, string | null>
  cronParams: {period: number; hour: number; day: number}
  /** Omitted by the server when 0 (`NullIfDefault`). */
  backupsStored?: number
  lastBackupTime: string
  dump: boolean
}

/** The payload of `getbackupprogress` and `startbackup`. */
export interface WireProgress {
  isCompleted: boolean
  progress: number
  error: string
  /** DocSpace 3.6+, omitted when null. */
  warning?: string
  link?: string
  tenantId: number
  backupProgressEnum: number
  /** DistributedTaskStatus, DocSpace 3.7+: 0 created, 1 running, 2 completed, 3 cancelled. */
  status?: number
  taskId: string
}

/** What the fake portal serves; scenarios build it, the server reads it live. */
export interface PortalState {
  /** Tenant alias used in backup file names, e.g. `myportal`. */
  alias: string
  history: WireRecord[]
  /** `null`: 200 with no `response` key and count 0. */
  schedule: WireSchedule | null
  /** `null`: 200 with no `response` key and count 0. */
  progress: WireProgress | null
  /** `'missing'`: 404, the route does not exist on portals older than 3.5. */
  backupsCount: number | 'missing'
  /** `'missing'`: 404 on `getservicestate` (and on `service/state`, which never exists). */
  serviceState: {enabled: boolean} | 'missing'
  /** Served when `Dump=true` (server-wide backups); default `[]`. */
  dumpHistory?: WireRecord[]
}

/**
 * A UTC date as System.Text.Json writes a .NET DateTime: without `Z` by default (MySQL gives
 * `Kind=Unspecified`); `z` adds it and `fraction` adds 7 fractional digits (PostgreSQL).
 */
export function wireDate(date: Date, opts: {z?: boolean; fraction?: boolean} = {}): string {
  const iso = date.toISOString()
  const fraction = opts.fraction ? `${iso.slice(19, 23)}0000` : ''
  return `${iso.slice(0, 19)}${fraction}${opts.z ? 'Z' : ''}`
}

/** `{alias}_{yyyy-MM-dd_HH-mm-ss}.tar.gz`, as the backup worker names archives. */
export function backupFileName(alias: string, createdOn: Date): string {
  return fileNameFromIso(alias, createdOn.toISOString())
}

function fileNameFromIso(alias: string, iso: string): string {
  return `${alias}_${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '-')}.tar.gz`
}

/** A history record; only temporary storage (DataStore) backups expire, a day after creation. */
export function makeRecord(opts: {
  createdOn: Date
  storageType?: number
  id?: string
  fileName?: string
  alias?: string
}): WireRecord {
  const storageType = opts.storageType ?? STORAGE_TYPE.Documents
  // One toISOString per record: the benchmark builds 100,000 of them.
  const iso = opts.createdOn.toISOString()
  const expires = () => wireDate(new Date(opts.createdOn.getTime() + DAY_MS))
  return {
    id: opts.id ?? randomUUID(),
    fileName: opts.fileName ?? fileNameFromIso(opts.alias ?? 'myportal', iso),
    storageType,
    createdOn: iso.slice(0, 19),
    expiresOn: storageType === STORAGE_TYPE.DataStore ? expires() : NEVER
  }
}

/** The progress `startbackup` answers: a fresh job of this tenant, just queued (`Created`, 0, as
 * the OpenAPI description says; the first poll finds it `Running`). */
export function queuedProgress(taskId: string): WireProgress {
  const job = {isCompleted: false, progress: 0, error: '', link: '', tenantId: 1}
  return {...job, backupProgressEnum: JOB_KIND.Backup, status: TASK_STATUS.Created, taskId}
}
