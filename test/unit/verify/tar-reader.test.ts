// The tar reader on its own: base-256 sizes, GNU long names and links, POSIX ustar prefixes,
// PAX records (applied, and refused when malformed), and the end-of-archive marker.
import {describe, expect, it} from 'vitest'
import {header, setChecksum} from '../../../src/fake-docspace/archive/tar-writer.js'
import type {EntryHeader} from '../../../src/verify/tar-extended.js'
import {TarReader} from '../../../src/verify/tar-reader.js'

const END = Buffer.alloc(1024)

function padded(bytes: Buffer): Buffer {
  return Buffer.concat([bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512)])
}

function file(name: string, content = '', options: Parameters<typeof header>[3] = {}): Buffer {
  const data = Buffer.from(content)
  return Buffer.concat([header(name, data.length, '0', options), padded(data)])
}

/** A PAX header (`x` or `g`) holding these records, written as given. */
function pax(records: string, type = 'x', name = 'PaxHeaders/entry'): Buffer {
  const data = Buffer.from(records, 'utf8')
  return Buffer.concat([header(name, data.length, type), padded(data)])
}

/** A record with its length counted, as a writer makes it. */
function record(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = Buffer.byteLength(body) + 1
  while (Buffer.byteLength(`${length}${body}`) !== length) length++
  return `${length}${body}`
}

function read(bytes: Buffer, piece = bytes.length) {
  const entries: (EntryHeader & {content: string})[] = []
  const reader = new TarReader({
    entry(entry) {
      const seen = {...entry, content: ''}
      entries.push(seen)
      return chunk => (seen.content += chunk.toString())
    },
    entryEnd: () => undefined
  })
  for (let at = 0; at < bytes.length; at += piece) reader.write(bytes.subarray(at, at + piece))
  reader.end()
  return {entries, failure: reader.failure?.message}
}

describe('tar reader', () => {
  it('reads GNU base-256 sizes', () => {
    const {entries, failure} = read(
      Buffer.concat([file('a.bin', 'hello', {base256Sizes: true}), END])
    )
    expect(failure).toBeUndefined()
    expect(entries).toMatchObject([{name: 'a.bin', size: 5, content: 'hello'}])
  })

  it('applies GNU long names (L) and long link names (K)', () => {
    const name = `files/${'long_'.repeat(40)}content.docx`
    const target = `files/${'target_'.repeat(30)}x`
    const long = (type: string, value: string) => {
      const data = Buffer.from(`${value}\0`)
      return Buffer.concat([header('././@LongLink', data.length, type), padded(data)])
    }
    const bytes = Buffer.concat([
      long('L', name),
      file(name.slice(0, 100), 'x'),
      long('K', target),
      long('L', `${name}.lnk`),
      header('short.lnk', 0, '2'),
      END
    ])
    for (const piece of [undefined, 1, 100]) {
      const {entries, failure} = read(bytes, piece)
      expect(failure).toBeUndefined()
      expect(entries.map(e => [e.name, e.linkName, e.type])).toEqual([
        [name, '', '0'],
        [`${name}.lnk`, target, '2']
      ])
    }
  })

  it('joins a POSIX ustar prefix and name', () => {
    const block = header('content.docx', 0, '0')
    block.write('ustar\u000000', 257, 'latin1')
    block.write('files/folder_1000/file_1/v1', 345, 'latin1')
    setChecksum(block)
    expect(read(Buffer.concat([block, END])).entries[0].name).toBe(
      'files/folder_1000/file_1/v1/content.docx'
    )
  })

  it('applies PAX path, linkpath and size, and g records to every later entry', () => {
    const name = `files/${'é'.repeat(80)}/content.pdf`
    const sized = header('sized', 0, '0') // the header says 0 bytes, the PAX record 1,000
    const bytes = Buffer.concat([
      pax(record('path', name) + record('mtime', '1780279207.5')),
      file('ignored-name', 'abc'),
      pax(record('linkpath', 'files/a/target'), 'x'),
      header('link', 0, '1'),
      pax(record('size', '1000')),
      sized,
      padded(Buffer.alloc(1000, 0x61)),
      pax(record('path', 'global/name'), 'g'),
      file('first', '1'),
      pax(record('path', '')),
      file('own-name', '2'),
      END
    ])
    const {entries, failure} = read(bytes, 7)
    expect(failure).toBeUndefined()
    expect(entries.map(e => [e.name, e.linkName, e.size])).toEqual([
      [name, '', 3],
      ['link', 'files/a/target', 0],
      ['sized', '', 1000],
      ['global/name', '', 1],
      ['own-name', '', 1]
    ])
    expect(entries[2].content).toBe('a'.repeat(1000))
  })

  it.each([
    ['a length that is not a number', 'x3 path=a\n', /length field "x3" is not a number/],
    ['no space after the length', '12345', /length field .* is not a number/],
    ['a length past the data', '99 path=a\n', /says it is 99 bytes long, where 10 bytes are left/],
    ['a length under 5', '3 a=\n', /says it is 3 bytes long/],
    ['no newline where the length ends', '10 path=ab\n', /does not end in a newline/],
    ['no KEY=VALUE', '8 pathx\n', /has no KEY=VALUE/],
    ['a NUL in a path', '12 path=a\0b\n', /"path" holds a NUL byte/]
  ])('refuses a PAX header with %s, naming where', (_, records, problem) => {
    const bytes = Buffer.concat([file('before', 'x'), pax(records), file('after'), END])
    const {failure} = read(bytes)
    expect(failure).toMatch(
      /^tar: the PAX extended header at byte 1024 is malformed at byte 1536 of the tar stream: /
    )
    expect(failure).toMatch(problem)
  })

  it('refuses a PAX size that is not a byte count, and one past what follows', () => {
    const bad = read(Buffer.concat([pax(record('size', '12ab')), file('a'), END]))
    expect(bad.failure).toMatch(/has a size record "12ab" that is not a byte count/)
    const past = read(Buffer.concat([pax(record('size', '999999')), file('a'), END]))
    expect(past.failure).toMatch(/^tar: entry "a" is cut short: the tar stream ends at byte 2560/)
  })

  it('refuses extension data over 1 MiB, and an extension with no entry after it', () => {
    const huge = header('././@LongLink', 2 * 1024 * 1024, 'L')
    expect(read(huge).failure).toMatch(/the GNU long name at byte 0 declares 2097152 bytes/)
    const orphan = read(Buffer.concat([file('a'), pax(record('path', 'b')), END]))
    expect(orphan.failure).toBe('tar: the extended header at byte 512 has no entry after it')
  })

  it('needs both end-of-archive blocks, and nothing after them but zeros', () => {
    const entries = file('a', 'x')
    expect(read(entries).failure).toMatch(/no end-of-archive marker .* after entry "a"/)
    expect(read(Buffer.concat([entries, Buffer.alloc(512)])).failure).toMatch(
      /only one of the two zero blocks after entry "a"/
    )
    expect(read(Buffer.concat([entries, END, Buffer.alloc(9216)])).failure).toBeUndefined()
    expect(read(Buffer.concat([entries, END, Buffer.from('x')])).failure).toMatch(
      /data after the end-of-archive marker, at byte 2048/
    )
  })

  it('quotes a bounded prefix of a long name', () => {
    const name = 'n'.repeat(5000)
    const data = Buffer.from(`${name}\0`)
    const bytes = Buffer.concat([
      header('././@LongLink', data.length, 'L'),
      padded(data),
      header('x', 10, '0')
    ])
    const {failure} = read(bytes)
    expect(failure).toContain(`entry "${'n'.repeat(160)}…" is cut short`)
  })
})
