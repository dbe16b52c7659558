import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  parseCount,
  backupRecordOf,
  parseHistory,
  parseProgress,
  parseSchedule,
  parseServiceState
} from '../../../src/docspace/shapes.js'
import {ShapeError} from '../../../src/docspace/shape-values.js'

const RECORD = {
  id: '5f0c1c3e-9a51-4f0e-9d3b-2c7a1f8e6b10',
  fileName: 'myportal_2026-06-01_02-00-07.tar.gz',
  storageType: 5,
  createdOn: '2026-06-01T02:00:07',
  expiresOn: '0001-01-01T00:00:00'
}
const SCHEDULE = {
  storageType: 0,
  storageParams: {folderId: '1234'},
  cronParams: {period: 1, hour: 2, day: 2},
  backupsStored: 7,
  lastBackupTime: '2026-06-01T23:00:03',
  dump: false
}
const PROGRESS = {
  isCompleted: true,
  progress: 100,
  error: '',
  link: 'https://portal.example.com/x',
  tenantId: 1,
  backupProgressEnum: 0,
  status: 2,
  taskId: '5f0c1c3e-9a51-4f0e-9d3b-2c7a1f8e6b10'
}

/** Calls `parse`; fails the test unless it returns or throws a ShapeError. */
function returnsOrShapeError(parse: () => unknown): void {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(ShapeError)
    expect((error as Error).message.length).toBeGreaterThan(0)
  }
}

function shapeError(parse: () => unknown): string {
  try {
    parse()
  } catch (error) {
    if (error instanceof ShapeError) return error.message
    throw error
  }
  throw new Error('no ShapeError')
}

// What a hostile or broken portal could put in a field: JSON values, and anything JS has.
const anyValue = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.anything({
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true
  }),
  fc.constantFrom(undefined, null, NaN, Infinity, -1, 1.5, '', 'Backup', 'EVERYWEEK', 2 ** 53)
)

/** A copy of `base` with one field (also one that is not there) set to any value, or removed. */
function withOneField(base: Record<string, unknown>, extraKeys: string[] = []) {
  return fc
    .tuple(fc.constantFrom(...Object.keys(base), ...extraKeys), anyValue, fc.boolean())
    .map(([key, value, remove]) => {
      const copy: Record<string, unknown> = {...base}
      if (remove) delete copy[key]
      else copy[key] = value
      return copy
    })
}

describe('response shapes on any value (property)', () => {
  it('parseHistory returns records or throws ShapeError, whatever a field holds', () => {
    fc.assert(
      fc.property(
        fc.array(withOneField(RECORD, ['__proto__', 'constructor']), {maxLength: 4}),
        items => {
          returnsOrShapeError(() => parseHistory(items))
        }
      ),
      {numRuns: 2000}
    )
  })

  it('parseSchedule returns a schedule or throws ShapeError, whatever a field holds', () => {
    const cron = withOneField(SCHEDULE.cronParams).map(cronParams => ({...SCHEDULE, cronParams}))
    const params = withOneField(SCHEDULE.storageParams, ['toString']).map(storageParams => ({
      ...SCHEDULE,
      storageParams
    }))
    fc.assert(
      fc.property(fc.oneof(withOneField(SCHEDULE), cron, params), payload => {
        returnsOrShapeError(() => parseSchedule(payload))
      }),
      {numRuns: 2000}
    )
  })

  it('parseProgress returns a job or throws ShapeError, whatever a field holds', () => {
    fc.assert(
      fc.property(withOneField(PROGRESS), payload => {
        returnsOrShapeError(() => parseProgress(payload))
      }),
      {numRuns: 2000}
    )
  })

  it('parseCount and parseServiceState return a value or throw ShapeError', () => {
    const state = withOneField({enabled: true})
    fc.assert(
      fc.property(anyValue, state, (value, payload) => {
        returnsOrShapeError(() => parseCount(value))
        returnsOrShapeError(() => parseServiceState(payload))
        returnsOrShapeError(() => parseServiceState(value))
      }),
      {numRuns: 2000}
    )
  })

  it('every parser returns or throws ShapeError for a whole payload of any value', () => {
    fc.assert(
      fc.property(anyValue, payload => {
        for (const parse of [
          parseHistory,
          parseSchedule,
          parseProgress,
          parseCount,
          parseServiceState
        ]) {
          returnsOrShapeError(() => parse(payload))
        }
      }),
      {numRuns: 2000}
    )
  })
})

