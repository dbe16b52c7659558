// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. The Action's
// dynamic imports become chunks, loaded only when (and while) they are needed.
// `node script/bundle.js OUT` bundles into OUT instead (the dist check compares the two).
import {execFileSync} from 'node:child_process'
import {rmSync} from 'node:fs'
import path from 'node:path'

const out = process.argv[2] ?? 'dist'
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
// Type errors are tsc's job (npm run build); ncc only transpiles.
const build = (entry, outDir) =>
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--license', 'licenses.txt', '--quiet', '--transpile-only'],
    {stdio: 'inherit'}
  )

rmSync(out, {recursive: true, force: true})
build('src/index.ts', out)
build('src/cli/index.ts', path.join(out, 'cli'))
