import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {errorForStatus} from '../../../src/docspace/http-errors.js'
import {NoVerdictError} from '../../../src/core/errors.js'
import {errorReport} from '../../../src/report/build.js'
import {type Report} from '../../../src/report/shape.js'
import {renderSummary} from '../../../src/render/summary.js'
import type {WarningCode} from '../../../src/core/codes.js'
import type {BackupRecord, HistoryRecord} from '../../../src/core/portal-facts.js'
import {
  backup,
  facts,
  HOUR_MS,
  hoursBefore,
  job,
  NOW,
  PORTAL_INFO,
  reportOf,
  schedule,
  THRESHOLDS,
  TOKEN
} from '../fixtures.js'
import {commandLines, HOSTILE_FILE_NAME, HOSTILE_MESSAGE} from './hostile.js'

const GOLDEN = new URL('./golden/', import.meta.url)
const MIB = 1024 * 1024

/** Compares with test/unit/render/golden/<name>.md; `UPDATE_GOLDEN=1` writes it instead. */
function expectGolden(name: string, markdown: string): void {
  const file = new URL(`${name}.md`, GOLDEN)
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, markdown)
    return
  }
  if (!existsSync(file))
    throw new Error(`test/unit/render/golden/${name}.md is missing: run with UPDATE_GOLDEN=1`)
  expect(markdown).toBe(readFileSync(file, 'utf8'))
}

/** A backup with a fixed id and file name, so the golden files never change between runs. */
function named(n: number, ageHours: number, overrides: Partial<BackupRecord> = {}): HistoryRecord {
  const created = hoursBefore(ageHours)
  const stamp = created.toISOString().slice(0, 19).replace('T', '_').replace(/:/g, '-')
  return backup(ageHours, {
    id: `5f0c1c3e-9a51-4f0e-9d3b-${String(n).padStart(12, '0')}`,
    fileName: `myportal_${stamp}.tar.gz`,
    ...overrides
  })
}

const DAILY = schedule({period: 0, hour: 2, day: 0}, {lastBackupTime: hoursBefore(10)})
const WEEKLY = schedule({period: 1, hour: 2, day: 2}, {backupsStored: 7, storageType: 0})
const MONTHLY = schedule(
  {period: 2, hour: 23, day: 15},
  {backupsStored: null, storageType: 5, storageParams: {module: 'S3'}, lastBackupTime: null}
)

const errorOf = (error: NoVerdictError, warnings: WarningCode[] = []): Report =>
  errorReport({portal: PORTAL_INFO, checkedAt: NOW, thresholds: THRESHOLDS, warnings}, error)

const SUMMARIES: [string, () => Report][] = [
  ['healthy', () => reportOf(facts({history: [named(1, 29), named(2, 5)], schedule: DAILY}))],
  [
    'unhealthy',
    () =>
      reportOf(
        facts({
          history: [
            named(3, 40, {storageType: 4, expiresOn: new Date(NOW.getTime() + 2 * HOUR_MS)})
          ],
          schedule: DAILY,
          latestJob: job({progress: 12, error: 'Access to the path is denied.'}),
          backupsCreated: null,
          serviceEnabled: null
        }),
        {...THRESHOLDS, minCount: 2},
        ['count-unavailable', 'service-state-unavailable']
      )
  ],
  [
    'error',
    () =>
      errorOf(
        errorForStatus(
          {
            status: 403,
            headers: {},
            body: JSON.stringify({error: {message: 'Access denied'}, status: 1, statusCode: 403})
          },
          {
            endpoint: 'GET /api/2.0/backup/getbackuphistory',
            secrets: [TOKEN],
            retriesUsed: 0,
            timeoutMs: 30_000
          }
        )
      )
  ],
  [
    'no-schedule',
    () => reportOf(facts({history: [named(4, 20)], schedule: null, latestJob: null}))
  ],
  [
    'weekly',
    () =>
      reportOf(
        facts({
          history: [named(5, 50), named(6, 50 + 168)],
          schedule: WEEKLY,
          latestJob: job({isCompleted: false, progress: 45, status: 1})
        })
      )
  ],
  [
    'monthly',
    () =>
      reportOf(
        facts({
          history: Array.from({length: 12}, (_, i) =>
            named(10 + i, 100 + 24 * i, {storageType: 5})
          ),
          schedule: MONTHLY,
          latestJob: job({warning: 'Some files were not backed up.'}),
          backupsCreated: 12,
          serviceEnabled: true
        }),
        {...THRESHOLDS, maxAge: 'auto', graceHours: 6}
      )
  ],
  [
    'hostile',
    () =>
      reportOf(
        facts({
          history: [
            named(7, 30, {id: '<script>x</script>', fileName: HOSTILE_FILE_NAME, storageType: 9})
          ],
          latestJob: job({error: HOSTILE_MESSAGE, warning: '`code` ~~strike~~ _em_ &amp; \\'})
        })
      )
  ],
  [
    // Two of seven nightly backups missing, yet healthy: the strip and missed-backups show it.
    'missed-backups',
    () =>
      reportOf(
        facts({
          history: [0, 1, 2, 4, 5, 7, 8].map(night => named(20 + night, 9.75 + 24 * night)),
          schedule: schedule(DAILY.cronParams, {lastBackupTime: hoursBefore(10)})
        })
      )
  ],
  [
    // The scheduler started a run after the newest backup and no job runs: the worker.
    'stale-worker',
    () =>
      reportOf(
        facts({
          history: [3, 4, 5, 6, 7, 8, 9].map(night => named(30 + night, 9.75 + 24 * night)),
          schedule: schedule(DAILY.cronParams, {lastBackupTime: hoursBefore(10)}),
          latestJob: null
        })
      )
  ],
  [
    'hostile-error',
    () =>
      errorOf(
        new NoVerdictError(
          'bad-request',
          `The portal said: ${HOSTILE_MESSAGE} ${HOSTILE_FILE_NAME}`,
          400
        )
      )
  ]
]

