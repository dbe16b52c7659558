// What the exporter knows of each portal between scrapes: the last report, when its check ended
// and how long it took, the last restore check (kept between the checks that do not verify), and
// the checks counted by result. A result older than two intervals is shown as `stale-result`.
import {STATUSES, type Status} from '../core/codes.js'
import {withVerification} from '../report/build.js'
import type {Report} from '../report/shape.js'
import type {Verification} from '../report/verification.js'

export interface PortalState {
  report: Report | null
  /** Epoch ms when the last check ended. */
  checkedAt: number | null
  durationSeconds: number | null
  /** Epoch ms when the last check that verified ended. */
  verifiedAt: number | null
  verification: Verification | undefined
  checks: Record<Status, number>
}

export interface CheckTimes {
  startedAt: number
  endedAt: number
  /** The check downloaded and checked the archive. */
  verified: boolean
}

export class PortalStates {
  private readonly byName = new Map<string, PortalState>()

  get(name: string): PortalState {
    let state = this.byName.get(name)
    if (!state) {
      state = {
        report: null,
        checkedAt: null,
        durationSeconds: null,
        verifiedAt: null,
        verification: undefined,
        checks: Object.fromEntries(STATUSES.map(status => [status, 0])) as Record<Status, number>
      }
      this.byName.set(name, state)
    }
    return state
  }

  delete(name: string): void {
    this.byName.delete(name)
  }

  entries(): IterableIterator<[string, PortalState]> {
    return this.byName.entries()
  }

  /** Keeps the report of a check that ended; a check that did not verify keeps the last one's. */
  record(name: string, report: Report, times: CheckTimes): void {
    const state = this.get(name)
    state.checks[report.status] += 1
    if (times.verified) {
      state.verifiedAt = times.endedAt
      state.verification = report.verification
    }
    const carried =
      !times.verified && state.verification && !report.verification && report.status !== 'error'
    state.report = carried ? withVerification(report, state.verification!) : report
    state.checkedAt = times.endedAt
    state.durationSeconds = (times.endedAt - times.startedAt) / 1000
  }
}

/**
 * The report as /metrics shows it at `now`: the last one, or, when it is older than two
 * intervals (the checks stopped, or one hangs), `up 0` with the reason `stale-result`.
 */
export function reportAt(state: PortalState, now: number, intervalMs: number): Report | null {
  const {report, checkedAt} = state
  if (!report || checkedAt === null) return null
  if (now - checkedAt <= 2 * intervalMs) return report
  const message = `The last result is older than two intervals (${Math.round((now - checkedAt) / 1000)} s): the checks are not running.`
  return {
    ...report,
    status: 'error',
    reasons: ['stale-result'],
    warnings: [],
    error: {code: 'stale-result', message}
  }
}
