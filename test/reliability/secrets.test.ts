// A portal that echoes the token back, in an error message, a Location header or a job error:
// nothing of the token reaches the report, the summary or the log lines.
import {describe, expect, it} from 'vitest'
import type {Fault, RouteName} from '../../src/fake-docspace/faults.js'
import {failedJobPortal, healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {check, everythingShown, expectError, expectNoTraceOf} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'

closeServersAfterEach()

const TOKENS = [
  {
    kind: 'an API key',
    token: 'sk-3f9a1c7e5b2d4068a9e1f3c5b7d9e2a4c6f8b0d2e4a6c8e0f1b3d5a7c9e1f305'
  },
  // Not shaped like an API key: only the token itself can find it.
  {kind: 'a personal access token', token: 'pat_Q2x7vLm9ZpR4tY8wKd3nB6hJ1cF5gS0eUiOa'}
]

describe.each(TOKENS)('with $kind', ({token}) => {
  it.each<{route: RouteName; status: number; retries: number; code: string}>([
    {route: 'getbackuphistory', status: 401, retries: 0, code: 'unauthorized'},
    {route: 'getbackupschedule', status: 403, retries: 0, code: 'forbidden'},
    {route: 'getbackupprogress', status: 500, retries: 1, code: 'server-error'},
    {route: 'getbackupscount', status: 402, retries: 0, code: 'payment-required'},
    {route: 'getservicestate', status: 418, retries: 0, code: 'http-error'},
    {route: 'getbackuphistory', status: 200, retries: 0, code: 'bad-response'}
  ])(
    'shows no trace of it when $route echoes it in a $status error message',
    async ({route, status, retries, code}) => {
      const fault: Fault = {kind: 'echo-auth', status}
      const faults = {[route]: Array.from({length: retries + 1}, () => fault)}
      const fake = await startFake({token, faults})
      const {report} = await check(fake, {token, retries: String(retries)})
      // The portal's words are quoted, with the token replaced.
      expectError(report, code, 'The access token "Bearer ***" is not valid')
      expectNoTraceOf(token, everythingShown(report))
    }
  )

  it('shows no trace of it when a redirect Location carries it', async () => {
    const location = `https://sso.example.com/auth?access_token=${token}&then=back`
    const fake = await startFake({
      token,
      faults: {getbackupprogress: [{kind: 'redirect', location}]}
    })
    const {report} = await check(fake, {token})
    expectError(report, 'redirected', '"https://sso.example.com/auth?access_token=***&then=back"')
    expectNoTraceOf(token, everythingShown(report))
  })

  it('shows no trace of it when the last backup job failed quoting it', async () => {
    const state = failedJobPortal(NOW)
    const error = `Storage refused the request with Authorization: Bearer ${token}`
    const fake = await startFake({token, state: {...state, progress: {...state.progress!, error}}})
    const {report} = await check(fake, {token})
    expect(report.reasons).toEqual(['last-backup-failed'])
    expect(report.progress?.error).toBe(
      'Storage refused the request with Authorization: Bearer ***'
    )
    expectNoTraceOf(token, everythingShown(report))
  })

  it('shows no trace of it when a running job warns quoting it', async () => {
    const state = healthyPortal(NOW)
    const warning = `Some files were skipped for token ${token}`
    const progress = {...state.progress!, isCompleted: false, progress: 40, status: 1, warning}
    const fake = await startFake({token, state: {...state, progress}})
    const {report} = await check(fake, {token})
    expect(report.warnings).toEqual(['backup-running'])
    expect(report.progress?.warning).toContain('***')
    expectNoTraceOf(token, everythingShown(report))
  })
})
