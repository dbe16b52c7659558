// The opt-in issue, through the bundled Action: one GitHub issue per check that follows its
// health, against a fake GitHub REST API (GITHUB_API_URL): two checks of one host keep an issue
// each, and an issue opened by an earlier version (titled with the host alone) is taken over.
import {randomBytes} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import type {FakeDocSpace} from '../../src/fake-docspace/fake-docspace.js'
import {healthyPortal, stalePortal, unhealthyPortal} from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {startFakeGitHub, type FakeGitHub, type FakeGitHubOptions} from '../support/fake-github.js'
import {closeAfterTest, closeServersAfterEach, startFake} from '../support/fake-portal.js'
import {runDist, type DistRun} from '../support/run-dist.js'

const API_KEY = `sk-${randomBytes(32).toString('hex')}`
const LABEL = 'docspace-backup'

closeServersAfterEach()

function newGitHubToken(): string {
  return `ghs_${randomBytes(18).toString('hex')}`
}

function portal(state: PortalState): Promise<FakeDocSpace> {
  return startFake({state, token: API_KEY})
}

async function gitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  return closeAfterTest(await startFakeGitHub(options))
}

function runWithIssue(
  docspace: FakeDocSpace,
  github: FakeGitHub,
  githubToken: string,
  inputs: Record<string, string> = {}
): Promise<DistRun> {
  return runDist(
    {portal: docspace.url, token: API_KEY, issue: 'true', 'github-token': githubToken, ...inputs},
    {env: {GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'}}
  )
}

function titleFor(docspace: FakeDocSpace, suffix = ''): string {
  return `DocSpace backups unhealthy: ${new URL(docspace.url).host}${suffix}`
}

/** The hidden first line of a check's issue. */
function markerFor(docspace: FakeDocSpace, suffix = ''): string {
  const key = `${new URL(docspace.url).host}${suffix}`
  return `<!-- docspace-backup-check issue: ${encodeURIComponent(key)} -->`
}

function writes(github: FakeGitHub): string[] {
  return github.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path}`)
}

describe('an unhealthy portal', () => {
  it('opens one labelled issue titled with the portal, holding its marker and the markdown report', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    const run = await runWithIssue(docspace, github, token)

    expect(run.code).toBe(1)
    expect(github.issues).toHaveLength(1)
    const issue = github.issues[0]
    expect(issue).toMatchObject({
      number: 1,
      title: titleFor(docspace),
      state: 'open',
      labels: [LABEL],
      comments: []
    })
    expect(issue?.body).toBe(`${markerFor(docspace)}\n${run.summary}`)
    expect(issue?.body).toContain('last-backup-failed')
    expect(run.outputs['issue-number']).toBe('1')
    const listed = github.requests.find(r => r.method === 'GET')
    expect(listed?.path).toBe('/repos/o/r/issues')
    expect(listed?.query).toMatchObject({state: 'open', labels: LABEL})
    expect(listed?.headers.authorization).toMatch(new RegExp(`^(token|Bearer) ${token}$`))
  })

  it('comments on the open issue the next time instead of opening a second one', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    await runWithIssue(docspace, github, token)
    const again = await runWithIssue(docspace, github, token)

    expect(again.code).toBe(1)
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0]?.state).toBe('open')
    expect(github.issues[0]?.comments.map(c => c.body)).toEqual([again.summary])
    expect(again.outputs['issue-number']).toBe('1')
    expect(writes(github)).toEqual(['POST /repos/o/r/issues', 'POST /repos/o/r/issues/1/comments'])
  })

  it('ignores issues of other portals, closed ones, other labels and pull requests', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const title = titleFor(docspace)
    const body = `${markerFor(docspace)}\nreport`
    const github = await gitHub({
      token,
      issues: [
        {title: 'DocSpace backups unhealthy: other.example.com', labels: [LABEL]},
        {title, body, labels: [LABEL], state: 'closed'},
        {title, body, labels: ['bug']},
        {title, body, labels: [LABEL], pullRequest: true}
      ]
    })
    const run = await runWithIssue(docspace, github, token)

    expect(run.outputs['issue-number']).toBe('5')
    expect(github.issues.map(issue => issue.comments.length)).toEqual([0, 0, 0, 0, 0])
    expect(github.issues[4]).toMatchObject({title, labels: [LABEL], state: 'open'})
  })

  it('finds its issue beyond the first page of open issues', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const title = titleFor(docspace)
    const body = `${markerFor(docspace)}\nreport`
    const others = Array.from({length: 120}, (_, i) => ({title: `Other ${i}`, labels: [LABEL]}))
    const github = await gitHub({token, issues: [{title, body, labels: [LABEL]}, ...others]})
    const run = await runWithIssue(docspace, github, token)

    expect(run.outputs['issue-number']).toBe('1')
    expect(github.issues).toHaveLength(121)
    expect(github.issues[0]?.comments).toHaveLength(1)
  })

  it('uses the issue-label input for the search and the new issue', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    await runWithIssue(docspace, github, token, {'issue-label': 'backups-prod'})

    expect(github.requests[0]?.query.labels).toBe('backups-prod')
    expect(github.issues[0]?.labels).toEqual(['backups-prod'])
  })

  it('opens the issue for an error too', async () => {
    const token = newGitHubToken()
    const docspace = await portal(healthyPortal(new Date()))
    const github = await gitHub({token})
    const run = await runDist(
      {portal: docspace.url, token: `sk-${'0'.repeat(64)}`, issue: 'true', 'github-token': token},
      {env: {GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'}}
    )

    expect(run.outputs.status).toBe('error')
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0]?.body).toContain('unauthorized')
    expect(run.outputs['issue-number']).toBe('1')
  })
})

describe('a healthy portal', () => {
  it('comments that it is healthy again and closes the open issue', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    await runWithIssue(docspace, github, token)
    docspace.state = healthyPortal(new Date())
    const run = await runWithIssue(docspace, github, token)

    expect(run.code).toBe(0)
    expect(run.outputs['issue-number']).toBe('1')
    const issue = github.issues[0]
    expect(issue?.state).toBe('closed')
    expect(issue?.state_reason).toBe('completed')
    expect(issue?.comments).toHaveLength(1)
    const checkedAt = (JSON.parse(run.outputs.report as string) as {checkedAt: string}).checkedAt
    expect(issue?.comments[0]?.body).toMatch(/healthy again/)
    expect(issue?.comments[0]?.body).toContain(checkedAt)
    expect(writes(github).slice(-2)).toEqual([
      'POST /repos/o/r/issues/1/comments',
      'PATCH /repos/o/r/issues/1'
    ])
  })

  it('does nothing, and leaves issue-number empty, when no issue is open', async () => {
    const token = newGitHubToken()
    const docspace = await portal(healthyPortal(new Date()))
    const github = await gitHub({token})
    const run = await runWithIssue(docspace, github, token)

    expect(run.code).toBe(0)
    expect(run.outputs['issue-number']).toBe('')
    expect(writes(github)).toEqual([])
    expect(github.issues).toEqual([])
  })
})

describe('two checks of one host', () => {
  it('a dump check and a portal check keep an issue each: the healthy one never closes the other’s', async () => {
    const token = newGitHubToken()
    // The portal's own backups are fine; it has no server-wide (dump) backup.
    const docspace = await portal({...healthyPortal(new Date()), dumpHistory: []})
    const github = await gitHub({token})
    const dumpCheck = () => runWithIssue(docspace, github, token, {dump: 'true'})
    const portalCheck = () => runWithIssue(docspace, github, token)

    const dumpRun = await dumpCheck()
    expect(dumpRun.outputs.reasons).toBe('["no-backups"]')
    const portalRun = await portalCheck()
    expect(portalRun.outputs.status).toBe('healthy')
    expect(portalRun.outputs['issue-number']).toBe('')
    await dumpCheck()
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0]).toMatchObject({
      title: titleFor(docspace, ' (dump)'),
      state: 'open',
      comments: [expect.anything()]
    })
    expect(github.issues[0]?.body.split('\n')[0]).toBe(markerFor(docspace, ' (dump)'))

    // Now the portal check fails and the dump check recovers: each touches its own issue only.
    docspace.state = {
      ...stalePortal(new Date()),
      dumpHistory: healthyPortal(new Date()).history
    }
    const failing = await portalCheck()
    const recovered = await dumpCheck()
    expect(failing.outputs['issue-number']).toBe('2')
    expect(recovered.outputs['issue-number']).toBe('1')
    expect(github.issues.map(issue => [issue.title, issue.state])).toEqual([
      [titleFor(docspace, ' (dump)'), 'closed'],
      [titleFor(docspace), 'open']
    ])
    expect(github.issues[0]?.comments.at(-1)?.body).toMatch(/healthy again/)
    expect(github.issues[1]?.comments).toEqual([])
  })

  it('two path prefixes, or two issue-keys on one portal, keep an issue each', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    const inputs = (texts: Record<string, string>) =>
      runDist(
        {token: API_KEY, issue: 'true', 'github-token': token, ...texts},
        {env: {GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'}}
      )
    const checks: Record<string, string>[] = [
      {portal: `${docspace.url}/eu`},
      {portal: `${docspace.url}/us`},
      {portal: `${docspace.url}/eu`},
      {portal: docspace.url, 'issue-key': 'nightly'},
      {portal: docspace.url, 'issue-key': 'before deploy'},
      {portal: docspace.url, 'issue-key': 'nightly'}
    ]
    for (const texts of checks) {
      expect((await inputs(texts)).outputs.status).toBe('unhealthy')
    }
    expect(github.issues.map(issue => [issue.title, issue.comments.length])).toEqual([
      [titleFor(docspace, '/eu'), 1],
      [titleFor(docspace, '/us'), 0],
      ['DocSpace backups unhealthy: nightly', 1],
      ['DocSpace backups unhealthy: before deploy', 0]
    ])
  })
})

describe('an issue opened by an earlier version (titled with the host, no marker)', () => {
  it('is commented on while unhealthy, and becomes this check’s: no second issue', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({
      token,
      issues: [{title: titleFor(docspace), body: '## ❌ the old report', labels: [LABEL]}]
    })
    const run = await runWithIssue(docspace, github, token, {dump: 'true'})

    expect(run.outputs['issue-number']).toBe('1')
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0]).toMatchObject({
      title: titleFor(docspace, ' (dump)'),
      body: `${markerFor(docspace, ' (dump)')}\n## ❌ the old report`,
      state: 'open'
    })
    expect(github.issues[0]?.comments.map(comment => comment.body)).toEqual([run.summary])
    await runWithIssue(docspace, github, token, {dump: 'true'})
    expect(github.issues).toHaveLength(1)
  })

  it('is closed by the first healthy check of the host', async () => {
    const token = newGitHubToken()
    const docspace = await portal(healthyPortal(new Date()))
    const github = await gitHub({
      token,
      issues: [{title: titleFor(docspace), body: 'the old report', labels: [LABEL]}]
    })
    const run = await runWithIssue(docspace, github, token, {portal: `${docspace.url}/docspace`})

    expect(run.outputs['issue-number']).toBe('1')
    expect(github.issues[0]?.state).toBe('closed')
  })
})

