// The two runner interactions that must happen before @actions/core has loaded: reading the
// inputs and masking the secrets. Both are the runner's documented protocol; loading core
// (~60 ms) is left for while the requests are in flight.
import {EOL} from 'node:os'

/** An input's value as the runner passes it (`INPUT_<NAME>`), like `core.getInput`, untrimmed. */
export function readInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

/** `::add-mask::`, escaped as core escapes command data. */
export function maskSecret(secret: string): void {
  if (secret.trim() === '') return
  const data = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  process.stdout.write(`::add-mask::${data}${EOL}`)
}

/**
 * Masks a token input as given and as it is sent (without a leading `Bearer `), so that
 * neither form can reach the log.
 */
export function maskTokenInput(name: string): void {
  const raw = readInput(name)
  const forms = new Set([raw, raw.trim(), raw.trim().replace(/^bearer\s+/i, '')])
  for (const form of forms) maskSecret(form)
}

/** A plain log line, as `core.info` writes it. */
export function logLine(line: string): void {
  process.stdout.write(`${line}${EOL}`)
}
