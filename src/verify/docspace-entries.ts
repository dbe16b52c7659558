// Levels 4 and 5: what DocSpace's restore reads, entry by entry as the tar reader finds them:
// the `dump` marker, the table documents, and `storage/restore_info` against the stored files.
// A failure certain before the end (a table that does not parse, a name restore refuses) is
// known at once, so reading can stop there.
import {quoted, restorePath} from './entry-name.js'
import {VerifyFailure} from './failure.js'
import {LaterNames, NameHashes} from './name-hashes.js'
import type {EntryHeader} from './tar-extended.js'
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
/** Names of listed files without an entry, shown in the message. */
const MISSING_SHOWN = 3
/** Listed names whose entry had not come yet, kept as text for the message (hashes for all). */
const LATER_KEPT = 1000
/** Hard and symbolic links: SharpZipLib's ExtractContents, which restore uses, skips them. */
const LINK_TYPES = ['1', '2']

export class DocSpaceEntries implements TarEntries {
  tables = 0
  schemeTables = 0
  files = 0
  dump = false
  listedFiles: number | null = null
  missingInfoFiles: number | null = null
  /** The failure of level 4 or 5 found while the archive streams, if any. */
  failure: VerifyFailure | null = null
  private dumpText = ''
  private readonly coreTables = new Set<string>()
  private readonly stored = new NameHashes()
  /** Files restore_info lists whose entry had not been seen yet (in a `.tar`, it may come first). */
  private readonly later = new LaterNames()
  private readonly laterShown: string[] = []
  private current: (() => void) | null = null

  /** `expectDump`: `null` lets the archive say (a `dump` entry makes it a dump). */
  constructor(private readonly expectDump: boolean | null) {}

  entry(header: EntryHeader): ((chunk: Buffer) => void) | null {
    const name = restorePath(header.name)
    if (name === null) {
      this.fail(
        'structure',
        `entry ${quoted(header.name)} climbs out of the folder restore extracts to: DocSpace's restore refuses it ("Parent traversal in paths is not allowed") and stops`
      )
      return null
    }
    if (header.type === '5' || header.name.endsWith('/') || name === '') return null
    if (LINK_TYPES.includes(header.type)) return null
    if (name === 'dump') return this.dumpEntry()
    if (name === RESTORE_INFO || name === MISSING_INFO) return this.fileList(name)
    const parts = name.split('/')
    if (parts[0] === 'databases' && parts.length === 3) return this.table(name, parts[1])
    this.files++
    // A dump stores files under storage/, restore_info lists them without it.
    this.stored.add(name.startsWith('storage/') ? name.slice('storage/'.length) : name)
    return null
  }

  entryEnd(): void {
    this.current?.()
    this.current = null
  }

  /** Level 4's verdict at the end: `null` when restore would accept the archive's structure. */
  structure(): string | null {
    const dump = this.expectDump ?? this.dump
    if (dump && !this.dump) return 'no "dump" entry: a server-wide (dump) backup has one'
    if (dump) {
      if (this.dumpText.trim() !== 'True')
        return `the "dump" entry holds ${quoted(this.dumpText.trim().slice(0, 8))}, not "True"`
      if (this.schemeTables === 0)
        return 'no databases/scheme/* entries: a dump restores its tables from them'
      return null
    }
    const missing = CORE_TABLES.filter(table => !this.coreTables.has(table))
    if (missing.length > 0)
      return `the core table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`
    return null
  }

  /** Level 5's verdict at the end: `null` when every file restore_info lists has its entry. */
  completeness(): string | null {
    if (this.listedFiles === null)
      return `no ${RESTORE_INFO} entry: restore would bring back no stored files`
    const missing = this.stored.countMissing(this.later)
    if (missing === 0) return null
    const names = this.laterShown.filter(name => !this.stored.has(name))
    const shown = names.slice(0, MISSING_SHOWN).map(quoted).join(', ')
    const more = missing - Math.min(names.length, MISSING_SHOWN)
    const list = shown
      ? `: ${shown}${more > 0 ? ` and ${more} more` : ''}`
      : ` (names past the first ${LATER_KEPT} listed are not kept)`
    return `${RESTORE_INFO} lists ${missing} file${missing > 1 ? 's' : ''} with no entry in the archive${list}`
  }

  private dumpEntry(): (chunk: Buffer) => void {
    this.dump = true
    if (this.expectDump === false)
      this.fail(
        'structure',
        'a "dump" entry: restore refuses it in a portal backup (it marks a server-wide dump)'
      )
    return chunk => {
      if (this.dumpText.length < 16) this.dumpText += chunk.toString('latin1', 0, 16)
    }
  }

  private table(name: string, connection: string): (chunk: Buffer) => void {
    this.tables++
    if (CORE_TABLES.includes(name)) this.coreTables.add(name)
    if (connection === 'scheme' || connection === 'data') {
      if (connection === 'scheme') this.schemeTables++
      return () => undefined
    }
    const document = new TableDocument()
    const judge = (): void => {
      const problem =
        document.problem ??
        (name === TENANTS && document.rows !== 1
          ? `has ${document.rows} rows (restore needs exactly this portal's one)`
          : null)
      if (problem) this.fail('structure', `entry ${quoted(name)} ${problem}`)
    }
    this.current = () => {
      document.end()
      judge()
    }
    return chunk => {
      document.write(chunk)
      if (document.problem) judge()
    }
  }

  private fileList(name: string): (chunk: Buffer) => void {
    const restoreInfo = name === RESTORE_INFO
    const document = new FileListDocument(
      restoreInfo ? 'storage_restore' : 'storage_missing',
      file => {
        if (restoreInfo) this.listed(file)
      }
    )
    const judge = (): void => {
      if (restoreInfo && document.problem)
        this.fail('completeness', `entry ${quoted(name)} ${document.problem}`)
    }
    this.current = () => {
      document.end()
      if (restoreInfo) this.listedFiles = document.files
      else this.missingInfoFiles = document.files
      judge()
    }
    return chunk => {
      document.write(chunk)
      if (document.problem) judge()
    }
  }

  private listed(file: ListedFile): void {
    // As the writer combines them: an empty domain leaves no empty segment.
    const joined = [file.module, file.domain, file.path].filter(Boolean).join('/')
    const name = restorePath(joined) ?? joined
    if (this.stored.has(name)) return
    this.later.push(name)
    if (this.laterShown.length < LATER_KEPT) this.laterShown.push(name)
  }

  private fail(level: 'structure' | 'completeness', message: string): void {
    this.failure ??= new VerifyFailure(level, `${level}: ${message}`)
  }
}
