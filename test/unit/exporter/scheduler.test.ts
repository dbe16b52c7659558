// The exporter's schedule on an injected clock: the first round within --concurrency, each
// portal again after its interval (±10 %), the restore check on its own interval and its result
// kept between, a result older than two intervals shown as stale-result, a reload, a stop.
import {describe, expect, it} from 'vitest'
import {withVerification} from '../../../src/report/build.js'
import type {Report} from '../../../src/report/shape.js'
import {NOT_CHECKED, type Verification} from '../../../src/report/verification.js'
import {reportAt} from '../../../src/exporter/portal-state.js'
import {Scheduler, type CheckPortal} from '../../../src/exporter/scheduler.js'
import {FakeExporterClock, settle} from '../../support/fake-exporter-clock.js'
import {facts, reportOf} from '../fixtures.js'

const MINUTE = 60_000
const INTERVAL = 15 * MINUTE
const DAY = 24 * 60 * MINUTE

interface Entry {
  name: string
  verify?: boolean
}

const HEALTHY = reportOf(facts())
const CORRUPT: Verification = {
  ...NOT_CHECKED,
  outcome: 'corrupt',
  backupId: '1',
  fileName: 'backup.tar.gz',
  storageType: 4,
  source: 'the portal',
  check: 'gzip',
  message: 'the gzip data is damaged',
  seconds: 1
}

/** A check that answers when the test says, recording what it was asked. */
function manualChecks() {
  const calls: {name: string; verify: boolean; signal: AbortSignal; answer: (r: Report) => void}[] =
    []
  const check: CheckPortal<Entry> = (entry, run) =>
    new Promise(resolve => calls.push({name: entry.name, ...run, answer: resolve}))
  return {calls, check}
}

function scheduler(clock: FakeExporterClock, check: CheckPortal<Entry>, concurrency = 16) {
  const log: string[] = []
  const made = new Scheduler<Entry>({
    intervalMs: INTERVAL,
    verifyIntervalMs: DAY,
    concurrency,
    clock,
    check,
    verifies: entry => entry.verify === true,
    log: line => log.push(line)
  })
  return {scheduler: made, log}
}

const entries = (...names: string[]): Entry[] => names.map(name => ({name}))

