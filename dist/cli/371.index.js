export const id = 371;
export const ids = [371,117,594];
export const modules = {

/***/ 5371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONCURRENCY: () => (/* binding */ DEFAULT_CONCURRENCY),
  fleetCommand: () => (/* binding */ fleetCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/fleet/fleet-metrics.ts
var fleet_metrics = __webpack_require__(3572);
;// CONCATENATED MODULE: ./src/fleet/fleet-report.ts
/**
 * Worst first: an unhealthy portal is a finding about its backups and outranks one that could
 * not be checked (as CRITICAL outranks UNKNOWN in a monitoring system's severity order).
 */
const SEVERITY = ['unhealthy', 'error', 'healthy'];
function fleet_report_fleetCounts(named) {
    const counts = { total: named.length, healthy: 0, unhealthy: 0, error: 0 };
    for (const { report } of named)
        counts[report.status]++;
    return counts;
}
/** The worst status among `reports`; `healthy` when there are none (an empty shard). */
function worstStatus(reports) {
    const present = new Set(reports.map(report => report.status));
    return SEVERITY.find(status => present.has(status)) ?? 'healthy';
}
function fleetReport(named, checkedAt) {
    return {
        checkedAt: checkedAt.toISOString(),
        status: worstStatus(named.map(({ report }) => report)),
        counts: fleet_report_fleetCounts(named),
        portals: named.map(({ name, report }) => ({ name, ...report }))
    };
}

// EXTERNAL MODULE: ./src/fleet/portals-file.ts + 4 modules
var portals_file = __webpack_require__(153);
// EXTERNAL MODULE: ./src/fleet/check-portal.ts
var check_portal = __webpack_require__(3495);
;// CONCATENATED MODULE: ./src/fleet/run-fleet.ts

/** The reports in the fleet's order. */
async function checkFleet(portals, options) {
    const results = new Array(portals.length);
    let next = 0;
    const worker = async () => {
        while (next < portals.length) {
            const index = next++;
            const portal = portals[index];
            const named = { name: portal.name, report: await (0,check_portal/* checkFleetPortal */.L)(portal, options) };
            results[index] = named;
            options.onReport?.(named);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, portals.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/fleet/selection.ts
var selection = __webpack_require__(6510);
// EXTERNAL MODULE: ./src/inputs/parse-values.ts + 1 modules
var parse_values = __webpack_require__(8279);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/cli/formats.ts
var formats = __webpack_require__(8726);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/render/words.ts
var words = __webpack_require__(5933);
// EXTERNAL MODULE: ./src/time/durations.ts
var durations = __webpack_require__(7748);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
;// CONCATENATED MODULE: ./src/fleet/fleet-text.ts
// The fleet as plain text: a block per portal that is not healthy (the single check's text,
// under its name), a line per healthy one, then the total.



function renderFleetText(named) {
    const blocks = named
        .filter(({ report }) => report.status !== 'healthy')
        .map(({ name, report }) => `[${name}] ${(0,render_text/* renderText */.S5)(report)}`);
    const lines = named
        .filter(({ report }) => report.status === 'healthy')
        .map(({ name, report }) => `✔ ${name}: healthy, ${newestWords(report)}`);
    const healthy = lines.length > 0 ? [lines.join('\n')] : [];
    return [...blocks, ...healthy, fleet_text_totalLine(fleet_report_fleetCounts(named))].join('\n\n');
}
/** `3 usable backups, newest 5h 2m old`. */
function newestWords(report) {
    const usable = `${report.counts.usable} usable backup${report.counts.usable === 1 ? '' : 's'}`;
    if (!report.latest)
        return usable;
    return `${usable}, newest ${(0,durations/* humanDuration */.U)(report.latest.ageHours * 3600)} old`;
}
/** `40 portals: 37 healthy, 2 unhealthy, 1 could not be checked`. */
function fleet_text_totalLine(counts) {
    const parts = [
        `${counts.healthy} healthy`,
        `${counts.unhealthy} unhealthy`,
        `${counts.error} could not be checked`
    ];
    return `${counts.total} portal${counts.total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/fleet/fleet-markdown.ts
// The fleet's job summary (and `--format markdown`): a table of every portal, then the single
// check's summary of each one that is not healthy, as long as the whole stays within the job
// summary's 1 MiB. Every portal string goes through `text` (core.summary escapes nothing).






/** GitHub's limit on a step's summary is 1 MiB; the details stop short of it. */
const MAX_SUMMARY_BYTES = 1024 * 1024;
const DETAILS_BUDGET = MAX_SUMMARY_BYTES - 64 * 1024;
const ICON = { healthy: '✅', unhealthy: '❌', error: '⚠️' };
function renderFleetMarkdown(named, checkedAt) {
    const counts = fleet_report_fleetCounts(named);
    const worst = worstStatus(named.map(({ report }) => report));
    const heading = `## ${ICON[worst]} DocSpace backups: ${fleet_text_totalLine(counts)}\n\nChecked ${checkedAt.toISOString()}`;
    const unwell = named.filter(({ report }) => report.status !== 'healthy');
    const overview = tableWithin(named, unwell);
    let size = Buffer.byteLength(heading) + Buffer.byteLength(overview);
    const details = [];
    for (const { name, report } of unwell) {
        const block = `<details><summary>${(0,markdown/* text */.Qq)(name)}: ${words/* STATUS_WORDS */.ly[report.status]}</summary>\n\n${(0,summary/* renderSummary */.B)(report)}\n</details>`;
        size += Buffer.byteLength(block) + 2;
        if (size > DETAILS_BUDGET)
            break;
        details.push(block);
    }
    const left = unwell.length - details.length;
    const note = left > 0
        ? [
            `The details of ${left} more portal${left === 1 ? '' : 's'} are left out, to keep the summary within 1 MiB: the table above lists them all.`
        ]
        : [];
    return `${[heading, overview, ...details, ...note].join('\n\n')}\n`;
}
/**
 * The fleet's issue (GitHub takes 65,536 characters in a body): the counts, then a row per
 * portal that is not healthy, as many as fit, then how many more.
 */
function renderFleetIssue(named, checkedAt) {
    const heading = `**${totalLine(fleetCounts(named))}** (checked ${checkedAt.toISOString()})`;
    const unwell = named.filter(({ report }) => report.status !== 'healthy');
    let shown = unwell;
    while (shown.length > 0 && portalTable(shown).length > MAX_ISSUE_TABLE) {
        shown = shown.slice(0, Math.floor(shown.length * 0.9));
    }
    const left = unwell.length - shown.length;
    const more = left > 0 ? [`…and ${left} more not healthy: see the job summary.`] : [];
    const list = shown.length > 0 ? [portalTable(shown)] : [];
    return `${[heading, ...list, ...more].join('\n\n')}\n`;
}
/**
 * Every portal's row, or past the budget (thousands of portals) those not healthy first and as
 * many healthy ones as fit, saying how many are not listed.
 */
function tableWithin(named, unwell) {
    const whole = portalTable(named);
    if (Buffer.byteLength(whole) <= TABLE_BUDGET)
        return whole;
    const healthy = named.filter(({ report }) => report.status === 'healthy');
    let listed = [...unwell, ...healthy];
    while (listed.length > 0 && Buffer.byteLength(portalTable(listed)) > TABLE_BUDGET) {
        listed = listed.slice(0, Math.floor(listed.length * 0.9));
    }
    const left = named.length - listed.length;
    return `${portalTable(listed)}\n\n${left} more healthy or later portals are not listed, to keep the summary within 1 MiB.`;
}
const TABLE_BUDGET = DETAILS_BUDGET / 2;
/** Room for the issue's table, below GitHub's 65,536 characters with the rest around it. */
const MAX_ISSUE_TABLE = 60_000;
function portalTable(named) {
    const rows = named.map(({ name, report }) => [
        (0,markdown/* text */.Qq)(name),
        `${ICON[report.status]} ${words/* STATUS_WORDS */.ly[report.status]}`,
        (0,markdown/* text */.Qq)(report.host),
        newestAge(report),
        report.status === 'error' ? 'n/a' : String(report.counts.usable),
        report.reasons.map(code => `\`${code}\``).join(', ')
    ]);
    return (0,markdown/* table */.tp)(['Portal', 'Status', 'Host', 'Newest backup', 'Usable', 'Reasons'], rows);
}
function newestAge(report) {
    return report.latest ? `${(0,durations/* humanDuration */.U)(report.latest.ageHours * 3600)} old` : 'none';
}

// EXTERNAL MODULE: ./src/render/perfdata.ts
var render_perfdata = __webpack_require__(3357);
// EXTERNAL MODULE: ./src/render/nagios.ts
var nagios = __webpack_require__(4117);
;// CONCATENATED MODULE: ./src/fleet/fleet-nagios.ts
// The fleet as one monitoring plugin's output: the worst state, a first line with the counts
// (`2 CRITICAL, 1 UNKNOWN, 37 OK of 40 portals`), one long-output line per portal not OK, and
// each portal's performance data under its name (`'eu-1.age'=…`).


/** Worst first, as a monitoring system sorts by severity: CRITICAL, UNKNOWN, WARNING, OK. */
const fleet_nagios_SEVERITY = ['CRITICAL', 'UNKNOWN', 'WARNING', 'OK'];
function renderFleetNagios(named) {
    const rated = named.map(({ name, report }) => ({ name, report, state: (0,nagios/* pluginState */.fC)(report) }));
    const severity = (state) => fleet_nagios_SEVERITY.indexOf(state);
    const worst = fleet_nagios_SEVERITY.find(state => rated.some(portal => portal.state === state)) ?? 'OK';
    const counts = fleet_nagios_SEVERITY.map(state => ({
        state,
        count: rated.filter(p => p.state === state).length
    }))
        .filter(({ count }) => count !== 0)
        .map(({ state, count }) => `${count} ${state}`);
    const total = `${named.length} portal${named.length === 1 ? '' : 's'}`;
    const summary = counts.length === 0 ? `no portal to check` : `${counts.join(', ')} of ${total}`;
    // Names are letters, digits, `.`, `_`, `-` (portals-file.ts): safe in a label.
    const perfdata = named
        .flatMap(({ name, report }) => (0,render_perfdata/* perfData */.IW)(report).map(datum => (0,render_perfdata/* formatDatum */.DX)({ ...datum, label: `${name}.${datum.label}` })))
        .join(' ');
    // The portals not OK, worst first, in the file's order within a state (sort is stable).
    const long = rated
        .filter(portal => portal.state !== 'OK')
        .sort((a, b) => severity(a.state) - severity(b.state))
        .map(({ name, report, state }) => (0,nagios/* pluginText */.z3)(`${name}: ${state} - ${(0,nagios/* statusText */.qS)(report, state)}`));
    const first = `${(0,nagios/* statusLine */.Bs)(worst, summary)}${perfdata ? ` | ${perfdata}` : ''}`;
    return { text: [first, ...long].join('\n'), exitCode: nagios/* PLUGIN_EXIT_CODES */.y1[worst] };
}

;// CONCATENATED MODULE: ./src/cli/fleet-formats.ts
// What each `--format` prints for a fleet: the same formats as one portal, each for all of them.





function renderFleet(format, named, at) {
    switch (format) {
        case 'text':
            return { text: renderFleetText(named) };
        case 'markdown':
            return { text: renderFleetMarkdown(named, at).trimEnd() };
        case 'json':
            return { text: JSON.stringify(fleetReport(named, at), null, 2) };
        case 'nagios': {
            const { text, exitCode } = renderFleetNagios(named);
            return { text, pluginExitCode: exitCode };
        }
        case 'prometheus':
            return { text: (0,fleet_metrics/* renderFleetMetrics */.w)(named).trimEnd() };
    }
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/textfile.ts
var cli_textfile = __webpack_require__(6333);
;// CONCATENATED MODULE: ./src/cli/fleet-command.ts
// `--config FILE`: every portal of a portals file (or of `--only`, of a `--shard`), at most
// `--concurrency` at once, then one output for the fleet and the worst exit code. The whole
// file is validated before any request; the single check's options are the file's to give.












/** The default of `--concurrency`: enough to hide the portals' latency, few enough for any host. */
const DEFAULT_CONCURRENCY = 16;
async function fleetCommand(args, context) {
    const given = (name) => args.values.get(name);
    // A portal's own options are the file's: one given here would be ambiguous (which portal?).
    const single = [...options/* CHECK_INPUT_OPTIONS */.zp, 'token-file'].find(name => given(name) !== undefined);
    if (single !== undefined) {
        const where = ['portal', 'token', 'token-file'].includes(single)
            ? 'each portal and its token are entries of the portals file'
            : 'give it in the portals file, under "defaults:" or an entry';
        throw new errors/* InputError */.dz(single, `Option "--${single}" cannot be combined with --config: ${where}.`);
    }
    const format = (0,formats/* checkFormat */.KA)(given('format'));
    const textfile = given('textfile');
    if (textfile !== undefined)
        context.textfile = (0,cli_textfile/* checkTextfilePath */.dU)(textfile);
    const concurrency = (0,parse_values/* parseWholeNumber */.oA)('concurrency', given('concurrency') ?? String(DEFAULT_CONCURRENCY), 1, 1000);
    const only = (0,selection/* parseOnly */.Qu)(given('only') ?? '');
    const shard = (0,selection/* parseShard */.uK)(given('shard') ?? '');
    const fleet = await (0,portals_file/* readPortalsFile */.QW)(given('config') ?? '', process.env);
    context.secrets = fleet.portals.map(portal => portal.inputs.token);
    const portals = (0,selection/* selectPortals */.ay)(fleet.portals, { only, shard });
    const named = await checkFleet(portals, {
        concurrency,
        timing: clock/* realTiming */.$,
        log: line => console.error(line)
    });
    const rendered = renderFleet(format, named, new Date(clock/* realTiming */.$.now()));
    // Written before anything is printed: a failure to write is the run's error, not after an OK.
    if (context.textfile !== undefined)
        (0,cli_textfile/* publishExposition */.Iw)(context.textfile, (0,fleet_metrics/* renderFleetMetrics */.w)(named));
    const failing = named.filter((_, index) => portals[index].inputs.failOnUnhealthy);
    const code = formats/* EXIT */.dc[worstStatus(failing.map(({ report }) => report))];
    return (0,formats/* print */.yy)(rendered.text, rendered.pluginExitCode ?? code);
}


/***/ }),

/***/ 3495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ checkFleetPortal)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(241);

/** The portal's Report; rejects only when `signal` aborts (or for a bug). */
function checkFleetPortal(portal, deps) {
    const { signal } = deps;
    signal?.throwIfAborted();
    const checking = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .runCheck */ .k)(portal.inputs, {
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


/***/ }),

/***/ 3572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ renderFleetMetrics)
/* harmony export */ });
/* harmony import */ var _render_prometheus_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5594);
// The fleet as one Prometheus exposition (`--format prometheus`, `--textfile`, the exporter's
// `/metrics`): every family once, each sample labelled `portal="<name>"`.

