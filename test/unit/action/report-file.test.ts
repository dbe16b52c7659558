// The report file: one per step and portal, never overwritten, one-to-one names, never too long.
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {namePart, writeReportFile} from '../../../src/action/report-file.js'

let runnerTemp: string
const saved = {RUNNER_TEMP: process.env.RUNNER_TEMP, GITHUB_ACTION: process.env.GITHUB_ACTION}
beforeEach(() => {
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'dbc-report-file-'))
  process.env.RUNNER_TEMP = runnerTemp
  delete process.env.GITHUB_ACTION
})
afterEach(() => {
  rmSync(runnerTemp, {recursive: true, force: true})
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const write = (portal: string, markdown: string, step?: string) => {
  if (step === undefined) delete process.env.GITHUB_ACTION
  else process.env.GITHUB_ACTION = step
  return writeReportFile(portal, markdown)
}

describe('writeReportFile', () => {
  it('gives two steps checking one portal a file each (with and without dump)', () => {
    const first = write('https://portal.example.com', 'unhealthy', 'check-dump')
    const second = write('https://portal.example.com', 'healthy', 'check')
    expect(first).not.toBe(second)
    expect(readFileSync(first, 'utf8')).toBe('unhealthy')
    expect(readFileSync(second, 'utf8')).toBe('healthy')
    expect(path.basename(first)).toBe('portal.example.com+check-dump.md')
  })

  it('never overwrites a file, even for the same step and portal', () => {
    const files = ['one', 'two', 'three'].map(text => write('https://h.example', text))
    expect(new Set(files).size).toBe(3)
    expect(files.map(file => readFileSync(file, 'utf8'))).toEqual(['one', 'two', 'three'])
    expect(files.map(file => path.basename(file))).toEqual([
      'h.example.md',
      'h.example+2.md',
      'h.example+3.md'
    ])
  })

  it.each([
    ['https://h.example/x_y', 'https://h.example/x/y'],
    ['https://h.example/a-b', 'https://h.example/a_2db'],
    ['https://h.example/X', 'https://h.example/x'],
    ['https://h.example:8443', 'https://h.example_8443'],
    ['https://h.example/%41', 'https://h.example/A']
  ])('gives %s and %s a file each', (a, b) => {
    expect(write(a, 'a', 'check')).not.toBe(write(b, 'b', 'check'))
    expect(readdirSync(path.join(runnerTemp, 'docspace-backup-check'))).toHaveLength(2)
  })

  it('writes a portal with a 2,000-character path prefix, its name shortened with a hash', () => {
    const prefix = `/${'p'.repeat(1999)}`
    const one = write(`https://h.example${prefix}`, 'one', 'check')
    const other = write(`https://h.example${prefix.slice(0, -1)}q`, 'other', 'check')
    for (const file of [one, other])
      expect(Buffer.byteLength(path.basename(file))).toBeLessThan(255)
    expect(one).not.toBe(other)
    expect(readFileSync(one, 'utf8')).toBe('one')
    expect(readFileSync(other, 'utf8')).toBe('other')
  })

  it('shortens a long step name too', () => {
    const file = write('https://h.example', 'x', `step_${'s'.repeat(3000)}`)
    expect(Buffer.byteLength(path.basename(file))).toBeLessThan(255)
  })
})

describe('namePart', () => {
  it('is one-to-one, safe and short for any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), fc.string({unit: 'binary'}), (a, b) => {
        for (const part of [namePart(a), namePart(b)]) {
          expect(part).toMatch(/^[a-z0-9._~-]*$/)
          expect(part.length).toBeLessThanOrEqual(120)
        }
        if (a !== b) expect(namePart(a)).not.toBe(namePart(b))
      })
    )
  })
})
