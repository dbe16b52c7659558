export const id = 921;
export const ids = [921];
export const modules = {

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P0: () => (/* binding */ OUTPUT_NAMES),
/* harmony export */   Yz: () => (/* binding */ outputsOf)
/* harmony export */ });
/* unused harmony export STEP_OUTPUTS */
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7748);
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7383);
// The step's outputs, pure: report in, name → value out.


/** Every output, in action.yml's order (test/repo/lists.test.ts holds action.yml to it). */
const OUTPUT_NAMES = [
    'healthy',
    'status',
    'reasons',
    'warnings',
    'backups-count',
    'backups-created',
    'latest-backup-id',
    'latest-backup-file',
    'latest-backup-at',
    'latest-backup-age-hours',
    'max-age-hours',
    'schedule',
    'service-enabled',
    'report',
    'report-file',
    'issue-number',
    'started-backup-id',
    'started-backup-seconds',
    'verified',
    'verified-backup-id',
    'verified-bytes',
    'verified-sha256',
    'verified-tables',
    'verified-files'
];
/** The outputs the step sets itself, once it has written the file and kept the issue. */
const STEP_OUTPUTS = (/* unused pure expression or super */ null && (['report-file', 'issue-number']));
/**
 * Every output of the contract. With an error, only `healthy`, `status`, `reasons`, `warnings`
 * and `report` carry values; the step adds `report-file` and `issue-number`.
 */
function outputsOf(report) {
    const errored = report.status === 'error';
    const latest = report.latest;
    const started = report.startedBackup;
    const when = (value) => (errored ? '' : value);
    return {
        healthy: String(report.status === 'healthy'),
        status: report.status,
        reasons: JSON.stringify(report.reasons),
        warnings: JSON.stringify(report.warnings),
        'backups-count': when(String(report.counts.usable)),
        'backups-created': when(report.counts.createdThisMonth === null ? '' : String(report.counts.createdThisMonth)),
        'latest-backup-id': latest?.id ?? '',
        'latest-backup-file': latest?.fileName ?? '',
        'latest-backup-at': latest?.createdOn ?? '',
        'latest-backup-age-hours': latest ? (0,_time_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatHours */ .B)(latest.ageHours) : '',
        'max-age-hours': report.thresholds.maxAgeHours === null ? '' : (0,_time_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatHours */ .B)(report.thresholds.maxAgeHours),
        schedule: report.schedule === null ? '' : JSON.stringify(report.schedule),
        'service-enabled': report.serviceEnabled === null ? '' : String(report.serviceEnabled),
        report: JSON.stringify(report),
        'started-backup-id': started?.id ?? '',
        'started-backup-seconds': started ? String(started.seconds) : '',
        ...verificationOutputs(report)
    };
}
/** `verified…`: empty when nothing was verified; the figures only when every check passed. */
function verificationOutputs(report) {
    const v = report.verification;
    const verified = (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_0__/* .wasVerified */ .YI)(v);
    const figure = (value) => verified && value !== null && value !== undefined ? String(value) : '';
    return {
        verified: verified === null ? '' : String(verified),
        'verified-backup-id': verified === null ? '' : (v?.backupId ?? ''),
        'verified-bytes': figure(v?.bytes),
        'verified-sha256': figure(v?.sha256),
        'verified-tables': figure(v?.tables),
        'verified-files': figure(v?.files)
    };
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* unused harmony export namePart */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The markdown report as a file, for notifier steps (Slack, e-mail) that read `report-file`.
// One file per step and portal: the name holds the portal (encoded one-to-one) and the step
// (GITHUB_ACTION: its `id`, or the runner's own unique name), and an existing file is never
// overwritten. Written synchronously: a small file, and no async fs call means no libuv thread
// pool to start (several ms at the end of every run).




/** Longest name part kept as is; a longer one is cut and told apart by a hash (file systems
 * take 255 bytes per name). */
const MAX_PART = 120;
/** Writes the report under RUNNER_TEMP (the system temp folder outside Actions); returns its path. */
function writeReportFile(portal, markdown) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'docspace-backup-check');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(folder, { recursive: true });
    const step = process.env.GITHUB_ACTION;
    const base = [portal.replace(/^https?:\/\//, ''), ...(step ? [step] : [])].map(namePart).join('+');
    for (let copy = 1;; copy++) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, `${base}${copy === 1 ? '' : `+${copy}`}.md`);
        try {
            // `wx`: never over another step's file (or an earlier run's, outside Actions).
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, markdown, { encoding: 'utf8', flag: 'wx' });
            return file;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}