function renderFleetMetrics(named) {
    return (0,_render_prometheus_js__WEBPACK_IMPORTED_MODULE_0__/* .renderLabelled */ .A)(named.map(({ name, report }) => ({ portal: name, report })));
}


/***/ }),

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QW: () => (/* binding */ readPortalsFile)
});

// UNUSED EXPORTS: MAX_PORTALS, NAME_PATTERN, parsePortals

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
/** A reference longer than this, with no folder in it, is not quoted: it may be a secret. */
const MAX_SHOWN = 64;
/** Why a reference cannot be followed, in words that follow `key "token-env"`. */
class UnresolvedReference extends Error {
}
/** The secret's text, or a UnresolvedReference saying why not (never what was read). */
function resolveReference(reference, env, folder) {
    if (reference.kind === 'env') {
        // Not a name, or a long one: perhaps the secret itself, pasted where its name goes.
        if (!VARIABLE_NAME.test(reference.target) || reference.target.length > MAX_SHOWN) {
            throw new UnresolvedReference(`has an invalid value (not shown: it may be the secret itself): expected the name of an environment variable of at most ${MAX_SHOWN} characters, such as DOCSPACE_TOKEN_EU.`);
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
            throw new UnresolvedReference(`names a folder, ${shown(written)}: expected a file.`);
        if (stat.size > MAX_BYTES) {
            throw new UnresolvedReference(`names a file over 64 KiB, ${shown(written)}: expected one secret (the content is not shown).`);
        }
        const buffer = Buffer.alloc(MAX_BYTES + 1);
        const length = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        const text = buffer
            .subarray(0, length)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
        const secret = text.replace(/\r?\n$/, '');
        if (secret.trim() === '')
            throw new UnresolvedReference(`names an empty file, ${shown(written)}.`);
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
/** A path as written, unless it looks like a secret pasted in its place (long, no folder). */
function shown(written) {
    return written.length > MAX_SHOWN && !/[/\\.]/.test(written)
        ? '(not shown: it may be the secret itself)'
        : (0,errors/* quoteValue */.cl)(written);
}
function unreadable(written, error) {
    const code = error?.code;
    const reason = typeof code === 'string' ? code : (0,errors/* messageOf */.bD)(error);
    return new UnresolvedReference(`names a file that cannot be read, ${shown(written)} (${reason}).`);
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
        // One level of single values, as the input takes: a nested or self-referring mapping
        // (YAML's aliases) is refused here, before it could be written out at any size.
        const values = Object.values(value);
        if (values.every(one => one === null || ['string', 'number', 'boolean'].includes(typeof one)))
            return JSON.stringify(value);
        throw new EntryProblem(path, key, 'has an invalid value: expected a mapping of single values.');
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


/***/ }),

/***/ 6510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ parseOnly),
/* harmony export */   ay: () => (/* binding */ selectPortals),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony export shardOf */
/* harmony import */ var leven__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7785);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Which portals of the file this run checks: `only` (names) and `shard` (`I/N`). A shard is
// chosen by a hash of the name, so N matrix jobs or N cron hosts given the same file check every
// portal once, none twice, and a portal added or removed moves no other between shards.


