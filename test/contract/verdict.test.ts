// The bundled Action (dist/index.js) against the fake DocSpace, read the way the runner reads it:
// exit code, GITHUB_OUTPUT, the job summary, annotations and the report file.
import {existsSync, readFileSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  healthyPortal,
  oldPortal,
  runningJobPortal,
  scheduleNeverRanPortal,
  clockSkewPortal,
  temporaryPortal,
  unhealthyPortal
} from '../../src/fake-docspace/scenarios.js'
import type {WireRecord} from '../../src/fake-docspace/wire.js'
import {actionOutputs, ROOT, runDist} from '../support/run-dist.js'
import {annotations, fakePortals, newApiKey, reportFileText, VERDICT_TITLE} from './fixtures.js'
import {OUTPUT_NAMES, STEP_OUTPUTS} from '../../src/action/outputs.js'

const start = fakePortals()

function newestOf(history: WireRecord[]): WireRecord {
  return [...history].sort((a, b) => b.createdOn.localeCompare(a.createdOn))[0] as WireRecord
}

/** With an error, only these outputs (and the step's own) carry values. */
const SET_ON_ERROR = ['healthy', 'status', 'reasons', 'warnings', 'report']
const EMPTY_ON_ERROR = OUTPUT_NAMES.filter(
  name => !SET_ON_ERROR.includes(name) && !(STEP_OUTPUTS as readonly string[]).includes(name)
)

