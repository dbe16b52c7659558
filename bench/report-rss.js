// `node --import ./bench/report-rss.js SCRIPT`: prints the process's peak resident set size (KiB)
// to stderr on exit. The benchmark's fallback when GNU time (/usr/bin/time -f %M) is missing.
process.on('exit', () => {
  process.stderr.write(`bench-max-rss-kb=${process.resourceUsage().maxRSS}\n`)
})