/**
 * Text as a file name part, one-to-one: `a-z`, `0-9`, `.` and `-` stay, every other UTF-8 byte
 * is `_` and two hex digits (capitals too, for case-insensitive file systems), so `x_y` and
 * `x/y` never share a name. A long part keeps its start and ends with a hash of the whole.
 */
function namePart(text) {
    const encoded = [...Buffer.from(text, 'utf8')]
        .map(byte => {
        const char = String.fromCharCode(byte);
        return /[a-z0-9.-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
    })
        .join('');
    if (encoded.length <= MAX_PART)
        return encoded;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 32);
    return `${encoded.slice(0, MAX_PART - 33)}~${hash}`;
}


/***/ }),

/***/ 4921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERDICT_TITLE: () => (/* binding */ VERDICT_TITLE),
/* harmony export */   attempt: () => (/* binding */ attempt),
/* harmony export */   reportStep: () => (/* binding */ reportStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1889);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1362);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8948);
/* harmony import */ var _report_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2621);
/* harmony import */ var _step_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2659);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9311);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(893);
/* harmony import */ var _render_words_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5933);
// Everything the step shows once the report is in: log lines, outputs, summary, annotations,
// report file, issue, and the exit code last, so `if: failure()` steps can read the outputs.









const VERDICT_TITLE = `DocSpace backups ${_render_words_js__WEBPACK_IMPORTED_MODULE_7__/* .STATUS_WORDS */ .ly.unhealthy}`;
async function reportStep(inputs, checked) {
    for (const line of [...(0,_render_text_js__WEBPACK_IMPORTED_MODULE_6__/* .criterionLines */ .n_)(checked), ...(0,_render_text_js__WEBPACK_IMPORTED_MODULE_6__/* .calendarLines */ .av)(checked)])
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(line);
    const issue = inputs.issue ? await updateIssue(inputs, checked) : { number: '', failed: false };
    // A failed issue update is one more warning in everything shown from here on.
    const report = issue.failed
        ? { ...checked, warnings: [...checked.warnings, 'issue-update-failed'] }
        : checked;
    const markdown = (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .B)(report);
    const reportFile = attempt('The report file could not be written', () => (0,_report_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeReportFile */ .a)(report.portal, markdown));
    // A summary that cannot be written must not hide the verdict.
    if (inputs.summary) {
        attempt('The job summary could not be written', () => (0,_step_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeStepSummary */ .o)(markdown));
    }
    const outputs = {
        ...(0,_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .outputsOf */ .Yz)(report),
        'report-file': reportFile ?? '',
        'issue-number': issue.number
    };
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value);
    for (const code of report.warnings) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_render_words_js__WEBPACK_IMPORTED_MODULE_7__/* .warningWords */ .wV)(code, report), { title: `DocSpace backups: ${code}` });
    }
    announceVerdict(inputs, report);
}
/** Runs a step that may fail without changing the verdict: a failure is a warning. */
function attempt(what, step) {
    try {
        return step();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`${what}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`);
        return undefined;
    }
}
function announceVerdict(inputs, report) {
    if (report.status === 'healthy') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_render_words_js__WEBPACK_IMPORTED_MODULE_7__/* .statusHeadline */ .ZB)(report.status, report.host));
        return;
    }
    const message = (0,_render_text_js__WEBPACK_IMPORTED_MODULE_6__/* .verdictLines */ .rz)(report).join('\n');
    if (inputs.failOnUnhealthy) {
        // One titled annotation: core.setFailed would add a second, untitled one.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message, { title: VERDICT_TITLE });
        process.exitCode = 1;
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message, { title: VERDICT_TITLE });
    }
}
/**
 * Opens, comments on or closes the portal's issue: its number (`''` when none), and whether it
 * failed, which is a warning, never the verdict.
 */
