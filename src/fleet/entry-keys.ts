// The keys of a portals file's entry: its name, the check inputs by their input names (from
// inputs/names.ts, so a new input is a key here too), and the secrets by reference only. What
// is refused is said with why and what to write instead.
import {closestMatch} from 'leven'
import {CLI_INPUT_NAMES, INPUT_NAMES, type InputName} from '../inputs/names.js'

/** An input that is a secret: given in the file only as a variable or a file that holds it. */
export const SECRET_INPUTS = ['token', 'ping-url'] as const
export type SecretInput = (typeof SECRET_INPUTS)[number]

/** The two keys that refer to a secret: `token-env` and `token-file`. */
export function referenceKeys(input: SecretInput): {env: string; file: string} {
  return {env: `${input}-env`, file: `${input}-file`}
}

/** The inputs an entry (or `defaults`) may set by their own name. */
export const OPTION_KEYS: readonly InputName[] = CLI_INPUT_NAMES.filter(
  name => !(SECRET_INPUTS as readonly string[]).includes(name)
)

const REFERENCE_KEYS = SECRET_INPUTS.flatMap(input => Object.values(referenceKeys(input)))
const KNOWN = new Set<string>(['name', ...OPTION_KEYS, ...REFERENCE_KEYS])

/**
 * Why `key` cannot be in an entry (`inDefaults`: in `defaults:`), or null when it can.
 * The words follow the key's name, as in `key "token" …`.
 */
export function refusalOf(key: string, inDefaults: boolean): string | null {
  if ((SECRET_INPUTS as readonly string[]).includes(key)) {
    const {env, file} = referenceKeys(key as SecretInput)
    return `is refused: a portals file gets committed, so a secret is given by reference, "${env}: VARIABLE" or "${file}: PATH" (the value is not shown: it is a secret).`
  }
  if (key === 'name' && inDefaults) return 'is refused in defaults: each portal has its own name.'
  if (KNOWN.has(key)) return null
  if ((INPUT_NAMES as readonly string[]).includes(key)) {
    return 'applies to the whole run, not to one portal: set it on the step (the Action\'s "with:") instead.'
  }
  const meant = closestMatch(key.toLowerCase(), [...KNOWN], {maxDistance: 2})
  const hint = meant === undefined ? '' : ` (did you mean "${meant}"?)`
  return `is not a known key${hint}: expected name, portal, token-env or token-file, ping-url-env or ping-url-file, or a check input such as max-age.`
}
