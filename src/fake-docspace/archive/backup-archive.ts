// Realistic portal backups for the fake DocSpace, built at test time (never committed): the
// tables in the writer's order, the stored files, then storage/restore_info; as `.tar.gz` or as
// the SaaS `.tar` (restore_info in the middle, a long name). Also the server-wide dump.
import type {ArchiveOptions, EntryChanges} from './archive-options.js'
import {dumpEntries} from './dump-entries.js'
import {fileList, textEntry} from './entry-bytes.js'
import {storedFiles} from './stored-files.js'
import {tableShape} from './table-rows.js'
import {PORTAL_TABLES, tableDocument} from './tables.js'
import type {TarEntry} from './tar-writer.js'

export function backupEntries(
  options: ArchiveOptions = {},
  changes: EntryChanges = {}
): TarEntry[] {
  if (options.dump) return dumpEntries(options)
  const alias = options.alias ?? 'myportal'
  const tenantId = options.tenantId ?? 1
  const stored = storedFiles(options)
  const tables: TarEntry[] = []
  for (const [connection, names] of PORTAL_TABLES) {
    for (const table of names) {
      if (changes.dropTable === table) continue
      const shape = tableShape(table, alias, tenantId, stored.length)
      if (table === 'tenants_tenants') {
        shape.rows = shape.rows.slice(0, changes.tenantRows ?? 1)
        shape.schema = changes.schema
        while (shape.rows.length < (changes.tenantRows ?? 1))
          shape.rows.push({id: tenantId + shape.rows.length, alias})
      }
      tables.push(textEntry(`databases/${connection}/${table}`, tableDocument(table, shape)))
    }
  }
  const listed = stored.map(file => file.listed)
  if (changes.unlistedFile)
    listed.push({module: 'files', domain: '', path: 'folder_9000/file_8999/v1/content.pdf'})
  const restoreInfo = textEntry('storage/restore_info', fileList('storage_restore', listed))
  const files = stored.map(file => file.entry)
  const entries = [...(changes.addDump ? [textEntry('dump', 'True')] : []), ...tables]
  if (options.saasOrder) {
    const half = Math.ceil(files.length / 2)
    entries.push(
      ...files.slice(0, half),
      ...(changes.dropRestoreInfo ? [] : [restoreInfo]),
      ...files.slice(half)
    )
  } else {
    entries.push(...files, ...(changes.dropRestoreInfo ? [] : [restoreInfo]))
  }
  if (changes.missingInfo) {
    const missing = [
      {
        module: 'files',
        domain: '',
        path: 'folder_1000/file_404/v1/content.docx',
        error: 'Could not find file'
      }
    ]
    entries.push(textEntry('storage/missing_info', fileList('storage_missing', missing)))
  }
  return entries
}
