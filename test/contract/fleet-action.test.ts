// The Action with `config`, through the bundled dist/index.js: a portals file of fake portals on
// 127.0.0.1 (healthy, unhealthy, hanging, unreachable), tokens from the step's env, one summary,
// the fleet's outputs, one issue for the fleet against a fake GitHub, and the refusals.
import {writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {startFakeGitHub} from '../support/fake-github.js'
import {closeAfterTest} from '../support/fake-portal.js'
import {runDist} from '../support/run-dist.js'
import {annotations, expectSecretKept} from './fixtures.js'
import {fleetFixture} from './fleet-fixture.js'

const {writeConfig, fleet} = fleetFixture()

describe('config: a portals file in one step', () => {
  it('checks every portal: one summary table, the fleet outputs, one error annotation, no token shown', async () => {
    const {file: config, env, tokens} = await fleet()
    const run = await runDist({config}, {env})
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({healthy: 'false', status: 'unhealthy'})
    expect(JSON.parse(run.outputs.reasons)).toEqual([
      'stale',
      'last-backup-failed',
      'timeout',
      'unreachable'
    ])
    const report = JSON.parse(run.outputs.report) as {
      status: string
      counts: Record<string, number>
      portals: {name: string; status: string}[]
    }
    expect(report.counts).toEqual({total: 4, healthy: 1, unhealthy: 1, error: 2})
    expect(report.portals.map(p => [p.name, p.status])).toEqual([
      ['good', 'healthy'],
      ['bad', 'unhealthy'],
      ['hanging', 'error'],
      ['gone', 'error']
    ])
    expect(run.summary).toMatch(
      /^## ❌ DocSpace backups: 4 portals: 1 healthy, 1 unhealthy, 2 could not be checked/
    )
    expect(run.summary).toMatch(
      /^\| good \| ✅ healthy \| 127\.0\.0\.1:\d+ \| 5h( \d+m)? old \| 7 \| {2}\|$/m
    )
    expect(run.summary).toMatch(/^\| bad \| ❌ unhealthy \|.*\| `stale`, `last-backup-failed` \|$/m)
    expect(run.summary).toContain('<details><summary>bad: unhealthy</summary>')
    expect(run.summary).toContain('<details><summary>gone: could not be checked</summary>')
    expect(run.summary).not.toContain('<details><summary>good')
    const errors = annotations(run, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message.split('\n')).toEqual([
      'bad: unhealthy: stale, last-backup-failed',
      'hanging: error: timeout',
      'gone: error: unreachable'
    ])
    for (const token of Object.values(tokens)) expectSecretKept(run, token)
  })

  it('splits the file between the jobs of a matrix with shard', async () => {
    const {file: config, env} = await fleet()
    const runs = await Promise.all(
      ['1/3', '2/3', '3/3'].map(shard => runDist({config, shard}, {env}))
    )
    const names = runs.flatMap(run =>
      (JSON.parse(run.outputs.report) as {portals: {name: string}[]}).portals.map(p => p.name)
    )
    expect(names.sort()).toEqual(['bad', 'gone', 'good', 'hanging'])
  })

  it('refuses portal or token with config, and a check input that is not the default, before any request', async () => {
    const {file: config, env, requests} = await fleet()
    const refused = async (inputs: Record<string, string>, words: string) => {
      const run = await runDist({config, ...inputs}, {env})
      expect(run.code).toBe(1)
      expect(annotations(run, 'error').map(a => a.message)).toEqual([words])
    }
    await refused(
      {portal: 'https://x.example.com'},
      'Input "config" cannot be combined with "portal": each portal and its token are entries of the portals file.'
    )
    await refused(
      {'max-age': '2d'},
      'Input "max-age" cannot be combined with "config": give it in the portals file, under "defaults:" or an entry.'
    )
    await refused(
      {shard: '4/3'},
      'Input "shard" has an invalid value "4/3": expected I/N, the shard I of N from 1/N to N/N, such as 2/3 (N at most 1000).'
    )
    const missing = await runDist({config}, {env: {...env, TOKEN_GOOD: 'not a token'}})
    expect(annotations(missing, 'error')[0].message).toMatch(
      /^Input "config" has an error in ".*portals\.yml" at line 5, portal "good" \(portals\[0\]\): key "token-env" has an invalid value/
    )
    expect(requests()).toBe(0)
  })

  it('keeps one issue for the fleet: opened listing the portals not healthy, closed once all are healthy', async () => {
    const githubToken = `ghs_${'b'.repeat(36)}`
    const github = closeAfterTest(await startFakeGitHub({token: githubToken}))
    const {entries, env} = await fleet()
    const config = await writeConfig(entries.slice(0, 2))
    const issueEnv = {...env, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'}
    const inputs = {config, issue: 'true', 'github-token': githubToken}
    const first = await runDist(inputs, {env: issueEnv})
    expect(first.code).toBe(1)
    expect(github.issues).toHaveLength(1)
    const [issue] = github.issues
    expect(issue.title).toBe(`DocSpace backups unhealthy: ${config}`)
    expect(issue.body).toMatch(/^\| bad \| ❌ unhealthy \|/m)
    expect(issue.body).not.toMatch(/^\| good \|/m)
    expect(first.outputs['issue-number']).toBe('1')

    await writeFile(
      config,
      (await import('node:fs')).readFileSync(config, 'utf8').replace(/^ {2}- \{name: bad.*\n/m, '')
    )
    const second = await runDist(inputs, {env: issueEnv})
    expect(second.code).toBe(0)
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0].state).toBe('closed')
    expect(github.issues[0].comments.at(-1)?.body).toMatch(/are healthy again/)
  })
})
