// One entry of the portals file → the same Inputs as a single check, through the inputs' own
// parser: `defaults:` first, then the entry's keys, then the secrets their references name. A
// refusal says which key, where it was written (the entry, or `defaults`) and the input's words.
import {proxyFor} from '../docspace/proxy.js'
import {InputError} from '../core/errors.js'
import {parseInputs, type Inputs} from '../inputs/index.js'
import type {InputName} from '../inputs/names.js'
import type {Environment} from '../inputs/proxy-env.js'
import {referenceKeys, SECRET_INPUTS, type SecretInput} from './entry-keys.js'
import {resolveReference, UnresolvedReference} from './secret-reference.js'
import type {YamlPath} from './yaml-lines.js'

/** A value as the file gives it, and where: its path is its line and whether it is a default. */
export interface Given {
  value: unknown
  path: YamlPath
}

/** A refusal of one key (`''`: of the entry as a whole); the file's reader says where. */
export class EntryProblem extends Error {
  constructor(
    readonly path: YamlPath,
    readonly key: string,
    readonly words: string
  ) {
    super(words)
  }
}

export interface EntryContext {
  env: Environment
  /** The portals file's folder: a `token-file` is relative to it. */
  folder: string
}

/** `given`: the entry's keys over the defaults' (`name` is the entry's own). */
export function entryInputs(given: Map<string, Given>, context: EntryContext): Inputs {
  const secrets = new Map<SecretInput, {text: string; given: Given; key: string}>()
  for (const input of SECRET_INPUTS) {
    const reference = referenceOf(given, input)
    if (!reference) continue
    const {key, value} = reference
    const target = textOf(key, value)
    try {
      const kind = key.endsWith('-env') ? 'env' : 'file'
      const text = resolveReference({kind, target}, context.env, context.folder)
      secrets.set(input, {text, given: value, key})
    } catch (error) {
      if (error instanceof UnresolvedReference)
        throw new EntryProblem(value.path, key, error.message)
      throw error
    }
  }
  if (!secrets.has('token')) {
    const at = given.get('name') ?? given.get('portal')
    throw new EntryProblem(
      at?.path ?? [],
      'token-env',
      'is missing: give the token by reference, "token-env: VARIABLE" or "token-file: PATH".'
    )
  }
  const read = (name: InputName): string => {
    const secret = secrets.get(name as SecretInput)
    if (secret) return secret.text
    const value = given.get(name)
    return value === undefined ? '' : textOf(name, value)
  }
  try {
    const inputs = parseInputs(read, context.env)
    // A proxy variable the check would go through must be usable: also refused before any request.
    proxyFor(new URL(inputs.portal.base), inputs.proxyVariables)
    if (inputs.ping) proxyFor(new URL(inputs.ping.url), inputs.proxyVariables)
    return inputs
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const secret = secrets.get(error.input as SecretInput)
    // Not a key of the file: a proxy variable of the environment, named by its own message.
    const key = secret?.key ?? (error.detail === undefined ? '' : error.input)
    const at = secret?.given ?? given.get(error.input) ?? given.get('portal')
    throw new EntryProblem(at?.path ?? [], key, error.detail ?? error.message)
  }
}

/** The key that refers to `input`'s secret: the entry's, else the defaults'; both kinds refused. */
function referenceOf(given: Map<string, Given>, input: SecretInput) {
  const {env, file} = referenceKeys(input)
  const byEnv = given.get(env)
  const byFile = given.get(file)
  if (byEnv && byFile) {
    const [first, second] = [byEnv, byFile].sort((a, b) => a.path.length - b.path.length)
    // One from the defaults and one from the entry: the entry's wins.
    if (first.path[0] === 'defaults' && second.path[0] !== 'defaults') {
      return second === byEnv ? {key: env, value: byEnv} : {key: file, value: byFile}
    }
    throw new EntryProblem(
      byFile.path,
      file,
      `cannot be combined with "${env}": give the ${input} one way.`
    )
  }
  if (byEnv) return {key: env, value: byEnv}
  if (byFile) return {key: file, value: byFile}
  return undefined
}

/**
 * A value as the inputs read it: YAML's numbers and booleans as written (`min-count: 2`,
 * `dump: true`); `storage-params` may be a mapping. A list or another mapping is refused.
 */
function textOf(key: string, {value, path}: Given): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (key === 'storage-params' && typeof value === 'object' && !Array.isArray(value)) {
    // One level of single values, as the input takes: a nested or self-referring mapping
    // (YAML's aliases) is refused here, before it could be written out at any size.
    const values = Object.values(value as object) as unknown[]
    if (values.every(one => one === null || ['string', 'number', 'boolean'].includes(typeof one)))
      return JSON.stringify(value)
    throw new EntryProblem(path, key, 'has an invalid value: expected a mapping of single values.')
  }
  throw new EntryProblem(
    path,
    key,
    'has an invalid value: expected one value, not a list or a mapping.'
  )
}
