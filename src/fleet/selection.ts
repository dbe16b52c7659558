// Which portals of the file this run checks: `only` (names) and `shard` (`I/N`). A shard is
// chosen by a hash of the name, so N matrix jobs or N cron hosts given the same file check every
// portal once, none twice, and a portal added or removed moves no other between shards.
import {closestMatch} from 'leven'
import {inputError, invalidInput, quoteValue} from '../core/errors.js'
import type {FleetPortal} from './portals-file.js'

export interface Shard {
  /** From 1 to `count`. */
  index: number
  count: number
}

/** The most shards: far past any matrix (GitHub's has at most 256 jobs). */
const MAX_SHARDS = 1000

/** `I/N`, 1 ≤ I ≤ N; `''`: the whole file. `input`: how the refusal names it. */
export function parseShard(text: string, input = 'shard'): Shard | null {
  const value = text.trim()
  if (value === '') return null
  const match = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw invalidInput(
      input,
      value,
      `I/N, the shard I of N from 1/N to N/N, such as 2/3 (N at most ${MAX_SHARDS})`
    )
  }
  return {index, count}
}

/** `a,b , c` → the names; `''`: every portal. */
export function parseOnly(text: string): string[] | null {
  const names = text
    .split(',')
    .map(name => name.trim())
    .filter(name => name !== '')
  return names.length === 0 ? null : names
}

/** The shard (from 1) a name falls in: FNV-1a of its UTF-8 bytes, modulo the count. */
export function shardOf(name: string, count: number): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(name, 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % count) + 1
}

/** The portals of `only` (every name must be in the file), then of the shard, in file order. */
export function selectPortals(
  portals: readonly FleetPortal[],
  selection: {only: string[] | null; shard: Shard | null}
): FleetPortal[] {
  let chosen = [...portals]
  if (selection.only) {
    const known = new Set(portals.map(portal => portal.name))
    const unknown = selection.only.find(name => !known.has(name))
    if (unknown !== undefined) {
      const meant = closestMatch(unknown, [...known], {maxDistance: 2})
      const hint = meant === undefined ? '' : ` (did you mean "${meant}"?)`
      throw inputError(
        'only',
        `names a portal that is not in the portals file: ${quoteValue(unknown)}${hint}.`
      )
    }
    const wanted = new Set(selection.only)
    chosen = chosen.filter(portal => wanted.has(portal.name))
  }
  const {shard} = selection
  if (shard) chosen = chosen.filter(portal => shardOf(portal.name, shard.count) === shard.index)
  return chosen
}
