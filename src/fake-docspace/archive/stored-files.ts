// The portal's stored files (documents, a room logo with a long name) as tar entries and as
// the restore_info lines that list them.
import type {ArchiveOptions} from './archive-options.js'
import {contentEntry} from './entry-bytes.js'
import type {TarEntry} from './tar-writer.js'

export interface StoredFile {
  entry: TarEntry
  listed: {module: string; domain: string; path: string}
}

export function storedFiles(options: ArchiveOptions): StoredFile[] {
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
