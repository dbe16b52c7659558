// The server-wide dump: SQL schema and data per table, then every stored file under storage/.
import type {ArchiveOptions} from './archive-options.js'
import {fileList, textEntry} from './entry-bytes.js'
import {storedFiles} from './stored-files.js'
import type {TarEntry} from './tar-writer.js'

export function dumpEntries(options: ArchiveOptions): TarEntry[] {
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
