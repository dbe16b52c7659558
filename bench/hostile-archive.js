// `node bench/hostile-archive.js KIND COUNT OUT`: a DocSpace-shaped backup built to hurt the
// restore check, streamed through gzip -1 into OUT with the project's own tar writer (so it runs
// on Node 24, which reads the writer's TypeScript). KIND: `entries` (COUNT zero-byte stored
// files, all listed in restore_info), `text` (a core_user cell of COUNT bytes), `attribute` (a
// core_user attribute of COUNT bytes) or `nesting` (COUNT elements nested in one core_user row).
import {createWriteStream} from 'node:fs'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createGzip} from 'node:zlib'
import {tarChunks} from '../src/fake-docspace/archive/tar-writer.ts'
import {listedFile, row, TABLE_TAIL, table, tableHead} from './docspace-xml.js'

const [kind, countText, out] = process.argv.slice(2)
const count = Number(countText)
/** Characters per piece of a long run. */
const PIECE = 1024 * 1024
const TABLES = {
  core: ['tenants_tenants', 'core_user', 'core_settings'],
  files: ['files_file', 'files_folder', 'files_folder_tree', 'files_security']
}

/** `unit` repeated `times` times, in pieces of about a MiB. */
function* repeated(unit, times) {
  const perPiece = Math.max(1, Math.floor(PIECE / unit.length))
  const piece = unit.repeat(Math.min(perPiece, times))
  for (let left = times; left > 0; left -= perPiece)
    yield left >= perPiece ? piece : unit.repeat(left)
}

/** core_user as the kind makes it, as a function that yields its text anew each time. */
function hostileUser() {
  const head = `${tableHead('core_user')}${row('core_user', 1)}`
  if (kind === 'text')
    return function* () {
      yield `${head}<core_user><id>2</id><tenant_id>1</tenant_id><alias>`
      yield* repeated('a', count)
      yield `</alias></core_user>${TABLE_TAIL}`
    }
  if (kind === 'attribute')
    return function* () {
      yield `${head}<core_user alias="`
      yield* repeated('a', count)
      yield `"><id>2</id></core_user>${TABLE_TAIL}`
    }
  if (kind === 'nesting')
    return function* () {
      yield `${head}<core_user>`
      yield* repeated('<n>', count)
      yield* repeated('</n>', count)
      yield `</core_user>${TABLE_TAIL}`
    }
  return null
}

/** A tar entry from a function that yields its (ASCII) text in pieces. */
function streamed(name, parts) {
  let size = 0
  for (const part of parts()) size += part.length
  return {
    name,
    size,
    *chunks() {
      for (const part of parts()) yield Buffer.from(part, 'latin1')
    }
  }
}

function* entries() {
  const user = hostileUser()
  for (const [connection, names] of Object.entries(TABLES))
    for (const name of names) {
      const text = table(name, name === 'tenants_tenants' ? 1 : 3)
      yield streamed(
        `databases/${connection}/${name}`,
        name === 'core_user' && user ? user : () => [text]
      )
    }
  const files = kind === 'entries' ? count : 0
  const relative = i => `folder_${(Math.floor(i / 1000) + 1) * 1000}/file_${i}/v1/content.bin`
  for (let i = 1; i <= files; i++) yield {name: `files/${relative(i)}`, size: 0, chunks: () => []}
  yield streamed('storage/restore_info', function* () {
    yield '<storage_restore>'
    for (let i = 1; i <= files; i++) yield listedFile(relative(i))
    yield '</storage_restore>'
  })
}

/** The tar's pieces joined into about a MiB each: zlib then works in large steps. */
function* batched(chunks) {
  let parts = []
  let size = 0
  for (const chunk of chunks) {
    parts.push(chunk)
    size += chunk.length
    if (size < PIECE) continue
    yield Buffer.concat(parts)
    parts = []
    size = 0
  }
  if (size > 0) yield Buffer.concat(parts)
}

await pipeline(
  Readable.from(batched(tarChunks(entries()))),
  createGzip({level: 1}),
  createWriteStream(out)
)
