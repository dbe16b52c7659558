// runCheck in process against the fake DocSpace over real HTTP on 127.0.0.1: one portal state
// per verdict, read through the real client, judged and reported.
import {describe, expect, it} from 'vitest'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {
  clockSkewPortal,
  farFuturePortal,
  emptyPortal,
  failedJobPortal,
  healthyPortal,
  noSchedulePortal,
  oldPortal,
  postgresPortal,
  runningJobPortal,
  scheduleNeverRanPortal,
  stalePortal,
  temporaryPortal,
  tooFewPortal,
  unhealthyPortal
} from '../../src/fake-docspace/scenarios.js'
import {isoUtc} from '../../src/time/dates.js'
import {outputsOf} from '../../src/action/outputs.js'
import {check} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'

closeServersAfterEach()

const HOUR_MS = 3_600_000
const hoursAgo = (hours: number): string => isoUtc(new Date(NOW.getTime() - hours * HOUR_MS))

describe('verdicts read from a fake portal over HTTP', () => {
  it.each<{
    portal: string
    state: (now: Date) => PortalState
    inputs: Record<string, string>
    status: string
    reasons: string[]
    warnings: string[]
  }>([
    {
      portal: 'healthy',
      state: healthyPortal,
      inputs: {},
      status: 'healthy',
      reasons: [],
      warnings: []
    },
    {
      portal: 'stale',
      state: stalePortal,
      inputs: {},
      status: 'unhealthy',
      reasons: ['stale'],
      warnings: []
    },
    {
      portal: 'without backups nor schedule',
      state: emptyPortal,
      inputs: {},
      status: 'unhealthy',
      reasons: ['no-backups', 'no-schedule'],
      warnings: []
    },
    {
      portal: 'without backups, with min-count 0 and no schedule required',
      state: emptyPortal,
      inputs: {'min-count': '0', 'require-schedule': 'false'},
      status: 'healthy',
      reasons: [],
      warnings: []
    },
    {
      portal: 'with one backup under min-count 3',
      state: tooFewPortal,
      inputs: {'min-count': '3'},
      status: 'unhealthy',
      reasons: ['too-few-backups'],
      warnings: []
    },
    {
      portal: 'without a schedule',
      state: noSchedulePortal,
      inputs: {},
      status: 'unhealthy',
      reasons: ['no-schedule'],
      warnings: []
    },
    {
      portal: 'without a schedule, none required',
      state: noSchedulePortal,
      inputs: {'require-schedule': 'false'},
      status: 'healthy',
      reasons: [],
      warnings: []
    },
    {
      portal: 'whose last job failed',
      state: failedJobPortal,
      inputs: {},
      status: 'unhealthy',
      reasons: ['last-backup-failed'],
      warnings: []
    },
    {
      portal: 'stale and whose last job failed',
      state: unhealthyPortal,
      inputs: {},
      status: 'unhealthy',
      reasons: ['stale', 'last-backup-failed'],
      warnings: []
    },
    {
      portal: 'with a backup running',
      state: runningJobPortal,
      inputs: {},
      status: 'healthy',
      reasons: [],
      warnings: ['backup-running']
    },
    {
      portal: 'with only temporary backups',
      state: temporaryPortal,
      inputs: {},
      status: 'healthy',
      reasons: [],
      warnings: ['expiring']
    },
    {
      portal: 'whose schedule never ran',
      state: scheduleNeverRanPortal,
      inputs: {},
      status: 'healthy',
      reasons: [],
      warnings: ['schedule-never-ran']
    },
    {
      portal: 'with a backup dated in the future',
      state: clockSkewPortal,
      inputs: {},
      status: 'healthy',
      reasons: [],
      warnings: ['clock-skew']
    },
    {
      portal: 'whose newest real backup is 40 h old, with one record dated 9999-12-31',
      state: farFuturePortal,
      inputs: {},
      status: 'unhealthy',
      reasons: ['stale'],
      warnings: ['clock-skew']
    }
  ])(
    'judges a portal $portal as $status $reasons $warnings',
    async ({state, inputs, portal: _portal, ...expected}) => {
      const fake = await startFake({state: state(NOW)})
      const {report} = await check(fake, inputs)
      expect(report.error).toBeUndefined()
      expect({status: report.status, reasons: report.reasons, warnings: report.warnings}).toEqual(
        expected
      )
    }
  )

  it('reports the facts of a healthy portal, newest backup first, from one request per route', async () => {
    const fake = await startFake()
    const {report} = await check(fake)
    expect(report).toMatchObject({
      portal: fake.url,
      checkedAt: isoUtc(NOW),
      counts: {usable: 7, history: 7, createdThisMonth: 3},
      serviceEnabled: false,
      thresholds: {minCount: 1, maxAgeHours: 27, maxAge: 'auto', graceHours: 3}
    })
    expect(report.latest).toMatchObject({createdOn: hoursAgo(5), ageHours: 5, expiresOn: null})
    expect(report.backups.map(backup => backup.createdOn)).toEqual(
      [5, 29, 53, 77, 101, 125, 149].map(hoursAgo)
    )
    const routes = fake.requests.map(request => request.route).sort()
    expect(routes).toEqual([
      'getbackuphistory',
      'getbackupprogress',
      'getbackupschedule',
      'getbackupscount',
      'getservicestate'
    ])
  })

  it('measures a stale backup against one schedule period plus grace', async () => {
    const fake = await startFake({state: stalePortal(NOW)})
    const {report} = await check(fake, {grace: '1h'})
    expect(report.latest?.ageHours).toBe(72)
    expect(report.thresholds.maxAgeHours).toBe(25)
  })

  it('counts a backup dated in the future with age 0 as the newest', async () => {
    const fake = await startFake({state: clockSkewPortal(NOW)})
    const {report} = await check(fake)
    expect(report.latest?.createdOn).toBe(isoUtc(new Date(NOW.getTime() + 10 * 60_000)))
    expect(report.latest?.ageHours).toBe(0)
    expect(report.counts.usable).toBe(8)
  })

  it('does not count a backup dated more than 24 h ahead, nor report it', async () => {
    const fake = await startFake({state: farFuturePortal(NOW)})
    const {report} = await check(fake, {'min-count': '7'})
    expect(report.counts).toMatchObject({usable: 7, history: 8})
    expect(report.latest).toMatchObject({createdOn: hoursAgo(40), ageHours: 40})
    expect(report.backups.map(backup => backup.createdOn)).not.toContain('9999-12-31T00:00:00Z')
    expect(report.reasons).toEqual(['stale'])
  })

  it('reads PostgreSQL dates, with Z and seven fractional digits, as UTC', async () => {
    const state = postgresPortal(NOW)
    expect(state.history[0]?.createdOn).toMatch(/\.\d{7}Z$/)
    const fake = await startFake({state})
    const {report} = await check(fake)
    expect(report.status).toBe('healthy')
    expect(report.latest?.createdOn).toBe(hoursAgo(5))
    expect(report.latest?.ageHours).toBeCloseTo(5, 4)
  })

  it('reports a portal without the optional routes as healthy, with warnings and no count', async () => {
    const fake = await startFake({state: oldPortal(NOW)})
    const {report} = await check(fake)
    expect(report.status).toBe('healthy')
    expect(report.warnings).toEqual(['count-unavailable', 'service-state-unavailable'])
    expect(report.counts.createdThisMonth).toBeNull()
    expect(report.serviceEnabled).toBeNull()
    expect(outputsOf(report)).toMatchObject({'backups-created': '', 'service-enabled': ''})
    expect(fake.count('getbackupscount')).toBe(1)
    expect(fake.count('getservicestate')).toBe(1)
    expect(fake.count('service/state')).toBe(1)
  })
})
