// The heartbeat's inputs. `ping-url` is a secret (whoever has it can fake the heartbeat, or
// silence it): an invalid value is refused without being quoted.
import {PING_PROVIDERS, type PingProvider} from '../core/codes.js'
import {inputError, invalidInput} from '../core/errors.js'
import {isLoopback} from './portal-url.js'

export interface PingSettings {
  /** The URL as given, trimmed: https, or http on a loopback host. */
  url: string
  provider: PingProvider
}

const MAX_URL_LENGTH = 2048

/** `null` when `ping-url` is empty: no heartbeat. */
export function parsePing(urlText: string, providerText: string): PingSettings | null {
  const provider = parsePingProvider(providerText)
  const url = urlText.trim()
  if (url === '') return null
  const refuse = (expected: string): never => {
    throw inputError(
      'ping-url',
      `has an invalid value: expected ${expected} (the value is not shown: it is a secret).`
    )
  }
  if (url.length > MAX_URL_LENGTH) refuse(`a URL of at most ${MAX_URL_LENGTH} characters`)
  if (!/^[\x21-\x7e]+$/.test(url)) refuse('a URL without spaces or line breaks')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return refuse('a URL such as https://hc-ping.com/<uuid>')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    refuse('an https:// URL such as https://hc-ping.com/<uuid>')
  }
  if (parsed.protocol === 'http:' && !isLoopback(parsed.hostname)) {
    refuse('an https:// URL (http:// is only allowed for localhost, 127.0.0.0/8 and ::1)')
  }
  return {url, provider}
}

function parsePingProvider(text: string): PingProvider {
  const value = text.trim() || 'auto'
  const known = PING_PROVIDERS.find(name => name === value.toLowerCase())
  if (known) return known
  throw invalidInput('ping-provider', value, `one of ${PING_PROVIDERS.join(', ')}`)
}
