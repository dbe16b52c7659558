// Opt-in `verify`: fetch the newest usable backup's archive by its storage type and check it as
// it streams, within `verify-timeout` in all. Loaded (with saxes) only when `verify` is on.
import type {LookupFunction} from 'node:net'
import type {DocSpaceClient} from '../docspace/client.js'
import {redact} from '../docspace/portal-text.js'
import {NoVerdictError, messageOf} from '../core/errors.js'
import type {Portal} from '../inputs/portal-url.js'
import type {ProxyVariables} from '../inputs/proxy-env.js'
import type {BackupRecord, PortalFacts} from '../core/portal-facts.js'
import {nothingToVerify, type Verification} from '../report/verification.js'
import {ArchiveCheck} from './archive-check.js'
import {download} from './download.js'
import {DownloadProblem, type Cancel} from './download-problem.js'
import {VerifyFailure} from './failure.js'
import {locate} from './locate.js'
import {failed, unavailable, verified, type Subject} from './outcome.js'

export interface VerifySettings {
  portal: Portal
  token: string
  dump: boolean
  timeoutMs: number
  verifyTimeoutMs: number
  verifyFolder: string | null
  proxyVariables: ProxyVariables
  /** Name resolution, for tests. */
  lookup?: LookupFunction
}

export async function verifyNewest(
  client: DocSpaceClient,
  settings: VerifySettings,
  facts: PortalFacts,
  newest: BackupRecord | undefined,
  now: () => number
): Promise<Verification> {
  if (!newest) return nothingToVerify('there is no usable backup to verify')
  const started = now()
  const subject: Subject = {
    backupId: newest.id,
    fileName: newest.fileName,
    storageType: newest.storageType,
    source: null
  }
  // Every message is built from hosts, but a link's whole text and query stay secrets anyway.
  const secrets = linkSecrets(facts.latestJobLink)
  const clean = (message: string): string => redact(message, secrets)
  const seconds = (): number => Math.round((now() - started) / 100) / 10
  const check = new ArchiveCheck(settings.dump)
  const cancel: Cancel = {}
  let timedOut = false
  const deadline = setTimeout(() => {
    timedOut = true
    cancel.stop?.(
      new DownloadProblem(
        `verify-timeout (${settings.verifyTimeoutMs / 1000} s) passed before the check ended`,
        'deadline'
      )
    )
  }, settings.verifyTimeoutMs)
  try {
    const location = await locate(newest, {
      client,
      portal: settings.portal,
      facts,
      folder: settings.verifyFolder
    })
    if (location.kind === 'unavailable')
      return unavailable(subject, clean(location.message), seconds())
    subject.source = location.source
    if (timedOut)
      throw new DownloadProblem(
        `verify-timeout (${settings.verifyTimeoutMs / 1000} s) passed before the download began`,
        'deadline'
      )
    const request = {
      url: location.url,
      token: location.withToken ? settings.token : null,
      portalOrigin: settings.portal.origin,
      timeoutMs: settings.timeoutMs,
      proxyVariables: settings.proxyVariables,
      lookup: settings.lookup
    }
    const declared = await download(request, check, cancel)
    return verified(
      subject,
      await check.end([...location.expected, ...declared]),
      seconds(),
      facts.latestJob?.warning ?? null
    )
  } catch (error) {
    if (error instanceof DownloadProblem && error.kind === 'deadline')
      return unavailable(subject, clean(error.message), seconds())
    if (error instanceof DownloadProblem) check.abort(clean(error.message))
    else if (error instanceof NoVerdictError) check.abort(`the Files API: ${clean(error.message)}`)
    else if (!(error instanceof VerifyFailure)) throw error
    const failure = error instanceof VerifyFailure ? error : await failureOf(check)
    return failed(
      subject,
      new VerifyFailure(failure.level, clean(failure.message)),
      check.levels,
      seconds()
    )
  } finally {
    clearTimeout(deadline)
  }
}

async function failureOf(check: ArchiveCheck): Promise<VerifyFailure> {
  try {
    await check.end()
  } catch (error) {
    if (error instanceof VerifyFailure) return error
    return new VerifyFailure('transport', messageOf(error))
  }
  return new VerifyFailure('transport', 'the download did not complete')
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
