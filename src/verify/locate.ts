// Where the newest backup's archive can be fetched, by its storage type, or why it cannot be.
import type {DocSpaceClient} from '../docspace/client.js'
import {ShapeError} from '../docspace/shapes.js'
import type {Portal} from '../inputs/portal-url.js'
import type {BackupRecord, PortalFacts} from '../core/portal-facts.js'
import type {ExpectedSize} from './archive-check.js'
import {DownloadProblem} from './download-problem.js'

export type Location =
  | {kind: 'download'; url: URL; withToken: boolean; source: string; expected: ExpectedSize[]}
  | {kind: 'unavailable'; message: string}

export interface LocateContext {
  client: DocSpaceClient
  portal: Portal
  facts: PortalFacts
  /** The `verify-folder` input; `null`: the schedule's folder. */
  folder: string | null
}

const VERIFY_FILE = 'run `docspace-backup-check verify-file PATH` where the archive is'

export async function locate(backup: BackupRecord, context: LocateContext): Promise<Location> {
  switch (backup.storageType) {
    case 0:
    case 1:
      return inFolder(backup, context)
    case 4:
    case 5:
      return jobLink(backup, context)
    case 3:
      return unavailable(
        `a Local backup is on the server's disk, which no route serves: ${VERIFY_FILE}`
      )
    default:
      return unavailable(
        `a Custom cloud backup cannot be fetched through the portal: ${VERIFY_FILE}`
      )
  }
}

/** Documents / third-party documents: the file titled exactly `fileName` in the backup folder. */
async function inFolder(backup: BackupRecord, context: LocateContext): Promise<Location> {
  const {schedule} = context.facts
  const scheduled =
    schedule && schedule.storageType === backup.storageType ? schedule.storageParams.folderId : null
  const folder = context.folder ?? scheduled ?? null
  if (!folder)
    return unavailable(
      'no folder is known for this backup (a manual backup, or none in the schedule): set verify-folder to the id of the folder or room that holds it'
    )
  const listing = await context.client.getApi(
    `files/${encodeURIComponent(folder)}`,
    {filterValue: backup.fileName},
    parseFolderFiles
  )
  const file = listing.find(entry => entry.title === backup.fileName)
  if (!file)
    throw new DownloadProblem(
      `no file titled "${backup.fileName}" in folder ${folder} (Files API): it was moved, renamed or deleted`
    )
  const url = new URL(`${context.portal.base}/filehandler.ashx`)
  url.searchParams.set('action', 'download')
  url.searchParams.set('fileid', String(file.id))
  const expected =
    file.size === null ? [] : [{bytes: file.size, source: `the Files entry (id ${file.id})`}]
  return {
    kind: 'download',
    url,
    withToken: true,
    source: `folder ${folder} at ${context.portal.host}`,
    expected
  }
}

/** DataStore / third-party storage: only the latest job's `link`, while it lasts. */
function jobLink(backup: BackupRecord, context: LocateContext): Location {
  const {latestJob, latestJobLink} = context.facts
  const what = backup.storageType === 4 ? 'A temporary (DataStore)' : 'A third-party storage'
  const ours =
    latestJob &&
    latestJob.backupProgressEnum === 0 &&
    (latestJob.taskId === null || latestJob.taskId === backup.id)
  if (!ours || !latestJobLink)
    return unavailable(
      `${what} backup can be fetched only through the latest backup job's link, and the latest job is not this backup's or has no link (it lasts 24 hours; a newer job replaces it)`
    )
  if (backup.storageType === 4) {
    if (!latestJobLink.startsWith('/'))
      return unavailable('the DataStore link is not relative to the portal')
    const url = new URL(latestJobLink, context.portal.origin)
    return {
      kind: 'download',
      url,
      withToken: true,
      source: `the portal's storage at ${url.host}`,
      expected: []
    }
  }
  let url: URL
  try {
    url = new URL(latestJobLink)
  } catch {
    return unavailable('the third-party storage link is not an absolute URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return unavailable('the third-party storage link is not http(s)')
  // Over https even when the worker wrote http (it has no request to tell); the port is kept.
  const port = url.port
  url.protocol = 'https:'
  url.port = port
  return {
    kind: 'download',
    url,
    withToken: false,
    source: `a presigned link at ${url.host}`,
    expected: []
  }
}

function unavailable(message: string): Location {
  return {kind: 'unavailable', message}
}

interface FolderFile {
  id: string | number
  title: string
  size: number | null
}

function parseFolderFiles(payload: unknown): FolderFile[] {
  const files = (payload as {files?: unknown} | null)?.files
  if (!Array.isArray(files)) throw new ShapeError('is not a folder\'s contents (no "files" list)')
  return files.flatMap(item => {
    if (typeof item !== 'object' || item === null) return []
    const {id, title, pureContentLength} = item as Record<string, unknown>
    if (typeof title !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return []
    const size =
      typeof pureContentLength === 'number' && Number.isSafeInteger(pureContentLength)
        ? pureContentLength
        : null
    return [{id, title, size}]
  })
}
