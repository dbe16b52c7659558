// Debian's `prometheus` (the server, from the package that brings promtool) on 127.0.0.1: a
// free port, a temp storage folder, a scrape configuration and rule files given by the test.
// Its HTTP API is how the tests read what it scraped and which alerts it holds.
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {judge} from './judges.js'
import {freePort} from './ports.js'

export interface PrometheusServer {
  url: string
  /** `/api/v1/query`: the instant vector's samples (labels and value). */
  query(expr: string): Promise<{metric: Record<string, string>; value: number}[]>
  /** `/api/v1/alerts`: the alerts pending or firing. */
  alerts(): Promise<{labels: Record<string, string>; state: 'pending' | 'firing'}[]>
  /** Polls `read` until `done` says yes: bounded by the test's timeout, not a clock here. */
  until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T>
  /** What it wrote on stderr (its log): for a failing test's message. */
  log(): string
  stop(): Promise<void>
}

export interface PrometheusOptions {
  /** `host:port` of each target of the job `docspace-backups`. */
  targets: string[]
  ruleFiles: string[]
  /** Scrape and rule evaluation interval, e.g. `1s`. */
  interval?: string
}

export async function startPrometheus(options: PrometheusOptions): Promise<PrometheusServer> {
  const binary = judge('prometheus')
  const dir = await mkdtemp(path.join(tmpdir(), 'dbc-prometheus-'))
  const interval = options.interval ?? '1s'
  const config = {
    global: {scrape_interval: interval, evaluation_interval: interval, scrape_timeout: interval},
    rule_files: options.ruleFiles,
    scrape_configs: [{job_name: 'docspace-backups', static_configs: [{targets: options.targets}]}]
  }
  // JSON is YAML: no YAML writer needed.
  await writeFile(path.join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2))
  const port = await freePort()
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=1h',
      '--log.level=warn'
    ],
    {stdio: ['ignore', 'ignore', 'pipe']}
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = `http://127.0.0.1:${port}`

  const api = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${url}${route}`)
    const body = (await response.json()) as {status: string; data: T; error?: string}
    if (body.status !== 'success') throw new Error(`${route}: ${body.error ?? response.status}`)
    return body.data
  }
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`prometheus exited ${child.exitCode}: ${stderr}`)
      try {
        const value = await read()
        if (done(value)) return value
      } catch {
        // Not up yet.
      }
      await new Promise(resolve => setTimeout(resolve, 250))
    }
  }
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise<void>(resolve => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    }
    await rm(dir, {recursive: true, force: true})
  }
  const server: PrometheusServer = {
    url,
    query: async expr => {
      const data = await api<{result: {metric: Record<string, string>; value: [number, string]}[]}>(
        `/api/v1/query?query=${encodeURIComponent(expr)}`
      )
      return data.result.map(({metric, value}) => ({metric, value: Number(value[1])}))
    },
    alerts: async () =>
      (
        await api<{alerts: {labels: Record<string, string>; state: 'pending' | 'firing'}[]}>(
          '/api/v1/alerts'
        )
      ).alerts,
    until,
    log: () => stderr,
    stop
  }
  try {
    await until(
      () => fetch(`${url}/-/ready`).then(response => response.status),
      status => status === 200
    )
  } catch (error) {
    await stop()
    throw error
  }
  return server
}
