import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/core/errors.js'
import {parsePortals, readPortalsFile} from '../../../src/fleet/portals-file.js'

const TOKEN_EU = `sk-${'e'.repeat(40)}`
const TOKEN_US = `sk-${'u'.repeat(40)}`
const ENV = {DOCSPACE_TOKEN_EU: TOKEN_EU, DOCSPACE_TOKEN_US: TOKEN_US}

const FILE = [
  'defaults:',
  '  token-env: DOCSPACE_TOKEN_EU',
  '  max-age: 36h',
  '  min-count: 2',
  'portals:',
  '  - name: eu-1',
  '    portal: https://eu-1.example.com',
  '  - name: us-1',
  '    portal: https://us-1.example.com',
  '    token-env: DOCSPACE_TOKEN_US',
  '    max-age: auto',
  '    dump: true',
  ''
].join('\n')

/** The refusal of `text`, as the CLI and the Action show it. */
function refusal(text: string, env: Record<string, string> = ENV): string {
  try {
    parsePortals(text, 'fleet.yml', env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('config')
    return (error as InputError).message
  }
  throw new Error('accepted')
}

/** A file of the defaults above and these lines in place of its portals. */
const withPortals = (...lines: string[]) =>
  ['defaults:', '  token-env: DOCSPACE_TOKEN_EU', 'portals:', ...lines, ''].join('\n')

describe('parsePortals', () => {
  it('applies the defaults to every entry, then the entry, through the inputs parser', () => {
    const fleet = parsePortals(FILE, 'fleet.yml', ENV)
    expect(fleet.portals.map(portal => portal.name)).toEqual(['eu-1', 'us-1'])
    const [eu, us] = fleet.portals.map(portal => portal.inputs)
    expect(eu).toMatchObject({token: TOKEN_EU, maxAge: 36, minCount: 2, dump: false})
    expect(eu.portal.base).toBe('https://eu-1.example.com')
    expect(us).toMatchObject({token: TOKEN_US, maxAge: 'auto', minCount: 2, dump: true})
  })

  it('reads JSON the same', () => {
    const json = JSON.stringify({
      portals: [{name: 'a', portal: 'https://a.example.com', 'token-env': 'DOCSPACE_TOKEN_EU'}]
    })
    expect(parsePortals(json, 'fleet.json', ENV).portals[0].inputs.token).toBe(TOKEN_EU)
  })

  it('reads a token file relative to the portals file, one trailing line break dropped', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'fleet-'))
    writeFileSync(path.join(folder, 'eu.token'), `${TOKEN_EU}\n`)
    const file = path.join(folder, 'fleet.yml')
    writeFileSync(
      file,
      withPortals('  - {name: a, portal: "https://a.example.com", token-file: eu.token}')
    )
    const fleet = await readPortalsFile(file, {})
    expect(fleet.portals[0].inputs.token).toBe(TOKEN_EU)
  })

  it('refuses an inline token without showing it, with its entry, key and line', () => {
    const message = refusal(
      withPortals(
        '  - name: eu-1',
        '    portal: https://eu-1.example.com',
        `    token: ${TOKEN_US}`
      )
    )
    expect(message).toBe(
      'Input "config" has an error in "fleet.yml" at line 6, portal "eu-1" (portals[0]): key "token" is refused: a portals file gets committed, so a secret is given by reference, "token-env: VARIABLE" or "token-file: PATH" (the value is not shown: it is a secret).'
    )
    expect(message).not.toContain(TOKEN_US)
    expect(
      refusal(
        withPortals(
          '  - {name: a, portal: "https://a.example.com", ping-url: "https://hc-ping.com/x"}'
        )
      )
    ).toMatch(/key "ping-url" is refused: .*"ping-url-env: VARIABLE"/)
  })

  it("gives an input the inputs' own message, naming the entry by its name and the line", () => {
    const message = refusal(
      withPortals('  - name: eu-1', '    portal: https://eu-1.example.com', '    max-age: 3 days')
    )
    expect(message).toBe(
      'Input "config" has an error in "fleet.yml" at line 6, portal "eu-1" (portals[0]): key "max-age" has an invalid value "3 days": expected a duration such as 36h, 2d, 90m, or "auto".'
    )
  })

  it('names an entry without a usable name by its place', () => {
    expect(refusal(withPortals('  - portal: https://a.example.com'))).toBe(
      'Input "config" has an error in "fleet.yml" at line 4, (portals[0]): key "name" is missing: each portal has a name, its label everywhere.'
    )
    expect(refusal(withPortals('  - {name: "a b", portal: "https://a.example.com"}'))).toMatch(
      /line 4, \(portals\[0\]\): key "name" has an invalid value "a b": expected letters, digits/
    )
  })

  it('refuses a repeated name, naming the first', () => {
    const message = refusal(
      withPortals(
        '  - {name: a, portal: "https://a.example.com"}',
        '  - {name: a, portal: "https://b.example.com"}'
      )
    )
    expect(message).toMatch(
      /at line 5, portal "a" \(portals\[1\]\): key "name" repeats the name of portals\[0\]/
    )
  })

  it("says a bad default is the defaults', at its line", () => {
    const text = FILE.replace('max-age: 36h', 'max-age: soon')
    expect(refusal(text)).toBe(
      'Input "config" has an error in "fleet.yml" at line 3, in defaults: key "max-age" has an invalid value "soon": expected a duration such as 36h, 2d, 90m, or "auto".'
    )
  })

  it('refuses unknown keys with a suggestion, and run-wide inputs', () => {
    expect(
      refusal(withPortals('  - {name: a, portal: "https://a.example.com", max-ages: 3h}'))
    ).toMatch(/key "max-ages" is not a known key \(did you mean "max-age"\?\)/)
    expect(
      refusal(withPortals('  - {name: a, portal: "https://a.example.com", issue: true}'))
    ).toMatch(/key "issue" applies to the whole run, not to one portal/)
    expect(refusal('portal: https://a.example.com\n')).toMatch(
      /line 1: key "portal" is not a known key/
    )
  })

  it('names a token variable that is not set, and never its value', () => {
    expect(refusal(FILE, {DOCSPACE_TOKEN_US: TOKEN_US})).toMatch(
      /line 2, in defaults: key "token-env" names the variable DOCSPACE_TOKEN_EU, which is not set or empty/
    )
    const short = refusal(FILE, {...ENV, DOCSPACE_TOKEN_US: 'sk-a b'})
    expect(short).toMatch(
      /line 10, portal "us-1" \(portals\[1\]\): key "token-env" has an invalid value: expected a single token/
    )
    expect(short).not.toContain('sk-a b')
  })

  it('refuses a missing token, and one given two ways in one place', () => {
    const noToken = 'portals:\n  - {name: a, portal: "https://a.example.com"}\n'
    expect(refusal(noToken)).toMatch(/key "token-env" is missing: give the token by reference/)
    expect(
      refusal(
        withPortals('  - {name: a, portal: "https://a.example.com", token-env: X, token-file: y}')
      )
    ).toMatch(/key "token-file" cannot be combined with "token-env"/)
  })

  it("lets an entry's token file override a default variable", () => {
    const text = withPortals(
      '  - {name: a, portal: "https://a.example.com", token-file: /nonexistent/t}'
    )
    expect(refusal(text)).toMatch(
      /key "token-file" names a file that cannot be read, "\/nonexistent\/t" \(ENOENT\)/
    )
  })

  it("refuses what is not a portals file, with the parser's line", () => {
    expect(refusal('portals:\n  - name: [a\n')).toMatch(
      /at line \d+: it is not valid YAML \(or JSON\)/
    )
    expect(refusal('- a\n- b\n')).toMatch(/expected a mapping with "portals:"/)
    expect(refusal('portals: []\n')).toMatch(/key "portals" is missing or empty/)
    expect(
      refusal(withPortals('  - {name: a, portal: "https://a.example.com", grace: [1, 2]}'))
    ).toMatch(/key "grace" has an invalid value: expected one value, not a list or a mapping/)
  })

  it('never quotes a secret pasted where its reference goes', () => {
    const pingUrl = 'https://hc-ping.com/0b6e2c52-8d1f-4f3a-9c41-5a7e9d2b8c10'
    const token = `sk_${'Ab9'.repeat(22)}`
    const asPingEnv = withPortals(
      `  - {name: a, portal: "https://a.example.com", ping-url-env: "${pingUrl}"}`
    )
    const asTokenEnv = withPortals(
      `  - {name: a, portal: "https://a.example.com", token-env: ${token}}`
    )
    const asTokenFile = withPortals(
      `  - {name: a, portal: "https://a.example.com", token-file: ${token}}`
    )
    for (const [text, secret] of [
      [asPingEnv, pingUrl],
      [asTokenEnv, token],
      [asTokenFile, token]
    ] as const) {
      const message = refusal(text)
      expect(message).toMatch(/not shown: it may be the secret itself/)
      expect(message).not.toContain(secret.slice(8, 40))
    }
  })

  it('takes storage-params as one level of single values, refusing nested or aliased ones at once', () => {
    const flat = withPortals(
      '  - {name: a, portal: "https://a.example.com", storage-params: {module: s3, usehttp: true}}'
    )
    expect(parsePortals(flat, 'fleet.yml', ENV).portals).toHaveLength(1)
    const selfReferring = withPortals(
      '  - name: a',
      '    portal: "https://a.example.com"',
      '    storage-params: &a {x: *a}'
    )
    // Nine levels of aliases, each twice the one below: written out, 2^27 copies of "l".
    const laughs = [
      '  - name: a',
      '    portal: "https://a.example.com"',
      '    storage-params:',
      '      l0: &l0 [l, l, l, l, l, l, l, l]',
      ...Array.from(
        {length: 9},
        (_, i) => `      l${i + 1}: &l${i + 1} [${Array(8).fill(`*l${i}`).join(', ')}]`
      )
    ]
    for (const text of [selfReferring, withPortals(...laughs)]) {
      expect(refusal(text)).toMatch(
        /key "storage-params" has an invalid value: expected a mapping of single values/
      )
    }
  })

  it('refuses an unusable proxy before any request', () => {
    const text = withPortals('  - {name: a, portal: "https://a.example.com"}')
    expect(refusal(text, {...ENV, https_proxy: 'socks5://proxy:1080'})).toMatch(
      /portals\[0\]\): The environment variable https_proxy is not a usable proxy/
    )
  })

  it('refuses a file that cannot be read', async () => {
    await expect(readPortalsFile('/nonexistent/fleet.yml', {})).rejects.toThrow(
      'Input "config" names a file that cannot be read: "/nonexistent/fleet.yml" (ENOENT).'
    )
  })
})
