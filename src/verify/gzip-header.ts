// A gzip member's header (RFC 1952): magic, method, flags, and the optional fields the flags
// announce (FEXTRA, FNAME, FCOMMENT, FHCRC), read to find where the deflate data starts. The
// header's own CRC (FHCRC) is checked, as gzip and zlib check it.
import {crc32} from 'node:zlib'

export const FLAG = {TEXT: 1, HCRC: 2, EXTRA: 4, NAME: 8, COMMENT: 16, RESERVED: 0xe0}

/** The header's length; `null` when more bytes are needed; a string says what is wrong. */
export function headerLength(bytes: Buffer): number | null | string {
  if (bytes.length < 10) return null
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    return "the archive does not start with gzip's magic bytes"
  if (bytes[2] !== 8) return `compression method ${bytes[2]} at byte 2 is not deflate (8)`
  const flags = bytes[3]
  if (flags & FLAG.RESERVED) return `reserved header flags are set at byte 3 (${hex(flags)})`
  let at = 10
  if (flags & FLAG.EXTRA) {
    if (bytes.length < at + 2) return null
    at += 2 + bytes.readUInt16LE(at)
  }
  for (const flag of [FLAG.NAME, FLAG.COMMENT]) {
    if (!(flags & flag)) continue
    if (bytes.length < at) return null
    const zero = bytes.indexOf(0, at)
    if (zero < 0) return null
    at = zero + 1
  }
  if (!(flags & FLAG.HCRC)) return bytes.length < at ? null : at
  if (bytes.length < at + 2) return null
  const stored = bytes.readUInt16LE(at)
  const actual = crc32(bytes.subarray(0, at)) & 0xffff
  if (stored !== actual)
    return `the header's CRC-16 at byte ${at} is ${stored}, the header's bytes give ${actual}`
  return at + 2
}

export function hex(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`
}
