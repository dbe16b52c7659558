// Which open issue belongs to this check. Pure: the check's identity is its key (the `issue-key`
// input, else the portal URL's host, port and path, and `(dump)` for server-wide backups), which
// names the issue and is written, hidden, at the top of its body; an issue of an earlier version
// (titled with the host and port only, no marker) is still this check's, so nobody gets a second
// issue after upgrading.
import {statusHeadline} from '../render/words.js'

/** GitHub refuses a longer title. */
const MAX_TITLE = 256
const MARKER_START = '<!-- docspace-backup-check issue:'

export interface IssueIdentity {
  /** `portal.example.com/docspace (dump)`, or the `issue-key`. */
  key: string
  title: string
  /** The hidden line that marks this check's issues. */
  marker: string
  /** The title an earlier version gave every check of this host; none for a fleet's issue. */
  legacyTitle?: string
}

export interface ListedIssue {
  title: string
  body?: string | null
  pull_request?: unknown
}

export function issueIdentity(
  report: {host: string; portal: string},
  inputs: {dump: boolean; issueKey: string | null}
): IssueIdentity {
  const path = new URL(report.portal).pathname.replace(/\/+$/, '')
  const key = inputs.issueKey ?? `${report.host}${path}${inputs.dump ? ' (dump)' : ''}`
  return {
    key,
    title: cut(statusHeadline('unhealthy', key), MAX_TITLE),
    marker: `${MARKER_START} ${encodeURIComponent(key)} -->`,
    legacyTitle: statusHeadline('unhealthy', report.host)
  }
}

/**
 * A fleet's one issue: its key is the `issue-key`, else the portals file and the shard, so each
 * shard of a matrix keeps its own issue and two files never share one.
 */
export function fleetIssueIdentity(
  config: string,
  shard: {index: number; count: number} | null,
  issueKey: string | null
): IssueIdentity {
  const key = issueKey ?? `${config}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}`
  return {
    key,
    title: cut(statusHeadline('unhealthy', key), MAX_TITLE),
    marker: `${MARKER_START} ${encodeURIComponent(key)} -->`
  }
}

/** This check's open issue (by its marker), else an earlier version's for its host. */
export function findIssue<T extends ListedIssue>(
  open: T[],
  identity: IssueIdentity
): {issue: T; legacy: boolean} | undefined {
  const issues = open.filter(issue => !issue.pull_request)
  const marked = issues.find(issue => markerOf(issue) === identity.marker)
  if (marked) return {issue: marked, legacy: false}
  const legacy = issues.find(
    issue =>
      identity.legacyTitle !== undefined &&
      issue.title === identity.legacyTitle &&
      markerOf(issue) === undefined
  )
  return legacy && {issue: legacy, legacy: true}
}

/** The first line of an issue's body when it is a marker. */
function markerOf(issue: ListedIssue): string | undefined {
  const first = (issue.body ?? '').split('\n', 1)[0]?.trim() ?? ''
  return first.startsWith(MARKER_START) ? first : undefined
}

function cut(text: string, max: number): string {
  const characters = [...text]
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`
}
