// The CLI's commands, in one place: which word selects each, the options it takes, its help, and
// how it runs. The check is the default; `--serve` selects the demo portal server, as it always
// has. A new command is a row here.
import {closestMatch} from 'leven'
import {InputError} from '../core/errors.js'
import {checkCommand} from './check-command.js'
import type {CliArguments} from './args.js'
import {CHECK_INPUT_OPTIONS, COMMON_OPTIONS, FLEET_OPTIONS} from './options.js'
import type {RunContext} from './run-context.js'
import {DEMO_USAGE, EXPORTER_USAGE, USAGE, VERIFY_FILE_USAGE} from './usage.js'

export interface Command {
  name: string
  /** The options it takes, besides --help and --version. */
  options: readonly string[]
  /** How many PATH arguments it takes. */
  paths: 0 | 1
  usage: string
  /** Said when an option it does not take is given. */
  notFor: string
  run(args: CliArguments, context: RunContext): Promise<number>
}

/** The demo's portals are its own: these would be ignored, so they are refused. */
const NOT_FOR_THE_DEMO = ['portal', 'token', 'ping-url']
const SERVE_OPTIONS = ['serve', 'port', 'scenario', 'latency', 'records', 'archive']

const check: Command = {
  name: 'check',
  options: [...CHECK_INPUT_OPTIONS, 'token-file', 'format', 'textfile', ...FLEET_OPTIONS],
  paths: 0,
  usage: USAGE,
  notFor: 'the check',
  // The plain run: in the entry chunk, as before; the other commands load only when asked for,
  // and so does the fleet (the portals file's YAML parser with it).
  run: async (args, context) =>
    args.values.has('config')
      ? (await import('./fleet-command.js')).fleetCommand(args, context)
      : checkCommand(args, context)
}

const demo: Command = {
  name: 'demo',
  options: [
    ...CHECK_INPUT_OPTIONS.filter(name => !NOT_FOR_THE_DEMO.includes(name)),
    'format',
    'textfile'
  ],
  paths: 0,
  usage: DEMO_USAGE,
  notFor:
    'demo, which checks its own two portals (to check yours: docspace-backup-check --portal URL)',
  run: async (args, context) => (await import('./demo-command.js')).demoCommand(args, context)
}

const verifyFile: Command = {
  name: 'verify-file',
  options: ['format', 'verify-timeout'],
  paths: 1,
  usage: VERIFY_FILE_USAGE,
  notFor: 'verify-file, which checks an archive on disk',
  run: async args => (await import('./verify-file.js')).verifyFileCommand(args)
}

const serve: Command = {
  name: 'serve',
  options: SERVE_OPTIONS,
  paths: 0,
  usage: USAGE,
  notFor: '--serve, which only runs a demo portal',
  run: async args => (await import('./serve.js')).serve(args)
}

const exporter: Command = {
  name: 'exporter',
  options: ['config', 'only', 'shard', 'listen', 'interval', 'verify-interval', 'concurrency'],
  paths: 0,
  usage: EXPORTER_USAGE,
  notFor: 'exporter, whose portals and their options are in the --config file',
  run: async (args, context) =>
    (await import('./exporter-command.js')).exporterCommand(args, context)
}

/** The words that select a command (`check` is also the default). */
const BY_WORD: Record<string, Command> = {check, demo, 'verify-file': verifyFile, exporter}

/** The command the arguments ask for, and the arguments left for it. */
export function commandOf(argv: readonly string[]): {
  command: Command
  rest: string[]
  /** The place of `rest[0]` among all the arguments. */
  firstPosition: number
} {
  const [first = '', ...rest] = argv
  const named = Object.hasOwn(BY_WORD, first) ? BY_WORD[first] : undefined
  if (named) return {command: named, rest, firstPosition: 2}
  const serves = argv.some(arg => arg === '--serve' || arg.startsWith('--serve='))
  return {command: serves ? serve : check, rest: [...argv], firstPosition: 1}
}

/** Refuses what the command does not take: another command's options, or stray words. */
export function checkApplies(command: Command, args: CliArguments): void {
  for (const name of args.values.keys()) {
    if (COMMON_OPTIONS.includes(name) || command.options.includes(name)) continue
    const hint = SERVE_OPTIONS.includes(name) && command !== serve ? ' (only with --serve)' : ''
    throw new InputError(name, `Option "--${name}" does not apply to ${command.notFor}${hint}.`)
  }
  const stray = args.positionals.slice(command.paths)[0]
  if (command.paths === 1 && args.positionals.length === 0) {
    throw new InputError('path', `${command.name} needs a PATH, the archive to check (see --help).`)
  }
  if (stray === undefined) return
  const meant =
    stray.position === 1 && !stray.text.startsWith('-')
      ? closestMatch(stray.text.toLowerCase(), Object.keys(BY_WORD), {maxDistance: 2})
      : undefined
  if (meant !== undefined) {
    throw new InputError('arguments', `unknown command ${stray.text} (did you mean ${meant}?).`)
  }
  // Not quoted: a stray argument is often a token that lost its --token.
  const what =
    command.paths === 1 ? `${command.name} takes one PATH` : 'options look like --portal URL'
  throw new InputError(
    'arguments',
    `Unexpected argument at position ${stray.position}: ${what} (see --help).`
  )
}
