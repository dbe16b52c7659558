// What an XML entry may make the check hold: nesting, attributes, held markup and the longest
// value, each bounded; a text node in a table is never held, whatever its length.
import {describe, expect, it} from 'vitest'
import {XML_LIMITS, type XmlLimits} from '../../../src/verify/xml-bounds.js'
import {FileListDocument, TableDocument} from '../../../src/verify/xml-document.js'

const XS = 'http://www.w3.org/2001/XMLSchema'
const HEAD = `<DocumentElement><xs:schema xmlns:xs="${XS}"><xs:element name="t"><xs:complexType><xs:sequence><xs:element name="id"/></xs:sequence></xs:complexType></xs:element></xs:schema>`
const small: XmlLimits = {depth: 16, held: 1000, attributes: 8, value: 5000}

/** Feeds the document in pieces; the problem, and how many pieces it took to see it. */
function parse(
  pieces: Iterable<string>,
  limits = small,
  document: TableDocument | FileListDocument = new TableDocument(limits)
) {
  let fed = 0
  for (const piece of pieces) {
    if (document.problem) break
    document.write(Buffer.from(piece))
    fed++
  }
  document.end()
  return {problem: document.problem, fed, document}
}

function* repeated(unit: string, times: number, tail = ''): Generator<string> {
  for (let i = 0; i < times; i++) yield unit
  yield tail
}

describe('XML bounds', () => {
  it('keeps limits far above what DocSpace writes', () => {
    expect(XML_LIMITS).toEqual({
      depth: 256,
      held: 64 * 1024,
      attributes: 256,
      value: 1024 * 1024 * 1024
    })
  })

  it('refuses nesting past the limit at once, and stops reading there', () => {
    const {problem, fed} = parse([HEAD, ...repeated('<n>', 100_000)])
    expect(problem).toMatch(/^nests elements more than 16 deep at line 1, column \d+$/)
    expect(fed).toBe(17) // the head, then the 16th <n>, which opens element 17
  })

  it('never holds a text value of a table, and refuses one longer than a cell can be', () => {
    const {problem, document} = parse([
      HEAD,
      '<t><id>',
      ...repeated('a'.repeat(1000), 4),
      '</id></t></DocumentElement>'
    ])
    expect(problem).toBeNull()
    expect((document as TableDocument).rows).toBe(1)
    const long = parse([HEAD, '<t><id>', ...repeated('a'.repeat(1000), 6)])
    expect(long.problem).toMatch(
      /^has a value of more than 5,000 characters at line 1, column \d+: no database cell/
    )
  })

  it('refuses an attribute value, a name or a comment over the held limit while it streams', () => {
    for (const [start, unit] of [
      ['<t id="', 'a'],
      ['<t', 'a'],
      ['<!--', 'c'],
      ['<![CDATA[', 'd'],
      ['<t>&', 'e']
    ]) {
      const {problem, fed} = parse([HEAD, start, ...repeated(unit.repeat(100), 100)])
      expect(problem).toMatch(
        /^has a name, attribute value, comment or kept text of more than 1,000 characters/
      )
      expect(fed).toBeLessThan(15)
    }
  })

  it('bounds the attributes the open elements hold together', () => {
    const many = parse([HEAD, `<t ${Array.from({length: 9}, (_, i) => `a${i}="1"`).join(' ')}>`])
    expect(many.problem).toMatch(/^has more than 8 attributes on its open elements/)
    const long = parse([HEAD, ...repeated(`<t a="${'x'.repeat(300)}">`, 4)])
    expect(long.problem).toMatch(
      /^has attributes of more than 1,000 characters on its open elements/
    )
  })

  it('bounds the text it keeps of restore_info, and a field pieced from many texts', () => {
    const files: string[] = []
    const list = new FileListDocument('storage_restore', file => files.push(file.path), small)
    const pieces = [
      '<storage_restore><file><module>files</module><path>',
      ...repeated('p'.repeat(500), 3)
    ]
    expect(parse(pieces, small, list).problem).toMatch(/kept text of more than 1,000 characters/)
    const comments = [
      '<storage_restore><file><module>f</module><path>',
      ...repeated('pppp<!---->', 300)
    ]
    const pieced = new FileListDocument('storage_restore', () => undefined, small)
    expect(parse(comments, small, pieced).problem).toBe(
      'lists file 1 with a path of more than 1000 characters'
    )
  })
})
