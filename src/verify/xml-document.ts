// The XML entries of an archive, parsed as they stream (saxes: a small, strict, streaming XML
// parser): a table is an inline XSD then its rows; restore_info lists the stored files. Text is
// asked for only where it is judged (restore_info's fields), and what the parser holds is
// bounded (xml-bounds.ts), so no document costs more than a little memory and linear time.
import {StringDecoder} from 'node:string_decoder'
import {SaxesParser, type SaxesTagNS} from 'saxes'
import {XML_LIMITS, XmlBounds, type XmlLimits} from './xml-bounds.js'

const XSD = 'http://www.w3.org/2001/XMLSchema'
/** Thrown from a handler once the document is judged: saxes then stops mid-piece. */
const STOP = new Error('the document is judged')

/** An element's name for a message (it may be up to 64 Ki characters). */
function short(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}…` : name
}

/** A streaming XML document; `problem` holds the first thing wrong with it. */
abstract class XmlDocument {
  problem: string | null = null
  private readonly decoder = new StringDecoder('utf8')
  private readonly parser: SaxesParser<{xmlns: true}>
  private readonly bounds: XmlBounds
  protected depth = 0
  private written = 0

  /**
   * `keepsText`: whether `text()` is wanted (saxes then holds each text node whole). A document
   * that keeps text has no namespaces (restore_info): tags then carry only their `name`, and
   * saxes makes fewer objects per element.
   */
  constructor(keepsText: boolean, limits: XmlLimits = XML_LIMITS) {
    const parser = (this.parser = new SaxesParser({xmlns: !keepsText}) as SaxesParser<{
      xmlns: true
    }>)
    const bounds = (this.bounds = new XmlBounds(parser, limits))
    const judge = (problem: string | null): void => {
      this.problem ??= problem
      if (this.problem) throw STOP
    }
    parser.on('error', error => {
      judge(`is not well-formed XML (${error.message.replace(/^undefined:/, '')})`)
    })
    parser.on('opentagstart', () => bounds.tagStart())
    parser.on('attribute', attribute => judge(bounds.attribute(attribute.name, attribute.value)))
    parser.on('opentag', tag => {
      this.depth++
      judge(bounds.opened())
      this.open(tag as SaxesTagNS)
      judge(null)
    })
    parser.on('closetag', tag => {
      bounds.closed()
      this.close(tag as SaxesTagNS)
      this.depth--
      judge(null)
    })
    for (const event of ['comment', 'cdata', 'processinginstruction', 'doctype'] as const)
      parser.on(event, () => bounds.event())
    if (keepsText)
      parser.on('text', text => {
        bounds.event()
        this.text(text)
        judge(null)
      })
  }

  write(chunk: Buffer): void {
    if (this.problem) return
    const text = this.decoder.write(chunk)
    this.written += text.length
    this.parse(() => this.parser.write(text))
    this.problem ??= this.bounds.check(this.written)
  }

  end(): void {
    if (this.problem) return
    this.parse(() => this.parser.write(this.decoder.end()).close())
    if (!this.problem) this.finish()
  }

  /** Runs saxes until it is done or the document is judged (a handler then throws STOP). */
  private parse(run: () => void): void {
    try {
      run()
    } catch (error) {
      if (error !== STOP) throw error
    }
  }

  protected abstract open(tag: SaxesTagNS): void
  protected close(tag: SaxesTagNS): void {
    void tag
  }
  protected text(text: string): void {
    void text
  }
  protected abstract finish(): void
}

/**
 * A table as DocSpace writes it (DataTable.WriteXml with its schema) and its restore reads it:
 * under the root, one `xs:schema` holding exactly one `xs:sequence`, then one element per row.
 */
export class TableDocument extends XmlDocument {
  rows = 0
  private schemas = 0
  private sequences = 0
  private inSchema = false

  constructor(limits: XmlLimits = XML_LIMITS) {
    super(false, limits)
  }

  protected open(tag: SaxesTagNS): void {
    if (this.inSchema) {
      if (tag.uri === XSD && tag.local === 'sequence') this.sequences++
      return
    }
    if (this.depth !== 2) return
    if (tag.uri === XSD && tag.local === 'schema') {
      if (++this.schemas > 1) this.problem = 'has a second xs:schema'
      else if (this.rows > 0) this.problem = 'has rows before its xs:schema'
      else this.inSchema = true
    } else if (this.schemas === 0) {
      this.problem = `starts with <${short(tag.name)}> where its xs:schema should be`
    } else {
      this.rows++
    }
  }

  protected close(tag: SaxesTagNS): void {
    if (this.inSchema && this.depth === 2 && tag.local === 'schema') {
      this.inSchema = false
      if (this.sequences !== 1)
        this.problem = `has ${this.sequences} xs:sequence elements in its schema (restore needs exactly one)`
    }
  }

  protected finish(): void {
    if (this.schemas === 0) this.problem = 'has no xs:schema'
  }
}

/** One stored file of `storage/restore_info` (or `missing_info`). */
export interface ListedFile {
  module: string
  domain: string
  path: string
}

/** `storage/restore_info` (`storage_restore`) or `storage/missing_info` (`storage_missing`). */
export class FileListDocument extends XmlDocument {
  files = 0
  private current: ListedFile | null = null
  private field: keyof ListedFile | null = null

  constructor(
    private readonly root: string,
    private readonly onFile: (file: ListedFile) => void,
    private readonly limits: XmlLimits = XML_LIMITS
  ) {
    super(true, limits)
  }

  protected open(tag: SaxesTagNS): void {
    if (this.depth === 1 && tag.name !== this.root)
      this.problem = `has the root <${short(tag.name)}>, not <${this.root}>`
    else if (this.depth === 2 && tag.name === 'file')
      this.current = {module: '', domain: '', path: ''}
    else if (this.depth === 3 && this.current && ['module', 'domain', 'path'].includes(tag.name))
      this.field = tag.name as keyof ListedFile
  }

  protected text(text: string): void {
    if (!this.current || !this.field) return
    this.current[this.field] += text
    if (this.current[this.field].length > this.limits.held)
      this.problem = `lists file ${this.files + 1} with a ${this.field} of more than ${this.limits.held} characters`
  }

  protected close(tag: SaxesTagNS): void {
    if (this.depth === 3) this.field = null
    if (this.depth === 2 && tag.name === 'file' && this.current) {
      if (!this.current.module || !this.current.path)
        this.problem = `lists file ${this.files + 1} without a module or a path`
      else this.onFile(this.current)
      this.files++
      this.current = null
    }
  }

  protected finish(): void {
    if (this.depth !== 0) this.problem = 'is cut short'
  }
}
