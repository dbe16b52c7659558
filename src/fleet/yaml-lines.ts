// The portals file read once as YAML events (JSON is YAML): its value, and the line of every key
// and list item by its path (`portals`, 3, `max-age`), so that a refusal can point at the line.
// js-yaml's load() keeps no positions; its event stream has each node's offset in the text.
import {constructFromEvents, EVENT_ID, getScalarValue, parseEvents, YAMLException} from 'js-yaml'
import type {Event} from 'js-yaml'

export type YamlPath = readonly (string | number)[]

export interface LoadedYaml {
  value: unknown
  /** The line (from 1) of the key or list item at `path`; undefined when unknown. */
  lineOf(path: YamlPath): number | undefined
}

/** A YAML syntax error: the parser's reason and, when it gives one, the line (from 1). */
export class YamlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | undefined
  ) {
    super(reason)
    this.name = 'YamlSyntaxError'
  }
}

interface Frame {
  path: YamlPath
  mapping: boolean
  /** In a mapping: whether the next node is a key. */
  expectingKey: boolean
  key: string
  /** In a sequence: the index of the next item. */
  next: number
}

export function loadWithLines(text: string): LoadedYaml {
  let events: Event[]
  let documents: unknown[]
  try {
    events = parseEvents(text, {})
    documents = constructFromEvents(events, {source: text})
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    const line = error.mark?.line
    throw new YamlSyntaxError(error.reason, line === undefined ? undefined : line + 1)
  }
  if (documents.length > 1) throw new YamlSyntaxError('expected one document, found more', 1)
  const lines = new Map<string, number>()
  const lineAt = lineFinder(text)
  const stack: Frame[] = []
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({path: [], mapping: false, expectingKey: false, key: '', next: 0})
      continue
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop()
      continue
    }
    const parent = stack.at(-1)
    const offset =
      event.type === EVENT_ID.SCALAR ? event.valueStart : 'start' in event ? event.start : -1
    let path: YamlPath | null = parent?.path ?? []
    if (parent?.mapping && parent.expectingKey) {
      // A key: its line is the entry's line. A key that is itself a collection has no path.
      parent.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '\0'
      if (offset >= 0) lines.set(keyOf([...parent.path, parent.key]), lineAt(offset))
      parent.expectingKey = false
      path = null
    } else if (parent?.mapping) {
      path = [...parent.path, parent.key]
      parent.expectingKey = true
    } else if (parent && stack.length > 1) {
      path = [...parent.path, parent.next++]
      if (offset >= 0) lines.set(keyOf(path), lineAt(offset))
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const mapping = event.type === EVENT_ID.MAPPING
      stack.push({path: path ?? ['\0'], mapping, expectingKey: mapping, key: '', next: 0})
    }
  }
  return {value: documents[0], lineOf: path => lines.get(keyOf(path))}
}

function keyOf(path: YamlPath): string {
  return path.join('\0')
}

/** Offset → line (from 1), by a binary search over where each line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return offset => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
