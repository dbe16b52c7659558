// Storage types and schedules in words: the report carries them, and the log and summary show
// them.
import {periodOf, STORAGE_TYPE_NAMES, type StorageTypeName} from '../core/codes.js'
import type {Schedule} from '../core/portal-facts.js'

const STORAGE_WORDS: Record<StorageTypeName, string> = {
  Documents: 'Documents',
  ThridpartyDocuments: 'Third-party documents',
  CustomCloud: 'Custom cloud',
  Local: 'Local',
  DataStore: 'Temporary (DataStore)',
  ThirdPartyConsumer: 'Third-party storage'
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export function storageWords(storageType: number): string {
  const name = STORAGE_TYPE_NAMES[storageType] as StorageTypeName | undefined
  return name ? STORAGE_WORDS[name] : `Storage type ${storageType}`
}

/** `Every Monday at 02:00 portal time, keeps 7, to Documents`. */
export function scheduleWords(schedule: Schedule): string {
  const {period, hour, day} = schedule.cronParams
  const when =
    periodOf(period) === 'EveryWeek'
      ? `Every ${WEEKDAYS[day - 1] ?? `weekday ${day}`}`
      : periodOf(period) === 'EveryMonth'
        ? `Every month on day ${day}`
        : 'Every day'
  const at = `at ${String(hour).padStart(2, '0')}:00 portal time`
  const keeps = schedule.backupsStored === null ? '' : `, keeps ${schedule.backupsStored}`
  return `${when} ${at}${keeps}, to ${storageWords(schedule.storageType)}`
}
