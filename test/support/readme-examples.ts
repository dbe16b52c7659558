// The README's examples as a test meets them: its fenced code blocks, and each turned into what
// runs here: the example's placeholders (the portal, the token, the installed paths) replaced by
// the demo portal, its token and a sandbox folder. Written from the README's own conventions, so a
// new example in a known language is picked up without a change here.
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {node24, ROOT} from './run-dist.js'

export interface CodeBlock {
  /** The info string's first word: `sh`, `yaml`, `cron`… */
  lang: string
  text: string
  /** 1-based line of the opening fence. */
  line: number
}

/** Every fenced code block, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)/.exec(lines[i] ?? '')
    if (!open) continue
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'))
    blocks.push({lang: open[1] ?? '', text: lines.slice(i + 1, end).join('\n'), line: i + 1})
    i = end
  }
  return blocks
}

/** The commands the README shows as the project's own dev loop: they build and test this
 * repository (CI runs them), they do not use the tool. */
export const DEV_LOOP = /^npm (?:ci|test|run (?:all|bundle|bench|build|lint|format)(?:\s|$))/

/** A folder standing for the machine the examples run on: `/usr/local/bin`, `/etc`, `/var`. */
export interface Sandbox {
  root: string
  /** The installed CLI: a script that runs dist/cli/index.js on Node 24. */
  cli: string
  /** Writes the demo token where a command's `--token-file ~/…` looks for it. */
  giveTokenFiles(command: string): void
  /** The example's text with its placeholders replaced, for `portal`. */
  localize(text: string, portal: string): string
  remove(): void
}

export const DEMO_TOKEN = `sk-${'a'.repeat(64)}`

export function makeSandbox(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'dbc-readme-'))
  const bin = path.join(root, 'usr/local/bin')
  for (const dir of [bin, 'etc/docspace-backup', 'var/lib/prometheus/node-exporter']) {
    mkdirSync(path.resolve(root, dir), {recursive: true})
  }
  const cli = path.join(bin, 'docspace-backup-check')
  writeFileSync(cli, `#!/bin/sh\nexec '${node24()}' '${ROOT}/dist/cli/index.js' "$@"\n`)
  chmodSync(cli, 0o755)
  // The token files the examples name: under /etc, and in the home folder (`~/…`, HOME is root).
  writeFileSync(path.join(root, 'etc/docspace-backup/token'), `${DEMO_TOKEN}\n`, {mode: 0o600})
  return {
    root,
    cli,
    giveTokenFiles: command => {
      for (const [, file] of command.matchAll(/--token-file[= ]~\/(\S+)/g)) {
        writeFileSync(path.join(root, file!), `${DEMO_TOKEN}\n`, {mode: 0o600})
      }
    },
    localize: (text, portal) =>
      text
        // Not on the registry yet (the README says so): the installed CLI stands for it.
        .replaceAll('npx --yes docspace-backup-check', cli)
        .replace(/https:\/\/portal\.example\.com/g, portal)
        .replaceAll('sk-…', DEMO_TOKEN)
        .replace(
          /(?<![\w.-])\/(usr\/local\/bin|etc\/docspace-backup|var\/lib\/prometheus)\//g,
          `${root}/$1/`
        ),
    remove: () => rmSync(root, {recursive: true, force: true})
  }
}

/** A cron line of /etc/cron.d: five time fields, the user, the command. */
export interface CronJob {
  minute: string
  user: string
  command: string
}

export function cronJobs(text: string): CronJob[] {
  return text
    .split('\n')
    .filter(line => line.trim() !== '' && !line.startsWith('#') && !/^[A-Z_]+=/.test(line))
    .map(line => {
      const fields = line.trim().split(/\s+/)
      return {minute: fields[0] ?? '', user: fields[5] ?? '', command: fields.slice(6).join(' ')}
    })
}

/** Whether a cron minute field (`17`, `7,37`, a step over `*`, `0-10/5`) fires at minute 0. */
export function firesOnTheHour(minute: string): boolean {
  return minute.split(',').some(item => {
    const [range = '', step] = item.split('/')
    if (range === '*') return true
    const start = Number(range.split('-')[0])
    return start === 0 || (step === undefined && Number(range) === 0)
  })
}

/** The tool's names, which a cron line or a wrapper must call by an absolute path. */
export const TOOL_NAMES = ['check_docspace_backup', 'docspace-backup-check']

/** The tool names a command calls through PATH (not preceded by `/`). */
export function calledThroughPath(command: string): string[] {
  return TOOL_NAMES.filter(name => new RegExp(`(?:^|[\\s;|&($'"])${name}(?:\\s|$)`).test(command))
}
