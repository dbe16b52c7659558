import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Finds the judges (promtool, node_exporter, the Python client, Node 24) once per run.
    globalSetup: ['test/support/global-setup.ts'],
    // The JSON report is what .ci/run counts; the default reporter is what people read.
    reporters: ['default', ['json', {outputFile: 'test-results/results.json'}]],
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
