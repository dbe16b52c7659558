// Portal strings written to break out of the summary and the log: raw HTML, a table break,
// emphasis, a link, a workflow command on its own line, a mention.
export const HOSTILE_FILE_NAME = '<img src=x onerror=alert(1)>|**x**[a](http://e)'
export const HOSTILE_MESSAGE = 'Disk full\n::set-output name=healthy::true\r\n@everyone <b>now</b>'

/** Lines that a runner would read as a workflow command (`::name ...::`). */
export function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).filter(line => line.trimStart().startsWith('::'))
}
