export const id = 494;
export const ids = [494,594];
export const modules = {

/***/ 2494:
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
/** The whole exposition at `view.now`. */
function renderExporterMetrics(view) {
    const portals = [...view.portals];
    const parts = portals.flatMap(([name, state]) => {
        const report = reportAt(state, view.now, view.intervalMs);
        return report ? [portalLines(name, report)] : [];
    });
    const lines = [];
    for (const family of FAMILY_NAMES) {
        const header = HEADERS.get(family);
        if (!header || !parts.some(part => part.has(family)))
            continue;
        lines.push(...header);
        for (const part of parts)
            for (const line of part.get(family) ?? [])
                lines.push(line);
    }
    for (const family of OWN_FAMILIES) {
        const samples = family.lines(view, portals);
        if (samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
        for (const sample of samples)
            lines.push(`${family.name}${sample}`);
    }
    return `${lines.join('\n')}\n`;
}
const FAMILY_NAMES = prometheus_metrics/* FAMILIES */.B.map(family => family.name);
/** Each family's HELP and TYPE lines, as the renderer writes them. */
const HEADERS = new Map();
/** A report's sample lines by family, rendered once per report (a scrape only joins them). */
const RENDERED = new WeakMap();
function portalLines(name, report) {
    const cached = RENDERED.get(report);
    if (cached)
        return cached;
    // The `portal` label is the entry's name: unique in the file, where hosts may repeat.
    const text = (0,prometheus.renderPrometheus)([{ ...report, host: name }]);
    const byFamily = new Map();
    let samples = [];
    for (const line of text.split('\n')) {
        const header = /^# (HELP|TYPE) (\S+)/.exec(line);
        if (header) {
            const family = header[2];
            if (header[1] === 'HELP') {
                samples = [];
                byFamily.set(family, samples);
                HEADERS.set(family, [line]);
            }
            else
                HEADERS.get(family)?.push(line);
        }
        else if (line !== '')
            samples.push(line);
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
        const { text, validUntil } = this.render();
        const bytes = Buffer.from(text);
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


const realExporterClock = {
    now: Date.now,
    random: Math.random,
    after(ms, fire) {
        const timer = setTimeout(fire, ms);
        return () => clearTimeout(timer);
    }
};
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
        const done = check(entry, { signal: controller.signal, verify }).then(report => this.ended(name, controller, { startedAt, verify, report }), (error) => {
            // A check reports what the portal does; a throw is a bug, said once, then retried.
            this.options.log(`The check of ${name} failed: ${(0,errors/* messageOf */.bD)(error)}`);
            this.ended(name, controller, { startedAt, verify });
        });
        this.running.set(name, { controller, done });
    }
    ended(name, controller, run) {
        this.running.delete(name);
        // Stopped, or the portal left the file while its check ran: its result is not wanted.
        if (controller.signal.aborted || !this.entries.has(name))
            return;
        const { clock, intervalMs } = this.options;
        const endedAt = clock.now();
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
        this.waiting.delete(name);
        this.options.onResult?.();
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
        onResult: () => {
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
        const text = renderExporterMetrics(view);
        return { text, validUntil: nextStaleAt(scheduler.states.entries(), settings.intervalMs) };
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

// EXTERNAL MODULE: ./src/check.ts + 13 modules
var check = __webpack_require__(241);
;// CONCATENATED MODULE: ./src/fleet/check-portal.ts

/** The portal's Report; rejects only when `signal` aborts (or for a bug). */
function checkFleetPortal(portal, deps) {
    const { signal } = deps;
    signal?.throwIfAborted();
    const checking = (0,check/* runCheck */.k)(portal.inputs, {
        log: line => deps.log?.(`${portal.name}: ${line}`),
        timing: deps.timing,
        lookup: deps.lookup
    });
    if (!signal)
        return checking;
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        checking.finally(() => signal.removeEventListener('abort', onAbort)).then(resolve, reject);
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/leven/index.js
var leven = __webpack_require__(7785);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __webpack_require__(5585);
;// CONCATENATED MODULE: ./src/fleet/entry-keys.ts
// The keys of a portals file's entry: its name, the check inputs by their input names (from
// inputs/names.ts, so a new input is a key here too), and the secrets by reference only. What
// is refused is said with why and what to write instead.


/** An input that is a secret: given in the file only as a variable or a file that holds it. */
const SECRET_INPUTS = ['token', 'ping-url'];
/** The two keys that refer to a secret: `token-env` and `token-file`. */
function referenceKeys(input) {
    return { env: `${input}-env`, file: `${input}-file` };
}
/** The inputs an entry (or `defaults`) may set by their own name. */
const OPTION_KEYS = names/* CLI_INPUT_NAMES */.jl.filter(name => !SECRET_INPUTS.includes(name));
const REFERENCE_KEYS = SECRET_INPUTS.flatMap(input => Object.values(referenceKeys(input)));
const KNOWN = new Set(['name', ...OPTION_KEYS, ...REFERENCE_KEYS]);
/**
 * Why `key` cannot be in an entry (`inDefaults`: in `defaults:`), or null when it can.
 * The words follow the key's name, as in `key "token" …`.
 */
function refusalOf(key, inDefaults) {
    if (SECRET_INPUTS.includes(key)) {
        const { env, file } = referenceKeys(key);
        return `is refused: a portals file gets committed, so a secret is given by reference, "${env}: VARIABLE" or "${file}: PATH" (the value is not shown: it is a secret).`;
    }
    if (key === 'name' && inDefaults)
        return 'is refused in defaults: each portal has its own name.';
    if (KNOWN.has(key))
        return null;
    if (names/* INPUT_NAMES */.Qh.includes(key)) {
        return 'applies to the whole run, not to one portal: set it on the step (the Action\'s "with:") instead.';
    }
    const meant = (0,leven/* closestMatch */.h)(key.toLowerCase(), [...KNOWN], { maxDistance: 2 });
    const hint = meant === undefined ? '' : ` (did you mean "${meant}"?)`;
    return `is not a known key${hint}: expected name, portal, token-env or token-file, ping-url-env or ping-url-file, or a check input such as max-age.`;
}

// EXTERNAL MODULE: ./src/docspace/proxy.ts + 1 modules
var proxy = __webpack_require__(7724);
// EXTERNAL MODULE: ./src/inputs/index.ts + 4 modules
var src_inputs = __webpack_require__(5586);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/fleet/secret-reference.ts
// A secret of a portals file's entry, by reference: `token-env: VARIABLE` (a secret of the step's
// `env:`, or of the cron job's environment) or `token-file: PATH` (relative to the portals
// file's folder). What a reference resolves to is never quoted; only the reference is.



/** Far more than any token or URL: a larger file was not meant. */
const MAX_BYTES = 64 * 1024;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Why a reference cannot be followed, in words that follow `key "token-env"`. */
class UnresolvedReference extends Error {
}
/** The secret's text, or a UnresolvedReference saying why not (never what was read). */
function resolveReference(reference, env, folder) {
    if (reference.kind === 'env') {
        if (!VARIABLE_NAME.test(reference.target)) {
            throw new UnresolvedReference(`has an invalid value ${(0,errors/* quoteValue */.cl)(reference.target)}: expected the name of an environment variable, such as DOCSPACE_TOKEN_EU.`);
        }
        const value = env[reference.target] ?? '';
        if (value.trim() === '') {
            throw new UnresolvedReference(`names the variable ${reference.target}, which is not set or empty (in Actions: give it in the step's "env:" from a secret).`);
        }
        return value;
    }
    return readSecretFile(external_node_path_default().resolve(folder, reference.target), reference.target);
}
function readSecretFile(file, written) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (error) {
        throw unreadable(written, error);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            throw new UnresolvedReference(`names a folder, ${(0,errors/* quoteValue */.cl)(written)}: expected a file.`);
        if (stat.size > MAX_BYTES) {
            throw new UnresolvedReference(`names a file over 64 KiB, ${(0,errors/* quoteValue */.cl)(written)}: expected one secret (the content is not shown).`);
        }
        const buffer = Buffer.alloc(MAX_BYTES + 1);
        const length = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        const text = buffer
            .subarray(0, length)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
        const secret = text.replace(/\r?\n$/, '');
        if (secret.trim() === '')
            throw new UnresolvedReference(`names an empty file, ${(0,errors/* quoteValue */.cl)(written)}.`);
        return secret;
    }
    catch (error) {
        if (error instanceof UnresolvedReference)
            throw error;
        throw unreadable(written, error);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function unreadable(written, error) {
    const code = error?.code;
    const reason = typeof code === 'string' ? code : (0,errors/* messageOf */.bD)(error);
    return new UnresolvedReference(`names a file that cannot be read, ${(0,errors/* quoteValue */.cl)(written)} (${reason}).`);
}

;// CONCATENATED MODULE: ./src/fleet/portal-entry.ts
// One entry of the portals file → the same Inputs as a single check, through the inputs' own
// parser: `defaults:` first, then the entry's keys, then the secrets their references name. A
// refusal says which key, where it was written (the entry, or `defaults`) and the input's words.





/** A refusal of one key (`''`: of the entry as a whole); the file's reader says where. */
class EntryProblem extends Error {
    path;
    key;
    words;
    constructor(path, key, words) {
        super(words);
        this.path = path;
        this.key = key;
        this.words = words;
    }
}
/** `given`: the entry's keys over the defaults' (`name` is the entry's own). */
function entryInputs(given, context) {
    const secrets = new Map();
    for (const input of SECRET_INPUTS) {
        const reference = referenceOf(given, input);
        if (!reference)
            continue;
        const { key, value } = reference;
        const target = textOf(key, value);
        try {
            const kind = key.endsWith('-env') ? 'env' : 'file';
            const text = resolveReference({ kind, target }, context.env, context.folder);
            secrets.set(input, { text, given: value, key });
        }
        catch (error) {
            if (error instanceof UnresolvedReference)
                throw new EntryProblem(value.path, key, error.message);
            throw error;
        }
    }
    if (!secrets.has('token')) {
        const at = given.get('name') ?? given.get('portal');
        throw new EntryProblem(at?.path ?? [], 'token-env', 'is missing: give the token by reference, "token-env: VARIABLE" or "token-file: PATH".');
    }
    const read = (name) => {
        const secret = secrets.get(name);
        if (secret)
            return secret.text;
        const value = given.get(name);
        return value === undefined ? '' : textOf(name, value);
    };
    try {
        const inputs = (0,src_inputs/* parseInputs */.T)(read, context.env);
        // A proxy variable the check would go through must be usable: also refused before any request.
        (0,proxy/* proxyFor */.i)(new URL(inputs.portal.base), inputs.proxyVariables);
        if (inputs.ping)
            (0,proxy/* proxyFor */.i)(new URL(inputs.ping.url), inputs.proxyVariables);
        return inputs;
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        const secret = secrets.get(error.input);
        // Not a key of the file: a proxy variable of the environment, named by its own message.
        const key = secret?.key ?? (error.detail === undefined ? '' : error.input);
        const at = secret?.given ?? given.get(error.input) ?? given.get('portal');
        throw new EntryProblem(at?.path ?? [], key, error.detail ?? error.message);
    }
}
/** The key that refers to `input`'s secret: the entry's, else the defaults'; both kinds refused. */
function referenceOf(given, input) {
    const { env, file } = referenceKeys(input);
    const byEnv = given.get(env);
    const byFile = given.get(file);
    if (byEnv && byFile) {
        const [first, second] = [byEnv, byFile].sort((a, b) => a.path.length - b.path.length);
        // One from the defaults and one from the entry: the entry's wins.
        if (first.path[0] === 'defaults' && second.path[0] !== 'defaults') {
            return second === byEnv ? { key: env, value: byEnv } : { key: file, value: byFile };
        }
        throw new EntryProblem(byFile.path, file, `cannot be combined with "${env}": give the ${input} one way.`);
    }
    if (byEnv)
        return { key: env, value: byEnv };
    if (byFile)
        return { key: file, value: byFile };
    return undefined;
}
/**
 * A value as the inputs read it: YAML's numbers and booleans as written (`min-count: 2`,
 * `dump: true`); `storage-params` may be a mapping. A list or another mapping is refused.
 */
function textOf(key, { value, path }) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (key === 'storage-params' && typeof value === 'object' && !Array.isArray(value)) {
        return JSON.stringify(value);
    }
    throw new EntryProblem(path, key, 'has an invalid value: expected one value, not a list or a mapping.');
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/fleet/yaml-lines.ts
// The portals file read once as YAML events (JSON is YAML): its value, and the line of every key
// and list item by its path (`portals`, 3, `max-age`), so that a refusal can point at the line.
// js-yaml's load() keeps no positions; its event stream has each node's offset in the text.

/** A YAML syntax error: the parser's reason and, when it gives one, the line (from 1). */
class YamlSyntaxError extends Error {
    reason;
    line;
    constructor(reason, line) {
        super(reason);
        this.reason = reason;
        this.line = line;
        this.name = 'YamlSyntaxError';
    }
}
function loadWithLines(text) {
    let events;
    let documents;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
        documents = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text });
    }
    catch (error) {
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            throw error;
        const line = error.mark?.line;
        throw new YamlSyntaxError(error.reason, line === undefined ? undefined : line + 1);
    }
    if (documents.length > 1)
        throw new YamlSyntaxError('expected one document, found more', 1);
    const lines = new Map();
    const lineAt = lineFinder(text);
    const stack = [];
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            stack.push({ path: [], mapping: false, expectingKey: false, key: '', next: 0 });
            continue;
        }
        if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
            continue;
        }
        const parent = stack.at(-1);
        const offset = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? event.valueStart : 'start' in event ? event.start : -1;
        let path = parent?.path ?? [];
        if (parent?.mapping && parent.expectingKey) {
            // A key: its line is the entry's line. A key that is itself a collection has no path.
            parent.key = event.type === js_yaml/* EVENT_ID */.hy.SCALAR ? (0,js_yaml/* getScalarValue */.KE)(text, event) : '\0';
            if (offset >= 0)
                lines.set(keyOf([...parent.path, parent.key]), lineAt(offset));
            parent.expectingKey = false;
            path = null;
        }
        else if (parent?.mapping) {
            path = [...parent.path, parent.key];
            parent.expectingKey = true;
        }
        else if (parent && stack.length > 1) {
            path = [...parent.path, parent.next++];
            if (offset >= 0)
                lines.set(keyOf(path), lineAt(offset));
        }
        if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            const mapping = event.type === js_yaml/* EVENT_ID */.hy.MAPPING;
            stack.push({ path: path ?? ['\0'], mapping, expectingKey: mapping, key: '', next: 0 });
        }
    }
    return { value: documents[0], lineOf: path => lines.get(keyOf(path)) };
}
function keyOf(path) {
    return path.join('\0');
}
/** Offset → line (from 1), by a binary search over where each line starts. */
function lineFinder(text) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
        starts.push(at + 1);
    return offset => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    };
}

