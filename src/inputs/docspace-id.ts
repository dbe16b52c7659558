// A DocSpace folder or file id as it goes into a URL path with the token: a number, or a
// third-party id (`sbox-7-f00d`), never a path or anything a URL would read differently. One rule
// for an id typed as an input (`verify-folder`) and one read from the portal (the schedule's
// `folderId`, a Files entry's `id`).

// eslint-disable-next-line no-control-regex -- control characters are never part of an id
const NOT_IN_AN_ID = /[/\\?#%\s\u0000-\u001f\u007f]|\.\./

/** What an id may not hold, for "expected …" messages. */
export const ID_EXPECTED =
  'the id of a DocSpace folder or room, such as 1234 (no /, \\, . or .., spaces, ?, # or %)'

export function isDocSpaceId(value: string | number): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0
  return value !== '' && value !== '.' && value.length <= 200 && !NOT_IN_AN_ID.test(value)
}
