// The portals file (`--config FILE`, the Action's `config`): `defaults:` applied to every entry,
// then `portals:`, each a name, a portal, its token by reference and any check input by its
// name. The whole file is validated before any request; a refusal names the entry (its name, or
// its place in the list), the key, and the line.
import {open} from 'node:fs/promises'
import path from 'node:path'
import {InputError, inputError, messageOf, quoteValue} from '../core/errors.js'
import type {Inputs} from '../inputs/index.js'
import type {Environment} from '../inputs/proxy-env.js'
import {refusalOf} from './entry-keys.js'
import {entryInputs, EntryProblem, type Given} from './portal-entry.js'
import {loadWithLines, YamlSyntaxError, type LoadedYaml, type YamlPath} from './yaml-lines.js'

export interface FleetPortal {
  /** The entry's `name`: the label everywhere (metrics, summary, plugin output). */
  name: string
  inputs: Inputs
}

export interface Fleet {
  /** The file as given. */
  file: string
  portals: FleetPortal[]
}

/**
 * A name fit for every place it is shown without escaping: a Prometheus label value, a perfdata
 * label, a markdown table cell, a file name. Letters, digits, `.`, `_`, `-`; 64 at most.
 */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
/** More than one run is meant for: past this, shard the file (README). */
export const MAX_PORTALS = 10_000
const MAX_FILE_BYTES = 16 * 1024 * 1024

/** Reads and validates the whole file; throws the InputError of `config` on the first problem. */
export async function readPortalsFile(file: string, env: Environment): Promise<Fleet> {
  return parsePortals(await readText(file), file, env)
}

/** The file's text, already read: the same checks, the same words. */
export function parsePortals(text: string, file: string, env: Environment): Fleet {
  const refuse = (line: number | undefined, where: string, words: string): InputError =>
    inputError(
      'config',
      `has an error in ${quoteValue(file)}${line === undefined ? '' : ` at line ${line}`}${where}: ${words}`
    )
  let loaded: LoadedYaml
  try {
    loaded = loadWithLines(text)
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error
    throw refuse(error.line, '', `it is not valid YAML (or JSON): ${error.reason}.`)
  }
  const top = loaded.value
  const lineOf = loaded.lineOf
  const problem = (at: YamlPath, key: string, words: string) =>
    refuse(
      lineOf([...at, key]) ?? lineOf(at),
      placeOf(at, top),
      key ? `key "${key}" ${words}` : words
    )
  if (!isMapping(top)) {
    throw refuse(1, '', 'expected a mapping with "portals:" (a list of portals) and "defaults:".')
  }
  for (const key of Object.keys(top)) {
    if (key !== 'defaults' && key !== 'portals') {
      throw problem([], key, 'is not a known key: expected "defaults" and "portals".')
    }
  }
  const defaults = top.defaults ?? {}
  if (!isMapping(defaults)) throw problem([], 'defaults', 'is not a mapping of check inputs.')
  const list = top.portals
  if (!Array.isArray(list) || list.length === 0) {
    throw problem([], 'portals', 'is missing or empty: expected a list of portals.')
  }
  if (list.length > MAX_PORTALS) {
    throw problem(
      [],
      'portals',
      `lists ${list.length} portals, over ${MAX_PORTALS}: shard the file.`
    )
  }
  const defaultValues = givenValues(defaults, ['defaults'], problem)
  const places = new Map<string, number>()
  const folder = path.dirname(path.resolve(file))
  const portals = list.map((entry, index): FleetPortal => {
    const at = ['portals', index]
    if (!isMapping(entry)) throw refuse(lineOf(at), placeOf(at, top), 'expected a mapping.')
    const name = nameOf(entry.name, at, problem)
    const earlier = places.get(name)
    if (earlier !== undefined) {
      throw problem(at, 'name', `repeats the name of portals[${earlier}]: each name is unique.`)
    }
    places.set(name, index)
    const given = new Map([...defaultValues, ...givenValues(entry, at, problem)])
    try {
      return {name, inputs: entryInputs(given, {env, folder})}
    } catch (error) {
      if (!(error instanceof EntryProblem)) throw error
      const from = error.path[0] === 'defaults' ? ['defaults'] : at
      throw problem(from, error.key, error.words)
    }
  })
  return {file, portals}
}

type Problem = (at: YamlPath, key: string, words: string) => InputError

function givenValues(mapping: Record<string, unknown>, at: YamlPath, problem: Problem) {
  return Object.entries(mapping).map(([key, value]): [string, Given] => {
    const refusal = refusalOf(key, at[0] === 'defaults')
    if (refusal) throw problem(at, key, refusal)
    return [key, {value, path: [...at, key]}]
  })
}

function nameOf(value: unknown, at: YamlPath, problem: Problem): string {
  if (value === undefined || value === null || value === '') {
    throw problem(at, 'name', 'is missing: each portal has a name, its label everywhere.')
  }
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !NAME_PATTERN.test(text)) {
    const shown = typeof text === 'string' ? ` ${quoteValue(text)}` : ''
    throw problem(
      at,
      'name',
      `has an invalid value${shown}: expected letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64.`
    )
  }
  return text
}

/** `, portal "eu-1" (portals[3])`, `, defaults`, or nothing at the top. */
function placeOf(at: YamlPath, top: unknown): string {
  if (at[0] === 'defaults') return ', in defaults'
  if (at[0] !== 'portals' || typeof at[1] !== 'number') return ''
  const entry = isMapping(top) && Array.isArray(top.portals) ? top.portals[at[1]] : undefined
  const name = isMapping(entry) && typeof entry.name === 'string' ? entry.name : undefined
  const shown = name !== undefined && NAME_PATTERN.test(name) ? `portal "${name}" ` : ''
  return `, ${shown}(portals[${at[1]}])`
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function readText(file: string): Promise<string> {
  let handle
  try {
    handle = await open(file, 'r')
    const stat = await handle.stat()
    if (stat.isDirectory()) throw Object.assign(new Error('a folder'), {code: 'EISDIR'})
    if (stat.size > MAX_FILE_BYTES) {
      throw inputError('config', `names a file over 16 MiB, ${quoteValue(file)}: shard it.`)
    }
    return (await handle.readFile('utf8')).replace(/^\uFEFF/, '')
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as {code?: unknown}).code
    const reason = typeof code === 'string' ? code : messageOf(error)
    throw inputError('config', `names a file that cannot be read: ${quoteValue(file)} (${reason}).`)
  } finally {
    await handle?.close()
  }
}
