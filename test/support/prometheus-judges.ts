// Readers of the Prometheus text format that no one here wrote, to judge the CLI's metrics:
// - the npm package parse-prometheus-text-format (a devDependency: always there);
// - the official Python client's parser (prometheus_client.parser), from the system or from
//   the wheel this machine image keeps in /opt/pypi/files;
// - node_exporter itself (Debian's prometheus-node-exporter, which .ci/run installs): its
//   textfile collector reads the file with Prometheus' own Go parser.
import {execFileSync, spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
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

/** PYTHONPATH under which `prometheus_client` imports, or `null` when there is none. */
const pythonPath: string | null = (() => {
  const wheels = existsSync('/opt/pypi/files')
    ? readdirSync('/opt/pypi/files')
        .filter(name => /^prometheus_client-.*\.whl$/.test(name))
        .map(name => `/opt/pypi/files/${name}`)
    : []
  for (const candidate of ['', ...wheels]) {
    const probe = spawnSync('python3', ['-c', 'import prometheus_client.parser'], {
      env: {...process.env, PYTHONPATH: candidate}
    })
    if (probe.status === 0) return candidate
  }
  return null
})()

export const hasPythonParser = pythonPath !== null

/** The families as the Python client reads them; throws what it throws on invalid text. */
export function parseWithPython(text: string): PyFamily[] {
  const out = execFileSync('python3', ['-c', PYTHON_PARSE], {
    input: text,
    env: {...process.env, PYTHONPATH: pythonPath ?? ''},
    encoding: 'utf8'
  })
  return JSON.parse(out) as PyFamily[]
}

export const NODE_EXPORTER = ['/usr/bin/prometheus-node-exporter', '/usr/local/bin/node_exporter']
  .filter(existsSync)
  .at(0)

/** node_exporter with only the textfile collector, on a free loopback port. */
export async function startNodeExporter(folder: string): Promise<{
  scrape: () => Promise<string>
  stop: () => Promise<void>
}> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    NODE_EXPORTER as string,
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
  // Ready when it answers; a busy machine may take a few seconds.
  for (let tries = 0; ; tries++) {
    try {
      await scrape()
      return {scrape, stop}
    } catch (error) {
      if (tries > 100 || child.exitCode !== null) {
        await stop()
        throw error
      }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
}
