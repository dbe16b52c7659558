// Where a redirect may lead: https anywhere, plain http only to this machine.
import {DownloadProblem} from './download-problem.js'

export function redirectTarget(from: URL, location: string): URL {
  let target: URL
  try {
    target = new URL(location, from)
  } catch {
    throw new DownloadProblem(`${from.host} redirected to an address that is not a URL`)
  }
  if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopback(target.hostname)))
    throw new DownloadProblem(
      `${from.host} redirected to ${target.protocol}//${target.host}, not https`
    )
  return target
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}
