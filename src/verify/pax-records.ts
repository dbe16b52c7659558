// The records of a POSIX.1-2001 extended header (`x` for the next entry, `g` for every later
// one): `LENGTH KEY=VALUE\n`, LENGTH counting the whole record in bytes. Read strictly, by the
// rules Go's archive/tar applies (parsePAXRecord): a length that is not a decimal number, is
// under 5 or runs past the data, a record that does not end in a newline where its length says,
// no `=`, or a NUL in a key or in a path is a malformed header, never guessed around.

export type PaxRecords = Map<string, string>

/** What is wrong with the records, and at which byte of the header's data. */
export interface PaxProblem {
  at: number
  problem: string
}

/** Length fields longer than this are not lengths (Go's parser takes a 64-bit int). */
const MAX_LENGTH_DIGITS = 19
const NEWLINE = 0x0a
const SPACE = 0x20
const EQUALS = 0x3d

export function parsePaxRecords(data: Buffer): PaxRecords | PaxProblem {
  const records: PaxRecords = new Map()
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(SPACE, at)
    const digits = data.toString('latin1', at, space < 0 ? Math.min(data.length, at + 20) : space)
    if (space < 0 || digits.length > MAX_LENGTH_DIGITS || !/^[0-9]+$/.test(digits))
      return {at, problem: `a record's length field ${JSON.stringify(digits)} is not a number`}
    const length = Number(digits)
    if (length < 5 || at + length > data.length)
      return {
        at,
        problem: `a record says it is ${length} bytes long, where ${data.length - at} bytes are left`
      }
    const end = at + length - 1
    if (data[end] !== NEWLINE)
      return {at, problem: `a record of ${length} bytes does not end in a newline`}
    const equals = data.indexOf(EQUALS, space + 1)
    if (equals < 0 || equals >= end || equals === space + 1)
      return {at, problem: 'a record has no KEY=VALUE'}
    const key = data.toString('utf8', space + 1, equals)
    const value = data.toString('utf8', equals + 1, end)
    if (key.includes('\0') || ((key === 'path' || key === 'linkpath') && value.includes('\0')))
      return {at, problem: `the record "${key}" holds a NUL byte`}
    records.set(key, value)
    at += length
  }
  return records
}

/** A `size` record's value: a decimal byte count, or `null`. */
export function paxSize(value: string): number | null {
  if (!/^[0-9]{1,16}$/.test(value)) return null
  const size = Number(value)
  return Number.isSafeInteger(size) ? size : null
}
