// Which open issue is this check's: its key (issue-key, else host, port, path and dump), the title
// and hidden marker it gives, and the earlier version's issues (host and port in the title, no
// marker) that it takes over.
import {describe, expect, it} from 'vitest'
import {findIssue, issueIdentity} from '../../../src/action/issue-identity.js'

const portal = (base: string, host = new URL(base).host) => ({portal: base, host})
const plain = {dump: false, issueKey: null}

describe('issueIdentity', () => {
  it.each([
    ['https://portal.example.com', plain, 'portal.example.com'],
    ['https://portal.example.com:8443', plain, 'portal.example.com:8443'],
    ['https://example.com/docspace', plain, 'example.com/docspace'],
    ['https://example.com/docspace', {dump: true, issueKey: null}, 'example.com/docspace (dump)'],
    ['https://example.com/a%40b', plain, 'example.com/a%40b'],
    ['https://example.com', {dump: true, issueKey: 'prod nightly'}, 'prod nightly']
  ])('%s %j: %s', (base, inputs, key) => {
    const identity = issueIdentity(portal(base), inputs)
    expect(identity.key).toBe(key)
    expect(identity.title).toBe(`DocSpace backups unhealthy: ${key}`)
    expect(identity.marker).toBe(`<!-- docspace-backup-check issue: ${encodeURIComponent(key)} -->`)
  })

  it('keeps the host as the URL writes it, port included, for the earlier title', () => {
    const identity = issueIdentity(
      {portal: 'https://example.com/x', host: 'example.com:443'},
      plain
    )
    expect(identity.key).toBe('example.com:443/x')
    expect(identity.legacyTitle).toBe('DocSpace backups unhealthy: example.com:443')
  })

  it("cuts a title to GitHub's 256 characters; the marker keeps the whole key", () => {
    const identity = issueIdentity(portal(`https://example.com/${'p'.repeat(2000)}`), plain)
    expect([...identity.title]).toHaveLength(256)
    expect(identity.title.endsWith('…')).toBe(true)
    expect(identity.marker).toContain('p'.repeat(2000))
  })
})

describe('findIssue', () => {
  const mine = issueIdentity(portal('https://example.com/docspace'), plain)
  const dump = issueIdentity(portal('https://example.com/docspace'), {dump: true, issueKey: null})
  const issue = (title: string, body: string, number: number, pull = false) => ({
    number,
    title,
    body,
    ...(pull ? {pull_request: {}} : {})
  })

  it('finds the issue that carries its marker, never another check’s of the same host', () => {
    const open = [
      issue(dump.title, `${dump.marker}\nreport`, 1),
      issue(mine.title, `${mine.marker}\nreport`, 2)
    ]
    expect(findIssue(open, mine)).toEqual({issue: open[1], legacy: false})
    expect(findIssue(open, dump)).toEqual({issue: open[0], legacy: false})
  })

  it("takes over an earlier version's issue for the host (no marker), only when none is marked", () => {
    const legacy = issue('DocSpace backups unhealthy: example.com', '## ❌ report', 1)
    expect(findIssue([legacy], mine)).toEqual({issue: legacy, legacy: true})
    expect(findIssue([legacy], dump)).toEqual({issue: legacy, legacy: true})
    const marked = issue(mine.title, `${mine.marker}\nreport`, 2)
    expect(findIssue([legacy, marked], mine)).toEqual({issue: marked, legacy: false})
  })

  it('ignores pull requests, other hosts, and marked issues titled with the host', () => {
    const hostOnly = issueIdentity(portal('https://example.com'), plain)
    const open = [
      issue(mine.title, `${mine.marker}\nreport`, 1, true),
      issue('DocSpace backups unhealthy: other.example.com', 'report', 2),
      issue(hostOnly.title, `${hostOnly.marker}\nreport`, 3)
    ]
    expect(findIssue(open, mine)).toBeUndefined()
    expect(findIssue(open, hostOnly)).toEqual({issue: open[2], legacy: false})
  })
})
