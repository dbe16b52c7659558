export const id = 74;
export const ids = [74];
export const modules = {

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
// EXTERNAL MODULE: ./src/fleet/run-fleet.ts
var run_fleet = __webpack_require__(2164);
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
    const concurrency = (0,parse_values/* parseWholeNumber */.oA)('concurrency', given('concurrency') ?? String(run_fleet/* DEFAULT_CONCURRENCY */.W), 1, 1000);
    const only = (0,selection/* parseOnly */.Qu)(given('only') ?? '');
    const shard = (0,selection/* parseShard */.uK)(given('shard') ?? '');
    const fleet = await (0,portals_file/* readPortalsFile */.QW)(given('config') ?? '', process.env);
    context.secrets = fleet.portals.map(portal => portal.inputs.token);
    const portals = (0,selection/* selectPortals */.ay)(fleet.portals, { only, shard });
    const named = await (0,run_fleet/* checkFleet */.z)(portals, {
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


/***/ })

};
