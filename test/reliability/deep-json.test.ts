// JSON nested thousands of levels deep, anywhere in an answer: JSON.parse takes it, but every
// walk after it (shapes, messages, redaction, the report, the outputs) once recursed into it
// and crashed with "Maximum call stack size exceeded". Any depth gives a verdict or bad-response.
import {describe, expect, it} from 'vitest'
import type {Fault, RouteName} from '../../src/fake-docspace/faults.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import type {Report} from '../../src/report/shape.js'
import {check, everythingShown, expectError} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../support/fake-portal.js'

closeServersAfterEach()

/** `{"a":{"a":…1…}}`, `depth` objects deep, as text: no recursion needed to build it. */
const deepObject = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
/** `[[[…]]]`, `depth` lists deep. */
const deepList = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`

const envelope = (payload: string): Fault => ({
  kind: 'status',
  status: 200,
  body: Buffer.from(`{"response":${payload},"count":1,"status":0,"statusCode":200}`)
})

function scheduleWith(field: string, deep: string): string {
  const {schedule} = healthyPortal(NOW)
  const text = JSON.stringify({...schedule, [field]: '__DEEP__'})
  return text.replace('"__DEEP__"', deep)
}

function historyWith(field: string, deep: string): string {
  const {history} = healthyPortal(NOW)
  const first = JSON.stringify({...history[0], [field]: '__DEEP__'}).replace('"__DEEP__"', deep)
  return `[${[first, ...history.slice(1).map(record => JSON.stringify(record))].join(',')}]`
}

/** Everything shown is rendered (no stack overflow on the way) and quotes none of the deep value. */
function expectNothingDeepShown(report: Report): void {
  const shown = everythingShown(report)
  expect(shown).not.toContain('{"a":{"a":{"a":')
  expect(shown).not.toContain('[[[[')
}

describe.each([5_000, 100_000])('JSON %i levels deep', depth => {
  const cases: {where: string; route: RouteName; payload: () => string; words: string}[] = [
    {
      where: 'in an unknown schedule field',
      route: 'getbackupschedule',
      payload: () => scheduleWith('futureField', deepObject(depth)),
      words: 'nested more than 100 levels deep'
    },
    {
      where: 'in the schedule\'s "storageParams"',
      route: 'getbackupschedule',
      payload: () => scheduleWith('storageParams', `{"folderId":${deepList(depth)}}`),
      words: 'nested more than 100 levels deep'
    },
    {
      where: 'as a history "createdOn"',
      route: 'getbackuphistory',
      payload: () => historyWith('createdOn', deepObject(depth)),
      words: 'without a valid "createdOn" (a value nested more than'
    }
  ]

  it.each(cases)('$where is bad-response', async ({route, payload, words}) => {
    const fake = await startFake({faults: {[route]: [envelope(payload())]}})
    const {report} = await check(fake)
    expectError(report, 'bad-response', `GET /api/2.0/backup/${route}`, words)
    expectNothingDeepShown(report)
  })

  it('in an unknown field of a backup or the job gives a verdict', async () => {
    const {progress} = healthyPortal(NOW)
    const job = JSON.stringify({...progress, extra: '__DEEP__'}).replace(
      '"__DEEP__"',
      deepList(depth)
    )
    const fake = await startFake({
      faults: {
        getbackuphistory: [envelope(historyWith('extra', deepObject(depth)))],
        getbackupprogress: [envelope(job)]
      }
    })
    const {report} = await check(fake)
    expect(report.status).toBe('healthy')
    expectNothingDeepShown(report)
  })

  it('in an error answer quotes nothing of it and keeps the code', async () => {
    const body = Buffer.from(`{"error":{"message":${deepList(depth)}},"status":1,"statusCode":403}`)
    const fake = await startFake({
      faults: {getbackuphistory: [{kind: 'status', status: 403, body}]}
    })
    const {report} = await check(fake)
    expectError(report, 'forbidden')
    expectNothingDeepShown(report)
  })
})
