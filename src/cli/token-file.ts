// `--token-file PATH` and `--token-file -` (standard input), as curl and restic offer: the token
// stays out of the command line, `ps` and the environment. What is read is a secret: no error
// ever quotes it, only the path it came from.
import {open} from 'node:fs/promises'
import {InputError, messageOf, quoteValue} from '../core/errors.js'

/** Far more than any token (8,192 characters): a file this large was not meant. */
const MAX_BYTES = 64 * 1024

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links'
}

/** The token's text: one trailing line break (and a byte-order mark) dropped. */
export async function readTokenFile(file: string): Promise<string> {
  const bytes = file === '-' ? await readStandardInput() : await readFileBounded(file)
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n$/, '')
}

async function readFileBounded(file: string): Promise<Buffer> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    throw unreadable(file, error)
  }
  try {
    if ((await handle.stat()).isDirectory()) throw unreadable(file, {code: 'EISDIR'})
    const chunks: Buffer[] = []
    let total = 0
    // A pipe (`--token-file <(pass show docspace)`) gives its bytes in pieces.
    for (;;) {
      const {bytesRead, buffer} = await handle.read(Buffer.alloc(MAX_BYTES + 1 - total), 0)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total > MAX_BYTES) throw tooLarge(`--token-file ${quoteValue(file)}`)
    }
    return Buffer.concat(chunks)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw unreadable(file, error)
  } finally {
    await handle.close()
  }
}

async function readStandardInput(): Promise<Buffer> {
  if (process.stdin.isTTY) console.error('Reading the token from standard input (end with Ctrl-D).')
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    total += chunk.length
    if (total > MAX_BYTES) throw tooLarge('standard input (--token-file -)')
  }
  return Buffer.concat(chunks)
}

function unreadable(file: string, error: unknown): InputError {
  const code = (error as {code?: unknown} | null)?.code
  const reason =
    typeof code === 'string' ? `${REASONS[code] ?? messageOf(error)} (${code})` : messageOf(error)
  return new InputError(
    'token-file',
    `Option "--token-file" names a file that cannot be read: ${quoteValue(file)}: ${reason}.`
  )
}

function tooLarge(where: string): InputError {
  return new InputError(
    'token-file',
    `The token in ${where} is over 64 KiB: expected one token (the content is not shown: it is a secret).`
  )
}
