// What the portal said in an error body, in its own words: DocSpace's error envelope
// (`error.message`), or ASP.NET's ProblemDetails (`detail`, else `title`, with a validation
// problem's `errors` per field), at the top of the body or under `response`, where DocSpace puts
// the 400 of request validation (docs/DOCSPACE-API.md). Nothing for any other body.

const MAX_BODY = 1024 * 1024

/** The portal's own words in an error body, or `''`. Not yet redacted nor bounded. */
export function errorBodyWords(body: string): string {
  if (body.length === 0 || body.length > MAX_BODY) return ''
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return ''
  }
  if (!isObject(parsed)) return ''
  const message = isObject(parsed.error) ? parsed.error.message : undefined
  if (typeof message === 'string') return message
  return problemWords(parsed) || (isObject(parsed.response) ? problemWords(parsed.response) : '')
}

/** A ProblemDetails: its detail (else title), then each field's validation errors. */
function problemWords(problem: Record<string, unknown>): string {
  const head = [problem.detail, problem.title].find(text => typeof text === 'string') ?? ''
  const fields = isObject(problem.errors) ? Object.entries(problem.errors) : []
  const errors = fields
    .map(([field, said]) => {
      const texts = (Array.isArray(said) ? said : [said]).filter(text => typeof text === 'string')
      return texts.length > 0 ? `${field}: ${texts.join(' ')}` : ''
    })
    .filter(Boolean)
  return [head, ...errors].filter(Boolean).join(' ')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
