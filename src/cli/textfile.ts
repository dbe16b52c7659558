// `--textfile PATH`: the Prometheus metrics as a file for node_exporter's textfile collector.
// Written whole or not at all: a temporary file in the same folder (so the rename stays on one
// file system), flushed, then renamed over the old one. The collector, reading at any moment,
// sees the old file or the new one, never half of one. The temporary name does not end in
// `.prom`, so the collector never reads it.
import {closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync} from 'node:fs'
import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {InputError} from '../core/errors.js'

/** Checks the path before any request: the folder exists, and the name is one the collector reads. */
export function checkTextfilePath(file: string): string {
  const refuse = (expected: string) =>
    new InputError(
      'textfile',
      `Option "--textfile" has an invalid value "${file}": expected ${expected}.`
    )
  if (!file.endsWith('.prom') || path.basename(file) === '.prom') {
    throw refuse(
      "a file name ending in .prom (node_exporter's textfile collector reads only those)"
    )
  }
  const folder = statOf(path.dirname(path.resolve(file)))
  if (!folder?.isDirectory()) throw refuse('a file in a folder that exists')
  if (statOf(file)?.isDirectory()) throw refuse('a file, not a folder')
  return file
}

/** Replaces `file` with `text` atomically; the temporary file never outlives a failure. */
export function writeTextfile(file: string, text: string): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  try {
    // `wx`: never follow or reuse something already at the temporary name.
    const fd = openSync(temporary, 'wx', 0o644)
    try {
      writeSync(fd, text)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

function statOf(file: string) {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}
