// Entry names kept compactly for the completeness check: a million stored files must fit in a few
// MB, not in a Set of strings (about 70 bytes each). Each name becomes a 64-bit hash (two 32-bit
// lanes, FNV-1a and a multiply-xorshift, each finished with MurmurHash3's fmix32), kept in an
// open-addressing table of 32-bit pairs at most 80% full, grown by half: 10 to 15 bytes a name. Two names
// share a hash with odds near n²/2^65 (3·10^-8 for a million names); the cost of such a clash
// is a missing file taken as present, never a false alarm.

let high = 0
let low = 0

/** Sets `high` and `low` to the name's hash; (0, 0) is kept for an empty slot. */
function hash(name: string): void {
  let a = 0x811c9dc5
  let b = 0x9e3779b9 ^ name.length
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i)
    a = Math.imul(a ^ unit, 0x01000193)
    b = Math.imul(b ^ unit, 0x85ebca6b)
    b ^= b >>> 13
  }
  high = finish(a ^ Math.imul(b, 0xcc9e2d51)) >>> 0
  low = finish(b ^ Math.imul(a, 0x1b873593)) >>> 0
  if (high === 0 && low === 0) low = 1
}

function finish(value: number): number {
  let h = value ^ (value >>> 16)
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

export class NameHashes {
  private slots = new Uint32Array(2 * 1024)
  size = 0

  add(name: string): void {
    hash(name)
    if (this.size + 1 > 0.8 * (this.slots.length / 2)) this.grow()
    if (this.place(this.slots, high, low)) this.size++
  }

  has(name: string): boolean {
    hash(name)
    return this.hasHash(high, low)
  }

  private hasHash(hi: number, lo: number): boolean {
    const pairs = this.slots.length / 2
    for (let slot = lo % pairs; ; slot = slot + 1 === pairs ? 0 : slot + 1) {
      const h = this.slots[2 * slot]
      const l = this.slots[2 * slot + 1]
      if (h === hi && l === lo) return true
      if (h === 0 && l === 0) return false
    }
  }

  /** Puts the pair in `slots`; false when it was there already. */
  private place(slots: Uint32Array, hi: number, lo: number): boolean {
    const pairs = slots.length / 2
    for (let slot = lo % pairs; ; slot = slot + 1 === pairs ? 0 : slot + 1) {
      const h = slots[2 * slot]
      const l = slots[2 * slot + 1]
      if (h === hi && l === lo) return false
      if (h === 0 && l === 0) {
        slots[2 * slot] = hi
        slots[2 * slot + 1] = lo
        return true
      }
    }
  }

  private grow(): void {
    const bigger = new Uint32Array(2 * Math.ceil((this.slots.length / 2) * 1.5))
    for (let i = 0; i < this.slots.length; i += 2)
      if (this.slots[i] !== 0 || this.slots[i + 1] !== 0)
        this.place(bigger, this.slots[i], this.slots[i + 1])
    this.slots = bigger
  }

  /** How many of the names put off are not here. */
  countMissing(later: LaterNames): number {
    let missing = 0
    const pairs = later.pairs
    for (let i = 0; i < later.length; i += 2) if (!this.hasHash(pairs[i], pairs[i + 1])) missing++
    return missing
  }
}

/**
 * Names to look up once every entry has been seen (restore_info before its files, as in the SaaS
 * `.tar`): their hashes, 8 bytes a name, in a list that grows by doubling.
 */
export class LaterNames {
  pairs = new Uint32Array(1024)
  length = 0

  push(name: string): void {
    if (this.length + 2 > this.pairs.length) {
      const bigger = new Uint32Array(this.pairs.length * 2)
      bigger.set(this.pairs)
      this.pairs = bigger
    }
    hash(name)
    this.pairs[this.length++] = high
    this.pairs[this.length++] = low
  }
}
