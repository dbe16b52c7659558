// Every input, written once: its name, its default, whether it is true/false, and whether the
// CLI takes it. parseInputs, the CLI's options and the tests read this; test/repo/lists.test.ts
// holds action.yml and the README's Inputs table to it. Adding an input is a row here, its
// parsing in index.ts, and its lines in action.yml and the README.

interface InputSpec {
  /** action.yml's default; none: the input is required or has no value unless set. */
  default?: string
  required?: true
  /** `true`/`false` (the CLI takes `--name` and `--no-name`). */
  boolean?: true
  /** An Action-only input: the CLI has no such option. */
  actionOnly?: true
}

export const INPUTS = {
  // Required, unless `config` lists the portals (then refused): parseInputs says so when empty.
  portal: {},
  token: {},
  // A portals file: every portal it lists, in one step (src/fleet/). Also `--config` in the CLI.
  config: {actionOnly: true},
  // `I/N`: the shard of the portals file this step checks (a matrix of N jobs).
  shard: {actionOnly: true},
  dump: {default: 'false', boolean: true},
  'min-count': {default: '1'},
  'max-age': {default: 'auto'},
  grace: {default: '3h'},
  'require-schedule': {default: 'true', boolean: true},
  'fail-on-unhealthy': {default: 'true', boolean: true},
  timeout: {default: '30s'},
  retries: {default: '3'},
  summary: {default: 'true', boolean: true, actionOnly: true},
  'start-backup': {default: 'false', boolean: true},
  // No default: the schedule's storage applies.
  'storage-type': {},
  'storage-params': {},
  'wait-timeout': {default: '30m'},
  verify: {default: 'false', boolean: true},
  // No default: the schedule's folder applies.
  'verify-folder': {},
  'verify-timeout': {default: '30m'},
  issue: {default: 'false', boolean: true, actionOnly: true},
  // The runner fills in the default; parseInputs never sees the expression.
  'github-token': {default: '${{ github.token }}', actionOnly: true},
  'issue-label': {default: 'docspace-backup', actionOnly: true},
  // No default: the portal URL and dump tell the checks' issues apart.
  'issue-key': {actionOnly: true},
  'max-runtime': {default: '6h'},
  // No default: no heartbeat unless set.
  'ping-url': {},
  'ping-provider': {default: 'auto'}
} as const satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS

/** Every input, in action.yml's order. */
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[]

/** The inputs with a default value that parseInputs applies when the input is empty. */
export type DefaultedInput = {
  [Name in InputName]: (typeof INPUTS)[Name] extends {default: string} ? Name : never
}[InputName]

export type BooleanInput = {
  [Name in InputName]: (typeof INPUTS)[Name] extends {boolean: true} ? Name : never
}[InputName]

const spec = (name: InputName): InputSpec => INPUTS[name]

export const BOOLEAN_INPUTS = INPUT_NAMES.filter(name => spec(name).boolean) as BooleanInput[]

/** The inputs the CLI takes as `--name` options. */
export const CLI_INPUT_NAMES = INPUT_NAMES.filter(name => !spec(name).actionOnly)

/** The default of an input (its text as action.yml writes it). */
export function defaultOf(name: DefaultedInput): string {
  return INPUTS[name].default
}
