// The runner interactions that happen before @actions/core has loaded: reading the inputs,
// masking the secrets, and failing on an invalid input. All are the runner's documented
// protocol; loading core (~60 ms) is left for while the requests are in flight, and a run that
// stops at its inputs never loads it.
import {writeSync} from 'node:fs'
import {EOL} from 'node:os'

/** An input's value as the runner passes it (`INPUT_<NAME>`), like `core.getInput`, untrimmed. */
export function readInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

/** `::add-mask::`. */
export function maskSecret(secret: string): void {
  if (secret.trim() !== '') writeLine(`::add-mask::${escapeData(secret)}`)
}

/** `::error title=…::message`: an error annotation, as `core.error(message, {title})` writes it. */
export function errorAnnotation(title: string, message: string): void {
  writeLine(`::error title=${escapeProperty(title)}::${escapeData(message)}`)
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
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

/** Masks a URL input that is a secret (`ping-url`) as given and as a URL parser writes it. */
export function maskUrlInput(name: string): void {
  const raw = readInput(name)
  const forms = new Set([raw, raw.trim()])
  try {
    forms.add(new URL(raw.trim()).href)
  } catch {
    // Not a URL: the input check refuses it without quoting it.
  }
  for (const form of forms) maskSecret(form)
}

/** A plain log line, as `core.info` writes it. */
export function logLine(line: string): void {
  writeLine(line)
}

/**
 * Straight to file descriptor 1: creating `process.stdout` (a stream) costs milliseconds that
 * the masking before the first request need not pay. It is as synchronous as the stream is for
 * files and pipes, so the order of lines holds.
 */
function writeLine(line: string): void {
  writeSync(1, `${line}${EOL}`)
}
