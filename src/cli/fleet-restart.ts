// A fleet run (`--config`, `exporter`) has a hundred checks in flight at once, and on Node 24 V8
// grows its young generation to fit them: 253 MB for 1,000 portals, against 165 MB and a faster
// run with 8 MB semi-spaces (npm run bench:fleet). V8 takes that size only at start-up (a flag
// set at run time has no effect, and Node warns against them), so a fleet run starts itself once
// more with it: one node start more, for the fleet only. A size the user chose is kept.
import type {ChildProcess} from 'node:child_process'

const SMALL_YOUNG_GENERATION = '--max-semi-space-size=8'
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/** Whether these arguments ask for a fleet run that should start again with the flag. */
export function wantsFleetRestart(argv: readonly string[], env = process.env): boolean {
  const fleet =
    argv[0] === 'exporter' || argv.some(arg => arg === '--config' || arg.startsWith('--config='))
  const asksForHelp = argv.some(arg => ['-h', '--help', '-V', '--version'].includes(arg))
  const sized = [...process.execArgv, env.NODE_OPTIONS ?? ''].some(arg =>
    arg.includes('--max-semi-space-size')
  )
  return fleet && !asksForHelp && !sized
}

/** Runs this CLI again as a child with the flag, its signals passed on; resolves to its code. */
export async function restartWithSmallYoungGeneration(argv: readonly string[]): Promise<number> {
  const {spawn} = await import('node:child_process')
  const {constants} = await import('node:os')
  const args = [...process.execArgv, SMALL_YOUNG_GENERATION, process.argv[1]!, ...argv]
  const child = spawn(process.execPath, args, {stdio: 'inherit'})
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  const handlers = FORWARDED.map(signal => [signal, forward(signal)] as const)
  for (const [signal, handler] of handlers) process.on(signal, handler)
  const code = await ended(child, constants.signals)
  for (const [signal, handler] of handlers) process.off(signal, handler)
  return code
}

function ended(
  child: ChildProcess,
  signals: Partial<Record<NodeJS.Signals, number>>
): Promise<number> {
  return new Promise(resolve => {
    child.on('error', error => {
      console.error(`Could not start the fleet run: ${error.message}`)
      resolve(2)
    })
    // Ended by a signal it did not handle: the shell's convention, 128 + the signal's number.
    child.on('exit', (code, signal) => resolve(code ?? 128 + ((signal && signals[signal]) || 1)))
  })
}
