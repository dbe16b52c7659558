// Every example of the README runs, so one that stops working fails the suite. Read from the
// README itself: the shell commands through `sh` with the CLI from dist/ installed in a sandbox
// (the wrapper script too), the cron lines as cron runs them (PATH=/usr/bin:/bin, off the hour,
// absolute paths), the Nagios, Icinga 2 and Zabbix commands as those systems would, the Nagios
// output beside real output, the Prometheus rules through promtool, and each workflow through the
// repository's workflow check, action.yml's inputs and outputs, and the bundled Action itself,
// all against the demo portal (the fake DocSpace), placeholders replaced.
import {execFile, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {archiveBytes} from '../../src/fake-docspace/archive/twins.js'
import {healthyPortal, stalePortal} from '../../src/fake-docspace/scenarios.js'
import {section} from '../repo/markdown.js'
import {checkWorkflow} from '../repo/workflow-schema.js'
import {closeAfterTest, closeServersAfterEach, startFake} from '../support/fake-portal.js'
import {startFakeGitHub} from '../support/fake-github.js'
import {startPingServer} from '../support/ping-server.js'
import {parsePluginOutput} from '../support/plugin-output.js'
import {
  calledThroughPath,
  codeBlocks,
  cronJobs,
  DEMO_TOKEN,
  DEV_LOOP,
  firesOnTheHour,
  makeSandbox,
  type CodeBlock,
  type Sandbox
} from '../support/readme-examples.js'
import {
  action,
  actionSteps,
  asWorkflow,
  outputReferences,
  resolveWith
} from '../support/readme-workflows.js'
import {cleanupRuns, ROOT, runDist} from '../support/run-dist.js'
import {isPortalsFile, portalsExamples, writePortalsExample} from '../support/readme-portals.js'
import {parsePortals} from '../../src/fleet/portals-file.js'

closeServersAfterEach()
afterAll(cleanupRuns)

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const blocks = codeBlocks(readme)
const portals = portalsExamples(blocks)
const of = (...langs: string[]): CodeBlock[] => blocks.filter(block => langs.includes(block.lang))
const at = (block: CodeBlock): string => `README line ${block.line}`
/** In CI a missing judge fails; elsewhere its test is skipped, saying why. */
const IN_CI = !!process.env.CI

let sandbox: Sandbox
beforeAll(() => {
  sandbox = makeSandbox()
  // Scripts (`#!`) are installed where their first comment says, as a reader would.
  for (const block of of('sh').filter(block => block.text.startsWith('#!'))) {
    const target = /^#\s*(\/\S+)/m.exec(block.text)?.[1]
    if (!target) throw new Error(`${at(block)}: a script without its path in a comment`)
    const file = sandbox.localize(target, '')
    writeFileSync(file, sandbox.localize(block.text, ''))
    chmodSync(file, 0o755)
  }
})
afterAll(() => sandbox.remove())

interface ShellRun {
  code: number
  stdout: string
  stderr: string
}

function sh(command: string, env: Record<string, string>, cwd: string): Promise<ShellRun> {
  return new Promise(resolve => {
    execFile('/bin/sh', ['-c', command], {env, cwd, timeout: 60_000}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({code, stdout, stderr})
    })
  })
}

/** A shell's environment with nothing of this one's DOCSPACE_* or npm settings. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: sandbox.root, ...extra}
}

/** The README's portals files that live on the machine (`/etc/…`), for the demo portal; the
 * environment their `token-env` variables need. */
function machinePortals(portal: string): Record<string, string> {
  const onTheMachine = portals.filter(example => example.where.startsWith('/'))
  return Object.assign(
    {},
    ...onTheMachine.map(example =>
      writePortalsExample(example, sandbox.localize(example.where, portal), portal, DEMO_TOKEN)
    )
  ) as Record<string, string>
}

const demoPortal = (state = healthyPortal(new Date())) =>
  startFake({now: new Date(), state, archive: {bytes: archiveBytes('good')}})