;// CONCATENATED MODULE: ./src/fleet/portals-file.ts
// The portals file (`--config FILE`, the Action's `config`): `defaults:` applied to every entry,
// then `portals:`, each a name, a portal, its token by reference and any check input by its
// name. The whole file is validated before any request; a refusal names the entry (its name, or
// its place in the list), the key, and the line.






/**
 * A name fit for every place it is shown without escaping: a Prometheus label value, a perfdata
 * label, a markdown table cell, a file name. Letters, digits, `.`, `_`, `-`; 64 at most.
 */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** More than one run is meant for: past this, shard the file (README). */
const MAX_PORTALS = 10_000;
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Reads and validates the whole file; throws the InputError of `config` on the first problem. */
async function readPortalsFile(file, env) {
    return parsePortals(await readText(file), file, env);
}
/** The file's text, already read: the same checks, the same words. */
function parsePortals(text, file, env) {
    const refuse = (line, where, words) => (0,errors/* inputError */.Xu)('config', `has an error in ${(0,errors/* quoteValue */.cl)(file)}${line === undefined ? '' : ` at line ${line}`}${where}: ${words}`);
    let loaded;
    try {
        loaded = loadWithLines(text);
    }
    catch (error) {
        if (!(error instanceof YamlSyntaxError))
            throw error;
        throw refuse(error.line, '', `it is not valid YAML (or JSON): ${error.reason}.`);
    }
    const top = loaded.value;
    const lineOf = loaded.lineOf;
    const problem = (at, key, words) => refuse(lineOf([...at, key]) ?? lineOf(at), placeOf(at, top), key ? `key "${key}" ${words}` : words);
    if (!isMapping(top)) {
        throw refuse(1, '', 'expected a mapping with "portals:" (a list of portals) and "defaults:".');
    }
    for (const key of Object.keys(top)) {
        if (key !== 'defaults' && key !== 'portals') {
            throw problem([], key, 'is not a known key: expected "defaults" and "portals".');
        }
    }
    const defaults = top.defaults ?? {};
    if (!isMapping(defaults))
        throw problem([], 'defaults', 'is not a mapping of check inputs.');
    const list = top.portals;
    if (!Array.isArray(list) || list.length === 0) {
        throw problem([], 'portals', 'is missing or empty: expected a list of portals.');
    }
    if (list.length > MAX_PORTALS) {
        throw problem([], 'portals', `lists ${list.length} portals, over ${MAX_PORTALS}: shard the file.`);
    }
    const defaultValues = givenValues(defaults, ['defaults'], problem);
    const places = new Map();
    const folder = external_node_path_default().dirname(external_node_path_default().resolve(file));
    const portals = list.map((entry, index) => {
        const at = ['portals', index];
        if (!isMapping(entry))
            throw refuse(lineOf(at), placeOf(at, top), 'expected a mapping.');
        const name = nameOf(entry.name, at, problem);
        const earlier = places.get(name);
        if (earlier !== undefined) {
            throw problem(at, 'name', `repeats the name of portals[${earlier}]: each name is unique.`);
        }
        places.set(name, index);
        const given = new Map([...defaultValues, ...givenValues(entry, at, problem)]);
        try {
            return { name, inputs: entryInputs(given, { env, folder }) };
        }
        catch (error) {
            if (!(error instanceof EntryProblem))
                throw error;
            const from = error.path[0] === 'defaults' ? ['defaults'] : at;
            throw problem(from, error.key, error.words);
        }
    });
    return { file, portals };
}
function givenValues(mapping, at, problem) {
    return Object.entries(mapping).map(([key, value]) => {
        const refusal = refusalOf(key, at[0] === 'defaults');
        if (refusal)
            throw problem(at, key, refusal);
        return [key, { value, path: [...at, key] }];
    });
}
function nameOf(value, at, problem) {
    if (value === undefined || value === null || value === '') {
        throw problem(at, 'name', 'is missing: each portal has a name, its label everywhere.');
    }
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !NAME_PATTERN.test(text)) {
        const shown = typeof text === 'string' ? ` ${(0,errors/* quoteValue */.cl)(text)}` : '';
        throw problem(at, 'name', `has an invalid value${shown}: expected letters, digits, ".", "_" or "-", starting with a letter or digit, at most 64.`);
    }
    return text;
}
/** `, portal "eu-1" (portals[3])`, `, defaults`, or nothing at the top. */
function placeOf(at, top) {
    if (at[0] === 'defaults')
        return ', in defaults';
    if (at[0] !== 'portals' || typeof at[1] !== 'number')
        return '';
    const entry = isMapping(top) && Array.isArray(top.portals) ? top.portals[at[1]] : undefined;
    const name = isMapping(entry) && typeof entry.name === 'string' ? entry.name : undefined;
    const shown = name !== undefined && NAME_PATTERN.test(name) ? `portal "${name}" ` : '';
    return `, ${shown}(portals[${at[1]}])`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function readText(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
        if (stat.size > MAX_FILE_BYTES) {
            throw (0,errors/* inputError */.Xu)('config', `names a file over 16 MiB, ${(0,errors/* quoteValue */.cl)(file)}: shard it.`);
        }
        return (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code;
        const reason = typeof code === 'string' ? code : (0,errors/* messageOf */.bD)(error);
        throw (0,errors/* inputError */.Xu)('config', `names a file that cannot be read: ${(0,errors/* quoteValue */.cl)(file)} (${reason}).`);
    }
    finally {
        await handle?.close();
    }
}

// EXTERNAL MODULE: ./src/inputs/parse-values.ts + 1 modules
var parse_values = __webpack_require__(8279);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
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
async function exporterCommand(args) {
    const settings = exporterSettings(args);
    const log = (line) => console.error(line);
    const fleet = await readPortalsFile(settings.configPath, process.env);
    const exporter = await startExporter(settings, fleet.portals, {
        load: async (file) => (await readPortalsFile(file, process.env)).portals,
        check: (portal, run) => checkFleetPortal(verifyOnly(portal, run.verify), { timing: clock/* realTiming */.$, signal: run.signal }),
        verifies: portal => portal.inputs.verify,
        clock: realExporterClock,
        log
    });
    console.log(`Listening on ${exporter.url}/metrics: ${fleet.portals.length} portals.`);
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
        concurrency: (0,parse_values/* parseWholeNumber */.oA)('concurrency', given('concurrency') ?? '16', 1, 1000)
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


/***/ }),

