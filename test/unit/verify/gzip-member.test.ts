// The gzip member reader on its own: each header flag, the trailer, a second member, and what
// may follow the trailer (zeros, as gzip -t accepts them; nothing else).
import {crc32, deflateRawSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {FLAG} from '../../../src/verify/gzip-header.js'
import {GzipMember} from '../../../src/verify/gzip-member.js'

const DATA = Buffer.from('the tar stream, inflated\n'.repeat(200))

/** A member with these flags; `fields` are the optional header fields, in RFC 1952's order. */
function member(flags = 0, fields: Buffer[] = [], data = DATA): Buffer {
  const head = Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3])
  let header = Buffer.concat([head, ...fields])
  if (flags & FLAG.HCRC) {
    const crc = Buffer.alloc(2)
    crc.writeUInt16LE(crc32(header) & 0xffff)
    header = Buffer.concat([header, crc])
  }
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc32(data), 0)
  trailer.writeUInt32LE(data.length, 4)
  return Buffer.concat([header, deflateRawSync(data), trailer])
}

async function read(bytes: Buffer, piece = bytes.length) {
  const out: Buffer[] = []
  const reader = new GzipMember(chunk => {
    out.push(Buffer.from(chunk))
    return true
  })
  for (let at = 0; at < bytes.length; at += piece)
    await reader.write(bytes.subarray(at, at + piece))
  await reader.end()
  return {failure: reader.failure?.message, inflated: Buffer.concat(out), padding: reader.padding}
}

const extra = (bytes: Buffer) => {
  const length = Buffer.alloc(2)
  length.writeUInt16LE(bytes.length)
  return Buffer.concat([length, bytes])
}
const text = (value: string) => Buffer.from(`${value}\0`, 'latin1')

describe('gzip member', () => {
  it.each([
    ['no flags', 0, []],
    ['FTEXT', FLAG.TEXT, []],
    ['FHCRC', FLAG.HCRC, []],
    ['FEXTRA', FLAG.EXTRA, [extra(Buffer.from('AP\u0004\u0000abcd', 'latin1'))]],
    ['FNAME', FLAG.NAME, [text('myportal_2026-06-01.tar')]],
    ['FCOMMENT', FLAG.COMMENT, [text('a comment')]],
    [
      'all of them',
      FLAG.TEXT | FLAG.HCRC | FLAG.EXTRA | FLAG.NAME | FLAG.COMMENT,
      [extra(Buffer.from('xy')), text('name.tar'), text('comment')]
    ]
  ] as [string, number, Buffer[]][])(
    'reads a header with %s, whole or a byte at a time',
    async (_, flags, fields) => {
      for (const piece of [undefined, 1]) {
        const result = await read(member(flags, fields), piece)
        expect(result.failure).toBeUndefined()
        expect(result.inflated.equals(DATA)).toBe(true)
      }
    }
  )

  it('checks the header CRC-16 (FHCRC), as gzip and zlib do', async () => {
    const bytes = member(FLAG.HCRC)
    bytes[10] ^= 0xff
    expect((await read(bytes)).failure).toMatch(/^gzip: the header's CRC-16 at byte 10 is \d+/)
  })

  it('refuses reserved flags, another method, and a header that never ends', async () => {
    expect((await read(member(0x20))).failure).toMatch(/reserved header flags are set at byte 3/)
    const method = member()
    method[2] = 7
    expect((await read(method)).failure).toMatch(/compression method 7 at byte 2 is not deflate/)
    const endless = Buffer.concat([member(FLAG.NAME, [Buffer.alloc(70 * 1024, 0x61)])])
    expect((await read(endless, 4096)).failure).toBe('gzip: the gzip header never ends')
  })

  it('agrees with node:zlib on what it inflates', async () => {
    const bytes = gzipSync(DATA, {level: 9})
    expect((await read(bytes, 100)).inflated.equals(DATA)).toBe(true)
  })

  it('checks the CRC-32 and the length in the trailer', async () => {
    const badCrc = member()
    badCrc[badCrc.length - 8] ^= 1
    expect((await read(badCrc)).failure).toMatch(/^gzip: CRC-32 mismatch: the trailer at byte \d+/)
    const badLength = member()
    badLength[badLength.length - 1] ^= 1
    expect((await read(badLength)).failure).toMatch(/^gzip: length mismatch/)
    const cut = member().subarray(0, -3)
    expect((await read(cut)).failure).toMatch(/trailer \(CRC-32 and length\) is cut short/)
  })

  it('refuses a second member, which node:zlib would silently join to the first', async () => {
    const two = Buffer.concat([member(), member()])
    expect((await read(two, 333)).failure).toMatch(/^gzip: a second gzip member starts at byte \d+/)
  })

  it('accepts zero padding after the trailer (gzip -t does), and counts it', async () => {
    const padded = Buffer.concat([member(), Buffer.alloc(10_240)])
    const result = await read(padded, 1000)
    expect(result.failure).toBeUndefined()
    expect(result.padding).toBe(10_240)
  })

  it('refuses any other trailing byte, also after zeros (which node:zlib would ignore)', async () => {
    const plain = member()
    for (const tail of ['garbage', '\0\0\0x', '\x1f', '\x1fx']) {
      const bytes = Buffer.concat([plain, Buffer.from(tail, 'latin1')])
      const at = plain.length + tail.split('').findIndex(c => c !== '\0')
      expect((await read(bytes)).failure).toBe(
        `gzip: data follows the gzip trailer, at byte ${at}: only zero padding may (gzip -t calls the rest trailing garbage)`
      )
    }
  })
})
