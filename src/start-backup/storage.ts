// Where a started backup goes: the inputs, else the schedule's storage.
import {NoVerdictError} from '../core/errors.js'
import type {Inputs} from '../inputs/index.js'
import type {Schedule} from '../core/portal-facts.js'

export interface BackupTarget {
  storageType: number
  storageParams: Record<string, string>
}

/** Whether the schedule is needed to know where the backup goes. */
export function needsSchedule(inputs: Inputs): boolean {
  return inputs.storageType === null || inputs.storageParams === null
}

/**
 * `storage-type` wins over the schedule's type; the schedule's parameters apply only when its
 * type is the one used. Neither a schedule nor `storage-type` is the error `no-storage`.
 */
export function backupTarget(inputs: Inputs, schedule: Schedule | null): BackupTarget {
  const storageType = inputs.storageType ?? schedule?.storageType
  if (storageType === undefined) {
    throw new NoVerdictError(
      'no-storage',
      'start-backup needs to know where the backup goes, and the portal has no backup schedule to take it from: set "storage-type" (and "storage-params", e.g. {"folderId": "1234"} for Documents).'
    )
  }
  const fromSchedule =
    schedule && schedule.storageType === storageType ? withoutNulls(schedule.storageParams) : {}
  return {storageType, storageParams: inputs.storageParams ?? fromSchedule}
}

function withoutNulls(params: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null)
  )
}
