// The fleet every fleet test checks: four fake portals on 127.0.0.1 (healthy, unhealthy, one
// that never answers, one nobody listens on), each with its own token from the environment, and
// a portals file that names them by reference. Shared by the CLI's and the Action's fleet tests.
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll} from 'vitest'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {freePort} from '../support/ports.js'
import {fakePortals, newApiKey} from './fixtures.js'

export interface FleetEntry {
  name: string
  url: string
  variable: string
}

/** Call at a test file's top level: the portals are closed after each test, the files after all.
 * `fileName` is the portals file's name, which refusals quote. */
export function fleetFixture(fileName = 'portals.yml') {
  const start = fakePortals()
  const folders: string[] = []
  afterAll(() => Promise.all(folders.map(dir => rm(dir, {recursive: true, force: true}))))

  /** A portals file of these entries, with no retries and a 1 s timeout, in a folder of its own. */
  async function writeConfig(entries: FleetEntry[]): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'dbc-fleet-'))
    folders.push(dir)
    const file = path.join(dir, fileName)
    const lines = entries.map(
      ({name, url, variable}) => `  - {name: ${name}, portal: "${url}", token-env: ${variable}}`
    )
    const head = ['defaults:', '  retries: 0', '  timeout: 1s', 'portals:']
    await writeFile(file, [...head, ...lines, ''].join('\n'))
    return file
  }

  /** The four kinds of portal, each with its own token, and a count of the requests they saw. */
  async function fleet() {
    const tokens = {GOOD: newApiKey(), BAD: newApiKey(), HANG: newApiKey(), GONE: newApiKey()}
    let requests = 0
    const count = () => void requests++
    const good = await start({token: tokens.GOOD, onRequest: count})
    const bad = await start({
      token: tokens.BAD,
      state: unhealthyPortal(new Date()),
      onRequest: count
    })
    const hanging = await start({
      token: tokens.HANG,
      onRequest: () => {
        count()
        return new Promise<void>(() => undefined)
      }
    })
    const entries: FleetEntry[] = [
      {name: 'good', url: good.url, variable: 'TOKEN_GOOD'},
      {name: 'bad', url: bad.url, variable: 'TOKEN_BAD'},
      {name: 'hanging', url: hanging.url, variable: 'TOKEN_HANG'},
      {name: 'gone', url: `http://127.0.0.1:${await freePort()}`, variable: 'TOKEN_GONE'}
    ]
    const env = Object.fromEntries(
      Object.entries(tokens).map(([key, value]) => [`TOKEN_${key}`, value])
    )
    const file = await writeConfig(entries)
    return {entries, env, tokens, file, dir: path.dirname(file), requests: () => requests}
  }

  return {writeConfig, fleet}
}