async function updateIssue(inputs, report) {
    try {
        // @actions/github (octokit) is loaded only by the runs that use it.
        const { followPortalHealth } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(238)]).then(__webpack_require__.bind(__webpack_require__, 3857));
        const number = await followPortalHealth(report, (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .B)(report), inputs);
        return { number: number === null ? '' : String(number), failed: false };
    }
    catch (error) {
        // The why, in the log; the one annotation per warning code comes with the other warnings.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_8__/* .oneLine */ .T)(`The GitHub issue for ${report.host} could not be updated: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`));
        return { number: '', failed: true };
    }
}


/***/ }),

/***/ 2659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ writeStepSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The job summary: markdown appended to the file the runner names in GITHUB_STEP_SUMMARY, as
// `core.summary.addRaw(markdown).write()` does, but synchronously: its fs.promises calls start
// libuv's thread pool, which costs several ms at the end of every run.

/** Appends the markdown to the step summary; throws when the runner gave no summary file. */
function writeStepSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('the runner set no GITHUB_STEP_SUMMARY file');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown, 'utf8');
}


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ criterionRows)
/* harmony export */ });
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7748);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5933);
// What the verdict weighed, one criterion per row: the summary's table and the log's lines
// come from the same rows.


/** The rows of a report that reached a verdict (none for an error). */
function criterionRows(report) {
    if (report.status === 'error')
        return [];
    const failed = new Set(report.reasons);
    const rows = [];
    if (report.startedBackup)
        rows.push(startedBackupRow(report, failed));
    rows.push({
        criterion: 'Usable backups',
        threshold: `at least ${report.thresholds.minCount}`,
        observed: `${report.counts.usable} ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.counts.usable, 'backup')}`,
        outcome: failed.has('no-backups') || failed.has('too-few-backups') ? 'fail' : 'pass'
    }, newestRow(report, failed), {
        criterion: 'Schedule',
        threshold: report.thresholds.requireSchedule ? 'required' : 'optional',
        observed: report.scheduleSummary?.words ?? 'none',
        outcome: failed.has('no-schedule') ? 'fail' : report.scheduleSummary ? 'pass' : 'warn'
    }, lastJobRow(report, failed));
    return rows;
}
function newestRow(report, failed) {
    const threshold = `at most ${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatHours */ .B)(report.thresholds.maxAgeHours ?? 0)} h${report.thresholds.maxAge === 'auto' ? ' (auto)' : ''}`;
    const latest = report.latest;
    return {
        criterion: 'Newest backup age',
        threshold,
        observed: latest
            ? `${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatHours */ .B)(latest.ageHours)} h (${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .U)(latest.ageHours * 3600)}), ${latest.createdOn}`
            : 'no backup',
        outcome: failed.has('stale') ? 'fail' : latest ? 'pass' : 'skip'
    };
}
function lastJobRow(report, failed) {
    const job = report.progress;
    return {
        criterion: 'Last backup job',
        threshold: 'no error',
        observed: job ? (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .jobStateWords */ .Kf)(job) : 'no job in the last 24 h',
        outcome: failed.has('last-backup-failed')
            ? 'fail'
            : job && !job.isCompleted
                ? 'warn'
                : job
                    ? 'pass'
                    : 'skip'
    };
}
function startedBackupRow(report, failed) {
    const started = report.startedBackup;
    const outcome = [
        'started-backup-failed',
        'started-backup-timeout',
        'started-backup-cancelled',
        'started-backup-missing'
    ].some(code => failed.has(code));
    return {
        criterion: 'Started backup',
        threshold: 'completes and is in the history',
        observed: `${started.outcome} after ${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .humanDuration */ .U)(started.seconds)}${started.error ? `: ${started.error}` : ''}`,
        outcome: outcome ? 'fail' : 'pass'
    };
}


/***/ }),

