// Builders shared by the unit tests: a fixed clock, facts as the parsers would give them, input
// readers and reports. Nothing here reads the real clock, so every test is deterministic.
import type {InputReader} from '../../src/inputs/index.js'
import {verdictReport} from '../../src/report/build.js'
import {type Report} from '../../src/report/shape.js'
import type {
  BackupRecord,
  HistoryRecord,
  PortalFacts,
  BackupJob,
  Schedule
} from '../../src/core/portal-facts.js'
import {judge, type Thresholds} from '../../src/verdict/verdict.js'

/** The fixed "now" of every unit test: a whole second, UTC. */
export const NOW = new Date('2026-03-10T12:00:00Z')
export const HOUR_MS = 3_600_000

/** A token shaped like a DocSpace API key: `sk-` and 64 hex characters. */
export const TOKEN = `sk-${'0123456789abcdef'.repeat(4)}`
export const PORTAL = 'https://portal.example.com'

/** An input reader over a record: unset inputs read as `''`, like `core.getInput`. */
export function reader(values: Record<string, string>): InputReader {
  return name => values[name] ?? ''
}

/** The reader of a minimal valid configuration, with `overrides` on top. */
export function validReader(overrides: Record<string, string> = {}): InputReader {
  return reader({portal: PORTAL, token: TOKEN, ...overrides})
}

export function hoursBefore(hours: number, now: Date = NOW): Date {
  return new Date(now.getTime() - hours * HOUR_MS)
}

let nextId = 0

/** A history record as the portal writes it: UTC, with milliseconds when there are any. */
export function wireDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.000Z$/, '')
    .replace(/Z$/, '')
}

/** A usable, never-expiring backup `ageHours` old unless told otherwise (dates as Dates). */
export function backup(ageHours: number, overrides: Partial<BackupRecord> = {}): HistoryRecord {
  nextId += 1
  const {createdOn = hoursBefore(ageHours), expiresOn = null, ...rest} = overrides
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    fileName: `myportal_${nextId}.tar.gz`,
    storageType: 0,
    ...rest,
    createdOn: wireDate(createdOn),
    expiresOn: expiresOn === null ? '0001-01-01T00:00:00' : wireDate(expiresOn)
  }
}

/** A schedule as parseSchedule gives it; `raw` mirrors the wire payload. */
export function schedule(
  cron: Schedule['cronParams'] = {period: 0, hour: 2, day: 0},
  overrides: Partial<Omit<Schedule, 'raw'>> = {}
): Schedule {
  const built = {
    storageType: 0,
    storageParams: {folderId: '1234'},
    cronParams: cron,
    backupsStored: 7,
    lastBackupTime: hoursBefore(10),
    dump: false,
    ...overrides
  }
  const raw = {
    ...built,
    lastBackupTime: built.lastBackupTime
      ? built.lastBackupTime.toISOString().slice(0, 19)
      : '0001-01-01T00:00:00'
  }
  return {...built, raw}
}

/** A finished, successful backup job unless told otherwise. */
export function job(overrides: Partial<BackupJob> = {}): BackupJob {
  return {
    isCompleted: true,
    progress: 100,
    error: '',
    warning: null,
    backupProgressEnum: 0,
    status: 2,
    taskId: '5f0c1c3e-9a51-4f0e-9d3b-2c7a1f8e6b10',
    ...overrides
  }
}

/** A healthy portal: one fresh backup, a daily schedule, a finished job, both counts known. */
export function facts(overrides: Partial<PortalFacts> = {}): PortalFacts {
  return {
    history: [backup(5)],
    schedule: schedule(),
    latestJob: job(),
    backupsCreated: 3,
    serviceEnabled: false,
    ...overrides
  }
}

export const THRESHOLDS: Thresholds = {
  minCount: 1,
  maxAge: 'auto',
  graceHours: 3,
  requireSchedule: true,
  maxRuntimeHours: 6
}

export const PORTAL_INFO = {base: PORTAL, host: 'portal.example.com'}

/** The report of a check that judged `portalFacts` at NOW. */
export function reportOf(
  portalFacts: PortalFacts,
  thresholds: Thresholds = THRESHOLDS,
  warnings: Report['warnings'] = []
): Report {
  const verdict = judge(portalFacts, thresholds, NOW)
  return verdictReport(
    {portal: PORTAL_INFO, checkedAt: NOW, thresholds, warnings},
    portalFacts,
    verdict
  )
}
