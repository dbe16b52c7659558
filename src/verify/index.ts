// Opt-in `verify`: fetch the newest usable backup's archive by its storage type and check it as
// it streams. One AbortSignal, the verify deadline, bounds it all: locating the file, each
// request, each wait for bytes, each wait between attempts. Loaded (with saxes) only when
// `verify` is on, and only when there is a backup to verify (check.ts decides that).
import type {LookupFunction} from 'node:net'
import type {DocSpaceClient} from '../docspace/client.js'
import {redact} from '../docspace/portal-text.js'
import type {Portal} from '../inputs/portal-url.js'
import type {ProxyVariables} from '../inputs/proxy-env.js'
import type {BackupRecord, PortalFacts} from '../core/portal-facts.js'
import type {Verification} from '../report/verification.js'
import type {Timing} from '../time/clock.js'
import {ArchiveCheck} from './archive-check.js'
import {Download} from './download.js'
import {VerifyFailure, VerifyUnavailable} from './failure.js'
import {locate, type Location} from './locate.js'
import {failed, unavailable, verified, type Subject} from './outcome.js'

/** What the restore check needs, and nothing more (the token goes only where locate says). */
export interface VerifySettings {
  portal: Portal
  token: string
  /** A server-wide dump is expected (the `dump` input). */
  dump: boolean
  /** Each wait for an answer or for bytes. */
  timeoutMs: number
  /** Extra attempts for transient failures, a cut download's resumes among them. */
  retries: number
  /** The whole check: locating, downloading, reading. */
  verifyTimeoutMs: number
  /** The `verify-folder` input; `null`: the schedule's folder. */
  verifyFolder: string | null
  /** The runner's proxy rules, applied to each URL a download goes to. */
  proxyVariables: ProxyVariables
  /** The clock of `seconds` and the waits between attempts. */
  timing: Timing
  /** A line for the log (a download over plain http says so). */
  log: (line: string) => void
  /** Name resolution, for tests. */
  lookup?: LookupFunction
}

export async function verifyNewest(
  client: DocSpaceClient,
  settings: VerifySettings,
  facts: PortalFacts,
  newest: BackupRecord
): Promise<Verification> {
  const {timing} = settings
  const started = timing.now()
  const seconds = (): number => Math.round((timing.now() - started) / 100) / 10
  const deadline = AbortSignal.timeout(settings.verifyTimeoutMs)
  const subject: Subject = {
    backupId: newest.id,
    fileName: newest.fileName,
    storageType: newest.storageType,
    source: null
  }
  const check = new ArchiveCheck(settings.dump)
  let download: Download | null = null
  const outcome = async (): Promise<Verification> => {
    const folder = settings.verifyFolder
    const context = {client, portal: settings.portal, facts, folder, signal: deadline}
    const location = await locate(newest, context)
    subject.source = location.source
    download = startDownload(location, settings, deadline)
    for await (const chunk of download) {
      await check.write(chunk)
      // Once a level has failed, more bytes cannot change the verdict: stop reading.
      if (check.decided) break
    }
    if (download.decoded) subject.source += ` (sent with Content-Encoding ${download.decoded})`
    const expected = check.decided ? [] : [...location.expected, ...download.expected]
    const jobWarning = facts.latestJob?.warning ?? null
    return verified(subject, await check.end(expected), seconds(), jobWarning)
  }
  let verification: Verification
  try {
    verification = await outcome()
  } catch (thrown) {
    let error = thrown
    if (deadline.aborted) {
      const read = download as Download | null
      const when = read
        ? `before the check ended, after ${read.received} bytes`
        : 'while the portal was asked where the archive is'
      const limit = settings.verifyTimeoutMs / 1000
      error = new VerifyUnavailable(`verify-timeout (${limit} s) passed ${when}`)
    }
    if (error instanceof VerifyUnavailable) verification = unavailable(subject, error, seconds())
    else if (error instanceof VerifyFailure)
      verification = failed(subject, error, check.levels, seconds())
    else throw error
  }
  // Messages are built from hosts, but a link's whole text and query stay secrets anyway.
  const secrets = linkSecrets(facts.latestJobLink)
  const message = verification.message && redact(verification.message, secrets)
  return {...verification, message}
}

function startDownload(location: Location, settings: VerifySettings, signal: AbortSignal) {
  const {url, withToken} = location
  if (url.protocol === 'http:' && url.origin !== settings.portal.origin)
    settings.log(
      `Restore check: the archive comes from ${url.host} over plain http, as its link says: unencrypted on the way (the storage is set to use http).`
    )
  return new Download({
    url,
    token: withToken ? settings.token : null,
    portalOrigin: settings.portal.origin,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    timing: settings.timing,
    signal,
    proxyVariables: settings.proxyVariables,
    lookup: settings.lookup
  })
}

/** The link, and every value of its query (`auth=`, `X-Amz-Signature=`, …). */
function linkSecrets(link: string | null | undefined): string[] {
  if (!link) return []
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : ''
  const values = query.split('&').flatMap(pair => {
    const raw = pair.slice(pair.indexOf('=') + 1)
    try {
      return [raw, decodeURIComponent(raw.replace(/\+/g, ' '))]
    } catch {
      return [raw]
    }
  })
  return [link, query, ...values].filter(value => value.length >= 4)
}
