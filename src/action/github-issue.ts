// Opt-in: one GitHub issue per check that follows its health. Opened (or commented on) while
// unhealthy, closed with a comment once healthy again. Which issue is the check's: see
// issue-identity.ts.
import * as github from '@actions/github'
import type {Inputs} from '../inputs/index.js'
import type {Report} from '../report/shape.js'
import {findIssue, issueIdentity, type IssueIdentity} from './issue-identity.js'

/** How long the issue's API calls may take, all together. */
const ISSUE_TIMEOUT_MS = 60_000

/** The issue's number, or `null` when nothing was done (healthy, and no issue open). */
export function followPortalHealth(
  report: Report,
  markdown: string,
  inputs: Inputs
): Promise<number | null> {
  return followHealth(report, issueIdentity(report, inputs), markdown, inputs)
}

/** The same for any subject of an issue: a portal, or a fleet (its one issue). */
export async function followHealth(
  report: Pick<Report, 'status' | 'checkedAt'>,
  identity: IssueIdentity,
  markdown: string,
  inputs: Pick<Inputs, 'githubToken' | 'issueLabel'>
): Promise<number | null> {
  const octokit = github.getOctokit(inputs.githubToken, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    // A GitHub API that hangs must not hold the step: the outputs are set after this.
    request: {signal: AbortSignal.timeout(ISSUE_TIMEOUT_MS)}
  })
  const {owner, repo} = github.context.repo
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: inputs.issueLabel,
    per_page: 100
  })
  const found = findIssue(open, identity)

  if (report.status !== 'healthy') {
    if (found) {
      const issue_number = found.issue.number
      await octokit.rest.issues.createComment({owner, repo, issue_number, body: markdown})
      // An earlier version's issue becomes this check's: its title and marker from now on.
      if (found.legacy) {
        const body = `${identity.marker}\n${found.issue.body ?? ''}`
        await octokit.rest.issues.update({owner, repo, issue_number, title: identity.title, body})
      }
      return issue_number
    }
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: identity.title,
      body: `${identity.marker}\n${markdown}`,
      labels: [inputs.issueLabel]
    })
    return created.data.number
  }
  if (!found) return null
  const issue_number = found.issue.number
  // The key in a code span: a path with `@` in it mentions nobody.
  const body = `✅ The backups of \`${identity.key}\` are healthy again (checked ${report.checkedAt}).\n\n${markdown}`
  await octokit.rest.issues.createComment({owner, repo, issue_number, body})
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number,
    state: 'closed',
    state_reason: 'completed'
  })
  return issue_number
}
