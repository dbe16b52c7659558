// npm run bench:exporter: the bundled exporter (dist/cli exporter) with 1,000 fake portals, all
// served by one `dist/cli --serve` process under their own path prefixes, each answer after
// BENCH_LATENCY_MS (default 300). /metrics is scraped one request after another, as Prometheus
// does (keep-alive, gzip accepted): while the first round of checks runs, then between rounds;
// beside it a bare node:http server answering the same bytes, the floor. Prints p50/p99 of each,
// the body's size (raw and gzip) and samples, the exporter's RSS, and how long SIGTERM takes.
// Target: p99 under 50 ms while the checks run. BENCH_PORTALS (1000), BENCH_CONCURRENCY (100).
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import http from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {requireNode24} from '../script/node24.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const NODE = requireNode24()
const TOKEN = `sk-${'a'.repeat(64)}`
const PORTALS = whole('BENCH_PORTALS', 1000)
const CONCURRENCY = whole('BENCH_CONCURRENCY', 100)
const LATENCY_MS = whole('BENCH_LATENCY_MS', 300)
const SCRAPES_BETWEEN = 500
const TARGET_P99_MS = 50

function whole(name, fallback) {
  const text = process.env[name]
  if (text === undefined || text.trim() === '') return fallback
  if (!/^\s*\d+\s*$/.test(text)) throw new Error(`${name} must be a whole number, not "${text}"`)
  return Number(text)
}

const children = new Set()
const folder = mkdtempSync(path.join(tmpdir(), 'docspace-bench-exporter-'))
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL')
  rmSync(folder, {recursive: true, force: true})
})

/** A child whose stdout names a URL; resolves with it once printed. */
function startChild(args, env, pattern) {
  // NODE_OPTIONS passes through: with a size in it, as the systemd unit gives, one process runs.
  const {PATH, NODE_OPTIONS = ''} = process.env
  const child = spawn(NODE, args, {cwd: ROOT, env: {PATH, NODE_OPTIONS, ...env}})
  children.add(child)
  let out = ''
  let err = ''
  child.stderr.on('data', chunk => (err += chunk))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', chunk => {
      out += chunk
      const url = pattern.exec(out)?.[1]
      if (url) resolve({child, url, stderr: () => err})
    })
    child.on('exit', code => reject(new Error(`${args.join(' ')} exited ${code}: ${err}`)))
  })
}

const agent = new http.Agent({keepAlive: true, maxSockets: 1})

/** One scrape as Prometheus makes it; resolves with its time and its bytes. */
function scrape(url) {
  return new Promise((resolve, reject) => {
    const begin = process.hrtime.bigint()
    const request = http.get(url, {agent, headers: {'Accept-Encoding': 'gzip'}}, response => {
      const chunks = []
      response.on('data', chunk => chunks.push(chunk))
      response.on('end', () => {
        const ms = Number(process.hrtime.bigint() - begin) / 1e6
        resolve({ms, status: response.statusCode, bytes: Buffer.concat(chunks)})
      })
    })
    request.on('error', reject)
  })
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const figures = ms =>
  `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms (${ms.length} scrapes)`

/** The exporter's memory: its process and, when it started itself again
 * (src/cli/fleet-restart.ts), its child's too, summed. */
function rssMiB(pid) {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ')
  const pids = [pid, ...children.filter(Boolean)]
  const sum = name =>
    pids.reduce((total, one) => {
      const status = readFileSync(`/proc/${one}/status`, 'utf8')
      return total + Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN)
    }, 0) / 1024
  return {rss: sum('VmRSS'), peak: sum('VmHWM')}
}

