// Tokens up to 8,192 characters through the bundled Action and CLI (Node 24): checked, masked,
// and redacted in every form a portal may echo them in; a longer one is an invalid input that
// is never echoed. No message spells a token out, not even as a pattern built from it.
import {randomInt} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {ECHO_ENCODINGS} from '../../src/fake-docspace/echo.js'
import {failedJobPortal} from '../../src/fake-docspace/scenarios.js'
import {runCli} from '../support/run-cli.js'
import {runDist, type DistRun} from '../support/run-dist.js'
import {
  expectNoTraceInAnyEncoding,
  expectNotSpelledOut,
  PLAIN_LETTERS
} from '../support/secret-traces.js'
import {expectSecretKept, fakePortals, reportFileText} from './fixtures.js'

const start = fakePortals()

/** A token of `length` letters that no pattern syntax uses, so a pattern would show it. */
function plainToken(length: number): string {
  return Array.from({length}, () => PLAIN_LETTERS[randomInt(PLAIN_LETTERS.length)]).join('')
}

/** Every form of the token at once, as a job's error might quote a request it logged. */
function everyEcho(token: string): string {
  return Object.values(ECHO_ENCODINGS)
    .map(encode => encode(`Bearer ${token}`))
    .join(' | ')
}

/** Everything the step shows but the ::add-mask:: lines (the only place a secret may be). */
function shownBy(run: DistRun): string {
  const stdout = run.stdout
    .split(/\r?\n/)
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  const file = run.outputs['report-file'] ? reportFileText(run) : ''
  return [stdout, run.stderr, run.summary, ...Object.values(run.outputs), file].join('\n')
}

function expectNothingOf(token: string, shown: string): void {
  expect(shown).not.toContain('failed unexpectedly')
  expectNoTraceInAnyEncoding(token, shown)
  expectNotSpelledOut(token, shown)
}

describe('a token of 8,192 characters in the Action', () => {
  it('checks a healthy portal, masked and never shown', async () => {
    const token = plainToken(8192)
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('healthy')
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${token}`)
    expectSecretKept(run, token)
    expectNothingOf(token, shownBy(run))
  })

  it('leaves nothing of it when the last job failed quoting it in every form', async () => {
    const token = plainToken(8192)
    const state = failedJobPortal(new Date())
    state.progress = {...state.progress!, error: `Upload refused: ${everyEcho(token)}`}
    const fake = await start({token, state})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    expect(run.outputs.reasons).toBe('["last-backup-failed"]')
    expect(run.summary).toMatch(/Upload refused: Bearer (\\?\*){3} \\?\| Bearer%20/)
    expectSecretKept(run, token)
    expectNothingOf(token, shownBy(run))
  })

  it.each(['as-sent', 'percent-lower', 'form', 'base64', 'base64-inside-2'] as const)(
    'leaves nothing of it when a 403 quotes it %s',
    async encoding => {
      const token = plainToken(8192)
      const fault = {kind: 'echo-auth', status: 403, encoding} as const
      const fake = await start({token, faults: {getbackuphistory: [fault]}})
      const run = await runDist({portal: fake.url, token: `Bearer ${token}`})

      expect(run.code).toBe(1)
      expect(run.outputs.reasons).toBe('["forbidden"]')
      expect(run.outputs.report).toContain('is not valid for this portal')
      expectSecretKept(run, `Bearer ${token}`)
      expectNothingOf(token, shownBy(run))
    }
  )
})

describe('a token of 8,193 characters', () => {
  it('is an invalid input of the Action, naming "token", never echoed, before any request', async () => {
    const token = plainToken(8193)
    const fake = await start({token})
    const run = await runDist({portal: fake.url, token})

    expect(run.code).toBe(1)
    const errors = run.commands.filter(command => command.name === 'error')
    expect(errors.map(error => error.message)).toEqual([
      expect.stringMatching(
        /^Input "token" has an invalid value: expected a token of at most 8,192 characters/
      )
    ])
    expect(fake.requests).toEqual([])
    expectNothingOf(token, shownBy(run))
  })

  it('is an invalid option of the CLI (exit 64), never echoed', async () => {
    const token = plainToken(8193)
    const fake = await start({token})
    const run = await runCli(['--portal', fake.url], {DOCSPACE_TOKEN: token})

    expect(run.code).toBe(64)
    // The CLI names where the token came from, not the Action's input.
    expect(run.stderr).toContain('DOCSPACE_TOKEN has an invalid value')
    expect(fake.requests).toEqual([])
    expectNothingOf(token, run.stdout + run.stderr)
  })
})

describe('a token of 8,192 characters in the CLI', () => {
  it.each(['text', 'json', 'markdown'])(
    'checks the portal and leaves nothing of it in --format %s, though the job quoted it',
    async format => {
      const token = plainToken(8192)
      const state = failedJobPortal(new Date())
      state.progress = {...state.progress!, error: `Upload refused: ${everyEcho(token)}`}
      const fake = await start({token, state})
      const run = await runCli(['--portal', fake.url, '--format', format], {DOCSPACE_TOKEN: token})

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/Upload refused: Bearer (\\?\*){3} \\?\| Bearer%20/)
      expectNothingOf(token, run.stdout + run.stderr)
    }
  )
})
