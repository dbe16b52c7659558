// Realistic portal backups for the fake DocSpace, built at test time (never committed): the
// tables in the writer's order, the stored files, then storage/restore_info; as `.tar.gz` or as
// the SaaS `.tar` (restore_info in the middle, a long name). Also the server-wide dump.
import {createHash, randomFillSync} from 'node:crypto'
import {PORTAL_TABLES, tableDocument, type Row, type TableShape} from './tables.js'
import type {TarEntry} from './tar-writer.js'

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

const CHUNK = 64 * 1024

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

interface StoredFile {
  entry: TarEntry
  listed: {module: string; domain: string; path: string}
}

function storedFiles(options: ArchiveOptions): StoredFile[] {
  const count = options.files ?? 3
  const size = options.fileSize ?? 5
  const result: StoredFile[] = []
  for (let id = 1; id <= count; id++) {
    const folder = (Math.floor(id / 1000) + 1) * 1000
    const ext = ['.docx', '.xlsx', '.pdf', '.txt'][id % 4]
    const path = `folder_${folder}/file_${id}/v1/content${ext}`
    result.push({
      entry: contentEntry(`files/${path}`, size, id, options.content),
      listed: {module: 'files', domain: '', path}
    })
  }
  if (options.saasOrder) {
    // A name over 100 bytes (a GNU long name in the `.tar.gz`; the SaaS writer would cut it).
    const path = `${'room_'.repeat(20)}logo.png`
    result.push({
      entry: contentEntry(`room_logos/logos/${path}`, size, 0, options.content),
      listed: {module: 'room_logos', domain: 'logos', path}
    })
  }
  return result
}

function tableShape(table: string, alias: string, tenantId: number, files: number): TableShape {
  if (table === 'tenants_tenants')
    return {
      columns: {id: 'int', alias: 'string', name: 'string', status: 'int'},
      rows: [{id: tenantId, alias, name: 'My portal', status: 0}]
    }
  if (table === 'files_file') {
    const rows: Row[] = []
    for (let id = 1; id <= Math.min(files, 1000); id++)
      rows.push({id, version: 1, tenant_id: tenantId, title: `file ${id}`, content_length: 5})
    return {
      columns: {
        id: 'int',
        version: 'int',
        tenant_id: 'int',
        title: 'string',
        content_length: 'long'
      },
      rows
    }
  }
  if (table === 'core_user')
    return {
      columns: {id: 'string', tenant: 'int', username: 'string', email: 'string'},
      rows: [
        {
          id: '66faa6e4-f133-11ea-b126-00ffeec8b4ef',
          tenant: tenantId,
          username: 'admin',
          email: 'admin@example.com'
        }
      ]
    }
  return {
    columns: {id: 'int', tenant_id: 'int', data: 'string'},
    rows: table.endsWith('_logs') ? [] : [{id: 1, tenant_id: tenantId, data: `${table} row`}]
  }
}

function dumpEntries(options: ArchiveOptions): TarEntry[] {
  const entries = [textEntry('dump', 'True')]
  for (const table of ['tenants_tenants', 'core_user', 'files_file']) {
    entries.push(
      textEntry(
        `/databases/scheme/${table}`,
        `DROP TABLE IF EXISTS \`${table}\`;\nCREATE TABLE \`${table}\` (\`id\` int NOT NULL);`
      )
    )
    entries.push(
      textEntry(`/databases/data/${table}`, `REPLACE INTO \`${table}\` (\`id\`) VALUES (1);`)
    )
  }
  const stored = storedFiles(options).map(({entry, listed}) => ({
    entry: {...entry, name: `storage/${entry.name}`},
    listed
  }))
  entries.push(...stored.map(file => file.entry))
  entries.push(
    textEntry(
      'storage/restore_info',
      fileList(
        'storage_restore',
        stored.map(file => file.listed)
      )
    )
  )
  return entries
}

function fileList(
  root: string,
  files: {module: string; domain: string; path: string; error?: string}[]
): string {
  const items = files.map(
    file =>
      `<file><domain>${file.domain}</domain><module>${file.module}</module><path>${file.path}</path><tenant>1</tenant>${file.error ? `<error>${file.error}</error>` : ''}</file>`
  )
  return `<${root}>${items.join('')}</${root}>`
}

function textEntry(name: string, text: string): TarEntry {
  const bytes = Buffer.from(text, 'utf8')
  return {name, size: bytes.length, chunks: () => [bytes]}
}

/** A stored file's bytes, made piece by piece: a 1 GB archive is never whole in memory. */
function contentEntry(
  name: string,
  size: number,
  seed: number,
  content: ArchiveOptions['content']
): TarEntry {
  return {
    name,
    size,
    *chunks() {
      for (let at = 0; at < size; at += CHUNK) {
        const piece = Buffer.allocUnsafe(Math.min(CHUNK, size - at))
        if (content === 'random') randomFillSync(piece)
        else pattern(piece, seed, at)
        yield piece
      }
    }
  }
}

/** Repeatable bytes: SHA-256 in counter mode (small files only: the tests). */
function pattern(piece: Buffer, seed: number, at: number): void {
  for (let i = 0; i < piece.length; i += 32) {
    createHash('sha256')
      .update(`${seed}:${at + i}`)
      .digest()
      .copy(piece, i)
  }
}
