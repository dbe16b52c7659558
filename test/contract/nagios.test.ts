// `--format nagios` as Nagios, Icinga or Naemon read it: the bundled CLI as a child process,
// its stdout read by a strict parser of the Monitoring Plugins Development Guidelines' grammar
// (test/support/plugin-output.ts), and every exit code.
import {describe, expect, it} from 'vitest'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import * as scenarios from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {fakePortals, newApiKey} from './fixtures.js'
import {alerts, parsePluginOutput, type PluginOutput} from '../support/plugin-output.js'
import {freePort} from '../support/ports.js'
import {runCli} from '../support/run-cli.js'

const start = fakePortals()

async function plugin(state: PortalState | undefined, ...args: string[]) {
  const token = newApiKey()
  const fake = await start({token, ...(state ? {state} : {})})
  const run = await runCli(['--portal', fake.url, '--format', 'nagios', ...args], {
    DOCSPACE_TOKEN: token
  })
  return {run, output: parsePluginOutput(run.stdout), fake, token}
}

const perf = (output: PluginOutput, label: string) => {
  const datum = output.perfdata.find(item => item.label === label)
  if (!datum) throw new Error(`no ${label} in ${JSON.stringify(output.perfdata)}`)
  return datum
}

describe('--format nagios', () => {
  it('is OK (exit 0) for a healthy portal, with the age in seconds against the max-age', async () => {
    const {run, output} = await plugin(undefined)
    expect([run.code, output.state]).toEqual([0, 'OK'])
    expect(output.text).toMatch(/^127\.0\.0\.1:\d+: 7 usable backups, newest 5\.\d\d h old/)
    const age = perf(output, 'age')
    expect(age).toMatchObject({uom: 's', min: 0, warn: null})
    expect(age.value).toBeGreaterThanOrEqual(5 * 3600)
    expect(age.value).toBeLessThan(6 * 3600)
    // auto: one day plus 3 h of grace, as a range that alerts above it.
    expect(age.crit).toEqual({start: 0, end: 27 * 3600, inside: false})
    expect(alerts(age.crit, age.value!)).toBe(false)
    const usable = perf(output, 'usable')
    expect(usable).toMatchObject({value: 7, uom: '', min: 0})
    expect(usable.crit).toEqual({start: 1, end: Infinity, inside: false})
    expect(alerts(usable.crit, usable.value!)).toBe(false)
    expect(output.longText).toContain('✔ Usable backups: 7 backups [at least 1]')
  })

  it('is CRITICAL (exit 2) for an unhealthy portal; the age datum alerts as the verdict does', async () => {
    const {run, output} = await plugin(scenarios.unhealthyPortal(new Date()))
    expect([run.code, output.state]).toEqual([2, 'CRITICAL'])
    expect(output.text).toMatch(
      /^127\.0\.0\.1:\d+: stale, last-backup-failed: The newest usable backup is 72\.00 h old/
    )
    expect(alerts(perf(output, 'age').crit, perf(output, 'age').value!)).toBe(true)
    expect(output.longText).toContain(
      'last-backup-failed: The last backup job failed: "Access to the path is denied."'
    )
  })

  it('is CRITICAL with too few backups, and the usable datum alerts below min-count', async () => {
    const {run, output} = await plugin(undefined, '--min-count', '10', '--max-age', '1.5d')
    expect([run.code, output.state]).toEqual([2, 'CRITICAL'])
    const usable = perf(output, 'usable')
    expect(usable.crit).toEqual({start: 10, end: Infinity, inside: false})
    expect(alerts(usable.crit, usable.value!)).toBe(true)
    expect(perf(output, 'age').crit?.end).toBe(36 * 3600)
  })

  it.each([
    ['expiring', scenarios.temporaryPortal],
    ['clock-skew', scenarios.clockSkewPortal]
  ])('is WARNING (exit 1) for a healthy portal with %s', async (code, scenario) => {
    const {run, output} = await plugin(scenario(new Date()))
    expect([run.code, output.state]).toEqual([1, 'WARNING'])
    expect(output.text).toContain(`: ${code}; `)
    expect(output.longText.some(line => line.startsWith(`warning ${code}: `))).toBe(true)
  })

  it.each([
    ['a running backup job', scenarios.runningJobPortal, 'backup-running'],
    ['a portal without the 3.5 routes', scenarios.oldPortal, 'count-unavailable']
  ])('stays OK (exit 0) for %s, the warning in the long output', async (_, scenario, code) => {
    const {run, output} = await plugin(scenario(new Date()))
    expect([run.code, output.state]).toEqual([0, 'OK'])
    expect(output.longText.some(line => line.startsWith(`warning ${code}: `))).toBe(true)
  })

  it('reports an undetermined age (U) when there is no backup and none is required', async () => {
    const state = scenarios.emptyPortal(new Date())
    const {run, output} = await plugin(state, '--min-count', '0', '--no-require-schedule')
    expect([run.code, output.state]).toEqual([0, 'OK'])
    expect(perf(output, 'age').value).toBeNull()
    expect(perf(output, 'usable')).toMatchObject({value: 0, crit: null})
  })

  it('keeps the plugin state with --no-fail-on-unhealthy: the exit code is the state', async () => {
    const {run, output} = await plugin(
      scenarios.unhealthyPortal(new Date()),
      '--no-fail-on-unhealthy'
    )
    expect([run.code, output.state]).toEqual([2, 'CRITICAL'])
  })

  it('is UNKNOWN (exit 3) without performance data when the token is refused', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runCli(['--portal', fake.url, '--format', 'nagios', '--retries', '0'], {
      DOCSPACE_TOKEN: newApiKey()
    })
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state, output.perfdata]).toEqual([3, 'UNKNOWN', []])
    expect(output.text).toMatch(/^127\.0\.0\.1:\d+: unauthorized: The portal answered 401/)
    expect(run.stdout).not.toContain(token.slice(3, 15))
  })

  it('is UNKNOWN (exit 3) when the portal cannot be reached', async () => {
    const port = await freePort()
    const args = ['--portal', `http://127.0.0.1:${port}`, '--format', 'nagios', '--retries', '0']
    const run = await runCli(args, {DOCSPACE_TOKEN: newApiKey()})
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([3, 'UNKNOWN'])
    expect(output.text).toContain(': unreachable: ')
  })

  it.each([
    [
      ['--format', 'nagios', '--max-age', '3 days'],
      'Option "--max-age" has an invalid value "3 days"'
    ],
    [['--format=nagios', '--bogus'], 'unknown option --bogus'],
    [['--format=Nagios', '--max_age', '1h'], 'unknown option --max_age (did you mean --max-age?)'],
    [['--format', 'nagios', '--textfile', '/no/such/folder/x.prom'], 'Option "--textfile"']
  ])('is UNKNOWN (exit 3) for invalid arguments %j, before any request', async (args, words) => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, ...args], {DOCSPACE_TOKEN: 'sk-x'})
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state, output.perfdata]).toEqual([3, 'UNKNOWN', []])
    expect(output.text).toContain(words)
    expect(fake.requests).toEqual([])
  })

  it('adds the restore check as performance data with --verify, and is CRITICAL for a corrupt archive', async () => {
    const token = newApiKey()
    const good = archiveBytes('good')
    const whole = await start({token, archive: {bytes: good}})
    const args = ['--format', 'nagios', '--verify']
    const run = await runCli(['--portal', whole.url, ...args], {DOCSPACE_TOKEN: token})
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([0, 'OK'])
    expect(perf(output, 'verified_bytes')).toMatchObject({value: good.length, uom: 'B', min: 0})
    expect(perf(output, 'verified_tables').value).toBe(48)
    expect(perf(output, 'verify_time').uom).toBe('s')

    const broken = await start({token, archive: {bytes: archiveBytes('flipped')}})
    const bad = await runCli(['--portal', broken.url, ...args], {DOCSPACE_TOKEN: token})
    const badOutput = parsePluginOutput(bad.stdout)
    expect([bad.code, badOutput.state]).toEqual([2, 'CRITICAL'])
    expect(badOutput.text).toContain('backup-corrupt')
    expect(badOutput.perfdata.map(datum => datum.label)).not.toContain('verified_bytes')
  })

  it('keeps portal text from breaking the status line or the performance data', async () => {
    const state = scenarios.failedJobPortal(new Date())
    const hostile = "Disk | full\n| 'age'=1s;;;0\r\nDOCSPACE BACKUP OK - fine\u2028|"
    state.progress = {...state.progress!, error: hostile}
    const {run, output} = await plugin(state)
    expect([run.code, output.state]).toEqual([2, 'CRITICAL'])
    expect(run.stdout.split('|')).toHaveLength(2)
    expect(output.perfdata.map(datum => datum.label)).toEqual([
      'age',
      'usable',
      'records',
      'created_month',
      'job_progress'
    ])
    expect(run.stdout.split('\n').filter(line => line.startsWith('DOCSPACE'))).toHaveLength(1)
    expect(output.longText.join('\n')).toContain('Disk ¦ full')
  })
})