/***/ 9500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ stuckWords),
/* harmony export */   Ry: () => (/* binding */ missedWords),
/* harmony export */   TX: () => (/* binding */ pingFailedWords),
/* harmony export */   fW: () => (/* binding */ calendarStrip),
/* harmony export */   gK: () => (/* binding */ PING_PROVIDER_UNKNOWN)
/* harmony export */ });
/* unused harmony export STRIP_MARKS */
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7748);

const STRIP_MARKS = { backup: '■', none: '□', today: '◇' };
const UNIT_WORDS = { day: 'day', week: 'week' };
function periods(count, unit) {
    return `${count} ${UNIT_WORDS[unit]}${count === 1 ? '' : 's'}`;
}
/** `missed-backups`: how many periods, over how many, and their dates. */
function missedWords(report) {
    const calendar = report.calendar;
    if (!calendar || calendar.missed.length === 0)
        return 'Some scheduled backups are missing.';
    const window = calendar.periods.slice(0, lastBackupIndex(calendar) + 1);
    return `No backup for ${calendar.missed.length} of the ${periods(window.length, calendar.unit)} from ${window[0]?.date} to ${window.at(-1)?.date} (UTC dates of the scheduled runs): ${calendar.missed.join(', ')}. The newest backup is fine, so only this shows the runs that failed: look in the backup service's log for those dates.`;
}
/** `backup-stuck`: since when, and what to do. */
function stuckWords(report) {
    const stuck = report.stuckJob;
    if (!stuck)
        return 'A backup job has been running for longer than max-runtime.';
    const since = `${stuck.since.slice(0, 16).replace('T', ' ')} UTC`;
    return `A backup job has been running for ${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .humanDuration */ .U)(stuck.hours * 3600)} (${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatHours */ .B)(stuck.hours)} h, since the schedule started it at ${since}; max-runtime ${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatHours */ .B)(report.thresholds.maxRuntimeHours)} h) at ${stuck.progress}%, with no new backup: its worker has probably stopped. Restart the backup service.`;
}
/** `ping-failed`: the provider and what went wrong, never the URL. */
function pingFailedWords(report) {
    const heartbeat = report.heartbeat;
    if (!heartbeat)
        return 'The heartbeat ping failed.';
    return `The heartbeat ping (${heartbeat.provider}, ${heartbeat.signal}) failed: ${heartbeat.problem ?? 'no answer'}. The verdict stands; the heartbeat service will raise the alarm if pings stay away.`;
}
/** `ping-provider-unknown`: what was sent, what it may mean there, what to set. Never the URL. */
const PING_PROVIDER_UNKNOWN = 'The ping URL names a ping or a heartbeat (/ping/…, /heartbeat/…), but not in a form ping-provider auto knows, so it was sent as generic (a POST with ?status=…): a heartbeat service may record that as a success even when the backups are unhealthy. Set ping-provider to the service (healthchecks, cronitor, uptime-kuma, betterstack), or to generic if that is what it is.';
/**
 * The strip and its legend, e.g. `■■□■ ■■■■■■◇` and `Backups per day (UTC), 2026-03-01 to
 * 2026-03-10: ■ backup, □ none, ◇ latest run, no backup yet; a space starts each week
 * (Monday)`. Daily marks are grouped by week (a space before each Monday), so a week reads at
 * a glance, and the legend says what the space is whenever there is one.
 */
function calendarStrip(calendar) {
    const strip = calendar.periods
        .map((period, i) => {
        const monday = new Date(`${period.date}T00:00:00Z`).getUTCDay() === 1;
        const gap = calendar.unit === 'day' && monday && i > 0 ? ' ' : '';
        return `${gap}${STRIP_MARKS[period.mark]}`;
    })
        .join('');
    const first = calendar.periods[0]?.date;
    const last = calendar.periods.at(-1)?.date;
    const zone = calendar.portalOffset
        ? `the schedule runs at ${calendar.runsAtUtc} UTC, the portal being at UTC${calendar.portalOffset}`
        : `the schedule runs at ${calendar.runsAtUtc} UTC if the portal's time is UTC`;
    const weeks = strip.includes(' ') ? '; a space starts each week (Monday)' : '';
    const legend = `Backups per scheduled ${UNIT_WORDS[calendar.unit]}, ${first} to ${last} (UTC dates; ${zone}): ${STRIP_MARKS.backup} backup, ${STRIP_MARKS.none} none, ${STRIP_MARKS.today} latest run, no backup yet${weeks}`;
    return { strip, legend };
}
/** The position of the newest period with a backup. */
function lastBackupIndex(calendar) {
    for (let i = calendar.periods.length - 1; i >= 0; i--) {
        if (calendar.periods[i]?.mark === 'backup')
            return i;
    }
    return calendar.periods.length - 1;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export row */
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1362);
// Small markdown helpers. Every portal-supplied string goes through `text`: escaped
// HTML, escaped markdown, one line. The summary is HTML-rendered markdown, so `<`, `&`, `|`,
// backticks and brackets must not reach it raw.

