// What `--help` prints for each command, and `--version`.
import packageJson from '../../package.json'
import {defaultOf} from '../inputs/names.js'

export const VERSION = `docspace-backup-check ${packageJson.version}`

const EXIT_CODES = `Exit codes: 0 healthy, 1 unhealthy, 2 could not check, 64 invalid arguments; with --format
nagios: 0 OK, 1 WARNING (healthy, with a warning that needs a person), 2 CRITICAL (unhealthy),
3 UNKNOWN (could not check, invalid arguments). With --config, the worst portal's: unhealthy
(1, CRITICAL) before could not check (2, UNKNOWN).`

export const USAGE = `Usage: docspace-backup-check --portal URL --token-file FILE [options]
       docspace-backup-check --config FILE [--concurrency N] [--only NAMES] [--shard I/N] [options]
       docspace-backup-check demo [options]
       docspace-backup-check verify-file PATH [--format FORMAT]
       docspace-backup-check exporter --config FILE [--listen HOST:PORT]
       docspace-backup-check --serve [--port N] [--scenario NAME]

Checks the backups of an ONLYOFFICE DocSpace portal. A portal is required: no portal, or an
empty one, is an invalid argument. "demo" checks two embedded demo portals instead.

  --portal URL            portal base URL (or DOCSPACE_PORTAL)
  --token-file FILE       read the API key or personal access token from FILE (- : standard
                          input); or DOCSPACE_TOKEN; or --token TOKEN (seen by ps: avoid).
                          An option beats DOCSPACE_TOKEN; --token with --token-file is refused
  --min-count N           fewest usable backups (default 1)
  --max-age DURATION      e.g. 36h, 2d, or auto (default auto: one schedule period + grace)
  --grace DURATION        added to an auto max-age (default 3h)
  --no-require-schedule   do not fail when the portal has no backup schedule
  --dump                  check server-wide (dump) backups
  --timeout DURATION      per request (default 30s)   --retries N   (default 3)
  --start-backup          start a backup and wait for it first (spends the free-backup quota)
  --storage-type TYPE     --storage-params JSON   --wait-timeout DURATION (default 30m)
  --verify                stream the newest backup's archive and check it can be restored
  --verify-folder ID      its folder, when not the schedule's   --verify-timeout DURATION (30m)
  --max-runtime DURATION  a job running longer since the schedule started it is stuck (default 6h)
  --ping-url URL          heartbeat URL pinged at the end of the run (or DOCSPACE_PING_URL, safer)
  --ping-provider NAME    auto, healthchecks, cronitor, uptime-kuma, betterstack or generic
  --no-fail-on-unhealthy  exit 0 even when unhealthy or unreachable
  --format FORMAT         what to print: text (default), markdown, json (the report),
                          nagios (a monitoring plugin's output and exit code), prometheus
  --textfile PATH.prom    also write the Prometheus metrics to PATH, atomically (for
                          node_exporter's textfile collector); the exit code is unchanged
  --config FILE           check every portal of a portals file (YAML or JSON; README "Many
                          portals") instead of --portal; its entries give the check options
    --concurrency N       with --config: portals checked at once (default 16)
    --only NAME,...       with --config: only these portals
    --shard I/N           with --config: only shard I of N (a stable split by name)
  -h, --help              this text (demo --help, verify-file --help: theirs)
  -V, --version           the version

Each option is given once: a repeated one is refused. A true/false option is on when named
(--dump), and also takes =true, =false or a leading no- (--no-dump).

  --serve --port N --scenario NAME   only run a demo portal (healthy, unhealthy, empty, old, …);
                          its first line names its URL (--port 0: any free port)
    --latency MS          with --serve: wait MS milliseconds before every answer
    --records N           with --serve: a large history of N records instead of a scenario
    --archive FILE        with --serve: the newest backup's archive (default: a generated one)

${EXIT_CODES}`

export const DEMO_USAGE = `Usage: docspace-backup-check demo [--format FORMAT] [--textfile PATH.prom] [check options]

Checks two embedded demo portals (a fake DocSpace on 127.0.0.1 that speaks the real API's
envelopes): one healthy, one unhealthy, verifying their newest backups unless --verify false is
given. Exits 0 when both verdicts are the expected ones. The check's options apply (--min-count,
--max-age, …), except --portal, --token, --token-file and --ping-url: the portals are the demo's.`

export const VERIFY_FILE_USAGE = `Usage: docspace-backup-check verify-file PATH [--format text|markdown|json|nagios]
                                          [--verify-timeout DURATION]

Checks a DocSpace backup archive on disk (a Local backup on the server, a copy from S3) as
--verify checks a downloaded one: gzip, tar, the tables restore reads, restore_info. A "dump"
entry makes it a server-wide dump; .tar.gz or .tar is told from its first bytes. Reading stops
at the first failure. --verify-timeout bounds the whole check (default ${defaultOf('verify-timeout')}, at most 6h).
--format nagios prints a monitoring plugin's output for the archive.

Exit codes: 0 whole, 1 unreadable or damaged, 2 not judged (--verify-timeout passed),
64 invalid arguments; with --format nagios: 0 OK, 1 WARNING (whole, files left out),
2 CRITICAL (unreadable or damaged), 3 UNKNOWN (not judged).`

export const EXPORTER_USAGE = `Usage: docspace-backup-check exporter --config FILE [--listen HOST:PORT] [--interval DURATION]
                                       [--verify-interval DURATION] [--concurrency N]
                                       [--only NAME,…] [--shard I/N]

A Prometheus exporter: checks every portal of the portals file on a schedule and serves the last
results on /metrics (every family labelled portal="<name>"), with /-/healthy, /-/ready (once
every portal has a first result) and POST /-/reload. The whole file is checked before the first
request: an invalid one exits 64.

  --config FILE             the portals file (YAML or JSON: defaults, then portals)
  --listen HOST:PORT        where to serve (default 127.0.0.1:10180; :PORT for every address,
                            port 0 for any free one)
  --interval DURATION       how often each portal is checked, with ±10 % jitter (default 15m); a
                            result older than two intervals is up 0, reason stale-result
  --verify-interval DURATION how often a portal with verify: true downloads and checks its
                            newest archive (default 24h; the checks between keep its result)
  --concurrency N           checks at once (default 16)
  --only NAME,…  --shard I/N  only these portals of the file, or the shard I of N (as the
                            check's --config takes them): N exporters can share one file

SIGHUP or POST /-/reload re-reads the file (an invalid one keeps the previous portals and says
why); SIGTERM or SIGINT cancels the running checks and exits 0.`
