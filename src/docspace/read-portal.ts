// Reads the five backup routes at once: one round trip, however many routes.
import type {WarningCode} from '../core/codes.js'
import type {PortalFacts} from '../core/portal-facts.js'
import type {DocSpaceClient, PayloadParser} from './client.js'
import {
  parseCount,
  parseHistory,
  parseProgress,
  parseProgressLink,
  parseSchedule,
  parseServiceState
} from './shapes.js'

export interface PortalReading {
  facts: PortalFacts
  /** Optional routes the portal does not have (DocSpace before 3.5). */
  warnings: WarningCode[]
}

/** Reads every route concurrently; throws the NoVerdictError of the first failure, in route order. */
export async function readPortal(client: DocSpaceClient, dump: boolean): Promise<PortalReading> {
  const dumpQuery = {Dump: String(dump)}
  const settled = await Promise.allSettled([
    client.get('getbackuphistory', dumpQuery, parseHistory),
    client.get('getbackupschedule', dumpQuery, parseSchedule),
    client.get('getbackupprogress', dumpQuery, payload => ({
      job: parseProgress(payload),
      link: parseProgressLink(payload)
    })),
    optional(client, ['getbackupscount'], parseCount),
    // `service/state` appears in a public usage example; the server's route is getservicestate.
    optional(client, ['getservicestate', 'service/state'], parseServiceState)
  ] as const)
  const failure = settled.find(result => result.status === 'rejected')
  if (failure) throw failure.reason
  const [history, schedule, latestJob, count, state] = settled.map(result =>
    result.status === 'fulfilled' ? result.value : undefined
  ) as [
    PortalFacts['history'],
    PortalFacts['schedule'],
    {job: PortalFacts['latestJob']; link: string | null},
    number | null,
    boolean | null
  ]

  const warnings: WarningCode[] = []
  if (count === null) warnings.push('count-unavailable')
  if (state === null) warnings.push('service-state-unavailable')
  return {
    facts: {
      history,
      schedule,
      latestJob: latestJob.job,
      latestJobLink: latestJob.link,
      backupsCreated: count,
      serviceEnabled: state
    },
    warnings
  }
}

/** A route newer portals have: `null` when every one of its paths answers 404. */
async function optional<T>(
  client: DocSpaceClient,
  routes: string[],
  parse: PayloadParser<T>
): Promise<T | null> {
  for (const route of routes) {
    const value = await client.getIfPresent(route, parse)
    if (value !== null) return value
  }
  return null
}
