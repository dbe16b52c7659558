// The README's workflow examples as whole workflows: a fragment (jobs without `on`, a job's
// steps, one step) is put in the smallest workflow around it, so the repository's workflow
// check can read it; then each step that uses this action, with its `with:` resolved the way the
// runner would resolve it for the demo portal.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {load} from 'js-yaml'
import {ROOT} from './run-dist.js'

type Doc = Record<string, unknown>
const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const ACTION_USES = 'docspace-backup-check/docspace-backup-check@v1'

export const action = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {required?: boolean}>
  outputs: Record<string, unknown>
}

/** The example as a workflow, or `null` when it is not one (Prometheus rules, say). */
export function asWorkflow(example: unknown): Doc | null {
  const wrapJob = (job: Doc): Doc => ({jobs: {check: {'runs-on': 'ubuntu-latest', ...job}}})
  let workflow: Doc
  if (Array.isArray(example)) workflow = wrapJob({steps: example})
  else if (isDoc(example) && isDoc(example.jobs)) workflow = {...example}
  else if (isDoc(example) && Array.isArray(example.steps)) workflow = wrapJob(example)
  else return null
  workflow.on ??= {workflow_dispatch: null}
  const jobs = workflow.jobs as Record<string, Doc>
  const everyJobHasPermissions = Object.values(jobs).every(job => job.permissions !== undefined)
  if (workflow.permissions === undefined && !everyJobHasPermissions) {
    workflow.permissions = {contents: 'read'}
  }
  return workflow
}

export interface ActionStep {
  job: string
  id?: string
  with: Record<string, string>
  env: Record<string, string>
  /** The job's first matrix combination, for `${{ matrix.* }}`. */
  matrix: Record<string, string>
}

/** The steps of `workflow` that use this action. */
export function actionSteps(workflow: Doc): ActionStep[] {
  const jobs = workflow.jobs as Record<string, Doc>
  return Object.entries(jobs).flatMap(([job, spec]) => {
    const strategy = isDoc(spec.strategy) ? spec.strategy : {}
    const matrix = isDoc(strategy.matrix) ? strategy.matrix : {}
    // The first combination: `include`'s first, else the first value of each list.
    const include = Array.isArray(matrix.include)
      ? (matrix.include[0] as Doc)
      : Object.fromEntries(
          Object.entries(matrix).flatMap(([key, values]) =>
            Array.isArray(values) ? [[key, values[0] as unknown]] : []
          )
        )
    const steps = Array.isArray(spec.steps) ? (spec.steps as Doc[]) : []
    return steps
      .filter(step => step.uses === ACTION_USES)
      .map(step => ({
        job,
        id: typeof step.id === 'string' ? step.id : undefined,
        with: stringsOf(step.with),
        env: stringsOf(step.env),
        matrix: stringsOf(include)
      }))
  })
}

function stringsOf(value: unknown): Record<string, string> {
  if (!isDoc(value)) return {}
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]))
}

/** `steps.<id>.outputs.<name>` and `needs.<job>.outputs.<name>` in the workflow's strings. */
export function outputReferences(workflow: Doc): {kind: string; from: string; name: string}[] {
  const text = JSON.stringify(workflow)
  return [...text.matchAll(/\b(steps|needs)\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)].map(
    ([, kind = '', from = '', name = '']) => ({kind, from, name})
  )
}

/** What the runner would hand the action, with the demo's values for secrets and matrix cells:
 * `secret(name)` gives the value of an input that names a secret. */
export function resolveWith(
  step: ActionStep,
  secret: (input: string) => string
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with).map(([input, value]) => {
      const resolved = value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (whole, expression: string) => {
        if (/^secrets(\.|\[)/.test(expression)) return secret(input)
        const cell = /^matrix\.([\w-]+)$/.exec(expression)?.[1]
        if (cell !== undefined && cell in step.matrix) return step.matrix[cell] as string
        throw new Error(`README example: no value for ${whole} (input ${input})`)
      })
      return [input, resolved]
    })
  )
}
