// `--config FILE` through the bundled CLI: a portals file of several fake portals on 127.0.0.1
// (healthy, unhealthy, hanging, unreachable), each format judged as the single check's is (the
// plugin grammar's reader, the Python client, promtool), the worst exit code, and the refusals
// before any request.
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parsePluginOutput} from '../support/plugin-output.js'
import {parseWithPython, promtoolCheckMetrics} from '../support/prometheus-judges.js'
import {runCli} from '../support/run-cli.js'
import {fleetFixture} from './fleet-fixture.js'

const {fleet} = fleetFixture('fleet.yml')

const expectNoToken = (text: string, tokens: Record<string, string>) => {
  for (const token of Object.values(tokens)) expect(text).not.toContain(token.slice(3, 19))
}

describe('--config FILE', () => {
  it('prints a block per portal not healthy, a line per healthy one, the total; exit 1', async () => {
    const {file, env, tokens} = await fleet()
    const run = await runCli(['--config', file], env)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^\[bad\] DocSpace backups UNHEALTHY: 127\.0\.0\.1:\d+/m)
    expect(run.stdout).toMatch(/^\[hanging\] DocSpace backups could not be checked/m)
    expect(run.stdout).toMatch(/^\[gone\] DocSpace backups could not be checked/m)
    expect(run.stdout).toMatch(/^✔ good: healthy, 7 usable backups, newest 5h( \d+m)? old$/m)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '4 portals: 1 healthy, 1 unhealthy, 2 could not be checked'
    )
    expectNoToken(run.stdout + run.stderr, tokens)
  })

  it('writes the fleet object as json', async () => {
    const {file, env} = await fleet()
    const run = await runCli(['--config', file, '--format', 'json'], env)
    const object = JSON.parse(run.stdout) as {
      status: string
      counts: Record<string, number>
      portals: {name: string; status: string; reasons: string[]}[]
    }
    expect(object.status).toBe('unhealthy')
    expect(object.counts).toEqual({total: 4, healthy: 1, unhealthy: 1, error: 2})
    expect(object.portals.map(p => [p.name, p.status, p.reasons[0]])).toEqual([
      ['good', 'healthy', undefined],
      ['bad', 'unhealthy', 'stale'],
      ['hanging', 'error', 'timeout'],
      ['gone', 'error', 'unreachable']
    ])
  })

  it('is one plugin output: the worst state, the counts, a line per portal not OK, named perfdata', async () => {
    const {file, env} = await fleet()
    const run = await runCli(['--config', file, '--format', 'nagios'], env)
    const output = parsePluginOutput(run.stdout)
    expect([run.code, output.state]).toEqual([2, 'CRITICAL'])
    expect(output.text).toBe('1 CRITICAL, 2 UNKNOWN, 1 OK of 4 portals')
    expect(output.longText.map(line => line.split(' - ')[0])).toEqual([
      'bad: CRITICAL',
      'hanging: UNKNOWN',
      'gone: UNKNOWN'
    ])
    const labels = output.perfdata.map(datum => datum.label)
    expect(labels).toContain('good.age')
    expect(labels).toContain('bad.usable')
    expect(labels.some(label => label.startsWith('gone.'))).toBe(false)
  })

  it('writes one exposition, every family once, each sample labelled by name (Python client, promtool)', async () => {
    const {file, dir, env} = await fleet()
    const textfile = path.join(dir, 'fleet.prom')
    const run = await runCli(
      ['--config', file, '--format', 'prometheus', '--textfile', textfile],
      env
    )
    expect(run.code).toBe(1)
    const written = await readFile(textfile, 'utf8')
    expect(`${run.stdout}`).toBe(written)
    const families = parseWithPython(written)
    const names = families.map(family => family.name)
    expect(new Set(names).size).toBe(names.length)
    for (const family of families) {
      for (const sample of family.samples) {
        expect(['good', 'bad', 'hanging', 'gone']).toContain(sample.labels.portal)
      }
    }
    const healthy = families.find(family => family.name === 'docspace_backup_healthy')!
    expect(healthy.samples.map(s => [s.labels.portal, s.value])).toEqual([
      ['good', 1],
      ['bad', 0],
      ['hanging', 0],
      ['gone', 0]
    ])
    expect(promtoolCheckMetrics(written)).toEqual({code: 0, said: ''})
  })

  it('checks only the named portals, or one shard; the shards of a file share it without overlap', async () => {
    const {file, env} = await fleet()
    const only = await runCli(['--config', file, '--only', 'good,bad', '--format', 'json'], env)
    expect(
      (JSON.parse(only.stdout) as {portals: {name: string}[]}).portals.map(p => p.name)
    ).toEqual(['good', 'bad'])
    const shards = await Promise.all(
      ['1/2', '2/2'].map(shard =>
        runCli(['--config', file, '--shard', shard, '--format', 'json'], env)
      )
    )
    const names = shards.flatMap(run =>
      (JSON.parse(run.stdout) as {portals: {name: string}[]}).portals.map(p => p.name)
    )
    expect(names.sort()).toEqual(['bad', 'gone', 'good', 'hanging'])
  })

  it('refuses --portal, --token or a check option with --config, and bad selections, before any request (64)', async () => {
    const {file, env, requests} = await fleet()
    const refused = async (args: string[], words: string | RegExp) => {
      const run = await runCli(['--config', file, ...args], env)
      expect([run.code, run.stdout]).toEqual([64, ''])
      expect(run.stderr).toMatch(words)
    }
    await refused(
      ['--portal', 'https://x.example.com'],
      'Option "--portal" cannot be combined with --config'
    )
    await refused(['--token', 'sk-x'], 'Option "--token" cannot be combined with --config')
    await refused(
      ['--max-age', '2d'],
      /Option "--max-age" cannot be combined with --config: give it in the portals file/
    )
    await refused(['--shard', '0/2'], 'Option "--shard" has an invalid value "0/2"')
    await refused(
      ['--only', 'good,nope'],
      'Option "--only" names a portal that is not in the portals file: "nope"'
    )
    await refused(['--concurrency', '0'], /Option "--concurrency" has an invalid value "0"/)
    expect(requests()).toBe(0)
  })

  it('refuses a bad file whole, naming the entry, key and line, before any request', async () => {
    const {file, env, requests} = await fleet()
    await writeFile(
      file,
      `${await readFile(file, 'utf8')}  - {name: late, portal: "https://late.example.com", token-env: TOKEN_GOOD, min-count: -1}\n`
    )
    const run = await runCli(['--config', file], env)
    expect(run.code).toBe(64)
    expect(run.stderr).toMatch(
      /^Option "--config" has an error in ".*fleet\.yml" at line 9, portal "late" \(portals\[4\]\): key "min-count" has an invalid value "-1"/
    )
    expect(requests()).toBe(0)
  })
})
