// One parser per kind of input value. Each throws the contract's InputError naming the input.
import {invalidInput} from '../core/errors.js'
import {parseDurationSeconds} from './duration.js'

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']

/** The YAML 1.2 core-schema booleans that `core.getBooleanInput` accepts, and no others. */
export function parseBoolean(input: string, text: string): boolean {
  const value = text.trim()
  if (TRUE_WORDS.includes(value)) return true
  if (FALSE_WORDS.includes(value)) return false
  throw invalidInput(input, value, 'true or false')
}

/** A whole number in `[min, max]`, written in plain digits. */
export function parseWholeNumber(input: string, text: string, min: number, max: number): number {
  const value = text.trim()
  const number = /^\d{1,15}$/.test(value) ? Number(value) : NaN
  if (number >= min && number <= max) return number
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`
  throw invalidInput(input, value, `a whole number ${range}`)
}

export interface DurationRule {
  /** What a bare number means, in seconds: 3600 when hours, 1 when seconds. */
  bareUnitSeconds: number
  allowZero: boolean
  maxSeconds?: number
  /** Shown after "expected": e.g. `a duration such as 36h, 2d, 90m`. */
  expected: string
}

/** A duration in seconds, within the rule's bounds. */
export function parseDuration(input: string, text: string, rule: DurationRule): number {
  const value = text.trim()
  const seconds = parseDurationSeconds(value, rule.bareUnitSeconds)
  const tooSmall = seconds === undefined || (rule.allowZero ? seconds < 0 : seconds <= 0)
  if (tooSmall || (rule.maxSeconds !== undefined && seconds > rule.maxSeconds)) {
    throw invalidInput(input, value, rule.expected)
  }
  return seconds
}