/***/ 2206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FAMILIES),
/* harmony export */   z: () => (/* binding */ verificationOf)
/* harmony export */ });
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7383);
// The metrics written for each portal: one entry per family, in the order they are written. A
// new report field (e.g. the verification's figures) is one more entry here.


/** One sample, or none when `value` is `null` or `undefined` (not known for this portal). */
const one = (value) => value === null || value === undefined ? [] : [{ value }];
const flag = (value) => [{ value: value ? 1 : 0 }];
const unixSeconds = (iso) => iso ? Date.parse(iso) / 1000 : null;
const isBackupJob = (report) => report.progress?.backupProgressEnum === _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_KIND */ .Xw.Backup;
/** The restore check (`--verify`), when the report has one. */
function verificationOf(report) {
    return report.verification;
}
/** A figure of a verification that passed every check (the `verified-*` outputs' rule). */
const verifiedFigure = (report, figure) => {
    const verification = verificationOf(report);
    return verification && (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_1__/* .wasVerified */ .YI)(verification) ? one(verification[figure]) : [];
};
const FAMILIES = [
    {
        name: 'docspace_backup_up',
        help: 'Whether the portal could be checked: 1 when a verdict was reached, 0 when not (see docspace_backup_reason).',
        evenOnError: true,
        samples: report => flag(report.status !== 'error')
    },
    {
        name: 'docspace_backup_healthy',
        help: 'Whether the backups are healthy: 1 healthy, 0 unhealthy or not checked.',
        evenOnError: true,
        samples: report => flag(report.status === 'healthy')
    },
    {
        name: 'docspace_backup_reason',
        help: 'Why the backups are unhealthy, or why they could not be checked: 1 per reason code.',
        evenOnError: true,
        samples: report => report.reasons.map(reason => ({ labels: { reason }, value: 1 }))
    },
    {
        name: 'docspace_backup_warning',
        help: 'Warnings of the check: 1 per warning code.',
        evenOnError: true,
        samples: report => report.warnings.map(warning => ({ labels: { warning }, value: 1 }))
    },
    {
        name: 'docspace_backup_check_timestamp_seconds',
        help: 'When the check ran, in Unix time.',
        evenOnError: true,
        samples: report => one(unixSeconds(report.checkedAt))
    },
    {
        name: 'docspace_backup_latest_created_timestamp_seconds',
        help: 'When the newest usable backup was created, in Unix time (absent when there is none).',
        samples: report => one(unixSeconds(report.latest?.createdOn))
    },
    {
        name: 'docspace_backup_max_age_seconds',
        help: 'The oldest acceptable age of the newest usable backup (the max-age in force).',
        samples: report => one(report.thresholds.maxAgeHours && report.thresholds.maxAgeHours * 3600)
    },
    {
        name: 'docspace_backup_usable_backups',
        help: 'Usable backups: not expired, not dated more than a day ahead.',
        samples: report => one(report.counts.usable)
    },
    {
        name: 'docspace_backup_min_usable_backups',
        help: 'The fewest usable backups that count as healthy (min-count).',
        samples: report => one(report.thresholds.minCount)
    },
    {
        name: 'docspace_backup_history_records',
        help: "Records in the portal's backup history, expired ones included.",
        samples: report => one(report.counts.history)
    },
    {
        name: 'docspace_backup_created_this_month',
        help: 'Backups created this calendar month (getbackupscount; absent before DocSpace 3.5).',
        samples: report => one(report.counts.createdThisMonth)
    },
    {
        name: 'docspace_backup_last_job_failed',
        help: 'Whether the latest backup job completed with an error.',
        samples: report => flag(isBackupJob(report) && !!report.progress?.isCompleted && !!report.progress.error)
    },
    {
        name: 'docspace_backup_job_running',
        help: 'Whether a backup job is running.',
        samples: report => flag(isBackupJob(report) && report.progress?.isCompleted === false)
    },
    {
        name: 'docspace_backup_schedule_present',
        help: 'Whether the portal has an automatic backup schedule.',
        samples: report => flag(report.scheduleSummary !== null)
    },
    {
        name: 'docspace_backup_schedule_last_started_timestamp_seconds',
        help: 'When the schedule last started a backup, in Unix time (absent when it never has).',
        samples: report => one(unixSeconds(report.scheduleSummary?.lastStarted))
    },
    {
        name: 'docspace_backup_service_enabled',
        help: 'Whether the paid backup service is enabled (absent before DocSpace 3.5).',
        samples: report => (report.serviceEnabled === null ? [] : flag(report.serviceEnabled))
    },
    {
        name: 'docspace_backup_started_backup_duration_seconds',
        help: 'With --start-backup: seconds from starting the backup to the end of the wait.',
        samples: report => one(report.startedBackup?.seconds)
    },
    {
        name: 'docspace_backup_verified',
        help: 'With --verify: 1 when the newest backup passed every restore check, 0 when unreadable or corrupt (absent when nothing was verified).',
        samples: report => {
            const verified = (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_1__/* .wasVerified */ .YI)(verificationOf(report));
            return verified === null ? [] : flag(verified);
        }
    },
    {
        name: 'docspace_backup_verified_archive_bytes',
        help: 'With --verify: the size of the verified archive.',
        samples: report => verifiedFigure(report, 'bytes')
    },
    {
        name: 'docspace_backup_verified_tables',
        help: 'With --verify: database tables in the verified archive.',
        samples: report => verifiedFigure(report, 'tables')
    },
    {
        name: 'docspace_backup_verified_files',
        help: 'With --verify: storage files in the verified archive.',
        samples: report => verifiedFigure(report, 'files')
    },
    {
        name: 'docspace_backup_verify_duration_seconds',
        help: 'With --verify: seconds the download and restore check took.',
        samples: report => one(verificationOf(report)?.seconds)
    }
];


