// npm run bench (second part): the restore check (`verify: true`) of a generated archive,
// mostly incompressible file contents in thousands of entries, streamed by the fake portal;
// timed beside GNU `tar -tzf` on the same bytes in the same run, with the action's peak RSS.
// BENCH_VERIFY_MB (default 100): archive sizes in MB, comma-separated; BENCH_VERIFY_LARGE=1 adds
// 1000 (about a minute more, and 2 GB of /tmp while it runs). BENCH_BEFORE=REF (a git ref such
// as `main`, or a folder holding a dist/) runs that bundle too, on the same archives, beside
// this one. See README.md.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {randomFillSync} from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {benchDists} from './dists.js'
import {listedFile, table} from './docspace-xml.js'
import {requireNode24} from '../script/node24.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SNAPSHOT = mkdtempSync(path.join(tmpdir(), 'docspace-bench-verify-'))
const TOKEN = `sk-${'a'.repeat(64)}`
const MB = 1000 * 1000
const FILE_BYTES = 330 * 1000
const TARGETS = {ratio: 1.5, peakBytes: 150 * MB}
const SIZES = [
  ...(process.env.BENCH_VERIFY_MB ?? '100').split(',').map(Number),
  ...(process.env.BENCH_VERIFY_LARGE === '1' ? [1000] : [])
]
/** The Node 24 the runner uses: this one if it is 24, else one fetched into a cache. */
const NODE = requireNode24()
const DISTS = benchDists(ROOT, SNAPSHOT)
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const LOAD_AT_START = loadAverage()
const children = new Set()
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM')
  rmSync(SNAPSHOT, {recursive: true, force: true})
})

/** A portal backup of about `megabytes` MB, made by GNU tar and gzip -1 from a folder tree. */
function makeArchive(megabytes) {
  const dir = path.join(SNAPSHOT, `tree-${megabytes}`)
  const tables = {
    core: ['tenants_tenants', 'core_user', 'core_settings', 'audit_events'],
    files: ['files_file', 'files_folder', 'files_folder_tree', 'files_security']
  }
  for (const [connection, names] of Object.entries(tables)) {
    mkdirSync(path.join(dir, 'databases', connection), {recursive: true})
    for (const name of names)
      writeFileSync(
        path.join(dir, 'databases', connection, name),
        table(name, name === 'tenants_tenants' ? 1 : 2000)
      )
  }
  const count = Math.max(1, Math.round((megabytes * MB) / FILE_BYTES))
  const content = Buffer.alloc(FILE_BYTES)
  const listed = []
  for (let id = 1; id <= count; id++) {
    const relative = `folder_${(Math.floor(id / 1000) + 1) * 1000}/file_${id}/v1/content.bin`
    mkdirSync(path.dirname(path.join(dir, 'files', relative)), {recursive: true})
    writeFileSync(path.join(dir, 'files', relative), randomFillSync(content))
    listed.push(listedFile(relative))
  }
  mkdirSync(path.join(dir, 'storage'))
  writeFileSync(
    path.join(dir, 'storage', 'restore_info'),
    `<storage_restore>${listed.join('')}</storage_restore>`
  )
  const archive = path.join(SNAPSHOT, `backup-${megabytes}.tar.gz`)
  execFileSync('bash', [
    '-c',
    `tar -C "${dir}" -cf - databases files storage | gzip -1 > "${archive}"`
  ])
  rmSync(dir, {recursive: true, force: true})
  return {archive, entries: count, bytes: statSync(archive).size}
}

function timed(command, args, env) {
  return new Promise((resolve, reject) => {
    const begin = process.hrtime.bigint()
    const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk.length < 4096 ? chunk : ''))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code =>
      resolve({ms: Number(process.hrtime.bigint() - begin) / 1e6, code, stdout, stderr})
    )
  })
}

/** CPU seconds (user + system) that GNU time reported. */
function cpuOf(stderr) {
  const [, user, system] = /bench-cpu=([\d.]+)\+([\d.]+)/.exec(stderr) ?? []
  return Number(user) + Number(system)
}

function startPortal(archive) {
  const args = [
    path.join(DISTS.after, 'cli/index.js'),
    '--serve',
    '--port',
    '0',
    '--archive',
    archive
  ]
  const child = spawn(NODE, args, {stdio: ['ignore', 'pipe', 'inherit']})
  children.add(child)
  return new Promise(resolve => {
    let text = ''
    child.stdout.on('data', chunk => {
      text += chunk
      const url = /\bat (http:\/\/[^\s,]+)/.exec(text)?.[1]
      if (url) resolve({url, stop: () => child.kill('SIGTERM')})
    })
  })
}

