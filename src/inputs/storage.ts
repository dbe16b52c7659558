// The `storage-type` and `storage-params` inputs of start-backup.
import {invalidInput} from '../core/errors.js'
import {STORAGE_TYPE, STORAGE_TYPE_NAMES} from '../core/codes.js'

// The API's misspelt ThridpartyDocuments, also as it should be spelt.
const ALIASES: Record<string, number> = {thirdpartydocuments: STORAGE_TYPE.ThridpartyDocuments}
const HIGHEST = STORAGE_TYPE_NAMES.length - 1

const EXPECTED_TYPE = `one of ${STORAGE_TYPE_NAMES.join(', ')}, or a number from 0 to ${HIGHEST}`

/** `null` when empty: the schedule's storage then applies. */
export function parseStorageType(text: string): number | null {
  const value = text.trim()
  if (value === '') return null
  if (/^\d$/.test(value) && Number(value) <= HIGHEST) return Number(value)
  const lower = value.toLowerCase()
  const index = STORAGE_TYPE_NAMES.findIndex(name => name.toLowerCase() === lower)
  if (index >= 0) return index
  if (lower in ALIASES) return ALIASES[lower]
  throw invalidInput('storage-type', value, EXPECTED_TYPE)
}

const EXPECTED_PARAMS =
  'a JSON object of strings, numbers or booleans, such as {"folderId": "1234"}'

/** `null` when empty. Numbers and booleans become strings; nested values are refused. */
export function parseStorageParams(text: string): Record<string, string> | null {
  const value = text.trim()
  if (value === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    throw invalidInput('storage-params', value, EXPECTED_PARAMS)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidInput('storage-params', value, EXPECTED_PARAMS)
  }
  const entries = Object.entries(parsed).map(([key, item]) => {
    if (!['string', 'number', 'boolean'].includes(typeof item)) {
      throw invalidInput('storage-params', value, `${EXPECTED_PARAMS} ("${key}" is not one)`)
    }
    return [key, String(item)]
  })
  // fromEntries keeps every key as the user wrote it, `__proto__` included.
  return Object.fromEntries(entries)
}
