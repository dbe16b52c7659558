// `--format prometheus` and `--textfile` as Prometheus reads them: judged by parsers of the text
// exposition format that no one here wrote (the Python client's, an npm package's), by promtool's
// linter, and by node_exporter's textfile collector itself.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {temporaryPortal, unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import {type PortalState} from '../../src/fake-docspace/wire.js'
import type {Report} from '../../src/report/shape.js'
import {renderPrometheus} from '../../src/render/prometheus.js'
import {check} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'
import {freePort} from '../support/ports.js'
import {
  parsePrometheusTextFormat,
  parseWithPython,
  startNodeExporter,
  type PyFamily
} from '../support/prometheus-judges.js'
import {runCli} from '../support/run-cli.js'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {fakePortals, newApiKey} from './fixtures.js'

closeServersAfterEach()
const start = fakePortals()
const folders: string[] = []
afterAll(() => Promise.all(folders.map(dir => rm(dir, {recursive: true, force: true}))))

/** Both figures a verdict always has, and those only a checked portal has. */
const ALWAYS = [
  'docspace_backup_up',
  'docspace_backup_healthy',
  'docspace_backup_reason',
  'docspace_backup_check_timestamp_seconds'
]

async function reportOf(state?: PortalState, texts: Record<string, string> = {}): Promise<Report> {
  const fake = await startFake(state ? {state} : {})
  return (await check(fake, texts)).report
}

async function unreachableReport(): Promise<Report> {
  const portal = `http://127.0.0.1:${await freePort()}`
  return (await check({url: portal}, {retries: '0'})).report
}

/** `name{labels}` → value, from the Python client's reading. */
function samples(families: PyFamily[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const family of families) {
    for (const sample of family.samples) {
      const labels = Object.entries(sample.labels)
        .map(([key, value]) => `${key}=${value}`)
        .join(',')
      const key = `${sample.name}{${labels}}`
      expect(map.has(key), `${key} twice`).toBe(false)
      map.set(key, sample.value)
    }
  }
  return map
}

async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dbc-prom-'))
  folders.push(dir)
  return dir
}

describe('--format prometheus', () => {
  it("reads as gauges with help, no timestamps, the figures of the report (Python client's parser)", async () => {
    const healthy = await reportOf()
    const unhealthy = await reportOf(unhealthyPortal(NOW))
    const families = parseWithPython(renderPrometheus([healthy, unhealthy]))
    for (const family of families) {
      expect(family.name).toMatch(/^docspace_backup_[a-z_]+$/)
      expect([family.name, family.type]).toEqual([family.name, 'gauge'])
      expect(family.documentation.length).toBeGreaterThan(10)
      for (const sample of family.samples) expect(sample.timestamp).toBeNull()
    }
    const values = samples(families)
    const [good, bad] = [`portal=${healthy.host}`, `portal=${unhealthy.host}`]
    expect(values.get(`docspace_backup_up{${good}}`)).toBe(1)
    expect(values.get(`docspace_backup_healthy{${good}}`)).toBe(1)
    expect(values.get(`docspace_backup_healthy{${bad}}`)).toBe(0)
    expect(values.get(`docspace_backup_reason{${bad},reason=stale}`)).toBe(1)
    expect(values.get(`docspace_backup_last_job_failed{${bad}}`)).toBe(1)
    expect(values.get(`docspace_backup_last_job_failed{${good}}`)).toBe(0)
    expect(values.get(`docspace_backup_usable_backups{${good}}`)).toBe(7)
    expect(values.get(`docspace_backup_max_age_seconds{${good}}`)).toBe(27 * 3600)
    expect(values.get(`docspace_backup_schedule_present{${good}}`)).toBe(1)
    expect(values.get(`docspace_backup_job_running{${good}}`)).toBe(0)
    // A timestamp, not an age: the newest backup of healthyPortal(NOW) is 5 h old.
    const created = values.get(`docspace_backup_latest_created_timestamp_seconds{${good}}`)
    expect(created).toBe(NOW.getTime() / 1000 - 5 * 3600)
    expect(values.get(`docspace_backup_check_timestamp_seconds{${good}}`)).toBe(
      NOW.getTime() / 1000
    )
  })

  it('writes only up 0, healthy 0, the reason and the time for a portal that could not be checked', async () => {
    const report = await unreachableReport()
    const families = parseWithPython(renderPrometheus([report]))
    expect(families.map(family => family.name)).toEqual(ALWAYS)
    const values = samples(families)
    expect(values.get(`docspace_backup_up{portal=${report.host}}`)).toBe(0)
    expect(values.get(`docspace_backup_healthy{portal=${report.host}}`)).toBe(0)
    expect(values.get(`docspace_backup_reason{portal=${report.host},reason=unreachable}`)).toBe(1)
  })

  it('escapes label values so that both parsers read them back exactly', async () => {
    const report = await reportOf(temporaryPortal(NOW))
    const host = 'odd"host\\name\nwith a line feed'
    const text = renderPrometheus([{...report, host}])
    const python = parseWithPython(text)
    const npm = parsePrometheusTextFormat(text)
    expect(python.flatMap(family => family.samples.map(sample => sample.labels.portal))).toEqual(
      Array(python.flatMap(family => family.samples).length).fill(host)
    )
    expect(npm.flatMap(family => family.metrics.map(metric => metric.labels?.portal))).toEqual(
      Array(npm.flatMap(family => family.metrics).length).fill(host)
    )
    expect(samples(python).get(`docspace_backup_warning{portal=${host},warning=expiring}`)).toBe(1)
  })

  it('reads as gauges with one HELP and TYPE per family (npm parse-prometheus-text-format)', async () => {
    const reports = [
      await reportOf(),
      await reportOf(unhealthyPortal(NOW)),
      await unreachableReport()
    ]
    const families = parsePrometheusTextFormat(renderPrometheus(reports))
    const names = families.map(family => family.name)
    expect(new Set(names).size).toBe(names.length)
    for (const family of families) {
      expect([family.name, family.type]).toEqual([family.name, 'GAUGE'])
      expect(family.help).not.toBe('')
      for (const metric of family.metrics) {
        expect(metric.timestamp_ms).toBeUndefined()
        expect(Number.isFinite(Number(metric.value))).toBe(true)
      }
    }
    const latest = families.find(f => f.name === 'docspace_backup_latest_created_timestamp_seconds')
    // Two checked portals have a newest backup; the unreachable one has no figure at all.
    expect(latest?.metrics.map(metric => metric.labels?.portal)).toEqual([
      reports[0]!.host,
      reports[1]!.host
    ])
  })

  it.each([
    ['healthy', undefined, 0],
    ['unhealthy', unhealthyPortal(new Date()), 1]
  ])('prints the metrics of a %s portal and exits as usual (%#)', async (_, state, code) => {
    const token = newApiKey()
    const fake = await start({token, ...(state ? {state} : {})})
    const run = await runCli(['--portal', fake.url, '--format', 'prometheus'], {
      DOCSPACE_TOKEN: token
    })
    expect(run.code).toBe(code)
    const up = parsePrometheusTextFormat(run.stdout).find(f => f.name === 'docspace_backup_up')
    expect(up?.metrics).toEqual([{value: '1', labels: {portal: fake.url.slice(7)}}])
    expect(run.stdout).not.toContain(token.slice(3, 15))
  })
})

