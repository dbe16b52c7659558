// `node --import ./bench/report-hwm.js SCRIPT`: prints the process's peak resident set size as
// Linux counts it (VmHWM in /proc/self/status, KiB) to stderr on exit.
import {readFileSync} from 'node:fs'

process.on('exit', () => {
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
  process.stderr.write(`bench-vmhwm-kb=${hwm ?? '?'}\n`)
})
