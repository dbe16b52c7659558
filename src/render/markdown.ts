// Small markdown helpers. Every portal-supplied string goes through `text`: escaped
// HTML, escaped markdown, one line. The summary is HTML-rendered markdown, so `<`, `&`, `|`,
// backticks and brackets must not reach it raw.

import {oneLine} from '../core/one-line.js'

// Brackets are escaped, so no link or image can form; `@` and `#` are entities so that a portal
// string cannot mention anyone, or reference an issue, in an issue.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g

/** Escapes HTML and markdown, and folds the text onto one line. */
export function text(value: string): string {
  return oneLine(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/#/g, '&#35;')
    .replace(/@/g, '&#64;')
    .replace(MARKDOWN_SPECIAL, match => `\\${match}`)
}

/** A table row. Cells must already be escaped (`text`) or be the renderer's own markdown. */
export function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

export function table(headers: string[], rows: string[][]): string {
  return [row(headers), row(headers.map(() => '---')), ...rows.map(row)].join('\n')
}
