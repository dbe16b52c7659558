// What each `--format` prints for a fleet: the same formats as one portal, each for all of them.
import {renderFleetMarkdown} from '../fleet/fleet-markdown.js'
import {renderFleetMetrics} from '../fleet/fleet-metrics.js'
import {renderFleetNagios} from '../fleet/fleet-nagios.js'
import {fleetReport} from '../fleet/fleet-report.js'
import {renderFleetText} from '../fleet/fleet-text.js'
import type {NamedReport} from '../fleet/run-fleet.js'
import type {Format, Rendered} from './formats.js'

export function renderFleet(format: Format, named: readonly NamedReport[], at: Date): Rendered {
  switch (format) {
    case 'text':
      return {text: renderFleetText(named)}
    case 'markdown':
      return {text: renderFleetMarkdown(named, at).trimEnd()}
    case 'json':
      return {text: JSON.stringify(fleetReport(named, at), null, 2)}
    case 'nagios': {
      const {text, exitCode} = renderFleetNagios(named)
      return {text, pluginExitCode: exitCode}
    }
    case 'prometheus':
      return {text: renderFleetMetrics(named).trimEnd()}
  }
}