// Brackets are escaped, so no link or image can form; `@` and `#` are entities so that a portal
// string cannot mention anyone, or reference an issue, in an issue.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;
/** Escapes HTML and markdown, and folds the text onto one line. */
function text(value) {
    return (0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/#/g, '&#35;')
        .replace(/@/g, '&#64;')
        .replace(MARKDOWN_SPECIAL, match => `\\${match}`);
}
/** A table row. Cells must already be escaped (`text`) or be the renderer's own markdown. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function table(headers, rows) {
    return [row(headers), row(headers.map(() => '---')), ...rows.map(row)].join('\n');
}


/***/ }),

/***/ 7563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ restoreCheckLines),
/* harmony export */   u: () => (/* binding */ restoreCheckSection)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

const HEADLINE = {
    verified: '✅ The newest backup is whole: every check passed.',
    unreadable: '❌ The newest backup could not be read whole (`backup-unreadable`).',
    corrupt: '❌ The newest backup is damaged (`backup-corrupt`).',
    unavailable: '⚠️ The newest backup could not be verified (`verify-unavailable`).',
    nothing: '➖ Nothing to verify.'
};
function restoreCheckSection(verification) {
    const lines = [`### Restore check`, '', HEADLINE[verification.outcome]];
    const subject = [
        // Escaped text, not a code span: inside one the escapes would show.
        verification.fileName && (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(verification.fileName),
        verification.source && `from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(verification.source)}`
    ];
    if (subject.some(Boolean))
        lines.push('', `Archive ${subject.filter(Boolean).join(' ')}.`);
    if (verification.message)
        lines.push('', `${verification.check ? `Check **${verification.check}**: ` : ''}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(verification.message)}`);
    if (verification.levels.length > 0)
        lines.push('', ...verification.levels.map(level => `- ✅ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(level)}`));
    if (verification.outcome === 'verified') {
        lines.push('', `SHA-256 \`${verification.sha256}\` · ${verification.bytes} bytes · ${verification.tables} tables · ${verification.files} stored files`);
    }
    if (verification.incomplete)
        lines.push('', `⚠️ \`backup-incomplete\`: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(verification.incomplete)}`);
    return lines.join('\n');
}
/** The log: one line per level passed, then the outcome. */
function restoreCheckLines(verification) {
    const lines = verification.levels.map(level => `Restore check: ${level}`);
    if (verification.outcome === 'verified') {
        lines.push(`Restore check: verified ${verification.fileName ?? 'the archive'} (SHA-256 ${verification.sha256})`);
    }
    else if (verification.message) {
        lines.push(`Restore check: ${verification.outcome}: ${verification.message}`);
    }
    if (verification.incomplete)
        lines.push(`Restore check: incomplete: ${verification.incomplete}`);
    return lines;
}


/***/ }),

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_BACKUPS */
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7748);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1815);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2495);
/* harmony import */ var _restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7563);
/* harmony import */ var _report_schedule_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _findings_words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9500);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5933);
// The job summary (and the report file, and the issue body): pure, report in, markdown out.








