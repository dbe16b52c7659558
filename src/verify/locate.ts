// Where the newest backup's archive can be fetched, by its storage type, or why it cannot be:
// a VerifyUnavailable when the portal cannot say (the check's fault), a VerifyFailure when it
// says the archive is not there (the backup's). docs/CONTRACT.md's table sorts every case.
import type {DocSpaceClient} from '../docspace/client.js'
import {ShapeError} from '../docspace/shape-values.js'
import {JOB_KINDS, STORAGE_TYPE_NAMES} from '../core/codes.js'
import {NoVerdictError} from '../core/errors.js'
import type {BackupRecord, PortalFacts} from '../core/portal-facts.js'
import {isDocSpaceId} from '../inputs/docspace-id.js'
import type {Portal} from '../inputs/portal-url.js'
import type {ExpectedSize} from './archive-check.js'
import {VerifyFailure, VerifyUnavailable} from './failure.js'
import {mayLeadTo} from './redirect-target.js'

export interface Location {
  url: URL
  /** The token goes with it (to the portal's own origin only, whatever this says). */
  withToken: boolean
  /** Where from, in words: hosts only, never a link. */
  source: string
  /** Sizes announced before the download (the Files entry's). */
  expected: ExpectedSize[]
}

export interface LocateContext {
  client: DocSpaceClient
  portal: Portal
  facts: PortalFacts
  /** The `verify-folder` input; `null`: the schedule's folder. */
  folder: string | null
  /** The verify deadline: it bounds the Files API's answer too. */
  signal: AbortSignal
}

const VERIFY_FILE = 'run `docspace-backup-check verify-file PATH` where the archive is'

export async function locate(backup: BackupRecord, context: LocateContext): Promise<Location> {
  switch (STORAGE_TYPE_NAMES[backup.storageType]) {
    case 'Documents':
    case 'ThridpartyDocuments':
      return inFolder(backup, context)
    case 'DataStore':
      return dataStoreLink(jobLink(backup, context, 'A temporary (DataStore)'), context.portal)
    case 'ThirdPartyConsumer':
      return signedLink(jobLink(backup, context, 'A third-party storage'))
    case 'Local':
      throw new VerifyUnavailable(
        `a Local backup is on the server's disk, which no route serves: ${VERIFY_FILE}`
      )
    case 'CustomCloud':
      throw new VerifyUnavailable(
        `a Custom cloud backup cannot be fetched through the portal: ${VERIFY_FILE}`
      )
    default:
      throw new VerifyUnavailable(
        `storage type ${backup.storageType} is not one the check knows how to fetch: ${VERIFY_FILE}`
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
    throw new VerifyUnavailable(
      'no folder is known for this backup (a manual backup, or none in the schedule): set verify-folder to the id of the folder or room that holds it'
    )
  if (!isDocSpaceId(folder))
    throw new VerifyUnavailable(
      `the schedule's folderId ${quoted(folder)} is not a folder id: set verify-folder to the id of the folder or room that holds the backups`
    )
  const file = (await listing(folder, backup.fileName, context)).find(
    entry => entry.title === backup.fileName
  )
  if (!file)
    throw new VerifyFailure(
      'transport',
      `no file titled "${backup.fileName}" in folder ${folder} (Files API): it was moved, renamed or deleted`
    )
  if (!isDocSpaceId(file.id))
    throw new VerifyUnavailable(
      `the Files API gave the archive the id ${quoted(String(file.id))}, which is not a file id`
    )
  const url = new URL(`${context.portal.base}/filehandler.ashx`)
  url.searchParams.set('action', 'download')
  url.searchParams.set('fileid', String(file.id))
  const expected =
    file.size === null ? [] : [{bytes: file.size, source: `the Files entry (id ${file.id})`}]
  return {url, withToken: true, source: `folder ${folder} at ${context.portal.host}`, expected}
}

/** The folder's files matching the name; a 404 says the folder is gone, anything else that the
 * portal could not say. */
async function listing(
  folder: string,
  fileName: string,
  context: LocateContext
): Promise<FolderFile[]> {
  try {
    return await context.client.getApi(
      `files/${encodeURIComponent(folder)}`,
      {filterValue: fileName},
      parseFolderFiles,
      context.signal
    )
  } catch (error) {
    if (!(error instanceof NoVerdictError)) throw error
    if (error.code === 'not-found')
      throw new VerifyFailure(
        'transport',
        `folder ${folder} is not on the portal (the Files API answered 404): the backup's folder was deleted, or verify-folder names another`
      )
    throw new VerifyUnavailable(
      `the Files API could not say where the archive is: ${error.message}`
    )
  }
}

/** DataStore / third-party storage: only the latest job's `link`, while it lasts. */
function jobLink(backup: BackupRecord, context: LocateContext, what: string): string {
  const {latestJob, latestJobLink} = context.facts
  const ours =
    latestJob &&
    JOB_KINDS[latestJob.backupProgressEnum] === 'Backup' &&
    (latestJob.taskId === null || latestJob.taskId === backup.id)
  if (!ours || !latestJobLink)
    throw new VerifyUnavailable(
      `${what} backup can be fetched only through the latest backup job's link, and the latest job is not this backup's or has no link (it lasts 24 hours; a newer job replaces it)`
    )
  return latestJobLink
}

/** A DataStore link: relative to the portal (with the token), or absolute (a CDN in front of the
 * storage): with the token on the portal's own origin, without it, and only over https, on any
 * other. */
function dataStoreLink(link: string, portal: Portal): Location {
  const url = absolute(link, portal.origin, 'the DataStore link')
  const own = url.origin === portal.origin
  if (!own && !mayLeadTo(url))
    throw new VerifyUnavailable(
      `the DataStore link leads to ${url.protocol}//${url.host}: another origin than the portal's is fetched only over https`
    )
  const source = own
    ? `the portal's storage at ${url.host}`
    : `the DataStore link's host ${url.host}`
  return {url, withToken: own, source, expected: []}
}

/** A third-party storage link: signed, fetched as written (http too: a storage set to use http
 * has no https), never with the token. */
function signedLink(link: string): Location {
  const url = absolute(link, undefined, 'the third-party storage link')
  const plain = url.protocol === 'http:' ? ', over plain http' : ''
  return {url, withToken: false, source: `a presigned link at ${url.host}${plain}`, expected: []}
}

function absolute(link: string, base: string | undefined, what: string): URL {
  let url: URL
  try {
    url = new URL(link, base)
  } catch {
    throw new VerifyUnavailable(`${what} is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new VerifyUnavailable(`${what} is not http(s)`)
  return url
}

/** A portal value in a message: bounded. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
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
