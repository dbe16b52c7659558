// `npm run bench`: every part of the bench, each in its own Node process, all of them even when one
// fails (a failed part must not hide the figures of the next), then which failed; exit 1 if any did.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

// Add a part here: its file in bench/, run with the Node that runs this file. Files named as
// arguments replace the list (test/repo/bench-all.test.ts runs the runner that way).
const BENCH = path.dirname(fileURLToPath(import.meta.url))
const parts =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['run.js', 'verify.js', 'hostile.js', 'fleet.js', 'exporter.js']

const failed = []
for (const part of parts) {
  const file = path.resolve(BENCH, part)
  const name = path.relative(process.cwd(), file)
  console.log(`\n<!-- ${name} -->\n`)
  const {status, signal, error} = spawnSync(process.execPath, [file], {stdio: 'inherit'})
  if (error || status !== 0) {
    const how = error ? error.message : signal ? `signal ${signal}` : `exit ${status}`
    failed.push(`${name} (${how})`)
  }
}

if (failed.length === 0) {
  console.log(`\nbench: all ${parts.length} parts passed`)
} else {
  console.log(`\nbench: ${failed.length} of ${parts.length} parts failed: ${failed.join(', ')}`)
  process.exitCode = 1
}