describe('a failing GitHub API', () => {
  it('is the warning issue-update-failed and leaves an unhealthy verdict and exit 1', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token, failWith: 500})
    const run = await runWithIssue(docspace, github, token)

    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('unhealthy')
    expect(run.outputs.reasons).toBe('["stale","last-backup-failed"]')
    expect(JSON.parse(run.outputs.warnings as string)).toEqual(['issue-update-failed'])
    expect(run.outputs['issue-number']).toBe('')
    const titles = run.commands.filter(c => c.name === 'warning').map(c => c.properties.title)
    expect(titles).toEqual(['DocSpace backups: issue-update-failed'])
    expect(run.stdout).toMatch(/GitHub issue for .* could not be updated: .*Server Error/)
    expect(run.commands.filter(c => c.name === 'error')).toHaveLength(1)
  })

  it('leaves a healthy verdict and exit 0', async () => {
    const token = newGitHubToken()
    const docspace = await portal(healthyPortal(new Date()))
    const github = await gitHub({token, failWith: 500})
    const run = await runWithIssue(docspace, github, token)

    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('healthy')
    expect(run.outputs.healthy).toBe('true')
    expect(JSON.parse(run.outputs.warnings as string)).toEqual(['issue-update-failed'])
    expect(run.commands.filter(c => c.name === 'error')).toEqual([])
  })

  it('is a warning when the token is refused', async () => {
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token: newGitHubToken()})
    const run = await runWithIssue(docspace, github, newGitHubToken())

    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.warnings as string)).toEqual(['issue-update-failed'])
    expect(github.issues).toEqual([])
  })
})

