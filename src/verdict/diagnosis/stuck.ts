// A backup job that has run far longer than a backup takes. DocSpace's job has no timestamp; the
// schedule's `lastBackupTime` (stamped when it started the run) is the only clock there is. A job
// whose worker died stays "running" at a frozen percentage until the queue drops it (24 h).
import {JOB_KIND} from '../../core/codes.js'
import {isoUtc} from '../../time/dates.js'
import type {BackupJob, Schedule} from '../../core/portal-facts.js'

const HOUR_MS = 3_600_000

export interface StuckJob {
  /** When the schedule started the run, ISO 8601 UTC. */
  since: string
  /** Hours since then. */
  hours: number
  /** The job's frozen (or slow) percentage. */
  progress: number
}

/**
 * The running backup job, when it has been running for more than `maxRuntimeHours` since the
 * schedule started it and no backup has been made since; otherwise `null`.
 */
export function stuckJob(
  schedule: Schedule | null,
  job: BackupJob | null,
  newestBackupMs: number | null,
  maxRuntimeHours: number,
  now: Date
): StuckJob | null {
  if (!job || job.isCompleted || job.backupProgressEnum !== JOB_KIND.Backup) return null
  const started = schedule?.lastBackupTime
  if (!started) return null
  if (newestBackupMs !== null && newestBackupMs >= started.getTime()) return null
  const hours = (now.getTime() - started.getTime()) / HOUR_MS
  if (hours <= maxRuntimeHours) return null
  return {since: isoUtc(started), hours, progress: job.progress}
}
