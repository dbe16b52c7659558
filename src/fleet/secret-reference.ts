// A secret of a portals file's entry, by reference: `token-env: VARIABLE` (a secret of the step's
// `env:`, or of the cron job's environment) or `token-file: PATH` (relative to the portals
// file's folder). What a reference resolves to is never quoted; only the reference is.
import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import path from 'node:path'
import {messageOf, quoteValue} from '../core/errors.js'
import type {Environment} from '../inputs/proxy-env.js'

/** Far more than any token or URL: a larger file was not meant. */
const MAX_BYTES = 64 * 1024
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** A reference longer than this, with no folder in it, is not quoted: it may be a secret. */
const MAX_SHOWN = 64

export interface SecretReference {
  kind: 'env' | 'file'
  /** The variable's name, or the path as written. */
  target: string
}

/** Why a reference cannot be followed, in words that follow `key "token-env"`. */
export class UnresolvedReference extends Error {}

/** The secret's text, or a UnresolvedReference saying why not (never what was read). */
export function resolveReference(
  reference: SecretReference,
  env: Environment,
  folder: string
): string {
  if (reference.kind === 'env') {
    // Not a name, or a long one: perhaps the secret itself, pasted where its name goes.
    if (!VARIABLE_NAME.test(reference.target) || reference.target.length > MAX_SHOWN) {
      throw new UnresolvedReference(
        `has an invalid value (not shown: it may be the secret itself): expected the name of an environment variable of at most ${MAX_SHOWN} characters, such as DOCSPACE_TOKEN_EU.`
      )
    }
    const value = env[reference.target] ?? ''
    if (value.trim() === '') {
      throw new UnresolvedReference(
        `names the variable ${reference.target}, which is not set or empty (in Actions: give it in the step's "env:" from a secret).`
      )
    }
    return value
  }
  return readSecretFile(path.resolve(folder, reference.target), reference.target)
}

function readSecretFile(file: string, written: string): string {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    throw unreadable(written, error)
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory())
      throw new UnresolvedReference(`names a folder, ${shown(written)}: expected a file.`)
    if (stat.size > MAX_BYTES) {
      throw new UnresolvedReference(
        `names a file over 64 KiB, ${shown(written)}: expected one secret (the content is not shown).`
      )
    }
    const buffer = Buffer.alloc(MAX_BYTES + 1)
    const length = readSync(fd, buffer, 0, buffer.length, 0)
    const text = buffer
      .subarray(0, length)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
    const secret = text.replace(/\r?\n$/, '')
    if (secret.trim() === '')
      throw new UnresolvedReference(`names an empty file, ${shown(written)}.`)
    return secret
  } catch (error) {
    if (error instanceof UnresolvedReference) throw error
    throw unreadable(written, error)
  } finally {
    closeSync(fd)
  }
}

/** A path as written, unless it looks like a secret pasted in its place (long, no folder). */
function shown(written: string): string {
  return written.length > MAX_SHOWN && !/[/\\.]/.test(written)
    ? '(not shown: it may be the secret itself)'
    : quoteValue(written)
}

function unreadable(written: string, error: unknown): UnresolvedReference {
  const code = (error as {code?: unknown} | null)?.code
  const reason = typeof code === 'string' ? code : messageOf(error)
  return new UnresolvedReference(`names a file that cannot be read, ${shown(written)} (${reason}).`)
}