/** How many backups the summary lists. */
const SUMMARY_BACKUPS = 10;
const OUTCOME_MARK = {
    pass: '✅ pass',
    fail: '❌ fail',
    warn: '⚠️ warn',
    skip: '➖ n/a'
};
function renderSummary(report) {
    const sections = [
        heading(report),
        ...(report.error ? errorSection(report) : verdictSections(report))
    ];
    return `${sections.join('\n\n')}\n`;
}
function heading(report) {
    const host = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(report.host);
    const icon = { healthy: '✅', unhealthy: '❌', error: '⚠️' }[report.status];
    return `## ${icon} ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .statusHeadline */ .ZB)(report.status, host)}\n\nChecked ${readableUtc(report.checkedAt)} · ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(report.portal)}`;
}
function errorSection(report) {
    const error = report.error;
    return [
        `**Error \`${error.code}\`**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(error.message)}`,
        ...warningSection(report),
        ...restoreCheck(report)
    ];
}
function verdictSections(report) {
    const rows = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_1__/* .criterionRows */ .l)(report).map(row => [
        row.criterion,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(row.threshold),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(row.observed),
        OUTCOME_MARK[row.outcome]
    ]);
    const reasons = report.reasons.map(code => `- \`${code}\`: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .reasonWords */ .IK)(code, report))}`);
    const cause = report.diagnosis ? `\n\n**Likely cause**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(report.diagnosis)}` : '';
    return [
        ...calendarSection(report),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(['Check', 'Threshold', 'Observed', 'Result'], rows),
        ...(reasons.length > 0 ? [`**Why unhealthy**\n\n${reasons.join('\n')}${cause}`] : []),
        ...warningSection(report),
        ...restoreCheck(report),
        scheduleSection(report),
        jobSection(report),
        backupsSection(report),
        countsSection(report)
    ];
}
function restoreCheck(report) {
    return report.verification ? [(0,_restore_check_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreCheckSection */ .u)(report.verification)] : [];
}
/** First, so the gaps are seen before a word is read; a code span keeps the marks in line. */
function calendarSection(report) {
    if (!report.calendar)
        return [];
    const { strip, legend } = (0,_findings_words_js__WEBPACK_IMPORTED_MODULE_4__/* .calendarStrip */ .fW)(report.calendar);
    return [`\`${strip}\`\\\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(legend)}`];
}
function warningSection(report) {
    if (report.warnings.length === 0)
        return [];
    const lines = report.warnings.map(code => `- ⚠️ \`${code}\`: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .warningWords */ .wV)(code, report))}`);
    return [`**Warnings**\n\n${lines.join('\n')}`];
}
function scheduleSection(report) {
    const summary = report.scheduleSummary;
    if (!summary)
        return '### Schedule\n\nNo automatic backup schedule.';
    const lastRun = summary.lastStarted
        ? `last started ${readableUtc(summary.lastStarted)}`
        : 'never run yet';
    return `### Schedule\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(summary.words)}; ${lastRun}.`;
}
function jobSection(report) {
    const job = report.progress;
    if (!job)
        return '### Latest job\n\nNo backup job in the last 24 hours.';
    const kind = _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_KINDS */ .ik[job.backupProgressEnum] ?? `Job type ${job.backupProgressEnum}`;
    return `### Latest job\n\n${kind} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)((0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .jobStateWords */ .Kf)(job))}.`;
}
function backupsSection(report) {
    if (report.backups.length === 0)
        return '### Newest backups\n\nNo usable backup.';
    const checkedAt = Date.parse(report.checkedAt);
    const rows = report.backups
        .slice(0, SUMMARY_BACKUPS)
        .map(backup => [
        readableUtc(backup.createdOn, ''),
        (0,_time_durations_js__WEBPACK_IMPORTED_MODULE_7__/* .humanDuration */ .U)(Math.max(0, checkedAt - Date.parse(backup.createdOn)) / 1000),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(backup.fileName),
        (0,_report_schedule_words_js__WEBPACK_IMPORTED_MODULE_3__/* .storageWords */ .v)(backup.storageType),
        backup.expiresOn ? readableUtc(backup.expiresOn, '') : 'never'
    ]);
    const more = report.counts.usable > SUMMARY_BACKUPS
        ? `\n\n…and ${report.counts.usable - SUMMARY_BACKUPS} older.`
        : '';
    return `### Newest backups\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(['Created (UTC)', 'Age', 'File', 'Storage', 'Expires (UTC)'], rows)}${more}`;
}
function countsSection(report) {
    const { counts, serviceEnabled } = report;
    const created = counts.createdThisMonth === null
        ? 'not available on this portal'
        : String(counts.createdThisMonth);
    const service = serviceEnabled === null
        ? 'not available on this portal'
        : serviceEnabled
            ? 'enabled'
            : 'disabled';
    return [
        '### Counts',
        '',
        `- Usable backups: ${counts.usable} of ${counts.history} in the history`,
        `- Backups created this month (free allowance): ${created}`,
        `- Paid backup service: ${service}`
    ].join('\n');
}
/** `2026-03-01 02:15:00 UTC`; without the zone in a column headed "(UTC)". */
function readableUtc(iso, zone = ' UTC') {
    return iso.replace('T', ' ').replace('Z', zone);
}


