// The forms in which a portal may echo a secret besides the secret itself: base64, in the
// standard and the URL-safe alphabets, whole (with or without `=` padding, alone or as
// `Bearer <secret>`) or inside a longer base64 string (a header, `user:secret`). Percent-encoding
// is not a form here: the redaction decodes it in its copy of the text (redact.ts).

/** Fewer base64 characters than this are too likely in unrelated text to count on their own. */
const MIN_FRAGMENT = 8

/** Every string whose presence in a text betrays `secret`, the secret itself first. */
export function secretForms(secret: string): string[] {
  if (secret === '') return []
  const bytes = Buffer.from(secret, 'utf8')
  const forms = new Set([secret])
  const add = (base64: string) => {
    if (base64 === '') return
    forms.add(base64)
    forms.add(base64.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  for (const whole of [bytes, Buffer.concat([Buffer.from('Bearer '), bytes])]) {
    add(whole.toString('base64').replace(/=+$/, ''))
  }
  // Inside a longer string the secret starts at one of three offsets (mod 3 bytes), and only
  // the characters that encode its bytes alone are the same whatever surrounds it.
  for (let shift = 0; shift < 3; shift++) {
    const fragment = alignedFragment(bytes, shift)
    if (fragment.length >= MIN_FRAGMENT) add(fragment)
  }
  return [...forms]
}

/** The base64 characters that encode nothing but `bytes` when `shift` other bytes precede them. */
function alignedFragment(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64')
  const first = Math.ceil((8 * shift) / 6)
  const end = Math.floor((8 * (shift + bytes.length)) / 6)
  return encoded.slice(first, end)
}
