// What comes before an entry's own header and changes it: GNU long names and links (`L`, `K`),
// POSIX extended headers for the next entry (`x`) and for every later one (`g`). Their `path`,
// `linkpath` and `size` records replace the header's fields; a GNU long name wins over a PAX path
// (as in GNU tar and Go's archive/tar). A record with an empty value undoes a global one.
import {parsePaxRecords, paxSize, type PaxRecords} from './pax-records.js'
import {cString, linkNameOf, nameOf} from './tar-header.js'

/** Extension data larger than this is refused (Go's archive/tar limit for the same headers). */
export const MAX_EXTENSION_BYTES = 1024 * 1024
export const EXTENSION_TYPES = ['L', 'K', 'x', 'g']

/** An entry's header after its extensions. */
export interface EntryHeader {
  name: string
  linkName: string
  size: number
  type: string
}

export class ExtendedHeaders {
  private readonly global: PaxRecords = new Map()
  private local: PaxRecords = new Map()
  private longName: string | null = null
  private longLink: string | null = null
  private reading: {type: string; at: number; parts: Buffer[]} | null = null
  /** Where the first extension still waiting for its entry began, if any. */
  pendingAt: number | null = null

  /** An extension header of `size` bytes at byte `at`; a string says why it is refused. */
  begin(type: string, size: number, at: number): string | null {
    if (size > MAX_EXTENSION_BYTES)
      return `the ${describe(type)} at byte ${at} declares ${size} bytes (more than ${MAX_EXTENSION_BYTES} is not an archive's)`
    this.reading = {type, at, parts: []}
    if (type !== 'g') this.pendingAt ??= at
    return null
  }

  data(chunk: Buffer): void {
    this.reading?.parts.push(Buffer.from(chunk))
  }

  /** The extension's data is whole; a string says what is wrong with it. */
  end(): string | null {
    const reading = this.reading
    if (!reading) return null
    this.reading = null
    const data = Buffer.concat(reading.parts)
    if (reading.type === 'L') this.longName = cString(data)
    else if (reading.type === 'K') this.longLink = cString(data)
    else {
      const records = parsePaxRecords(data)
      if (!(records instanceof Map))
        return `the ${describe(reading.type)} at byte ${reading.at} is malformed at byte ${reading.at + 512 + records.at} of the tar stream: ${records.problem}`
      const size = records.get('size')
      if (size && paxSize(size) === null)
        return `the ${describe(reading.type)} at byte ${reading.at} has a size record ${JSON.stringify(size.slice(0, 40))} that is not a byte count`
      const into = reading.type === 'g' ? this.global : this.local
      for (const [key, value] of records) into.set(key, value)
    }
    return null
  }

  /** The entry's header with the extensions before it applied; they are then spent. */
  apply(block: Buffer, declaredSize: number, type: string): EntryHeader {
    const record = (key: string): string | undefined =>
      (this.local.has(key) ? this.local.get(key) : this.global.get(key)) || undefined
    const size = record('size')
    const header = {
      name: this.longName ?? record('path') ?? nameOf(block),
      linkName: this.longLink ?? record('linkpath') ?? linkNameOf(block),
      size: size === undefined ? declaredSize : (paxSize(size) ?? declaredSize),
      type
    }
    this.local = new Map()
    this.longName = this.longLink = null
    this.pendingAt = null
    return header
  }
}

function describe(type: string): string {
  if (type === 'L') return 'GNU long name'
  if (type === 'K') return 'GNU long link name'
  return type === 'g' ? 'PAX global header' : 'PAX extended header'
}
