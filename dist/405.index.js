export const id = 405;
export const ids = [405];
export const modules = {

/***/ 6405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PING_TIMEOUT_MS: () => (/* reexport */ PING_TIMEOUT_MS),
  sendHeartbeat: () => (/* binding */ sendHeartbeat)
});

// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
// EXTERNAL MODULE: ./src/render/words.ts
var words = __webpack_require__(5933);
;// CONCATENATED MODULE: ./src/heartbeat/providers.ts
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `/ping/<uuid>` or `/ping/<ping key>/<slug>` (a project's ping key is 22 characters). */
const HEALTHCHECKS_PATH = new RegExp(`/ping/(?:${UUID}|[a-z0-9_-]{22}/[a-z0-9_-]+)/?$`, 'i');
/** Better Stack's (formerly Better Uptime's) heartbeat, on any host. */
const BETTERSTACK_PATH = /\/api\/v1\/heartbeat\/[A-Za-z0-9_-]+\/?$/;
/** Uptime Kuma's push route, `/api/push/:pushToken`, and nothing below it. */
const UPTIME_KUMA_PATH = /\/api\/push\/[^/]+\/?$/;
/** Cronitor's legacy ping URL: one monitor code, and maybe the endpoint it was copied with. */
const CRONITOR_LEGACY_PATH = /^\/([A-Za-z0-9]+)(?:\/(?:run|complete|fail))?\/?$/;
/** Paths that name a ping or a heartbeat: a service auto does not know may serve them. */
const HEARTBEAT_LIKE_PATH = /\/(?:ping|pings|heartbeats?|push)(?:\/|$)/i;
/** `auto`: the provider the URL belongs to; any other URL is `generic`. */
function resolveProvider(provider, url) {
    if (provider !== 'auto')
        return provider;
    const host = url.hostname.toLowerCase();
    const on = (domain) => host === domain || host.endsWith(`.${domain}`);
    const path = url.pathname;
    if (on('hc-ping.com'))
        return 'healthchecks';
    if (on('cronitor.link') || on('cronitor.io'))
        return 'cronitor';
    if (host === 'uptime.betterstack.com' || on('betteruptime.com'))
        return 'betterstack';
    if (HEALTHCHECKS_PATH.test(path))
        return 'healthchecks';
    if (BETTERSTACK_PATH.test(path))
        return 'betterstack';
    if (UPTIME_KUMA_PATH.test(path))
        return 'uptime-kuma';
    return 'generic';
}
/**
 * `auto` took the URL for generic, but its path names a ping or a heartbeat (`/ping/…`,
 * `/heartbeat/…`): a service whose form is not generic's may record the failure as a success.
 */
function genericByGuess(provider, url) {
    return (provider === 'auto' &&
        resolveProvider(provider, url) === 'generic' &&
        HEARTBEAT_LIKE_PATH.test(url.pathname));
}
/** Cronitor's legacy `https://cronitor.link/<code>`: its monitor code, or `null` for any other. */
function cronitorLegacyCode(url) {
    return CRONITOR_LEGACY_PATH.exec(url.pathname)?.[1] ?? null;
}

;// CONCATENATED MODULE: ./src/heartbeat/forms.ts

/** Bodies (the report's text) are cut to this many bytes: what healthchecks keeps. */
const MAX_BODY_BYTES = 10_000;
/** Cronitor's telemetry keeps a message of up to 2,000 characters; Uptime Kuma shows one line. */
const MAX_MESSAGE_CHARS = 2000;
/** Cronitor's legacy ping URLs keep a `msg` of up to 1,000 characters. */
const MAX_LEGACY_MESSAGE_CHARS = 1000;
/**
 * The exit status a failure is sent with where the service records one (healthchecks and Better
 * Stack: `<url>/<status>`): the CLI's own, so "unhealthy" and "could not check" differ there.
 */
const EXIT_STATUS = { unhealthy: 1, error: 2 };
/**
 * The request that tells `provider` how the run went. `summary` is one line (the verdict and
 * its reasons); `text` is the whole report as plain text.
 */
function pingRequest(provider, given, status, summary, text) {
    const url = new URL(given);
    url.hash = '';
    const ok = status === 'healthy';
    const body = cutToBytes(text, MAX_BODY_BYTES);
    switch (provider) {
        case 'healthchecks':
        case 'betterstack':
            return {
                url: status === 'healthy' ? url : withSegment(url, EXIT_STATUS[status]),
                method: 'POST',
                body
            };
        case 'cronitor':
            return cronitorRequest(url, ok, summary);
        case 'uptime-kuma':
            // The push URL Uptime Kuma shows ends in `?status=up&msg=OK&ping=`: its own query goes.
            url.search = '';
            url.searchParams.set('status', ok ? 'up' : 'down');
            url.searchParams.set('msg', summary.slice(0, MAX_MESSAGE_CHARS));
            return { url, method: 'GET' };
        case 'generic':
            url.searchParams.append('status', status);
            return { url, method: 'POST', body };
    }
}
/**
 * Cronitor's telemetry (`/p/<key>/<monitor>`) takes the state as `state` and a `message`; its
 * legacy URL (`/<code>`) takes the state in the path (`/complete`, `/fail`) and a `msg`: without
 * either, a request counts as a run that started.
 */
function cronitorRequest(url, ok, summary) {
    const code = cronitorLegacyCode(url);
    if (code === null) {
        url.searchParams.set('state', ok ? 'complete' : 'fail');
        url.searchParams.set('message', summary.slice(0, MAX_MESSAGE_CHARS));
        return { url, method: 'GET' };
    }
    url.pathname = `/${code}/${ok ? 'complete' : 'fail'}`;
    url.searchParams.set('msg', summary.slice(0, MAX_LEGACY_MESSAGE_CHARS));
    return { url, method: 'GET' };
}
/** `<url>/<segment>`, the query kept: `https://hc-ping.com/<uuid>/1?rid=…`. */
function withSegment(url, segment) {
    const next = new URL(url.href);
    next.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment}`;
    return next;
}
/** The text cut to at most `max` bytes of UTF-8, never inside a character. */
function cutToBytes(text, max) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= max)
        return text;
    let end = max;
    // Back off continuation bytes (10xxxxxx) so the cut falls between characters.
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}

// EXTERNAL MODULE: ./src/docspace/http.ts
var http = __webpack_require__(3198);
// EXTERNAL MODULE: ./src/docspace/transport-error.ts
var transport_error = __webpack_require__(522);
;// CONCATENATED MODULE: ./src/heartbeat/send.ts


const PING_ATTEMPTS = 3;
const PING_TIMEOUT_MS = 10_000;
/** Wait before the second attempt; doubled before the third. */
const RETRY_DELAY_MS = 1000;
/** A heartbeat service answers briefly: its status is the answer, and the body past this is let go. */
const MAX_ANSWER_BYTES = 4 * 1024;
/** Sends the ping along `route` (the proxy rules, as for the portal). */
async function sendPing(request, route, timing) {
    let problem = '';
    for (let attempt = 1; attempt <= PING_ATTEMPTS; attempt++) {
        if (attempt > 1)
            await timing.sleep(RETRY_DELAY_MS * 2 ** (attempt - 2));
        const result = await attemptPing(request, route, timing.timeoutMs);
        if (result.ok)
            return { delivered: true, attempts: attempt };
        problem = result.problem;
        if (!result.retry)
            return { delivered: false, attempts: attempt, problem };
    }
    return {
        delivered: false,
        attempts: PING_ATTEMPTS,
        problem: `${problem}, after ${PING_ATTEMPTS} attempts`
    };
}
async function attemptPing(request, route, timeoutMs) {
    const body = request.body;
    try {
        const answer = await (0,http/* exchange */.c)({
            url: request.url,
            method: request.method,
            headers: {
                'user-agent': 'docspace-backup-check',
                ...(body === undefined
                    ? {}
                    : {
                        'content-type': 'text/plain; charset=utf-8',
                        'content-length': String(Buffer.byteLength(body))
                    })
            },
            body,
            timeoutMs,
            maxBytes: MAX_ANSWER_BYTES,
            overflow: 'cut',
            route
        });
        if (answer.status >= 200 && answer.status < 300)
            return { ok: true };
        // 3xx is not followed (the next hop would get the secret URL's body), 4xx is final.
        return { ok: false, retry: answer.status >= 500, problem: `HTTP ${answer.status}` };
    }
    catch (error) {
        if (!(error instanceof transport_error/* TransportError */.w))
            throw error;
        return { ok: false, retry: error.retryable, problem: problemOf(error, route, timeoutMs) };
    }
}
/** What went wrong, without the URL's host or path (the messages of the socket may name them). */
function problemOf(error, route, timeoutMs) {
    if (error.kind === 'timeout')
        return `no answer within ${timeoutMs / 1000} s`;
    if (error.options.proxy) {
        const status = /answered (\d{3})/.exec(error.message)?.[1];
        const proxy = `the proxy ${route.proxy?.address ?? ''}`;
        return status ? `${proxy} answered ${status}` : `${proxy} could not be reached`;
    }
    const code = errorCode(error.message);
    if (error.kind === 'untrusted')
        return `an untrusted certificate (${code})`;
    if (error.kind === 'malformed')
        return 'an answer that is not HTTP';
    return code;
}
/** `ECONNREFUSED` of `ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9`: the rest may name hosts. */
function errorCode(message) {
    const code = /^[A-Z][A-Z0-9_]+(?=:)/.exec(message)?.[0];
    return code ?? 'a network error';
}

;// CONCATENATED MODULE: ./src/heartbeat/index.ts






/**
 * The report with its `heartbeat`; among its warnings `ping-failed` when the ping failed, and
 * `ping-provider-unknown` when `auto` pinged as generic a URL that looks like a heartbeat
 * service's.
 */
async function sendHeartbeat(report, ping, deps) {
    const url = new URL(ping.url);
    const provider = resolveProvider(ping.provider, url);
    const request = pingRequest(provider, ping.url, report.status, oneLineSummary(report), (0,render_text/* renderText */.S5)(report));
    const outcome = await sendPing(request, { proxy: deps.proxy, lookup: deps.lookup }, deps);
    const heartbeat = {
        provider,
        signal: report.status === 'healthy' ? 'success' : 'failure',
        delivered: outcome.delivered,
        attempts: outcome.attempts,
        ...(outcome.problem ? { problem: outcome.problem } : {})
    };
    const warnings = [
        ...report.warnings,
        ...(genericByGuess(ping.provider, url) ? ['ping-provider-unknown'] : []),
        ...(outcome.delivered ? [] : ['ping-failed'])
    ];
    return { ...report, warnings, heartbeat };
}
/** `DocSpace backups unhealthy: portal.example.com (stale, last-backup-failed)`. */
function oneLineSummary(report) {
    const why = report.reasons.length > 0 ? ` (${report.reasons.join(', ')})` : '';
    return `${(0,words/* statusHeadline */.ZB)(report.status, report.host)}${why}`;
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