/***/ }),

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeLabelValue),
/* harmony export */   renderPrometheus: () => (/* binding */ renderPrometheus),
/* harmony export */   renderPrometheusUnchecked: () => (/* binding */ renderPrometheusUnchecked)
/* harmony export */ });
/* harmony import */ var _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2206);

/** The metrics of one or more portals (the demo checks two), one HELP and TYPE per family. */
function renderPrometheus(reports) {
    const lines = [];
    for (const family of _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .FAMILIES */ .B) {
        const samples = reports.flatMap(report => report.status === 'error' && !family.evenOnError
            ? []
            : family.samples(report).map(sample => sampleLine(family.name, report.host, sample)));
        if (samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
        lines.push(`# TYPE ${family.name} gauge`);
        lines.push(...samples);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * For a run that never reached the portal (invalid arguments): `up` 0 and why, so that a
 * textfile is not left holding the figures of the last good run.
 */
function renderPrometheusUnchecked(host, reason, at) {
    // The families written on error read only these fields.
    const unchecked = {
        host,
        status: 'error',
        reasons: [reason],
        warnings: [],
        checkedAt: at.toISOString()
    };
    return renderPrometheus([unchecked]);
}
function sampleLine(name, host, sample) {
    const labels = Object.entries({ portal: host, ...sample.labels })
        .map(([label, value]) => `${label}="${escapeLabelValue(value)}"`)
        .join(',');
    return `${name}{${labels}} ${formatValue(sample.value)}`;
}
/** Label values escape `\`, `"` and line feeds; the format has no other escapes. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** HELP text escapes `\` and line feeds. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}


/***/ })

};
