// The XML entries of an archive, parsed as they stream (saxes: a small, strict, streaming XML
// parser): a table is an inline XSD then its rows; restore_info lists the stored files.
import {StringDecoder} from 'node:string_decoder'
import {SaxesParser, type SaxesTagNS} from 'saxes'

const XSD = 'http://www.w3.org/2001/XMLSchema'

/** A streaming XML document; `problem` holds the first thing wrong with it. */
abstract class XmlDocument {
  problem: string | null = null
  private readonly decoder = new StringDecoder('utf8')
  private readonly parser = new SaxesParser({xmlns: true})
  protected depth = 0

  constructor() {
    this.parser.on('error', error => {
      this.problem ??= `is not well-formed XML (${error.message.replace(/^undefined:/, '')})`
    })
    this.parser.on('opentag', tag => {
      this.depth++
      if (!this.problem) this.open(tag as SaxesTagNS)
    })
    this.parser.on('closetag', tag => {
      if (!this.problem) this.close(tag as SaxesTagNS)
      this.depth--
    })
    this.parser.on('text', text => {
      if (!this.problem) this.text(text)
    })
  }

  write(chunk: Buffer): void {
    if (this.problem) return
    this.parser.write(this.decoder.write(chunk))
  }

  end(): void {
    if (this.problem) return
    this.parser.write(this.decoder.end())
    this.parser.close()
    if (!this.problem) this.finish()
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
      this.problem = `starts with <${tag.name}> where its xs:schema should be`
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
    private readonly onFile: (file: ListedFile) => void
  ) {
    super()
  }

  protected open(tag: SaxesTagNS): void {
    if (this.depth === 1 && tag.local !== this.root)
      this.problem = `has the root <${tag.name}>, not <${this.root}>`
    else if (this.depth === 2 && tag.local === 'file')
      this.current = {module: '', domain: '', path: ''}
    else if (this.depth === 3 && this.current && ['module', 'domain', 'path'].includes(tag.local))
      this.field = tag.local as keyof ListedFile
  }

  protected text(text: string): void {
    if (this.current && this.field) this.current[this.field] += text
  }

  protected close(tag: SaxesTagNS): void {
    if (this.depth === 3) this.field = null
    if (this.depth === 2 && tag.local === 'file' && this.current) {
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
