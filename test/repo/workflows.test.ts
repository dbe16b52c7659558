// The workflows and dependabot.yml pass a small schema check of their own (workflow-schema.ts).
// Offline: files only. (@action-validator/core was considered: GPL-3.0, and its schema refuses
// `runs.using: node24`.)
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {checkDependabot, checkUses, checkWorkflow} from './workflow-schema.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const workflowDir = path.join(repoRoot, '.github/workflows')
const workflowFiles = readdirSync(workflowDir)
  .filter(file => /\.ya?ml$/.test(file))
  .sort()
const readText = (file: string): string => readFileSync(file, 'utf8')
const parse = (file: string): unknown => load(readText(file), {filename: file})

describe('workflows', () => {
  it('exist', () => {
    expect(workflowFiles).toContain('ci.yml')
    expect(workflowFiles).toContain('check-dist.yml')
  })

  it.each(workflowFiles)('%s passes the schema check', file => {
    expect(checkWorkflow(parse(path.join(workflowDir, file)))).toEqual([])
  })

  it.each(workflowFiles)('%s runs only local actions that exist', file => {
    const text = readText(path.join(workflowDir, file))
    for (const [, local] of text.matchAll(/^\s*(?:-\s+)?uses:\s*['"]?(\.\/[^\s'"]*)/gm)) {
      const dir = path.join(repoRoot, local)
      const found = ['action.yml', 'action.yaml'].some(name => existsSync(path.join(dir, name)))
      expect(found || existsSync(dir), local).toBe(true)
    }
  })

  it.each(workflowFiles)('%s reads .node-version when it sets up Node.js', file => {
    const text = readText(path.join(workflowDir, file))
    if (!text.includes('actions/setup-node')) return
    expect(text).toMatch(/node-version-file:\s*\.node-version/)
    expect(existsSync(path.join(repoRoot, '.node-version'))).toBe(true)
  })
})

describe('.github/dependabot.yml', () => {
  const file = path.join(repoRoot, '.github/dependabot.yml')
  const config = parse(file)

  it('passes the schema check', () => {
    expect(checkDependabot(config)).toEqual([])
  })

  it('updates npm and the GitHub Actions the workflows use', () => {
    const ecosystems = (config as {updates: {'package-ecosystem': string}[]}).updates.map(
      update => update['package-ecosystem']
    )
    expect(ecosystems).toContain('npm')
    expect(ecosystems).toContain('github-actions')
  })
})

describe('the schema check itself', () => {
  const workflow = (steps: string, job = 'runs-on: ubuntu-latest\n    steps:'): unknown =>
    load(`on: push\npermissions: {}\njobs:\n  a:\n    ${job}\n${steps}`)

  it('accepts a minimal workflow', () => {
    expect(
      checkWorkflow(workflow('      - uses: actions/checkout@v5\n      - run: npm ci'))
    ).toEqual([])
  })

  it('refuses a step with both or neither of uses and run', () => {
    expect(checkWorkflow(workflow('      - uses: actions/checkout@v5\n        run: x'))).toEqual([
      'jobs.a.steps[0]: needs exactly one of "uses" and "run"'
    ])
    expect(checkWorkflow(workflow('      - name: nothing'))).toEqual([
      'jobs.a.steps[0]: needs exactly one of "uses" and "run"'
    ])
  })

  it('refuses a job without runs-on, and one without steps', () => {
    expect(checkWorkflow(workflow('      - run: x', 'steps:'))).toEqual([
      'jobs.a: "runs-on" is missing'
    ])
    expect(checkWorkflow(workflow('', 'runs-on: ubuntu-latest'))).toEqual([
      'jobs.a: "steps" is not a list'
    ])
  })

  it('refuses a workflow without on, without jobs, or with an unknown key', () => {
    expect(checkWorkflow(load('jobs: {}\npermissions: {}\nonn: push'))).toEqual([
      'unknown top-level key "onn"',
      '"on" is missing',
      '"jobs" is empty'
    ])
  })

  it('refuses unknown events, keys, and broken cron', () => {
    const problems = checkWorkflow(
      load(
        [
          'on:',
          '  pushh:',
          '  schedule:',
          "    - cron: '0 7 * *'",
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    permissions: {}',
          '    step: []',
          '    steps:',
          '      - run: x',
          '        uses-with: y'
        ].join('\n')
      )
    )
    expect(problems).toEqual([
      'on: unknown event "pushh"',
      'on.schedule[0]: cron is not five fields',
      'jobs.a: unknown key "step"',
      'jobs.a.steps[0]: unknown key "uses-with"'
    ])
  })

  it('wants permissions, known needs and earlier step ids', () => {
    const problems = checkWorkflow(
      load(
        [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    needs: [b]',
          '    steps:',
          '      - run: echo ${{ steps.later.outputs.x }} ${{ needs.c.outputs.y }}',
          '      - id: later',
          '        run: x'
        ].join('\n')
      )
    )
    expect(problems).toEqual([
      'jobs.a: needs unknown job "b"',
      'jobs.a: refers to "needs.c" not in needs',
      'jobs.a: no "permissions" (here or at the top of the workflow)',
      'jobs.a.steps[0]: refers to "steps.later", no earlier step'
    ])
  })

  it('wants actions pinned to a version tag or a commit SHA', () => {
    expect(checkUses('actions/checkout@v5', 's')).toEqual([])
    expect(checkUses('actions/checkout@v4.2.2', 's')).toEqual([])
    expect(checkUses(`actions/checkout@${'a1'.repeat(20)}`, 's')).toEqual([])
    expect(checkUses('github/codeql-action/init@v3', 's')).toEqual([])
    expect(checkUses('./', 's')).toEqual([])
    expect(checkUses('docker://alpine:3.20', 's')).toEqual([])
    expect(checkUses('actions/checkout@main', 's')).toEqual([
      's: "uses: actions/checkout@main" is not pinned to a version tag (v1, v1.2.3) or a commit SHA'
    ])
    expect(checkUses('actions/checkout', 's')).toEqual([
      's: "uses: actions/checkout" is not owner/repo[/path]@ref'
    ])
  })

  it('checks dependabot.yml', () => {
    expect(
      checkDependabot(
        load(
          [
            'version: 1',
            'updates:',
            '  - package-ecosystem: npmm',
            '    schedule: {interval: hourly}',
            '    groups:',
            '      all: {dependency-type: dev}'
          ].join('\n')
        )
      )
    ).toEqual([
      '"version" is not 2',
      'updates[0]: unknown "package-ecosystem" "npmm"',
      'updates[0]: needs exactly one of "directory" and "directories"',
      'updates[0]: "schedule.interval" is not one of daily, weekly, monthly, quarterly, semiannually, yearly, cron',
      'updates[0].groups.all: "dependency-type" is not development or production'
    ])
  })
})
