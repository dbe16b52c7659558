// .ci/run, the CI entry point, run for real with a stand-in `npm` on the PATH: it type-checks,
// runs the tests, and ends with the plain "N passed, M failed" line, a failed type-check
// counting as a failure.
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const folders: string[] = []
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, {recursive: true, force: true})
})

interface CiRun {
  code: number | null
  lastLine: string
  npmCalls: string[]
}

/** Runs a copy of .ci/run in a scratch checkout where `npm run build` exits `typecheck` and
 * `npm test` writes a vitest JSON report of 5 passed tests (and `failedTests` failed ones). */
function runCi(typecheck: number, failedTests = 0): CiRun {
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
      `  test) mkdir -p test-results && echo '${report}' > test-results/results.json; exit ${failedTests ? 1 : 0} ;;`,
      'esac'
    ].join('\n')
  )
  chmodSync(npm, 0o755)
  const result = spawnSync('bash', [path.join(dir, '.ci/run')], {
    env: {
      ...process.env,
      PATH: `${path.join(dir, 'bin')}:${path.dirname(process.execPath)}:${process.env.PATH}`
    },
    encoding: 'utf8'
  })
  return {
    code: result.status,
    lastLine: result.stdout.trimEnd().split('\n').at(-1) ?? '',
    npmCalls: readFileSync(path.join(dir, 'npm-calls'), 'utf8').trim().split('\n')
  }
}

describe('.ci/run', () => {
  it('type-checks, runs the tests, and counts them', () => {
    const run = runCi(0)
    expect(run.npmCalls).toEqual(['ci --no-audit --no-fund', 'run build', 'test'])
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