describe('a healthy portal', () => {
  it('exits 0 and sets every output the contract names, with the portal values', async () => {
    const token = newApiKey()
    const state = healthyPortal(new Date())
    const fake = await start({token, state})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(0)
    expect(Object.keys(run.outputs).sort()).toEqual(actionOutputs().sort())
    const newest = newestOf(state.history)
    const {report: reportJson, schedule, ...outputs} = run.outputs
    expect(outputs).toEqual({
      healthy: 'true',
      status: 'healthy',
      reasons: '[]',
      warnings: '[]',
      'backups-count': '7',
      'backups-created': '3',
      'latest-backup-id': newest.id,
      'latest-backup-file': newest.fileName,
      'latest-backup-at': `${newest.createdOn}Z`,
      'latest-backup-age-hours': expect.stringMatching(/^5\.0\d$/),
      'max-age-hours': '27.00',
      'service-enabled': 'false',
      'report-file': expect.any(String),
      'issue-number': '',
      'started-backup-id': '',
      'started-backup-seconds': '',
      verified: '',
      'verified-backup-id': '',
      'verified-bytes': '',
      'verified-sha256': '',
      'verified-tables': '',
      'verified-files': ''
    })
    expect(JSON.parse(schedule as string)).toEqual(state.schedule)

    const report = JSON.parse(reportJson as string) as Record<string, unknown>
    expect(report).toMatchObject({
      portal: fake.url,
      status: 'healthy',
      reasons: [],
      warnings: [],
      schedule: state.schedule,
      counts: {usable: 7, history: 7, createdThisMonth: 3}
    })
    expect(report.checkedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(report).not.toHaveProperty('error')
    const backups = report.backups as {id: string; createdOn: string; expiresOn: unknown}[]
    expect(backups).toHaveLength(7)
    expect(backups[0]).toEqual({
      id: newest.id,
      fileName: newest.fileName,
      storageType: 0,
      createdOn: `${newest.createdOn}Z`,
      expiresOn: null
    })
    const created = backups.map(backup => backup.createdOn)
    expect(created).toEqual([...created].sort().reverse())
  })

  it('writes a summary headed with the host and "healthy", and no error annotation', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token})

    const host = new URL(fake.url).host
    const heading = run.summary.split('\n').find(line => line.startsWith('#'))
    expect(heading).toContain(host)
    expect(heading).toMatch(/\bhealthy\b/)
    expect(heading).not.toMatch(/unhealthy/)
    expect(annotations(run, 'error')).toEqual([])
    expect(run.stdout).not.toContain('::error')
    expect(reportFileText(run)).toBe(run.summary)
  })

  it('sends the token as Bearer with Dump on history, schedule and progress only', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({portal: `${fake.url}/`, token: `Bearer ${token}`, dump: 'false'})

    expect(run.code).toBe(0)
    const routes = fake.requests.map(request => request.route).sort()
    expect(routes).toEqual([
      'getbackuphistory',
      'getbackupprogress',
      'getbackupschedule',
      'getbackupscount',
      'getservicestate'
    ])
    for (const request of fake.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`)
      const takesDump = ['getbackuphistory', 'getbackupschedule', 'getbackupprogress']
      expect(request.query.dump).toBe(takesDump.includes(request.route) ? 'false' : undefined)
    }
  })

  it('writes no job summary with summary: false, but still the report file', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token, summary: 'false'})

    expect(run.code).toBe(0)
    expect(run.summary).toBe('')
    expect(reportFileText(run)).toMatch(/^## .*healthy/)
  })
})

describe('a summary file that cannot be written', () => {
  it('is a warning: the verdict, the outputs and the exit code are unchanged', async () => {
    const token = newApiKey()
    const fake = await start({token})
    // A folder where the summary file should be: appending to it fails.
    const run = await runDist({portal: fake.url, token}, {env: {GITHUB_STEP_SUMMARY: ROOT}})

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('healthy')
    const warnings = run.commands.filter(command => command.name === 'warning')
    expect(warnings.map(warning => warning.message)).toEqual([
      expect.stringMatching(/^The job summary could not be written: EISDIR/)
    ])
    expect(run.commands.filter(command => command.name === 'error')).toEqual([])
  })
})

describe('an unhealthy portal', () => {
  it('exits 1 with exactly one titled error annotation listing the reasons in words', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    const errors = annotations(run, 'error')
    expect(errors).toHaveLength(1)
    expect(run.stdout.match(/^::error/gm)).toHaveLength(1)
    expect(errors[0]?.line).toMatch(new RegExp(`^::error title=${VERDICT_TITLE}::`))
    const message = errors[0]?.message ?? ''
    expect(message).toContain('stale')
    expect(message).toMatch(/72\.00 h old.*max-age of 27\.00 h/)
    expect(message).toContain('last-backup-failed')
    expect(message).toContain('Access to the path is denied.')
  })

  it('sets the outputs for later steps although the step fails', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    expect(Object.keys(run.outputs).sort()).toEqual(actionOutputs().sort())
    expect(run.outputs).toMatchObject({
      healthy: 'false',
      status: 'unhealthy',
      reasons: '["stale","last-backup-failed"]',
      'backups-count': '7',
      'latest-backup-age-hours': expect.stringMatching(/^72\.0\d$/)
    })
  })

  it('writes the report file under RUNNER_TEMP with the same markdown as the summary', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runDist({portal: fake.url, token})

    const file = run.outputs['report-file'] as string
    expect(path.isAbsolute(file)).toBe(true)
    expect(path.relative(run.runnerTemp, file)).not.toMatch(/^\.\./)
    expect(existsSync(file)).toBe(true)
    expect(run.summary).toContain('unhealthy')
    expect(reportFileText(run)).toBe(run.summary)
  })

  it('keeps a report file per step when two steps of one job check one portal', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const runnerTemp = await mkdtemp(path.join(tmpdir(), 'dbc-job-'))
    try {
      // The runner gives each step its GITHUB_ACTION (its id) and the job one RUNNER_TEMP.
      const job = (step: string) => ({env: {RUNNER_TEMP: runnerTemp, GITHUB_ACTION: step}})
      const unhealthy = await runDist({portal: fake.url, token, dump: 'true'}, job('with-dump'))
      fake.state = healthyPortal(new Date())
      const healthy = await runDist({portal: fake.url, token}, job('without-dump'))

      const files = [unhealthy, healthy].map(run => run.outputs['report-file'] as string)
      expect(files[0]).not.toBe(files[1])
      expect(readFileSync(files[0]!, 'utf8')).toBe(unhealthy.summary)
      expect(readFileSync(files[1]!, 'utf8')).toBe(healthy.summary)
      expect(unhealthy.summary).toContain('unhealthy')
      // The same step again (a re-run in the same folder) adds a file, never overwrites one.
      const again = await runDist({portal: fake.url, token}, job('without-dump'))
      expect(again.outputs['report-file']).not.toBe(files[1])
      expect(readFileSync(files[1]!, 'utf8')).toBe(healthy.summary)
    } finally {
      await rm(runnerTemp, {recursive: true, force: true})
    }
  })

  it('passes with a titled warning instead when fail-on-unhealthy is false', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runDist({portal: fake.url, token, 'fail-on-unhealthy': 'false'})

    expect(run.code).toBe(0)
    expect(annotations(run, 'error')).toEqual([])
    const verdicts = annotations(run, 'warning').filter(w => w.properties.title === VERDICT_TITLE)
    expect(verdicts).toHaveLength(1)
    expect(verdicts[0]?.message).toMatch(/stale[\s\S]*last-backup-failed/)
    expect(run.outputs.status).toBe('unhealthy')
  })
})

describe('a portal that rejects the token', () => {
  it('reports the error unauthorized with only the error outputs set, and fails', async () => {
    const fake = await start({token: newApiKey()})
    const run = await runDist({portal: fake.url, token: newApiKey()})

    expect(run.code).toBe(1)
    expect(Object.keys(run.outputs).sort()).toEqual(actionOutputs().sort())
    expect(run.outputs).toMatchObject({
      healthy: 'false',
      status: 'error',
      reasons: '["unauthorized"]',
      warnings: '[]',
      'issue-number': ''
    })
    for (const name of EMPTY_ON_ERROR) expect(run.outputs[name], name).toBe('')
    const report = JSON.parse(run.outputs.report as string) as {error?: {code: string}}
    expect(report.error?.code).toBe('unauthorized')
    expect(reportFileText(run)).toBe(run.summary)
    expect(run.summary).toContain(new URL(fake.url).host)
    expect(run.summary).toContain('unauthorized')

    const errors = annotations(run, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.properties.title).toBe(VERDICT_TITLE)
    expect(errors[0]?.message).toMatch(/unauthorized.*401.*getbackuphistory/)
  })

  it('passes with fail-on-unhealthy false, the error as a warning annotation', async () => {
    const fake = await start({token: newApiKey()})
    const run = await runDist({portal: fake.url, token: newApiKey(), 'fail-on-unhealthy': 'false'})

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('error')
    expect(annotations(run, 'error')).toEqual([])
    const verdicts = annotations(run, 'warning').filter(w => w.properties.title === VERDICT_TITLE)
    expect(verdicts.map(w => w.message)).toEqual([expect.stringContaining('unauthorized')])
  })
})

describe('warnings', () => {
  const cases = [
    {
      name: 'an old portal without the 3.5 routes',
      state: oldPortal,
      warnings: ['count-unavailable', 'service-state-unavailable']
    },
    {name: 'a running backup job', state: runningJobPortal, warnings: ['backup-running']},
    {name: 'temporary storage only', state: temporaryPortal, warnings: ['expiring']},
    {
      name: 'a schedule that never ran',
      state: scheduleNeverRanPortal,
      warnings: ['schedule-never-ran']
    },
    {name: 'a backup dated in the future', state: clockSkewPortal, warnings: ['clock-skew']}
  ]

  it.each(cases)('are each one warning annotation, and pass: $name', async ({state, warnings}) => {
    const token = newApiKey()
    const fake = await start({token, state: state(new Date())})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('healthy')
    expect(JSON.parse(run.outputs.warnings as string)).toEqual(warnings)
    const titles = annotations(run, 'warning').map(w => w.properties.title)
    expect(titles).toEqual(warnings.map(code => `DocSpace backups: ${code}`))
    expect(annotations(run, 'error')).toEqual([])
  })

  it('leaves the optional outputs empty on an old portal, after trying service/state', async () => {
    const token = newApiKey()
    const fake = await start({token, state: oldPortal(new Date())})
    const run = await runDist({portal: fake.url, token})

    expect(run.outputs['backups-created']).toBe('')
    expect(run.outputs['service-enabled']).toBe('')
    expect(fake.count('getservicestate')).toBe(1)
    expect(fake.count('service/state')).toBe(1)
    expect(run.summary).toMatch(/count-unavailable|not available/)
  })
})
