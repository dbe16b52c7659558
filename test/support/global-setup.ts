// Once per test run, before any test file: find the judges (fetching Node 24 if need be), say
// which are missing and what that means, and hand the findings to the tests (`judge()`).
import type {TestProject} from 'vitest/node'
import {findJudges, type FoundJudge, type JudgeName} from './find-judges.js'
import {inCi, isExcused} from './judge-rules.js'

declare module 'vitest' {
  export interface ProvidedContext {
    judges: Record<JudgeName, FoundJudge>
  }
}

export default function setup(project: TestProject): void {
  const judges = findJudges()
  for (const [name, found] of Object.entries(judges)) {
    if (found.path) continue
    const then =
      inCi() && !isExcused(found)
        ? 'CI=true: the tests that need it fail'
        : 'the tests that need it are skipped'
    console.warn(`Judge ${name} is missing (${found.problem}; install: ${found.install}): ${then}.`)
  }
  project.provide('judges', judges)
}
