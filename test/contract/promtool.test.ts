// promtool, Prometheus' own checker, judges what the CLI writes for Prometheus and what the README
// tells people to load into it: `promtool check metrics` on every rendering of the bundled CLI
// (its naming rules: no `_count` on a gauge, base units, …), `promtool check rules` on the
// README's alerting rules.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {load} from 'js-yaml'
import type {FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {FAMILIES} from '../../src/render/prometheus-metrics.js'
import {section} from '../repo/markdown.js'
import {judge} from '../support/judges.js'
import {promtoolCheckMetrics} from '../support/prometheus-judges.js'
import {runCli} from '../support/run-cli.js'
import {ROOT} from '../support/run-dist.js'
import {fakePortals, newApiKey} from './fixtures.js'

const start = fakePortals()
const folders: string[] = []
afterAll(() => Promise.all(folders.map(dir => rm(dir, {recursive: true, force: true}))))

async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dbc-promtool-'))
  folders.push(dir)
  return dir
}

/** The CLI's `--format prometheus` for a fake portal that knows `token`, and its exit code. */
async function metricsOf(
  options: FakeOptions & {token: string},
  extra: string[] = [],
  sentToken = options.token
): Promise<{code: number; text: string}> {
  const fake = await start(options)
  const args = ['--portal', fake.url, '--format', 'prometheus', '--retries', '0', ...extra]
  const run = await runCli(args, {DOCSPACE_TOKEN: sentToken})
  return {code: run.code, text: run.stdout}
}

/** Asserts promtool has nothing to say of the text, and that the text is metrics at all. */
function expectPromtoolClean(text: string): void {
  expect(text).toMatch(/^# HELP docspace_backup_up /)
  expect(promtoolCheckMetrics(text)).toEqual({code: 0, said: ''})
}

describe('promtool check metrics', () => {
  // Skipped (or failed, in CI) before any portal starts when promtool is missing.
  beforeEach(() => void judge('promtool'))

  it('finds nothing to say of a healthy portal (exit 0)', async () => {
    const token = newApiKey()
    const {code, text} = await metricsOf({token})
    expect(code).toBe(0)
    expectPromtoolClean(text)
  })

  it('finds nothing to say of an unhealthy portal (exit 1)', async () => {
    const token = newApiKey()
    const {code, text} = await metricsOf({token, state: unhealthyPortal(new Date())})
    expect(code).toBe(1)
    expect(text).toContain('reason="stale"')
    expectPromtoolClean(text)
  })

  it('finds nothing to say of a portal that could not be checked (exit 2)', async () => {
    // A token the portal does not know: 401.
    const {code, text} = await metricsOf({token: newApiKey()}, [], newApiKey())
    expect(code).toBe(2)
    expect(text).toContain('reason="unauthorized"')
    expectPromtoolClean(text)
  })

  it('finds nothing to say of --verify, verified and failed', async () => {
    const token = newApiKey()
    const good = await metricsOf({token, archive: {bytes: archiveBytes('good')}}, ['--verify'])
    expect(good.code).toBe(0)
    expect(good.text).toMatch(/^docspace_backup_verified\{[^}]*\} 1$/m)
    expectPromtoolClean(good.text)
    const bad = await metricsOf({token, archive: {bytes: archiveBytes('flipped')}}, ['--verify'])
    expect(bad.code).toBe(1)
    expect(bad.text).toMatch(/^docspace_backup_verified\{[^}]*\} 0$/m)
    expectPromtoolClean(bad.text)
  })

  it('finds nothing to say of the --textfile, after a check and after invalid arguments', async () => {
    const file = path.join(await tempFolder(), 'docspace_backup.prom')
    const token = newApiKey()
    const fake = await start({token})
    const checked = await runCli(['--portal', fake.url, '--textfile', file], {
      DOCSPACE_TOKEN: token
    })
    expect(checked.code).toBe(0)
    expectPromtoolClean(await readFile(file, 'utf8'))
    const invalid = await runCli(['--portal', fake.url, '--textfile', file, '--max-age', 'x'], {
      DOCSPACE_TOKEN: token
    })
    expect(invalid.code).toBe(64)
    const text = await readFile(file, 'utf8')
    expect(text).toContain('reason="invalid-input"')
    expectPromtoolClean(text)
  })

  it('is a judge that can fail: it refuses a gauge named like a summary count', () => {
    const bad = '# HELP x_usable_count Usable.\n# TYPE x_usable_count gauge\nx_usable_count 1\n'
    const verdict = promtoolCheckMetrics(bad)
    expect(verdict.code).not.toBe(0)
    expect(verdict.said).toContain('"_count" suffix')
  })
})

describe("promtool check rules: the README's alerting rules", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const prometheus = section(readme, 'Prometheus: `--format prometheus` and `--textfile`')
  const rules = [...prometheus.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map(match => match[1] as string)
    .filter(block => /^groups:/m.test(block))

  it('are one YAML block that promtool accepts', async () => {
    expect(rules).toHaveLength(1)
    const file = path.join(await tempFolder(), 'docspace-backup.rules.yml')
    await writeFile(file, rules[0] as string)
    const run = spawnSync(judge('promtool'), ['check', 'rules', file], {encoding: 'utf8'})
    expect(`${run.stdout}${run.stderr}`, 'promtool check rules').toContain('SUCCESS')
    expect(run.status).toBe(0)
  })

  it('name only metrics the CLI writes', () => {
    const doc = load(rules[0] as string) as {groups: {rules: {expr: string}[]}[]}
    const exprs = doc.groups.flatMap(group => group.rules.map(rule => rule.expr))
    const named = exprs.flatMap(expr => expr.match(/\bdocspace_backup_[a-z_]+/g) ?? [])
    expect(named.length).toBeGreaterThan(0)
    const written = new Set(FAMILIES.map(family => family.name))
    expect(named.filter(name => !written.has(name))).toEqual([])
  })
})
