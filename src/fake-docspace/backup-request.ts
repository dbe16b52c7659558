// The `startbackup` body bound as ASP.NET binds it, or the 400 it would answer instead.
import {errorEnvelope, validationProblem} from './envelopes.js'
import {STORAGE_TYPE} from './wire.js'

/** The body of `startbackup` once bound: `storageParams` is sent as `[{key, value}]`. */
export interface BackupRequest {
  storageType: number
  storageParams: Record<string, string>
  dump: boolean
}

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
  const storageType = bindStorageType(dto.storageType ?? STORAGE_TYPE.Documents)
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
  const documents = storageType === STORAGE_TYPE.Documents
  if (!documents && storageType !== STORAGE_TYPE.ThridpartyDocuments) return true
  return /^\d+$/.test(folderId ?? '') === documents
}

function bindStorageType(value: unknown): number | undefined {
  const numbers: number[] = Object.values(STORAGE_TYPE)
  if (typeof value === 'number') return numbers.includes(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const named = Object.entries(STORAGE_TYPE).find(
    ([name]) => name.toLowerCase() === value.toLowerCase()
  )
  return named?.[1]
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
