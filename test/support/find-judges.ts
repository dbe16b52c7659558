// Where the tools that judge this project (written by others) are on this machine, found the
// standard way: a command on the PATH; a `python3` on the PATH that imports the module (each one
// is tried, so a pyenv shim without the module does not hide the system's); Node 24 as
// script/node24.js finds or fetches it. Run once per test run, by the global set-up.
import {spawnSync} from 'node:child_process'
import {accessSync, constants, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {node24} from '../../script/node24.js'

export const JUDGE_NAMES = [
  'promtool',
  'prometheus',
  'systemd-analyze',
  'node-exporter',
  'python-prometheus-client',
  'node24'
] as const
export type JudgeName = (typeof JUDGE_NAMES)[number]

export interface FoundJudge {
  /** Its path, or `null` when it is missing. */
  path: string | null
  /** Why it is missing. */
  problem?: string
  /** How to get it: the Debian/Ubuntu package (what CI installs), or how it is fetched. */
  install: string
  /** The Debian/Ubuntu package that brings it, when one does. */
  package?: string
}

/** Every executable called `command` on the PATH, in PATH order, each real file once. */
export function allOnPath(command: string, PATH = process.env.PATH ?? ''): string[] {
  const found = new Map<string, string>()
  for (const dir of PATH.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command)
    try {
      accessSync(candidate, constants.X_OK)
      if (!statSync(candidate).isFile()) continue
      const real = realpathSync(candidate)
      if (!found.has(real)) found.set(real, candidate)
    } catch {
      // Not there, or not executable.
    }
  }
  return [...found.values()]
}

/** The first `python3` on the PATH that imports `module`. */
export function pythonWith(module: string): string | null {
  return (
    allOnPath('python3').find(
      python => spawnSync(python, ['-c', `import ${module}`], {stdio: 'ignore'}).status === 0
    ) ?? null
  )
}

function fromPackage(name: string, path: string | null, problem: string): FoundJudge {
  const install = `Debian package ${name}`
  return path ? {path, install, package: name} : {path: null, problem, install, package: name}
}

function command(names: string[], packageName: string): FoundJudge {
  const at = names.flatMap(name => allOnPath(name)).at(0) ?? null
  return fromPackage(packageName, at, `no ${names.join(' or ')} on the PATH`)
}

/** Finds every judge (fetching Node 24 if need be). */
export function findJudges(): Record<JudgeName, FoundJudge> {
  const node = node24()
  return {
    promtool: command(['promtool'], 'prometheus'),
    // The server itself, from the same package: it scrapes the exporter and runs the rules.
    prometheus: command(['prometheus'], 'prometheus'),
    'systemd-analyze': command(['systemd-analyze'], 'systemd'),
    'node-exporter': command(
      ['prometheus-node-exporter', 'node_exporter'],
      'prometheus-node-exporter'
    ),
    'python-prometheus-client': fromPackage(
      'python3-prometheus-client',
      pythonWith('prometheus_client.parser'),
      'no python3 on the PATH imports prometheus_client'
    ),
    node24: node.path
      ? {path: node.path, install: 'npm run by script/node24.js'}
      : {path: null, problem: node.problem, install: 'the npm registry (script/node24.js)'}
  }
}
