export const id = 891;
export const ids = [891];
export const modules = {

/***/ 7891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LISTEN: () => (/* binding */ DEFAULT_LISTEN),
  exporterCommand: () => (/* binding */ exporterCommand),
  exporterSettings: () => (/* binding */ exporterSettings),
  parseListen: () => (/* binding */ parseListen)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/exporter/http-server.ts
// The exporter's HTTP endpoints, as Prometheus' own servers name them: /metrics, /-/healthy,
// /-/ready (503 until every portal has a first result), POST /-/reload. Nothing else is served.

const TEXT = 'text/plain; charset=utf-8';
const EXPOSITION = 'text/plain; version=0.0.4; charset=utf-8';
async function startServer(address, endpoints) {
    const server = (0,external_node_http_.createServer)((request, response) => {
        answer(request, response, endpoints).catch(() => {
            if (!response.headersSent)
                send(response, 500, 'internal error\n');
            else
                response.destroy();
        });
    });
    // A client that never sends its request is dropped, not kept forever.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    await listen(server, address);
    const { port } = server.address();
    const host = address.host.includes(':') ? `[${address.host}]` : address.host;
    return {
        url: `http://${host}:${port}`,
        close: () => new Promise(resolve => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}
function listen(server, address) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(address.port, address.host, () => {
            server.off('error', reject);
            resolve();
        });
    });
}
async function answer(request, response, endpoints) {
    const path = (request.url ?? '/').split('?')[0];
    const method = request.method ?? 'GET';
    request.resume();
    if (path === '/-/reload') {
        if (method !== 'POST' && method !== 'PUT')
            return refuse(response, 'POST, PUT');
        const { ok, message } = await endpoints.reload();
        return send(response, ok ? 200 : 500, `${message}\n`);
    }
    if (method !== 'GET' && method !== 'HEAD')
        return refuse(response, 'GET, HEAD');
    if (path === '/metrics')
        return sendMetrics(request, response, endpoints.metrics());
    if (path === '/-/healthy')
        return send(response, 200, 'DocSpace backup exporter is Healthy.\n');
    if (path === '/-/ready') {
        return endpoints.ready()
            ? send(response, 200, 'DocSpace backup exporter is Ready.\n')
            : send(response, 503, 'Not ready: the first round of checks is not done.\n');
    }
    if (path === '/') {
        return send(response, 200, 'DocSpace backup exporter: /metrics, /-/healthy, /-/ready\n');
    }
    send(response, 404, 'Not found: /metrics, /-/healthy, /-/ready, POST /-/reload\n');
}
function sendMetrics(request, response, body) {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const bytes = gzip ? body.gzip() : body.text;
    response.writeHead(200, {
        'Content-Type': EXPOSITION,
        'Content-Length': bytes.length,
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {})
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
}
function refuse(response, allowed) {
    response.setHeader('Allow', allowed);
    send(response, 405, `Method not allowed: ${allowed}\n`);
}
function send(response, status, text) {
    response.writeHead(status, { 'Content-Type': TEXT, 'Content-Length': Buffer.byteLength(text) });
    response.end(text);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/fleet/fleet-metrics.ts
var fleet_metrics = __webpack_require__(3572);
// EXTERNAL MODULE: ./src/render/prometheus.ts
var prometheus = __webpack_require__(5594);
// EXTERNAL MODULE: ./src/render/prometheus-metrics.ts
var prometheus_metrics = __webpack_require__(2206);
// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __webpack_require__(3420);
;// CONCATENATED MODULE: ./src/exporter/portal-state.ts
// What the exporter knows of each portal between scrapes: the last report, when its check ended
// and how long it took, the last restore check (kept between the checks that do not verify), and
// the checks counted by result. A result older than two intervals is shown as `stale-result`.


class PortalStates {
    byName = new Map();
    get(name) {
        let state = this.byName.get(name);
        if (!state) {
            state = {
                report: null,
                checkedAt: null,
                durationSeconds: null,
                verifiedAt: null,
                verification: undefined,
                checks: Object.fromEntries(codes/* STATUSES */.f.map(status => [status, 0]))
            };
            this.byName.set(name, state);
        }
        return state;
    }
    delete(name) {
        this.byName.delete(name);
    }
    entries() {
        return this.byName.entries();
    }
    /** Keeps the report of a check that ended; a check that did not verify keeps the last one's. */
    record(name, report, times) {
        const state = this.get(name);
        state.checks[report.status] += 1;
        if (times.verified) {
            state.verifiedAt = times.endedAt;
            state.verification = report.verification;
        }
        const carried = !times.verified && state.verification && !report.verification && report.status !== 'error';
        state.report = carried ? (0,build/* withVerification */.uJ)(report, state.verification) : report;
        state.checkedAt = times.endedAt;
        state.durationSeconds = (times.endedAt - times.startedAt) / 1000;
    }
}
/**
 * The report as /metrics shows it at `now`: the last one, or, when it is older than two
 * intervals (the checks stopped, or one hangs), `up 0` with the reason `stale-result`.
 */
function reportAt(state, now, intervalMs) {
    const { report, checkedAt } = state;
    if (!report || checkedAt === null)
        return null;
    if (now - checkedAt <= 2 * intervalMs)
        return report;
    const message = `The last result is older than two intervals (${Math.round((now - checkedAt) / 1000)} s): the checks are not running.`;
    return {
        ...report,
        status: 'error',
        reasons: ['stale-result'],
        warnings: [],
        error: { code: 'stale-result', message }
    };
}

;// CONCATENATED MODULE: ./src/exporter/metrics.ts
// The exporter's /metrics: every portal's last result (the families of --format prometheus,
// labelled by the portal's name in the file), then the exporter's own: when each portal was last
// checked, how long that took, the checks by result, and the settings a rule compares with.
// The body is rendered once per change (a check ended, a result went stale), not per scrape.






const label = (name) => `portal="${(0,prometheus/* escapeLabelValue */.N)(name)}"`;
/** The exporter's own families, in the order written. */
const OWN_FAMILIES = [
    {
        name: 'docspace_backup_exporter_last_check_timestamp_seconds',
        type: 'gauge',
        help: 'When the last check of the portal ended, in Unix time.',
        lines: (_, portals) => portals.flatMap(([name, state]) => state.checkedAt === null ? [] : [`{${label(name)}} ${state.checkedAt / 1000}`])
    },
    {
        name: 'docspace_backup_exporter_check_duration_seconds',
        type: 'gauge',
        help: 'How long the last check of the portal took.',
        lines: (_, portals) => portals.flatMap(([name, state]) => state.durationSeconds === null ? [] : [`{${label(name)}} ${state.durationSeconds}`])
    },
    {
        name: 'docspace_backup_exporter_checks_total',
        type: 'counter',
        help: 'Checks of the portal since the exporter started, by result (healthy, unhealthy, error).',
        lines: (_, portals) => portals.flatMap(([name, state]) => codes/* STATUSES */.f.map(result => `{${label(name)},result="${result}"} ${state.checks[result]}`))
    },
    {
        name: 'docspace_backup_exporter_interval_seconds',
        type: 'gauge',
        help: 'How often each portal is checked (--interval); a result older than two is stale.',
        lines: view => [` ${view.intervalMs / 1000}`]
    },
    {
        name: 'docspace_backup_exporter_portals',
        type: 'gauge',
        help: 'Portals in the portals file.',
        lines: (_, portals) => [` ${portals.length}`]
    },
    {
        name: 'docspace_backup_exporter_config_last_reload_successful',
        type: 'gauge',
        help: 'Whether the last reload of the portals file succeeded (0: the previous file is in use).',
        lines: view => [` ${view.reloadSucceeded ? 1 : 0}`]
    }
];
/**
 * The whole exposition at `view.now`, as bytes: each portal's families were encoded when its
 * result arrived, so a rendering copies bytes instead of joining and encoding 20,000 lines.
 */
function renderExporterMetrics(view) {
    const portals = [...view.portals];
    const parts = portals.flatMap(([name, state]) => {
        const report = reportAt(state, view.now, view.intervalMs);
        return report ? [portalLines(name, report)] : [];
    });
    const chunks = [];
    for (const family of FAMILY_NAMES) {
        const header = HEADERS.get(family);
        if (!header || !parts.some(part => part.has(family)))
            continue;
        chunks.push(header);
        for (const part of parts) {
            const samples = part.get(family);
            if (samples)
                chunks.push(samples);
        }
    }
    const own = [];
    for (const family of OWN_FAMILIES) {
        const samples = family.lines(view, portals);
        if (samples.length === 0)
            continue;
        own.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
        for (const sample of samples)
            own.push(`${family.name}${sample}`);
    }
    chunks.push(Buffer.from(`${own.join('\n')}\n`));
    return Buffer.concat(chunks);
}
const FAMILY_NAMES = prometheus_metrics/* FAMILIES */.B.map(family => family.name);
/** Each family's HELP and TYPE lines, as the renderer writes them. */
const HEADERS = new Map();
/** A report's sample lines by family, encoded once per report (a scrape only copies them). */
const RENDERED = new WeakMap();
/** The report's lines by family, encoded on first use and kept while the report is current. */
function portalLines(name, report) {
    const cached = RENDERED.get(report);
    if (cached)
        return cached;
    // The `portal` label is the entry's name: unique in the file, where hosts may repeat.
    const text = (0,fleet_metrics/* renderFleetMetrics */.w)([{ name, report }]);
    const lines = new Map();
    let samples = [];
    for (const line of text.split('\n')) {
        const header = /^# HELP (\S+)/.exec(line);
        if (header) {
            samples = [line];
            lines.set(header[1], samples);
        }
        else if (line !== '')
            samples.push(line);
    }
    const byFamily = new Map();
    for (const [family, [help, type, ...rest]] of lines) {
        if (!HEADERS.has(family))
            HEADERS.set(family, Buffer.from(`${help}\n${type}\n`));
        byFamily.set(family, Buffer.from(`${rest.join('\n')}\n`));
    }
    // A stale result is made anew at each rendering: it is not kept.
    if (report.error?.code !== 'stale-result')
        RENDERED.set(report, byFamily);
    return byFamily;
}
/** When the body must be rendered again without a new result: the next result to go stale. */
function nextStaleAt(portals, intervalMs) {
    let at = Infinity;
    for (const [, state] of portals) {
        if (state.checkedAt !== null)
            at = Math.min(at, state.checkedAt + 2 * intervalMs + 1);
    }
    return at;
}
/**
 * While checks end one after another, a body is rendered at most this often: a scrape may see a
 * result up to a second late, and a thousand portals cost one rendering a second, not one each.
 */
const MIN_BODY_AGE_MS = 1000;
/**
 * The body, kept until a check ends or a result goes stale; gzipped once, when first asked, at
 * the fastest level (a few kB more, several times less CPU per rendering).
 */
class MetricsCache {
    render;
    body = null;
    renderedAt = -Infinity;
    validUntil = -Infinity;
    constructor(render) {
        this.render = render;
    }
    /** A new result: rendered again once the body is a second old. */
    invalidate() {
        this.validUntil = -Infinity;
    }
    /** A new portals file: rendered again at the next scrape. */
    reset() {
        this.body = null;
    }
    get(now) {
        const fresh = now < this.validUntil || now - this.renderedAt < MIN_BODY_AGE_MS;
        if (this.body && fresh)
            return this.body;
        const { body: bytes, validUntil } = this.render();
        let zipped = null;
        this.body = { text: bytes, gzip: () => (zipped ??= (0,external_node_zlib_.gzipSync)(bytes, { level: 1 })) };
        this.renderedAt = now;
        this.validUntil = validUntil;
        return this.body;
    }
}

;// CONCATENATED MODULE: ./src/exporter/scheduler.ts
// When each portal is checked: every interval (with jitter, so a fleet does not move in step),
// at most `concurrency` at once, the restore check on its own longer interval. One timer, armed
// for the earliest due portal: a fleet of a thousand holds one timer, not a thousand.


/** Each check starts this close to its interval: ±10 %. */
const JITTER = 0.1;
class Scheduler {
    options;
    states = new PortalStates();
    entries = new Map();
    due = new Map();
    queue = new Set();
    running = new Map();
    cancelTimer = null;
    timerAt = Infinity;
    /** The portals of the first round (and of a reload) not yet checked. */
    waiting = new Set();
    stopped = false;
    constructor(options) {
        this.options = options;
    }
    /** Ready once every portal has a first result. */
    get ready() {
        return this.waiting.size === 0;
    }
    get portalCount() {
        return this.entries.size;
    }
    get runningCount() {
        return this.running.size;
    }
    /** The entries to check from now on: new ones at once, gone ones cancelled and forgotten. */
    setEntries(entries) {
        const names = new Set(entries.map(entry => entry.name));
        for (const name of this.entries.keys()) {
            if (names.has(name))
                continue;
            this.running.get(name)?.controller.abort(new Error('removed from the portals file'));
            this.entries.delete(name);
            this.due.delete(name);
            this.queue.delete(name);
            this.waiting.delete(name);
            this.states.delete(name);
        }
        const now = this.options.clock.now();
        for (const entry of entries) {
            if (!this.entries.has(entry.name)) {
                this.due.set(entry.name, now);
                this.waiting.add(entry.name);
                this.states.get(entry.name); // counted among the portals from now, checked or not
            }
            this.entries.set(entry.name, entry);
        }
        this.pump();
    }
    /** Stops the timer and cancels every running check; resolves when they have ended. */
    async stop() {
        this.stopped = true;
        this.disarm();
        for (const { controller } of this.running.values())
            controller.abort(new Error('stopping'));
        await Promise.all([...this.running.values()].map(run => run.done));
    }
    /** The number of timers armed (0 or 1): for the tests of a long run. */
    get timersArmed() {
        return this.cancelTimer ? 1 : 0;
    }
    pump() {
        if (this.stopped)
            return;
        const now = this.options.clock.now();
        for (const [name, at] of this.due) {
            if (at > now)
                continue;
            this.due.delete(name);
            this.queue.add(name);
        }
        for (const name of this.queue) {
            if (this.running.size >= this.options.concurrency)
                break;
            this.queue.delete(name);
            this.start(name);
        }
        this.arm();
    }
    start(name) {
        const { clock, check, verifies, verifyIntervalMs } = this.options;
        const entry = this.entries.get(name);
        const state = this.states.get(name);
        const startedAt = clock.now();
        const verify = verifies(entry) &&
            (state.verifiedAt === null || startedAt - state.verifiedAt >= verifyIntervalMs);
        const controller = new AbortController();
        const done = check(entry, { signal: controller.signal, verify })
            .then(report => this.ended(name, controller, { startedAt, verify, report }), (error) => {
            // A check reports what the portal does; a throw is a bug, said once, then retried.
            this.options.log(`The check of ${name} failed: ${(0,errors/* messageOf */.bD)(error)}`);
            this.ended(name, controller, { startedAt, verify });
        })
            .catch((error) => this.lost(name, error));
        this.running.set(name, { controller, done });
    }
    /** A bug in keeping a result: said, and the other portals go on. */
    lost(name, error) {
        this.running.delete(name);
        this.options.log(`The result of ${name} could not be kept: ${(0,errors/* messageOf */.bD)(error)}`);
        this.pump();
    }
    ended(name, controller, run) {
        this.running.delete(name);
        // Stopped, or the portal left the file while its check ran: its result is not wanted.
        if (controller.signal.aborted || !this.entries.has(name))
            return;
        const { clock, intervalMs } = this.options;
        const endedAt = clock.now();
        if (!run.report)
            this.states.get(name).checks.error += 1;
        if (run.report) {
            const before = this.states.get(name).report?.status;
            this.states.record(name, run.report, {
                startedAt: run.startedAt,
                endedAt,
                verified: run.verify
            });
            if (before !== run.report.status) {
                const why = run.report.reasons.length > 0 ? ` (${run.report.reasons.join(', ')})` : '';
                this.options.log(`${name}: ${run.report.status}${why}`);
            }
        }
        const jitter = (clock.random() * 2 - 1) * JITTER * intervalMs;
        this.due.set(name, run.startedAt + intervalMs + jitter);
        // Ready needs a result: a portal whose check threw keeps /-/ready at 503 until it has one.
        if (run.report)
            this.waiting.delete(name);
        this.options.onResult?.(name);
        this.pump();
    }
    arm() {
        let earliest = Infinity;
        for (const at of this.due.values())
            earliest = Math.min(earliest, at);
        if (earliest === this.timerAt)
            return;
        this.disarm();
        if (earliest === Infinity)
            return;
        this.timerAt = earliest;
        const wait = Math.max(0, earliest - this.options.clock.now());
        this.cancelTimer = this.options.clock.after(wait, () => {
            this.cancelTimer = null;
            this.timerAt = Infinity;
            this.pump();
        });
    }
    disarm() {
        this.cancelTimer?.();
        this.cancelTimer = null;
        this.timerAt = Infinity;
    }
}

;// CONCATENATED MODULE: ./src/exporter/index.ts
// The exporter: the portals file read once and checked on a schedule, /metrics served from the
// last results, the file re-read on request. The file was checked before this starts (an
// invalid one ends the command with exit 64 before any request); a reload that finds it invalid
// keeps the previous portals and says why.




async function startExporter(settings, portals, deps) {
    let reloadSucceeded = true;
    let wasReady = false;
    const scheduler = new Scheduler({
        intervalMs: settings.intervalMs,
        verifyIntervalMs: settings.verifyIntervalMs,
        concurrency: settings.concurrency,
        clock: deps.clock,
        check: deps.check,
        verifies: deps.verifies,
        log: deps.log,
        onResult: name => {
            // Its lines are encoded now, as it arrives: a rendering only copies them.
            const report = scheduler.states.get(name).report;
            if (report)
                portalLines(name, report);
            // Once every portal has a result, /metrics shows them all: no body from before that.
            if (scheduler.ready && !wasReady)
                cache.reset();
            else
                cache.invalidate();
            wasReady = scheduler.ready;
        }
    });
    const cache = new MetricsCache(() => {
        const view = {
            now: deps.clock.now(),
            intervalMs: settings.intervalMs,
            portals: scheduler.states.entries(),
            reloadSucceeded
        };
        const body = renderExporterMetrics(view);
        return { body, validUntil: nextStaleAt(scheduler.states.entries(), settings.intervalMs) };
    });
    // One reload at a time: a SIGHUP during a POST /-/reload waits for it.
    let reloading = Promise.resolve({ ok: true, message: '' });
    const reloadOnce = async () => {
        try {
            const entries = await deps.load(settings.configPath);
            scheduler.setEntries(entries);
            reloadSucceeded = true;
            cache.reset();
            const message = `Reloaded ${settings.configPath}: ${entries.length} portals.`;
            deps.log(message);
            return { ok: true, message };
        }
        catch (error) {
            reloadSucceeded = false;
            cache.reset();
            const message = `Reload failed, the previous portals are kept: ${(0,errors/* messageOf */.bD)(error)}`;
            deps.log(message);
            return { ok: false, message };
        }
    };
    const reload = () => (reloading = reloading.then(reloadOnce));
    let server;
    try {
        server = await startServer(settings.listen, {
            metrics: () => cache.get(deps.clock.now()),
            ready: () => scheduler.ready,
            reload
        });
    }
    catch (error) {
        throw new Error(`Cannot listen on ${settings.listen.host}:${settings.listen.port}: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    scheduler.setEntries(portals);
    return {
        url: server.url,
        scheduler,
        reload,
        stop: async () => {
            await Promise.all([server.close(), scheduler.stop()]);
        }
    };
}

;// CONCATENATED MODULE: ./src/exporter/clock.ts
const realExporterClock = {
    now: Date.now,
    random: Math.random,
    after(ms, fire) {
        const timer = setTimeout(fire, ms);
        return () => clearTimeout(timer);
    }
};

// EXTERNAL MODULE: ./src/fleet/check-portal.ts
var check_portal = __webpack_require__(3495);
// EXTERNAL MODULE: ./src/fleet/portals-file.ts + 4 modules
var portals_file = __webpack_require__(153);
// EXTERNAL MODULE: ./src/fleet/selection.ts
var selection = __webpack_require__(6510);
// EXTERNAL MODULE: ./src/inputs/parse-values.ts + 1 modules
var parse_values = __webpack_require__(8279);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/fleet/run-fleet.ts
var run_fleet = __webpack_require__(2164);
;// CONCATENATED MODULE: ./src/cli/exporter-command.ts
// `docspace-backup-check exporter --config FILE`: the portals file checked on a schedule and
// served to Prometheus. Every option and the whole file are checked before the first request
// (exit 64 otherwise); then it runs until SIGTERM or SIGINT, re-reading the file on SIGHUP.









/**
 * Outside the 9100–9999 range of Prometheus' "default port allocations" page, which has had no
 * free number since 2023: one of its numbers would be another exporter's (README).
 */
const DEFAULT_LISTEN = '127.0.0.1:10180';
/** How long SIGTERM waits for the running checks before the process ends anyway. */
const GRACE_MS = 9_000;
async function exporterCommand(args, context) {
    const settings = exporterSettings(args);
    const only = (0,selection/* parseOnly */.Qu)(args.values.get('only') ?? '');
    const shard = (0,selection/* parseShard */.uK)(args.values.get('shard') ?? '');
    const log = (line) => console.error(line);
    // The file's portals, those of --only and of the shard: read again as it was at start.
    const load = async (file) => {
        const fleet = await (0,portals_file/* readPortalsFile */.QW)(file, process.env);
        context.secrets = fleet.portals.map(portal => portal.inputs.token);
        return (0,selection/* selectPortals */.ay)(fleet.portals, { only, shard });
    };
    const portals = await load(settings.configPath);
    const exporter = await startExporter(settings, portals, {
        load,
        check: (portal, run) => (0,check_portal/* checkFleetPortal */.L)(verifyOnly(portal, run.verify), { timing: clock/* realTiming */.$, signal: run.signal }),
        verifies: portal => portal.inputs.verify,
        clock: realExporterClock,
        log
    });
    console.log(`Listening on ${exporter.url}/metrics: ${portals.length} portals.`);
    const onHangup = () => void exporter.reload();
    process.on('SIGHUP', onHangup);
    const signal = await new Promise(resolve => {
        process.once('SIGTERM', () => resolve('SIGTERM')).once('SIGINT', () => resolve('SIGINT'));
    });
    process.off('SIGHUP', onHangup);
    log(`${signal}: stopping (the running checks are cancelled).`);
    let timer;
    const grace = new Promise(resolve => {
        timer = setTimeout(() => {
            log(`Checks still running ${GRACE_MS / 1000} s after ${signal}: exiting without them.`);
            resolve();
        }, GRACE_MS);
    });
    await Promise.race([exporter.stop(), grace]);
    clearTimeout(timer);
    return 0;
}
/** A check that is not due for its restore check runs without one. */
function verifyOnly(portal, verify) {
    return verify || !portal.inputs.verify
        ? portal
        : { ...portal, inputs: { ...portal.inputs, verify: false } };
}
function exporterSettings(args) {
    const given = (name) => args.values.get(name);
    const configPath = given('config');
    if (configPath === undefined || configPath.trim() === '') {
        throw new errors/* InputError */.dz('config', 'exporter needs --config FILE, the portals file (see --help).');
    }
    const duration = (name, fallback, minSeconds, maxSeconds) => {
        const text = given(name) ?? fallback;
        const seconds = (0,parse_values/* parseDuration */.E9)(name, text, {
            bareUnitSeconds: 1,
            allowZero: false,
            maxSeconds,
            expected: `a duration from ${minSeconds} s to ${maxSeconds / 86_400} days, such as 15m, 1h`
        });
        if (seconds < minSeconds)
            throw (0,errors/* invalidInput */.aY)(name, text, `at least ${minSeconds} s`);
        return seconds * 1000;
    };
    return {
        configPath,
        listen: parseListen(given('listen') ?? DEFAULT_LISTEN),
        intervalMs: duration('interval', '15m', 1, 7 * 86_400),
        verifyIntervalMs: duration('verify-interval', '24h', 1, 30 * 86_400),
        concurrency: (0,parse_values/* parseWholeNumber */.oA)('concurrency', given('concurrency') ?? String(run_fleet/* DEFAULT_CONCURRENCY */.W), 1, 1000)
    };
}
/** `HOST:PORT`, `[IPv6]:PORT`, or `:PORT` (every address); port 0 picks a free one. */
function parseListen(text) {
    const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]*)):(\d{1,5})$/.exec(text.trim());
    const port = match ? Number(match[3]) : NaN;
    if (!match || port > 65_535) {
        throw (0,errors/* invalidInput */.aY)('listen', text, 'HOST:PORT, such as 127.0.0.1:10180, [::1]:10180 or :10180');
    }
    const host = match[1] ?? (match[2] === '' ? '0.0.0.0' : match[2]);
    return { host, port };
}


/***/ })

};
