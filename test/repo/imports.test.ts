// The import graph of src/: no cycles, and every import allowed by the layer table of
// docs/ARCHITECTURE.md ("Layers"), which must name every module. Imports are read by the
// TypeScript compiler (static, `export … from`, `import type`, dynamic `import()` and
// `typeof import()`), so comments and strings never count.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {codeSpans, headings, section, tables} from './markdown.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Every .ts file under src/, as `src/…` paths. */
function sourceFiles(folder = 'src'): string[] {
  return readdirSync(path.join(repoRoot, folder), {withFileTypes: true}).flatMap(entry => {
    const relative = `${folder}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(relative)
    return entry.name.endsWith('.ts') ? [relative] : []
  })
}

/** The src/ files a module imports (relative imports only; packages and node: are not src/). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8')
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(imported => imported.fileName)
    .filter(name => name.startsWith('.'))
    .map(name => path.posix.join(path.posix.dirname(file), name).replace(/\.js$/, '.ts'))
}

/** The cycles of a graph: its strongly connected components with more than one module, or a
 * module that imports itself (Tarjan's algorithm). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}

interface Layer {
  name: string
  /** `src/time/` (a folder and everything in it) or `src/check.ts` (one file). */
  modules: string[]
  mayImport: string[]
}

/** The layer table: `| layer | modules | may import |`, names and modules as `code`. */
function layerTable(): Layer[] {
  const architecture = readFileSync(path.join(repoRoot, 'docs/ARCHITECTURE.md'), 'utf8')
  const table = tables(section(architecture, 'Layers')).find(
    candidate => candidate.header.join('|') === 'layer|modules|may import'
  )
  if (!table) throw new Error('docs/ARCHITECTURE.md: no "layer | modules | may import" table')
  return table.rows.map(row => ({
    name: codeSpans(row[0])[0],
    modules: codeSpans(row[1]),
    mayImport: codeSpans(row[2])
  }))
}

const files = sourceFiles()
const graph = new Map(files.map(file => [file, importsOf(file)]))
const layers = layerTable()

/** The layer a file belongs to: the most specific module entry that holds it. */
function layerOf(file: string): Layer | undefined {
  let best: {layer: Layer; length: number} | undefined
  for (const layer of layers) {
    for (const module of layer.modules) {
      const holds = module.endsWith('/') ? file.startsWith(module) : file === module
      if (holds && module.length > (best?.length ?? -1)) best = {layer, length: module.length}
    }
  }
  return best?.layer
}

describe('the import graph of src/', () => {
  it('reads the imports of a module, dynamic and type-only ones included', () => {
    expect(importsOf('src/check.ts')).toContain('src/start-backup/index.ts')
    expect(importsOf('src/main.ts')).toContain('src/action/report-step.ts')
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']]
        ])
      )
    ).toEqual([['a', 'b', 'c']])
    expect(cyclesOf(new Map([['a', ['a']]]))).toEqual([['a']])
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', []]
        ])
      )
    ).toEqual([])
  })

  it('imports only modules that exist', () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter(target => !existsSync(path.join(repoRoot, target))).map(t => `${file} → ${t}`)
    )
    expect(missing).toEqual([])
  })

  it('has no import cycle', () => {
    expect(cyclesOf(graph)).toEqual([])
  })

  it('puts every module of src/ in exactly one layer of docs/ARCHITECTURE.md', () => {
    expect(files.filter(file => !layerOf(file))).toEqual([])
    const stale = layers.flatMap(layer =>
      layer.modules.filter(module => !existsSync(path.join(repoRoot, module)))
    )
    expect(stale).toEqual([])
    const names = layers.map(layer => layer.name)
    expect(new Set(names).size).toBe(names.length)
    const unknown = layers.flatMap(layer => layer.mayImport.filter(name => !names.includes(name)))
    expect(unknown).toEqual([])
  })

  it('imports across layers only as the layer table allows', () => {
    const leaks = [...graph].flatMap(([file, imports]) => {
      const from = layerOf(file)!
      return imports
        .filter(target => {
          const to = layerOf(target)
          return to && to !== from && !from.mayImport.includes(to.name)
        })
        .map(target => `${file} (${from.name}) → ${target} (${layerOf(target)!.name})`)
    })
    expect(leaks).toEqual([])
  })

  it('names every module of src/ under "Modules" in docs/ARCHITECTURE.md, and no module that is gone', () => {
    const architecture = readFileSync(path.join(repoRoot, 'docs/ARCHITECTURE.md'), 'utf8')
    const modules = section(architecture, 'Modules')
    const named = headings(modules).flatMap(title => {
      const folder = codeSpans(title)[0] ?? ''
      return tables(section(modules, title)).flatMap(table =>
        table.rows.flatMap(row => codeSpans(row[0]).map(name => folder + name))
      )
    })
    expect(named.filter(name => !files.includes(name))).toEqual([])
    expect(files.filter(file => !named.includes(file))).toEqual([])
  })

  it("keeps src/ to its entry points: every other module lives in a layer's folder", () => {
    expect(files.filter(file => !file.slice('src/'.length).includes('/')).sort()).toEqual([
      'src/check.ts',
      'src/index.ts',
      'src/main.ts'
    ])
  })

  it("gives every name one import path: only a folder's index.ts re-exports", () => {
    const reexporting = files.filter(file => {
      if (file.endsWith('/index.ts')) return false
      const source = ts.createSourceFile(
        file,
        readFileSync(path.join(repoRoot, file), 'utf8'),
        ts.ScriptTarget.Latest
      )
      return source.statements.some(
        statement => ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined
      )
    })
    expect(reexporting).toEqual([])
  })
})