describe('--format prometheus --verify', () => {
  it("exports the restore check's figures for a whole archive, and 0 without them for a corrupt one", async () => {
    const token = newApiKey()
    const good = archiveBytes('good')
    const whole = await start({token, archive: {bytes: good}})
    const args = ['--format', 'prometheus', '--verify']
    const run = await runCli(['--portal', whole.url, ...args], {DOCSPACE_TOKEN: token})
    expect(run.code).toBe(0)
    const values = samples(parseWithPython(run.stdout))
    const portal = `portal=${whole.url.slice(7)}`
    expect(values.get(`docspace_backup_verified{${portal}}`)).toBe(1)
    expect(values.get(`docspace_backup_verified_archive_bytes{${portal}}`)).toBe(good.length)
    expect(values.get(`docspace_backup_verified_tables{${portal}}`)).toBe(48)
    expect(values.get(`docspace_backup_verified_files{${portal}}`)).toBe(3)
    expect(values.has(`docspace_backup_verify_duration_seconds{${portal}}`)).toBe(true)

    const broken = await start({token, archive: {bytes: archiveBytes('flipped')}})
    const bad = await runCli(['--portal', broken.url, ...args], {DOCSPACE_TOKEN: token})
    expect(bad.code).toBe(1)
    const badValues = samples(parseWithPython(bad.stdout))
    const brokenPortal = `portal=${broken.url.slice(7)}`
    expect(badValues.get(`docspace_backup_verified{${brokenPortal}}`)).toBe(0)
    expect(badValues.get(`docspace_backup_reason{${brokenPortal},reason=backup-corrupt}`)).toBe(1)
    expect(badValues.has(`docspace_backup_verified_archive_bytes{${brokenPortal}}`)).toBe(false)
  })
})

describe("node_exporter's textfile collector", () => {
  it('reads the --textfile of a check, then sees up 0 and no old figure once the check fails', async () => {
    const folder = await tempFolder()
    const file = path.join(folder, 'docspace_backup.prom')
    const token = newApiKey()
    const fake = await start({token})
    const args = ['--portal', fake.url, '--textfile', file]
    const first = await runCli(args, {DOCSPACE_TOKEN: token})
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^DocSpace backups healthy/)
    const exporter = await startNodeExporter(folder)
    try {
      const portal = `portal="${fake.url.slice(7)}"`
      const good = await exporter.scrape()
      expect(good).toContain('node_textfile_scrape_error 0')
      expect(good).toContain(`docspace_backup_up{${portal}} 1`)
      expect(good).toContain(`docspace_backup_usable_backups{${portal}} 7`)
      expect(good).toMatch(/docspace_backup_latest_created_timestamp_seconds\{portal="[^"]+"\} \d/)

      const failed = await runCli([...args, '--retries', '0'], {DOCSPACE_TOKEN: newApiKey()})
      expect(failed.code).toBe(2)
      const bad = await exporter.scrape()
      expect(bad).toContain('node_textfile_scrape_error 0')
      expect(bad).toContain(`docspace_backup_up{${portal}} 0`)
      expect(bad).toContain(`docspace_backup_reason{${portal},reason="unauthorized"} 1`)
      expect(bad).not.toContain('docspace_backup_usable_backups')
      expect(bad).not.toContain('docspace_backup_latest_created_timestamp_seconds')
    } finally {
      await exporter.stop()
    }
    expect(await readFile(file, 'utf8')).toContain('docspace_backup_up')
  })
})
