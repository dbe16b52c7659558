// The summary's "Restore check" section: the archive's name is escaped text, never a code span
// around escapes (inside a code span, `\_` shows its backslash).
import {describe, expect, it} from 'vitest'
import {restoreCheckSection} from '../../../src/render/restore-check.js'
import type {Verification} from '../../../src/report/verification.js'

const verified: Verification = {
  outcome: 'verified',
  backupId: 'b1',
  fileName: 'my_portal_2026-12-02_11-16-37.tar.gz',
  storageType: 0,
  source: 'folder 1234 at portal.example.com',
  check: null,
  message: null,
  format: 'tar.gz',
  bytes: 4302,
  sha256: 'ab'.repeat(32),
  dump: false,
  tables: 48,
  files: 24,
  incomplete: null,
  levels: ['transport: 4.3 kB read'],
  seconds: 1
}

describe('restoreCheckSection', () => {
  it('names the archive as escaped text, which renders as the name itself', () => {
    const section = restoreCheckSection(verified)
    expect(section).toContain(
      'Archive my\\_portal\\_2026-12-02\\_11-16-37.tar.gz from folder 1234 at portal.example.com.'
    )
    expect(section).not.toMatch(/`[^`]*\\_[^`]*`/)
  })

  it('escapes what a portal could put in a name', () => {
    const section = restoreCheckSection({...verified, fileName: 'a`b|c<d>@e.tar.gz'})
    expect(section).toContain('Archive a\\`b\\|c&lt;d&gt;&#64;e.tar.gz from')
  })
})
