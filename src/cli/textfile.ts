// `--textfile PATH`: the Prometheus metrics as a file for node_exporter's textfile collector.
// Written whole or not at all: a temporary file in the same folder (so the rename stays on one
// file system), flushed, then renamed over the old one. The collector, reading at any moment,
// sees the old file or the new one, never half of one. The temporary name does not end in
// `.prom`, so the collector never reads it.
import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {InputError, messageOf, quoteValue} from '../core/errors.js'
import type {Report} from '../report/shape.js'

/**
 * Checks the path before any request: the name is one the collector reads, and its folder
 * exists, is a folder, and takes a new file. The folder is resolved as the system walks it
 * (`DIR/missing/../x.prom` has none); the resolved path is where the metrics are written.
 */
export function checkTextfilePath(file: string): string {
  const refuse = (expected: string) =>
    new InputError(
      'textfile',
      `Option "--textfile" has an invalid value ${quoteValue(file)}: expected ${expected}.`
    )
  const name = path.basename(file)
  if (!file.endsWith('.prom') || name === '.prom') {
    throw refuse(
      "a file name ending in .prom (node_exporter's textfile collector reads only those)"
    )
  }
  let folder: string
  try {
    // realpath(3), not Node's own realpathSync, which takes `..` away before it looks.
    folder = realpathSync.native(path.dirname(file))
  } catch {
    throw refuse('a file in a folder that exists')
  }
  if (!statOf(folder)?.isDirectory()) throw refuse('a file in a folder that exists')
  const target = path.join(folder, name)
  if (statOf(target)?.isDirectory()) throw refuse('a file, not a folder')
  const problem = cannotCreateIn(folder, name)
  if (problem) throw refuse(`a file in a folder where this user can write (${problem})`)
  return target
}

/** Replaces `file` with `text` atomically; the temporary file never outlives a failure. */
export function writeTextfile(file: string, text: string): void {
  const temporary = temporaryName(file, 'tmp')
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

/**
 * `--textfile`: the metrics, whatever `--format` prints. Written before anything is printed, so
 * that a failure to write is reported as the run's error (nagios: UNKNOWN), not after an OK.
 */
export async function publishMetrics(textfile: string | undefined, reports: Report[]) {
  if (textfile === undefined) return
  const {renderPrometheus} = await import('../render/prometheus.js')
  publishExposition(textfile, renderPrometheus(reports))
}

/** `--textfile` with metrics already rendered (a fleet's); a failure is the run's error. */
export function publishExposition(textfile: string, exposition: string): void {
  try {
    writeTextfile(textfile, exposition)
  } catch (error) {
    throw new Error(`Could not write the metrics to --textfile "${textfile}": ${messageOf(error)}`)
  }
}

/** Invalid arguments: `up` 0 replaces the last good run's figures, which must not look current. */
export async function publishUnchecked(textfile: string | undefined, host: string) {
  if (textfile === undefined) return
  const {renderPrometheusUnchecked} = await import('../render/prometheus.js')
  try {
    writeTextfile(textfile, renderPrometheusUnchecked(host, 'invalid-input', new Date()))
  } catch (error) {
    console.error(`Could not write the metrics to --textfile: ${messageOf(error)}`)
  }
}

/** Whether a file can be created beside `name`: tried, as `access()` says yes to root. */
function cannotCreateIn(folder: string, name: string): string | null {
  const probe = temporaryName(path.join(folder, name), 'probe')
  try {
    closeSync(openSync(probe, 'wx', 0o600))
    rmSync(probe, {force: true})
    return null
  } catch (error) {
    return (error as {code?: string}).code ?? messageOf(error)
  }
}

function temporaryName(file: string, kind: string): string {
  const random = randomBytes(4).toString('hex')
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${random}.${kind}`)
}

function statOf(file: string) {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}
