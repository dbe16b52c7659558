// What an XML entry may make the check hold, so that no document can exhaust its memory or time.
// saxes streams, but keeps a name, an attribute value, a comment, a CDATA section or (when text
// is asked for) a text node whole until it ends, and has no limit of its own: a 600 MB text node
// once ended in "RangeError: Invalid string length". The limits below are far above anything
// DocSpace writes (DataTable.WriteXml: short names, a few short schema attributes, 12 levels).
import type {SaxesParser} from 'saxes'
import {count} from '../core/figures.js'

export interface XmlLimits {
  /** Open elements at once: libxml2's default limit (a DocSpace table nests about 12). */
  depth: number
  /** Characters saxes may hold for one name, attribute value, comment, CDATA or kept text. */
  held: number
  /** Attributes held by the open elements together (their characters count towards `held`). */
  attributes: number
  /**
   * Characters between two events, the longest value a cell can have: 1 GiB, the ceiling of
   * MySQL's max_allowed_packet, which bounds every row that restore inserts (a LONGTEXT's 4 GiB
   * can never be written back). Counted, never held: tables ask for no text.
   */
  value: number
}

export const XML_LIMITS: XmlLimits = {
  depth: 256,
  held: 64 * 1024,
  attributes: 256,
  value: 1024 * 1024 * 1024
}

/** The buffers saxes fills while it reads a token: read (never written) to bound them. */
interface SaxesBuffers {
  text: string
  name: string
  entity: string
  piTarget: string
}

function buffersOf(parser: SaxesParser): SaxesBuffers {
  const buffers = parser as unknown as SaxesBuffers
  for (const field of ['text', 'name', 'entity', 'piTarget'] as const)
    if (typeof buffers[field] !== 'string')
      throw new Error(
        `saxes no longer keeps its "${field}" buffer where the restore check reads it`
      )
  return buffers
}

/** Counts what a parser holds and says when a limit is passed. */
export class XmlBounds {
  private readonly buffers: SaxesBuffers
  /** Per open element: its attributes' count and characters. */
  private readonly open: {count: number; chars: number}[] = []
  private tag = {count: 0, chars: 0}
  private heldAttributes = {count: 0, chars: 0}
  private lastEventAt = 0

  constructor(
    private readonly parser: SaxesParser,
    private readonly limits: XmlLimits
  ) {
    this.buffers = buffersOf(parser)
  }

  /** Any event: a value between two events is over. */
  event(): void {
    this.lastEventAt = this.parser.position
  }

  tagStart(): void {
    this.event()
    this.tag = {count: 0, chars: 0}
  }

  attribute(name: string, value: string): string | null {
    this.event()
    this.tag.count++
    this.tag.chars += name.length + value.length
    const count = this.heldAttributes.count + this.tag.count
    if (count > this.limits.attributes)
      return `has more than ${this.limits.attributes} attributes on its open elements ${this.where()}`
    if (this.heldAttributes.chars + this.tag.chars > this.limits.held)
      return `has attributes of more than ${characters(this.limits.held)} on its open elements ${this.where()}`
    return null
  }

  opened(): string | null {
    this.event()
    this.open.push(this.tag)
    this.heldAttributes.count += this.tag.count
    this.heldAttributes.chars += this.tag.chars
    this.tag = {count: 0, chars: 0}
    if (this.open.length > this.limits.depth)
      return `nests elements more than ${this.limits.depth} deep ${this.where()}`
    return null
  }

  closed(): void {
    this.event()
    const tag = this.open.pop()
    if (!tag) return
    this.heldAttributes.count -= tag.count
    this.heldAttributes.chars -= tag.chars
  }

  /**
   * After a piece was parsed: what saxes holds now, and the value in progress. `written`: the
   * characters written so far (saxes's `position` is only right while it parses).
   */
  check(written: number): string | null {
    const {text, name, entity, piTarget} = this.buffers
    if (text.length + name.length + entity.length + piTarget.length > this.limits.held)
      return `has a name, attribute value, comment or kept text of more than ${characters(this.limits.held)} ${this.where()}`
    if (written - this.lastEventAt > this.limits.value)
      return `has a value of more than ${characters(this.limits.value)} ${this.where()}: no database cell is that large (MySQL's max_allowed_packet, which bounds each row restore inserts, stops at 1 GiB)`
    return null
  }

  private where(): string {
    return `at line ${this.parser.line}, column ${this.parser.column}`
  }
}

function characters(chars: number): string {
  return `${count(chars)} characters`
}
