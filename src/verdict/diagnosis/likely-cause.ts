// Why backups stopped, in one sentence with what to do, from what the schedule and the job say.
// DocSpace's scheduler stamps `lastBackupTime` when it starts a run, before it hands the run to
// the backup worker over the message bus; a history record is written only once the archive is
// whole. So a stamp after the newest backup with no job running means the run went nowhere (the
// worker or its queue), and a stamp older than a period means the scheduler stopped firing.
import {JOB_KIND} from '../../core/codes.js'
import {humanDuration} from '../../time/durations.js'
import type {BackupJob, Schedule} from '../../core/portal-facts.js'
import type {StuckJob} from './stuck.js'

const HOUR_MS = 3_600_000

/**
 * The sentence, once it is known how portal text (a job's error) is quoted: the report redacts
 * secrets from it before it cuts it to length, and only the report knows the secrets.
 */
export type Diagnosis = (quote: (portalText: string) => string) => string

export interface CauseFacts {
  schedule: Schedule | null
  job: BackupJob | null
  /** Creation time of the newest usable backup, epoch ms; `null`: none. */
  newestBackupMs: number | null
  /** The schedule's period in hours (day 24, week 168, month 744). */
  periodHours: number
  graceHours: number
  maxAgeInForceHours: number
  maxRuntimeHours: number
  stuck: StuckJob | null
  now: Date
}

/** The likely cause of a stale or missing backup, with what to do. */
export function likelyCause(facts: CauseFacts): Diagnosis {
  const sentence = causeSentence(facts)
  return typeof sentence === 'string' ? () => sentence : sentence
}

function causeSentence(facts: CauseFacts): string | Diagnosis {
  const {schedule, now} = facts
  if (!schedule) {
    return "There is no automatic backup schedule, so nothing makes new backups: create one in the portal's Backup settings (DocSpace deletes a schedule, and emails the admins, when a run fails for quota or billing)."
  }
  const started = schedule.lastBackupTime
  if (!started) {
    return "The backup schedule has never started a run: if it was just created, wait for its first run; otherwise the backup scheduler is not firing: restart the backup service, and check that the portal's plan includes automatic backups."
  }
  const since = `${readable(started)} (${ago(now.getTime() - started.getTime())} ago)`
  const job = facts.job?.backupProgressEnum === JOB_KIND.Backup ? facts.job : null
  if (job && !job.isCompleted) {
    return facts.stuck
      ? `A backup job has been running since the schedule started it at ${since}, over max-runtime (${hoursWords(facts.maxRuntimeHours)}), at ${job.progress}% and with no new backup: its worker has probably stopped; restart the backup service (the job leaves the queue 24 h after its last update).`
      : `A backup job is still running (${job.progress}%, the schedule last started a run at ${since}): wait for it to finish; if it stays at ${job.progress}%, its worker has stopped: restart the backup service.`
  }
  if (job && job.error !== '') {
    const error = job.error
    return quote =>
      `The last backup job failed: "${quote(error.trim()).replace(/\.$/, '')}": fix what it names (storage space, permissions, the storage's credentials), then start a backup to confirm.`
  }
  const lateHours = facts.periodHours + facts.graceHours
  if (now.getTime() - started.getTime() > lateHours * HOUR_MS) {
    return `The schedule has not started a run since ${since}, over one period plus grace (${hoursWords(lateHours)}): the backup scheduler is not firing; restart the backup service (its scheduler runs on one instance and stops silently after a critical error), and check that the portal's plan is paid and includes automatic backups.`
  }
  if (facts.newestBackupMs === null || started.getTime() > facts.newestBackupMs) {
    const which =
      facts.newestBackupMs === null
        ? ', yet there is no backup at all'
        : ', after the newest backup'
    return `The schedule started a run at ${since}${which}, and no job is running: that run produced no backup, so the backup worker or its queue is not working; check the backup service's log and the message bus (e.g. RabbitMQ) it takes requests from, and restart the backup service.`
  }
  return `The schedule is on time (it last started a run at ${since}, before the newest backup), but max-age (${hoursWords(facts.maxAgeInForceHours)}) is shorter than its period (${hoursWords(facts.periodHours)}): raise max-age, or back up more often.`
}

function readable(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

function ago(ms: number): string {
  return humanDuration(Math.max(0, ms) / 1000)
}

function hoursWords(hours: number): string {
  return humanDuration(hours * 3600)
}
