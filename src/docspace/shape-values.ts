// The typed readers behind shapes.ts: one value checked, or a ShapeError that quotes it.
import {nestsDeeperThan} from './json-depth.js'

/** A payload that is not the shape the route promises; the message says where. */
export class ShapeError extends Error {}

export function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>
  throw new ShapeError(`has ${where} as ${kindOf(value)}, not an object`)
}

export function stringAt(value: unknown, where: string): string {
  if (typeof value === 'string') return value
  throw new ShapeError(`has ${where} that is not a string (${shown(value)})`)
}

export function numberAt(value: unknown, where: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  throw new ShapeError(`has ${where} that is not a number (${shown(value)})`)
}

export function integerAt(value: unknown, where: string): number {
  const number = numberAt(value, where)
  if (Number.isInteger(number)) return number
  throw new ShapeError(`has ${where} that is not a whole number (${shown(value)})`)
}

/** A numeric enum value, or its name (case-insensitive). */
export function enumAt(value: unknown, names: readonly string[], where: string): number {
  if (typeof value === 'string') {
    const index = names.findIndex(name => name.toLowerCase() === value.toLowerCase())
    if (index >= 0) return index
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  throw new ShapeError(`has ${where} that is not one of ${names.join(', ')} (${shown(value)})`)
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Deeper values are described, not quoted: a message has no use for them. */
const SHOWN_DEPTH = 20

/** A rendering of a bad value for the message (which redacts, then cuts it). */
export function shown(value: unknown): string {
  if (value === undefined) return 'missing'
  if (nestsDeeperThan(value, SHOWN_DEPTH))
    return `a value nested more than ${SHOWN_DEPTH} levels deep`
  const text = JSON.stringify(value) ?? String(value)
  // Whole: the message is redacted before it is cut to length, so no cut can split a token.
  return text
}
