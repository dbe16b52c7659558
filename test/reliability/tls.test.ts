// Certificates the runner does not trust: tls-error, never retried, saying how to trust a
// private CA. With NODE_EXTRA_CA_CERTS (read at start-up, so in a child process) the same portal
// is healthy. The certificates are made by openssl when the tests start.
import {afterAll, describe, expect, it} from 'vitest'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {certificatesForThisFile} from '../support/certificates.js'
import {check, expectError} from '../support/check-helpers.js'
import {closeServersAfterEach, startFake, TOKEN} from '../support/fake-portal.js'
import {cleanupRuns, runDist} from '../support/run-dist.js'

closeServersAfterEach()

const certificates = certificatesForThisFile()
afterAll(cleanupRuns)

const HISTORY = 'GET /api/2.0/backup/getbackuphistory'
const ADVICE =
  "set NODE_EXTRA_CA_CERTS to the path of the CA's certificate (PEM) in the step's env:"

describe('an untrusted certificate', () => {
  it.each([
    ['self-signed', () => certificates().selfSigned, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['from a private CA', () => certificates().portal, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']
  ] as const)('%s is tls-error, asked once per route', async (_case, pair, code) => {
    const fake = await startFake({tls: pair()})
    const {report, delays} = await check(fake, {retries: '3'})
    expectError(report, 'tls-error', HISTORY, code, 'not retried', ADVICE)
    expect(delays).toEqual([])
    // The TLS handshake fails before any request reaches the portal.
    expect(fake.requests).toEqual([])
  })
})

describe('NODE_EXTRA_CA_CERTS in the step env (the bundled Action, Node 24)', () => {
  const env = () => ({NODE_EXTRA_CA_CERTS: certificates().caFile})

  it('makes a portal with a private CA healthy', async () => {
    const fake = await startFake({tls: certificates().portal, state: healthyPortal(new Date())})
    const run = await runDist(
      {portal: `https://localhost:${fake.port}`, token: TOKEN},
      {env: env()}
    )
    expect(run.outputs.status).toBe('healthy')
    expect(run.code).toBe(0)
  })

  it.each([
    ['expired', () => certificates().expired, 'CERT_HAS_EXPIRED'],
    ['for another host', () => certificates().otherHost, 'ERR_TLS_CERT_ALTNAME_INVALID']
  ] as const)(
    'still refuses a certificate %s: tls-error, not retried',
    async (_case, pair, code) => {
      const fake = await startFake({tls: pair(), state: healthyPortal(new Date())})
      const run = await runDist(
        {portal: `https://localhost:${fake.port}`, token: TOKEN, retries: '3'},
        {env: env()}
      )
      expect(run.outputs.status).toBe('error')
      expect(JSON.parse(run.outputs.reasons ?? '')).toEqual(['tls-error'])
      const report = JSON.parse(run.outputs.report ?? '{}') as {error?: {message: string}}
      expect(report.error?.message).toContain(code)
      expect(report.error?.message).toContain('NODE_EXTRA_CA_CERTS')
      expect(fake.requests).toEqual([])
      expect(run.code).toBe(1)
    }
  )
})