/** The most shards: far past any matrix (GitHub's has at most 256 jobs). */
const MAX_SHARDS = 1000;
/** `I/N`, 1 ≤ I ≤ N; `''`: the whole file. `input`: how the refusal names it. */
function parseShard(text, input = 'shard') {
    const value = text.trim();
    if (value === '')
        return null;
    const match = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(value);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, value, `I/N, the shard I of N from 1/N to N/N, such as 2/3 (N at most ${MAX_SHARDS})`);
    }
    return { index, count };
}
/** `a,b , c` → the names; `''`: every portal. */
function parseOnly(text) {
    const names = text
        .split(',')
        .map(name => name.trim())
        .filter(name => name !== '');
    return names.length === 0 ? null : names;
}
/** The shard (from 1) a name falls in: FNV-1a of its UTF-8 bytes, modulo the count. */
function shardOf(name, count) {
    let hash = 0x811c9dc5;
    for (const byte of Buffer.from(name, 'utf8')) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash % count) + 1;
}
/** The portals of `only` (every name must be in the file), then of the shard, in file order. */
function selectPortals(portals, selection) {
    let chosen = [...portals];
    if (selection.only) {
        const known = new Set(portals.map(portal => portal.name));
        const unknown = selection.only.find(name => !known.has(name));
        if (unknown !== undefined) {
            const meant = (0,leven__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h)(unknown, [...known], { maxDistance: 2 });
            const hint = meant === undefined ? '' : ` (did you mean "${meant}"?)`;
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('only', `names a portal that is not in the portals file: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(unknown)}${hint}.`);
        }
        const wanted = new Set(selection.only);
        chosen = chosen.filter(portal => wanted.has(portal.name));
    }
    const { shard } = selection;
    if (shard)
        chosen = chosen.filter(portal => shardOf(portal.name, shard.count) === shard.index);
    return chosen;
}


