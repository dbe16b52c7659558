// Every command-line option, once: the check's inputs as src/inputs/names.ts lists them (a
// true/false input is a flag), then the CLI's own. The parser, the commands' lists of what
// applies to them, the suggestions for a mistyped option and the error messages read this.
import {BOOLEAN_INPUTS, CLI_INPUT_NAMES, type InputName} from '../inputs/names.js'

export interface CliOption {
  /** The long name, without `--`. */
  name: string
  /** `flag`: true/false (`--dump`, `--no-dump`, `--dump=false`); `value`: takes one value. */
  kind: 'flag' | 'value'
  /** A one-letter alias (`-h`). */
  short?: string
  /** The check input it gives; none for the CLI's own options. */
  input?: InputName
  /** Read when the option is not given. */
  env?: string
}

/** The inputs that may come from the environment: a token stays out of `ps` that way. */
const ENVIRONMENT: Partial<Record<InputName, string>> = {
  portal: 'DOCSPACE_PORTAL',
  token: 'DOCSPACE_TOKEN',
  'ping-url': 'DOCSPACE_PING_URL'
}

const INPUT_OPTIONS: CliOption[] = CLI_INPUT_NAMES.map(name => ({
  name,
  kind: (BOOLEAN_INPUTS as readonly string[]).includes(name) ? 'flag' : 'value',
  input: name,
  env: ENVIRONMENT[name]
}))

const OWN_OPTIONS: CliOption[] = [
  {name: 'token-file', kind: 'value'},
  {name: 'format', kind: 'value'},
  {name: 'textfile', kind: 'value'},
  {name: 'config', kind: 'value'},
  {name: 'concurrency', kind: 'value'},
  {name: 'only', kind: 'value'},
  {name: 'shard', kind: 'value'},
  {name: 'help', kind: 'flag', short: 'h'},
  {name: 'version', kind: 'flag', short: 'V'},
  {name: 'serve', kind: 'flag'},
  {name: 'port', kind: 'value'},
  {name: 'scenario', kind: 'value'},
  {name: 'latency', kind: 'value'},
  {name: 'records', kind: 'value'},
  {name: 'archive', kind: 'value'},
  {name: 'listen', kind: 'value'},
  {name: 'interval', kind: 'value'},
  {name: 'verify-interval', kind: 'value'}
]

export const OPTIONS: readonly CliOption[] = [...INPUT_OPTIONS, ...OWN_OPTIONS]

const BY_NAME = new Map(OPTIONS.map(option => [option.name, option]))

export function optionNamed(name: string): CliOption | undefined {
  return BY_NAME.get(name)
}

export function optionByShort(letter: string): CliOption | undefined {
  return OPTIONS.find(option => option.short === letter)
}

/** Options every command takes. */
export const COMMON_OPTIONS = ['help', 'version']

/** The check's inputs as options: what the check and the demo share. */
export const CHECK_INPUT_OPTIONS: readonly string[] = INPUT_OPTIONS.map(option => option.name)

/** The fleet's own options: `--config FILE` and what only applies with it. */
export const FLEET_OPTIONS: readonly string[] = ['config', 'concurrency', 'only', 'shard']

/** `--portal` or `DOCSPACE_PORTAL`: how the CLI names an input in its messages. */
export function optionWords(name: string): string {
  const env = optionNamed(name)?.env
  return env ? `--${name} or ${env}` : `--${name}`
}
