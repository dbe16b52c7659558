// Shared by the contract tests: fake portals that close after each test, a fresh token, and
// the checks every secret must pass.
import {randomBytes} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {expect} from 'vitest'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {closeServersAfterEach, startFake} from '../support/fake-portal.js'
import type {DistRun} from '../support/run-dist.js'

/** An API key as DocSpace makes them: `sk-` and 64 lower-case hex digits. */
export function newApiKey(): string {
  return `sk-${randomBytes(32).toString('hex')}`
}

/** Starts fake portals on the real clock (the Action's), closed after each test. */
export function fakePortals(): (options?: FakeOptions) => Promise<FakeDocSpace> {
  closeServersAfterEach()
  return options => startFake({now: new Date(), ...options})
}

export const VERDICT_TITLE = 'DocSpace backups unhealthy'

/** Annotations (`::error`, `::warning`, `::notice`) of a run. */
export function annotations(run: DistRun, name: 'error' | 'warning' | 'notice') {
  return run.commands.filter(command => command.name === name)
}

export function reportFileText(run: DistRun): string {
  return readFileSync(run.outputs['report-file'] as string, 'utf8')
}

/**
 * The secret, and long pieces of it, appear in stdout only on `::add-mask::` lines (which must
 * exist), and nowhere in stderr, the outputs, the summary or the report file.
 */
export function expectSecretKept(run: DistRun, secret: string): void {
  const bare = secret.replace(/^bearer\s+/i, '')
  const pieces = [secret, bare, bare.slice(0, 16), bare.slice(3, 19), bare.slice(-16)]
  const masks = run.stdout.split(/\r?\n/).filter(line => line.startsWith('::add-mask::'))
  expect(masks).toContain(`::add-mask::${bare}`)
  expect(masks).toContain(`::add-mask::${secret}`)
  const places: [string, string][] = [
    [
      'stdout',
      run.stdout
        .split(/\r?\n/)
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
    ],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [
      `output ${name}`,
      value
    ])
  ]
  if (run.outputs['report-file']) places.push(['report file', reportFileText(run)])
  for (const [place, text] of places) {
    for (const piece of pieces)
      expect(text, `${place} holds a piece of the secret`).not.toContain(piece)
  }
}
