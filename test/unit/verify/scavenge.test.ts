// The Scavenger makes V8 collect the young generation once for every 4 MiB read, when Buffers
// wait to be freed. Counted from V8's own record of its collections (perf_hooks 'gc' entries),
// never from time or memory figures.
import {constants, PerformanceObserver, type PerformanceEntry} from 'node:perf_hooks'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {COLLECT_EVERY_BYTES, Scavenger} from '../../../src/verify/scavenge.js'

/** Minor and major collections: both free the young generation. */
const KINDS = [constants.NODE_PERFORMANCE_GC_MINOR, constants.NODE_PERFORMANCE_GC_MAJOR]
let observer: PerformanceObserver
let seen: PerformanceEntry[] = []
let arrived: () => void = () => undefined

beforeEach(() => {
  seen = []
  observer = new PerformanceObserver(list => {
    seen.push(...list.getEntries())
    arrived()
  })
  observer.observe({entryTypes: ['gc']})
})

afterEach(() => observer.disconnect())

/**
 * `bytes` of Buffers in 64 KiB pieces, as a download's chunks: held until all are made (V8 may
 * not free them sooner), then let go.
 */
function chunksLetGo(bytes: number): void {
  const chunks: Buffer[] = []
  for (let made = 0; made < bytes; made += 64 * 1024) chunks.push(Buffer.alloc(64 * 1024))
  chunks.length = 0
}

const kindOf = (entry: PerformanceEntry): number =>
  (entry as unknown as {detail: {kind: number}}).detail.kind

/**
 * Collections between `from` and `to` (performance.now()). Node reports each one later, in
 * order: a collection made after `to` and seen arriving means every earlier one has arrived.
 */
async function collections(from: number, to: number): Promise<number> {
  const marker = performance.now()
  const markerSeen = new Promise<void>(resolve => {
    arrived = () => {
      if (seen.some(entry => entry.startTime >= marker)) resolve()
    }
  })
  chunksLetGo(2 * COLLECT_EVERY_BYTES)
  new Scavenger().passed(COLLECT_EVERY_BYTES)
  arrived()
  await markerSeen
  return seen.filter(
    entry => KINDS.includes(kindOf(entry)) && entry.startTime >= from && entry.startTime <= to
  ).length
}

describe('Scavenger', () => {
  it('makes V8 collect the young generation after 4 MiB passed, when Buffers were let go', async () => {
    const from = performance.now()
    for (let look = 0; look < 5; look++) {
      chunksLetGo(2 * COLLECT_EVERY_BYTES)
      new Scavenger().passed(COLLECT_EVERY_BYTES)
    }
    expect(await collections(from, performance.now())).toBeGreaterThanOrEqual(5)
  })

  it('leaves V8 alone when no Buffers wait to be freed', async () => {
    const scavenger = new Scavenger()
    chunksLetGo(2 * COLLECT_EVERY_BYTES)
    scavenger.passed(COLLECT_EVERY_BYTES)
    const from = performance.now()
    for (let look = 0; look < 5; look++) scavenger.passed(COLLECT_EVERY_BYTES)
    expect(await collections(from, performance.now())).toBe(0)
  })

  it('waits for 4 MiB, whatever the size of the pieces', async () => {
    const scavenger = new Scavenger()
    chunksLetGo(2 * COLLECT_EVERY_BYTES)
    let from = performance.now()
    for (let piece = 0; piece < 64; piece++) scavenger.passed((COLLECT_EVERY_BYTES - 64) / 64)
    expect(await collections(from, performance.now())).toBe(0)
    chunksLetGo(2 * COLLECT_EVERY_BYTES)
    from = performance.now()
    scavenger.passed(64)
    expect(await collections(from, performance.now())).toBeGreaterThanOrEqual(1)
  })
})
