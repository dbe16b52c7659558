// `docspace-backup-check verify-file PATH`: the restore check of an archive on disk, with the
// Action's checks, report object and exit codes (0 whole, 1 unreadable or damaged, 2 not
// judged: `--verify-timeout` passed).
import {statSync} from 'node:fs'
import {InputError} from '../core/errors.js'
import {restoreCheckLines, restoreCheckSection} from '../render/restore-check.js'
import {isoUtc} from '../time/dates.js'
import {
  verificationReason,
  verificationWarnings,
  type Verification
} from '../report/verification.js'
import {parseVerifyTimeoutMs} from '../inputs/index.js'
import {defaultOf} from '../inputs/names.js'
import {parseArguments} from './args.js'

export const VERIFY_FILE_USAGE = `Usage: docspace-backup-check verify-file PATH [--format text|markdown|json]
                                          [--verify-timeout DURATION]

Checks a DocSpace backup archive on disk (a Local backup on the server, a copy from S3) as
--verify checks a downloaded one: gzip, tar, the tables restore reads, restore_info. A "dump"
entry makes it a server-wide dump; .tar.gz or .tar is told from its first bytes. Reading stops
at the first failure. --verify-timeout bounds the whole check (default ${defaultOf('verify-timeout')}, at most 6h).

Exit codes: 0 whole, 1 unreadable or damaged, 2 not judged (--verify-timeout passed),
64 invalid arguments.`

export async function verifyFileCommand(argv: string[]): Promise<number> {
  const {paths, rest} = splitPaths(argv)
  const options = parseArguments(rest)
  if (options.values.has('help')) return print(VERIFY_FILE_USAGE, 0)
  const unknown = [...options.values.keys()].find(
    name => !['format', 'help', 'verify-timeout'].includes(name)
  )
  if (unknown)
    throw new InputError(
      unknown,
      `Option "--${unknown}" does not apply to verify-file (see --help).`
    )
  const format = options.values.get('format') ?? 'text'
  if (!['text', 'markdown', 'json'].includes(format))
    throw new InputError(
      'format',
      `Option "--format" has an invalid value "${format}": expected text, markdown or json.`
    )
  if (paths.length !== 1)
    throw new InputError(
      'path',
      'verify-file needs exactly one PATH, the archive to check (see --help).'
    )
  const [path] = paths
  const timeoutMs = parseVerifyTimeoutMs(
    options.values.get('verify-timeout') ?? defaultOf('verify-timeout')
  )
  if (!isFile(path)) throw new InputError('path', `verify-file: "${path}" is not a readable file.`)

  const {verifyFile} = await import('../verify/verify-file.js')
  const verification = await verifyFile(path, {timeoutMs})
  print(render(path, verification, format), 0)
  if (verification.outcome === 'unavailable') return 2
  return verificationReason(verification) ? 1 : 0
}

function render(path: string, verification: Verification, format: string): string {
  const reason = verificationReason(verification)
  if (format === 'markdown') return `${restoreCheckSection(verification)}\n`
  const judged = verification.outcome !== 'unavailable'
  if (format === 'json') {
    const status = !judged ? 'error' : reason ? 'unhealthy' : 'healthy'
    const report = {
      file: path,
      checkedAt: isoUtc(new Date()),
      status,
      reasons: reason ? [reason] : [],
      warnings: verificationWarnings(verification),
      verification
    }
    return JSON.stringify(report, null, 2)
  }
  const verdict = !judged
    ? `VERIFY-UNAVAILABLE: ${verification.message}`
    : reason
      ? `${reason.toUpperCase()}: ${verification.message}`
      : 'OK: the archive is whole'
  return [...restoreCheckLines(verification), verdict].join('\n')
}

/** The PATH arguments apart from the options (`--format json`, `--format=json`, `--help`). */
function splitPaths(argv: string[]): {paths: string[]; rest: string[]} {
  const paths: string[] = []
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) paths.push(arg)
    else if (arg.includes('=') || arg === '--help' || i + 1 >= argv.length) rest.push(arg)
    else rest.push(arg, argv[++i])
  }
  return {paths, rest}
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function print(text: string, code: number): number {
  console.log(text)
  return code
}
