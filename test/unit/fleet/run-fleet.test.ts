import {describe, expect, it} from 'vitest'
import {checkFleetPortal} from '../../../src/fleet/check-portal.js'
import type {FleetPortal} from '../../../src/fleet/portals-file.js'
import {checkFleet, type NamedReport} from '../../../src/fleet/run-fleet.js'
import {unhealthyPortal} from '../../../src/fake-docspace/scenarios.js'
import {inputsFor, recordingTiming} from '../../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake} from '../../support/fake-portal.js'

closeServersAfterEach()

const portalOf = (name: string, fake: {url: string}): FleetPortal => ({
  name,
  inputs: inputsFor(fake, {retries: '0'})
})

describe('checkFleet', () => {
  it('checks every portal, in the fleet order, each with its own verdict', async () => {
    const healthy = await startFake()
    const unhealthy = await startFake({state: unhealthyPortal(NOW)})
    const {timing} = recordingTiming()
    const reports = await checkFleet([portalOf('b', unhealthy), portalOf('a', healthy)], {
      concurrency: 16,
      timing
    })
    expect(reports.map(({name, report}) => [name, report.status])).toEqual([
      ['b', 'unhealthy'],
      ['a', 'healthy']
    ])
  })

  it('lets a hanging portal hold its own place only', async () => {
    let othersDone!: () => void
    const others = new Promise<void>(resolve => (othersDone = resolve))
    // The hanging portal answers only once both others are reported: were they queued behind
    // it, the run would never end.
    const hanging = await startFake({onRequest: () => others})
    const [first, second] = [await startFake(), await startFake()]
    const seen: string[] = []
    const onReport = ({name}: NamedReport) => {
      seen.push(name)
      if (seen.includes('first') && seen.includes('second')) othersDone()
    }
    const {timing} = recordingTiming()
    const portals = [
      portalOf('hanging', hanging),
      portalOf('first', first),
      portalOf('second', second)
    ]
    const reports = await checkFleet(portals, {concurrency: 2, timing, onReport})
    expect(seen).toEqual(['first', 'second', 'hanging'])
    expect(reports.every(({report}) => report.status === 'healthy')).toBe(true)
  })

  it('never runs more than `concurrency` checks at once', async () => {
    let running = 0
    let most = 0
    const fakes = await Promise.all(
      Array.from({length: 6}, () =>
        startFake({
          onRequest: async () => {
            most = Math.max(most, ++running)
            await new Promise(resolve => setImmediate(resolve))
            running--
          }
        })
      )
    )
    const {timing} = recordingTiming()
    // One request at a time per portal would need `maxSockets`; each check sends five at once,
    // so the bound is on portals: at most 2 × 5 requests in flight.
    await checkFleet(
      fakes.map((fake, index) => portalOf(`p${index}`, fake)),
      {concurrency: 2, timing}
    )
    expect(most).toBeLessThanOrEqual(10)
    expect(most).toBeGreaterThan(0)
  })
})

describe('checkFleetPortal', () => {
  it('stops waiting when the signal aborts', async () => {
    let arrived!: () => void
    const arrival = new Promise<void>(resolve => (arrived = resolve))
    const hanging = await startFake({
      onRequest: () => {
        arrived()
        return new Promise<void>(() => undefined)
      }
    })
    const controller = new AbortController()
    const {timing} = recordingTiming()
    const checking = checkFleetPortal(portalOf('eu-1', hanging), {
      timing,
      signal: controller.signal
    })
    await arrival
    controller.abort(new Error('shutting down'))
    await expect(checking).rejects.toThrow('shutting down')
  })
})
