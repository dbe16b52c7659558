// Running the check in process: inputs through the real parser, runCheck with a recording
// (instant), an advancing or a real clock, and what a run shows. The fake portals are
// fake-portal.ts's.
import {createServer, type Server} from 'node:http'
import type {AddressInfo, Socket} from 'node:net'
import {expect} from 'vitest'
import {runCheck} from '../../src/check.js'
import {realTiming, type Timing} from '../../src/time/clock.js'
import {parseInputs} from '../../src/inputs/index.js'
import type {Environment} from '../../src/inputs/proxy-env.js'
import {outputsOf} from '../../src/action/outputs.js'
import type {Report} from '../../src/report/shape.js'
import {renderSummary} from '../../src/render/summary.js'
import {criterionLines, renderText, verdictLines, warningLines} from '../../src/render/text.js'
import {closeAfterTest, NOW, TOKEN} from './fake-portal.js'

/**
 * Inputs parsed by the real parser from input texts (`portal` and `token` default to the fake)
 * and `environment`'s proxy variables (none by default, whatever the machine's are).
 */
export function inputsFor(
  fake: {url: string} | null,
  texts: Record<string, string> = {},
  environment: Environment = {}
) {
  const all: Record<string, string> = {
    ...(fake ? {portal: fake.url} : {}),
    token: TOKEN,
    ...texts
  }
  return parseInputs(name => all[name] ?? '', environment)
}

/**
 * A clock at `now` whose sleeps are recorded and resolve at once. `advancing`: each sleep moves
 * the clock on by its length (a 30-minute wait then takes milliseconds, and is on record).
 */
export function recordingTiming(now = NOW, random = () => 0.5, advancing = false) {
  const delays: number[] = []
  let clock = now.getTime()
  const timing: Timing = {
    sleep: async ms => {
      delays.push(ms)
      if (advancing) clock += ms
    },
    random,
    now: () => clock
  }
  return {timing, delays}
}

export interface CheckRun {
  report: Report
  /** Sleeps asked for (with the real clock too, which then really sleeps them). */
  delays: number[]
  /** Wall-clock milliseconds the run took. */
  elapsedMs: number
  logs: string[]
  /** When each log line came, in the run's clock's ms since it began. */
  logTimes: number[]
}

/**
 * `runCheck` against `fake` with these input texts. Default timing: recorded sleeps, clock fixed
 * at NOW. `advancing`: recorded sleeps that move a clock started at the real time (for a started
 * backup, whose record the fake dates on the real clock). `real`: real sleeps, jitter and clock.
 */
export async function check(
  fake: {url: string} | null,
  texts: Record<string, string> = {},
  options: {timing?: 'real' | 'advancing'; random?: () => number} = {}
): Promise<CheckRun> {
  const inputs = inputsFor(fake, texts)
  const advancing = options.timing === 'advancing'
  const recording = recordingTiming(advancing ? new Date() : NOW, options.random, advancing)
  const timing: Timing =
    options.timing === 'real'
      ? {
          ...realTiming,
          sleep: ms => {
            recording.delays.push(ms)
            return realTiming.sleep(ms)
          }
        }
      : recording.timing
  const logs: string[] = []
  const logTimes: number[] = []
  const began = timing.now()
  const started = performance.now()
  const log = (line: string) => {
    logs.push(line)
    logTimes.push(timing.now() - began)
  }
  const report = await runCheck(inputs, {log, timing})
  return {report, delays: recording.delays, elapsedMs: performance.now() - started, logs, logTimes}
}

/** Everything a run shows people or other steps: report, outputs, summary, text, log lines. */
export function everythingShown(report: Report): string {
  return [
    JSON.stringify(report),
    ...Object.values(outputsOf(report)),
    renderSummary(report),
    renderText(report),
    ...criterionLines(report),
    ...verdictLines(report),
    ...warningLines(report)
  ].join('\n')
}

/** Asserts that `shown` holds neither the token nor any 12-character stretch of it. */
export function expectNoTraceOf(token: string, shown: string): void {
  expect(shown).not.toContain(token)
  const stretches = Array.from({length: token.length - 11}, (_, i) => token.slice(i, i + 12))
  const found = stretches.filter(stretch => shown.includes(stretch))
  expect(found).toEqual([])
}

/** How an error message counts the retries: `still after 1 retry`, `still after 3 retries`. */
export function stillAfter(retries: number): string {
  return `still after ${retries} ${retries === 1 ? 'retry' : 'retries'}`
}

/** An error report with this code whose message says `words`; never healthy. */
export function expectError(report: Report, code: string, ...words: (string | RegExp)[]): void {
  expect(report.status).toBe('error')
  expect(report.reasons).toEqual([code])
  expect(report.error?.code).toBe(code)
  for (const word of words) {
    if (typeof word === 'string') expect(report.error?.message).toContain(word)
    else expect(report.error?.message).toMatch(word)
  }
}

/** A plain listener that records every request it gets, answering 200 `{}`. */
export async function startRecordingListener(): Promise<{
  url: string
  requests: {url: string; headers: Record<string, unknown>}[]
}> {
  const requests: {url: string; headers: Record<string, unknown>}[] = []
  const server = createServer((req, res) => {
    requests.push({url: req.url ?? '', headers: {...req.headers}})
    res.writeHead(200, {'content-type': 'application/json'})
    res.end('{}')
  })
  const {port} = await listen(server)
  return {url: `http://127.0.0.1:${port}`, requests}
}

/**
 * A portal whose getbackuphistory streams `bytes` of JSON padding (with a Content-Length when
 * `declare`, chunked otherwise) and counts what it handed to the socket before the client went
 * away. The other routes answer 404.
 */
export async function startStreamingPortal(
  bytes: number,
  declare = false
): Promise<{url: string; written: () => Promise<{bytes: number; clientClosed: boolean}>}> {
  const chunk = Buffer.alloc(64 * 1024, ' ')
  let finish: (value: {bytes: number; clientClosed: boolean}) => void = () => {}
  const done = new Promise<{bytes: number; clientClosed: boolean}>(resolve => (finish = resolve))
  const server = createServer((req, res) => {
    if (!/getbackuphistory/.test(req.url ?? '')) {
      res.writeHead(404, {'content-length': '0'})
      return void res.end()
    }
    let written = 0
    let closed = false
    res.on('close', () => {
      closed = true
      finish({bytes: written, clientClosed: !res.writableFinished})
    })
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(declare ? {'content-length': String(bytes)} : {})
    })
    const pump = (): void => {
      while (!closed && written < bytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, bytes - written))
        written += part.length
        if (!res.write(part)) return void res.once('drain', pump)
      }
      if (!closed) res.end()
    }
    pump()
  })
  const {port} = await listen(server)
  return {url: `http://127.0.0.1:${port}`, written: () => done}
}

async function listen(server: Server): Promise<AddressInfo> {
  const sockets = new Set<Socket>()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  closeAfterTest({
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  })
  return server.address() as AddressInfo
}
