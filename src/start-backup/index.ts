// Opt-in: start a backup, wait for it, and judge the result with it. The POST is sent once:
// it is not idempotent and spends the free-backup quota.
import type {DocSpaceClient} from '../docspace/client.js'
import {parseProgress, parseSchedule} from '../docspace/shapes.js'
import {portalQuote} from '../docspace/portal-text.js'
import {JOB_KIND} from '../core/codes.js'
import {NoVerdictError} from '../core/errors.js'
import {humanDuration} from '../time/durations.js'
import type {Inputs} from '../inputs/index.js'
import type {StartedBackup} from '../report/shape.js'
import {storageWords} from '../report/schedule-words.js'
import type {Timing} from '../time/clock.js'
import type {PortalFacts, BackupJob} from '../core/portal-facts.js'
import type {Verdict} from '../verdict/verdict.js'
import {nextPollDelay, PROGRESS_LOG_EVERY_MS} from './poll.js'
import {TASK_STATUS_NAMES} from '../core/codes.js'
import {backupTarget, needsSchedule} from './storage.js'

/** What waiting needs of the check: its log and its clock. */
const CANCELLED = TASK_STATUS_NAMES.indexOf('Canceled')

export interface WaitDependencies {
  log: (line: string) => void
  timing: Timing
}

export async function startAndAwaitBackup(
  client: DocSpaceClient,
  inputs: Inputs,
  deps: WaitDependencies
): Promise<StartedBackup> {
  const dumpQuery = {Dump: String(inputs.dump)}
  const schedule = needsSchedule(inputs)
    ? await client.get('getbackupschedule', dumpQuery, parseSchedule)
    : null
  const target = backupTarget(inputs, schedule)
  const {now, sleep} = deps.timing
  const startedAt = now()
  const body = {
    storageType: target.storageType,
    storageParams: Object.entries(target.storageParams).map(([key, value]) => ({key, value})),
    dump: inputs.dump
  }
  const job = await client.post('startbackup', body, parseStartAnswer).catch(explainQuota)
  const jobName = job.taskId === null ? 'without an id' : portalQuote(job.taskId, [inputs.token])
  deps.log(`Started a backup to ${storageWords(target.storageType)} (job ${jobName}).`)

  let progress: BackupJob = job
  let delay = 0
  let lastLogged = {at: startedAt, percent: job.progress}
  const ended = (job: BackupJob) => job.isCompleted || job.status === CANCELLED
  while (!ended(progress) && now() - startedAt < inputs.waitTimeoutMs) {
    delay = nextPollDelay(now() - startedAt, delay)
    await sleep(Math.min(delay, Math.max(0, inputs.waitTimeoutMs - (now() - startedAt))))
    const polled = await client.get('getbackupprogress', dumpQuery, parseProgress)
    if (!isSameJob(polled, job)) {
      // Cancelled, or replaced by another job: the history says whether ours was made.
      deps.log('The started job left the queue; looking for its backup in the history.')
      progress = {...job, isCompleted: true, progress: 100}
      break
    }
    progress = polled
    const percent = progress.progress
    if (
      !ended(progress) &&
      percent !== lastLogged.percent &&
      now() - lastLogged.at >= PROGRESS_LOG_EVERY_MS
    ) {
      deps.log(`Backup ${percent}% done after ${humanDuration((now() - startedAt) / 1000)}.`)
      lastLogged = {at: now(), percent}
    }
  }
  const seconds = Math.round((now() - startedAt) / 1000)
  const outcome = outcomeOf(progress)
  deps.log(`The backup ${ENDED[outcome]} after ${humanDuration(seconds)}.`)
  return {id: job.taskId, seconds, outcome, error: outcome === 'failed' ? progress.error : null}
}

/**
 * Adds the started backup's reasons; its failure replaces `last-backup-failed` for that job.
 * A completed backup that the history does not hold becomes `missing`.
 */
export function judgeStartedBackup(
  verdict: Verdict,
  facts: PortalFacts,
  started: StartedBackup
): {verdict: Verdict; started: StartedBackup} {
  const reasons = verdict.reasons.filter(
    reason => reason !== 'last-backup-failed' || facts.latestJob?.taskId !== started.id
  )
  const inHistory = facts.history.some(backup => backup.id === started.id)
  const outcome = started.outcome === 'completed' && !inHistory ? 'missing' : started.outcome
  if (outcome === 'failed') reasons.push('started-backup-failed')
  if (outcome === 'timeout') reasons.push('started-backup-timeout')
  if (outcome === 'cancelled') reasons.push('started-backup-cancelled')
  if (outcome === 'missing') reasons.push('started-backup-missing')
  return {
    verdict: {...verdict, reasons, status: reasons.length > 0 ? 'unhealthy' : 'healthy'},
    started: {...started, outcome}
  }
}

const ENDED = {
  completed: 'completed',
  failed: 'failed',
  cancelled: 'was cancelled',
  timeout: 'did not complete'
} as const

/** How the wait ended: a job cancelled (DistributedTaskStatus 3) without an error made nothing. */
function outcomeOf(job: BackupJob): Exclude<StartedBackup['outcome'], 'missing'> {
  if (job.status === CANCELLED) return job.error ? 'failed' : 'cancelled'
  if (!job.isCompleted) return 'timeout'
  return job.error ? 'failed' : 'completed'
}

/** The queue shows the job we started (a job without ids is taken to be ours). */
function isSameJob(polled: BackupJob | null, started: BackupJob): polled is BackupJob {
  if (polled === null) return false
  return polled.taskId === null || started.taskId === null || polled.taskId === started.taskId
}

function parseStartAnswer(payload: unknown): BackupJob {
  return (
    parseProgress(payload) ?? {
      isCompleted: false,
      progress: 0,
      error: '',
      warning: null,
      backupProgressEnum: JOB_KIND.Backup,
      status: null,
      taskId: null
    }
  )
}

/** A 402 from startbackup is almost always the free-backup quota: say that this input spends it. */
function explainQuota(error: unknown): never {
  if (error instanceof NoVerdictError && error.code === 'payment-required') {
    throw new NoVerdictError(
      error.code,
      `${error.message} Note that "start-backup: true" starts a backup on every run and so spends the portal's monthly free-backup quota: run it less often, or enable the paid backup service.`,
      error.httpStatus
    )
  }
  throw error
}
