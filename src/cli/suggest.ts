// "Did you mean": the options a mistyped one was probably meant to be. `leven` (MIT, 4 KB, no
// dependencies) measures the edit distance; the rest is how people mistype options.
import {closestMatch} from 'leven'
import {OPTIONS} from './options.js'

/** More candidates than this say nothing: `--no` could be a dozen options. */
const MAX_SUGGESTIONS = 3

/** `--max_age` → `--max-age`; `--portal-url` → `--portal`; `-v` → `-V`; none when nothing is close. */
export function suggestOptions(written: string): string[] {
  if (/^-[^-]$/.test(written)) return shortSuggestion(written.slice(1))
  const names = OPTIONS.flatMap(option =>
    option.kind === 'flag' ? [option.name, `no-${option.name}`] : [option.name]
  )
  // Case and underscores: `--Max_Age` is `--max-age` written another way.
  const normal = written.replace(/^-+/, '').toLowerCase().replace(/_/g, '-')
  if (normal === '') return []
  if (names.includes(normal)) return [`--${normal}`]
  // A word more or less: `--portal-url`, `--verify-timeout-seconds`, `--max`.
  const related = names.filter(
    name => normal.startsWith(`${name}-`) || name.startsWith(`${normal}-`)
  )
  if (related.length > 0)
    return related.length <= MAX_SUGGESTIONS ? related.map(name => `--${name}`) : []
  // A letter or two wrong, missing or extra: `--max-agee`, `--tokne`, `--verfy`.
  const close = closestMatch(normal, names, {maxDistance: normal.length <= 5 ? 1 : 2})
  return close === undefined ? [] : [`--${close}`]
}

function shortSuggestion(letter: string): string[] {
  const option = OPTIONS.find(candidate => candidate.short?.toLowerCase() === letter.toLowerCase())
  return option ? [`-${option.short} (--${option.name})`] : []
}