describe('the README names only example languages this test runs', () => {
  it('has no code block it would skip', () => {
    const handled = ['sh', 'cron', 'text', 'nagios', 'icinga2', 'ini', 'yaml']
    expect(blocks.filter(block => !handled.includes(block.lang)).map(at)).toEqual([])
    expect(blocks.length).toBeGreaterThan(15)
  })
})

// -------------------------------------------------------------------------------------------
describe('shell examples', () => {
  const scripts = of('sh').filter(block => block.text.startsWith('#!'))
  const commands = of('sh')
    .filter(block => !block.text.startsWith('#!'))
    .flatMap(block =>
      block.text
        .split('\n')
        .map(line => line.replace(/\s+#\s.*$/, '').trim())
        .filter(line => line !== '' && !line.startsWith('#'))
        .map(line => ({block, line}))
    )
  const toRun = commands
    .map(({block, line}) => ({
      block,
      line,
      run: line
        .split('&&')
        .map(part => part.trim())
        .filter(part => !DEV_LOOP.test(part))
        .join(' && ')
    }))
    .filter(command => command.run !== '')

  it('run something, and leave out only the dev loop (npm ci, npm test, npm run all…)', () => {
    expect(toRun.length).toBeGreaterThanOrEqual(3)
    const skipped = commands.flatMap(({line}) =>
      line
        .split('&&')
        .map(part => part.trim())
        .filter(part => DEV_LOOP.test(part))
    )
    const allowed = ['npm ci', 'npm test', 'npm run all', 'npm run bundle', 'npm run bench']
    expect(skipped.filter(part => !allowed.includes(part))).toEqual([])
  })

  it.each(toRun.map(command => [at(command.block), command.line, command.run] as const))(
    '%s: %s',
    async (_where, _line, run) => {
      const fake = await demoPortal()
      sandbox.giveTokenFiles(run)
      const env = cleanEnv(machinePortals(fake.url))
      const result = await sh(sandbox.localize(run, fake.url), env, ROOT)
      expect(result.code, result.stdout + result.stderr).toBe(0)
    }
  )

  it.each(scripts.map(block => [at(block)] as const))(
    '%s: the script calls the CLI by its absolute path',
    where => {
      const block = scripts.find(script => at(script) === where)!
      expect(calledThroughPath(block.text.replace(/^#.*$/gm, ''))).toEqual([])
    }
  )
})

// -------------------------------------------------------------------------------------------
describe('cron lines, as cron runs them', () => {
  const jobs = of('cron').flatMap(block => cronJobs(block.text).map(job => ({block, job})))
  const CRON_ENV = () => cleanEnv({PATH: '/usr/bin:/bin', SHELL: '/bin/sh'})

  it('exist', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(2)
  })

  it.each(jobs.map(({block, job}) => [at(block), job.minute, job] as const))(
    '%s (minute %s): off the hour, the tool by its absolute path, silent when healthy, heard when not',
    async (_where, minute, job) => {
      expect(firesOnTheHour(minute), `minute field "${minute}"`).toBe(false)
      expect(calledThroughPath(job.command)).toEqual([])

      const healthy = await demoPortal()
      machinePortals(healthy.url)
      const quiet = await sh(sandbox.localize(job.command, healthy.url), CRON_ENV(), sandbox.root)
      // Cron mails whatever a job prints: a healthy run prints nothing.
      expect(quiet, 'healthy run').toEqual({code: 0, stdout: '', stderr: ''})

      const stale = await demoPortal(stalePortal(new Date()))
      machinePortals(stale.url)
      const command = sandbox.localize(job.command, stale.url)
      const heard = await sh(command, CRON_ENV(), sandbox.root)
      const textfile = / --textfile (\S+)/.exec(command)?.[1]
      if (textfile) {
        expect(readFileSync(textfile, 'utf8')).toMatch(/^docspace_backup_healthy\{[^}]*\} 0$/m)
      } else {
        expect(heard.stdout + heard.stderr).toMatch(/DocSpace backups unhealthy/i)
      }
    }
  )
})

// -------------------------------------------------------------------------------------------
describe('monitoring systems’ commands', () => {
  it('Nagios: the command_line with $ARG1$ from check_command is an OK plugin', async () => {
    const [block] = of('nagios')
    const commandLine = /^\s*command_line\s+(.+)$/m.exec(block!.text)?.[1] ?? ''
    const arg1 = /^\s*check_command\s+\S+?!(\S+)$/m.exec(block!.text)?.[1] ?? ''
    const fake = await demoPortal()
    const command = sandbox.localize(commandLine.replaceAll('$ARG1$', arg1), fake.url)
    const run = await sh(command, cleanEnv(), sandbox.root)
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(parsePluginOutput(run.stdout).state).toBe('OK')
  })

  it('Icinga 2: the CheckCommand, its arguments resolved from the host’s vars, is an OK plugin', async () => {
    const [block] = of('icinga2')
    const text = block!.text
    const command = JSON.parse(`[${/command = \[([^\]]*)\]/.exec(text)?.[1] ?? ''}]`) as string[]
    const fake = await demoPortal()
    const macros: Record<string, string> = {docspace_portal: fake.url}
    const argv = [...command]
    for (const [, name, inBlock, plain] of text.matchAll(
      /^\s*"(--[\w-]+)" = (?:\{ value = "([^"]*)"[^}]*\}|"([^"]*)")/gm
    )) {
      const value = (inBlock ?? plain ?? '').replace(/\$(\w+)\$/g, (_, macro: string) => {
        return macros[macro] ?? ''
      })
      // Icinga leaves out an argument whose value resolves to nothing.
      if (value !== '') argv.push(name!, value)
    }
    const [program = '', ...args] = argv.map(word => sandbox.localize(word, fake.url))
    // Asynchronous: the demo portal answers from this process.
    const run = await new Promise<ShellRun>(resolve => {
      execFile(program, args, {env: cleanEnv(), timeout: 60_000}, (error, stdout, stderr) => {
        resolve({code: error ? Number(error.code ?? -1) : 0, stdout, stderr})
      })
    })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(parsePluginOutput(run.stdout).state).toBe('OK')
    expect(argv).toContain('--portal')
  })

  it('Zabbix: the UserParameter prints the JSON report, whose JSONPaths the README names', async () => {
    const [block] = of('ini')
    const command = /^UserParameter=[^,]+,(.+)$/m.exec(block!.text)?.[1] ?? ''
    const fake = await demoPortal()
    const healthy = await sh(
      sandbox.localize(command.replaceAll('$1', fake.url), fake.url),
      cleanEnv(),
      sandbox.root
    )
    expect(healthy.code).toBe(0)
    const unreachable = await sh(
      sandbox.localize(command.replaceAll('$1', 'http://127.0.0.1:9'), fake.url),
      cleanEnv(),
      sandbox.root
    )
    expect(unreachable.code).toBe(0)
    const reports = [JSON.parse(healthy.stdout), JSON.parse(unreachable.stdout)] as unknown[]
    expect((reports[0] as {status: string}).status).toBe('healthy')
    const zabbix = section(readme, 'Zabbix: `--format json`')
    const paths = [...zabbix.matchAll(/`\$\.([\w.]+)`/g)].map(([, found]) => found!)
    expect(paths.length).toBeGreaterThanOrEqual(5)
    for (const jsonPath of paths) {
      const found = reports.some(report =>
        jsonPath.split('.').reduce<unknown>((value, key) => (value as never)?.[key], report)
      )
      expect(found, `$.${jsonPath}`).not.toBe(undefined)
    }
  })

  it('the Nagios output shown is real output, line for line (figures aside), up to its “…”', async () => {
    const shown = of('text').find(block => block.text.startsWith('DOCSPACE BACKUP'))!
    const fake = await demoPortal(stalePortal(new Date()))
    const run = await sh(
      `'${sandbox.cli}' --portal '${fake.url}' --format nagios`,
      cleanEnv({DOCSPACE_TOKEN: DEMO_TOKEN}),
      sandbox.root
    )
    const host = new URL(fake.url).host
    const shape = (line: string) =>
      line.replaceAll(host, 'portal.example.com').replace(/\d+(\.\d+)?/g, '#')
    const example = shown.text.split('\n')
    const cut = example.indexOf('…')
    const lines = cut === -1 ? example : example.slice(0, cut)
    expect(lines.map(shape)).toEqual(run.stdout.split('\n').slice(0, lines.length).map(shape))
  })
})

// -------------------------------------------------------------------------------------------
describe('YAML examples', () => {
  const yaml = of('yaml').map(block => ({block, parsed: load(block.text) as unknown}))
  const workflows = yaml.flatMap(({block, parsed}) => {
    const workflow = asWorkflow(parsed)
    return workflow ? [{block, workflow}] : []
  })
  const others = yaml.filter(({parsed}) => asWorkflow(parsed) === null && !isPortalsFile(parsed))
  const isConfig = (parsed: unknown) => Object.hasOwn(parsed as object, 'scrape_configs')
  const rules = others.filter(({parsed}) => !isConfig(parsed))
  const configs = others.filter(({parsed}) => isConfig(parsed))

  it('are workflows, portals files, Prometheus rules, or a Prometheus configuration', () => {
    expect(portals.length).toBeGreaterThanOrEqual(1)
    expect(workflows.length).toBeGreaterThanOrEqual(8)
    for (const {block, parsed} of rules) {
      expect(Object.keys(parsed as object), at(block)).toEqual(['groups'])
    }
    expect(configs.length).toBeGreaterThanOrEqual(1)
  })

  const promtool = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map(dir => path.join(dir, 'promtool'))
    .find(existsSync)
  const judged = promtool !== undefined || IN_CI
  it.skipIf(!judged).each(rules.map(({block}) => [at(block), block] as const))(
    judged
      ? '%s: the alerting rules pass promtool check rules'
      : '%s: skipped, promtool is not on PATH (Debian package prometheus)',
    (_where, block) => {
      const file = path.join(sandbox.root, `rules-${block.line}.yml`)
      writeFileSync(file, block.text)
      const run = spawnSync(promtool ?? 'promtool', ['check', 'rules', file], {encoding: 'utf8'})
      expect(run.status, run.stdout + run.stderr).toBe(0)
    }
  )

  it.skipIf(!judged).each(configs.map(({block}) => [at(block), block] as const))(
    judged
      ? '%s: the configuration passes promtool check config, its rules being the shipped ones'
      : '%s: skipped, promtool is not on PATH (Debian package prometheus)',
    (_where, block) => {
      // Each rule file it names is contrib/prometheus/alerts.yml, as the comment beside it says.
      const shipped = path.join(ROOT, 'contrib', 'prometheus', 'alerts.yml')
      expect(block.text).toContain('contrib/prometheus/alerts.yml')
      const text = block.text.replace(/^(\s+- )\/\S+\.yml/gm, `$1${shipped}`)
      const file = path.join(sandbox.root, `prometheus-${block.line}.yml`)
      writeFileSync(file, text)
      const run = spawnSync(promtool ?? 'promtool', ['check', 'config', file], {encoding: 'utf8'})
      expect(run.stdout + run.stderr).toContain('SUCCESS: 6 rules found')
      expect(run.status, run.stdout + run.stderr).toBe(0)
    }
  )

  it.each(portals.map(example => [example.where, example] as const))(
    'the portals file %s is accepted whole by the portals file reader',
    (where, example) => {
      const env = Object.fromEntries(
        [...example.text.matchAll(/token-env:\s*(\w+)/g)].map(([, name]) => [name!, DEMO_TOKEN])
      )
      const text = example.text.replace(/token-file:\s*\S+/g, 'token-env: DOCSPACE_TOKEN')
      const fleet = parsePortals(text, where, {...env, DOCSPACE_TOKEN: DEMO_TOKEN})
      expect(fleet.portals.length).toBeGreaterThanOrEqual(2)
    }
  )

  it.each(workflows.map(({block, workflow}) => [at(block), workflow] as const))(
    '%s: passes the workflow check; its inputs and outputs are action.yml’s',
    (_where, workflow) => {
      expect(checkWorkflow(workflow)).toEqual([])
      const steps = actionSteps(workflow)
      expect(steps.length).toBeGreaterThanOrEqual(1)
      const required = Object.entries(action.inputs).filter(([, spec]) => spec.required)
      for (const step of steps) {
        expect(Object.keys(step.with).filter(name => !(name in action.inputs))).toEqual([])
        for (const [name] of required) expect(step.with, name).toHaveProperty(name)
      }
      const ours = new Set(steps.map(step => step.id).filter(Boolean))
      const jobs = workflow.jobs as Record<string, {outputs?: Record<string, string>}>
      for (const reference of outputReferences(workflow)) {
        if (reference.kind === 'steps' && ours.has(reference.from)) {
          expect(action.outputs, `steps.${reference.from}`).toHaveProperty(reference.name)
        }
        if (reference.kind === 'needs') {
          expect(jobs[reference.from]?.outputs ?? {}).toHaveProperty(reference.name)
        }
      }
    }
  )

  it.each(workflows.map(({block, workflow}) => [at(block), workflow] as const))(
    '%s: each step of this action is healthy on the demo portal in the bundled Action',
    async (_where, workflow) => {
      for (const step of actionSteps(workflow)) {
        const fake = await startFake({
          now: new Date(),
          state: healthyPortal(new Date()),
          archive: {bytes: archiveBytes('good')},
          startBackup: {outcome: 'complete', pollsToComplete: 1}
        })
        const ping = closeAfterTest(await startPingServer())
        const githubToken = `ghs_${'0'.repeat(36)}`
        const github = closeAfterTest(await startFakeGitHub({token: githubToken}))
        const inputs = resolveWith(step, input =>
          input === 'ping-url'
            ? `${ping.origin}/ping/9c1d7e2a-4b3f-4a5e-8d6c-1f2e3a4b5c6d`
            : input === 'github-token'
              ? githubToken
              : DEMO_TOKEN
        )
        if (inputs.config !== undefined) {
          // A portals file of the repository: the README's example of that path.
          const example = portals.find(candidate => candidate.where === inputs.config)
          expect(example, `a portals file example at ${inputs.config}`).toBeDefined()
          const file = path.join(sandbox.root, 'repository', inputs.config)
          Object.assign(step.env, writePortalsExample(example!, file, fake.url, DEMO_TOKEN))
          inputs.config = file
        } else {
          expect(inputs.portal, 'an example portal').toMatch(/^https:\/\/[\w.-]+\.example(\.com)?$/)
          inputs.portal = fake.url
        }
        // The runner gives the default `${{ github.token }}` its value.
        inputs['github-token'] ??= githubToken
        // A CA file on the reader's runner; the proxy variables stay (loopback bypasses them).
        const {NODE_EXTRA_CA_CERTS: _file, ...given} = step.env
        // Secrets in `env:` (a portals file's tokens): the demo's token.
        const env = Object.fromEntries(
          Object.entries(given).map(([name, value]) => [
            name,
            value.replace(/\$\{\{\s*secrets\.\w+\s*\}\}/g, DEMO_TOKEN)
          ])
        )
        const run = await runDist(inputs, {
          env: {...env, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'o/r'},
          timeoutMs: 60_000
        })
        expect(run.outputs.status, run.stdout).toBe('healthy')
        // A shard of the README's portals file holds a portal: the check is not empty.
        if (inputs.config)
          expect(JSON.parse(run.outputs.report)).not.toMatchObject({counts: {total: 0}})
        expect(run.code).toBe(0)
        if (inputs.verify === 'true') expect(run.outputs.verified).toBe('true')
        if (inputs['ping-url']) expect(ping.requests).toHaveLength(1)
        if (inputs.issue === 'true') expect(github.requests.length).toBeGreaterThanOrEqual(1)
      }
    }
  )
})
