// npm run bench:fleet: `--config` over 1,000 fake portals answering after 300 ms, at
// `--concurrency 100`, beside the floor (ten rounds of one round trip, plus a bare Node start)
// and a minimal reference client doing the same requests; wall time and peak RSS (VmHWM). Then a
// plain single-portal run of this dist/ beside main's, to show that it is no slower.
// BENCH_PORTALS (1000), BENCH_LATENCY_MS (300), BENCH_CONCURRENCY (100), BENCH_RUNS (3 fleet
// runs, 7 single-portal ones). See bench/README.md.
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {requireNode24} from '../script/node24.js'
import {benchDists} from './dists.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const WORK = mkdtempSync(path.join(tmpdir(), 'docspace-bench-fleet-'))
// Where benchDists copies this dist/ and main's (BENCH_BEFORE, default main).
const CLI = path.join(WORK, 'after/dist/cli/index.js')
const MAIN_CLI = path.join(WORK, 'before/dist/cli/index.js')
const HWM = path.join(ROOT, 'bench/report-hwm.js')
const TOKEN = `sk-${'a'.repeat(64)}`
const PORTALS = wholeNumber('BENCH_PORTALS', 1000)
const LATENCY_MS = wholeNumber('BENCH_LATENCY_MS', 300)
const CONCURRENCY = wholeNumber('BENCH_CONCURRENCY', 100)
const FLEET_RUNS = Math.max(1, wholeNumber('BENCH_RUNS', 3))
const SINGLE_RUNS = Math.max(1, wholeNumber('BENCH_SINGLE_RUNS', 7))
const TARGETS = {floorRatio: 1.5, peakMB: 250}
const NODE = requireNode24()

function wholeNumber(name, fallback) {
  const text = process.env[name]
  if (text === undefined || text.trim() === '') return fallback
  if (!/^\s*\d+\s*$/.test(text)) throw new Error(`${name} must be a whole number, not "${text}"`)
  return Number(text)
}

const started = new Set()
process.on('exit', () => {
  for (const child of started) child.kill('SIGTERM')
  rmSync(WORK, {recursive: true, force: true})
})

function childEnv(extra = {}) {
  const env = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|DOCSPACE_)/.test(name) || name === 'NODE_OPTIONS') continue
    env[name] = value
  }
  return {...env, ...extra}
}

