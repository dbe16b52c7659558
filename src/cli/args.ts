// Command-line arguments as option text: `--max-age 36h`, `--max-age=36h`, `--dump` (true),
// `--no-require-schedule` (false), `-h`, and the arguments that are not options (verify-file's
// PATH; everything after `--`). Which options a command takes is the command's business.
// util.parseArgs is not used: on Node 20 it has no `--no-` options, it refuses `--dump=false`,
// and it keeps the last of a repeated option without a word.
import {InputError} from '../core/errors.js'
import {optionByShort, optionNamed, type CliOption} from './options.js'
import {suggestOptions} from './suggest.js'

export interface Positional {
  text: string
  /** Its place among the arguments, from 1. */
  position: number
}

export interface CliArguments {
  /** Raw text per option name (a flag: `true` or `false`). */
  values: Map<string, string>
  positionals: Positional[]
}

const BOOLEAN_WORDS = /^(true|false)$/i

/** `firstPosition`: the place of `argv[0]` among all the arguments (2 after a command word). */
export function parseArguments(argv: readonly string[], firstPosition = 1): CliArguments {
  const values = new Map<string, string>()
  const positionals: Positional[] = []
  const set = (option: CliOption, value: string) => {
    if (values.has(option.name)) {
      throw new InputError(
        option.name,
        `Option "--${option.name}" is given more than once: give it once.`
      )
    }
    values.set(option.name, value)
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      argv
        .slice(i + 1)
        .forEach((text, j) => positionals.push({text, position: firstPosition + i + 1 + j}))
      break
    }
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=')
      const written = equals === -1 ? arg.slice(2) : arg.slice(2, equals)
      const inline = equals === -1 ? undefined : arg.slice(equals + 1)
      const {option, negated} = longOption(written)
      if (negated) {
        if (inline !== undefined)
          throw new InputError(option.name, `Option "--no-${option.name}" takes no value.`)
        set(option, 'false')
      } else if (inline !== undefined) {
        set(option, inline)
      } else if (option.kind === 'flag') {
        // `--dump` alone is true; `--dump false` also reads as the input would.
        const next = argv[i + 1]
        set(option, next !== undefined && BOOLEAN_WORDS.test(next) ? argv[++i]! : 'true')
      } else {
        const next = argv[i + 1]
        // `--portal --token x`: the value was forgotten, `--token` is not a portal.
        if (next === undefined || next.startsWith('--'))
          throw new InputError(option.name, `Option "--${option.name}" needs a value.`)
        set(option, argv[++i]!)
      }
    } else if (arg.length > 1 && arg.startsWith('-')) {
      const option = arg.length === 2 ? optionByShort(arg.slice(1)) : undefined
      if (!option) throw unknownOption(arg)
      set(option, 'true')
    } else {
      positionals.push({text: arg, position: firstPosition + i})
    }
  }
  return {values, positionals}
}

/** `--dump`, or `--no-dump` for a flag; anything else is an unknown option. */
function longOption(written: string): {option: CliOption; negated: boolean} {
  const option = optionNamed(written)
  if (option) return {option, negated: false}
  const base = written.startsWith('no-') ? optionNamed(written.slice(3)) : undefined
  if (base?.kind === 'flag') return {option: base, negated: true}
  if (base) {
    throw new InputError(
      base.name,
      `Option "--${written}" does not exist: "--${base.name}" is not a true/false option.`
    )
  }
  throw unknownOption(`--${written}`)
}

function unknownOption(written: string): InputError {
  // Bounded: what was written is quoted, and it may be anything.
  const shown = written.length > 60 ? `${written.slice(0, 60)}…` : written
  const suggestions = suggestOptions(written)
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(' or ')}?)` : ''
  return new InputError('arguments', `unknown option ${shown}${hint}; see --help.`)
}
