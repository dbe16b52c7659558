import {describe, expect, it} from 'vitest'
import {payloadOf} from '../../../src/docspace/envelope.js'

describe('payloadOf', () => {
  it.each([
    ['{"response":[],"count":0,"links":[],"status":0,"statusCode":200}', []],
    ['{"response":{"enabled":true},"count":1,"status":0,"statusCode":200}', {enabled: true}],
    // A null payload is left out by the server: the envelope alone means "none".
    ['{"count":0,"links":[],"status":0,"statusCode":200}', null]
  ])('reads %s', (body, payload) => {
    expect(payloadOf(body)).toEqual({payload})
  })

  it.each([
    ['{}', 'is not a DocSpace envelope (a JSON object with "response")'],
    ['{"ok":true}', 'is not a DocSpace envelope (a JSON object with "response")'],
    ['[1]', 'is not a DocSpace envelope (a JSON object with "response")'],
    ['', 'is empty'],
    ['<html>', 'is not JSON (it starts "<html>")'],
    [
      '{"error":{"message":"Access denied"},"status":1,"statusCode":200}',
      'is an error envelope with status 200: "Access denied"'
    ]
  ])('refuses %j: it %s', (body, problem) => {
    expect(payloadOf(body)).toEqual({problem})
  })
})
