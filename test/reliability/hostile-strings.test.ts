// Portal strings written to break the summary's markdown or to pass for workflow commands in
// the log: escaped in the summary, folded onto one line in the text.
import {describe, expect, it} from 'vitest'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {failedJobPortal, healthyPortal} from '../../src/fake-docspace/scenarios.js'
import type {Report} from '../../src/report/shape.js'
import {renderSummary} from '../../src/render/summary.js'
import {criterionLines, renderText, verdictLines, warningLines} from '../../src/render/text.js'
import {check} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'

closeServersAfterEach()

// Under 300 characters, so that a quoted portal message keeps all of it.
const HOSTILE = [
  '<img src=x onerror=alert(1)><script>1</script>',
  'a | b | c || d',
  'x\n::set-output name=x::y',
  '::add-mask::hunter2',
  'y\r\n  ::error title=t::z',
  '\u2028::warning::w\u0085::notice::n',
  '[click](https://evil.example) ![img](x.png)',
  '`c` **b** \\| @admin',
  '</td></table><h1>h</h1>'
].join(' ~ ')

/** Every unescaped `|`: one not preceded by an odd run of backslashes. */
const PIPE = /(?<!\\)(?:\\\\)*\|/g

function expectSafeSummary(summary: string, tableCount: number): void {
  expect(summary).toContain('a \\| b \\| c \\|\\| d')
  for (const line of summary.split('\n')) expect(line.trimStart()).not.toMatch(/^::/)
  expect(summary).not.toMatch(/<(img|script|h1|\/td|\/table)/i)
  expect(summary).toContain('&lt;img')
  expect(summary).not.toContain('[click](')
  expect(summary).not.toContain('![img](')
  expect(summary).not.toContain('@admin')
  // A table row has exactly as many cell borders as its header.
  const tables = summary.split('\n\n').filter(block => block.startsWith('| '))
  expect(tables).toHaveLength(tableCount)
  for (const table of tables) {
    const [header = '', ...rows] = table.split('\n')
    const borders = header.match(PIPE)?.length
    for (const row of rows) expect(row.match(PIPE)?.length, row).toBe(borders)
  }
}

/** `quoted`: the portal string is among the lines, folded. */
function expectSafeText(report: Report, quoted: boolean): void {
  const lines = [
    ...renderText(report).split('\n'),
    ...criterionLines(report),
    ...verdictLines(report),
    ...warningLines(report)
  ]
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
    expect(line.trimStart()).not.toMatch(/^::/)
  }
  if (quoted) expect(lines.join('\n')).toContain('x ::set-output name=x::y')
}

describe('hostile portal strings', () => {
  it.each<{
    where: string
    state: () => PortalState
    shown: (report: Report) => string
    inText: boolean
  }>([
    {
      where: 'the newest backup file name',
      state: () => {
        const state = healthyPortal(NOW)
        const history = state.history.map((record, i) =>
          i === 0 ? {...record, fileName: HOSTILE} : record
        )
        return {...state, history}
      },
      shown: report => report.latest?.fileName ?? '',
      // The log names the newest backup by date only.
      inText: false
    },
    {
      where: 'a failed job error',
      state: () => {
        const state = failedJobPortal(NOW)
        return {...state, progress: {...state.progress!, error: HOSTILE}}
      },
      shown: report => report.progress?.error ?? '',
      inText: true
    },
    {
      where: 'a completed job warning',
      state: () => {
        const state = healthyPortal(NOW)
        return {...state, progress: {...state.progress!, warning: HOSTILE}}
      },
      shown: report => report.progress?.warning ?? '',
      inText: true
    }
  ])('escapes $where in the summary and folds it in the text', async ({state, shown, inText}) => {
    const fake = await startFake({state: state()})
    const {report} = await check(fake)
    // The report keeps the portal's words; rendering makes them harmless.
    expect(shown(report)).toBe(HOSTILE)
    const summary = renderSummary(report)
    expectSafeSummary(summary, 2)
    expectSafeText(report, inText)
  })

  it.each([403, 500, 200])(
    'escapes a portal error message given with %i and folds it in the text',
    async status => {
      const body = {error: {message: HOSTILE, type: 'X'}, status: 1, statusCode: status}
      const fake = await startFake({faults: {getbackupschedule: [{kind: 'status', status, body}]}})
      const {report} = await check(fake, {retries: '0'})
      expect(report.status).toBe('error')
      // Quoted whole, its first part to its last, only folded onto one line.
      expect(report.error?.message).toContain('<img src=x onerror=alert(1)><script>1</script>')
      expect(report.error?.message).toContain('a | b | c || d')
      expect(report.error?.message).toContain('x ::set-output name=x::y')
      expect(report.error?.message).toContain('</td></table><h1>h</h1>')
      expect(report.error?.message).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
      const summary = renderSummary(report)
      expectSafeSummary(summary, 0)
      expectSafeText(report, true)
    }
  )

  it('escapes a hostile redirect Location', async () => {
    const location = 'https://evil.example/<script>x</script>|::add-mask::|[a](b)@admin'
    const fake = await startFake({faults: {getbackuphistory: [{kind: 'redirect', location}]}})
    const {report} = await check(fake)
    expect(report.reasons).toEqual(['redirected'])
    const summary = renderSummary(report)
    expect(summary).toContain('&lt;script&gt;')
    expect(summary).not.toMatch(/<script|\[a\]\(b\)|@admin/)
    expectSafeText(report, false)
  })
})
