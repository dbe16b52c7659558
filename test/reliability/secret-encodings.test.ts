// A portal that echoes the token encoded (percent, base64, whole or inside a longer string) in
// an error message, a job's error or warning, a file name or the schedule: nothing of it
// reaches the report, outputs, summary or log, for tokens of 1 to 8,192 characters.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ECHO_ENCODINGS, type EchoEncoding} from '../../src/fake-docspace/echo.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {healthyPortal, runningJobPortal} from '../../src/fake-docspace/scenarios.js'
import {check, everythingShown} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'
import {expectNoTraceInAnyEncoding} from '../support/secret-traces.js'

closeServersAfterEach()

const ENCODINGS = Object.keys(ECHO_ENCODINGS) as EchoEncoding[]
/** Inside a longer base64 string a token is recognised from 7 characters (8 of base64 at any offset). */
const INSIDE = ENCODINGS.filter(encoding => encoding.startsWith('base64-inside'))
const PRINTABLE = Array.from({length: 0x7e - 0x21 + 1}, (_, i) => String.fromCharCode(0x21 + i))

type Place = 'error message' | 'job error' | 'job warning' | 'file name' | 'schedule'
const PLACES: Place[] = ['error message', 'job error', 'job warning', 'file name', 'schedule']

/** A portal that shows `echoed` in `place`; the error message echoes the received header. */
async function echoingPortal(token: string, encoding: EchoEncoding, place: Place) {
  const echoed = ECHO_ENCODINGS[encoding](`Bearer ${token}`)
  if (place === 'error message') {
    const fault = {kind: 'echo-auth', status: 403, encoding} as const
    return {echoed, fake: await startFake({token, faults: {getbackuphistory: [fault]}})}
  }
  const state: PortalState = place === 'job warning' ? runningJobPortal(NOW) : healthyPortal(NOW)
  const progress = state.progress!
  if (place === 'job error') state.progress = {...progress, error: `Storage said: ${echoed}.`}
  if (place === 'job warning') state.progress = {...progress, warning: `Skipped ${echoed}`}
  if (place === 'file name')
    state.history[0] = {...state.history[0]!, fileName: `b_${echoed}.tar.gz`}
  if (place === 'schedule') {
    state.schedule = {...state.schedule!, storageParams: {folderId: echoed}}
  }
  return {echoed, fake: await startFake({token, state})}
}

async function expectNothingShown(token: string, encoding: EchoEncoding, place: Place) {
  const {echoed, fake} = await echoingPortal(token, encoding, place)
  const {report, logs} = await check(fake, {token, retries: '0'})
  const shown = [everythingShown(report), ...logs].join('\n')
  if (place === 'error message') expect(report.reasons).toEqual(['forbidden'])
  else expect(report.error).toBeUndefined()
  // Read as people read it: the summary's `\*\*\*` is `***`, so a token `\` is not "shown" by
  // the escape in front of the redaction's stars (a real `\` is escaped as `\\`: it still shows).
  const read = shown.replace(/\\([!-/:-@[-`{-~])/g, '$1')
  // A token or an echo of one to three characters (`t`, or `dA`, its base64url) turns up in any
  // text by chance; longer ones are judged whole, and every form by its windows below.
  if (token.length >= 4) expect(read).not.toContain(token)
  if (echoed.length >= 4) expect(read).not.toContain(echoed)
  expectNoTraceInAnyEncoding(token, shown)
}

describe.each(PLACES)('a token echoed in a %s', place => {
  it.each(ENCODINGS)('leaves nothing of a token of 8,192 characters echoed %s', async encoding => {
    const token = Array.from(
      {length: 8192},
      (_, i) => PRINTABLE[(i * 7919) % PRINTABLE.length]
    ).join('')
    await expectNothingShown(token, encoding, place)
  })
})

describe('a token of one character', () => {
  it.each(['h', 'p', '2', 'e'])(
    'masks only portal text, never the verdict, codes or dates (token %j)',
    async token => {
      const {fake} = await echoingPortal(token, 'as-sent', 'job warning')
      const {report} = await check(fake, {token})
      expect(report.status).toBe('healthy')
      expect(report.warnings).toEqual(['backup-running'])
      expect(report.checkedAt).toBe('2026-03-10T12:00:00Z')
      expect(report.latest?.createdOn).toMatch(/^2026-03-10T07:00:00(\.\d+)?Z$/)
      expect(report.progress?.warning).not.toContain(`Bearer ${token}`)
      expect(() => everythingShown(report)).not.toThrow()
    }
  )
})

describe('a token of any length echoed in any form and place (fast-check)', () => {
  it('leaves nothing of it shown', async () => {
    const lengths = fc.oneof(fc.integer({min: 1, max: 40}), fc.integer({min: 1, max: 8192}))
    const cases = lengths.chain(length =>
      fc.record({
        token: fc.string({
          unit: fc.constantFrom(...PRINTABLE),
          minLength: length,
          maxLength: length
        }),
        // A short token inside a longer base64 string shares too few characters to be told.
        encoding: fc.constantFrom(
          ...(length >= 7 ? ENCODINGS : ENCODINGS.filter(e => !INSIDE.includes(e)))
        ),
        place: fc.constantFrom(...PLACES)
      })
    )
    await fc.assert(
      fc.asyncProperty(cases, ({token, encoding, place}) =>
        expectNothingShown(token, encoding, place)
      ),
      {numRuns: 60}
    )
  })
})
