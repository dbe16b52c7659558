// Complete answers of the fake portal: a body with its Content-Length, JSON, a payload in the
// success envelope. The faults (faults.ts) break these rules on purpose.
import type {ServerResponse} from 'node:http'
import {envelopeCount, successBody} from './envelopes.js'

export const JSON_TYPE = 'application/json; charset=utf-8'

/** Sends a complete answer with a Content-Length. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer = '',
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, {'content-length': String(Buffer.byteLength(body)), ...headers})
  res.end(body)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body) ?? '', {'content-type': JSON_TYPE})
}

/** A 200 `SuccessApiResponse` around a serialized payload (`undefined`: none). */
function sendSuccess(
  res: ServerResponse,
  payloadJson: string | undefined,
  count: number,
  href: string,
  method: string
): void {
  send(res, 200, successBody(payloadJson, count, href, method), {'content-type': JSON_TYPE})
}

/** A 200 `SuccessApiResponse` around a payload; `null` is left out, as the server does. */
export function sendPayload(
  res: ServerResponse,
  value: unknown,
  href: string,
  method: string
): void {
  const json = value === null || value === undefined ? undefined : JSON.stringify(value)
  sendSuccess(res, json, envelopeCount(value), href, method)
}
