// The Action's entry point (dist/index.js).
import {messageOf} from './errors.js'
import {run} from './main.js'

run().catch(async (error: unknown) => {
  // A bug, not a verdict: fail the step, never pass it.
  process.exitCode = 1
  const core = await import('@actions/core')
  core.setFailed(`docspace-backup-check failed unexpectedly: ${messageOf(error)}`)
})
