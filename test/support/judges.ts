// A test's way to its judges (found once by the global set-up): `judge(name)` is the tool's
// path. When it is missing, the test fails with CI=true (the judge is part of the tests) and is
// skipped otherwise, with the reason as its note.
import {inject, TestRunner} from 'vitest'
import type {JudgeName} from './find-judges.js'
import {inCi, isExcused} from './judge-rules.js'

export function judge(name: JudgeName): string {
  const found = inject('judges')[name]
  if (found.path) return found.path
  const why = `${name} is missing: ${found.problem} (install: ${found.install})`
  if (inCi() && !isExcused(found)) throw new Error(`${why}; with CI=true a missing judge fails`)
  TestRunner.getCurrentTest()?.context.skip(why)
  throw new Error(why)
}
