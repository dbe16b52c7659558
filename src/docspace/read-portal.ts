// Reads the five backup routes at once: one round trip, however many routes.
import type {PortalFacts, WarningCode} from '../types.js'
import type {DocSpaceClient, PayloadParser} from './client.js'
import {
  parseCount,
  parseHistory,
  parseProgress,
  parseSchedule,
  parseServiceState
} from './shapes.js'

export interface PortalReading {
  facts: PortalFacts
  /** Optional routes the portal does not have (DocSpace before 3.5). */
  warnings: WarningCode[]
}

/** Reads every route concurrently; throws the CheckError of the first failure, in route order. */
export async function readPortal(client: DocSpaceClient, dump: boolean): Promise<PortalReading> {
  const dumpQuery = {Dump: String(dump)}
  const settled = await Promise.allSettled([
    required(client, 'getbackuphistory', dumpQuery, parseHistory),
    required(client, 'getbackupschedule', dumpQuery, parseSchedule),
    required(client, 'getbackupprogress', dumpQuery, parseProgress),
    optional(client, ['getbackupscount'], parseCount),
    // `service/state` appears in a public usage example; the server's route is getservicestate.
    optional(client, ['getservicestate', 'service/state'], parseServiceState)
  ] as const)
  const failure = settled.find(result => result.status === 'rejected')
  if (failure) throw failure.reason
  const [history, schedule, progress, count, state] = settled.map(result =>
    result.status === 'fulfilled' ? result.value : undefined
  ) as [
    PortalFacts['history'],
    PortalFacts['schedule'],
    PortalFacts['progress'],
    number | null,
    boolean | null
  ]

  const warnings: WarningCode[] = []
  if (count === null) warnings.push('count-unavailable')
  if (state === null) warnings.push('service-state-unavailable')
  return {
    facts: {history, schedule, progress, backupsCreated: count, serviceEnabled: state},
    warnings
  }
}

/** A route every DocSpace has: a 404 is the error `not-found`. */
export async function required<T>(
  client: DocSpaceClient,
  route: string,
  query: Record<string, string>,
  parse: PayloadParser<T>
): Promise<T> {
  const answer = await client.get(route, query, parse)
  if (!answer.found) throw new Error(`${route} answered 404 but is not optional`)
  return answer.value
}

/** A route newer portals have: `null` when every one of its paths answers 404. */
async function optional<T>(
  client: DocSpaceClient,
  routes: string[],
  parse: PayloadParser<T>
): Promise<T | null> {
  for (const route of routes) {
    const answer = await client.get(route, {}, parse, true)
    if (answer.found) return answer.value
  }
  return null
}
