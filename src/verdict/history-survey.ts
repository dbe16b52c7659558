// What the verdict needs of a history, in one pass. A history can hold 100,000 records in no
// order: it is never sorted, and its dates are compared as UTC keys (see time/dates.ts); only
// the newest hundred become BackupRecords.
import {STORAGE_TYPE, STORAGE_TYPE_NAMES} from '../core/codes.js'
import {checkedKey, dateOfKey, keyOfTime} from '../time/dates.js'
import type {BackupRecord, HistoryRecord} from '../core/portal-facts.js'

/** How many of the newest usable backups are kept: the report shows 100. */
export const NEWEST_KEPT = 100

const EXPIRING_WITHIN_MS = 24 * 3_600_000
const CLOCK_SKEW_MS = 5 * 60_000
/** A backup dated further ahead than this is a broken record that no clock or time zone
 * explains: not usable, so it can neither hide a stale portal nor count toward min-count. */
const BROKEN_FUTURE_MS = 24 * 3_600_000

export interface HistorySurvey {
  /** Backups that have not expired and are dated at most 24 hours ahead. */
  usableCount: number
  /** The newest usable backups, newest first, at most NEWEST_KEPT. */
  newestUsable: BackupRecord[]
  /** There are usable backups, and every one expires within 24 hours (temporary storage). */
  allUsableExpiring: boolean
  /** A backup (usable or not) is dated more than 5 minutes after now. */
  fromTheFuture: boolean
}

/** Surveys a history that parseHistory has checked. */
export function surveyHistory(history: readonly HistoryRecord[], now: Date): HistorySurvey {
  const nowKey = keyOfTime(now.getTime())
  const expiringKey = keyOfTime(now.getTime() + EXPIRING_WITHIN_MS)
  const futureKey = keyOfTime(now.getTime() + CLOCK_SKEW_MS)
  const brokenKey = keyOfTime(now.getTime() + BROKEN_FUTURE_MS)
  const newest = new NewestKept(NEWEST_KEPT)
  let usableCount = 0
  let allUsableExpiring = true
  let fromTheFuture = false
  for (const record of history) {
    const created = checkedKey(record.createdOn) as string
    if (created > futureKey) fromTheFuture = true
    if (created > brokenKey) continue
    const expires = record.expiresOn == null ? null : checkedKey(record.expiresOn)
    if (expires != null && expires <= nowKey) continue
    usableCount++
    if (expires == null || expires > expiringKey) allUsableExpiring = false
    newest.offer(created, record)
  }
  return {
    usableCount,
    newestUsable: newest.records().map(backupOf),
    allUsableExpiring: usableCount > 0 && allUsableExpiring,
    fromTheFuture
  }
}

/** A record parseHistory has checked, ready to show: nothing in it can be wrong any more. */
function backupOf(record: HistoryRecord): BackupRecord {
  const expires = record.expiresOn == null ? null : checkedKey(record.expiresOn)
  return {
    id: record.id,
    fileName: record.fileName ?? '',
    storageType: storageTypeNumber(record.storageType ?? STORAGE_TYPE.Documents),
    createdOn: dateOfKey(checkedKey(record.createdOn) as string),
    expiresOn: expires === null ? null : dateOfKey(expires)
  }
}

/** The number of a storage type the portal sent as a number or (any case) as its name. */
function storageTypeNumber(type: number | string): number {
  if (typeof type === 'number') return type
  return STORAGE_TYPE_NAMES.findIndex(name => name.toLowerCase() === type.toLowerCase())
}

/** The `limit` latest-created records offered, newest first; ties keep the first offered. */
class NewestKept {
  private readonly keys: string[] = []
  private readonly kept: HistoryRecord[] = []

  constructor(private readonly limit: number) {}

  offer(key: string, record: HistoryRecord): void {
    const {keys, kept} = this
    if (keys.length === this.limit && key <= keys[keys.length - 1]) return
    let at = keys.length
    while (at > 0 && keys[at - 1] < key) at--
    keys.splice(at, 0, key)
    kept.splice(at, 0, record)
    if (keys.length > this.limit) {
      keys.pop()
      kept.pop()
    }
  }

  records(): HistoryRecord[] {
    return this.kept
  }
}