/***/ }),

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   av: () => (/* binding */ calendarLines),
/* harmony export */   n_: () => (/* binding */ criterionLines),
/* harmony export */   rz: () => (/* binding */ verdictLines)
/* harmony export */ });
/* unused harmony export warningLines */
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1815);
/* harmony import */ var _findings_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9500);
/* harmony import */ var _restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7563);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5933);
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1362);





const OUTCOME_MARK = { pass: '✔', fail: '✘', warn: '!', skip: '-' };
/** One line per criterion: `✔ Usable backups: 7 backups (at least 1)`. */
function criterionLines(report) {
    const rows = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_0__/* .criterionRows */ .l)(report).map(row => `${OUTCOME_MARK[row.outcome]} ${row.criterion}: ${(0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)(row.observed)} [${row.threshold}]`);
    const restore = report.verification ? (0,_restore_check_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreCheckLines */ .M)(report.verification) : [];
    return [...rows, ...restore.map(_core_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)];
}
/** `healthy`, or the reasons (or the error) in words. */
function verdictLines(report) {
    if (report.error)
        return [`Error ${report.error.code}: ${(0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)(report.error.message)}`];
    const reasons = report.reasons.map(code => `${code}: ${(0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)((0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .reasonWords */ .IK)(code, report))}`);
    return report.diagnosis ? [...reasons, `likely cause: ${(0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .T)(report.diagnosis)}`] : reasons;
}
/** The calendar strip and its legend, when the schedule has periods to show. */
function calendarLines(report) {
    if (!report.calendar)
        return [];
    const { strip, legend } = (0,_findings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .calendarStrip */ .fW)(report.calendar);
    return [strip, legend];
}
function warningLines(report) {
    return report.warnings.map(code => `warning ${code}: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .warningWords */ .wV)(code, report)}`);
}
/** The whole report for a terminal. */
function renderText(report) {
    return [
        `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .statusHeadline */ .ZB)(report.status, report.host, true)} (${report.checkedAt})`,
        ...criterionLines(report).map(line => `  ${line}`),
        ...calendarLines(report).map(line => `  ${line}`),
        ...verdictLines(report).map(line => `  ${line}`),
        ...warningLines(report).map(line => `  ${line}`)
    ].join('\n');
}


/***/ }),

/***/ 5933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ reasonWords),
/* harmony export */   Kf: () => (/* binding */ jobStateWords),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZB: () => (/* binding */ statusHeadline),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   wV: () => (/* binding */ warningWords)
/* harmony export */ });
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7748);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _findings_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9500);
// The report in words: what people read in the summary, the log and the annotations.



/** What each status says of the backups. */
const STATUS_WORDS = {
    healthy: 'healthy',
    unhealthy: 'unhealthy',
    error: 'could not be checked'
};
/**
 * `DocSpace backups unhealthy: portal.example.com`: the first line wherever a check is shown.
 * `loud`: an unhealthy verdict in capitals, for a terminal, which has no icons.
 */
