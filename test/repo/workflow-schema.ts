// A small schema check of GitHub workflow files and dependabot.yml: the structure GitHub needs
// (on, jobs, runs-on, steps with `uses` xor `run`), the keys it knows, and the repository's own
// rules (actions pinned to a version tag or a commit SHA, explicit permissions, references to
// steps and jobs that exist). Each check returns a list of problems, `[]` when there is none, so
// a failing test says where and what.

type Json = unknown
type Doc = Record<string, Json>

const isObject = (value: Json): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const unknownKeys = (value: Doc, allowed: readonly string[]): string[] =>
  Object.keys(value).filter(key => !allowed.includes(key))

const WORKFLOW_KEYS = [
  'name',
  'run-name',
  'on',
  'permissions',
  'env',
  'defaults',
  'concurrency',
  'jobs'
] as const

const JOB_KEYS = [
  'name',
  'needs',
  'permissions',
  'runs-on',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'if',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
  'uses',
  'with',
  'secrets'
] as const

/** The keys a job that calls a reusable workflow (`jobs.<id>.uses`) may have. */
const CALLER_JOB_KEYS = [
  'name',
  'needs',
  'permissions',
  'if',
  'uses',
  'with',
  'secrets',
  'strategy',
  'concurrency'
] as const

const STEP_KEYS = [
  'id',
  'if',
  'name',
  'uses',
  'run',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
  'working-directory'
] as const

const EVENTS = [
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'issue_comment',
  'issues',
  'label',
  'merge_group',
  'milestone',
  'page_build',
  'public',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'pull_request_target',
  'push',
  'registry_package',
  'release',
  'repository_dispatch',
  'schedule',
  'status',
  'watch',
  'workflow_call',
  'workflow_dispatch',
  'workflow_run'
] as const

const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/
/** A version tag (`v5`, `v4.2`, `v1.2.3`) or a full commit SHA. */
const PINNED_REF = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/

/** Problems with a `uses:` reference: local (`./…`), `docker://…`, or `owner/repo[/path]@ref`
 * with `ref` a version tag or a commit SHA (never a branch such as `main`). */
export function checkUses(uses: Json, where: string): string[] {
  if (typeof uses !== 'string' || uses.trim() === '') return [`${where}: "uses" is not a string`]
  if (uses.startsWith('./') || uses.startsWith('docker://')) return []
  const match = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(\/[^@]+)?@([^@\s]+)$/.exec(uses)
  if (!match) return [`${where}: "uses: ${uses}" is not owner/repo[/path]@ref`]
  if (!PINNED_REF.test(match[3])) {
    return [`${where}: "uses: ${uses}" is not pinned to a version tag (v1, v1.2.3) or a commit SHA`]
  }
  return []
}

function checkOn(on: Json): string[] {
  if (on === undefined) return ['"on" is missing']
  const events =
    typeof on === 'string' ? [on] : Array.isArray(on) ? on : isObject(on) ? Object.keys(on) : null
  if (events === null || events.length === 0) return ['"on" names no event']
  const problems = events
    .filter(event => !(EVENTS as readonly Json[]).includes(event))
    .map(event => `on: unknown event "${String(event)}"`)
  if (isObject(on) && on.schedule !== undefined) {
    const schedule = on.schedule
    if (!Array.isArray(schedule) || schedule.length === 0) {
      problems.push('on.schedule: not a list of {cron}')
    } else {
      schedule.forEach((entry: Json, i) => {
        const cron = isObject(entry) ? entry.cron : undefined
        if (typeof cron !== 'string' || cron.trim().split(/\s+/).length !== 5) {
          problems.push(`on.schedule[${i}]: cron is not five fields`)
        }
      })
    }
  }
  return problems
}

/** The strings of a value, however deeply nested (for expression references). */
function strings(value: Json): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (isObject(value)) return Object.values(value).flatMap(strings)
  return []
}

