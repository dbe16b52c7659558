// The facts read from a portal, in the shapes the rest of the action works with. The
// DocSpace wire shapes (envelopes, dates without `Z`, numeric enums) stop at src/docspace/.

/**
 * A `getbackuphistory` record as the portal sent it, checked but not converted: a history can
 * hold 100,000 of them, and only the newest hundred ever become BackupRecords.
 */
export interface HistoryRecord {
  id: string
  fileName?: string
  /** A BackupStorageType number, or its name. */
  storageType?: number | string
  createdOn: string
  /** `0001-01-01T00:00:00` (or absent, or null): never. */
  expiresOn?: string | null
}

/** One backup, ready to show. */
export interface BackupRecord {
  id: string
  fileName: string
  /** BackupStorageType, by number (`STORAGE_TYPE` names them). */
  storageType: number
  createdOn: Date
  /** `null` when the backup never expires (`0001-01-01T00:00:00`). */
  expiresOn: Date | null
}

/** The automatic backup schedule (`getbackupschedule`). */
export interface Schedule {
  storageType: number
  storageParams: Record<string, string | null>
  /** `day`: weekday 1–7 (1 = Sunday) for weekly, day of month for monthly, 0 for daily. */
  cronParams: {period: number; hour: number; day: number}
  backupsStored: number | null
  /** When the scheduler last started a run; `null` when it never has. */
  lastBackupTime: Date | null
  dump: boolean
  /** The payload exactly as the portal sent it, for the `schedule` output. */
  raw: unknown
}

/** A backup job as `getbackupprogress` shows it. */
export interface BackupJob {
  isCompleted: boolean
  progress: number
  /** `""` when fine; the failure message otherwise. The failure signal. */
  error: string
  warning: string | null
  /** BackupProgressEnum, by number (`JOB_KIND` names them). */
  backupProgressEnum: number
  /** DistributedTaskStatus (DocSpace 3.7+), when sent. */
  status: number | null
  taskId: string | null
}

/** Everything the verdict is reached from. */
export interface PortalFacts {
  /** Every record of the history, in the portal's order (none). */
  history: HistoryRecord[]
  schedule: Schedule | null
  /** The latest backup job (`getbackupprogress`); `null` when the queue has none. */
  latestJob: BackupJob | null
  /** `getbackupscount`; `null` when the portal has no such route. */
  backupsCreated: number | null
  /** `getservicestate`; `null` when the portal has no such route. */
  serviceEnabled: boolean | null
  /**
   * The latest job's download `link` (DataStore: relative; third-party storage: presigned), for
   * `verify` only: a secret, kept out of `latestJob` so that nothing reports it.
   */
  latestJobLink?: string | null
}
