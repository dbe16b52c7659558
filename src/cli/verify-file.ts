// `docspace-backup-check verify-file PATH`: the restore check of an archive on disk, with the
// Action's checks, report object and exit codes (0 whole, 1 unreadable or damaged, 2 not
// judged: `--verify-timeout` passed), or a monitoring plugin's output and codes with
// `--format nagios`.
import {statSync} from 'node:fs'
import {InputError, quoteValue} from '../core/errors.js'
import {restoreCheckLines, restoreCheckSection} from '../render/restore-check.js'
import {isoUtc} from '../time/dates.js'
import {
  verificationReason,
  verificationWarnings,
  type Verification
} from '../report/verification.js'
import {parseVerifyTimeoutMs} from '../inputs/index.js'
import {defaultOf} from '../inputs/names.js'
import type {CliArguments} from './args.js'
import {checkFormat, print} from './formats.js'

const VERIFY_FILE_FORMATS = ['text', 'markdown', 'json', 'nagios'] as const
type VerifyFileFormat = (typeof VERIFY_FILE_FORMATS)[number]

export async function verifyFileCommand(args: CliArguments): Promise<number> {
  const format = checkFormat(args.values.get('format'), VERIFY_FILE_FORMATS)
  const path = args.positionals[0]!.text
  if (!isFile(path))
    throw new InputError('path', `verify-file: ${quoteValue(path)} is not a readable file.`)

  const {verifyFile} = await import('../verify/verify-file.js')
  const timeoutMs = parseVerifyTimeoutMs(
    args.values.get('verify-timeout') ?? defaultOf('verify-timeout')
  )
  const verification = await verifyFile(path, {timeoutMs})
  if (format === 'nagios') {
    const {renderNagiosRestoreCheck} = await import('../render/nagios-restore.js')
    const plugin = renderNagiosRestoreCheck(path, verification)
    return print(plugin.text, plugin.exitCode)
  }
  if (verification.outcome === 'unavailable') return print(render(path, verification, format), 2)
  return print(render(path, verification, format), verificationReason(verification) ? 1 : 0)
}

function render(path: string, verification: Verification, format: VerifyFileFormat): string {
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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
