// The README's portals files (YAML blocks with `portals:`) as a test meets them: each block's
// first comment names where it lives (`# .github/docspace-portals.yml`,
// `# /etc/docspace-backup/portals.yml`); written there (in the sandbox, or a temp folder for a
// repository path) with every example portal replaced by the demo portal, each `token-file` it
// names holding the demo token, and each `token-env` variable set to it.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {load} from 'js-yaml'
import type {CodeBlock} from './readme-examples.js'

export interface PortalsExample {
  /** The path its first comment names. */
  where: string
  text: string
}

/** The YAML blocks that are portals files: top-level keys `portals` and maybe `defaults`. */
export function portalsExamples(blocks: CodeBlock[]): PortalsExample[] {
  return blocks
    .filter(block => block.lang === 'yaml' && isPortalsFile(load(block.text)))
    .map(block => {
      const where = /^#\s*(\S+)/.exec(block.text)?.[1]
      if (!where) throw new Error(`README line ${block.line}: a portals file without its path`)
      return {where, text: block.text}
    })
}

export function isPortalsFile(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.includes('portals') && keys.every(key => key === 'portals' || key === 'defaults')
}

/**
 * Writes `example` at `file` for the demo portal at `portal`; returns the environment its
 * `token-env` variables need.
 */
export function writePortalsExample(
  example: PortalsExample,
  file: string,
  portal: string,
  token: string
): Record<string, string> {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, example.text.replace(/https:\/\/[\w.-]+\.example\.com/g, portal))
  for (const [, tokenFile] of example.text.matchAll(/token-file:\s*(\S+)/g)) {
    const target = path.resolve(path.dirname(file), tokenFile!)
    mkdirSync(path.dirname(target), {recursive: true})
    writeFileSync(target, `${token}\n`, {mode: 0o600})
  }
  const variables = [...example.text.matchAll(/token-env:\s*(\w+)/g)].map(([, name]) => name!)
  return Object.fromEntries(variables.map(name => [name, token]))
}
