// Which runs start again with a smaller young generation (src/cli/fleet-restart.ts): the fleet's
// (`--config`, `exporter`), never a plain check, help or the version, nor a run whose size the
// user already chose.
import {describe, expect, it} from 'vitest'
import {wantsFleetRestart} from '../../../src/cli/fleet-restart.js'

describe('wantsFleetRestart', () => {
  it('restarts a fleet run: --config in either form, and the exporter', () => {
    expect(wantsFleetRestart(['--config', 'portals.yml'], {})).toBe(true)
    expect(wantsFleetRestart(['--config=portals.yml', '--format', 'json'], {})).toBe(true)
    expect(wantsFleetRestart(['exporter', '--config', 'portals.yml'], {})).toBe(true)
  })

  it('leaves a plain check, the demo, verify-file, help and the version alone', () => {
    expect(wantsFleetRestart(['--portal', 'https://portal.example.com'], {})).toBe(false)
    expect(wantsFleetRestart(['demo'], {})).toBe(false)
    expect(wantsFleetRestart(['verify-file', 'backup.tar.gz'], {})).toBe(false)
    expect(wantsFleetRestart(['--config', 'portals.yml', '--help'], {})).toBe(false)
    expect(wantsFleetRestart(['exporter', '-V'], {})).toBe(false)
  })

  it('keeps a size the user chose in NODE_OPTIONS', () => {
    const env = {NODE_OPTIONS: '--max-semi-space-size=16'}
    expect(wantsFleetRestart(['--config', 'portals.yml'], env)).toBe(false)
  })
})