/***/ }),

/***/ 4117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ statusLine),
/* harmony export */   fC: () => (/* binding */ pluginState),
/* harmony export */   qS: () => (/* binding */ statusText),
/* harmony export */   renderNagios: () => (/* binding */ renderNagios),
/* harmony export */   renderNagiosUnknown: () => (/* binding */ renderNagiosUnknown),
/* harmony export */   y1: () => (/* binding */ PLUGIN_EXIT_CODES),
/* harmony export */   z3: () => (/* binding */ pluginText)
/* harmony export */ });
/* unused harmony export WARNINGS_NEEDING_A_PERSON */
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1362);
/* harmony import */ var _perfdata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3357);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(893);
// The report as a monitoring plugin's output (Nagios, Icinga, Naemon, Checkmk, Zabbix's
// external checks): one status line with performance data after `|`, the details on the lines
// after it, and the state in the exit code, as the Monitoring Plugins Development Guidelines say.



const PLUGIN_EXIT_CODES = {
    OK: 0,
    WARNING: 1,
    CRITICAL: 2,
    UNKNOWN: 3
};
/**
 * Warnings that need a person, so the plugin says WARNING: something is wrong that the verdict
 * does not fail for. The others (a running job, a route this portal does not have, a failed
 * ping or issue update) are reported in the long output under OK. One line per code.
 */
