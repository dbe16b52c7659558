// The step's inputs with `config`: the portals file and its shard, and what belongs to the step
// (summary, issue). A portal's own inputs are the file's: `portal` and `token` are refused with
// `config`, and so is any check input set to other than its default (which portal would it be?).
import {inputError} from '../core/errors.js'
import {parseToken} from '../inputs/token.js'
import {parseIssueKey, parseIssueLabel} from '../inputs/issue.js'
import {CLI_INPUT_NAMES, defaultOf, INPUTS, type DefaultedInput} from '../inputs/names.js'
import {parseBoolean} from '../inputs/parse-values.js'
import {parseShard, type Shard} from '../fleet/selection.js'
import {readInput} from './runner-commands.js'

export interface FleetStepInputs {
  /** The portals file, as given (relative to the workspace, the step's folder). */
  config: string
  shard: Shard | null
  summary: boolean
  issue: boolean
  githubToken: string
  issueLabel: string
  issueKey: string | null
}

export function parseFleetStepInputs(): FleetStepInputs {
  for (const name of ['portal', 'token'] as const) {
    if (readInput(name).trim() !== '') {
      throw inputError(
        'config',
        `cannot be combined with "${name}": each portal and its token are entries of the portals file.`
      )
    }
  }
  for (const name of CLI_INPUT_NAMES) {
    const given = readInput(name).trim()
    const spec = INPUTS[name] as {default?: string}
    if (given !== '' && given !== (spec.default ?? '')) {
      throw inputError(
        name,
        `cannot be combined with "config": give it in the portals file, under "defaults:" or an entry.`
      )
    }
  }
  const text = (name: DefaultedInput) => readInput(name).trim() || defaultOf(name)
  const issue = parseBoolean('issue', text('issue'))
  return {
    config: readInput('config').trim(),
    shard: parseShard(readInput('shard')),
    summary: parseBoolean('summary', text('summary')),
    issue,
    githubToken: issue ? parseToken('github-token', readInput('github-token')) : '',
    issueLabel: parseIssueLabel(text('issue-label')),
    issueKey: parseIssueKey(readInput('issue-key'))
  }
}
