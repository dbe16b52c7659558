// The README's monitoring examples name what the CLI has: every metric of the table is one the
// CLI writes (and the other way round), and every option in the examples is one it accepts.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {OPTIONS} from '../../src/cli/options.js'
import {FAMILIES} from '../../src/render/prometheus-metrics.js'
import {codeSpans, section, tables} from './markdown.js'
import {ROOT} from '../support/run-dist.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const monitoring = section(readme, 'Monitoring systems')

describe('README: monitoring systems', () => {
  it('lists exactly the metrics the CLI writes', () => {
    const table = tables(monitoring).find(t => t.header[0] === 'metric')
    const names = table?.rows.flatMap(row => codeSpans(row[0] ?? '')) ?? []
    expect([...names].sort()).toEqual(FAMILIES.map(family => family.name).sort())
  })

  it('uses only options the CLI accepts in its examples', async () => {
    const examples = [...monitoring.matchAll(/^```[a-z0-9]*\n([\s\S]*?)^```$/gm)]
      .map(m => m[1])
      .join('\n')
    const options = [...examples.matchAll(/(?<![\w-])--(?:no-)?([a-z][a-z-]+)/g)].map(m => m[1])
    const known = new Set<string>(OPTIONS.map(option => option.name))
    // node_exporter's own flag, in a comment of the cron example.
    const foreign = ['collector']
    expect(
      options.filter(name => !known.has(name) && !foreign.some(f => name.startsWith(f)))
    ).toEqual([])
    expect(options).toEqual(expect.arrayContaining(['format', 'textfile', 'portal']))
  })
})
