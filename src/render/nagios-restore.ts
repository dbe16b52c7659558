// `verify-file --format nagios`: the restore check of an archive on disk as a monitoring
// plugin's output (NRPE on the server that holds Local backups): OK whole, WARNING whole but
// with files left out, CRITICAL unreadable or damaged, UNKNOWN when it could not be checked.
import type {Verification} from '../report/verification.js'
import {PLUGIN_EXIT_CODES, pluginText, statusLine, type PluginState} from './nagios.js'
import {formatDatum} from './perfdata.js'
import {restoreCheckLines} from './restore-check.js'

export function renderNagiosRestoreCheck(
  file: string,
  verification: Verification
): {text: string; exitCode: number} {
  const state = restoreState(verification)
  const {outcome, check, message} = verification
  const said = {
    OK: `whole: ${verification.tables} tables, ${verification.files} stored files`,
    WARNING: `backup-incomplete: ${verification.incomplete}`,
    CRITICAL: `backup-${outcome}: ${withLevel(check, message)}`,
    UNKNOWN: `could not be checked: ${message}`
  }[state]
  const perfdata =
    outcome === 'verified'
      ? [
          {label: 'verified_bytes', value: verification.bytes, uom: 'B' as const, min: 0},
          {label: 'verified_tables', value: verification.tables, uom: '' as const, min: 0},
          {label: 'verified_files', value: verification.files, uom: '' as const, min: 0},
          {label: 'verify_time', value: verification.seconds, uom: 's' as const, min: 0}
        ]
          .map(formatDatum)
          .join(' ')
      : ''
  const first = `${statusLine(state, `${file}: ${said}`)}${perfdata ? ` | ${perfdata}` : ''}`
  return {
    text: [first, ...restoreCheckLines(verification).map(pluginText)].join('\n'),
    exitCode: PLUGIN_EXIT_CODES[state]
  }
}

function restoreState(verification: Verification): PluginState {
  if (verification.outcome === 'verified') return verification.incomplete ? 'WARNING' : 'OK'
  if (verification.outcome === 'unreadable' || verification.outcome === 'corrupt') return 'CRITICAL'
  return 'UNKNOWN'
}

/** `completeness: …`: the level that failed, unless the message already starts with it. */
function withLevel(check: string | null, message: string | null): string {
  const text = message ?? ''
  return check && !text.startsWith(`${check}:`) ? `${check}: ${text}` : text
}
