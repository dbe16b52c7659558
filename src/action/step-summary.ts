// The job summary: markdown appended to the file the runner names in GITHUB_STEP_SUMMARY, as
// `core.summary.addRaw(markdown).write()` does, but synchronously: its fs.promises calls start
// libuv's thread pool, which costs several ms at the end of every run.
import {appendFileSync} from 'node:fs'

/** Appends the markdown to the step summary; throws when the runner gave no summary file. */
export function writeStepSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) throw new Error('the runner set no GITHUB_STEP_SUMMARY file')
  appendFileSync(file, markdown, 'utf8')
}
