import {describe, expect, it} from 'vitest'
import {parseSchedule} from '../../../src/docspace/shapes.js'
import {scheduleWords, storageWords} from '../../../src/report/schedule-words.js'

const wire = (cronParams: object, extra: object = {}): unknown => ({
  storageType: 0,
  storageParams: {folderId: '1234'},
  cronParams,
  backupsStored: 7,
  lastBackupTime: '2026-03-10T02:00:03',
  dump: false,
  ...extra
})

describe('scheduleWords', () => {
  it.each([
    [{period: 0, hour: 2, day: 0}, {}, 'Every day at 02:00 portal time, keeps 7, to Documents'],
    [{period: 1, hour: 2, day: 2}, {}, 'Every Monday at 02:00 portal time, keeps 7, to Documents'],
    [{period: 1, hour: 23, day: 1}, {}, 'Every Sunday at 23:00 portal time, keeps 7, to Documents'],
    [
      {period: 1, hour: 4, day: 7},
      {},
      'Every Saturday at 04:00 portal time, keeps 7, to Documents'
    ],
    [
      {period: 2, hour: 3, day: 15},
      {},
      'Every month on day 15 at 03:00 portal time, keeps 7, to Documents'
    ],
    // Names, in any case, read as the verdict reads them.
    [
      {period: 'everyweek', hour: 2, day: 2},
      {},
      'Every Monday at 02:00 portal time, keeps 7, to Documents'
    ],
    [
      {period: 'EveryMonth', hour: 1, day: 1},
      {storageType: 'DataStore'},
      'Every month on day 1 at 01:00 portal time, keeps 7, to Temporary (DataStore)'
    ],
    [
      {period: 0, hour: 2, day: 0},
      {backupsStored: undefined},
      'Every day at 02:00 portal time, to Documents'
    ]
  ])('describes %j %j as "%s"', (cron, extra, words) => {
    expect(scheduleWords(parseSchedule(wire(cron, extra))!)).toBe(words)
  })
})

describe('storageWords', () => {
  it.each([
    [0, 'Documents'],
    [1, 'Third-party documents'],
    [2, 'Custom cloud'],
    [3, 'Local'],
    [4, 'Temporary (DataStore)'],
    [5, 'Third-party storage'],
    [9, 'Storage type 9']
  ])('names storage type %i "%s"', (type, words) => {
    expect(storageWords(type)).toBe(words)
  })
})
