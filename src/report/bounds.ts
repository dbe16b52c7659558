// Portal strings in the report redacted and cut, so no answer can swell it past 1 MiB or
// carry a secret into a log.
import {isoUtc} from '../time/dates.js'
import {redactSecrets} from '../core/secrets/redact.js'
import {HARMLESS_STORAGE_PARAMS} from '../core/codes.js'
import type {ReportBackup, StartedBackup} from './shape.js'
import type {BackupRecord} from '../core/portal-facts.js'

/** Portal strings are cut to this length, so no answer can swell the report past 1 MiB. */
const MAX_PORTAL_STRING = 500
/** A schedule whose JSON is larger than this is reported without its raw payload. */
const MAX_SCHEDULE_JSON = 64 * 1024

export type Clip = (text: string) => string

export function reportBackup(backup: BackupRecord, clip: Clip): ReportBackup {
  return {
    id: clip(backup.id),
    fileName: clip(backup.fileName),
    storageType: backup.storageType,
    createdOn: isoUtc(backup.createdOn),
    expiresOn: backup.expiresOn ? isoUtc(backup.expiresOn) : null
  }
}

/** Portal strings redacted, then cut to MAX_PORTAL_STRING. */
export function clipper(secrets: readonly string[] = []): Clip {
  return text => {
    const redacted = redactSecrets(text, secrets)
    return redacted.length > MAX_PORTAL_STRING
      ? `${redacted.slice(0, MAX_PORTAL_STRING - 1)}…`
      : redacted
  }
}

/** The schedule as the portal gave it, its secrets hidden, or a note when it is too large. */
export function boundedSchedule(raw: unknown): unknown {
  if (raw === null) return null
  const shown = withStorageSecretsHidden(raw)
  const size = JSON.stringify(shown).length
  return size > MAX_SCHEDULE_JSON
    ? {omitted: `the schedule's JSON is ${size} characters long`}
    : shown
}

const HARMLESS = new Set<string>(HARMLESS_STORAGE_PARAMS.map(name => name.toLowerCase()))

/**
 * `storageParams` holds a third-party storage's stored settings, keys included: only the
 * harmless ones keep their values (a plain value or null); every other value becomes `***`.
 */
function withStorageSecretsHidden(raw: unknown): unknown {
  if (!isObject(raw) || !('storageParams' in raw)) return raw
  const params = raw.storageParams
  const hidden = isObject(params)
    ? Object.fromEntries(
        Object.entries(params).map(([key, value]) => [key, shownParam(key, value)])
      )
    : params === null
      ? null
      : HIDDEN
  return {...raw, storageParams: hidden}
}

const HIDDEN = '***'

function shownParam(key: string, value: unknown): unknown {
  if (value === null) return null
  const plain = ['string', 'number', 'boolean'].includes(typeof value)
  return plain && HARMLESS.has(key.toLowerCase()) ? value : HIDDEN
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The started job's id and error come from the portal: bounded like every portal string. */
export function boundedStart(started: StartedBackup, clip: Clip): StartedBackup {
  return {
    ...started,
    id: started.id && clip(started.id),
    error: started.error && clip(started.error)
  }
}
