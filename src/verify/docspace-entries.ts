// Levels 4 and 5: what DocSpace's restore reads, entry by entry as the tar reader finds them:
// the `dump` marker, the table documents, and `storage/restore_info` against the stored files.
import {createHash} from 'node:crypto'
import type {TarEntries} from './tar-reader.js'
import {FileListDocument, TableDocument, type ListedFile} from './xml-document.js'

/** Tables a portal backup of any DocSpace version holds; others vary with the version. */
export const CORE_TABLES = [
  'databases/core/tenants_tenants',
  'databases/core/core_user',
  'databases/core/core_settings',
  'databases/files/files_file',
  'databases/files/files_folder',
  'databases/files/files_folder_tree',
  'databases/files/files_security'
]
const TENANTS = 'databases/core/tenants_tenants'
const RESTORE_INFO = 'storage/restore_info'
const MISSING_INFO = 'storage/missing_info'
/** Names of listed files without an entry, kept for the message. */
const MISSING_SHOWN = 3

export class DocSpaceEntries implements TarEntries {
  tables = 0
  schemeTables = 0
  files = 0
  dump = false
  listedFiles: number | null = null
  missingInfoFiles: number | null = null
  structureProblem: string | null = null
  private dumpText = ''
  private readonly present = new Set<string>()
  /** Fingerprints of the stored files' entry names: memory per entry stays small. */
  private readonly stored = new Set<string>()
  /** Files restore_info lists whose entry had not been seen yet (in a `.tar`, it may come first). */
  private unresolved: string[] = []
  private restoreInfoProblem: string | null = null
  private current: {name: string; finish: () => void} | null = null

  entry(rawName: string, _size: number, type: string): ((chunk: Buffer) => void) | null {
    const name = normalise(rawName)
    if (type === '5' || name.endsWith('/') || name === '') return null
    if (name === 'dump') {
      this.dump = true
      return chunk => {
        if (this.dumpText.length < 16) this.dumpText += chunk.toString('latin1', 0, 16)
      }
    }
    if (name === RESTORE_INFO || name === MISSING_INFO) return this.fileList(name)
    const parts = name.split('/')
    if (parts[0] === 'databases' && parts.length === 3) return this.table(name, parts[1])
    this.files++
    this.stored.add(fingerprint(name))
    return null
  }

  entryEnd(): void {
    this.current?.finish()
    this.current = null
  }

  /** Level 4's verdict: `null` when restore would accept the archive's structure. */
  structure(expectDump: boolean | null): string | null {
    const dump = expectDump ?? this.dump
    if (this.dump && !dump)
      return 'a "dump" entry: restore refuses it in a portal backup (it marks a server-wide dump)'
    if (dump && !this.dump) return 'no "dump" entry: a server-wide (dump) backup has one'
    if (dump) {
      if (this.dumpText.trim() !== 'True')
        return `the "dump" entry holds "${this.dumpText.trim().slice(0, 8)}", not "True"`
      if (this.schemeTables === 0)
        return 'no databases/scheme/* entries: a dump restores its tables from them'
      return null
    }
    if (this.structureProblem) return this.structureProblem
    const missing = CORE_TABLES.filter(table => !this.present.has(table))
    if (missing.length > 0)
      return `the core table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`
    return null
  }

  /** Level 5's verdict: `null` when every file restore_info lists has its entry. */
  completeness(): string | null {
    if (this.restoreInfoProblem) return this.restoreInfoProblem
    if (this.listedFiles === null)
      return `no ${RESTORE_INFO} entry: restore would bring back no stored files`
    const missing = this.unresolved.filter(
      name =>
        !this.stored.has(fingerprint(name)) && !this.stored.has(fingerprint(`storage/${name}`))
    )
    if (missing.length === 0) return null
    const shown = missing
      .slice(0, MISSING_SHOWN)
      .map(name => `"${name}"`)
      .join(', ')
    const more = missing.length > MISSING_SHOWN ? ` and ${missing.length - MISSING_SHOWN} more` : ''
    return `${RESTORE_INFO} lists ${missing.length} file${missing.length > 1 ? 's' : ''} with no entry in the archive: ${shown}${more}`
  }

  private table(name: string, connection: string): (chunk: Buffer) => void {
    this.tables++
    this.present.add(name)
    if (connection === 'scheme' || connection === 'data') {
      if (connection === 'scheme') this.schemeTables++
      return () => undefined
    }
    const document = new TableDocument()
    this.current = {
      name,
      finish: () => {
        document.end()
        const problem =
          document.problem ??
          (name === TENANTS && document.rows !== 1
            ? `has ${document.rows} rows (restore needs exactly this portal's one)`
            : null)
        if (problem) this.structureProblem ??= `entry "${name}" ${problem}`
      }
    }
    return chunk => document.write(chunk)
  }

  private fileList(name: string): (chunk: Buffer) => void {
    const restoreInfo = name === RESTORE_INFO
    const document = new FileListDocument(
      restoreInfo ? 'storage_restore' : 'storage_missing',
      file => {
        if (restoreInfo) this.listed(file)
      }
    )
    this.current = {
      name,
      finish: () => {
        document.end()
        if (restoreInfo) {
          this.listedFiles = document.files
          if (document.problem) this.restoreInfoProblem ??= `entry "${name}" ${document.problem}`
        } else {
          this.missingInfoFiles = document.files
        }
      }
    }
    return chunk => document.write(chunk)
  }

  private listed(file: ListedFile): void {
    // As the writer combines them: an empty domain leaves no empty segment.
    const name = normalise([file.module, file.domain, file.path].filter(Boolean).join('/'))
    if (!this.stored.has(fingerprint(name)) && !this.stored.has(fingerprint(`storage/${name}`)))
      this.unresolved.push(name)
  }
}

/** Entry names as restore compares them: `/` separators, no leading `/` or `./`. */
function normalise(name: string): string {
  return name.replaceAll('\\', '/').replace(/^(\.?\/)+/, '')
}

function fingerprint(name: string): string {
  return createHash('sha1').update(name).digest('base64').slice(0, 16)
}