/** The bundle in `dist` (index.js, as the runner starts it) verifies the portal's archive. */
async function verifyRun(portal, dist) {
  const dir = mkdtempSync(path.join(SNAPSHOT, 'run-'))
  const outputs = path.join(dir, 'outputs')
  writeFileSync(outputs, '')
  const env = {
    PATH: process.env.PATH,
    INPUT_PORTAL: portal.url,
    INPUT_TOKEN: TOKEN,
    INPUT_VERIFY: 'true',
    'INPUT_VERIFY-TIMEOUT': '30m',
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_TEMP: dir
  }
  const result = await timed(
    '/usr/bin/time',
    ['-f', 'bench-max-rss-kb=%M bench-cpu=%U+%S', NODE, path.join(dist, 'index.js')],
    env
  )
  const verified = /^verified<<(.+)\n(.*)\n/m.exec(readFileSync(outputs, 'utf8'))?.[2]
  if (result.code !== 0 || verified !== 'true')
    throw new Error(
      `verify run failed (${result.code}, verified=${verified}):\n${result.stdout.slice(-2000)}`
    )
  return {
    ms: result.ms,
    cpu: cpuOf(result.stderr),
    peakBytes: peakOf(result.stderr)
  }
}

/** Peak RSS in bytes that GNU time reported. */
function peakOf(stderr) {
  return Number(/bench-max-rss-kb=(\d+)/.exec(stderr)?.[1] ?? NaN) * 1024
}

const rows = []
for (const megabytes of SIZES) {
  const {archive, entries, bytes} = makeArchive(megabytes)
  const portal = await startPortal(archive)
  const tar = await timed(
    '/usr/bin/time',
    ['-f', 'bench-max-rss-kb=%M bench-cpu=%U+%S', 'tar', '-tzf', archive],
    process.env
  )
  if (tar.code !== 0) throw new Error(`tar -tzf failed: ${tar.stderr}`)
  const before = DISTS.before ? await verifyRun(portal, DISTS.before) : null
  const action = await verifyRun(portal, DISTS.after)
  portal.stop()
  rmSync(archive)
  rows.push({
    megabytes,
    entries,
    bytes,
    tar: {ms: tar.ms, cpu: cpuOf(tar.stderr), peakBytes: peakOf(tar.stderr)},
    before,
    ...action
  })
}

const mbps = (bytes, ms) => `${(bytes / MB / (ms / 1000)).toFixed(0)} MB/s`
const pass = ok => (ok ? '**PASS**' : '**MISS**')
console.log(
  `\nRestore check (verify: true), Node ${spawnSync(NODE, ['--version'], {encoding: 'utf8'}).stdout.trim()}; archive made by GNU tar | gzip -1, ${FILE_BYTES / 1000} kB random files\n`
)
const seconds = ms => `${(ms / 1000).toFixed(2)} s`
const megabytesOf = bytes => `${(bytes / MB).toFixed(1)} MB`
console.log('| archive | entries | run | wall time | ÷ tar | CPU s | peak RSS |')
console.log('| ---: | ---: | --- | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  const size = `${(row.bytes / MB).toFixed(0)} MB`
  const runs = [
    ['`tar -tzf`', row.tar],
    ...(row.before ? [[`Action, before (${DISTS.beforeLabel})`, row.before]] : []),
    [row.before ? 'Action, after (this checkout)' : 'Action, `verify: true`', row]
  ]
  runs.forEach(([name, run], index) =>
    console.log(
      `| ${index === 0 ? size : ''} | ${index === 0 ? row.entries + 12 : ''} | ${name} | ${seconds(run.ms)} (${mbps(row.bytes, run.ms)}) | ${(run.ms / row.tar.ms).toFixed(2)}× | ${run.cpu.toFixed(2)} | ${megabytesOf(run.peakBytes)} |`
    )
  )
}
console.log('\n| Target | measured | result |\n| --- | ---: | ---: |')
let ok = true
for (const row of rows) {
  const ratio = row.ms / row.tar.ms
  ok &&= ratio <= TARGETS.ratio && row.peakBytes < TARGETS.peakBytes
  console.log(
    `| ${(row.bytes / MB).toFixed(0)} MB: action ≤ ${TARGETS.ratio}× tar -tzf | ${ratio.toFixed(2)}× | ${pass(ratio <= TARGETS.ratio)} |`
  )
  console.log(
    `| ${(row.bytes / MB).toFixed(0)} MB: peak RSS < 150 MB | ${(row.peakBytes / MB).toFixed(1)} MB | ${pass(row.peakBytes < TARGETS.peakBytes)} |`
  )
}
console.log(`| verify bench: every target met | | ${pass(ok)} |`)
console.log(`\nLoad average: ${LOAD_AT_START} at the start, ${loadAverage()} at the end`)
if (!existsSync('/usr/bin/time')) console.log('(peak RSS needs GNU time at /usr/bin/time)')
process.exitCode = ok ? 0 : 1
