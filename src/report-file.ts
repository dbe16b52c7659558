// The markdown report as a file, for notifier steps (Slack, e-mail) that read `report-file`.
import {mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Writes the report under RUNNER_TEMP (the system temp folder outside Actions); returns its path. */
export async function writeReportFile(host: string, markdown: string): Promise<string> {
  const folder = path.join(process.env.RUNNER_TEMP || tmpdir(), 'docspace-backup-check')
  await mkdir(folder, {recursive: true})
  // One file per portal: two checks of different portals in one job keep both reports.
  const file = path.join(folder, `${host.replace(/[^a-zA-Z0-9.-]+/g, '_')}.md`)
  await writeFile(file, markdown, 'utf8')
  return file
}
