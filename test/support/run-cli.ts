// Runs the bundled CLI (dist/cli/index.js) as cron, GitLab CI or Jenkins would: a child process
// on Node 24 with only PATH and the given environment, and standard input closed unless given.
import {execFile} from 'node:child_process'
import path from 'node:path'
import {node24, ROOT} from './run-dist.js'

export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export function runCli(
  args: string[],
  env: Record<string, string> = {},
  {input = ''}: {input?: string} = {}
): Promise<CliRun> {
  return new Promise(resolve => {
    const options = {env: {PATH: process.env.PATH ?? '', ...env}, timeout: 30_000}
    const child = execFile(node24(), [CLI, ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({code, stdout, stderr})
    })
    child.stdin?.end(input)
  })
}
