// The faults of the fake portal: the broken answers a real portal, its reverse proxy or a
// hostile host can give, and how each is sent.
import type {IncomingMessage, ServerResponse} from 'node:http'
import {ECHO_ENCODINGS, type EchoEncoding} from './echo.js'
import {errorEnvelope} from './envelopes.js'
import {JSON_TYPE, send, sendJson} from './send.js'

export type RouteName =
  | 'getbackuphistory'
  | 'getbackupschedule'
  | 'getbackupprogress'
  | 'getbackupscount'
  | 'getservicestate'
  | 'service/state'
  | 'startbackup'
  /** The Files API (a folder's contents, a file), which `verify` asks where the archive is. */
  | 'files'

export type Fault =
  /** Any status; an object body is JSON-encoded, a string or Buffer body sent as is. */
  | {
      kind: 'status'
      status: number
      body?: string | Buffer | object
      headers?: Record<string, string>
    }
  /** Destroy the socket without answering. */
  | {kind: 'reset'}
  /** Never answer (the server still closes promptly). */
  | {kind: 'hang'}
  /** Answer normally after `ms`. */
  | {kind: 'delay'; ms: number}
  /** 200 JSON whose body stops halfway. */
  | {kind: 'truncated'}
  /** 200 with a login page, as a portal behind SSO or a captive proxy answers. */
  | {kind: 'html'}
  /** 200 JSON of at least `bytes` bytes, streamed until done or the client goes away. */
  | {kind: 'huge'; bytes: number}
  | {kind: 'redirect'; location: string; status?: number}
  /** 200 with exactly this JSON body, for wrong shapes. */
  | {kind: 'json'; body: unknown}
  /** An error envelope quoting the received Authorization header (as sent, or encoded so): a
   * portal that leaks the token. */
  | {kind: 'echo-auth'; status: number; encoding?: EchoEncoding}

/** Per route, the faults the next requests get, one each, before normal answers resume. */
export type FaultPlan = Partial<Record<RouteName, Fault[]>>

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>ONLYOFFICE DocSpace</title></head>' +
  '<body><form method="post" action="/login"><input name="email"><input name="password" ' +
  'type="password"><button>Sign in</button></form></body></html>'

const PADDING_RECORD =
  '{"id":"00000000-0000-0000-0000-000000000000","fileName":"padding_2026-01-01_00-00-00.tar.gz",' +
  '"storageType":0,"createdOn":"2026-01-01T00:00:00","expiresOn":"0001-01-01T00:00:00"}'
const PADDING_CHUNK = `${PADDING_RECORD},`.repeat(Math.ceil(65536 / (PADDING_RECORD.length + 1)))

/**
 * Answers `fault`. Resolves `true` when the request is dealt with, `false` when it should still
 * get its normal answer (after a delay).
 */
export async function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  sleep: (ms: number) => Promise<void>
): Promise<boolean> {
  switch (fault.kind) {
    case 'status':
      sendStatus(res, fault)
      return true
    case 'reset':
      req.socket.destroy()
      return true
    case 'hang':
      return true
    case 'delay':
      await sleep(fault.ms)
      return false
    case 'truncated':
      sendTruncated(res)
      return true
    case 'html':
      send(res, 200, LOGIN_PAGE, {'content-type': 'text/html; charset=utf-8'})
      return true
    case 'huge':
      await streamHuge(res, fault.bytes)
      return true
    case 'redirect':
      send(res, fault.status ?? 302, '', {location: fault.location})
      return true
    case 'json':
      sendJson(res, 200, fault.body)
      return true
    case 'echo-auth':
      sendJson(
        res,
        fault.status,
        echoAuth(
          fault.status,
          ECHO_ENCODINGS[fault.encoding ?? 'as-sent'](req.headers.authorization ?? '')
        )
      )
      return true
  }
}

function sendStatus(res: ServerResponse, fault: Extract<Fault, {kind: 'status'}>): void {
  if (Buffer.isBuffer(fault.body)) {
    send(res, fault.status, fault.body, {'content-type': JSON_TYPE, ...fault.headers})
  } else if (typeof fault.body === 'object') {
    send(res, fault.status, JSON.stringify(fault.body), {
      'content-type': JSON_TYPE,
      ...fault.headers
    })
  } else if (fault.body) {
    send(res, fault.status, fault.body, {
      'content-type': 'text/plain; charset=utf-8',
      ...fault.headers
    })
  } else {
    send(res, fault.status, '', fault.headers)
  }
}

function echoAuth(status: number, authorization: string): object {
  const message = `The access token "${authorization}" is not valid for this portal`
  return errorEnvelope(status, message, 'System.Security.Authentication.AuthenticationException')
}

// Chunked with no Content-Length, so the client sees a complete answer that is not JSON.
function sendTruncated(res: ServerResponse): void {
  const whole = `{"response":[${PADDING_RECORD},${PADDING_RECORD}],"count":2,"status":0,"statusCode":200}`
  res.writeHead(200, {'content-type': JSON_TYPE})
  res.end(whole.slice(0, whole.length >> 1))
}

async function streamHuge(res: ServerResponse, bytes: number): Promise<void> {
  const tail = `${PADDING_RECORD}],"count":0,"links":[],"status":0,"statusCode":200}`
  let closed = false
  res.once('close', () => (closed = true))
  res.writeHead(200, {'content-type': JSON_TYPE})
  let written = 13
  res.write('{"response":[')
  while (!closed && written + tail.length < bytes) {
    written += PADDING_CHUNK.length
    if (!res.write(PADDING_CHUNK)) await drainOrClose(res)
  }
  if (!closed) res.end(tail)
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise(resolve => {
    const done = (): void => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}
