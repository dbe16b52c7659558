// How the tests find their judges (test/support/find-judges.ts) and when a missing one fails the
// run (judge-rules.ts): every executable on the PATH is a candidate, a python3 that lacks the
// module does not hide one that has it, and only CI=true makes a missing judge fail, unless
// .ci/run could not install its package.
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest'
import {allOnPath, pythonWith} from '../support/find-judges.js'
import {inCi, isExcused} from '../support/judge-rules.js'

const dir = mkdtempSync(path.join(tmpdir(), 'dbc-judges-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
afterEach(() => vi.unstubAllEnvs())

/** A folder holding an executable `python3` that imports only `module` (exit 1 otherwise). */
function fakePython(name: string, module: string): string {
  const folder = path.join(dir, name)
  mkdirSync(folder)
  const file = path.join(folder, 'python3')
  writeFileSync(file, `#!/bin/sh\n[ "$2" = "import ${module}" ]\n`)
  chmodSync(file, 0o755)
  return folder
}

describe('finding a judge', () => {
  it('tries each python3 on the PATH, in order, until one imports the module', () => {
    const shim = fakePython('shim', 'something_else')
    const system = fakePython('system', 'prometheus_client')
    vi.stubEnv('PATH', [shim, path.join(dir, 'missing'), system].join(path.delimiter))
    expect(allOnPath('python3')).toEqual([path.join(shim, 'python3'), path.join(system, 'python3')])
    expect(pythonWith('prometheus_client')).toBe(path.join(system, 'python3'))
    expect(pythonWith('absent_module')).toBeNull()
  })

  it('skips files that are not executable', () => {
    const folder = path.join(dir, 'plain')
    mkdirSync(folder)
    writeFileSync(path.join(folder, 'promtool'), '')
    expect(allOnPath('promtool', folder)).toEqual([])
  })
})

describe('a missing judge', () => {
  const promtool = {path: null, problem: 'x', install: 'y', package: 'prometheus'}

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['', false]
  ])('CI=%j: fails the run %s', (ci, fails) => {
    vi.stubEnv('CI', ci)
    expect(inCi()).toBe(fails)
  })

  it('is excused only when .ci/run could not install its package', () => {
    vi.stubEnv('DBC_JUDGES_NOT_INSTALLED', 'prometheus-node-exporter prometheus')
    expect(isExcused(promtool)).toBe(true)
    vi.stubEnv('DBC_JUDGES_NOT_INSTALLED', 'prometheus-node-exporter')
    expect(isExcused(promtool)).toBe(false)
    expect(isExcused({path: null, problem: 'x', install: 'npm'})).toBe(false)
  })
})
