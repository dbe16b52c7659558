import {describe, expect, it} from 'vitest'
import type {FleetPortal} from '../../../src/fleet/portals-file.js'
import {parseOnly, parseShard, selectPortals, shardOf} from '../../../src/fleet/selection.js'

/** Names as a provider writes them: customers, regions, numbered hosts. */
const NAMES = [
  ...['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka'].flatMap(
    customer => ['eu', 'us'].map(region => `${customer}-${region}`)
  ),
  ...Array.from({length: 60}, (_, index) => `docspace-${String(index + 1).padStart(3, '0')}`),
  'portal.example.com',
  'a',
  'B_2'
]
const PORTALS = NAMES.map(name => ({name}) as FleetPortal)

describe('--shard', () => {
  it.each([2, 3, 5])('splits %d ways with no overlap and no gap, each shard a fair part', count => {
    const shards = Array.from({length: count}, (_, index) =>
      selectPortals(PORTALS, {only: null, shard: {index: index + 1, count}}).map(p => p.name)
    )
    const all = shards.flat()
    expect(all.sort()).toEqual([...NAMES].sort())
    for (const shard of shards) expect(shard.length).toBeGreaterThan(NAMES.length / count / 2)
  })

  it('keeps a portal in its shard whatever else the file lists, or in which order', () => {
    const before = new Map(NAMES.map(name => [name, shardOf(name, 3)]))
    const fewer = selectPortals(PORTALS.slice(10).reverse(), {
      only: null,
      shard: {index: 2, count: 3}
    })
    for (const {name} of fewer) expect(before.get(name)).toBe(2)
  })

  it('reads I/N and refuses the rest, naming the input', () => {
    expect(parseShard('2/3')).toEqual({index: 2, count: 3})
    expect(parseShard(' 1 / 1 ')).toEqual({index: 1, count: 1})
    expect(parseShard('')).toBeNull()
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0', '-1/2', '1/1001']) {
      expect(() => parseShard(bad)).toThrow(/^Input "shard" has an invalid value .*: expected I\/N/)
    }
  })
})

describe('--only', () => {
  it('keeps the named portals in the file order, and refuses a name not in the file', () => {
    expect(parseOnly(' wayne-us, acme-eu ,')).toEqual(['wayne-us', 'acme-eu'])
    expect(parseOnly(' , ')).toBeNull()
    const chosen = selectPortals(PORTALS, {only: ['wayne-us', 'acme-eu'], shard: null})
    expect(chosen.map(p => p.name)).toEqual(['acme-eu', 'wayne-us'])
    expect(() => selectPortals(PORTALS, {only: ['acme-e'], shard: null})).toThrow(
      'Input "only" names a portal that is not in the portals file: "acme-e" (did you mean "acme-eu"?).'
    )
  })
})
