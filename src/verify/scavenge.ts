// Keeps the memory of a streaming check flat, without run-time V8 flags. Every chunk read and
// inflated leaves a Buffer whose bytes lie outside the JS heap (node:http copies each chunk of
// the download twice, zlib makes one for each 64 KiB inflated), and V8 frees them only when it
// collects the young generation, which it does when that is full of JS objects: a chunk's
// Buffer is a few hundred bytes of them, so 50 MB of chunks can wait for one collection. So
// after every 4 MiB read or inflated, if Buffers have grown by 4 MiB since the last collection,
// the young generation's free space is filled with short-lived arrays, step by step until V8 has
// collected it once (twice in a row would move the chunks still in use to the old generation,
// whose garbage waits longer still). Not more often: each collection's survivors count towards
// V8 growing the young generation, which costs memory too. A no-op where V8 reports no
// `new_space`.
import {getHeapSpaceStatistics} from 'node:v8'

/** Bytes read or inflated between collections. */
export const COLLECT_EVERY_BYTES = 4 * 1024 * 1024
/** Elements per filler array: small enough to be made in the young generation. */
const FILLER_LENGTH = 1024
/** A fill's steps, each this part of the free space. */
const STEPS = 8

interface NewSpace {
  used: number
  available: number
}

/** The filler's last array: kept where V8 cannot prove that it dies unused. */
const filler: {last: unknown[] | null} = {last: null}

function newSpace(): NewSpace | null {
  for (const space of getHeapSpaceStatistics())
    if (space.space_name === 'new_space')
      return {used: space.space_used_size, available: space.space_available_size}
  return null
}

/** Makes at least `bytes` of arrays that die at once (an element takes 4 or 8 bytes). */
function allocate(bytes: number): void {
  for (let left = bytes; left > 0; left -= 4 * FILLER_LENGTH) filler.last = new Array(FILLER_LENGTH)
  filler.last = null
}

/** Fills the free space a step at a time until V8 has collected the young generation once. */
function collectYoung(): void {
  const space = newSpace()
  if (!space) return
  const step = Math.max(4 * FILLER_LENGTH, space.available / STEPS)
  let used = space.used
  for (let round = 0; round <= 2 * STEPS; round++) {
    allocate(step)
    const now = newSpace()?.used ?? 0
    if (now < used) return
    used = now
  }
}

export class Scavenger {
  private since = 0
  /** `arrayBuffers` after the last collection: what is in use, or waits for a major one. */
  private buffersAfter = 0

  /** `bytes` more were read or inflated. */
  passed(bytes: number): void {
    this.since += bytes
    if (this.since < COLLECT_EVERY_BYTES) return
    this.since = 0
    const buffers = process.memoryUsage().arrayBuffers
    // Fewer new Buffers than that: V8 collected them by itself (it does, when the check makes
    // many JS objects of its own: a million entries, a long text), and needs no help.
    if (buffers - this.buffersAfter < COLLECT_EVERY_BYTES) {
      this.buffersAfter = Math.min(this.buffersAfter, buffers)
      return
    }
    collectYoung()
    this.buffersAfter = process.memoryUsage().arrayBuffers
  }
}
