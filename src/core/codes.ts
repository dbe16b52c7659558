// Every list the action and its docs share, written once. The types are derived from the
// lists, and the tables that explain a code are full Records of them, so a code added here does
// not compile until it has its words. test/repo/lists.test.ts holds action.yml and the README
// to these lists.

export const STATUSES = ['healthy', 'unhealthy', 'error'] as const
export type Status = (typeof STATUSES)[number]

/** Why a portal is unhealthy, in the order they are judged. */
export const REASON_CODES = [
  'no-backups',
  'too-few-backups',
  'stale',
  'no-schedule',
  'last-backup-failed',
  'started-backup-failed',
  'started-backup-timeout',
  'started-backup-cancelled',
  'started-backup-missing',
  'backup-unreadable',
  'backup-corrupt'
] as const
export type ReasonCode = (typeof REASON_CODES)[number]

/** What is worth knowing but does not make a portal unhealthy. */
export const WARNING_CODES = [
  'backup-running',
  'expiring',
  'schedule-never-ran',
  'count-unavailable',
  'service-state-unavailable',
  'clock-skew',
  'issue-update-failed',
  'backup-incomplete',
  'verify-unavailable',
  'missed-backups',
  'backup-stuck',
  'ping-failed',
  'ping-provider-unknown'
] as const
export type WarningCode = (typeof WARNING_CODES)[number]

/** Why no verdict could be reached. */
export const ERROR_CODES = [
  'bad-request',
  'unauthorized',
  'payment-required',
  'forbidden',
  'not-found',
  'rate-limited',
  'server-error',
  'http-error',
  'redirected',
  'bad-response',
  'timeout',
  'unreachable',
  'tls-error',
  'no-storage',
  'stale-result'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** BackupStorageType names as the API spells them (sic "Thrid"), by number. */
export const STORAGE_TYPE_NAMES = [
  'Documents',
  'ThridpartyDocuments',
  'CustomCloud',
  'Local',
  'DataStore',
  'ThirdPartyConsumer'
] as const
export type StorageTypeName = (typeof STORAGE_TYPE_NAMES)[number]
/** The number of each storage type: `STORAGE_TYPE.DataStore` is 4. */
export const STORAGE_TYPE = numbersOf(STORAGE_TYPE_NAMES)

/**
 * The schedule's `storageParams` whose values are shown as the portal gives them (any case):
 * where the backups go, never how to get in. Every other value (a storage's keys, passwords,
 * service-account JSON, endpoints that may carry credentials) is shown as `***`.
 */
export const HARMLESS_STORAGE_PARAMS = [
  'folderId',
  'filePath',
  'module',
  'subdir',
  'bucket',
  'region',
  'forcepathstyle',
  'usehttp'
] as const

/** BackupProgressEnum: what kind of job the latest one is, by number. */
export const JOB_KINDS = ['Backup', 'Restore', 'Transfer'] as const
/** The number of each job kind: `JOB_KIND.Backup` is 0. */
export const JOB_KIND = numbersOf(JOB_KINDS)

/** DistributedTaskStatus names as the API spells them (sic "Failted"), by number. */
export const TASK_STATUS_NAMES = ['Created', 'Running', 'Completed', 'Canceled', 'Failted'] as const

/** BackupPeriod of a schedule's cron, by number. */
export const SCHEDULE_PERIODS = ['EveryDay', 'EveryWeek', 'EveryMonth'] as const
export type SchedulePeriod = (typeof SCHEDULE_PERIODS)[number]

/** How long one period of a schedule is: what an `auto` max-age starts from. */
export const PERIOD_HOURS: Record<SchedulePeriod, number> = {
  EveryDay: 24,
  EveryWeek: 168,
  EveryMonth: 744
}

/** The period a schedule's number names; `undefined` for a number the API does not define. */
export function periodOf(period: number): SchedulePeriod | undefined {
  return SCHEDULE_PERIODS[period]
}

/** HTTP statuses that are retried (with network errors and timeouts). */
export const RETRIED_STATUSES = [408, 429, 500, 502, 503, 504] as const

/** `ping-provider`: the heartbeat services whose forms the ping knows, and `auto`. */
export const PING_PROVIDERS = [
  'auto',
  'healthchecks',
  'cronitor',
  'uptime-kuma',
  'betterstack',
  'generic'
] as const
export type PingProvider = (typeof PING_PROVIDERS)[number]

/** `{name: its index}` for a list that the API numbers by position. */
function numbersOf<const Name extends string>(
  names: readonly Name[]
): Readonly<Record<Name, number>> {
  return Object.fromEntries(names.map((name, index) => [name, index])) as Record<Name, number>
}
