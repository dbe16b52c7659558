// The check's inputs from the command line: each from its option, else its environment variable
// (DOCSPACE_PORTAL, DOCSPACE_TOKEN, DOCSPACE_PING_URL), the token also from --token-file. What
// each came from is kept, so that a refusal names what the user wrote: `--max-age`,
// `DOCSPACE_PORTAL`, the file of `--token-file`, never the Action's `Input "max-age"`.
import {InputError} from '../core/errors.js'
import type {InputReader} from '../inputs/index.js'
import type {InputName} from '../inputs/names.js'
import type {CliArguments} from './args.js'
import {optionNamed, optionWords} from './options.js'
import {readTokenFile} from './token-file.js'

export interface CliInputs {
  read: InputReader
  /** How a message names this input: `Option "--max-age"`, `DOCSPACE_TOKEN`, … */
  subjectOf(name: string): string
  /** The token as given, whatever its source: kept out of every message. */
  secrets: string[]
}

/**
 * A flag beats the environment (`--token` over DOCSPACE_TOKEN, `--portal ""` over
 * DOCSPACE_PORTAL: an empty option is an empty portal). `--token` and `--token-file` together
 * are refused: two ways of giving one secret is a mistake, whichever would win.
 */
export async function cliInputs(args: CliArguments, env: NodeJS.ProcessEnv): Promise<CliInputs> {
  const given = (name: string) => args.values.get(name)
  const tokenFile = given('token-file')
  if (tokenFile !== undefined && given('token') !== undefined) {
    throw new InputError(
      'token-file',
      'Options "--token" and "--token-file" cannot be combined: give the token one way.'
    )
  }
  const fileToken = tokenFile === undefined ? undefined : await readTokenFile(tokenFile)
  const envOf = (name: string) => {
    const variable = optionNamed(name)?.env
    return variable === undefined ? undefined : env[variable]
  }
  const read: InputReader = name =>
    (name === 'token' ? fileToken : undefined) ?? given(name) ?? envOf(name) ?? ''
  const subjectOf = (name: string): string => {
    if (name === 'token' && tokenFile !== undefined) {
      return tokenFile === '-'
        ? 'The token read from standard input (--token-file -)'
        : 'The token read from --token-file'
    }
    if (given(name) !== undefined) return `Option "--${name}"`
    const variable = optionNamed(name)?.env
    if (variable && envOf(name) !== undefined) return variable
    return `Option "${optionWords(name)}"`
  }
  const token = read('token')
  return {read, subjectOf, secrets: [token, token.trim().replace(/^bearer\s+/i, '')]}
}

/** A missing portal or token, said in the CLI's words before anything else is checked. */
export function requireCheckTarget(inputs: CliInputs): void {
  if (inputs.read('portal').trim() === '') {
    throw new InputError(
      'portal',
      'No portal to check: --portal URL or DOCSPACE_PORTAL is required (it is empty or not set). To see the check on two embedded demo portals: docspace-backup-check demo.'
    )
  }
  if (inputs.read('token').trim() === '') {
    const what = inputs.subjectOf('token')
    const empty = what.startsWith('The token') ? `${what} is empty. ` : ''
    throw new InputError(
      'token',
      `${empty}No token: give --token-file FILE (- for standard input), set DOCSPACE_TOKEN, or give --token TOKEN: a DocSpace API key (sk-…).`
    )
  }
}

/** An input's refusal as the CLI says it: the option or variable the value came from. */
export function cliMessage(error: InputError, inputs?: CliInputs): string {
  if (error.detail === undefined) return error.message
  const subject = inputs
    ? inputs.subjectOf(error.input)
    : `Option "${optionWords(error.input as InputName)}"`
  return `${subject} ${error.detail}`
}
