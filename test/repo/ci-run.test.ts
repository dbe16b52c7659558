// .ci/run, the CI entry point, run for real with stand-ins for `npm`, `apt-get` and `sudo` on
// the PATH: it installs the judges it lacks by package name (or says it could not), type-checks,
// runs the tests, and ends with the plain "N passed, M failed" line, a failed type-check
// counting as a failure.
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {allOnPath} from '../support/find-judges.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const folders: string[] = []
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, {recursive: true, force: true})
})

interface CiRun {
  code: number | null
  stdout: string
  lastLine: string
  npmCalls: string[]
  aptCalls: string[]
}

/** A PATH of only what .ci/run needs besides the judges: no promtool, node_exporter nor python3. */
function bareTools(dir: string): string {
  const tools = path.join(dir, 'tools')
  mkdirSync(tools)
  for (const tool of ['bash', 'dirname', 'rm', 'id', 'env', 'timeout', 'mkdir', 'cat']) {
    const at = allOnPath(tool)[0]
    if (at) symlinkSync(at, path.join(tools, tool))
  }
  symlinkSync(process.execPath, path.join(tools, 'node'))
  return tools
}

/** Runs a copy of .ci/run in a scratch checkout where `npm run build` exits `typecheck` and
 * `npm test` writes a vitest JSON report of 5 passed tests (and `failedTests` failed ones). */
function runCi(
  typecheck: number,
  failedTests = 0,
  judges: 'present' | 'missing' = 'present'
): CiRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'dbc-ci-'))
  folders.push(dir)
  mkdirSync(path.join(dir, '.ci'))
  mkdirSync(path.join(dir, 'bin'))
  copyFileSync(path.join(repoRoot, '.ci/run'), path.join(dir, '.ci/run'))
  const report = JSON.stringify({
    numTotalTestSuites: 1,
    numPassedTests: 5,
    numFailedTests: failedTests,
    success: failedTests === 0
  })
  const npm = path.join(dir, 'bin', 'npm')
  writeFileSync(
    npm,
    [
      '#!/usr/bin/env bash',
      `echo "$*" >> "${path.join(dir, 'npm-calls')}"`,
      'case "$*" in',
      `  "run build") exit ${typecheck} ;;`,
      `  test) echo "judges not installed: $DBC_JUDGES_NOT_INSTALLED" >> "${path.join(dir, 'npm-calls')}"`,
      `    mkdir -p test-results && echo '${report}' > test-results/results.json; exit ${failedTests ? 1 : 0} ;;`,
      'esac'
    ].join('\n')
  )
  // A package mirror that cannot be reached: the lists update, the install fails.
  const aptGet = path.join(dir, 'bin', 'apt-get')
  writeFileSync(
    aptGet,
    `#!/usr/bin/env bash\necho "$*" >> "${path.join(dir, 'apt-calls')}"\n[ "$2" = update ]\n`
  )
  const sudo = path.join(dir, 'bin', 'sudo')
  writeFileSync(sudo, '#!/usr/bin/env bash\nexec "$@"\n')
  for (const file of [npm, aptGet, sudo]) chmodSync(file, 0o755)
  const rest =
    judges === 'present' ? `${path.dirname(process.execPath)}:${process.env.PATH}` : bareTools(dir)
  const env: Record<string, string | undefined> = {
    ...process.env,
    PATH: `${path.join(dir, 'bin')}:${rest}`
  }
  delete env.DBC_JUDGES_NOT_INSTALLED
  const result = spawnSync(allOnPath('bash')[0] ?? 'bash', [path.join(dir, '.ci/run')], {
    env,
    encoding: 'utf8'
  })
  const lines = (file: string) =>
    existsSync(path.join(dir, file))
      ? readFileSync(path.join(dir, file), 'utf8').trim().split('\n')
      : []
  return {
    code: result.status,
    stdout: result.stdout,
    lastLine: result.stdout.trimEnd().split('\n').at(-1) ?? '',
    npmCalls: lines('npm-calls'),
    aptCalls: lines('apt-calls')
  }
}

describe('.ci/run', () => {
  it('type-checks, runs the tests, and counts them', () => {
    const run = runCi(0)
    expect(run.npmCalls.filter(call => !call.startsWith('judges'))).toEqual([
      'ci --no-audit --no-fund',
      'run build',
      'test'
    ])
    expect(run.lastLine).toBe('5 passed, 0 failed')
    expect(run.code).toBe(0)
  })

  it('installs the judges it lacks by package name; without a mirror it says so, and their tests skip', () => {
    const run = runCi(0, 0, 'missing')
    const packages = 'prometheus prometheus-node-exporter python3-prometheus-client systemd'
    expect(run.aptCalls).toEqual([
      '-qq update',
      `-qq install -y --no-install-recommends ${packages}`
    ])
    expect(run.stdout).toContain(`could not install ${packages} (no package mirror?)`)
    expect(run.npmCalls).toContain(`judges not installed: ${packages}`)
    expect(run.lastLine).toBe('5 passed, 0 failed')
    expect(run.code).toBe(0)
  })

  it('counts a failed type-check as a failure, still running the tests', () => {
    const run = runCi(2)
    expect(run.npmCalls).toContain('test')
    expect(run.lastLine).toBe('5 passed, 1 failed')
    expect(run.code).not.toBe(0)
  })

  it('adds failed tests to a failed type-check', () => {
    const run = runCi(1, 3)
    expect(run.lastLine).toBe('5 passed, 4 failed')
    expect(run.code).not.toBe(0)
  })
})

describe('npm scripts', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
  ).scripts

  it('type-checks with tsc --noEmit in "build", and "all" runs it', () => {
    expect(scripts.build).toBe('tsc --noEmit')
    expect(scripts.all.split('&&').map(step => step.trim())).toContain('npm run build')
  })
})
