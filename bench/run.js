// npm run bench: times the bundled Action (dist/index.js) against fake DocSpace portals, each
// measurement a fresh Node 24 process timed from spawn to exit, and checks the targets.
// BENCH_LATENCY_MS (default 300): the fake's delay before every answer. BENCH_RUNS (default 7):
// timed runs per measurement, after one discarded warm-up; figures are medians. See README.md.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {availableParallelism, cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {requireNode24} from '../script/node24.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// A snapshot of dist/ (see snapshotDist): a rebuild while the bench runs cannot break it.
const SNAPSHOT = mkdtempSync(path.join(tmpdir(), 'docspace-bench-dist-'))
const ACTION = path.join(SNAPSHOT, 'index.js')
const CLI = path.join(SNAPSHOT, 'cli/index.js')
const SEQUENTIAL = path.join(ROOT, 'bench/sequential-client.js')
const REPORT_RSS = pathToFileURL(path.join(ROOT, 'bench/report-rss.js')).href
const TOKEN = `sk-${'a'.repeat(64)}`
const LATENCY_MS = wholeNumber('BENCH_LATENCY_MS', 300)
const RUNS = Math.max(1, wholeNumber('BENCH_RUNS', 7))
const MEMORY_RUNS = Math.min(3, RUNS)
const MIB = 1024 * 1024
const MB = 1000 * 1000

const TARGETS = {
  overheadMs: 60,
  sequentialRatio: 3.5,
  largeAddsMs: 300,
  largeAddsBytes: 150 * MB,
  outputBytes: MIB,
  coldStartMs: 80
}

function wholeNumber(name, fallback) {
  const text = process.env[name]
  if (text === undefined || text.trim() === '') return fallback
  if (!/^\s*\d+\s*$/.test(text)) throw new Error(`${name} must be a whole number, not "${text}"`)
  return Number(text)
}

/** The Node 24 the runner uses: this one if it is 24, else one fetched into a cache. */
const NODE = requireNode24()

/** How peak memory is read: GNU time when it works, else a `--import` hook. */
function memoryProbe() {
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], {encoding: 'utf8'})
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr) ? 'gnu-time' : 'report-rss'
}
const PROBE = memoryProbe()

// ---------------------------------------------------------------------------------------------
// Children

const started = new Set()
process.on('exit', () => {
  for (const child of started) child.kill('SIGTERM')
  rmSync(SNAPSHOT, {recursive: true, force: true})
})

/** Copies dist/ (waiting up to 30 s while `npm run bundle` rewrites it). */
async function snapshotDist() {
  const dist = path.join(ROOT, 'dist')
  for (let waited = 0; ; waited += 500) {
    if (existsSync(path.join(dist, 'index.js')) && existsSync(path.join(dist, 'cli/index.js')))
      break
    if (waited >= 30_000) throw new Error('dist/ is incomplete: run `npm run bundle` first')
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  cpSync(dist, SNAPSHOT, {recursive: true})
}

/** The environment of a child: this one without runner, input or Node options, plus `extra`. */
function childEnv(extra) {
  const env = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_)/.test(name) || name === 'NODE_OPTIONS') continue
    env[name] = value
  }
  return {...env, ...extra}
}

