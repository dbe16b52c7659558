// The fake's `startbackup`: the job it starts moves on with each progress poll, then
// completes (adding its record to the history), fails, is cancelled, or never ends, as the
// options say.
import {randomUUID} from 'node:crypto'
import type {ServerResponse} from 'node:http'
import {sendJson, sendPayload} from './send.js'
import * as wire from './wire.js'
import {errorEnvelope} from './envelopes.js'
import {parseBackupRequest} from './backup-request.js'

const QUOTA = 'The number of free backups should not exceed 0 within a month'
const QUOTA_EXCEEDED = errorEnvelope(402, QUOTA, 'ASC.Core.Billing.TenantQuotaException')

/** How a started backup ends; default `complete` after 3 progress polls. */
export interface StartBackupPlan {
  outcome: 'complete' | 'fail' | 'cancel' | 'quota' | 'never'
  pollsToComplete?: number
}

/** `startbackup` and the job it starts, which moves on with each progress poll. */
export function backupJob(fake: {state: wire.PortalState}, plan: StartBackupPlan | undefined) {
  const outcome = plan?.outcome ?? 'complete'
  const pollsToComplete = plan?.pollsToComplete ?? 3
  let current: {taskId: string; storageType: number; polls: number} | undefined
  const start = (body: string, href: string, res: ServerResponse): void => {
    const bound = parseBackupRequest(body, href)
    if ('invalid' in bound) return sendJson(res, 400, bound.invalid)
    if (outcome === 'quota') return sendJson(res, 402, QUOTA_EXCEEDED)
    current = {taskId: randomUUID(), storageType: bound.storageType, polls: 0}
    fake.state.progress = wire.queuedProgress(current.taskId)
    sendPayload(res, fake.state.progress, href, 'POST')
  }
  const poll = (): void => {
    const progress = fake.state.progress
    if (!current || progress?.taskId !== current.taskId || progress.isCompleted) return
    current.polls += 1
    if (outcome === 'never' || current.polls < pollsToComplete) {
      fake.state.progress = {
        ...progress,
        progress: Math.min(90, current.polls * 30),
        status: wire.TASK_STATUS.Running
      }
    } else if (outcome === 'cancel') {
      // DistributedTaskStatus Canceled: completed, no error, no archive.
      fake.state.progress = {...progress, isCompleted: true, status: wire.TASK_STATUS.Canceled}
    } else if (outcome === 'fail') {
      const error = 'Storage is not available'
      fake.state.progress = {
        ...progress,
        isCompleted: true,
        status: wire.TASK_STATUS.Completed,
        error
      }
    } else {
      fake.state.progress = {
        ...progress,
        isCompleted: true,
        progress: 100,
        status: wire.TASK_STATUS.Completed
      }
      const record = {createdOn: new Date(), id: current.taskId, storageType: current.storageType}
      fake.state.history.push(wire.makeRecord({...record, alias: fake.state.alias}))
    }
  }
  return {start, poll}
}
