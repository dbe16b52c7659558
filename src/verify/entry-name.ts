// Entry names as DocSpace's restore sees them, and as messages show them.

/** Characters of a name a message quotes; the rest is cut (a name may be up to 1 MiB). */
const SHOWN = 160

/** A name for a message: quoted, and cut with `…` when long. */
export function quoted(name: string): string {
  return JSON.stringify(name.length > SHOWN ? `${name.slice(0, SHOWN)}…` : name)
}

/**
 * The path restore extracts an entry to, relative to its folder: `\` read as `/`, a leading `/`
 * dropped (as SharpZipLib drops a rooted name's root), `.` and empty segments gone, `..` applied.
 * `null` when `..` climbs out of the folder, which SharpZipLib refuses ("Parent traversal in
 * paths is not allowed"), failing the restore.
 */
export function restorePath(name: string): string | null {
  const parts: string[] = []
  for (const part of name.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part !== '..') parts.push(part)
    else if (parts.pop() === undefined) return null
  }
  return parts.join('/')
}
