// start-backup in process: runCheck against the fake DocSpace with a fake clock whose sleep
// returns at once, so a 30-minute wait takes milliseconds and every wait is on record.
import {randomBytes, randomUUID} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {
  emptyPortal,
  failedJobPortal,
  healthyPortal,
  noSchedulePortal
} from '../../src/fake-docspace/scenarios.js'
import {makeRecord, type WireProgress} from '../../src/fake-docspace/wire.js'
import {outputsOf} from '../../src/action/outputs.js'
import {reasonWords} from '../../src/render/words.js'
import {check as checkInProcess} from '../support/check-helpers.js'
import {closeServersAfterEach, startFake} from '../support/fake-portal.js'

const TOKEN = `sk-${randomBytes(32).toString('hex')}`

closeServersAfterEach()
const start = (options: FakeOptions = {}): Promise<FakeDocSpace> =>
  startFake({now: new Date(), token: TOKEN, ...options})

/** runCheck with start-backup on, these inputs on top, and a clock that only sleeps advance. */
async function check(fake: FakeDocSpace, inputs: Record<string, string> = {}) {
  const run = await checkInProcess(
    fake,
    {token: TOKEN, 'start-backup': 'true', ...inputs},
    {timing: 'advancing'}
  )
  const logs = run.logs.map((line, i) => ({at: run.logTimes[i], line}))
  return {report: run.report, sleeps: run.delays, logs}
}

function posted(fake: FakeDocSpace): unknown[] {
  return fake.requests
    .filter(r => r.route === 'startbackup')
    .map(r => JSON.parse(r.body) as unknown)
}

function progressEnvelope(progress: WireProgress): object {
  return {response: progress, count: 1, links: [], status: 0, statusCode: 200}
}

