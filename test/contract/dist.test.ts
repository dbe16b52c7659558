// dist/ is what the runner executes: it must be exactly the bundle of src/ (CI's dist check).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {node24, ROOT} from '../support/run-dist.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('dist', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'dbc-dist-'))
  afterAll(() => rmSync(out, {recursive: true, force: true}))

  it('is the bundle of src, file by file', () => {
    execFileSync(node24(), ['script/bundle.js', out], {cwd: ROOT, stdio: 'pipe'})
    const dist = path.join(ROOT, 'dist')

    const built = filesUnder(out)
    expect(built).toContain('index.js')
    expect(built).toContain(path.join('cli', 'index.js'))
    expect(filesUnder(dist)).toEqual(built)
    for (const file of built) {
      const same = readFileSync(path.join(dist, file)).equals(readFileSync(path.join(out, file)))
      expect(same, `dist/${file} differs from the bundle of src: run npm run bundle`).toBe(true)
    }
  }, 60_000)
})