describe('the first round', () => {
  it('checks every portal at once, at most --concurrency at a time, then is ready', async () => {
    const clock = new FakeExporterClock()
    const {calls, check} = manualChecks()
    const {scheduler: s} = scheduler(clock, check, 2)
    s.setEntries(entries('a', 'b', 'c', 'd', 'e'))
    expect(calls.map(call => call.name)).toEqual(['a', 'b'])
    expect(s.ready).toBe(false)
    for (let answered = 0; answered < 5; answered++) {
      expect(s.runningCount).toBeLessThanOrEqual(2)
      calls[answered]!.answer(HEALTHY)
      await settle()
    }
    expect(calls.map(call => call.name)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(s.ready).toBe(true)
  })
})

describe('the interval', () => {
  it('checks each portal again an interval after its last check started, with ±10 % jitter', async () => {
    const clock = new FakeExporterClock()
    const start = clock.now()
    const {calls, check} = manualChecks()
    const {scheduler: s} = scheduler(clock, check)
    clock.draws = [0, 0.999]
    s.setEntries(entries('early', 'late'))
    calls.forEach(call => call.answer(HEALTHY))
    await clock.advance(0.9 * INTERVAL - 1)
    expect(calls).toHaveLength(2)
    await clock.advance(1)
    expect(calls.map(call => call.name)).toEqual(['early', 'late', 'early'])
    await clock.advance(0.2 * INTERVAL)
    expect(calls.map(call => call.name)).toEqual(['early', 'late', 'early', 'late'])
    expect(clock.now() - start).toBeLessThanOrEqual(1.1 * INTERVAL)
    // Both checks run: nothing is due, so no timer is armed.
    expect(s.timersArmed).toBe(0)
  })
})

describe('the restore check', () => {
  it('runs on the first check, then once per verify interval; its result is kept between', async () => {
    const clock = new FakeExporterClock()
    const {calls, check} = manualChecks()
    const {scheduler: s} = scheduler(clock, check)
    s.setEntries([{name: 'v', verify: true}, {name: 'plain'}])
    expect(calls.map(call => [call.name, call.verify])).toEqual([
      ['v', true],
      ['plain', false]
    ])
    calls[0]!.answer(withVerification(HEALTHY, CORRUPT))
    calls[1]!.answer(HEALTHY)
    await clock.advance(INTERVAL)
    expect(calls.slice(2).map(call => [call.name, call.verify])).toEqual([
      ['v', false],
      ['plain', false]
    ])
    calls[2]!.answer(HEALTHY)
    await settle()
    const kept = s.states.get('v').report!
    expect(kept.verification?.outcome).toBe('corrupt')
    expect(kept.status).toBe('unhealthy')
    expect(kept.reasons).toContain('backup-corrupt')
    // A day on: verified again.
    calls[3]!.answer(HEALTHY)
    for (let i = 0; i < 96; i++) {
      await clock.advance(INTERVAL)
      calls
        .filter(call => call.name === 'v' || call.name === 'plain')
        .forEach(call => call.answer(HEALTHY))
    }
    const verifying = calls.filter(call => call.name === 'v' && call.verify)
    expect(verifying.length).toBe(2)
  })
})

describe('a stale result', () => {
  it('is shown as up 0 with stale-result once older than two intervals', async () => {
    const clock = new FakeExporterClock()
    const {calls, check} = manualChecks()
    const {scheduler: s} = scheduler(clock, check)
    s.setEntries(entries('hangs'))
    calls[0]!.answer(HEALTHY)
    await clock.advance(INTERVAL)
    // The second check never answers.
    const state = s.states.get('hangs')
    expect(reportAt(state, clock.now() + INTERVAL, INTERVAL)?.status).toBe('healthy')
    const stale = reportAt(state, clock.now() + INTERVAL + 1, INTERVAL)
    expect(stale?.status).toBe('error')
    expect(stale?.reasons).toEqual(['stale-result'])
    expect(stale?.error?.code).toBe('stale-result')
  })
})

describe('a reload', () => {
  it('cancels and forgets a removed portal, checks a new one at once, keeps the others', async () => {
    const clock = new FakeExporterClock()
    const {calls, check} = manualChecks()
    const {scheduler: s} = scheduler(clock, check)
    s.setEntries(entries('kept', 'removed'))
    calls[0]!.answer(HEALTHY)
    await settle()
    s.setEntries(entries('kept', 'added'))
    expect(calls[1]!.signal.aborted).toBe(true)
    expect(calls.map(call => call.name)).toEqual(['kept', 'removed', 'added'])
    expect([...s.states.entries()].map(([name]) => name)).not.toContain('removed')
    calls[1]!.answer(HEALTHY)
    calls[2]!.answer(HEALTHY)
    await settle()
    expect([...s.states.entries()].map(([name]) => name).sort()).toEqual(['added', 'kept'])
  })
})

describe('stop', () => {
  it('aborts every running check, waits for them, and leaves no timer', async () => {
    const clock = new FakeExporterClock()
    const {calls, check} = manualChecks()
    const {scheduler: s} = scheduler(clock, (entry, run) => {
      // Ends when aborted, as a real check does.
      const pending = check(entry, run)
      const call = calls.at(-1)!
      run.signal.addEventListener('abort', () => call.answer(HEALTHY))
      return pending
    })
    s.setEntries(entries('a', 'b'))
    await s.stop()
    expect(calls.every(call => call.signal.aborted)).toBe(true)
    expect(s.runningCount).toBe(0)
    expect(s.timersArmed).toBe(0)
    expect(clock.pendingTimers).toBe(0)
  })

  it('says once when a check throws, and checks it again next interval', async () => {
    const clock = new FakeExporterClock()
    let count = 0
    const {scheduler: s, log} = scheduler(clock, async () => {
      count++
      throw new Error('a bug')
    })
    s.setEntries(entries('a'))
    await settle()
    expect(log).toEqual(['The check of a failed: a bug'])
    // No result: counted as an error, and not ready (ready means every portal has a result).
    expect(s.states.get('a').checks.error).toBe(1)
    expect(s.states.get('a').report).toBeNull()
    expect(s.ready).toBe(false)
    await clock.advance(INTERVAL)
    expect(count).toBe(2)
    await s.stop()
  })

  it('goes on with the other portals when keeping a result throws', async () => {
    const clock = new FakeExporterClock()
    const {calls, check} = manualChecks()
    const log: string[] = []
    const s = new Scheduler<Entry>({
      intervalMs: INTERVAL,
      verifyIntervalMs: DAY,
      concurrency: 1,
      clock,
      check,
      verifies: () => false,
      log: line => log.push(line),
      onResult: name => {
        if (name === 'a') throw new Error('a bug in the store')
      }
    })
    s.setEntries(entries('a', 'b'))
    calls[0]!.answer(HEALTHY)
    await settle()
    expect(log).toEqual(['a: healthy', 'The result of a could not be kept: a bug in the store'])
    expect(calls.map(call => call.name)).toEqual(['a', 'b'])
    calls[1]!.answer(HEALTHY)
    await settle()
    await s.stop()
  })
})

describe('the portals counted', () => {
  it('are every portal of the file from the start, checked or not', () => {
    const clock = new FakeExporterClock()
    const {scheduler: s} = scheduler(clock, manualChecks().check, 1)
    s.setEntries(entries('a', 'b', 'c'))
    expect([...s.states.entries()].map(([name]) => name)).toEqual(['a', 'b', 'c'])
    expect(s.states.get('c').checkedAt).toBeNull()
  })
})
