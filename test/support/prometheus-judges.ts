// Readers of the Prometheus text format that no one here wrote, to judge the CLI's metrics:
// - the npm package parse-prometheus-text-format (a devDependency: always there);
// - the official Python client's parser (prometheus_client.parser), in a python3 on the PATH
//   (Debian's python3-prometheus-client);
// - promtool (Debian's prometheus): `check metrics`, Prometheus' own linter of names and format;
// - node_exporter itself (Debian's prometheus-node-exporter): its textfile collector reads the
//   file with Prometheus' own Go parser.
// Each is found by the global set-up; `judge()` skips (or, in CI, fails) a test without it.
import {execFileSync, spawn, spawnSync, type ChildProcess} from 'node:child_process'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import {judge} from './judges.js'
import {freePort} from './ports.js'

export {parsePrometheusTextFormat}

export interface PySample {
  name: string
  labels: Record<string, string>
  value: number
  timestamp: number | null
}
export interface PyFamily {
  name: string
  type: string
  documentation: string
  samples: PySample[]
}

const PYTHON_PARSE = `
import json, math, sys
from prometheus_client.parser import text_string_to_metric_families
families = []
for family in text_string_to_metric_families(sys.stdin.read()):
    families.append({'name': family.name, 'type': family.type, 'documentation': family.documentation,
        'samples': [{'name': s.name, 'labels': s.labels, 'value': s.value if math.isfinite(s.value) else str(s.value),
                     'timestamp': None if s.timestamp is None else float(s.timestamp)} for s in family.samples]})
print(json.dumps(families))
`

/** The families as the Python client reads them; throws what it throws on invalid text. */
export function parseWithPython(text: string): PyFamily[] {
  const python = judge('python-prometheus-client')
  const out = execFileSync(python, ['-c', PYTHON_PARSE], {input: text, encoding: 'utf8'})
  return JSON.parse(out) as PyFamily[]
}

/** What `promtool check metrics` says of the text: `''` when it has nothing to say. */
export function promtoolCheckMetrics(text: string): {code: number | null; said: string} {
  const run = spawnSync(judge('promtool'), ['check', 'metrics'], {input: text, encoding: 'utf8'})
  return {code: run.status, said: `${run.stdout}${run.stderr}`.trim()}
}

/** node_exporter with only the textfile collector, on a free loopback port. */
export async function startNodeExporter(folder: string): Promise<{
  scrape: () => Promise<string>
  stop: () => Promise<void>
}> {
  const exporter = judge('node-exporter')
  const port = await freePort()
  const child: ChildProcess = spawn(
    exporter,
    [
      '--collector.disable-defaults',
      '--collector.textfile',
      `--collector.textfile.directory=${folder}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.disable-exporter-metrics'
    ],
    {stdio: 'ignore'}
  )
  const scrape = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
  const stop = () =>
    new Promise<void>(resolve => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill()
    })
  // Ready when it answers (a busy machine may take a few seconds); the test's timeout bounds it.
  for (;;) {
    try {
      await scrape()
      return {scrape, stop}
    } catch (error) {
      if (child.exitCode !== null) {
        await stop()
        throw error
      }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
}
