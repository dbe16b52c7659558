// Maintainer tool: the README's screenshots of the job summary. Runs the bundled CLI against its
// two embedded demo portals (`--format markdown`: the same markdown the Action writes as the job
// summary), renders each summary to HTML styled like GitHub's markdown, and screenshots it with
// headless Chromium into docs/screenshots/summary-healthy.png and summary-unhealthy.png, each
// window as tall as its content.
//
//   npm run bundle && node script/screenshots.js [--keep]
//
// Needs Chromium (Debian: `apt-get install chromium fonts-noto-color-emoji`; another binary:
// CHROMIUM=/path/to/chrome). `--keep` keeps the HTML and the Chromium profile, and prints where.
// Not part of the test suite; nothing here is imported by src/ or test/.
import {spawnSync} from 'node:child_process'
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist/cli/index.js')
const outDir = path.join(root, 'docs/screenshots')
const WIDTH = 1000
const MEASURE_HEIGHT = 1400
const CHROMIUM_TIMEOUT_MS = 60_000

// ---------------------------------------------------------------------------------------------
// Markdown to HTML, for what the summary uses: ATX headings, pipe tables (with alignment), flat
// lists, paragraphs, fenced code, thematic breaks; inline code, bold, italics, strikethrough,
// links, bare URLs (GitHub links them), backslash escapes and entity references. Anything else
// is shown as text, escaped: this is a preview, so never raw HTML.

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/
const ENTITY = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i
const HTML_ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

/** @param {string} text */
const escapeHtml = text => text.replace(/[&<>"]/g, char => HTML_ESCAPES[char])

/** The index of the next `delimiter` at or after `from` that is not escaped nor in code.
 * @param {string} text @param {string} delimiter @param {number} from */
function findClosing(text, delimiter, from) {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '`') {
      const run = /^`+/.exec(text.slice(i))[0]
      const end = text.indexOf(run, i + run.length)
      if (end !== -1) i = end + run.length - 1
    } else if (text.startsWith(delimiter, i)) return i
  }
  return -1
}

/** @param {string} text @returns {string} */
function inline(text) {
  let html = ''
  let i = 0
  const isWordChar = (/** @type {string | undefined} */ char) =>
    !!char && /[\p{L}\p{N}]/u.test(char)
  while (i < text.length) {
    const rest = text.slice(i)
    const char = text[i]
    if (char === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      html += escapeHtml(text[i + 1])
      i += 2
      continue
    }
    if (char === '\\' && text[i + 1] === '\n') {
      html += '<br>\n'
      i += 2
      continue
    }
    if (char === '`') {
      const run = /^`+/.exec(rest)[0]
      const end = text.indexOf(run, i + run.length)
      if (end !== -1 && text[end + run.length] !== '`') {
        let code = text.slice(i + run.length, end).replace(/\n/g, ' ')
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1)
        html += `<code>${escapeHtml(code)}</code>`
        i = end + run.length
        continue
      }
      html += run
      i += run.length
      continue
    }
    if (char === '&') {
      const entity = ENTITY.exec(rest)
      html += entity ? entity[0] : '&amp;'
      i += entity ? entity[0].length : 1
      continue
    }
    const pair = ['**', '__', '~~'].find(delimiter => rest.startsWith(delimiter))
    if (pair && !/\s/.test(text[i + 2] ?? ' ')) {
      const end = findClosing(text, pair, i + 2)
      if (end > i + 2 && !/\s/.test(text[end - 1])) {
        const tag = pair === '~~' ? 'del' : 'strong'
        html += `<${tag}>${inline(text.slice(i + 2, end))}</${tag}>`
        i = end + 2
        continue
      }
    }
    if (
      (char === '*' || (char === '_' && !isWordChar(text[i - 1]))) &&
      !/\s/.test(text[i + 1] ?? ' ')
    ) {
      const end = findClosing(text, char, i + 1)
      const closes =
        end > i + 1 && !/\s/.test(text[end - 1]) && !(char === '_' && isWordChar(text[end + 1]))
      if (closes) {
        html += `<em>${inline(text.slice(i + 1, end))}</em>`
        i = end + 1
        continue
      }
    }
    const link = /^\[([^\]]*)\]\(([^)\s]+)\)/.exec(rest)
    if (link) {
      html += `<a href="${escapeHtml(link[2])}">${inline(link[1])}</a>`
      i += link[0].length
      continue
    }
    const url = !isWordChar(text[i - 1]) && /^https?:\/\/[^\s<]*[^\s<.,:;"')\]]/.exec(rest)
    if (url) {
      html += `<a href="${escapeHtml(url[0])}">${escapeHtml(url[0])}</a>`
      i += url[0].length
      continue
    }
    if (char === ' ' && /^ {2,}\n/.test(rest)) {
      html += '<br>\n'
      i += /^ +\n/.exec(rest)[0].length
      continue
    }
    html += escapeHtml(char)
    i++
  }
  return html
}

/** Splits a table row on unescaped pipes (as GFM does, also inside code spans).
 * @param {string} line */
