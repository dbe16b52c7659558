import {describe, expect, it} from 'vitest'
import {NoVerdictError} from '../../../src/core/errors.js'
import {errorReport} from '../../../src/report/build.js'
import {criterionLines, renderText, verdictLines, warningLines} from '../../../src/render/text.js'
import {backup, facts, job, NOW, PORTAL_INFO, reportOf, schedule, THRESHOLDS} from '../fixtures.js'
import {commandLines, HOSTILE_FILE_NAME, HOSTILE_MESSAGE} from './hostile.js'

const hostileVerdict = () =>
  reportOf(
    facts({
      history: [backup(30, {fileName: HOSTILE_FILE_NAME})],
      latestJob: job({error: HOSTILE_MESSAGE, warning: `warn\n::error::x`})
    })
  )
const hostileError = () =>
  errorReport(
    {portal: PORTAL_INFO, checkedAt: NOW, thresholds: THRESHOLDS, warnings: ['count-unavailable']},
    new NoVerdictError('server-error', `The portal answered 500: ${HOSTILE_MESSAGE}`, 500)
  )

describe('criterionLines', () => {
  it('writes one line per check, with its mark, observation and threshold', () => {
    expect(criterionLines(reportOf(facts({history: [backup(5.25)]})))).toEqual([
      '✔ Usable backups: 1 backup [at least 1]',
      '✔ Newest backup age: 5.25 h (5h 15m), 2026-03-10T06:45:00Z [at most 27.00 h (auto)]',
      '✔ Schedule: Every day at 02:00 portal time, keeps 7, to Documents [required]',
      '✔ Last backup job: completed without error [no error]'
    ])
  })

  it('marks failed, warned and skipped checks', () => {
    const report = reportOf(
      facts({history: [], schedule: null, latestJob: job({isCompleted: false, progress: 30})}),
      {...THRESHOLDS, requireSchedule: false}
    )
    expect(criterionLines(report)).toEqual([
      '✘ Usable backups: 0 backups [at least 1]',
      '- Newest backup age: no backup [at most 27.00 h (auto)]',
      '! Schedule: none [optional]',
      '! Last backup job: running, 30% [no error]'
    ])
  })

  it('writes no check lines for an error', () => {
    expect(criterionLines(hostileError())).toEqual([])
  })

  it('folds a hostile job error onto its one line', () => {
    const lines = criterionLines(hostileVerdict())
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe(
      '✘ Last backup job: failed at 100%: Disk full ::set-output name=healthy::true @everyone <b>now</b> (warning: warn ::error::x) [no error]'
    )
  })
})

describe('verdictLines and warningLines', () => {
  it('writes each reason in words', () => {
    expect(verdictLines(reportOf(facts({history: [], schedule: null})))).toEqual([
      'no-backups: There is no usable backup.',
      'no-schedule: The portal has no automatic backup schedule.',
      "likely cause: There is no automatic backup schedule, so nothing makes new backups: create one in the portal's Backup settings (DocSpace deletes a schedule, and emails the admins, when a run fails for quota or billing)."
    ])
  })

  it('writes the error with its code, on one line', () => {
    expect(verdictLines(hostileError())).toEqual([
      'Error server-error: The portal answered 500: Disk full ::set-output name=healthy::true @everyone <b>now</b>'
    ])
  })

  it('writes each warning in words', () => {
    const report = reportOf(facts({schedule: schedule(undefined, {lastBackupTime: null})}))
    expect(warningLines(report)).toEqual([
      'warning schedule-never-ran: The backup schedule has never run.'
    ])
  })
})

describe('text rendering of hostile portal strings', () => {
  it.each([
    ['a verdict', hostileVerdict],
    ['an error', hostileError]
  ])('starts no line with :: and breaks no line, for %s', (_what, build) => {
    const report = build()
    for (const line of [
      ...criterionLines(report),
      ...verdictLines(report),
      ...warningLines(report)
    ]) {
      expect(line).not.toMatch(/[\n\r\u2028\u2029]/)
      expect(line.trimStart().startsWith('::')).toBe(false)
    }
    expect(commandLines(renderText(report))).toEqual([])
  })

  it('writes the whole report for a terminal, a title and indented lines', () => {
    const lines = renderText(hostileVerdict()).split('\n')
    expect(lines[0]).toBe('DocSpace backups UNHEALTHY: portal.example.com (2026-03-10T12:00:00Z)')
    expect(lines.slice(1).every(line => line.startsWith('  '))).toBe(true)
    // Title, 4 checks, the calendar strip and its legend, 2 reasons and the likely cause.
    expect(lines).toHaveLength(1 + 4 + 2 + 2 + 1)
  })
})
