// The README's Reliability table says where each row is tried: every row names its tests, and
// every name is a test file (or a folder of them) that exists, so a moved or renamed test fails
// here rather than leaving the README pointing at nothing.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {codeSpans, section, tables} from './markdown.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const [table] = tables(section(readme, 'Reliability'))

describe("the README's Reliability table", () => {
  it('has a test column', () => {
    expect(table?.header.at(-1)).toBe('test')
  })

  it('names, on every row, tests that exist', () => {
    const rows = table?.rows ?? []
    expect(rows.length).toBeGreaterThan(20)
    const missing: string[] = []
    for (const row of rows) {
      const names = codeSpans(row.at(-1) ?? '')
      if (names.length === 0 && row.at(-1) !== 'all of the above') missing.push(`${row[0]}: none`)
      for (const name of names) {
        const file = path.join(repoRoot, 'test', name)
        if (!existsSync(`${file}.test.ts`) && !existsSync(file)) missing.push(name)
      }
    }
    expect(missing).toEqual([])
  })
})