const WARNINGS_NEEDING_A_PERSON = new Set([
    'expiring',
    'clock-skew',
    'missed-backups',
    'backup-stuck',
    'backup-incomplete',
    'ping-provider-unknown'
]);
/** The status line is what a pager shows: kept to one short sentence. */
const MAX_STATUS_TEXT = 300;
function pluginState(report) {
    if (report.status === 'error')
        return 'UNKNOWN';
    if (report.status === 'unhealthy')
        return 'CRITICAL';
    return report.warnings.some(code => WARNINGS_NEEDING_A_PERSON.has(code)) ? 'WARNING' : 'OK';
}
/** The plugin's whole output (status line, then the long output) and its exit code. */
function renderNagios(report) {
    const state = pluginState(report);
    const perfdata = (0,_perfdata_js__WEBPACK_IMPORTED_MODULE_0__/* .performanceData */ .t6)(report);
    const first = `${statusLine(state, statusText(report, state))}${perfdata ? ` | ${perfdata}` : ''}`;
    // verdictLines ends with the likely cause, when the schedule tells one.
    const long = [
        ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictLines */ .rz)(report),
        ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .warningLines */ ._F)(report),
        ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .criterionLines */ .n_)(report),
        `checked at ${report.checkedAt}`
    ];
    return {
        text: [first, ...long.map(pluginText)].join('\n'),
        exitCode: PLUGIN_EXIT_CODES[state]
    };
}
/** For arguments that could not be used: UNKNOWN, as the guidelines want for a usage error. */
function renderNagiosUnknown(message) {
    return { text: statusLine('UNKNOWN', message), exitCode: PLUGIN_EXIT_CODES.UNKNOWN };
}
/** `DOCSPACE BACKUP <STATE> - <text>`, the text one short line. */
function statusLine(state, text) {
    return `DOCSPACE BACKUP ${state} - ${clipped(pluginText(text))}`;
}
/** The status line's text for one portal: `host: what is wrong`, or its figures. */
function statusText(report, state) {
    const host = report.host;
    if (report.error)
        return `${host}: ${report.error.code}: ${report.error.message}`;
    if (state === 'CRITICAL') {
        return `${host}: ${report.reasons.join(', ')}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictLines */ .rz)(report)[0]?.replace(/^[a-z-]+: /, '')}`;
    }
    const figures = newestFigures(report);
    if (state === 'WARNING') {
        const codes = report.warnings.filter(code => WARNINGS_NEEDING_A_PERSON.has(code));
        return `${host}: ${codes.join(', ')}; ${figures}`;
    }
    return `${host}: ${figures}`;
}
function newestFigures(report) {
    const usable = `${report.counts.usable} usable backup${report.counts.usable === 1 ? '' : 's'}`;
    const maxAgeInForceHours = report.thresholds.maxAgeHours?.toFixed(2);
    return report.latest
        ? `${usable}, newest ${report.latest.ageHours.toFixed(2)} h old (max-age ${maxAgeInForceHours} h)`
        : usable;
}
/**
 * Portal text made safe for a plugin line: one line, and no `|`, which would start the
 * performance data on whichever line it is (the guidelines read `|` on the long output too).
 */
