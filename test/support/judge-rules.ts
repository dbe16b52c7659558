// When a missing judge fails the run and when it only skips: with CI=true it fails, unless
// .ci/run could not install its package (no package mirror) and said so in
// DBC_JUDGES_NOT_INSTALLED; outside CI it skips, saying why.
import type {FoundJudge} from './find-judges.js'

export function inCi(): boolean {
  const ci = process.env.CI ?? ''
  return ci !== '' && ci !== 'false' && ci !== '0'
}

/** .ci/run tried to install this judge's package and could not. */
export function isExcused(found: FoundJudge): boolean {
  const notInstalled = (process.env.DBC_JUDGES_NOT_INSTALLED ?? '').split(/\s+/)
  return found.package !== undefined && notInstalled.includes(found.package)
}
