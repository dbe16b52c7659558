// The markdown report as a file, for notifier steps (Slack, e-mail) that read `report-file`.
// One file per step and portal: the name holds the portal (encoded one-to-one) and the step
// (GITHUB_ACTION: its `id`, or the runner's own unique name), and an existing file is never
// overwritten. Written synchronously: a small file, and no async fs call means no libuv thread
// pool to start (several ms at the end of every run).
import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Longest name part kept as is; a longer one is cut and told apart by a hash (file systems
 * take 255 bytes per name). */
const MAX_PART = 120

/** Writes the report under RUNNER_TEMP (the system temp folder outside Actions); returns its path. */
export function writeReportFile(portal: string, markdown: string): string {
  const folder = path.join(process.env.RUNNER_TEMP || tmpdir(), 'docspace-backup-check')
  mkdirSync(folder, {recursive: true})
  const step = process.env.GITHUB_ACTION
  const base = [portal.replace(/^https?:\/\//, ''), ...(step ? [step] : [])].map(namePart).join('+')
  for (let copy = 1; ; copy++) {
    const file = path.join(folder, `${base}${copy === 1 ? '' : `+${copy}`}.md`)
    try {
      // `wx`: never over another step's file (or an earlier run's, outside Actions).
      writeFileSync(file, markdown, {encoding: 'utf8', flag: 'wx'})
      return file
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

/**
 * Text as a file name part, one-to-one: `a-z`, `0-9`, `.` and `-` stay, every other UTF-8 byte
 * is `_` and two hex digits (capitals too, for case-insensitive file systems), so `x_y` and
 * `x/y` never share a name. A long part keeps its start and ends with a hash of the whole.
 */
export function namePart(text: string): string {
  const encoded = [...Buffer.from(text, 'utf8')]
    .map(byte => {
      const char = String.fromCharCode(byte)
      return /[a-z0-9.-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`
    })
    .join('')
  if (encoded.length <= MAX_PART) return encoded
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 32)
  return `${encoded.slice(0, MAX_PART - 33)}~${hash}`
}
