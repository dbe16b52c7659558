import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report is what .ci/run counts; the default reporter is what people read.
    reporters: ['default', ['json', {outputFile: 'test-results/results.json'}]],
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
