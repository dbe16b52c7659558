// npm run bench (third part): the restore check against the worst archive of each kind issue 17
// named, built at bench time (streamed, never committed): 1,000,000 zero-byte entries, a 600 MB
// text node, a 200 MB attribute, 100,000 nested elements. Each is checked by the bundled CLI
// (`verify-file`) beside `tar -tzf` on the same bytes, in the same run; peak memory is VmHWM
// from /proc/PID/status of each child, read while it runs. Target: every check under 150 MB.
// BENCH_HOSTILE_SCALE (default 1) scales the counts down for a quicker look. BENCH_BEFORE=REF (a
// git ref such as `main`, or a folder holding a dist/) checks each archive with that bundle too.
// Runs on any Node the project supports: the archives are built and checked on Node 24.
import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {requireNode24} from '../script/node24.js'
import {benchDists} from './dists.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIR = mkdtempSync(path.join(tmpdir(), 'docspace-bench-hostile-'))
const MB = 1000 * 1000
const PEAK_TARGET = 150 * MB
const SCALE = Number(process.env.BENCH_HOSTILE_SCALE ?? '1')
/** The Node 24 the runner uses (it also reads the fake's TypeScript tar writer). */
const NODE = requireNode24()
process.on('exit', () => rmSync(DIR, {recursive: true, force: true}))
const DISTS = benchDists(ROOT, DIR)
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const LOAD_AT_START = loadAverage()

const KINDS = [
  {kind: 'entries', count: 1_000_000, what: 'zero-byte entries, all listed'},
  {kind: 'text', count: 600 * MB, what: 'bytes in one core_user cell'},
  {kind: 'attribute', count: 200 * MB, what: 'bytes in one core_user attribute'},
  {kind: 'nesting', count: 100_000, what: 'nested elements in core_user'}
]

/** Runs a child; its time (spawn → exit) and its peak RSS, VmHWM polled from /proc. */
function measured(command, args) {
  return new Promise((resolve, reject) => {
    const begin = process.hrtime.bigint()
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']})
    let peak = 0
    let stdout = ''
    const poll = setInterval(() => (peak = Math.max(peak, vmHwm(child.pid))), 20)
    child.stdout.on('data', chunk => (stdout += stdout.length < 1e6 ? chunk : ''))
    child.stderr.resume()
    child.on('error', reject)
    // VmHWM only grows: the last poll before the child exits holds its peak.
    child.on('close', code => {
      clearInterval(poll)
      resolve({ms: Number(process.hrtime.bigint() - begin) / 1e6, code, peak, stdout})
    })
  })
}

function vmHwm(pid) {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) * 1024 : 0
  } catch {
    return 0
  }
}

/** `verify-file` of the bundle in `dist`, measured. */
async function verifyFile(dist, kind, archive) {
  const cli = path.join(dist, 'cli/index.js')
  const check = await measured(NODE, [cli, 'verify-file', archive, '--format', 'json'])
  if (![0, 1].includes(check.code)) throw new Error(`verify-file ${kind}: exit ${check.code}`)
  return check
}

const rows = []
for (const {kind, count, what} of KINDS) {
  const scaled = Math.max(1, Math.round(count * SCALE))
  const archive = path.join(DIR, `${kind}.tar.gz`)
  const built = spawnSync(
    NODE,
    [path.join(ROOT, 'bench/hostile-archive.js'), kind, `${scaled}`, archive],
    {
      stdio: 'inherit'
    }
  )
  if (built.status !== 0)
    throw new Error(
      `building the ${kind} archive failed: ${built.error?.message ?? `exit ${built.status}`}`
    )
  const tar = await measured('tar', ['-tzf', archive])
  const before = DISTS.before ? await verifyFile(DISTS.before, kind, archive) : null
  const check = await verifyFile(DISTS.after, kind, archive)
  const verification = JSON.parse(check.stdout).verification
  rows.push({kind, scaled, what, bytes: statSync(archive).size, tar, before, check, verification})
  rmSync(archive)
}

const seconds = ms => `${(ms / 1000).toFixed(2)} s`
const megabytes = bytes => `${(bytes / MB).toFixed(1)} MB`
console.log(
  `\nHostile archives (verify-file), Node ${spawnSync(NODE, ['--version'], {encoding: 'utf8'}).stdout.trim()}; peak RSS = VmHWM of each child\n`
)
const beforeColumns = DISTS.before ? ` | verify-file before (${DISTS.beforeLabel})` : ''
console.log(
  `| kind | archive | verdict | \`tar -tzf\`${beforeColumns} | verify-file | ÷ tar | peak RSS, tar${DISTS.before ? ' / before' : ''} / verify-file | < 150 MB |`
)
console.log(
  `| --- | ---: | --- | ---: |${DISTS.before ? ' ---: |' : ''} ---: | ---: | ---: | ---: |`
)
let ok = true
for (const row of rows) {
  const pass = row.check.peak > 0 && row.check.peak < PEAK_TARGET
  ok &&= pass
  const verdict =
    row.verification.outcome === 'verified'
      ? 'verified'
      : `${row.verification.outcome} (${row.verification.check})`
  const before = row.before ? ` | ${seconds(row.before.ms)}` : ''
  const peaks = [row.tar, ...(row.before ? [row.before] : []), row.check].map(run =>
    megabytes(run.peak)
  )
  console.log(
    `| ${row.scaled.toLocaleString('en-US')} ${row.what} | ${megabytes(row.bytes)} | ${verdict} | ${seconds(row.tar.ms)}${before} | ${seconds(row.check.ms)} | ${(row.check.ms / row.tar.ms).toFixed(2)}× | ${peaks.join(' / ')} | ${pass ? '**PASS**' : '**MISS**'} |`
  )
}
const blanks = DISTS.before ? '| | | | | | | |' : '| | | | | | |'
console.log(
  `| hostile archives: every peak under 150 MB ${blanks} ${ok ? '**PASS**' : '**MISS**'} |`
)
console.log(`\nLoad average: ${LOAD_AT_START} at the start, ${loadAverage()} at the end`)
process.exitCode = ok ? 0 : 1