/** One child to its end: wall ms from spawn to exit, its output, and its VmHWM when reported. */
function run(args, {env = childEnv(), input} = {}) {
  return new Promise((resolve, reject) => {
    const begin = process.hrtime.bigint()
    let end = 0n
    const child = spawn(NODE, args, {cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe']})
    const out = []
    const err = []
    child.stdout.on('data', chunk => out.push(chunk))
    child.stderr.on('data', chunk => err.push(chunk))
    child.on('error', reject)
    child.on('exit', () => (end = process.hrtime.bigint()))
    child.on('close', code => {
      const stderr = Buffer.concat(err).toString('utf8')
      // A fleet run starts itself again (src/cli/fleet-restart.ts): both processes report, and
      // the run's peak is counted as the sum of their peaks, an upper bound.
      const peaks = [...stderr.matchAll(/bench-vmhwm-kb=(\d+)/g)].map(match => Number(match[1]))
      const hwm = peaks.length === 0 ? undefined : peaks.reduce((sum, kb) => sum + kb, 0)
      resolve({
        ms: Number(end - begin) / 1e6,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        peakMB: hwm === undefined ? null : (Number(hwm) * 1024) / 1e6
      })
    })
    child.stdin.end(input ?? '')
  })
}

function expectCode(what, result, code = 0) {
  if (result.code === code) return result
  const tail = text => text.split('\n').slice(-10).join('\n')
  throw new Error(`${what}: exit ${result.code}\n${tail(result.stdout)}\n${tail(result.stderr)}`)
}

/** A child whose first stdout line matches `pattern`: resolves with the match. */
function startServer(args, pattern, input) {
  const child = spawn(NODE, args, {cwd: ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'inherit']})
  started.add(child)
  child.stdin.end(input ?? '')
  return new Promise((resolve, reject) => {
    let text = ''
    child.stdout.on('data', chunk => {
      text += chunk
      const match = pattern.exec(text)
      if (!match) return
      child.stdout.removeAllListeners('data')
      child.stdout.resume()
      resolve({match, child})
    })
    child.on('exit', code => reject(new Error(`${args.join(' ')} exited (${code})`)))
  })
}

function stop(server) {
  server.child.removeAllListeners('exit')
  server.child.kill('SIGTERM')
  started.delete(server.child)
}

/** The five routes' bodies as a healthy demo portal answers them. */
async function demoBodies() {
  const demo = await startServer([CLI, '--serve', '--port', '0'], /\bat (http:\/\/[^\s,]+)/)
  const url = demo.match[1]
  const routes = [
    'getbackuphistory',
    'getbackupschedule',
    'getbackupprogress',
    'getbackupscount',
    'getservicestate'
  ]
  const bodies = {}
  for (const route of routes) {
    const answer = await fetch(`${url}/api/2.0/backup/${route}`, {
      headers: {Authorization: `Bearer ${TOKEN}`}
    })
    bodies[route] = await answer.text()
  }
  stop(demo)
  return bodies
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const worst = values => Math.max(...values)
const seconds = ms => `${(ms / 1000).toFixed(2)} s`
const mb = value => (value === null ? '?' : `${value.toFixed(0)} MB`)

async function main() {
  let hasMain
  try {
    hasMain = benchDists(ROOT, WORK, process.env.BENCH_BEFORE ?? 'main').before !== null
  } catch (error) {
    // No main to compare with (a fresh clone of another branch): the fleet is measured alone.
    if (!existsSync(CLI)) throw error
    hasMain = false
  }

  const bodies = await demoBodies()
  const fleetServer = await startServer(
    [path.join(ROOT, 'bench/fleet-portals.js'), String(PORTALS), String(LATENCY_MS)],
    /^ports ([\d,]+)\n/,
    JSON.stringify(bodies)
  )
  const urls = fleetServer.match[1].split(',').map(port => `http://127.0.0.1:${port}`)
  const config = path.join(WORK, 'portals.yml')
  const entries = urls.map(
    (url, i) => `  - {name: p${String(i + 1).padStart(4, '0')}, portal: "${url}"}`
  )
  writeFileSync(
    config,
    ['defaults:', '  token-env: DOCSPACE_TOKEN', 'portals:', ...entries, ''].join('\n')
  )
  const env = childEnv({DOCSPACE_TOKEN: TOKEN})

  const rows = {bare: [], reference: [], fleet: [], referencePeak: [], fleetPeak: []}
  // Interleaved rounds after a discarded warm-up: other load spreads over all three.
  for (let round = 0; round <= FLEET_RUNS; round++) {
    const bare = expectCode('bare node', await run(['-e', '0']))
    const reference = expectCode(
      'reference client',
      await run(
        ['--import', HWM, path.join(ROOT, 'bench/fleet-reference-client.js'), String(CONCURRENCY)],
        {
          env,
          input: urls.join('\n')
        }
      )
    )
    const fleet = expectCode(
      'fleet',
      await run(['--import', HWM, CLI, '--config', config, '--concurrency', String(CONCURRENCY)], {
        env
      })
    )
    if (!fleet.stdout.includes(`${PORTALS} portals: ${PORTALS} healthy`)) {
      throw new Error(
        `fleet: not every portal healthy:\n${fleet.stdout.split('\n').slice(-3).join('\n')}`
      )
    }
    if (round === 0) continue
    rows.bare.push(bare.ms)
    rows.reference.push(reference.ms)
    rows.fleet.push(fleet.ms)
    rows.referencePeak.push(reference.peakMB)
    rows.fleetPeak.push(fleet.peakMB)
  }
  stop(fleetServer)

  const rounds = Math.ceil(PORTALS / CONCURRENCY)
  const floor = rounds * LATENCY_MS + median(rows.bare)
  const fleetMs = median(rows.fleet)
  const fleetPeak = worst(rows.fleetPeak)
  const verdict = ok => (ok ? 'PASS' : 'MISS')
  console.log(
    `## Fleet: ${PORTALS} portals, ${LATENCY_MS} ms per request, --concurrency ${CONCURRENCY}`
  )
  console.log(
    `\n${availableParallelism()} CPUs, load ${loadavg()
      .map(n => n.toFixed(2))
      .join(' ')}; medians of ${FLEET_RUNS} runs, peak RSS the worst (VmHWM)\n`
  )
  console.log('| run | wall | peak RSS |')
  console.log('| --- | --- | --- |')
  console.log(
    `| floor: ${rounds} rounds × ${LATENCY_MS} ms + bare node (${median(rows.bare).toFixed(0)} ms) | ${seconds(floor)} | |`
  )
  console.log(
    `| reference client (node:http, parse only) | ${seconds(median(rows.reference))} | ${mb(worst(rows.referencePeak))} |`
  )
  console.log(`| docspace-backup-check --config | ${seconds(fleetMs)} | ${mb(fleetPeak)} |`)
  console.log('')
  console.log(
    `- ${verdict(fleetMs <= TARGETS.floorRatio * floor)} wall ${(fleetMs / floor).toFixed(2)}× the floor (target ≤ ${TARGETS.floorRatio}×)`
  )
  console.log(
    `- ${verdict(fleetPeak !== null && fleetPeak < TARGETS.peakMB)} peak RSS ${mb(fleetPeak)} (target < ${TARGETS.peakMB} MB)`
  )

  await singlePortal(hasMain)
}

/** A plain single-portal run: this dist/ and main's, interleaved, on one portal. */
async function singlePortal(hasMain) {
  const portal = await startServer(
    [CLI, '--serve', '--port', '0', '--latency', String(LATENCY_MS)],
    /\bat (http:\/\/[^\s,]+)/
  )
  const env = childEnv({DOCSPACE_TOKEN: TOKEN})
  const args = cli => ['--import', HWM, cli, '--portal', portal.match[1]]
  const times = {bare: [], branch: [], main: [], branchPeak: [], mainPeak: []}
  for (let round = 0; round <= SINGLE_RUNS; round++) {
    const bare = await run(['-e', '0'])
    const branch = expectCode('single portal', await run(args(CLI), {env}))
    const main = hasMain
      ? expectCode("main's single portal", await run(args(MAIN_CLI), {env}))
      : null
    if (round === 0) continue
    times.bare.push(bare.ms)
    times.branch.push(branch.ms)
    times.branchPeak.push(branch.peakMB)
    if (main) {
      times.main.push(main.ms)
      times.mainPeak.push(main.peakMB)
    }
  }
  stop(portal)
  console.log(
    `\n## A plain single-portal run (CLI, ${LATENCY_MS} ms per request), medians of ${SINGLE_RUNS}\n`
  )
  console.log('| dist | wall | over bare node | peak RSS |')
  console.log('| --- | --- | --- | --- |')
  const bare = median(times.bare)
  const line = (label, ms, peak) =>
    console.log(
      `| ${label} | ${ms.toFixed(0)} ms | ${(ms - bare).toFixed(0)} ms | ${mb(worst(peak))} |`
    )
  line('this branch', median(times.branch), times.branchPeak)
  if (hasMain) line('main', median(times.main), times.mainPeak)
  else console.log('| main | (no `main` branch with a dist/ to compare) | | |')
}

await main()
