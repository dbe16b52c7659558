import {afterEach, describe, expect, it} from 'vitest'
import {boundResolverWait} from '../../../src/docspace/system-resolver.js'

const saved = process.env.RES_OPTIONS
afterEach(() => {
  if (saved === undefined) delete process.env.RES_OPTIONS
  else process.env.RES_OPTIONS = saved
})

describe.runIf(process.platform === 'linux')('boundResolverWait', () => {
  it("sets the bound once however many checks a process runs (a fleet), the user's options last", () => {
    process.env.RES_OPTIONS = 'rotate'
    for (let check = 0; check < 1000; check++) boundResolverWait(4000)
    expect(process.env.RES_OPTIONS).toBe('timeout:2 attempts:2 rotate')
  })
})
