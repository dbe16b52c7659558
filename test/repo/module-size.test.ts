// CONTRIBUTING's "at most 200 lines" for every module of src/: a module past it has two jobs.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const MAX_LINES = 200
const src = fileURLToPath(new URL('../../src', import.meta.url))

const modules = readdirSync(src, {recursive: true, encoding: 'utf8'}).filter(name =>
  name.endsWith('.ts')
)

describe('the modules of src/', () => {
  it('are found', () => {
    expect(modules).toContain('main.ts')
  })

  it.each(modules)('%s has at most 200 lines', name => {
    const text = readFileSync(path.join(src, name), 'utf8')
    const lines = text.replace(/\n$/, '').split('\n').length
    expect(lines, `${name} has ${lines} lines`).toBeLessThanOrEqual(MAX_LINES)
  })
})