function pluginText(text) {
    return (0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(text).replaceAll('|', '¦');
}
function clipped(text) {
    return text.length > MAX_STATUS_TEXT ? `${text.slice(0, MAX_STATUS_TEXT - 1)}…` : text;
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ formatDatum),
/* harmony export */   IW: () => (/* binding */ perfData),
/* harmony export */   t6: () => (/* binding */ performanceData)
/* harmony export */ });
/* unused harmony export perfNumber */
/* harmony import */ var _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2206);

const SOURCES = [
    ({ latest, thresholds }) => [
        {
            label: 'age',
            value: latest && seconds(latest.ageHours),
            uom: 's',
            // A range `N` alerts above N: `stale` is an age over the max-age.
            crit: thresholds.maxAgeHours === null ? '' : perfNumber(seconds(thresholds.maxAgeHours)),
            min: 0
        }
    ],
    ({ counts, thresholds }) => [
        // A range `N:` alerts below N: fewer usable backups than min-count.
        {
            label: 'usable',
            value: counts.usable,
            uom: '',
            crit: rangeAtLeast(thresholds.minCount),
            min: 0
        },
        { label: 'records', value: counts.history, uom: '', min: 0 }
    ],
    ({ counts }) => counts.createdThisMonth === null
        ? []
        : [{ label: 'created_month', value: counts.createdThisMonth, uom: '', min: 0 }],
    ({ progress }) => progress ? [{ label: 'job_progress', value: progress.progress, uom: '%', min: 0, max: 100 }] : [],
    ({ startedBackup }) => startedBackup
        ? [{ label: 'started_backup', value: startedBackup.seconds, uom: 's', min: 0 }]
        : [],
    report => {
        const verification = (0,_prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationOf */ .z)(report);
        if (verification?.outcome !== 'verified')
            return [];
        return [
            { label: 'verified_bytes', value: verification.bytes, uom: 'B', min: 0 },
            { label: 'verified_tables', value: verification.tables, uom: '', min: 0 },
            { label: 'verified_files', value: verification.files, uom: '', min: 0 },
            { label: 'verify_time', value: verification.seconds, uom: 's', min: 0 }
        ];
    }
];
/** The performance data of a report; none when the portal could not be checked. */
function performanceData(report) {
    return perfData(report).map(formatDatum).join(' ');
}
/** The data themselves (a fleet puts each portal's name before its labels). */
function perfData(report) {
    return report.status === 'error' ? [] : SOURCES.flatMap(source => source(report));
}
function formatDatum(datum) {
    const value = datum.value === null || !Number.isFinite(datum.value)
        ? 'U'
        : `${perfNumber(datum.value)}${datum.uom}`;
    const fields = [datum.warn ?? '', datum.crit ?? '', optional(datum.min), optional(datum.max)];
    // Trailing empty fields may be dropped, as the guidelines allow.
    while (fields.length > 0 && fields[fields.length - 1] === '')
        fields.pop();
    return [`'${datum.label}'=${value}`, ...fields].join(';');
}
function rangeAtLeast(minimum) {
    return minimum > 0 ? `${perfNumber(minimum)}:` : '';
}
function optional(value) {
    return value === undefined ? '' : perfNumber(value);
}
function seconds(hours) {
    return hours * 3600;
}
/** A plain decimal number (the guidelines' `[-0-9.]`): never an exponent, at most 3 decimals. */
function perfNumber(value) {
    if (!Number.isFinite(value))
        return '';
    if (Math.abs(value) >= 1e15)
        return BigInt(Math.round(value)).toString();
    const fixed = value.toFixed(3).replace(/\.?0+$/, '');
    return fixed === '-0' ? '0' : fixed;
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
/* harmony export */   A: () => (/* binding */ renderLabelled),
/* harmony export */   N: () => (/* binding */ escapeLabelValue),
/* harmony export */   renderPrometheus: () => (/* binding */ renderPrometheus),
/* harmony export */   renderPrometheusUnchecked: () => (/* binding */ renderPrometheusUnchecked)
/* harmony export */ });
/* harmony import */ var _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2206);

/** The metrics of one or more portals (the demo checks two), one HELP and TYPE per family. */
function renderPrometheus(reports) {
    return renderLabelled(reports.map(report => ({ portal: report.host, report })));
}
/**
 * The metrics of reports each under its own `portal` label (a fleet labels by name), every
 * family once.
 */
function renderLabelled(labelled) {
    const lines = [];
    for (const family of _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .FAMILIES */ .B) {
        const samples = labelled.flatMap(({ portal, report }) => report.status === 'error' && !family.evenOnError
            ? []
            : family.samples(report).map(sample => sampleLine(family.name, portal, sample)));
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
function sampleLine(name, portal, sample) {
    const labels = Object.entries({ portal, ...sample.labels })
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
