// Storage types and schedules in words: the report carries them, and the log and summary show
// them.
import {BackupPeriod, type Schedule} from './types.js'

const STORAGE_WORDS = [
  'Documents',
  'Third-party documents',
  'Custom cloud',
  'Local',
  'Temporary (DataStore)',
  'Third-party storage'
]

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export function storageWords(storageType: number): string {
  return STORAGE_WORDS[storageType] ?? `Storage type ${storageType}`
}

/** `Every Monday at 02:00 portal time, keeps 7, to Documents`. */
export function scheduleWords(schedule: Schedule): string {
  const {period, hour, day} = schedule.cronParams
  const when =
    period === BackupPeriod.EveryWeek
      ? `Every ${WEEKDAYS[day - 1] ?? `weekday ${day}`}`
      : period === BackupPeriod.EveryMonth
        ? `Every month on day ${day}`
        : 'Every day'
  const at = `at ${String(hour).padStart(2, '0')}:00 portal time`
  const keeps = schedule.backupsStored === null ? '' : `, keeps ${schedule.backupsStored}`
  return `${when} ${at}${keeps}, to ${storageWords(schedule.storageType)}`
}
