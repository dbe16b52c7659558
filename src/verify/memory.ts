// Keeps the check's memory flat. The Buffers a download lets go (socket reads, inflated chunks)
// live outside V8's heap and are freed only when a scavenge runs, which V8 puts off until its
// young generation has grown by tens of MB: a 1 GB archive then peaked at ~160 MB. A minor GC
// every few MB (about a millisecond each) keeps the peak near 80 MB (README, "Performance").
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

type MinorCollection = (options: {type: 'minor'}) => void

const EVERY_BYTES = 8 * 1024 * 1024
let collect: MinorCollection | null | undefined

function collector(): MinorCollection | null {
  if (collect !== undefined) return collect
  try {
    // `gc` exposed for a moment, in a context of its own, then hidden again.
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as MinorCollection
    setFlagsFromString('--no-expose-gc')
  } catch {
    collect = null
  }
  return collect
}

/** Counts bytes; every 8 MiB, a minor collection. */
export class Scavenger {
  private since = 0

  passed(bytes: number): void {
    this.since += bytes
    if (this.since < EVERY_BYTES) return
    this.since = 0
    collector()?.({type: 'minor'})
  }
}
