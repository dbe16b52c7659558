// Node 24, the Node the runner gives the Action (`runs.using: node24`), for the tests and the
// benchmark to run dist/ on, whatever Node runs them: this Node when it is a 24, else Node's own
// binaries for this platform (the npm package `node-<os>-<arch>`), fetched once from the npm
// registry into a cache folder and reused. A tool, never a dependency: `npm ci` puts no second
// Node on the PATH of the npm scripts, so `npm run demo` runs on the user's Node.
// `node script/node24.js` fetches it (if needed) and prints its path.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, renameSync, rmSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const NODE_MAJOR = 24
const PACKAGE = `node-${process.platform}-${process.arch}`
const BINARY = process.platform === 'win32' ? 'node.exe' : path.join('bin', 'node')

/** `$XDG_CACHE_HOME` or `~/.cache` (the system temp folder when there is no home). */
export function cacheFolder() {
  const home = homedir()
  const base = process.env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : tmpdir())
  return path.join(base, `docspace-backup-check-node${NODE_MAJOR}`)
}

/** The Node binary under an install prefix. */
const binaryIn = prefix => path.join(prefix, 'node_modules', PACKAGE, BINARY)

function isNode24(binary) {
  if (!existsSync(binary)) return false
  const run = spawnSync(binary, ['--version'], {encoding: 'utf8'})
  return run.status === 0 && run.stdout.startsWith(`v${NODE_MAJOR}.`)
}

/**
 * `{path}` of a Node 24, or `{problem}` saying why there is none. With `fetch` false, only this
 * Node or the cached one.
 * @param {{fetch?: boolean}} [options]
 * @returns {{path: string, problem?: undefined} | {path: null, problem: string}}
 */
export function node24({fetch = true} = {}) {
  if (process.versions.node.split('.')[0] === String(NODE_MAJOR)) return {path: process.execPath}
  const folder = cacheFolder()
  if (isNode24(binaryIn(folder))) return {path: binaryIn(folder)}
  const spec = `${PACKAGE}@${NODE_MAJOR}`
  if (!fetch) return {path: null, problem: `Node ${NODE_MAJOR} is not in ${folder}`}
  // Installed beside the cache folder, then renamed into place: two runs at once never share
  // a half-written folder.
  const staging = `${folder}.${process.pid}`
  mkdirSync(staging, {recursive: true})
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const args = [
    'install',
    '--prefix',
    staging,
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts'
  ]
  const install = spawnSync(
    npm,
    [...args, '--no-audit', '--no-fund', '--fetch-retries=1', '--fetch-timeout=60000', spec],
    {
      encoding: 'utf8',
      timeout: 5 * 60_000
    }
  )
  if (isNode24(binaryIn(staging))) {
    try {
      renameSync(staging, folder)
    } catch {
      // Another run put one there first: use that one.
    }
  }
  rmSync(staging, {recursive: true, force: true})
  if (isNode24(binaryIn(folder))) return {path: binaryIn(folder)}
  // npm's own words (`npm error code ECONNREFUSED`, …), not the path of its debug log.
  const said = `${install.error?.message ?? ''}\n${install.stderr ?? ''}`
    .split('\n')
    .filter(line => line.trim() !== '' && !/complete log of this run/.test(line))
    .slice(0, 2)
    .join('; ')
  return {
    path: null,
    problem: `could not fetch Node ${NODE_MAJOR} (npm install ${spec} into ${folder}: ${said || `exit ${install.status}`})`
  }
}

/** The path of a Node 24 (fetched if need be); throws, saying why, when there is none. */
export function requireNode24() {
  const found = node24()
  if (found.path) return found.path
  throw new Error(`Node ${NODE_MAJOR} not found: ${found.problem}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const found = node24()
  if (found.path) console.log(found.path)
  else {
    console.error(found.problem)
    process.exitCode = 1
  }
}
