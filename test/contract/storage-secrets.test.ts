// A third-party storage's settings come back in the schedule's `storageParams`, keys and
// passwords included. Only the harmless ones (src/core/codes.ts) keep their values; everything
// the Action and the CLI write shows the others as `***`, while a started backup still sends
// the portal its own settings unchanged.
import {randomBytes} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {stalePortal} from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {startFakeGitHub} from '../support/fake-github.js'
import {closeAfterTest} from '../support/fake-portal.js'
import {runCli} from '../support/run-cli.js'
import {runDist, type DistRun} from '../support/run-dist.js'
import {fakePortals, newApiKey, reportFileText} from './fixtures.js'

const start = fakePortals()

/** An S3-compatible consumer's stored settings, as DocSpace keeps them, with fresh secrets. */
function s3Settings() {
  const secrets = {
    acesskey: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretaccesskey: randomBytes(30).toString('base64'),
    serviceurl: `https://minio:${randomBytes(9).toString('hex')}@minio.example.com:9000`,
    password: `pw-${randomBytes(12).toString('hex')}`,
    json: JSON.stringify({
      type: 'service_account',
      private_key: `-----BEGIN PRIVATE KEY-----\n${randomBytes(48).toString('base64')}\n-----END PRIVATE KEY-----\n`
    })
  }
  const harmless = {
    module: 'S3',
    bucket: 'docspace-backups',
    region: 'eu-central-1',
    folderId: null
  }
  return {secrets, harmless, params: {...harmless, ...secrets}}
}

function portalStoringTo(params: Record<string, string | null>): PortalState {
  const state = stalePortal(new Date())
  return {...state, schedule: {...state.schedule!, storageType: 5, storageParams: params}}
}

/** Every form a secret value could be written in: as is, JSON-escaped, and long pieces. */
function expectNoneShown(places: [string, string][], secrets: Record<string, string>): void {
  for (const value of Object.values(secrets)) {
    const escaped = JSON.stringify(value).slice(1, -1)
    const pieces = [value, escaped, value.slice(0, 12), value.slice(-12)]
    for (const [place, text] of places)
      for (const piece of pieces) expect(text, `${place} shows ${piece}`).not.toContain(piece)
  }
}

function placesOf(run: DistRun): [string, string][] {
  return [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ['report file', reportFileText(run)],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [name, value])
  ]
}

describe("the schedule's storageParams", () => {
  it('show only the harmless values in the Action: outputs, log, summary, report file, issue', async () => {
    const {secrets, harmless, params} = s3Settings()
    const token = newApiKey()
    const fake = await start({token, state: portalStoringTo(params)})
    const githubToken = `ghs_${randomBytes(18).toString('hex')}`
    const github = closeAfterTest(await startFakeGitHub({token: githubToken}))
    const run = await runDist(
      {portal: fake.url, token, issue: 'true', 'github-token': githubToken},
      {env: {GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'}}
    )

    expect(run.code).toBe(1)
    const hidden = Object.fromEntries(Object.keys(secrets).map(key => [key, '***']))
    const schedule = JSON.parse(run.outputs.schedule as string) as {storageParams: object}
    expect(schedule.storageParams).toEqual({...harmless, ...hidden})
    const report = JSON.parse(run.outputs.report as string) as {schedule: typeof schedule}
    expect(report.schedule.storageParams).toEqual({...harmless, ...hidden})
    expect(github.issues).toHaveLength(1)
    const issue = github.issues[0]!
    const issueText = [issue.body, ...issue.comments.map(comment => comment.body)].join('\n')
    expect(issueText).toContain('Third-party storage')
    expectNoneShown([...placesOf(run), ['issue', issueText]], secrets)
  })

  it('show only the harmless values in the CLI (--format json)', async () => {
    const {secrets, harmless, params} = s3Settings()
    const token = newApiKey()
    const fake = await start({token, state: portalStoringTo(params)})
    const run = await runCli(['--portal', fake.url, '--format', 'json'], {DOCSPACE_TOKEN: token})

    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {schedule: {storageParams: object}}
    expect(report.schedule.storageParams).toMatchObject({...harmless, acesskey: '***'})
    expectNoneShown(
      [
        ['stdout', run.stdout],
        ['stderr', run.stderr]
      ],
      secrets
    )
  })

  it('are sent back to the portal unchanged by start-backup, and still hidden in what it shows', async () => {
    const {secrets, params} = s3Settings()
    const token = newApiKey()
    const fake = await start({token, state: portalStoringTo(params)})
    const run = await runDist({portal: fake.url, token, 'start-backup': 'true'})

    const post = fake.requests.find(request => request.route === 'startbackup')
    const sent = JSON.parse(post?.body ?? '{}') as {storageParams: {key: string; value: string}[]}
    const sentParams = Object.fromEntries(sent.storageParams.map(({key, value}) => [key, value]))
    expect(sentParams).toMatchObject(secrets)
    expect(run.outputs['started-backup-id']).not.toBe('')
    expectNoneShown(placesOf(run), secrets)
  })
})
