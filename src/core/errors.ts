import type {ErrorCode} from './codes.js'

/** An input with a value the action cannot use. Always fails the step, before any request. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }
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
  const shown = quoted ? ` "${value}"` : ''
  return new InputError(
    input,
    `Input "${input}" has an invalid value${shown}: expected ${expected}.`
  )
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
