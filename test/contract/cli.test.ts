// The bundled CLI (dist/cli/index.js) as cron, GitLab CI or Jenkins would run it: a child
// process, the token from DOCSPACE_TOKEN, the verdict in the exit code.
import {describe, expect, it} from 'vitest'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {runCli} from '../support/run-cli.js'
import {fakePortals, newApiKey} from './fixtures.js'

const start = fakePortals()

describe('the CLI', () => {
  it('checks the embedded demo portals when asked by name, and succeeds', async () => {
    const run = await runCli(['demo'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('DocSpace backups healthy: 127.0.0.1:')
    expect(run.stdout).toContain('DocSpace backups UNHEALTHY: 127.0.0.1:')
    expect(run.stdout).toMatch(/stale: The newest usable backup is \d+\.\d\d h old/)
    // Real, fixed time zones, whatever the minute the demo runs.
    expect(run.stdout).toContain('the portal being at UTC+03:00')
    expect(run.stdout).toContain('the portal being at UTC+05:30')
  })

  it('exits 0 for a healthy portal, the token taken from DOCSPACE_TOKEN and never printed', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runCli(['--portal', fake.url], {DOCSPACE_TOKEN: token})
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^DocSpace backups healthy: 127\.0\.0\.1:\d+/)
    expect(run.stdout + run.stderr).not.toContain(token.slice(3))
  })

  it('exits 1 for an unhealthy portal, with the reasons in words', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runCli(['--portal', fake.url, '--token', token])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('✘ Newest backup age: 72.00 h')
    expect(run.stdout).toContain('last-backup-failed: The last backup job failed')
  })

  it('exits 0 for an unhealthy portal with --no-fail-on-unhealthy', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runCli(['--portal', fake.url, '--no-fail-on-unhealthy'], {
      DOCSPACE_TOKEN: token
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('DocSpace backups UNHEALTHY')
  })

  it('prints the report as JSON with --format json', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runCli(['--portal', fake.url, '--format', 'json', '--min-count', '3'], {
      DOCSPACE_TOKEN: token
    })
    const report = JSON.parse(run.stdout) as {status: string; thresholds: {minCount: number}}
    expect([run.code, report.status, report.thresholds.minCount]).toEqual([0, 'healthy', 3])
  })

  it('exits 2 when the portal cannot be checked, saying why', async () => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, '--retries', '0'], {DOCSPACE_TOKEN: 'sk-wrong'})
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Error unauthorized: The portal answered 401 Unauthorized')
  })

  it('exits 64 for an invalid option, naming it, before any request', async () => {
    const fake = await start({token: newApiKey()})
    const run = await runCli(['--portal', fake.url, '--max-age', '3 days'], {DOCSPACE_TOKEN: 'x'})
    expect(run.code).toBe(64)
    expect(run.stderr).toContain('Option "--max-age" has an invalid value "3 days"')
    expect(fake.requests).toEqual([])
  })
})
