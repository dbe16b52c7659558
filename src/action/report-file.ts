// The markdown report as a file, for notifier steps (Slack, e-mail) that read `report-file`.
// Written synchronously: a small file, and no async fs call means no libuv thread pool to start
// (several ms at the end of every run).
import {mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Writes the report under RUNNER_TEMP (the system temp folder outside Actions); returns its path. */
export function writeReportFile(portal: string, markdown: string): string {
  const folder = path.join(process.env.RUNNER_TEMP || tmpdir(), 'docspace-backup-check')
  mkdirSync(folder, {recursive: true})
  // One file per portal (host, port and path): checks of several portals in one job keep all.
  const name = portal.replace(/^https?:\/\//, '').replace(/[^a-zA-Z0-9.-]+/g, '_')
  const file = path.join(folder, `${name}.md`)
  writeFileSync(file, markdown, 'utf8')
  return file
}
