// The system resolver (getaddrinfo) runs in libuv's thread pool, where a lookup cannot be
// cancelled, and node waits for every such thread before it exits. glibc waits 5 s per try and
// tries twice per name server, so a name server that never answers would hold the process that
// long after the verdict. Its wait is bounded by the request timeout instead, and lookups of one
// name at once share one thread.
import type {LookupFunction} from 'node:net'

const GLIBC_TIMEOUT_S = 5
const GLIBC_ATTEMPTS = 2

/**
 * Tells glibc (Linux; read when a pool thread first resolves) to wait at most half the request
 * timeout per try, at least 1 s. A `RES_OPTIONS` already set comes after ours, so it wins.
 */
export function boundResolverWait(timeoutMs: number): void {
  if (process.platform !== 'linux') return
  const seconds = Math.max(1, Math.floor(timeoutMs / 1000 / GLIBC_ATTEMPTS))
  if (seconds >= GLIBC_TIMEOUT_S) return
  const ours = `timeout:${seconds} attempts:${GLIBC_ATTEMPTS}`
  const theirs = process.env.RES_OPTIONS
  // Once per bound: a fleet checks many portals in one process.
  if (theirs?.includes(ours)) return
  process.env.RES_OPTIONS = theirs ? `${ours} ${theirs}` : ours
}

type Callback = Parameters<LookupFunction>[2]

/** `dns.lookup`, with concurrent lookups of the same name and options sharing one call. */
export function sharedLookup(): LookupFunction {
  const pending = new Map<string, Callback[]>()
  return (hostname, options, callback) => {
    const key = JSON.stringify([hostname, options])
    const waiting = pending.get(key)
    if (waiting) return void waiting.push(callback)
    pending.set(key, [callback])
    const {lookup} = process.getBuiltinModule('node:dns')
    lookup(hostname, options, (...result: unknown[]) => {
      const callbacks = pending.get(key) ?? []
      pending.delete(key)
      for (const each of callbacks) (each as (...args: unknown[]) => void)(...result)
    })
  }
}
