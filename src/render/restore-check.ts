// The restore check in words: the summary's "Restore check" section and the log's lines.
import type {Verification} from '../report/verification.js'
import {text} from './markdown.js'

const HEADLINE: Record<Verification['outcome'], string> = {
  verified: '✅ The newest backup is whole: every check passed.',
  unreadable: '❌ The newest backup could not be read whole (`backup-unreadable`).',
  corrupt: '❌ The newest backup is damaged (`backup-corrupt`).',
  unavailable: '⚠️ The newest backup could not be verified (`verify-unavailable`).',
  nothing: '➖ Nothing to verify.'
}

export function restoreCheckSection(verification: Verification): string {
  const lines = [`### Restore check`, '', HEADLINE[verification.outcome]]
  const subject = [
    // Escaped text, not a code span: inside one the escapes would show.
    verification.fileName && text(verification.fileName),
    verification.source && `from ${text(verification.source)}`
  ]
  if (subject.some(Boolean)) lines.push('', `Archive ${subject.filter(Boolean).join(' ')}.`)
  if (verification.message)
    lines.push(
      '',
      `${verification.check ? `Check **${verification.check}**: ` : ''}${text(verification.message)}`
    )
  if (verification.levels.length > 0)
    lines.push('', ...verification.levels.map(level => `- ✅ ${text(level)}`))
  if (verification.outcome === 'verified') {
    lines.push(
      '',
      `SHA-256 \`${verification.sha256}\` · ${verification.bytes} bytes · ${verification.tables} tables · ${verification.files} stored files`
    )
  }
  if (verification.incomplete)
    lines.push('', `⚠️ \`backup-incomplete\`: ${text(verification.incomplete)}`)
  return lines.join('\n')
}

/** The log: one line per level passed, then the outcome. */
export function restoreCheckLines(verification: Verification): string[] {
  const lines = verification.levels.map(level => `Restore check: ${level}`)
  if (verification.outcome === 'verified') {
    lines.push(
      `Restore check: verified ${verification.fileName ?? 'the archive'} (SHA-256 ${verification.sha256})`
    )
  } else if (verification.message) {
    lines.push(`Restore check: ${verification.outcome}: ${verification.message}`)
  }
  if (verification.incomplete) lines.push(`Restore check: incomplete: ${verification.incomplete}`)
  return lines
}
