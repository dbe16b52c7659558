// The Action: mask, parse the inputs, check the portal, report. Orchestration only.
import {maskTokenInput, readInput, logLine} from './action/runner-commands.js'
import {realTiming, runCheck} from './check.js'
import {InputError} from './errors.js'
import {parseInputs, type Inputs} from './inputs/index.js'
import {oneLine} from './render/text.js'

export async function run(): Promise<void> {
  // Step 1: secrets are masked before anything is logged or sent.
  maskTokenInput('token')
  maskTokenInput('github-token')

  // Step 2: every input, validated before any request.
  let inputs: Inputs
  try {
    inputs = parseInputs(readInput)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const core = await import('@actions/core')
    core.error(error.message, {title: 'Invalid input'})
    process.exitCode = 1
    return
  }

  // Step 3: the requests go out first; what reports on them loads while they are in flight.
  const reporting = import('./action/report-step.js')
  const report = await runCheck(inputs, {log: line => logLine(oneLine(line)), timing: realTiming})

  // Step 4: outputs, log, annotations, summary, report file, issue; the exit code last.
  const {reportStep} = await reporting
  await reportStep(inputs, report)
}
