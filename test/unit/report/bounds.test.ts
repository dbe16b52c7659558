import {describe, expect, it} from 'vitest'
import {HARMLESS_STORAGE_PARAMS} from '../../../src/core/codes.js'
import {boundedSchedule} from '../../../src/report/bounds.js'

const schedule = (storageParams: unknown) => ({
  storageType: 5,
  storageParams,
  cronParams: {period: 0, hour: 2, day: 0},
  lastBackupTime: '0001-01-01T00:00:00',
  dump: false
})

describe('boundedSchedule: the storage parameters', () => {
  it('keeps the harmless values and writes *** for every other one, the rest untouched', () => {
    const shown = boundedSchedule(
      schedule({
        folderId: '1234',
        module: 'S3',
        Bucket: 'backups',
        REGION: 'eu-west-1',
        usehttp: true,
        acesskey: 'AKIAIOSFODNN7EXAMPLE',
        secretaccesskey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        json: '{"private_key": "-----BEGIN PRIVATE KEY-----"}',
        port: 9000,
        empty: null
      })
    )
    expect(shown).toEqual(
      schedule({
        folderId: '1234',
        module: 'S3',
        Bucket: 'backups',
        REGION: 'eu-west-1',
        usehttp: true,
        acesskey: '***',
        secretaccesskey: '***',
        json: '***',
        port: '***',
        empty: null
      })
    )
  })

  it('hides a harmless key whose value is not plain, and storageParams that are not an object', () => {
    expect(boundedSchedule(schedule({bucket: {secret: 'x'}, folderId: ['x']}))).toEqual(
      schedule({bucket: '***', folderId: '***'})
    )
    expect(boundedSchedule(schedule(['key=secret']))).toEqual(schedule('***'))
    expect(boundedSchedule(schedule('secret'))).toEqual(schedule('***'))
    expect(boundedSchedule(schedule(null))).toEqual(schedule(null))
  })

  it('keeps a key named __proto__ as a key, hidden', () => {
    const raw = JSON.parse('{"storageParams": {"__proto__": "secret", "module": "S3"}}')
    const shown = boundedSchedule(raw) as {storageParams: Record<string, unknown>}
    expect(Object.entries(shown.storageParams)).toEqual([
      ['__proto__', '***'],
      ['module', 'S3']
    ])
  })

  it('lists folderId, module, bucket, region and filePath among the harmless', () => {
    expect(HARMLESS_STORAGE_PARAMS).toEqual(
      expect.arrayContaining(['folderId', 'module', 'bucket', 'region', 'filePath'])
    )
  })

  it('leaves a schedule without storageParams, and no schedule, as they are', () => {
    expect(boundedSchedule({storageType: 0})).toEqual({storageType: 0})
    expect(boundedSchedule(null)).toBeNull()
  })
})