describe('renderSummary golden files', () => {
  it.each(SUMMARIES)('renders the %s summary as its golden file', (name, build) => {
    expectGolden(name, renderSummary(build()))
  })
})

describe('renderSummary content', () => {
  it('writes a weekly schedule in words: weekly day 2 is Monday, since 1 is Sunday', () => {
    expect(renderSummary(reportOf(facts({schedule: WEEKLY})))).toContain(
      'Every Monday at 02:00 portal time, keeps 7, to Documents'
    )
  })

  it.each([
    [1, 'Sunday'],
    [2, 'Monday'],
    [4, 'Wednesday'],
    [7, 'Saturday']
  ])('writes weekly day %d as %s', (day, weekday) => {
    const portalSchedule = schedule({period: 1, hour: 9, day})
    expect(renderSummary(reportOf(facts({schedule: portalSchedule})))).toContain(
      `Every ${weekday} at 09:00 portal time`
    )
  })

  it('writes a monthly schedule in words with 24-hour time', () => {
    expect(renderSummary(reportOf(facts({schedule: MONTHLY})))).toContain(
      'Every month on day 15 at 23:00 portal time, to Third-party storage'
    )
  })

  it.each([
    [0, 'Documents'],
    [1, 'Third-party documents'],
    [2, 'Custom cloud'],
    [3, 'Local'],
    [4, 'Temporary (DataStore)'],
    [5, 'Third-party storage']
  ])('names storage type %d "%s" in the backups table', (storageType, words) => {
    const markdown = renderSummary(reportOf(facts({history: [named(8, 5, {storageType})]})))
    expect(markdown).toContain(` | ${words} | never |`)
  })

  it('lists at most the 10 newest backups and says how many more there are', () => {
    const history = Array.from({length: 15}, (_, i) => named(30 + i, i + 1))
    const markdown = renderSummary(reportOf(facts({history})))
    expect(markdown.match(/\| myportal\\_/g)).toHaveLength(10)
    expect(markdown).toContain('…and 5 older.')
  })

  it('puts the host and the verdict in the heading', () => {
    expect(renderSummary(reportOf(facts())).split('\n')[0]).toBe(
      '## ✅ DocSpace backups healthy: portal.example.com'
    )
    expect(renderSummary(reportOf(facts({history: []}))).split('\n')[0]).toBe(
      '## ❌ DocSpace backups unhealthy: portal.example.com'
    )
  })
})

describe('renderSummary escaping of portal strings', () => {
  const reports: [string, Report][] = [
    ['a hostile file name and job error', SUMMARIES.find(([name]) => name === 'hostile')![1]()],
    ['a hostile error message', SUMMARIES.find(([name]) => name === 'hostile-error')![1]()]
  ]

  it.each(reports)('writes no raw HTML for %s', (_what, report) => {
    const markdown = renderSummary(report)
    expect(markdown).not.toMatch(/<[a-z!/]/i)
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it.each(reports)('forms no link, image or emphasis for %s', (_what, report) => {
    const markdown = renderSummary(report)
    expect(markdown).not.toMatch(/(?<!\\)\[/)
    expect(markdown).not.toMatch(/(?<!\\)\*\*x/)
    expect(markdown).toContain('\\*\\*x\\*\\*\\[a\\](http://e)')
  })

  it.each(reports)('mentions no one for %s', (_what, report) => {
    const markdown = renderSummary(report)
    expect(markdown).not.toContain('@everyone')
    expect(markdown).toContain('&#64;everyone')
  })

  it('references no issue for a portal string with #1', () => {
    const history = [named(1, 5, {fileName: 'fixes #1.tar.gz'})]
    const markdown = renderSummary(reportOf(facts({history})))
    expect(markdown).toContain('fixes &#35;1.tar.gz')
    expect(markdown).not.toContain('#1')
  })

  it.each(reports)('starts no line with :: for %s', (_what, report) => {
    const markdown = renderSummary(report)
    expect(commandLines(markdown)).toEqual([])
    expect(markdown).toContain(' ::set-output name=healthy::true ')
  })

  it('breaks no table row: every row has as many cells as its header', () => {
    const markdown = renderSummary(reports[0][1])
    const unescapedPipes = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0
    const tables = markdown.split('\n\n').filter(block => block.startsWith('|'))
    expect(tables).toHaveLength(2)
    for (const table of tables) {
      const [header, ...rows] = table.split('\n')
      for (const row of rows) expect(unescapedPipes(row)).toBe(unescapedPipes(header))
    }
    expect(markdown).toContain('\\|')
  })
})

describe('renderSummary size', () => {
  it('stays under 1 MiB for a 100,000-record history with 400-character file names', () => {
    const history = Array.from({length: 100_000}, (_, i) =>
      backup((i % 5000) + 1, {id: `id-${i}`, fileName: `${i}_`.padEnd(400, '<')})
    )
    const markdown = renderSummary(
      reportOf(facts({history, latestJob: job({error: 'e'.repeat(MIB)})}))
    )
    expect(Buffer.byteLength(markdown)).toBeLessThan(MIB)
    expect(markdown).toContain('…and 99990 older.')
  })
})
