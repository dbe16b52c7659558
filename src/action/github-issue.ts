// Opt-in: one GitHub issue per portal that follows its health. Opened (or commented on) while
// unhealthy, closed with a comment once healthy again.
import * as github from '@actions/github'
import type {Inputs} from '../inputs/index.js'
import type {Report} from '../report/shape.js'
import {statusHeadline} from '../render/words.js'

/** How long the issue's API calls may take, all together. */
const ISSUE_TIMEOUT_MS = 60_000

export function issueTitle(host: string): string {
  return statusHeadline('unhealthy', host)
}

/** The issue's number, or `null` when nothing was done (healthy, and no issue open). */
export async function followPortalHealth(
  report: Report,
  markdown: string,
  inputs: Inputs
): Promise<number | null> {
  const octokit = github.getOctokit(inputs.githubToken, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    // A GitHub API that hangs must not hold the step: the outputs are set after this.
    request: {signal: AbortSignal.timeout(ISSUE_TIMEOUT_MS)}
  })
  const {owner, repo} = github.context.repo
  const title = issueTitle(report.host)
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: inputs.issueLabel,
    per_page: 100
  })
  const existing = open.find(issue => issue.title === title && !issue.pull_request)

  if (report.status !== 'healthy') {
    if (existing) {
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: existing.number,
        body: markdown
      })
      return existing.number
    }
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title,
      body: markdown,
      labels: [inputs.issueLabel]
    })
    return created.data.number
  }
  if (!existing) return null
  const body = `✅ The backups of ${report.host} are healthy again (checked ${report.checkedAt}).\n\n${markdown}`
  await octokit.rest.issues.createComment({owner, repo, issue_number: existing.number, body})
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: existing.number,
    state: 'closed',
    state_reason: 'completed'
  })
  return existing.number
}
