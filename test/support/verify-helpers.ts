// The restore check run in process against the fake DocSpace: a portal serving an archive, the
// state of each storage type, and what the run gave (report, outputs, the verification).
import {outputsOf} from '../../src/action/outputs.js'
import {STORAGE_AUTH, type ServedArchive} from '../../src/fake-docspace/archive/archive-routes.js'
import type {FakeOptions} from '../../src/fake-docspace/fake-docspace.js'
import {healthyPortal, temporaryPortal} from '../../src/fake-docspace/scenarios.js'
import type {PortalState} from '../../src/fake-docspace/wire.js'
import {check} from './check-helpers.js'
import {NOW, startFake} from './fake-portal.js'

/** The file name of the newest record: the archive the fake serves. */
export function newestName(state: PortalState): string {
  return [...state.history].sort((a, b) => b.createdOn.localeCompare(a.createdOn))[0].fileName
}

/** `verify: true` against a fake serving `archive` in `state`, with these input texts. */
export async function verifyWith(
  archive: ServedArchive | undefined,
  state = healthyPortal(NOW),
  texts: Record<string, string> = {},
  options: Omit<FakeOptions, 'state' | 'archive'> = {}
) {
  const fake = await startFake({...options, state, archive})
  const run = await check(fake, {verify: 'true', ...texts})
  return {fake, ...run, outputs: outputsOf(run.report), v: run.report.verification!}
}

/** Every record (and the schedule) of `state` on storage type `storageType`. */
export function asType(
  state: PortalState,
  storageType: number,
  folderId: string | null = '1234'
): PortalState {
  return {
    ...state,
    history: state.history.map(record => ({...record, storageType})),
    schedule: state.schedule && {...state.schedule, storageType, storageParams: {folderId}}
  }
}

/** A temporary (DataStore) backup whose latest job links `link` (default: the relative link). */
export function dataStore(link?: (name: string) => string, now = NOW): PortalState {
  const state = temporaryPortal(now)
  const name = newestName(state)
  const relative = `/storage/backup/root/${name}?expire=1440&auth=${STORAGE_AUTH}`
  return {...state, progress: state.progress && {...state.progress, link: link?.(name) ?? relative}}
}

/** A third-party storage (ThirdPartyConsumer) backup whose latest job links `link`. */
export function thirdPartyStorage(link: (name: string) => string, now = NOW): PortalState {
  const state = asType(healthyPortal(now), 5, null)
  const name = newestName(state)
  return {
    ...state,
    schedule: state.schedule && {...state.schedule, storageParams: {}},
    progress: state.progress && {...state.progress, link: link(name)}
  }
}