function statusHeadline(status, host, loud = false) {
    const words = STATUS_WORDS[status];
    return `DocSpace backups ${loud && status === 'unhealthy' ? words.toUpperCase() : words}: ${host}`;
}
/** `running, 45%`, `failed at 12%: Disk full`, `completed without error`, and any warning. */
function jobStateWords(job) {
    const state = !job.isCompleted
        ? `running, ${job.progress}%`
        : job.error
            ? `failed at ${job.progress}%: ${job.error.replace(/\.$/, '')}`
            : 'completed without error';
    return job.warning ? `${state} (warning: ${job.warning.replace(/\.$/, '')})` : state;
}
/** One sentence per reason code, with the figures behind it. */
function reasonWords(code, report) {
    const { thresholds, counts, latest } = report;
    const maxAgeInForceHours = (0,_time_durations_js__WEBPACK_IMPORTED_MODULE_2__/* .formatHours */ .B)(thresholds.maxAgeHours ?? 0);
    const sentences = {
        'no-backups': 'There is no usable backup.',
        'too-few-backups': `Only ${counts.usable} usable ${plural(counts.usable, 'backup')}, fewer than min-count ${thresholds.minCount}.`,
        stale: latest
            ? `The newest usable backup is ${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_2__/* .formatHours */ .B)(latest.ageHours)} h old (${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_2__/* .humanDuration */ .U)(latest.ageHours * 3600)}), over the max-age of ${maxAgeInForceHours} h.`
            : 'The newest usable backup is too old.',
        'no-schedule': 'The portal has no automatic backup schedule.',
        'last-backup-failed': `The last backup job failed: ${quoted(report.progress?.error)}`,
        'started-backup-failed': `The backup this run started failed: ${quoted(report.startedBackup?.error)}`,
        'started-backup-timeout': `The backup this run started did not complete within wait-timeout (${(0,_time_durations_js__WEBPACK_IMPORTED_MODULE_2__/* .humanDuration */ .U)(report.startedBackup?.seconds ?? 0)} waited).`,
        'started-backup-cancelled': `The backup this run started was cancelled before it completed (job ${report.startedBackup?.id ?? '?'}): no backup was made.`,
        'started-backup-missing': `The backup this run started completed, but no backup with its id (${report.startedBackup?.id ?? '?'}) is in the history.`,
        'backup-unreadable': `The newest backup's archive could not be read whole: ${report.verification?.message ?? '?'}`,
        'backup-corrupt': `The newest backup's archive is damaged: ${report.verification?.message ?? '?'}`
    };
    if (isReason(code))
        return sentences[code];
    return report.error?.message ?? code;
}
function warningWords(code, report) {
    const sentences = {
        'backup-running': `A backup job is running (${report.progress?.progress ?? 0}%).`,
        expiring: 'Every usable backup expires within 24 hours: they are in temporary storage (DataStore). Back up to lasting storage.',
        'schedule-never-ran': 'The backup schedule has never run.',
        'count-unavailable': 'The backups count is not available on this portal (getbackupscount needs DocSpace 3.5+).',
        'service-state-unavailable': 'The backup service state is not available on this portal (getservicestate needs DocSpace 3.5+).',
        'clock-skew': "A backup is dated more than 5 minutes in the future: the portal's clock or the runner's is off.",
        'issue-update-failed': 'The GitHub issue for this portal could not be updated.',
        'backup-incomplete': `The newest backup left files out: ${report.verification?.incomplete ?? '?'}`,
        'verify-unavailable': `The newest backup could not be verified: ${report.verification?.message ?? '?'}`,
        'missed-backups': (0,_findings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .missedWords */ .Ry)(report),
        'backup-stuck': (0,_findings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .stuckWords */ .CK)(report),
        'ping-failed': (0,_findings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .pingFailedWords */ .TX)(report),
        'ping-provider-unknown': _findings_words_js__WEBPACK_IMPORTED_MODULE_1__/* .PING_PROVIDER_UNKNOWN */ .gK
    };
    return sentences[code];
}
function isReason(code) {
    return _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .REASON_CODES */ .OE.includes(code);
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}
/** A portal message as the end of a sentence: `"Disk full."`. */
function quoted(message) {
    const text = (message ?? '').trim();
    return /[.!?]$/.test(text) ? `"${text}"` : `"${text}."`;
}


/***/ })

};
