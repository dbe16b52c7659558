// The fake DocSpace for a test: every portal (and any other server) a test starts is closed when
// it ends, with the Action runs' temp folders. The one set-up every test file uses.
import {afterEach} from 'vitest'
import {
  startFakeDocSpace,
  type FakeDocSpace,
  type FakeOptions
} from '../../src/fake-docspace/fake-docspace.js'
import {healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {cleanupRuns} from './run-dist.js'

/** The fixed "now" of the in-process checks: a whole second, so Retry-After HTTP dates (second
 * precision) give exact delays. */
export const NOW = new Date('2026-03-10T12:00:00Z')
/** The fake's default token. */
export const TOKEN = `sk-${'a'.repeat(64)}`

const open: {close(): Promise<void>}[] = []

/** Registers the afterEach that closes what the test started. Call once, at the top of a file. */
export function closeServersAfterEach(): void {
  afterEach(async () => {
    await Promise.all(open.splice(0).map(server => server.close()))
    await cleanupRuns()
  })
}

/** `server`, to be closed when the test ends. */
export function closeAfterTest<T extends {close(): Promise<void>}>(server: T): T {
  open.push(server)
  return server
}

/**
 * A fake DocSpace serving `healthyPortal(now)` unless told otherwise, closed after the test.
 * `now` is NOW for checks run in process on a fixed clock; give the real time (`new Date()`) to a
 * portal that the bundled Action or a started backup meets on the real clock.
 */
export async function startFake(options: FakeOptions & {now?: Date} = {}): Promise<FakeDocSpace> {
  const {now = NOW, ...fakeOptions} = options
  return closeAfterTest(await startFakeDocSpace({state: healthyPortal(now), ...fakeOptions}))
}
