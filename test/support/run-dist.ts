// Runs the bundled Action (dist/index.js) the way the runner does: a child process on Node 24,
// inputs as INPUT_<NAME> variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files in a fresh temp
// folder, RUNNER_TEMP, and nothing inherited from the GitHub Actions environment of the caller.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {judge} from './judges.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST_ENTRY = path.join(ROOT, 'dist', 'index.js')

/** The Node the Action declares (`runs.using: node24`): this one, or one fetched into a cache
 * (script/node24.js). Without it the test is skipped, or fails in CI. */
export function node24(): string {
  return judge('node24')
}

export interface DistRun {
  /** Exit code; `null` when killed. */
  code: number | null
  stdout: string
  stderr: string
  /** The step outputs, as the runner reads them from GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** The job summary file's text (`''` when nothing was written). */
  summary: string
  /** RUNNER_TEMP of this run. */
  runnerTemp: string
  /** The stdout lines that are workflow commands (`::name …::`). */
  commands: WorkflowCommand[]
}

export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  /** Unescaped message. */
  message: string
  line: string
}

export interface RunOptions {
  /** Extra environment (e.g. GITHUB_API_URL, GITHUB_REPOSITORY). */
  env?: Record<string, string>
  /** Give every input not in `inputs` its `action.yml` default, as the runner does. Default true. */
  defaults?: boolean
  /** Kill the run after this long. Default 15 s. */
  timeoutMs?: number
  /** A command the run is started through (`unshare …`): Node and the entry are its last arguments. */
  through?: string[]
}

/** Temp folders to remove after the test file; `cleanupRuns` does it. */
const folders: string[] = []

export async function cleanupRuns(): Promise<void> {
  await Promise.all(folders.splice(0).map(dir => rm(dir, {recursive: true, force: true})))
}

/** `INPUT_<NAME>`: upper case, spaces become `_`, hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Runs dist/index.js with these inputs and returns what the runner would see. */
export async function runDist(
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<DistRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dbc-run-'))
  folders.push(dir)
  const outputFile = path.join(dir, 'github_output')
  const summaryFile = path.join(dir, 'step_summary')
  const runnerTemp = path.join(dir, 'runner_temp')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/i.test(name)) continue
    env[name] = value
  }
  const given = {...(options.defaults === false ? {} : actionDefaults()), ...inputs}
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env
  })

  const {code, stdout, stderr} = await spawnNode(
    [...(options.through ?? []), node24(), DIST_ENTRY],
    env,
    dir,
    options.timeoutMs ?? 15_000
  )
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
    commands: parseCommands(stdout)
  }
}

function spawnNode(
  command: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number
): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const [program = process.execPath, ...args] = command
    const child = spawn(program, args, {env, cwd, stdio: ['ignore', 'pipe', 'pipe']})
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
  })
}

/**
 * The GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER\n` (what @actions/core writes), or
 * the one-line `name=value`.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const equals = line.indexOf('=')
    if (equals < 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`)
    outputs[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return outputs
}

/** `::name key=value,key=value::message`, unescaped as the runner reads it. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const [, name, props = '', data = ''] = match as unknown as [string, string, string, string]
    const properties: Record<string, string> = {}
    for (const pair of props.split(',').filter(Boolean)) {
      const equals = pair.indexOf('=')
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true)
    }
    commands.push({name, properties, message: unescape(data, false), line})
  }
  return commands
}

function unescape(text: string, property: boolean): string {
  let value = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) value = value.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return value.replace(/%25/g, '%')
}

let defaultsCache: Record<string, string> | undefined

/**
 * The `default:` of every input in action.yml, as the runner passes them. Expressions such as
 * `${{ github.token }}` are the runner's to evaluate: those inputs are left unset.
 */
export function actionDefaults(): Record<string, string> {
  if (defaultsCache) return defaultsCache
  const yaml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const section = /^inputs:\n([\s\S]*?)^\S/m.exec(yaml)?.[1] ?? ''
  const defaults: Record<string, string> = {}
  let current = ''
  for (const line of section.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (name) current = name[1] as string
    const value = /^ {4}default:\s*(?:'([^']*)'|"([^"]*)"|(\S.*))\s*$/.exec(line)
    if (value && current) {
      const text = value[1] ?? value[2] ?? value[3] ?? ''
      if (!text.includes('${{')) defaults[current] = text
    }
  }
  defaultsCache = defaults
  return defaults
}

/** The output names action.yml declares. */
export function actionOutputs(): string[] {
  const yaml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const section = /^outputs:\n([\s\S]*?)^\S/m.exec(yaml)?.[1] ?? ''
  return [...section.matchAll(/^ {2}([a-z0-9-]+):\s*$/gm)].map(match => match[1] as string)
}
