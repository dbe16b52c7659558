// The fleet as one Prometheus exposition (`--format prometheus`, `--textfile`, the exporter's
// `/metrics`): every family once, each sample labelled `portal="<name>"`.
import {renderLabelled} from '../render/prometheus.js'
import type {NamedReport} from './run-fleet.js'

export function renderFleetMetrics(named: readonly NamedReport[]): string {
  return renderLabelled(named.map(({name, report}) => ({portal: name, report})))
}
