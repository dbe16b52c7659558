// The token reaches the log only on ::add-mask:: lines, and nothing else the step writes.
import {randomBytes} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {runDist} from '../support/run-dist.js'
import {annotations, expectSecretKept, fakePortals, newApiKey} from './fixtures.js'

const start = fakePortals()

/** A session token ("personal access token"): not key-shaped, so only the token itself tells. */
function newAccessToken(): string {
  return randomBytes(48).toString('base64url')
}

describe('the token', () => {
  it('is masked first and never shown on a healthy run', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${token}`)
    expectSecretKept(run, token)
  })

  it('is never shown on an unhealthy run', async () => {
    const token = newApiKey()
    const fake = await start({token, state: unhealthyPortal(new Date())})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    expectSecretKept(run, token)
  })

  it('is masked with and without "Bearer " when given as "Bearer sk-…"', async () => {
    const token = newApiKey()
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token: `Bearer ${token}`})

    expect(run.code).toBe(0)
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${token}`)
    expectSecretKept(run, `Bearer ${token}`)
  })

  it.each([
    [401, 'an API key', newApiKey],
    [403, 'an API key', newApiKey],
    [500, 'an API key', newApiKey],
    [401, 'a personal access token', newAccessToken]
  ])(
    'is replaced by *** when a portal quotes it back in a %i error, for %s',
    async (status, _kind, newToken) => {
      const token = newToken()
      const fake = await start({token, faults: {getbackuphistory: [{kind: 'echo-auth', status}]}})
      const run = await runDist({portal: fake.url, token: `Bearer ${token}`, retries: '0'})

      expect(run.code).toBe(1)
      expect(run.outputs.status).toBe('error')
      const report = JSON.parse(run.outputs.report as string) as {error: {message: string}}
      // The portal's message is quoted, with the token replaced: the check below has teeth.
      expect(report.error.message).toContain('is not valid for this portal')
      expect(report.error.message).toContain('***')
      expect(annotations(run, 'error')[0]?.message).toContain('***')
      expectSecretKept(run, `Bearer ${token}`)
    }
  )

  it('is not shown when a required route fails after the optional ones quoted it', async () => {
    const token = newApiKey()
    const fault = {kind: 'echo-auth', status: 400} as const
    const fake = await start({
      token,
      faults: {getbackupscount: [fault], getservicestate: [fault], getbackupprogress: [fault]}
    })
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    expect(run.outputs.reasons).toBe('["bad-request"]')
    expectSecretKept(run, token)
  })
})