function cells(line) {
  const parts = []
  let cell = ''
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && line[i + 1] === '|') {
      cell += '\\|'
      i++
    } else if (line[i] === '|') {
      parts.push(cell)
      cell = ''
    } else cell += line[i]
  }
  parts.push(cell)
  if (parts[0].trim() === '') parts.shift()
  if (parts.length > 0 && parts.at(-1).trim() === '') parts.pop()
  return parts.map(part => part.trim().replace(/\\\|/g, '|'))
}

const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/
const BULLET = /^ {0,3}([-*+])\s+(.*)$/
const ORDERED = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/
const BREAK = /^ {0,3}([-*_])(\s*\1){2,}\s*$/

/** @param {string} markdown @returns {string} */
function markdownToHtml(markdown) {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const html = []
  let i = 0
  const isBlank = (/** @type {string} */ line) => line.trim() === ''
  const startsBlock = (/** @type {string} */ line, /** @type {string | undefined} */ next) =>
    HEADING.test(line) ||
    FENCE.test(line) ||
    BULLET.test(line) ||
    ORDERED.test(line) ||
    BREAK.test(line) ||
    (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-'))
  while (i < lines.length) {
    const line = lines[i]
    if (isBlank(line)) {
      i++
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      const body = []
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++)
        body.push(lines[i])
      i++
      const lang = fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : ''
      html.push(`<pre><code${lang}>${escapeHtml(body.join('\n'))}</code></pre>`)
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      const level = heading[1].length
      html.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`)
      i++
      continue
    }
    if (BREAK.test(line)) {
      html.push('<hr>')
      i++
      continue
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1])) {
      const header = cells(line)
      const aligns = cells(lines[i + 1]).map(spec =>
        spec.startsWith(':') && spec.endsWith(':')
          ? 'center'
          : spec.endsWith(':')
            ? 'right'
            : spec.startsWith(':')
              ? 'left'
              : ''
      )
      const style = (/** @type {number} */ column) =>
        aligns[column] ? ` align="${aligns[column]}"` : ''
      const row = (/** @type {string[]} */ values, /** @type {string} */ tag) =>
        `<tr>${header.map((_, c) => `<${tag}${style(c)}>${inline(values[c] ?? '')}</${tag}>`).join('')}</tr>`
      const body = []
      for (i += 2; i < lines.length && !isBlank(lines[i]) && lines[i].includes('|'); i++) {
        body.push(row(cells(lines[i]), 'td'))
      }
      html.push(
        `<table>\n<thead>\n${row(header, 'th')}\n</thead>\n` +
          (body.length ? `<tbody>\n${body.join('\n')}\n</tbody>\n` : '') +
          '</table>'
      )
      continue
    }
    const list = BULLET.test(line) ? BULLET : ORDERED.test(line) ? ORDERED : undefined
    if (list) {
      const ordered = list === ORDERED
      const first = Number(ordered ? ORDERED.exec(line)[1] : 1)
      const items = []
      while (i < lines.length) {
        const item = list.exec(lines[i])
        if (item) {
          items.push(item[2])
        } else if (!isBlank(lines[i]) && /^\s+\S/.test(lines[i]) && items.length) {
          items[items.length - 1] += `\n${lines[i].trim()}`
        } else break
        i++
      }
      const tag = ordered ? 'ol' : 'ul'
      const start = ordered && first !== 1 ? ` start="${first}"` : ''
      html.push(
        `<${tag}${start}>\n${items.map(item => `<li>${inline(item)}</li>`).join('\n')}\n</${tag}>`
      )
      continue
    }
    const paragraph = [line]
    for (i++; i < lines.length && !isBlank(lines[i]) && !startsBlock(lines[i], lines[i + 1]); i++) {
      paragraph.push(lines[i])
    }
    html.push(`<p>${inline(paragraph.map(text => text.replace(/^\s+/, '')).join('\n'))}</p>`)
  }
  return html.join('\n')
}

// ---------------------------------------------------------------------------------------------
// The page: GitHub's markdown styles (light theme), trimmed to the elements above.

const CSS = `
:root { color-scheme: light; }
html, body { margin: 0; background: #ffffff; }
.markdown-body {
  box-sizing: border-box;
  padding: 24px 32px 8px;
  color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
    sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  font-size: 16px;
  line-height: 1.5;
  word-wrap: break-word;
}
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre {
  margin-top: 0;
  margin-bottom: 16px;
}
.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4, .markdown-body h5,
.markdown-body h6 {
  margin-top: 24px;
  margin-bottom: 16px;
  font-weight: 600;
  line-height: 1.25;
}
.markdown-body h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body h4 { font-size: 1em; }
.markdown-body strong { font-weight: 600; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body hr { height: .25em; margin: 24px 0; padding: 0; border: 0; background: #d1d9e0; }
.markdown-body code, .markdown-body pre {
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
    monospace;
}
.markdown-body code {
  padding: .2em .4em;
  margin: 0;
  font-size: 85%;
  white-space: break-spaces;
  background-color: #818b981f;
  border-radius: 6px;
}
.markdown-body pre {
  padding: 16px;
  overflow: auto;
  font-size: 85%;
  line-height: 1.45;
  background-color: #f6f8fa;
  border-radius: 6px;
}
.markdown-body pre code { padding: 0; background: transparent; font-size: 100%; }
.markdown-body table {
  display: block;
  width: max-content;
  max-width: 100%;
  overflow: auto;
  border-spacing: 0;
  border-collapse: collapse;
  font-variant: tabular-nums;
}
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr { background-color: #ffffff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tr:nth-child(2n) { background-color: #f6f8fa; }
`

/** A standalone page; its script records the content's height in `data-height` for measuring.
 * @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<article class="markdown-body">
${body}
</article>
<script>
  const article = document.querySelector('article')
  document.body.dataset.height = String(Math.ceil(article.getBoundingClientRect().bottom))
</script>
</body>
</html>
`
}

// ---------------------------------------------------------------------------------------------
// The demo summaries and Chromium.

/** The markdown summary of each demo portal, by its status (`healthy`, `unhealthy`). */
function demoSummaries() {
  if (!existsSync(cli))
    throw new Error(`${path.relative(root, cli)} is missing: run npm run bundle`)
  const demo = (/** @type {string[]} */ args) =>
    spawnSync(process.execPath, [cli, ...args, '--format', 'markdown'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {...process.env, DOCSPACE_PORTAL: '', DOCSPACE_TOKEN: ''}
    })
  // The `demo` command; a CLI from before it ran the demo when given no portal (and refuses
  // `demo` as an invalid argument, 64).
  let run = demo(['demo'])
  if (run.status === 64) run = demo([])
  if (run.error) throw run.error
  if (run.status !== 0) {
    throw new Error(`The demo exited with ${run.status}:\n${run.stderr}${run.stdout}`)
  }
  // One level-2 heading per portal: "## ✅ DocSpace backups healthy: 127.0.0.1:…".
  const parts = run.stdout.split(/^(?=## )/m).filter(part => part.startsWith('## '))
  const summaries = new Map()
  for (const part of parts) {
    const status = /^## \S+ DocSpace backups (\w+)/.exec(part)?.[1]
    if (!status) throw new Error(`Unexpected summary heading: ${part.split('\n')[0]}`)
    summaries.set(status, part.trim() + '\n')
  }
  for (const status of ['healthy', 'unhealthy']) {
    if (!summaries.has(status)) throw new Error(`The demo printed no ${status} summary`)
  }
  return summaries
}

function findChromium() {
  const candidates = process.env.CHROMIUM
    ? [process.env.CHROMIUM]
    : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
  for (const name of candidates) {
    const dirs = name.includes('/') ? [''] : (process.env.PATH ?? '').split(path.delimiter)
    for (const dir of dirs) {
      const file = path.join(dir, name)
      try {
        accessSync(file, constants.X_OK)
        return file
      } catch {
        // not here
      }
    }
  }
  throw new Error(
    'No Chromium found: apt-get install -y chromium fonts-noto-color-emoji (or set CHROMIUM)'
  )
}

/** Runs headless Chromium offline-ish (no sync, updates or background requests).
 * @param {string} chromium @param {string} profile @param {string[]} args */
function runChromium(chromium, profile, args) {
  const run = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--user-data-dir=${profile}`,
      ...args
    ],
    {encoding: 'utf8', timeout: CHROMIUM_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024}
  )
  if (run.error) throw run.error
  if (run.status !== 0) throw new Error(`Chromium exited with ${run.status}:\n${run.stderr}`)
  return run.stdout
}

/** The content's height in CSS pixels at the screenshot's width.
 * @param {string} chromium @param {string} profile @param {string} url */
function measure(chromium, profile, url) {
  const dom = runChromium(chromium, profile, [
    `--window-size=${WIDTH},${MEASURE_HEIGHT}`,
    '--dump-dom',
    url
  ])
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1])
  if (!(height > 0)) throw new Error(`Could not measure ${url}`)
  return height
}

function main() {
  const keep = process.argv.includes('--keep')
  const chromium = findChromium()
  const summaries = demoSummaries()
  const work = mkdtempSync(path.join(os.tmpdir(), 'docspace-screenshots-'))
  mkdirSync(outDir, {recursive: true})
  try {
    for (const [status, markdown] of summaries) {
      const file = path.join(work, `summary-${status}.html`)
      writeFileSync(file, page(`DocSpace backups ${status}`, markdownToHtml(markdown)))
      const url = pathToFileURL(file).href
      const profile = mkdtempSync(path.join(work, 'profile-'))
      const height = measure(chromium, profile, url)
      const png = path.join(outDir, `summary-${status}.png`)
      rmSync(png, {force: true})
      runChromium(chromium, profile, [
        `--window-size=${WIDTH},${height}`,
        `--screenshot=${png}`,
        url
      ])
      if (!existsSync(png)) throw new Error(`Chromium wrote no ${png}`)
      console.log(`${path.relative(root, png)} (${WIDTH}×${height})`)
    }
  } finally {
    if (keep) console.log(`HTML and Chromium profiles kept in ${work}`)
    else rmSync(work, {recursive: true, force: true})
  }
}

main()
