// The Action: mask, parse the inputs, check the portal, report. Orchestration only.
import {
  errorAnnotation,
  logLine,
  maskSecret,
  maskTokenInput,
  maskUrlInput,
  readInput
} from './action/runner-commands.js'
import {runCheck} from './check.js'
import {endProcess} from './core/end-process.js'
import {InputError} from './core/errors.js'
import {parseInputs, type Inputs} from './inputs/index.js'
import {readProxyVariables} from './inputs/proxy-env.js'
import {oneLine} from './core/one-line.js'
import type {Report} from './report/shape.js'
import {realTiming} from './time/clock.js'

export async function run(): Promise<void> {
  // Step 1: secrets are masked before anything is logged or sent.
  maskTokenInput('token')
  maskTokenInput('github-token')
  for (const secret of readProxyVariables(process.env).secrets) maskSecret(secret)
  maskUrlInput('ping-url')

  // A portals file: every portal it lists, in one step; loaded only then (YAML, the fleet).
  if (readInput('config').trim() !== '') {
    try {
      const {runFleetStep} = await import('./action/fleet-step.js')
      await runFleetStep()
    } catch (error) {
      return refuseInput(error)
    }
    return endProcess()
  }

  // Step 2: every input, validated before any request.
  let inputs: Inputs
  try {
    inputs = parseInputs(readInput, process.env)
  } catch (error) {
    return refuseInput(error)
  }

  // Step 3: the requests go out first. What reports on them (@actions/core, a 1 MB chunk whose
  // import compiles synchronously) loads once they are sent, while the portal works.
  let reporting: Promise<typeof import('./action/report-step.js')> | undefined
  const loadReporting = () => (reporting ??= import('./action/report-step.js'))
  let report: Report
  try {
    report = await runCheck(inputs, {
      log: line => logLine(oneLine(line)),
      timing: realTiming,
      // Started early; a failure to load surfaces where it is awaited, below.
      onRequestsSent: () => void loadReporting().catch(() => undefined)
    })
  } catch (error) {
    // A proxy variable the check would go through is unusable: refused before any request.
    return refuseInput(error)
  }

  // Step 4: outputs, log, annotations, summary, report file, issue; the exit code last.
  const {reportStep} = await loadReporting()
  await reportStep(inputs, report)
  // Nothing is left to do: a lookup still stuck in the system resolver must not hold the step.
  await endProcess()
}

/** An invalid input fails the step with an annotation naming it; anything else is a bug. */
function refuseInput(error: unknown): void {
  if (!(error instanceof InputError)) throw error
  errorAnnotation('Invalid input', error.message)
  process.exitCode = 1
}
