// start-backup through the bundled Action, on the real clock: one short wait, judged within
// bounds (never an exact second: the machine may be busy).
import {randomBytes} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {closeServersAfterEach, startFake} from '../support/fake-portal.js'
import {runDist} from '../support/run-dist.js'

const TOKEN = `sk-${randomBytes(32).toString('hex')}`

closeServersAfterEach()
const start = (options: FakeOptions): Promise<FakeDocSpace> =>
  startFake({now: new Date(), token: TOKEN, ...options})

describe('start-backup in the Action', () => {
  it('waits for the backup, then passes with its id and seconds in the outputs', async () => {
    // A slow portal stands for a busy machine: the wait is then 3 or 4 whole seconds, not 2.
    const fake = await start({
      startBackup: {outcome: 'complete', pollsToComplete: 1},
      latencyMs: 700
    })
    const began = Date.now()
    const run = await runDist({portal: fake.url, token: TOKEN, 'start-backup': 'true'})
    // The real clock: one 2-second poll at least, and no more than the whole run took (a busy
    // machine makes it longer, never shorter).
    const runSeconds = Math.ceil((Date.now() - began) / 1000)

    const taskId = fake.state.progress?.taskId
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      status: 'healthy',
      'started-backup-id': taskId,
      'started-backup-seconds': expect.stringMatching(/^\d+$/),
      'latest-backup-id': taskId
    })
    const seconds = Number(run.outputs['started-backup-seconds'])
    expect(seconds).toBeGreaterThanOrEqual(2)
    expect(seconds).toBeLessThanOrEqual(runSeconds)
    expect(fake.count('startbackup')).toBe(1)
    expect(run.stdout).toMatch(/^Started a backup to Documents \(job [0-9a-f-]{36}\)\.$/m)
    // The log and the summary say the same seconds as the output.
    expect(run.stdout).toMatch(new RegExp(`^The backup completed after ${seconds}s\\.$`, 'm'))
    expect(run.summary).toMatch(
      new RegExp(`\\| Started backup \\|.*\\| completed after ${seconds}s \\| ✅ pass \\|`)
    )
  })

  it('fails with payment-required when the quota is spent, saying start-backup spends it', async () => {
    const fake = await start({startBackup: {outcome: 'quota'}})
    const run = await runDist({portal: fake.url, token: TOKEN, 'start-backup': 'true'})

    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'error',
      reasons: '["payment-required"]',
      'started-backup-id': '',
      'started-backup-seconds': ''
    })
    const errors = run.commands.filter(c => c.name === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain(
      'The number of free backups should not exceed 0 within a month'
    )
    expect(errors[0]?.message).toMatch(/start-backup.*quota/)
    expect(fake.count('startbackup')).toBe(1)
  })

  it('starts nothing without start-backup', async () => {
    const fake = await start({})
    const run = await runDist({portal: fake.url, token: TOKEN})

    expect(run.code).toBe(0)
    expect(fake.count('startbackup')).toBe(0)
    expect(run.outputs['started-backup-id']).toBe('')
  })
})
