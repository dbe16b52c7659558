// The bundles a bench runs, copied first so a rebuild while it runs cannot disturb it: this
// checkout's dist/ ("after"), and with BENCH_BEFORE=REF (a git ref, e.g. `main`, or a folder
// holding a dist/) the one to compare it with ("before"), measured in the same run.
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync} from 'node:fs'
import path from 'node:path'

/** `{after, before, beforeLabel}`: dist folders under `snapshot`; `before` null without a ref. */
export function benchDists(root, snapshot, ref = process.env.BENCH_BEFORE) {
  const after = path.join(snapshot, 'after', 'dist')
  if (
    !existsSync(path.join(root, 'dist/index.js')) ||
    !existsSync(path.join(root, 'dist/cli/index.js'))
  )
    throw new Error('dist/ is incomplete: run `npm run bundle` first')
  cpSync(path.join(root, 'dist'), after, {recursive: true})
  if (!ref) return {after, before: null, beforeLabel: null}
  const before = path.join(snapshot, 'before', 'dist')
  if (existsSync(path.join(ref, 'dist/cli/index.js'))) {
    cpSync(path.join(ref, 'dist'), before, {recursive: true})
  } else {
    // `git archive REF dist`: the committed bundle of that ref, whatever is checked out.
    mkdirSync(path.dirname(before), {recursive: true})
    const tar = execFileSync('git', ['-C', root, 'archive', ref, 'dist'], {maxBuffer: 1 << 30})
    execFileSync('tar', ['-x', '-C', path.dirname(before)], {input: tar})
  }
  return {after, before, beforeLabel: ref}
}