/** Runs one child to its end; `ms` is from just before spawn to its exit, by process.hrtime. */
function runChild(command, args, env) {
  return new Promise((resolve, reject) => {
    const begin = process.hrtime.bigint()
    let end = 0n
    const child = spawn(command, args, {cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe']})
    const out = []
    const err = []
    child.stdout.on('data', chunk => out.push(chunk))
    child.stderr.on('data', chunk => err.push(chunk))
    child.on('error', reject)
    child.on('exit', () => (end = process.hrtime.bigint()))
    child.on('close', code => {
      resolve({
        ms: Number(end - begin) / 1e6,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
  })
}

function fail(what, result) {
  const tail = text => text.split('\n').slice(-15).join('\n')
  throw new Error(
    `${what}: exit ${result.code}\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`
  )
}

/** A fake portal (`dist/cli --serve --port 0`); its first stdout line names its URL. */
function startPortal(label, extraArgs) {
  const args = [CLI, '--serve', '--port', '0', '--latency', String(LATENCY_MS), ...extraArgs]
  const child = spawn(NODE, args, {cwd: ROOT, env: childEnv({}), stdio: ['ignore', 'pipe', 'pipe']})
  started.add(child)
  return new Promise((resolve, reject) => {
    let text = ''
    let errors = ''
    const timer = setTimeout(() => reject(new Error(`portal ${label}: no URL within 60 s`)), 60_000)
    child.stderr.on('data', chunk => (errors += chunk))
    child.stdout.on('data', chunk => {
      text += chunk
      const url = /\bat (http:\/\/[^\s,]+)/.exec(text)?.[1]
      if (!url) return
      clearTimeout(timer)
      child.stdout.removeAllListeners('data')
      child.stdout.resume()
      resolve({label, url, child})
    })
    child.on('exit', code => {
      clearTimeout(timer)
      reject(new Error(`portal ${label} exited (${code}): ${errors.trim()}`))
    })
  })
}

async function stopPortal(portal) {
  portal.child.removeAllListeners('exit')
  const gone = new Promise(resolve => portal.child.once('exit', resolve))
  portal.child.kill('SIGTERM')
  await gone
  started.delete(portal.child)
}

/** `name<<DELIMITER … DELIMITER` blocks (and `name=value` lines) of a GITHUB_OUTPUT file. */
function parseOutputs(text) {
  const outputs = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/** The Action as the runner runs it, with fresh output and summary files. */
async function runAction(inputs, {memory = false} = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'docspace-bench-'))
  const outputFile = path.join(dir, 'github-output')
  const summaryFile = path.join(dir, 'step-summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env = childEnv({
    ...inputs,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir
  })
  try {
    const result = memory
      ? await withPeakMemory([ACTION], env)
      : await runChild(NODE, [ACTION], env)
    result.outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
    result.summaryBytes = statSync(summaryFile).size
    return result
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

async function withPeakMemory(args, env) {
  const result =
    PROBE === 'gnu-time'
      ? await runChild('/usr/bin/time', ['-f', 'bench-max-rss-kb=%M', NODE, ...args], env)
      : await runChild(NODE, ['--import', REPORT_RSS, ...args], env)
  const kb = /bench-max-rss-kb=(\d+)/.exec(result.stderr)?.[1]
  if (!kb) fail('peak memory not reported', result)
  result.peakBytes = Number(kb) * 1024
  return result
}

async function actionOn(portal, options) {
  const result = await runAction({INPUT_PORTAL: portal.url, INPUT_TOKEN: TOKEN}, options)
  if (result.code !== 0 || result.outputs.status !== 'healthy')
    fail(`action on ${portal.label}`, result)
  return result
}

async function bareNode() {
  const result = await runChild(NODE, ['-e', '0'], childEnv({}))
  if (result.code !== 0) fail('node -e 0', result)
  return result
}

async function sequentialOn(portal) {
  const env = childEnv({DOCSPACE_PORTAL: portal.url, DOCSPACE_TOKEN: TOKEN})
  const result = await runChild(NODE, [SEQUENTIAL], env)
  if (result.code !== 0) fail(`sequential client on ${portal.label}`, result)
  return result
}

/** An invalid portal input: the Action fails (exit 1, one error annotation) before any request. */
async function coldStart() {
  const result = await runAction({INPUT_PORTAL: 'not a portal url', INPUT_TOKEN: TOKEN})
  if (result.code !== 1 || !/::error title=Invalid input/.test(result.stdout)) {
    fail('action with an invalid input', result)
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Figures

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const ms = value => `${Math.round(value)} ms`
const signedMs = value => `${value >= 0 ? '+' : '−'}${Math.round(Math.abs(value))} ms`
const times = value => `${value.toFixed(2)}×`
const mb = bytes => `${(bytes / MB).toFixed(1)} MB`
const kib = bytes => `${(bytes / 1024).toFixed(1)} KiB`
const verdict = ok => (ok ? '**PASS**' : '**MISS**')

function row(cells) {
  return `| ${cells.join(' | ')} |`
}

function table(header, rows) {
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'))
  return [row(header), row(align), ...rows.map(row)].join('\n')
}

async function main() {
  const log = line => process.stderr.write(`bench: ${line}\n`)
  const began = process.hrtime.bigint()
  log(`Node ${execFileSync(NODE, ['--version']).toString().trim()} (${NODE})`)
  await snapshotDist()
  log(`latency ${LATENCY_MS} ms, ${RUNS} runs (+1 warm-up), memory by ${PROBE}; starting portals`)
  const [healthy, tenK, hundredK] = await Promise.all([
    startPortal('healthy', ['--scenario', 'healthy']),
    startPortal('10,000 records', ['--records', '10000']),
    startPortal('100,000 records', ['--records', '100000'])
  ])

  const kinds = {
    bare: () => bareNode(),
    action: () => actionOn(healthy),
    sequential: () => sequentialOn(healthy),
    tenK: () => actionOn(tenK),
    hundredK: () => actionOn(hundredK),
    cold: () => coldStart()
  }
  const samples = Object.fromEntries(Object.keys(kinds).map(kind => [kind, []]))
  let lastHundredK
  // Interleaved rounds, so that noise from other processes spreads over every measurement.
  for (let round = 0; round <= RUNS; round++) {
    log(round === 0 ? 'warm-up round' : `round ${round}/${RUNS}`)
    for (const [kind, measure] of Object.entries(kinds)) {
      const result = await measure()
      if (round > 0) samples[kind].push(result.ms)
      if (kind === 'hundredK') lastHundredK = result
    }
  }
  // Peak memory in separate runs, so that the wrapper never weighs on the timings.
  const peaks = {action: [], tenK: [], hundredK: []}
  for (let round = 1; round <= MEMORY_RUNS; round++) {
    log(`peak memory ${round}/${MEMORY_RUNS}`)
    peaks.action.push((await actionOn(healthy, {memory: true})).peakBytes)
    peaks.tenK.push((await actionOn(tenK, {memory: true})).peakBytes)
    peaks.hundredK.push((await actionOn(hundredK, {memory: true})).peakBytes)
  }
  await Promise.all([healthy, tenK, hundredK].map(stopPortal))

  const m = Object.fromEntries(Object.entries(samples).map(([kind, list]) => [kind, median(list)]))
  const peak = Object.fromEntries(
    Object.entries(peaks).map(([kind, list]) => [kind, Math.max(...list)])
  )
  const spread = kind => `${ms(Math.min(...samples[kind]))} – ${ms(Math.max(...samples[kind]))}`
  const summaryBytes = lastHundredK.summaryBytes
  const reportBytes = Buffer.byteLength(lastHundredK.outputs.report ?? '')

  const budget = m.bare + LATENCY_MS + TARGETS.overheadMs
  const sequentialRatio = m.sequential / m.action
  const largeAddsMs = m.hundredK - m.action
  const largeAddsBytes = peak.hundredK - peak.action
  const coldAddsMs = m.cold - m.bare

  const figures = table(
    ['Run (fresh Node 24 process, spawn → exit)', 'median', 'min – max', 'peak RSS'],
    [
      ['bare `node -e 0`', ms(m.bare), spread('bare'), ''],
      [
        'action, healthy portal (5 concurrent GETs)',
        ms(m.action),
        spread('action'),
        mb(peak.action)
      ],
      [
        'sequential client, healthy portal (5 GETs in turn)',
        ms(m.sequential),
        spread('sequential'),
        ''
      ],
      ['action, 10,000-record history', ms(m.tenK), spread('tenK'), mb(peak.tenK)],
      ['action, 100,000-record history', ms(m.hundredK), spread('hundredK'), mb(peak.hundredK)],
      ['action cold start (invalid input, no request)', ms(m.cold), spread('cold'), '']
    ]
  )
  const ratios = table(
    ['Derived', 'value'],
    [
      ['action ÷ (node start + one latency)', times(m.action / (m.bare + LATENCY_MS))],
      ['sequential ÷ action', times(sequentialRatio)],
      ['100k ÷ healthy', times(m.hundredK / m.action)],
      ['100k − healthy', signedMs(largeAddsMs)],
      ['100k − healthy, peak RSS', `+${mb(largeAddsBytes)}`],
      ['cold start − bare node', signedMs(coldAddsMs)],
      ['job summary, 100k', kib(summaryBytes)],
      ['`report` output, 100k', kib(reportBytes)]
    ]
  )
  const checks = [
    [
      `action ≤ node + latency + ${TARGETS.overheadMs} ms`,
      `${ms(m.action)} vs ${ms(budget)}`,
      m.action <= budget
    ],
    [
      `sequential ≥ ${TARGETS.sequentialRatio}× action`,
      times(sequentialRatio),
      sequentialRatio >= TARGETS.sequentialRatio
    ],
    [
      `100k adds < ${TARGETS.largeAddsMs} ms`,
      signedMs(largeAddsMs),
      largeAddsMs < TARGETS.largeAddsMs
    ],
    [
      `100k adds < ${mb(TARGETS.largeAddsBytes)} peak`,
      `+${mb(largeAddsBytes)} (peak ${mb(peak.hundredK)})`,
      largeAddsBytes < TARGETS.largeAddsBytes
    ],
    ['job summary < 1 MiB (100k)', kib(summaryBytes), summaryBytes < TARGETS.outputBytes],
    ['`report` output < 1 MiB (100k)', kib(reportBytes), reportBytes < TARGETS.outputBytes],
    [
      `cold start < ${TARGETS.coldStartMs} ms over bare node`,
      signedMs(coldAddsMs),
      coldAddsMs < TARGETS.coldStartMs
    ]
  ]
  const targets = table(
    ['Target', 'measured', 'result'],
    checks.map(([name, value, ok]) => [name, value, verdict(ok)])
  )

  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  const seconds = (Number(process.hrtime.bigint() - began) / 1e9).toFixed(0)
  console.log(
    [
      `Node ${execFileSync(NODE, ['--version']).toString().trim()}, ${availableParallelism()} × ${cpu}; ` +
        `fake portal latency ${LATENCY_MS} ms per answer; medians of ${RUNS} runs ` +
        `(peak RSS: worst of ${MEMORY_RUNS}, ${PROBE === 'gnu-time' ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'}); ${seconds} s in all; ` +
        `load average at the end ${loadAverage()}.`,
      '',
      figures,
      '',
      ratios,
      '',
      targets
    ].join('\n')
  )
  const misses = checks.filter(([, , ok]) => !ok).length
  log(misses ? `${misses} target(s) missed` : 'every target met')
}

/** The machine's load (1, 5, 15 minutes): figures from a busy machine read differently. */
function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return 'unknown'
  }
}

main().catch(error => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
  // The portals' pipes would keep this process alive.
  for (const child of started) child.kill('SIGTERM')
})
