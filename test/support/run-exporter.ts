// The bundled CLI's exporter (dist/cli/index.js exporter …) as a service manager runs it: a
// child process on Node 24 with only PATH and the given environment. Its first stdout line names
// its URL (`--listen 127.0.0.1:0` picks a free port); the test signals it and reads its exit.
import {spawn, type ChildProcess} from 'node:child_process'
import {CLI} from './run-cli.js'
import {node24} from './run-dist.js'

export interface RunningExporter {
  /** `http://127.0.0.1:PORT`. */
  url: string
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** The exit code (`null` when killed by a signal), once it has exited. */
  exited: Promise<number | null>
  /** Sends `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
  /** Resolves when stderr holds `text`. */
  logged(text: string): Promise<void>
}

const running = new Set<ChildProcess>()

/** Kills what a failed test left running. */
export function killExporters(): void {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
}

export async function startExporterCli(
  args: string[],
  env: Record<string, string> = {}
): Promise<RunningExporter> {
  const child = spawn(node24(), [CLI, 'exporter', ...args], {
    env: {PATH: process.env.PATH ?? '', ...env},
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  const waiters: {text: string; resolve: () => void}[] = []
  const exited = new Promise<number | null>(resolve =>
    child.once('exit', code => {
      running.delete(child)
      resolve(code)
    })
  )
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    for (const waiter of waiters.filter(w => stderr.includes(w.text))) waiter.resolve()
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = /http:\/\/[^\s/]+/.exec(stdout)
      if (found) resolve(found[0])
    })
    void exited.then(code => reject(new Error(`exporter exited ${code}: ${stderr}`)))
  })
  return {
    url,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    stop: signal => {
      child.kill(signal ?? 'SIGTERM')
      return exited
    },
    logged: text =>
      new Promise(resolve => {
        if (stderr.includes(text)) return resolve()
        waiters.push({text, resolve})
      })
  }
}