function checkSteps(steps: Json, where: string): string[] {
  if (!Array.isArray(steps) || steps.length === 0) return [`${where}: "steps" is not a list`]
  const problems: string[] = []
  const ids: string[] = []
  steps.forEach((step: Json, i) => {
    const at = `${where}.steps[${i}]`
    if (!isObject(step)) {
      problems.push(`${at}: not a mapping`)
      return
    }
    problems.push(...unknownKeys(step, STEP_KEYS).map(key => `${at}: unknown key "${key}"`))
    const hasUses = step.uses !== undefined
    const hasRun = step.run !== undefined
    if (hasUses === hasRun) problems.push(`${at}: needs exactly one of "uses" and "run"`)
    if (hasUses) problems.push(...checkUses(step.uses, at))
    if (hasRun && (typeof step.run !== 'string' || step.run.trim() === '')) {
      problems.push(`${at}: "run" is empty`)
    }
    if (hasRun && step.with !== undefined) problems.push(`${at}: "with" without "uses"`)
    if (hasUses && (step.shell !== undefined || step['working-directory'] !== undefined)) {
      problems.push(`${at}: "shell"/"working-directory" without "run"`)
    }
    // `steps.<id>` in an expression refers to an earlier step of the same job.
    for (const text of strings(step)) {
      for (const [, id] of text.matchAll(/\bsteps\.([A-Za-z_][A-Za-z0-9_-]*)\./g)) {
        if (!ids.includes(id)) problems.push(`${at}: refers to "steps.${id}", no earlier step`)
      }
    }
    if (step.id !== undefined) {
      if (typeof step.id !== 'string' || !ID.test(step.id)) {
        problems.push(`${at}: invalid id "${String(step.id)}"`)
      } else if (ids.includes(step.id)) {
        problems.push(`${at}: duplicate id "${step.id}"`)
      } else {
        ids.push(step.id)
      }
    }
  })
  return problems
}

function checkJob(id: string, job: Json, jobIds: string[], topPermissions: boolean): string[] {
  const where = `jobs.${id}`
  if (!ID.test(id)) return [`${where}: invalid job id`]
  if (!isObject(job)) return [`${where}: not a mapping`]
  const problems: string[] = []
  const needs = job.needs === undefined ? [] : [job.needs].flat()
  for (const need of needs) {
    if (typeof need !== 'string' || !jobIds.includes(need) || need === id) {
      problems.push(`${where}: needs unknown job "${String(need)}"`)
    }
  }
  for (const text of strings(job)) {
    for (const [, other] of text.matchAll(/\bneeds\.([A-Za-z_][A-Za-z0-9_-]*)\./g)) {
      if (!needs.includes(other)) problems.push(`${where}: refers to "needs.${other}" not in needs`)
    }
  }
  if (!topPermissions && job.permissions === undefined) {
    problems.push(`${where}: no "permissions" (here or at the top of the workflow)`)
  }
  if (job['timeout-minutes'] !== undefined) {
    const minutes = job['timeout-minutes']
    if (typeof minutes !== 'number' || !(minutes > 0)) {
      problems.push(`${where}: "timeout-minutes" is not a positive number`)
    }
  }
  if (job.uses !== undefined) {
    problems.push(...unknownKeys(job, CALLER_JOB_KEYS).map(key => `${where}: unknown key "${key}"`))
    problems.push(...checkUses(job.uses, where))
    return problems
  }
  problems.push(...unknownKeys(job, JOB_KEYS).map(key => `${where}: unknown key "${key}"`))
  const runsOn = job['runs-on']
  if (runsOn === undefined) problems.push(`${where}: "runs-on" is missing`)
  else if (strings(runsOn).length === 0 || strings(runsOn).some(label => label.trim() === '')) {
    problems.push(`${where}: "runs-on" names no runner`)
  }
  problems.push(...checkSteps(job.steps, where))
  return problems
}

/** Problems with a parsed workflow file. (js-yaml 4 reads YAML 1.2, where `on` is a key, not the
 * boolean `true` of YAML 1.1.) */
export function checkWorkflow(workflow: Json): string[] {
  if (!isObject(workflow)) return ['not a mapping']
  const problems = unknownKeys(workflow, WORKFLOW_KEYS).map(key => `unknown top-level key "${key}"`)
  problems.push(...checkOn(workflow.on))
  const jobs = workflow.jobs
  if (!isObject(jobs) || Object.keys(jobs).length === 0) return [...problems, '"jobs" is empty']
  const jobIds = Object.keys(jobs)
  const topPermissions = workflow.permissions !== undefined
  for (const [id, job] of Object.entries(jobs)) {
    problems.push(...checkJob(id, job, jobIds, topPermissions))
  }
  return problems
}

