// The issue's inputs: the label that marks the action's issues, and the key that tells one
// check's issue from another's.
import {invalidInput} from '../core/errors.js'

// GitHub's issue filter takes a comma-separated list: a label with a comma would never match.
export function parseIssueLabel(value: string): string {
  if (!value.includes(',') && value.length <= 50) return value
  throw invalidInput(
    'issue-label',
    value,
    'a GitHub label of at most 50 characters, without commas'
  )
}

const MAX_KEY_LENGTH = 100
// Words, not markup: it goes into the issue's title, a comment and a hidden marker, so no `@`
// (a mention), backtick, `<`, `>`, `#` or line break.
const KEY = /^[\p{L}\p{N}][\p{L}\p{N} ._:/()+=-]*$/u

/** `issue-key`: `null` when empty (the check's own identity applies). */
export function parseIssueKey(value: string): string | null {
  const key = value.trim()
  if (key === '') return null
  if (key.length <= MAX_KEY_LENGTH && KEY.test(key)) return key
  throw invalidInput(
    'issue-key',
    key.slice(0, MAX_KEY_LENGTH),
    `a name of at most ${MAX_KEY_LENGTH} characters: letters, digits, spaces and . _ : / ( ) + = -, such as "prod nightly"`
  )
}