describe('the github-token', () => {
  it('is masked and never printed, nor written anywhere', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    const runs = [await runWithIssue(docspace, github, token)]
    github.failWith = 500
    runs.push(await runWithIssue(docspace, github, token))

    for (const run of runs) {
      const lines = run.stdout.split(/\r?\n/)
      expect(lines).toContain(`::add-mask::${token}`)
      const firstUse = lines.findIndex(line => !line.startsWith('::add-mask::'))
      expect(lines.slice(0, firstUse)).toContain(`::add-mask::${token}`)
      const unmasked = lines.filter(line => !line.startsWith('::add-mask::'))
      expect(unmasked.join('\n')).not.toContain(token)
      expect(run.stderr).not.toContain(token)
      expect(run.summary).not.toContain(token)
      for (const value of Object.values(run.outputs)) expect(value).not.toContain(token)
    }
    for (const issue of github.issues) {
      expect(issue.body).not.toContain(token)
      for (const comment of issue.comments) expect(comment.body).not.toContain(token)
    }
  })

  it('is not needed, nor GitHub asked, when issue is false', async () => {
    const token = newGitHubToken()
    const docspace = await portal(unhealthyPortal(new Date()))
    const github = await gitHub({token})
    const run = await runDist(
      {portal: docspace.url, token: API_KEY},
      {env: {GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'}}
    )

    expect(run.code).toBe(1)
    expect(github.requests).toEqual([])
    expect(run.outputs['issue-number']).toBe('')
  })
})
