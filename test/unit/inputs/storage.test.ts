import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/core/errors.js'
import {parseInputs} from '../../../src/inputs/index.js'
import {parseStorageParams, parseStorageType} from '../../../src/inputs/storage.js'
import {validReader} from '../fixtures.js'

function refusal(input: string, text: string): InputError {
  try {
    parseInputs(validReader({[input]: text}), {})
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`${input} ${JSON.stringify(text)} was accepted`)
}

const TYPE_EXPECTED =
  'one of Documents, ThridpartyDocuments, CustomCloud, Local, DataStore, ThirdPartyConsumer, or a number from 0 to 5'
const PARAMS_EXPECTED =
  'a JSON object of strings, numbers or booleans, such as {"folderId": "1234"}'

describe('storage-type', () => {
  it.each([
    ['Documents', 0],
    ['ThridpartyDocuments', 1],
    ['ThirdpartyDocuments', 1],
    ['CustomCloud', 2],
    ['Local', 3],
    ['DataStore', 4],
    ['ThirdPartyConsumer', 5],
    ['datastore', 4],
    ['  Local  ', 3],
    ['0', 0],
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
    ['5', 5],
    [' 5 ', 5]
  ])('reads %j as storage type %d', (text, type) => {
    expect(parseStorageType(text)).toBe(type)
    expect(parseInputs(validReader({'storage-type': text}), {}).storageType).toBe(type)
  })

  it.each(['', '   '])('is null (the schedule decides) when %j', text => {
    expect(parseStorageType(text)).toBeNull()
  })

  it.each(['6', '-1', '1.0', '01', 'S3', 'Thirdparty', 'Documents,Local'])('refuses %j', text => {
    const error = refusal('storage-type', text)
    expect(error.input).toBe('storage-type')
    expect(error.message).toBe(
      `Input "storage-type" has an invalid value "${text}": expected ${TYPE_EXPECTED}.`
    )
  })
})

describe('storage-params', () => {
  it.each([
    ['{"folderId": "1234"}', {folderId: '1234'}],
    ['{"folderId": 1234}', {folderId: '1234'}],
    [
      '{"folderId": 12.5, "public": true, "zip": false}',
      {folderId: '12.5', public: 'true', zip: 'false'}
    ],
    ['  {"module": "S3", "bucket": "b"}  ', {module: 'S3', bucket: 'b'}],
    ['{}', {}]
  ])('reads %s, numbers and booleans as strings', (text, params) => {
    expect(parseStorageParams(text)).toEqual(params)
    expect(parseInputs(validReader({'storage-params': text}), {}).storageParams).toEqual(params)
  })

  it.each(['', '  '])('is null (the schedule decides) when %j', text => {
    expect(parseStorageParams(text)).toBeNull()
  })

  it.each([
    'not json',
    '{folderId: 1}',
    '[{"key": "folderId", "value": "1"}]',
    '"1234"',
    '1234',
    'null',
    'true'
  ])('refuses %s, which is not a JSON object', text => {
    const error = refusal('storage-params', text)
    expect(error.input).toBe('storage-params')
    expect(error.message).toBe(
      `Input "storage-params" has an invalid value "${text}": expected ${PARAMS_EXPECTED}.`
    )
  })

  it.each([
    ['{"folderId": {"id": 1}}', 'folderId'],
    ['{"a": "1", "list": [1, 2]}', 'list'],
    ['{"empty": null}', 'empty']
  ])('refuses the nested or null value in %s and names its key', (text, key) => {
    const error = refusal('storage-params', text)
    expect(error.message).toBe(
      `Input "storage-params" has an invalid value "${text}": expected ${PARAMS_EXPECTED} ("${key}" is not one).`
    )
  })
})