const DEPENDABOT_KEYS = ['version', 'updates', 'registries', 'enable-beta-ecosystems'] as const

const UPDATE_KEYS = [
  'package-ecosystem',
  'directory',
  'directories',
  'schedule',
  'allow',
  'assignees',
  'commit-message',
  'cooldown',
  'exclude-paths',
  'groups',
  'ignore',
  'insecure-external-code-execution',
  'labels',
  'milestone',
  'open-pull-requests-limit',
  'pull-request-branch-name',
  'rebase-strategy',
  'registries',
  'reviewers',
  'target-branch',
  'vendor',
  'versioning-strategy'
] as const

const ECOSYSTEMS = [
  'bun',
  'bundler',
  'cargo',
  'composer',
  'devcontainers',
  'docker',
  'docker-compose',
  'dotnet-sdk',
  'elm',
  'github-actions',
  'gitsubmodule',
  'gomod',
  'gradle',
  'helm',
  'maven',
  'mix',
  'npm',
  'nuget',
  'pip',
  'pub',
  'swift',
  'terraform',
  'uv'
] as const

const INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron']
const GROUP_KEYS = [
  'applies-to',
  'dependency-type',
  'exclude-patterns',
  'patterns',
  'update-types'
] as const

function checkGroups(groups: Json, where: string): string[] {
  if (groups === undefined) return []
  if (!isObject(groups)) return [`${where}.groups: not a mapping`]
  return Object.entries(groups).flatMap(([name, group]) => {
    const at = `${where}.groups.${name}`
    if (!isObject(group)) return [`${at}: not a mapping`]
    const problems = unknownKeys(group, GROUP_KEYS).map(key => `${at}: unknown key "${key}"`)
    if (group.patterns === undefined && group['dependency-type'] === undefined) {
      problems.push(`${at}: needs "patterns" or "dependency-type"`)
    }
    const type = group['dependency-type']
    if (type !== undefined && type !== 'development' && type !== 'production') {
      problems.push(`${at}: "dependency-type" is not development or production`)
    }
    if (group.patterns !== undefined && !strings(group.patterns).length) {
      problems.push(`${at}: "patterns" is empty`)
    }
    return problems
  })
}

/** Problems with a parsed .github/dependabot.yml (version 2). */
export function checkDependabot(config: Json): string[] {
  if (!isObject(config)) return ['not a mapping']
  const problems = unknownKeys(config, DEPENDABOT_KEYS).map(key => `unknown top-level key "${key}"`)
  if (config.version !== 2) problems.push('"version" is not 2')
  const updates = config.updates
  if (!Array.isArray(updates) || updates.length === 0) return [...problems, '"updates" is empty']
  updates.forEach((update: Json, i) => {
    const at = `updates[${i}]`
    if (!isObject(update)) {
      problems.push(`${at}: not a mapping`)
      return
    }
    problems.push(...unknownKeys(update, UPDATE_KEYS).map(key => `${at}: unknown key "${key}"`))
    const ecosystem = update['package-ecosystem']
    if (!(ECOSYSTEMS as readonly Json[]).includes(ecosystem)) {
      problems.push(`${at}: unknown "package-ecosystem" "${String(ecosystem)}"`)
    }
    const hasDirectory = update.directory !== undefined
    if (hasDirectory === (update.directories !== undefined)) {
      problems.push(`${at}: needs exactly one of "directory" and "directories"`)
    }
    if (
      hasDirectory &&
      (typeof update.directory !== 'string' || !update.directory.startsWith('/'))
    ) {
      problems.push(`${at}: "directory" does not start with /`)
    }
    const schedule = update.schedule
    if (!isObject(schedule) || !INTERVALS.includes(schedule.interval as string)) {
      problems.push(`${at}: "schedule.interval" is not one of ${INTERVALS.join(', ')}`)
    } else if (schedule.interval === 'cron' && typeof schedule.cronjob !== 'string') {
      problems.push(`${at}: "schedule.interval: cron" without "schedule.cronjob"`)
    }
    problems.push(...checkGroups(update.groups, at))
  })
  return problems
}
