// What a built backup looks like, and what a broken twin changes: shared by every builder.
import type {TableShape} from './tables.js'

export interface ArchiveOptions {
  alias?: string
  tenantId?: number
  /** Stored files (default 3). */
  files?: number
  /** Bytes per stored file (default 5). */
  fileSize?: number
  /** `random`: incompressible contents (the benchmark); default a seeded, repeatable pattern. */
  content?: 'pattern' | 'random'
  /** The SaaS `.tar` order: restore_info before the last files, and a name over 100 bytes. */
  saasOrder?: boolean
  /** A server-wide dump (`dump`, `databases/scheme/*`, `databases/data/*`). */
  dump?: boolean
}

/** What a broken twin changes in the entries. */
export interface EntryChanges {
  dropRestoreInfo?: boolean
  unlistedFile?: boolean
  addDump?: boolean
  tenantRows?: number
  schema?: TableShape['schema']
  dropTable?: string
  missingInfo?: boolean
}
