// What contrib/ ships, judged by the tools that will load it: the alerting rules by promtool
// (`check rules`, and `test rules` on alerts.test.yml, which fires and spares each alert), the
// Grafana dashboard's queries parsed by promtool and naming only families the exporter writes,
// the systemd unit by `systemd-analyze verify`.
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {load} from 'js-yaml'
import {afterAll, describe, expect, it} from 'vitest'
import {OWN_FAMILIES} from '../../src/exporter/metrics.js'
import {FAMILIES} from '../../src/render/prometheus-metrics.js'
import {judge} from '../support/judges.js'
import {ROOT} from '../support/run-dist.js'

const CONTRIB = path.join(ROOT, 'contrib')
const ALERTS = path.join(CONTRIB, 'prometheus', 'alerts.yml')
const ALERT_TESTS = path.join(CONTRIB, 'prometheus', 'alerts.test.yml')
const DASHBOARD = path.join(CONTRIB, 'grafana', 'docspace-backups.json')
const UNIT = path.join(CONTRIB, 'systemd', 'docspace-backup-exporter.service')

/** Every family the exporter writes. */
const EXPORTED = new Set([...FAMILIES, ...OWN_FAMILIES].map(family => family.name))

const dir = mkdtempSync(path.join(tmpdir(), 'dbc-contrib-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {encoding: 'utf8'})
  return {code: result.status, out: `${result.stdout}${result.stderr}`.trim()}
}

const KEYWORDS = new Set(['and', 'or', 'unless', 'by', 'without', 'on', 'ignoring', 'bool'])
const KEYWORDS_WITH_LABELS = /\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g

/** The metric names a PromQL expression selects (functions, keywords and labels left out). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(KEYWORDS_WITH_LABELS, '')
  return [...bare.matchAll(/\b([a-zA-Z_:][\w:]*)\b(?!\s*\()/g)]
    .map(([, name]) => name!)
    .filter(name => !KEYWORDS.has(name))
}

interface RuleGroup {
  rules: {alert: string; expr: string}[]
}
interface AlertTest {
  alert_rule_test: {alertname: string; exp_alerts: unknown[]}[]
}

describe('contrib/prometheus/alerts.yml', () => {
  const groups = (load(readFileSync(ALERTS, 'utf8')) as {groups: RuleGroup[]}).groups
  const rules = groups.flatMap(group => group.rules)

  it('is valid for promtool check rules', () => {
    expect(run(judge('promtool'), ['check', 'rules', ALERTS])).toMatchObject({code: 0})
  })

  it('passes its unit tests: promtool test rules alerts.test.yml', () => {
    const result = run(judge('promtool'), ['test', 'rules', ALERT_TESTS])
    expect(result.out).toContain('SUCCESS')
    expect(result.code).toBe(0)
  })

  it('has, for every alert, a test where it fires and one where it does not', () => {
    const tests = (load(readFileSync(ALERT_TESTS, 'utf8')) as {tests: AlertTest[]}).tests
    const cases = tests.flatMap(test => test.alert_rule_test)
    for (const {alert} of rules) {
      const mine = cases.filter(c => c.alertname === alert)
      expect(
        mine.some(c => c.exp_alerts.length > 0),
        `${alert} fires somewhere`
      ).toBe(true)
      expect(
        mine.some(c => c.exp_alerts.length === 0),
        `${alert} is spared somewhere`
      ).toBe(true)
    }
  })

  it('names only families the exporter writes (and Prometheus own up)', () => {
    const named = rules.flatMap(rule => metricNames(rule.expr))
    expect(named.filter(name => !EXPORTED.has(name) && name !== 'up')).toEqual([])
    expect(rules.map(rule => rule.alert)).toEqual([
      'DocSpaceBackupUnhealthy',
      'DocSpaceBackupStale',
      'DocSpaceBackupRestoreCheckFailed',
      'DocSpaceBackupCheckFailed',
      'DocSpaceBackupCheckNotRunning',
      'DocSpaceBackupExporterDown'
    ])
  })
})

describe('contrib/grafana/docspace-backups.json', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
    panels: {title: string; targets?: {expr: string}[]}[]
    templating: {list: {query: {query: string}}[]}
  }
  const queries = dashboard.panels.flatMap(panel =>
    (panel.targets ?? []).map(target => ({panel: panel.title, expr: target.expr}))
  )

  it('queries only families the exporter writes', () => {
    expect(queries.length).toBeGreaterThan(10)
    for (const {panel, expr} of queries) {
      const names = metricNames(expr)
      expect(names.length, `${panel}: ${expr}`).toBeGreaterThan(0)
      expect(
        names.filter(name => !EXPORTED.has(name)),
        `${panel}: ${expr}`
      ).toEqual([])
    }
    for (const variable of dashboard.templating.list) {
      const [, metric] = /label_values\((\w+),/.exec(variable.query.query) ?? []
      expect(EXPORTED.has(metric ?? '')).toBe(true)
    }
  })

  it('writes queries that Prometheus parses (promtool, Grafana variables given values)', () => {
    const rules = queries.map(({expr}, i) => ({
      record: `dashboard:query_${i}`,
      expr: expr.replaceAll('$__rate_interval', '5m').replaceAll('$portal', '.*')
    }))
    const file = path.join(dir, 'dashboard-queries.yml')
    writeFileSync(file, JSON.stringify({groups: [{name: 'dashboard', rules}]}))
    expect(run(judge('promtool'), ['check', 'rules', file])).toMatchObject({code: 0})
  })

  it('has a fleet table, the ages over time and the last verified size', () => {
    const titles = dashboard.panels.map(panel => panel.title)
    expect(titles).toEqual(
      expect.arrayContaining(['Fleet', 'Age of the newest backup', 'Last verified archive size'])
    )
  })
})

describe('contrib/systemd/docspace-backup-exporter.service', () => {
  it('is verified by systemd-analyze without a word', () => {
    // verify checks that ExecStart= exists: the CLI's path is given a stand-in.
    const stub = path.join(dir, 'docspace-backup-check')
    writeFileSync(stub, '#!/bin/sh\n')
    chmodSync(stub, 0o755)
    const unit = readFileSync(UNIT, 'utf8')
    expect(unit).toContain('/usr/local/bin/docspace-backup-check exporter --config')
    const copy = path.join(dir, 'docspace-backup-exporter.service')
    writeFileSync(copy, unit.replaceAll('/usr/local/bin/docspace-backup-check', stub))
    expect(run(judge('systemd-analyze'), ['verify', copy])).toEqual({code: 0, out: ''})
  })
})
