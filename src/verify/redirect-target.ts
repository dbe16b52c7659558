// Where a download may go without the token: https anywhere, plain http only to this machine.
// A redirect's target, and a DataStore link to another origin, follow this rule.
import {VerifyFailure} from './failure.js'

export function redirectTarget(from: URL, location: string): URL {
  let target: URL
  try {
    target = new URL(location, from)
  } catch {
    throw new VerifyFailure('transport', `${from.host} redirected to an address that is not a URL`)
  }
  if (!mayLeadTo(target))
    throw new VerifyFailure(
      'transport',
      `${from.host} redirected to ${target.protocol}//${target.host}, not https`
    )
  return target
}

export function mayLeadTo(target: URL): boolean {
  return (
    target.protocol === 'https:' || (target.protocol === 'http:' && isLoopback(target.hostname))
  )
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}
