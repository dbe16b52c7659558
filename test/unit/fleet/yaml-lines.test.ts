import {describe, expect, it} from 'vitest'
import {loadWithLines, YamlSyntaxError} from '../../../src/fleet/yaml-lines.js'

describe('loadWithLines', () => {
  const text = [
    'defaults:',
    '  max-age: 36h',
    'portals:',
    '  - name: a',
    '    portal: https://a.example.com',
    '  - {name: b, portal: "https://b.example.com"}',
    '  -',
    '    name: c',
    ''
  ].join('\n')

  it('reads the value and the line of every key and list item', () => {
    const loaded = loadWithLines(text)
    expect(loaded.value).toEqual({
      defaults: {'max-age': '36h'},
      portals: [
        {name: 'a', portal: 'https://a.example.com'},
        {name: 'b', portal: 'https://b.example.com'},
        {name: 'c'}
      ]
    })
    expect(loaded.lineOf(['defaults'])).toBe(1)
    expect(loaded.lineOf(['defaults', 'max-age'])).toBe(2)
    expect(loaded.lineOf(['portals'])).toBe(3)
    expect(loaded.lineOf(['portals', 0])).toBe(4)
    expect(loaded.lineOf(['portals', 0, 'portal'])).toBe(5)
    expect(loaded.lineOf(['portals', 1, 'portal'])).toBe(6)
    expect(loaded.lineOf(['portals', 2, 'name'])).toBe(8)
    expect(loaded.lineOf(['portals', 3])).toBeUndefined()
  })

  it('reads JSON, which is YAML, with its lines', () => {
    const json = JSON.stringify({portals: [{name: 'a', portal: 'https://a.example.com'}]}, null, 2)
    const loaded = loadWithLines(json)
    expect(loaded.value).toEqual({portals: [{name: 'a', portal: 'https://a.example.com'}]})
    expect(loaded.lineOf(['portals', 0, 'portal'])).toBe(5)
  })

  it('gives the line of a syntax error and of a duplicate key', () => {
    const bad = (source: string) => {
      try {
        loadWithLines(source)
      } catch (error) {
        return error as YamlSyntaxError
      }
      throw new Error('no error')
    }
    expect(bad('portals:\n  - name: a\n    name: b\n')).toMatchObject({line: 3})
    expect(bad('portals:\n  - name: [a\n')).toBeInstanceOf(YamlSyntaxError)
    expect(bad('a: 1\n---\nb: 2\n').reason).toMatch(/one document/)
  })
})
