// The envelopes DocSpace wraps every answer in (docs/DOCSPACE-API.md): success, error, and
// the 400 of model binding.
import {randomUUID} from 'node:crypto'

/** A `SuccessApiResponse` body around an already serialized payload (`undefined`: none). */
export function successBody(
  payloadJson: string | undefined,
  count: number,
  href: string,
  action: string
): string {
  const response = payloadJson === undefined ? '' : `"response":${payloadJson},`
  const links = JSON.stringify([{href, action}])
  return `{${response}"count":${count},"links":${links},"status":0,"statusCode":200}`
}

/** The `count` rule of the envelope: a list's length, 0 for none, 1 for anything else. */
export function envelopeCount(payload: unknown): number {
  if (Array.isArray(payload)) return payload.length
  return payload === null || payload === undefined ? 0 : 1
}

/** An `ErrorApiResponse`, as thrown exceptions are answered (docs/DOCSPACE-API.md). */
export function errorEnvelope(statusCode: number, message: string, type: string): object {
  const stack = `   at ${type}..ctor()\n   at ASC.Data.Backup.BackupController.Invoke()`
  return {error: {message, type, stack, hresult: -2146233088}, status: 1, statusCode}
}

/** A 400 from model binding: a `ValidationProblemDetails` inside the success envelope. */
export function validationProblem(
  field: string,
  value: string,
  href: string,
  action: string
): object {
  const problem = {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    errors: {[field]: [`The value '${value}' is not valid.`]},
    traceId: `00-${randomUUID().replaceAll('-', '')}-0000000000000001-00`
  }
  return {response: problem, count: 1, links: [{href, action}], status: 1, statusCode: 400}
}
