import type {ErrorCode} from './codes.js'
import {oneLine} from './one-line.js'

/** An input with a value the action cannot use. Always fails the step, before any request. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
    /**
     * What is wrong, after the input's name (`has an invalid value "3 days": expected …`), when
     * the message starts with `Input "<input>"`: the CLI names its option or variable instead.
     */
    readonly detail?: string
  ) {
    super(message)
    this.name = 'InputError'
  }
}

/** `Input "<input>" <detail>`: the Action's words; the CLI puts its option's name before `detail`. */
export function inputError(input: string, detail: string): InputError {
  return new InputError(input, `Input "${input}" ${detail}`, detail)
}

/**
 * Builds the contract's message: `Input "max-age" has an invalid value "3 days": expected …`.
 * Pass `quoted: false` for values that must not be echoed (secrets, URLs with a password).
 */
export function invalidInput(
  input: string,
  value: string,
  expected: string,
  quoted = true
): InputError {
  const shown = quoted ? ` ${quoteValue(value)}` : ''
  return inputError(input, `has an invalid value${shown}: expected ${expected}.`)
}

/** The most of a value an error quotes: a refusal stays readable whatever was pasted. */
export const MAX_QUOTED_CHARACTERS = 100

/**
 * A value as an error quotes it: on one line, and when long, its first 100 characters then its
 * length (`"https://aaaa…" (120,000 characters)`).
 */
export function quoteValue(value: string): string {
  const line = oneLine(value)
  if (line.length <= MAX_QUOTED_CHARACTERS) return `"${line}"`
  let prefix = line.slice(0, MAX_QUOTED_CHARACTERS)
  // Never half of a character outside the Basic Multilingual Plane.
  if (/[\ud800-\udbff]$/.test(prefix)) prefix = prefix.slice(0, -1)
  return `"${prefix}…" (${value.length.toLocaleString('en-US')} characters)`
}

/** The verdict could not be reached: one contract error code and one sentence for people. */
export class NoVerdictError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The HTTP status behind the error, when there is one. */
    readonly httpStatus?: number
  ) {
    super(message)
    this.name = 'NoVerdictError'
  }
}

/** The message of anything thrown, whatever it is. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
