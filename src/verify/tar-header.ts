// One 512-byte tar header's fields: checksum, type, size (octal or GNU base-256), name and link
// name; kept apart from the reader's state machine so each can be read on its own.

export const BLOCK = 512

export function isZero(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i += 4) if (block.readUInt32LE(i) !== 0) return false
  return true
}

/** The checksum field (148–155) read as octal, against the header's bytes summed with it as spaces. */
export function checksumMatches(block: Buffer): boolean {
  const stored = parseOctal(block.subarray(148, 156))
  let unsigned = 8 * 0x20
  let signed = 8 * 0x20
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue
    unsigned += block[i]
    signed += block[i] > 127 ? block[i] - 256 : block[i]
  }
  return stored === unsigned || stored === signed
}

/** The type flag: `0` for a file (also an old header's NUL), `5` a folder, `L`, `x`… */
export function typeOf(block: Buffer): string {
  return String.fromCharCode(block[156] || 0x30)
}

/** Octal (NUL or space terminated), or GNU base-256 when the first byte has its high bit set. */
export function sizeOf(block: Buffer): number | null {
  const field = block.subarray(124, 136)
  if (field[0] & 0x80) {
    if (field[0] === 0xff) return null
    let value = field[0] & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]
    return Number.isSafeInteger(value) ? value : null
  }
  return parseOctal(field)
}

function parseOctal(field: Buffer): number | null {
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '')
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text)) return null
  const value = parseInt(text, 8)
  return Number.isSafeInteger(value) ? value : null
}

/** The name field, with the POSIX prefix when the header is POSIX ustar (`ustar\0` `00`). */
export function nameOf(block: Buffer): string {
  const name = cString(block.subarray(0, 100))
  const posix = block.toString('latin1', 257, 265) === 'ustar\u000000'
  const prefix = posix ? cString(block.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** The link name field (a hard or symbolic link's target). */
export function linkNameOf(block: Buffer): string {
  return cString(block.subarray(157, 257))
}

/** A NUL-terminated field (or one that fills its room), read as UTF-8. */
export function cString(field: Buffer): string {
  const zero = field.indexOf(0)
  return field.subarray(0, zero < 0 ? field.length : zero).toString('utf8')
}

/** A valid tar header at the start of these bytes: how a plain `.tar` is told apart. */
export function startsWithTarHeader(bytes: Buffer): boolean {
  return (
    bytes.length >= BLOCK &&
    bytes.toString('latin1', 257, 262) === 'ustar' &&
    checksumMatches(bytes)
  )
}