describe('parseHistory', () => {
  it('checks the records and returns them as the portal sent them', () => {
    const history = [RECORD, {...RECORD, createdOn: '2026-06-01T02:00:07.1234567Z'}]
    expect(parseHistory(history)).toBe(history)
  })

  it('converts the API reference example record', () => {
    const record = backupRecordOf(parseHistory([RECORD])[0]!)
    expect(record).toEqual({
      id: RECORD.id,
      fileName: RECORD.fileName,
      storageType: 5,
      createdOn: new Date('2026-06-01T02:00:07Z'),
      expiresOn: null
    })
  })

  it('reads no response (null payload) as an empty history', () => {
    expect(parseHistory(null)).toEqual([])
  })

  it('tolerates a storage type name, a missing fileName and a missing expiresOn', () => {
    const record = backupRecordOf(
      parseHistory([{id: 'a', createdOn: '2026-06-01T02:00:07Z', storageType: 'DataStore'}])[0]!
    )
    expect([record.storageType, record.fileName, record.expiresOn]).toEqual([4, '', null])
  })

  it.each([
    [{}, 'is not a list of backups (got an object)'],
    [[1], 'has backup 1 as a number, not an object'],
    [
      [{...RECORD, createdOn: '2026-02-30T00:00:00'}],
      'has backup 1 without a valid "createdOn" ("2026-02-30T00:00:00")'
    ],
    [
      [{...RECORD, createdOn: '0001-01-01T00:00:00'}],
      'has backup 1 without a valid "createdOn" ("0001-01-01T00:00:00")'
    ],
    [[RECORD, {...RECORD, expiresOn: 'soon'}], 'has backup 2 with an invalid "expiresOn" ("soon")'],
    [[{...RECORD, id: 7}], 'has backup 1 "id" that is not a string (7)'],
    [
      [{...RECORD, storageType: -1}],
      'has backup 1 "storageType" that is not one of Documents, ThridpartyDocuments, CustomCloud, Local, DataStore, ThirdPartyConsumer (-1)'
    ]
  ])('refuses %j: it %s', (payload, message) => {
    expect(shapeError(() => parseHistory(payload))).toBe(message)
  })
})

describe('parseSchedule', () => {
  it('reads the API reference example schedule and keeps the raw payload', () => {
    const schedule = parseSchedule(SCHEDULE)
    expect(schedule).toEqual({
      storageType: 0,
      storageParams: {folderId: '1234'},
      cronParams: {period: 1, hour: 2, day: 2},
      backupsStored: 7,
      lastBackupTime: new Date('2026-06-01T23:00:03Z'),
      dump: false,
      raw: SCHEDULE
    })
  })

  it('reads no response as no schedule, and a never-run schedule as lastBackupTime null', () => {
    expect(parseSchedule(null)).toBeNull()
    expect(
      parseSchedule({...SCHEDULE, lastBackupTime: '0001-01-01T00:00:00'})?.lastBackupTime
    ).toBeNull()
  })

  it('reads a DataStore schedule whose folderId is null, and a missing backupsStored as null', () => {
    const {backupsStored: _omitted, ...rest} = SCHEDULE
    const schedule = parseSchedule({...rest, storageType: 4, storageParams: {folderId: null}})
    expect([schedule?.storageParams, schedule?.backupsStored]).toEqual([{folderId: null}, null])
  })

  it.each([
    [{...SCHEDULE, cronParams: null}, 'has the schedule\'s "cronParams" as null, not an object'],
    [
      {...SCHEDULE, cronParams: {period: 'Hourly', hour: 2, day: 0}},
      'has "cronParams.period" that is not one of EveryDay, EveryWeek, EveryMonth ("Hourly")'
    ],
    [
      {...SCHEDULE, cronParams: {period: 0, hour: 2.5, day: 0}},
      'has "cronParams.hour" that is not a whole number (2.5)'
    ],
    [{...SCHEDULE, lastBackupTime: 'never'}, 'has an invalid "lastBackupTime" ("never")']
  ])('refuses %j: it %s', (payload, message) => {
    expect(shapeError(() => parseSchedule(payload))).toBe(message)
  })
})

describe('parseProgress', () => {
  it('reads the API reference example job', () => {
    expect(parseProgress(PROGRESS)).toEqual({
      isCompleted: true,
      progress: 100,
      error: '',
      warning: null,
      backupProgressEnum: 0,
      status: 2,
      taskId: PROGRESS.taskId
    })
  })

  it('reads a job of DocSpace before 3.7, without status, and an error of null as ""', () => {
    const {status: _status, ...old} = PROGRESS
    const job = parseProgress({...old, error: null})
    expect([job?.status, job?.error]).toEqual([null, ''])
  })

  it.each([
    [{...PROGRESS, isCompleted: 'true'}, 'has a job without a boolean "isCompleted" ("true")'],
    [{...PROGRESS, progress: '50'}, 'has the job\'s "progress" that is not a number ("50")'],
    [{...PROGRESS, error: 500}, 'has the job\'s "error" that is not a string (500)']
  ])('refuses %j: it %s', (payload, message) => {
    expect(shapeError(() => parseProgress(payload))).toBe(message)
  })
})

describe('parseCount and parseServiceState', () => {
  it.each([0, 3, 1000])('reads the count %d', count => {
    expect(parseCount(count)).toBe(count)
  })

  it.each([-1, 1.5, '3', null])('refuses the count %j', value => {
    expect(shapeError(() => parseCount(value))).toMatch(/^is not a count of backups \(got /)
  })

  it.each([true, false])('reads the service state enabled: %s', enabled => {
    expect(parseServiceState({enabled})).toBe(enabled)
  })

  it('refuses a service state without a boolean enabled', () => {
    expect(shapeError(() => parseServiceState({enabled: 'yes'}))).toBe(
      'has no boolean "enabled" (got "yes")'
    )
  })
})
