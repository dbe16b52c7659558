// A fake fleet for the exporter's tests: fake DocSpace portals on the real clock (healthy, stale,
// a corrupt archive under the restore check, a failed last job, and one nobody listens on), each
// with its own token, and the portals file that names them with the tokens by reference.
import {randomBytes} from 'node:crypto'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {FakeDocSpace, FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {failedJobPortal, healthyPortal, stalePortal} from '../../src/fake-docspace/scenarios.js'
import {freePort} from './ports.js'

export interface FakeFleet {
  file: string
  /** The token variables the file names. */
  env: Record<string, string>
  tokens: string[]
  portals: Record<string, FakeDocSpace>
  /** Rewrites the portals file (for a reload). */
  write(text: string): Promise<void>
  /** The portals file as first written. */
  text: string
  remove(): Promise<void>
}

/** Expected per portal: `healthy` (1/0), or `null` when it cannot be checked (up 0). */
export const FLEET_VERDICTS: Record<string, 0 | 1 | null> = {
  healthy: 1,
  stale: 0,
  'restore-failed': 0,
  unhealthy: 0,
  unreachable: null
}

export async function fakeFleet(
  start: (options: FakeOptions) => Promise<FakeDocSpace>,
  extra: Record<string, FakeOptions> = {}
): Promise<FakeFleet> {
  const now = new Date()
  const token = () => `sk-${randomBytes(32).toString('hex')}`
  const options: Record<string, FakeOptions> = {
    healthy: {state: healthyPortal(now)},
    stale: {state: stalePortal(now)},
    'restore-failed': {state: healthyPortal(now), archive: {bytes: archiveBytes('flipped')}},
    unhealthy: {state: failedJobPortal(now)},
    ...extra
  }
  const portals: Record<string, FakeDocSpace> = {}
  const env: Record<string, string> = {}
  const lines = ['defaults:', '  retries: 0', '  timeout: 10s', 'portals:']
  for (const [name, given] of Object.entries(options)) {
    const secret = token()
    portals[name] = await start({...given, token: secret})
    const variable = `TOKEN_${name.toUpperCase().replace(/-/g, '_')}`
    env[variable] = secret
    lines.push(
      `  - name: ${name}`,
      `    portal: ${portals[name].url}`,
      `    token-env: ${variable}`
    )
    if (name === 'restore-failed') lines.push('    verify: true')
  }
  // Nobody listens there: connection refused, at once.
  env.TOKEN_UNREACHABLE = token()
  lines.push(
    '  - name: unreachable',
    `    portal: http://127.0.0.1:${await freePort()}`,
    '    token-env: TOKEN_UNREACHABLE'
  )
  const dir = await mkdtemp(path.join(tmpdir(), 'dbc-fleet-'))
  const file = path.join(dir, 'portals.yml')
  const text = `${lines.join('\n')}\n`
  await writeFile(file, text)
  return {
    file,
    env,
    tokens: Object.values(env),
    portals,
    text,
    write: contents => writeFile(file, contents),
    remove: () => rm(dir, {recursive: true, force: true})
  }
}
