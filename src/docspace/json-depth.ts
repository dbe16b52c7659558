// How deep a parsed answer nests, found without recursion. JSON.parse takes any depth; what
// walks the value after it (JSON.stringify, redaction, the report) recurses, and a few thousand
// levels overflow the stack. Values kept or quoted whole are checked here first.

/** No DocSpace answer nests more than a handful of levels; this leaves room for new fields. */
export const MAX_JSON_DEPTH = 100

/** Whether `value` has objects or lists more than `limit` levels deep (`{}` is one level). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, level] = next
    if (typeof item !== 'object' || item === null) continue
    if (level > limit) return true
    for (const child of Object.values(item)) {
      if (typeof child === 'object' && child !== null) pending.push([child, level + 1])
    }
  }
  return false
}