async function main() {
  const portal = await startChild(
    [CLI, '--serve', '--port', '0', '--latency', String(LATENCY_MS)],
    {},
    /\bat (http:\/\/[^\s,]+)/
  )
  const lines = ['defaults:', '  token-env: BENCH_TOKEN', '  retries: 0', 'portals:']
  for (let i = 0; i < PORTALS; i++) {
    const name = `portal-${String(i).padStart(4, '0')}`
    lines.push(`  - name: ${name}`, `    portal: ${portal.url}/${name}`)
  }
  const file = path.join(folder, 'portals.yml')
  writeFileSync(file, `${lines.join('\n')}\n`)

  const exporter = await startChild(
    [
      CLI,
      'exporter',
      '--config',
      file,
      '--listen',
      '127.0.0.1:0',
      '--interval',
      '1h',
      '--concurrency',
      String(CONCURRENCY)
    ],
    {BENCH_TOKEN: TOKEN},
    /(http:\/\/[^\s/]+)/
  )
  const metrics = `${exporter.url}/metrics`
  console.log(`${PORTALS} portals at ${LATENCY_MS} ms per answer, --concurrency ${CONCURRENCY}`)

  // While the first round runs: /-/ready says 503 until every portal has a result.
  const during = []
  const roundStart = process.hrtime.bigint()
  for (;;) {
    const ready = await new Promise(resolve =>
      http.get(`${exporter.url}/-/ready`, {agent}, response => {
        response.resume()
        response.on('end', () => resolve(response.statusCode === 200))
      })
    )
    if (ready) break
    during.push((await scrape(metrics)).ms)
  }
  const roundMs = Number(process.hrtime.bigint() - roundStart) / 1e6

  const between = []
  let body
  for (let i = 0; i < SCRAPES_BETWEEN; i++) {
    const result = await scrape(metrics)
    between.push(result.ms)
    body = result.bytes
  }
  const text = gunzipSync(body)
  const samples = text
    .toString('utf8')
    .split('\n')
    .filter(line => line && !line.startsWith('#')).length
  const memory = rssMiB(exporter.child.pid)

  // The floor: a bare node:http server answering the same gzipped bytes.
  const bodyFile = path.join(folder, 'body.gz')
  writeFileSync(bodyFile, body)
  const bare = await startChild(
    [
      '-e',
      `const body = require('node:fs').readFileSync(${JSON.stringify(bodyFile)})
       require('node:http').createServer((q, s) => { s.writeHead(200, {'Content-Type': 'text/plain; version=0.0.4', 'Content-Encoding': 'gzip', 'Content-Length': body.length}); s.end(body) })
         .listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port) })`
    ],
    {},
    /(http:\/\/[^\s/]+)/
  )
  const floor = []
  for (let i = 0; i < SCRAPES_BETWEEN; i++) floor.push((await scrape(`${bare.url}/metrics`)).ms)

  // SIGTERM: from the signal to the exit.
  const begin = process.hrtime.bigint()
  exporter.child.removeAllListeners('exit')
  const code = await new Promise(resolve => {
    exporter.child.once('exit', resolve)
    exporter.child.kill('SIGTERM')
  })
  const stopMs = Number(process.hrtime.bigint() - begin) / 1e6
  children.delete(exporter.child)

  const p99 = percentile(during.length > 0 ? during : between, 99)
  console.log(`first round: ${(roundMs / 1000).toFixed(1)} s`)
  console.log(
    `/metrics while checks run: ${during.length > 0 ? figures(during) : 'no scrape (the round ended first)'}`
  )
  console.log(`/metrics between rounds:   ${figures(between)}`)
  console.log(`bare node:http, same body: ${figures(floor)}`)
  console.log(
    `body: ${(text.length / 1e6).toFixed(2)} MB raw, ${(body.length / 1e3).toFixed(0)} kB gzip, ${samples} samples`
  )
  console.log(`exporter RSS: ${memory.rss.toFixed(0)} MiB now, ${memory.peak.toFixed(0)} MiB peak`)
  console.log(`SIGTERM: exit ${code} after ${stopMs.toFixed(0)} ms`)
  console.log(
    `${p99 < TARGET_P99_MS ? 'OK' : 'MISS'}: p99 ${p99.toFixed(1)} ms while checks run (target < ${TARGET_P99_MS} ms)`
  )
  agent.destroy()
  for (const child of children) child.kill('SIGTERM')
}

main().catch(error => {
  console.error(error)
  process.exitCode = 1
})
