// bench/all.js, what `npm run bench` runs, run for real on stand-in parts: every part runs even
// when an earlier one fails, the failed ones are named, and the exit status is 1 if any failed.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const runner = path.join(repoRoot, 'bench/all.js')
const folders: string[] = []
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, {recursive: true, force: true})
})

function parts(bodies: Record<string, string>): {dir: string; files: string[]} {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-all-'))
  folders.push(dir)
  const files = Object.entries(bodies).map(([name, body]) => {
    const file = path.join(dir, name)
    writeFileSync(file, body)
    return file
  })
  return {dir, files}
}

// Each stand-in part appends its name to ran.txt, so the test sees which ran and in what order.
const part = (name: string, exit: number): string =>
  `import {appendFileSync} from 'node:fs'\n` +
  `appendFileSync(new URL('ran.txt', import.meta.url), '${name}\\n')\n` +
  `console.log('${name} figures')\nprocess.exitCode = ${exit}\n`

describe('bench/all.js', () => {
  it('runs every part after a failed one, names the failed ones and exits 1', () => {
    const {dir, files} = parts({
      'first.js': part('first', 3),
      'second.js': part('second', 0),
      'third.js': part('third', 1)
    })
    const run = spawnSync(process.execPath, [runner, ...files], {cwd: dir, encoding: 'utf8'})
    expect(readFileSync(path.join(dir, 'ran.txt'), 'utf8')).toBe('first\nsecond\nthird\n')
    expect(run.stdout).toContain('second figures')
    expect(run.stdout).toContain('bench: 2 of 3 parts failed: first.js (exit 3), third.js (exit 1)')
    expect(run.status).toBe(1)
  })

  it('exits 0 when every part passes', () => {
    const {dir, files} = parts({'one.js': part('one', 0), 'two.js': part('two', 0)})
    const run = spawnSync(process.execPath, [runner, ...files], {cwd: dir, encoding: 'utf8'})
    expect(run.stdout).toContain('bench: all 2 parts passed')
    expect(run.status).toBe(0)
  })

  it('is what npm run bench runs, over run, verify and hostile', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts.bench).toBe('node bench/all.js')
    const source = readFileSync(runner, 'utf8')
    for (const name of ['run.js', 'verify.js', 'hostile.js']) expect(source).toContain(`'${name}'`)
  })
})
