// What the verdict needs of a history, in one pass. A history can hold 100,000 records in no
// order: it is never sorted, only the newest few are kept.
import type {BackupRecord} from './types.js'

/** How many of the newest usable backups are kept: the report shows 100. */
export const NEWEST_KEPT = 100

const EXPIRING_WITHIN_MS = 24 * 3_600_000
const CLOCK_SKEW_MS = 5 * 60_000

export interface HistorySurvey {
  /** Backups that have not expired. */
  usableCount: number
  /** The newest usable backups, newest first, at most NEWEST_KEPT. */
  newestUsable: BackupRecord[]
  /** There are usable backups, and every one expires within 24 hours (temporary storage). */
  allUsableExpiring: boolean
  /** A backup (usable or not) is dated more than 5 minutes after now. */
  fromTheFuture: boolean
}

export function surveyHistory(history: BackupRecord[], now: Date): HistorySurvey {
  const nowMs = now.getTime()
  const newest = new NewestKept(NEWEST_KEPT)
  let usableCount = 0
  let allUsableExpiring = true
  let fromTheFuture = false
  for (const backup of history) {
    if (backup.createdOn.getTime() - nowMs > CLOCK_SKEW_MS) fromTheFuture = true
    const expiresMs = backup.expiresOn === null ? Infinity : backup.expiresOn.getTime()
    if (expiresMs <= nowMs) continue
    usableCount++
    if (expiresMs - nowMs > EXPIRING_WITHIN_MS) allUsableExpiring = false
    newest.offer(backup)
  }
  return {
    usableCount,
    newestUsable: newest.items,
    allUsableExpiring: usableCount > 0 && allUsableExpiring,
    fromTheFuture
  }
}

/** The `limit` latest-created backups offered, newest first; ties keep the first offered. */
class NewestKept {
  readonly items: BackupRecord[] = []

  constructor(private readonly limit: number) {}

  offer(backup: BackupRecord): void {
    const created = backup.createdOn.getTime()
    const items = this.items
    if (items.length === this.limit && created <= items[items.length - 1].createdOn.getTime())
      return
    let at = items.length
    while (at > 0 && items[at - 1].createdOn.getTime() < created) at--
    items.splice(at, 0, backup)
    if (items.length > this.limit) items.pop()
  }
}
