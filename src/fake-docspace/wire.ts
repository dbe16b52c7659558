// DocSpace backup data as it travels on the wire (docs/DOCSPACE-API.md): camelCase, numeric
// enums, UTC dates without `Z`, `0001-01-01T00:00:00` for "never", nulls left out.
import {randomUUID} from 'node:crypto'

/** `DateTime.MinValue`: the "never" sentinel of `expiresOn` and `lastBackupTime`. */
export const NEVER = '0001-01-01T00:00:00'

/** BackupStorageType: 4 is temporary storage, whose backups expire after a day. */
export const DATA_STORE = 4

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
  /** DistributedTaskStatus, DocSpace 3.7+: 1 running, 2 completed. */
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
  const storageType = opts.storageType ?? 0
  // One toISOString per record: the benchmark builds 100,000 of them.
  const iso = opts.createdOn.toISOString()
  const expires = () => wireDate(new Date(opts.createdOn.getTime() + DAY_MS))
  return {
    id: opts.id ?? randomUUID(),
    fileName: opts.fileName ?? fileNameFromIso(opts.alias ?? 'myportal', iso),
    storageType,
    createdOn: iso.slice(0, 19),
    expiresOn: storageType === DATA_STORE ? expires() : NEVER
  }
}

/** A `SuccessApiResponse` body around an already serialized payload (`undefined`: none). */
export function successBody(
  payloadJson: string | undefined,
  count: number,
  href: string,
  action: string
): string {
  const response = payloadJson === undefined ? '' : `"response":${payloadJson},`
  const links = JSON.stringify([{href, action}])
  return `{${response}"count":${count},"links":${links},"status":0,"statusCode":200}`
}

/** The progress `startbackup` answers: a fresh job of this tenant, just queued. */
export function runningProgress(taskId: string): WireProgress {
  const job = {isCompleted: false, progress: 0, error: '', link: '', tenantId: 1}
  return {...job, backupProgressEnum: 0, status: 1, taskId}
}

/** The `count` rule of the envelope: a list's length, 0 for none, 1 for anything else. */
export function envelopeCount(payload: unknown): number {
  if (Array.isArray(payload)) return payload.length
  return payload === null || payload === undefined ? 0 : 1
}

/** An `ErrorApiResponse`, as thrown exceptions are answered (docs/DOCSPACE-API.md). */
export function errorEnvelope(statusCode: number, message: string, type: string): object {
  const stack = `   at ${type}..ctor()\n   at ASC.Data.Backup.BackupController.Invoke()`
  return {error: {message, type, stack, hresult: -2146233088}, status: 1, statusCode}
}

/** A 400 from model binding: a `ValidationProblemDetails` inside the success envelope. */
export function validationProblem(
  field: string,
  value: string,
  href: string,
  action: string
): object {
  const problem = {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    errors: {[field]: [`The value '${value}' is not valid.`]},
    traceId: `00-${randomUUID().replaceAll('-', '')}-0000000000000001-00`
  }
  return {response: problem, count: 1, links: [{href, action}], status: 1, statusCode: 400}
}

/** The body of `startbackup` once bound: `storageParams` is sent as `[{key, value}]`. */
export interface BackupRequest {
  storageType: number
  storageParams: Record<string, string>
  dump: boolean
}

const STORAGE_TYPES = [
  'documents',
  'thridpartydocuments',
  'customcloud',
  'local',
  'datastore',
  'thirdpartyconsumer'
]

/**
 * Binds a `startbackup` body as ASP.NET would: enum names (any case) or numbers, params as an
 * array of `{key, value}`. Returns the 400 body instead when it would not bind.
 */
export function parseBackupRequest(body: string, href: string): BackupRequest | {invalid: object} {
  const invalid = (field: string, value: unknown): {invalid: object} => ({
    invalid: validationProblem(field, JSON.stringify(value) ?? '', href, 'POST')
  })
  let dto: Record<string, unknown>
  try {
    dto = JSON.parse(body || '{}') as Record<string, unknown>
  } catch {
    return invalid('$', body)
  }
  if (typeof dto !== 'object' || dto === null || Array.isArray(dto)) return invalid('$', dto)
  const storageType = bindStorageType(dto.storageType ?? 0)
  if (storageType === undefined) return invalid('$.storageType', dto.storageType)
  const storageParams = bindParams(dto.storageParams ?? [])
  if (storageParams === undefined) return invalid('$.storageParams', dto.storageParams)
  if (typeof (dto.dump ?? false) !== 'boolean') return invalid('$.dump', dto.dump)
  if (!folderFits(storageType, storageParams.folderId)) {
    return {invalid: errorEnvelope(400, 'wrong folder type', 'System.ArgumentException')}
  }
  return {storageType, storageParams, dump: dto.dump === true}
}

// Documents folders have numeric ids, third-party ones do not.
function folderFits(storageType: number, folderId: string | undefined): boolean {
  if (storageType > 1) return true
  return /^\d+$/.test(folderId ?? '') === (storageType === 0)
}

function bindStorageType(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 5 ? value : undefined
  if (typeof value !== 'string') return undefined
  const index = STORAGE_TYPES.indexOf(value.toLowerCase())
  return index >= 0 ? index : undefined
}

function bindParams(value: unknown): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined
  const params: Record<string, string> = {}
  for (const item of value as unknown[]) {
    const {key, value: itemValue} = (item ?? {}) as {key?: unknown; value?: unknown}
    if (typeof key !== 'string') return undefined
    params[key] = String(itemValue ?? '')
  }
  return params
}
