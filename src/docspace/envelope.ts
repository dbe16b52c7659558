// DocSpace's success envelope: {"response": …, "count", "links", "status": 0, "statusCode"}.
// A null payload is omitted altogether (the JSON options drop nulls), so no `response` key
// means "none": no schedule, no job.

/** The payload of a 2xx body, `null` when the envelope has none; a problem sentence otherwise. */
export function payloadOf(text: string): {payload: unknown} | {problem: string} {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // Whole: the message is redacted, then cut to length, so no cut can split a token.
    const start = text.trimStart()
    return {problem: start ? `is not JSON (it starts "${start}")` : 'is empty'}
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {problem: 'is not a DocSpace envelope (a JSON object with "response")'}
  }
  const envelope = parsed as Record<string, unknown>
  if (envelope.status === 1 || isObject(envelope.error)) {
    const message = isObject(envelope.error) ? envelope.error.message : undefined
    return {
      problem: `is an error envelope with status 200${typeof message === 'string' ? `: "${message}"` : ''}`
    }
  }
  // No `response` is "none" only in a DocSpace envelope: `{}` from a proxy is not an answer.
  const isEnvelope =
    'response' in envelope || (envelope.status === 0 && typeof envelope.statusCode === 'number')
  if (!isEnvelope) return {problem: 'is not a DocSpace envelope (a JSON object with "response")'}
  return {payload: envelope.response ?? null}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