describe('a started backup that completes', () => {
  it('is healthy, with its taskId and the seconds waited', async () => {
    const fake = await start({startBackup: {outcome: 'complete', pollsToComplete: 3}})
    const {report, sleeps} = await check(fake)

    const taskId = fake.state.progress?.taskId
    expect(taskId).toMatch(/^[0-9a-f-]{36}$/)
    expect(report.status).toBe('healthy')
    expect(report.reasons).toEqual([])
    expect(report.startedBackup).toEqual({
      id: taskId,
      seconds: 6,
      outcome: 'completed',
      error: null
    })
    expect(sleeps).toEqual([2000, 2000, 2000])
    expect(report.latest?.id).toBe(taskId)
    const outputs = outputsOf(report)
    expect(outputs['started-backup-id']).toBe(taskId)
    expect(outputs['started-backup-seconds']).toBe('6')
  })

  it('posts once, then polls, then reads the portal again', async () => {
    const fake = await start({startBackup: {outcome: 'complete', pollsToComplete: 2}})
    await check(fake)

    const order = fake.requests.map(r => `${r.method} ${r.route}`)
    expect(order.slice(0, 4)).toEqual([
      'GET getbackupschedule',
      'POST startbackup',
      'GET getbackupprogress',
      'GET getbackupprogress'
    ])
    expect(order.slice(4).sort()).toEqual([
      'GET getbackuphistory',
      'GET getbackupprogress',
      'GET getbackupschedule',
      'GET getbackupscount',
      'GET getservicestate'
    ])
    const post = fake.requests.find(r => r.route === 'startbackup')
    expect(post?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(post?.headers['content-type']).toMatch(/^application\/json/)
  })

  it('replaces an earlier failed job, which no longer counts', async () => {
    const fake = await start({state: failedJobPortal(new Date())})
    const {report} = await check(fake)

    expect(report.status).toBe('healthy')
    expect(report.startedBackup?.outcome).toBe('completed')
  })
})

describe('a started backup that fails', () => {
  it('is started-backup-failed, instead of last-backup-failed for the same job', async () => {
    const fake = await start({startBackup: {outcome: 'fail', pollsToComplete: 2}})
    const {report} = await check(fake)

    expect(report.status).toBe('unhealthy')
    expect(report.reasons).toEqual(['started-backup-failed'])
    expect(report.progress?.taskId).toBe(report.startedBackup?.id)
    expect(report.progress?.error).toBe('Storage is not available')
    expect(report.startedBackup).toMatchObject({
      outcome: 'failed',
      error: 'Storage is not available',
      seconds: 4
    })
  })
})

describe('a started backup that never completes', () => {
  it('is started-backup-timeout after wait-timeout, having waited exactly that long', async () => {
    const fake = await start({startBackup: {outcome: 'never'}})
    const {report, sleeps} = await check(fake, {'wait-timeout': '5m'})

    expect(report.reasons).toEqual(['started-backup-timeout'])
    expect(report.startedBackup).toMatchObject({outcome: 'timeout', seconds: 300})
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(300_000)
    expect(outputsOf(report)['started-backup-seconds']).toBe('300')
  })

  it('reads a bare wait-timeout as seconds', async () => {
    const fake = await start({startBackup: {outcome: 'never'}})
    const {report, sleeps} = await check(fake, {'wait-timeout': '9'})

    expect(report.reasons).toEqual(['started-backup-timeout'])
    expect(sleeps).toEqual([2000, 2000, 2000, 2000, 1000])
    expect(report.startedBackup?.seconds).toBe(9)
  })
})

describe('a started backup missing from the history', () => {
  it('is started-backup-missing when the job completed but no record has its id', async () => {
    const fake = await start()
    // This portal never records the archive the job reports as written.
    fake.state.history = Object.assign([...fake.state.history], {push: () => 0})
    const {report} = await check(fake)

    expect(report.status).toBe('unhealthy')
    expect(report.reasons).toEqual(['started-backup-missing'])
    expect(report.startedBackup?.outcome).toBe('missing')
    expect(fake.state.history.some(r => r.id === report.startedBackup?.id)).toBe(false)
  })
})

describe('a started backup that is cancelled', () => {
  it('is started-backup-cancelled (status 3, no error), not missing, and the log says so', async () => {
    const fake = await start({startBackup: {outcome: 'cancel'}})
    const {report, logs} = await check(fake)

    expect(report.status).toBe('unhealthy')
    expect(report.reasons).toEqual(['started-backup-cancelled'])
    expect(report.startedBackup).toMatchObject({outcome: 'cancelled', error: null})
    expect(logs.map(log => log.line).at(-1)).toMatch(/^The backup was cancelled after \d+s\.$/)
    expect(reasonWords('started-backup-cancelled', report)).toContain('was cancelled')
  })

  it('stops waiting at status 3 even when the job is not marked completed', async () => {
    const fake = await start({startBackup: {outcome: 'cancel', pollsToComplete: 1}})
    // This portal shows the cancelled job as not completed.
    let shown = fake.state.progress
    Object.defineProperty(fake.state, 'progress', {
      get: () => shown,
      set: (job: WireProgress | null) => {
        shown = job && job.status === 3 ? {...job, isCompleted: false} : job
      }
    })
    const {report, sleeps} = await check(fake)

    expect(fake.state.progress).toMatchObject({isCompleted: false, status: 3})
    expect(sleeps).toEqual([2000])
    expect(report.reasons).toEqual(['started-backup-cancelled'])
  })
})

describe('a started backup that leaves the queue', () => {
  it('stops polling when another job replaces it, and judges by the history', async () => {
    const fake = await start({startBackup: {outcome: 'never'}})
    const other = {...(fake.state.progress as WireProgress), taskId: randomUUID(), progress: 10}
    fake.faults.getbackupprogress = [{kind: 'json', body: progressEnvelope(other)}]
    const {report, sleeps} = await check(fake)

    expect(sleeps).toEqual([2000])
    expect(report.reasons).toEqual(['started-backup-missing'])
    expect(report.startedBackup?.outcome).toBe('missing')
  })

  it('stops polling when the queue is empty (the job was cancelled)', async () => {
    const fake = await start({startBackup: {outcome: 'never'}})
    const empty = {count: 0, links: [], status: 0, statusCode: 200}
    fake.faults.getbackupprogress = [{kind: 'json', body: empty}]
    const {report, logs} = await check(fake)

    expect(report.reasons).toEqual(['started-backup-missing'])
    expect(logs.map(log => log.line)).toContain(
      'The started job left the queue; looking for its backup in the history.'
    )
  })
})

describe('the POST', () => {
  it('answered 402 is payment-required, quoting the portal and naming the quota spent', async () => {
    const fake = await start({startBackup: {outcome: 'quota'}})
    const {report, sleeps} = await check(fake)

    expect(report.status).toBe('error')
    expect(report.reasons).toEqual(['payment-required'])
    const message = report.error?.message ?? ''
    expect(message).toContain('The number of free backups should not exceed 0 within a month')
    expect(message).toMatch(/402/)
    expect(message).toMatch(/start-backup/)
    expect(message).toMatch(/spends .*quota/)
    expect(fake.count('startbackup')).toBe(1)
    expect(fake.count('getbackupprogress')).toBe(0)
    expect(sleeps).toEqual([])
  })

  it.each([
    ['503', {kind: 'status', status: 503} as const, 'server-error'],
    [
      '429 with Retry-After',
      {kind: 'status', status: 429, headers: {'retry-after': '1'}} as const,
      'rate-limited'
    ],
    ['a reset connection', {kind: 'reset'} as const, 'unreachable']
  ])('is sent exactly once, never retried, after %s', async (_what, fault, code) => {
    const fake = await start({faults: {startbackup: [fault]}})
    const {report, sleeps} = await check(fake, {retries: '3'})

    expect(fake.count('startbackup')).toBe(1)
    expect(report.status).toBe('error')
    expect(report.reasons).toEqual([code])
    expect(sleeps).toEqual([])
    expect(fake.count('getbackupprogress')).toBe(0)
  })

  it('takes storage type and parameters from the schedule', async () => {
    const fake = await start()
    await check(fake)

    expect(posted(fake)).toEqual([
      {storageType: 0, storageParams: [{key: 'folderId', value: '1234'}], dump: false}
    ])
  })

  it('takes them from storage-type and storage-params, without asking for the schedule first', async () => {
    const fake = await start()
    await check(fake, {
      'storage-type': 'ThirdPartyConsumer',
      'storage-params': '{"module": "s3", "bucket": "backups", "port": 443, "secure": true}'
    })

    expect(posted(fake)).toEqual([
      {
        storageType: 5,
        storageParams: [
          {key: 'module', value: 's3'},
          {key: 'bucket', value: 'backups'},
          {key: 'port', value: '443'},
          {key: 'secure', value: 'true'}
        ],
        dump: false
      }
    ])
    expect(fake.requests[0]?.route).toBe('startbackup')
  })

  it.each([
    ['Documents', 'its name'],
    ['0', 'its number']
  ])(
    'uses the schedule parameters when storage-type %s equals the schedule type (%s)',
    async type => {
      const fake = await start()
      await check(fake, {'storage-type': type})

      expect(posted(fake)).toEqual([
        {storageType: 0, storageParams: [{key: 'folderId', value: '1234'}], dump: false}
      ])
    }
  )

  it('leaves the schedule parameters out when storage-type differs from the schedule type', async () => {
    const fake = await start()
    const {report} = await check(fake, {'storage-type': 'DataStore'})

    expect(posted(fake)).toEqual([{storageType: 4, storageParams: [], dump: false}])
    expect(report.startedBackup?.outcome).toBe('completed')
  })

  it('prefers storage-params over the schedule parameters of the same type', async () => {
    const fake = await start()
    await check(fake, {'storage-params': '{"folderId": 98765}'})

    expect(posted(fake)).toEqual([
      {storageType: 0, storageParams: [{key: 'folderId', value: '98765'}], dump: false}
    ])
  })

  it('accepts the corrected spelling ThirdpartyDocuments', async () => {
    const fake = await start()
    await check(fake, {
      'storage-type': 'ThirdpartyDocuments',
      'storage-params': '{"folderId": "box-7"}'
    })

    expect(posted(fake)).toEqual([
      {storageType: 1, storageParams: [{key: 'folderId', value: 'box-7'}], dump: false}
    ])
  })

  it('sends dump: true with the dump input', async () => {
    const fake = await start()
    await check(fake, {dump: 'true'})

    expect(posted(fake)).toEqual([
      {storageType: 0, storageParams: [{key: 'folderId', value: '1234'}], dump: true}
    ])
    const polls = fake.requests.filter(r => r.route === 'getbackupprogress')
    expect(polls.map(r => r.query.dump)).toEqual(polls.map(() => 'true'))
  })

  it('is not sent when there is neither a schedule nor storage-type: no-storage', async () => {
    const fake = await start({state: noSchedulePortal(new Date())})
    const {report} = await check(fake)

    expect(report.status).toBe('error')
    expect(report.reasons).toEqual(['no-storage'])
    expect(report.error?.message).toMatch(/storage-type/)
    expect(fake.count('startbackup')).toBe(0)
  })

  it('is sent without a schedule when storage-type says where', async () => {
    const fake = await start({state: emptyPortal(new Date())})
    const {report} = await check(fake, {'storage-type': 'DataStore'})

    expect(posted(fake)).toEqual([{storageType: 4, storageParams: [], dump: false}])
    expect(report.startedBackup?.outcome).toBe('completed')
    expect(report.counts.usable).toBe(1)
  })
})

describe('polling', () => {
  it('waits 2 s for the first 30 s, then 1.5 times longer each time up to 15 s', async () => {
    const fake = await start({startBackup: {outcome: 'never'}})
    const {sleeps, report} = await check(fake)

    const limit = 30 * 60_000
    const expected: number[] = []
    let total = 0
    const wait = (ms: number): void => {
      expected.push(Math.min(ms, limit - total))
      total += Math.min(ms, limit - total)
    }
    for (let i = 0; i < 15; i++) wait(2000)
    for (let ms = 3000; total < limit; ms = Math.min(15_000, ms * 1.5)) wait(ms)

    expect(expected.slice(15, 21)).toEqual([3000, 4500, 6750, 10125, 15000, 15000])
    expect(sleeps).toEqual(expected)
    expect(report.startedBackup?.seconds).toBe(1800)
    // One progress request per wait, and one more when the portal is read again.
    expect(fake.count('getbackupprogress')).toBe(sleeps.length + 1)
  })

  it('logs the start and the end, and a changing percentage at most once every 10 s', async () => {
    const taskId = randomUUID()
    const state = healthyPortal(new Date())
    const job = {isCompleted: false, progress: 0, error: '', link: '', tenantId: 1}
    const running = {...job, backupProgressEnum: 0, status: 1, taskId}
    const polls = Array.from({length: 40}, (_, i) => ({
      kind: 'json' as const,
      body: progressEnvelope({...running, progress: i + 1})
    }))
    const done = {...running, isCompleted: true, progress: 100, status: 2}
    const fake = await start({
      state: {
        ...state,
        history: [...state.history, makeRecord({createdOn: new Date(), id: taskId})]
      },
      faults: {
        startbackup: [{kind: 'json', body: progressEnvelope(running)}],
        getbackupprogress: [...polls, {kind: 'json', body: progressEnvelope(done)}]
      }
    })
    const {logs, report} = await check(fake)

    expect(report.startedBackup).toMatchObject({id: taskId, outcome: 'completed'})
    expect(logs[0]?.line).toMatch(/^Started a backup to Documents \(job [0-9a-f-]{36}\)\.$/)
    expect(logs.at(-1)?.line).toMatch(/^The backup completed after /)
    const percentLines = logs.slice(1, -1)
    expect(percentLines.length).toBeGreaterThanOrEqual(4)
    let previous = {at: 0, percent: 0}
    for (const {at, line} of percentLines) {
      const percent = Number(/^Backup (\d+)% done after /.exec(line)?.[1])
      expect(at - previous.at).toBeGreaterThanOrEqual(10_000)
      expect(percent).toBeGreaterThan(previous.percent)
      previous = {at, percent}
    }
  })

  it('logs no percentage that has not changed', async () => {
    // The fake's job goes 30 %, 60 %, 90 % in the first 6 s, then stays at 90 %.
    const fake = await start({startBackup: {outcome: 'never'}})
    const {logs} = await check(fake, {'wait-timeout': '5m'})

    const percentLines = logs.filter(log => /% done/.test(log.line))
    expect(percentLines.map(log => log.line)).toEqual([expect.stringMatching(/^Backup 90% done/)])
    expect(logs.at(-1)?.line).toMatch(/^The backup did not complete after 5m/)
  })
})
