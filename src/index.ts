// The Action's entry point (dist/index.js).
import {readInput} from './action/runner-commands.js'
import {messageOf} from './core/errors.js'
import {run} from './main.js'
import {redactSecrets} from './core/secrets/redact.js'

run().catch(async (error: unknown) => {
  // A bug, not a verdict: fail the step, never pass it, and never with a secret in the message.
  process.exitCode = 1
  const secrets = ['token', 'github-token'].flatMap(name => {
    const value = readInput(name).trim()
    return [value, value.replace(/^bearer\s+/i, '')]
  })
  const core = await import('@actions/core')
  core.setFailed(
    `docspace-backup-check failed unexpectedly: ${redactSecrets(messageOf(error), secrets)}`
  )
})
