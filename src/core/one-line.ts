// Control characters and line separators: a line break in portal text could start a log line
// with `::`, which the runner reads as a workflow command, or break a markdown table row.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

/** The text folded onto one line: each run of control characters becomes one space. */
export function oneLine(value: string): string {
  return value.replace(LINE_BREAKING, ' ')
}
