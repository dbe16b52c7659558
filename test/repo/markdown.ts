// Just enough markdown reading for the repository tests: sections by heading, pipe tables, and
// the `code` names in a cell. Fenced code blocks are ignored, so a `# comment` in a YAML example
// is never a heading.

export interface Table {
  header: string[]
  rows: string[][]
}

interface Line {
  text: string
  fenced: boolean
}

function lines(markdown: string): Line[] {
  let fenced = false
  return markdown.split(/\r?\n/).map(text => {
    if (/^\s*(```|~~~)/.test(text)) {
      fenced = !fenced
      return {text, fenced: true}
    }
    return {text, fenced}
  })
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/

/** Where the section titled so lies in the lines: its heading, and the next heading of the same
 * or a higher level (or the end). Throws when the heading is missing. */
function sectionRange(all: Line[], title: string): {start: number; end: number} {
  const start = all.findIndex(line => !line.fenced && HEADING.exec(line.text)?.[2] === title)
  if (start === -1) throw new Error(`No heading "${title}"`)
  const level = HEADING.exec(all[start].text)![1].length
  const end = all.findIndex(
    (line, i) =>
      i > start && !line.fenced && (HEADING.exec(line.text)?.[1].length ?? Infinity) <= level
  )
  return {start, end: end === -1 ? all.length : end}
}

/** The text under a heading (exact title, any level), up to the next heading of the same or a
 * higher level. Throws when the heading is missing, so a renamed section fails loudly. */
export function section(markdown: string, title: string): string {
  const all = lines(markdown)
  const {start, end} = sectionRange(all, title)
  return all
    .slice(start + 1, end)
    .map(line => line.text)
    .join('\n')
}

/** The markdown without the sections titled so (each heading with its text, as `section` reads
 * it). Throws when a title is missing, like `section`. */
export function withoutSections(markdown: string, titles: readonly string[]): string {
  let all = lines(markdown)
  for (const title of titles) {
    const {start, end} = sectionRange(all, title)
    all = [...all.slice(0, start), ...all.slice(end)]
  }
  return all.map(line => line.text).join('\n')
}

/** Every heading title, in order (outside code fences). */
export function headings(markdown: string): string[] {
  return lines(markdown)
    .filter(line => !line.fenced)
    .map(line => HEADING.exec(line.text)?.[2])
    .filter((title): title is string => title !== undefined)
}

/** Splits a table row on the pipes that are not escaped (`\|`) and not inside `code`. */
export function splitRow(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let code = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (char === '\\' && line[i + 1] === '|') {
      cell += '|'
      i++
    } else if (char === '`') {
      code = !code
      cell += char
    } else if (char === '|' && !code) {
      cells.push(cell.trim())
      cell = ''
    } else {
      cell += char
    }
  }
  cells.push(cell.trim())
  // A row starts and ends with a pipe: drop the empty cells outside them.
  if (cells[0] === '') cells.shift()
  if (cells.at(-1) === '') cells.pop()
  return cells
}

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/

/** The pipe tables in some markdown (outside code fences), in order. */
export function tables(markdown: string): Table[] {
  const all = lines(markdown)
  const found: Table[] = []
  for (let i = 0; i + 1 < all.length; i++) {
    const [head, sep] = [all[i], all[i + 1]]
    if (head.fenced || !head.text.trimStart().startsWith('|') || !SEPARATOR.test(sep.text)) {
      continue
    }
    const rows: string[][] = []
    let j = i + 2
    for (; j < all.length && !all[j].fenced && all[j].text.trimStart().startsWith('|'); j++) {
      rows.push(splitRow(all[j].text))
    }
    found.push({header: splitRow(head.text).map(cell => cell.toLowerCase()), rows})
    i = j - 1
  }
  return found
}

/** The `code` spans of a cell, without their backticks. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(match => match[1])
}

/** An action input or output name: lower-case words joined by hyphens (`min-count`). */
export const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** The names in the first column of every table whose first header cell is `column`
 * (`latest-backup-id` · `latest-backup-file` names two). */
export function namesInTables(markdown: string, column: string): string[] {
  return tables(markdown)
    .filter(table => table.header[0] === column)
    .flatMap(table => table.rows.flatMap(row => codeSpans(row[0])))
}
