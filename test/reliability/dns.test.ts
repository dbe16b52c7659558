// A name server that never answers. The run must end with the verdict, each attempt cut at the
// timeout, and the process gone with it, not kept alive by the system resolver's own timeouts.
import {execFileSync} from 'node:child_process'
import {createSocket, type Socket} from 'node:dgram'
import {Resolver} from 'node:dns'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import type {LookupFunction} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check.js'
import {realTiming} from '../../src/time/clock.js'
import {expectError, inputsFor} from '../support/check-helpers.js'
import {TOKEN} from '../support/fake-portal.js'
import {cleanupRuns, runDist} from '../support/run-dist.js'

afterAll(cleanupRuns)

const sockets: Socket[] = []
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
})

/** A UDP socket that takes DNS queries and never answers them; counts what it got. */
async function silentNameServer(address = '127.0.0.1', port = 0) {
  const socket = createSocket('udp4')
  sockets.push(socket)
  let queries = 0
  socket.on('message', () => queries++)
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(port, address, resolve)
  })
  return {address: `${address}:${socket.address().port}`, queries: () => queries}
}

/**
 * Node's own DNS client (c-ares) asking only that server: a lookup that never comes back (it
 * would give up after 60 s, longer than any test may take). `answered` counts the ones that did.
 */
function lookupVia(server: string) {
  const resolver = new Resolver({timeout: 60_000, tries: 1})
  resolver.setServers([server])
  let answered = 0
  const lookup: LookupFunction = (hostname, _options, callback) => {
    resolver.resolve4(hostname, (error, addresses) => {
      answered++
      if (error) return callback(error, '', 4)
      callback(null, addresses[0] ?? '', 4)
    })
  }
  return {lookup, answered: () => answered, cancel: () => resolver.cancel()}
}

describe('a name server that never answers', () => {
  it('gives timeout, each attempt cut at the timeout while the lookup still waits (the http layer)', async () => {
    const server = await silentNameServer()
    const inputs = inputsFor(
      {url: 'https://portal.unanswered.test'},
      {timeout: '0.5', retries: '1'}
    )
    const resolver = lookupVia(server.address)
    try {
      const report = await runCheck(inputs, {
        log: () => {},
        timing: realTiming,
        lookup: resolver.lookup
      })
      expectError(report, 'timeout', 'within 0.5 s', 'still after 1 retry')
      expect(server.queries()).toBeGreaterThan(0)
      // The verdict came while every lookup was still waiting for the silent server.
      expect(resolver.answered()).toBe(0)
    } finally {
      resolver.cancel()
    }
  })

  // The real thing: the system resolver (getaddrinfo) of the bundled Action, in a mount
  // namespace whose /etc/resolv.conf names the silent server. Where namespaces are not allowed
  // (some CI kernels), this test cannot run; the one above still does.
  const canUnshare = (() => {
    try {
      execFileSync('unshare', ['-rm', 'true'], {stdio: 'ignore'})
      return true
    } catch {
      return false
    }
  })()

  it.skipIf(!canUnshare)(
    'ends the Action process with its verdict, not after the resolver gives up',
    async () => {
      // A loopback address of its own, so port 53 is free whatever else runs on the machine.
      const address = `127.${50 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`
      const server = await silentNameServer(address, 53)
      const dir = mkdtempSync(path.join(tmpdir(), 'dbc-resolv-'))
      const resolvConf = path.join(dir, 'resolv.conf')
      // Left alone, the system resolver would wait 30 s × 5 for it: far longer than the run may.
      writeFileSync(resolvConf, `nameserver ${address}\noptions timeout:30 attempts:5\n`)
      try {
        const run = await runDist(
          {portal: 'https://portal.unanswered.test', token: TOKEN, timeout: '1', retries: '0'},
          {
            through: [
              'unshare',
              '-rm',
              'sh',
              '-c',
              `mount --bind ${resolvConf} /etc/resolv.conf && exec "$@"`,
              'sh'
            ],
            timeoutMs: 30_000
          }
        )
        // Ended on its own (not killed at timeoutMs), with its verdict.
        expect(run.code).toBe(1)
        expect(run.outputs.status).toBe('error')
        expect(JSON.parse(run.outputs.reasons ?? '')).toEqual(['timeout'])
        expect(server.queries()).toBeGreaterThan(0)
      } finally {
        rmSync(dir, {recursive: true, force: true})
      }
    },
    40_000
  )
})
