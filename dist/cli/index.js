#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

;// CONCATENATED MODULE: ./src/docspace/envelope.ts
// DocSpace's success envelope: {"response": …, "count", "links", "status": 0, "statusCode"}.
// A null payload is omitted altogether (the JSON options drop nulls), so no `response` key
// means "none": no schedule, no job.
/** The payload of a 2xx body, `null` when the envelope has none; a problem sentence otherwise. */
function payloadOf(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // Whole: the message is redacted, then cut to length, so no cut can split a token.
        const start = text.trimStart();
        return { problem: start ? `is not JSON (it starts "${start}")` : 'is empty' };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { problem: 'is not a DocSpace envelope (a JSON object with "response")' };
    }
    const envelope = parsed;
    if (envelope.status === 1 || isObject(envelope.error)) {
        const message = isObject(envelope.error) ? envelope.error.message : undefined;
        return {
            problem: `is an error envelope with status 200${typeof message === 'string' ? `: "${message}"` : ''}`
        };
    }
    // No `response` is "none" only in a DocSpace envelope: `{}` from a proxy is not an answer.
    const isEnvelope = 'response' in envelope || (envelope.status === 0 && typeof envelope.statusCode === 'number');
    if (!isEnvelope)
        return { problem: 'is not a DocSpace envelope (a JSON object with "response")' };
    return { payload: envelope.response ?? null };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/docspace/http.ts
var http = __nccwpck_require__(3198);
// EXTERNAL MODULE: ./src/docspace/transport-error.ts
var transport_error = __nccwpck_require__(522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/docspace/portal-text.ts
var portal_text = __nccwpck_require__(7150);
;// CONCATENATED MODULE: ./src/docspace/error-body.ts
// What the portal said in an error body, in its own words: DocSpace's error envelope
// (`error.message`), or ASP.NET's ProblemDetails (`detail`, else `title`, with a validation
// problem's `errors` per field), at the top of the body or under `response`, where DocSpace puts
// the 400 of request validation (docs/DOCSPACE-API.md). Nothing for any other body.
const MAX_BODY = 1024 * 1024;
/** The portal's own words in an error body, or `''`. Not yet redacted nor bounded. */
function errorBodyWords(body) {
    if (body.length === 0 || body.length > MAX_BODY)
        return '';
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return '';
    }
    if (!error_body_isObject(parsed))
        return '';
    const message = error_body_isObject(parsed.error) ? parsed.error.message : undefined;
    if (typeof message === 'string')
        return message;
    return problemWords(parsed) || (error_body_isObject(parsed.response) ? problemWords(parsed.response) : '');
}
/** A ProblemDetails: its detail (else title), then each field's validation errors. */
function problemWords(problem) {
    const head = [problem.detail, problem.title].find(text => typeof text === 'string') ?? '';
    const fields = error_body_isObject(problem.errors) ? Object.entries(problem.errors) : [];
    const errors = fields
        .map(([field, said]) => {
        const texts = (Array.isArray(said) ? said : [said]).filter(text => typeof text === 'string');
        return texts.length > 0 ? `${field}: ${texts.join(' ')}` : '';
    })
        .filter(Boolean);
    return [head, ...errors].filter(Boolean).join(' ');
}
function error_body_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/docspace/http-errors.ts
// The contract's errors, each one sentence naming the HTTP status and the endpoint, then what
// to do about it.



// The phrases people know the statuses by (node:http's table would load the HTTP stack early).
const REASON_PHRASES = {
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    408: 'Request Timeout',
    409: 'Conflict',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
};
const ADVICE = {
    'bad-request': 'Check the "dump" input and that the portal is a DocSpace one.',
    unauthorized: 'The token was rejected: check that "token" is a current DocSpace API key (sk-…) or personal access token, not expired or revoked. API keys are sent as "Authorization: Bearer".',
    'payment-required': "The portal's pricing plan or its free-backup quota does not allow this: check the portal's payment settings.",
    forbidden: 'The token\'s user must be the portal owner or a DocSpace admin, an API key needs a read scope (start-backup: write), and "dump: true" needs server-level rights on a standalone server.',
    'not-found': 'Check that "portal" is the base URL of the portal (e.g. https://portal.example.com), and that it runs DocSpace 2.x or later (older versions lack this route).',
    'rate-limited': 'The portal is limiting the request rate: run the check less often or raise "retries".',
    'server-error': "The portal's backup service is failing: check the portal's health and try again later.",
    'http-error': 'Check that "portal" points at a DocSpace portal.',
    timeout: 'Check that the portal is up and reachable from the runner, or raise "timeout".',
    unreachable: 'Check the "portal" URL and that the runner can reach it (DNS, firewall, proxy).',
    'tls-error': "If the portal's certificate comes from a private CA, trust that CA: set NODE_EXTRA_CA_CERTS to the path of the CA's certificate (PEM) in the step's env:. An expired certificate, or one for another host, must be fixed on the portal."
};
/** An `unreachable` that is the proxy's doing. */
const PROXY_ADVICE = 'Check the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and the user and password in them.';
/** The error for a non-2xx answer (404 included: the caller decides when 404 is fine). */
function errorForStatus(answer, context) {
    const { status } = answer;
    const code = codeForStatus(status);
    const heard = `The portal answered ${status} ${REASON_PHRASES[status] ?? ''}`.trimEnd();
    const said = portalMessage(answer.body, context.secrets);
    const quoted = said ? `: "${said}"` : '';
    if (code === 'redirected') {
        const location = (0,portal_text/* portalQuote */.L)(String(answer.headers.location ?? ''), context.secrets);
        return new errors/* NoVerdictError */.Lc(code, `${heard} to ${context.endpoint}, redirecting to "${location}". Redirects are never followed, so the token stays with the portal: set "portal" to the address the portal answers at itself.`, status);
    }
    const after = retried(context.retriesUsed);
    return new errors/* NoVerdictError */.Lc(code, `${heard} to ${context.endpoint}${after}${quoted}. ${ADVICE[code]}`, status);
}
/** The error for an exchange that gave no whole answer. */
function errorForTransport(error, context) {
    const after = retried(context.retriesUsed);
    if (error.kind === 'too-large') {
        return new errors/* NoVerdictError */.Lc('bad-response', `The portal's answer to ${context.endpoint} is too large: ${error.message}. Check that "portal" points at a DocSpace portal; a real backup history is far smaller.`);
    }
    if (error.kind === 'malformed')
        return badResponse(context, error.message);
    if (error.kind === 'timeout') {
        const seconds = context.timeoutMs / 1000;
        return new errors/* NoVerdictError */.Lc('timeout', `No answer to ${context.endpoint} within ${seconds} s${after}. ${ADVICE.timeout}`);
    }
    const detail = (0,portal_text/* portalQuote */.L)(error.message, context.secrets);
    if (error.kind === 'untrusted') {
        return new errors/* NoVerdictError */.Lc('tls-error', `The portal's certificate is not trusted for ${context.endpoint} (${detail}); not retried. ${ADVICE['tls-error']}`);
    }
    const advice = error.options.proxy ? PROXY_ADVICE : ADVICE.unreachable;
    return new errors/* NoVerdictError */.Lc('unreachable', `Could not reach the portal for ${context.endpoint} (${detail})${after}. ${advice}`);
}
/** The error for a 2xx answer the action cannot read. */
function badResponse(context, problem) {
    return new errors/* NoVerdictError */.Lc('bad-response', `The portal's answer to ${context.endpoint} ${(0,portal_text/* portalQuote */.L)(problem, context.secrets)}. Check that "portal" points at a DocSpace portal, not a login page or proxy.`);
}
function codeForStatus(status) {
    if (status >= 300 && status < 400)
        return 'redirected';
    if (status >= 500)
        return 'server-error';
    const byStatus = {
        400: 'bad-request',
        401: 'unauthorized',
        402: 'payment-required',
        403: 'forbidden',
        404: 'not-found',
        408: 'timeout',
        429: 'rate-limited'
    };
    return byStatus[status] ?? 'http-error';
}
function retried(retriesUsed) {
    if (retriesUsed === 0)
        return '';
    return `, still after ${retriesUsed} ${retriesUsed === 1 ? 'retry' : 'retries'}`;
}
/** The portal's own words in the body (error-body.ts), redacted and made one bounded line. */
function portalMessage(body, secrets) {
    const words = errorBodyWords(body);
    return words ? (0,portal_text/* portalQuote */.L)(words, secrets) : '';
}

// EXTERNAL MODULE: ./src/docspace/retry.ts
var retry = __nccwpck_require__(9646);
// EXTERNAL MODULE: ./src/docspace/shape-values.ts
var shape_values = __nccwpck_require__(8132);
;// CONCATENATED MODULE: ./src/docspace/client.ts






// The contract names 16 MiB; a 100,000-record history is ~17.2 MB, so the cap is 32 MiB: still
// bounded against hostile answers, and enough for any real history (README, "Choices").
const MAX_BODY_BYTES = 32 * 1024 * 1024;
class DocSpaceClient {
    settings;
    unsent = 0;
    constructor(settings) {
        this.settings = settings;
    }
    /** GET `/api/2.0/backup/<route>`, parsed. Every failure, a 404 too, throws a NoVerdictError. */
    async get(route, query, parse) {
        const { answer, context } = await this.fetch(route, query);
        return this.parsed(answer, context, parse);
    }
    /** GET of a route that only newer portals have: `null` when it answers 404. */
    async getIfPresent(route, parse) {
        const { answer, context } = await this.fetch(route, {});
        return answer.status === 404 ? null : this.parsed(answer, context, parse);
    }
    /**
     * GET `/api/2.0/<path>` outside the backup routes (the Files API of `verify`), parsed. `signal`
     * (verify's deadline) ends it, retries and their waits too, rejecting with its reason.
     */
    async getApi(path, query, parse, signal) {
        // `backup/../files/1` is `/api/2.0/files/1` once the URL is resolved.
        const { answer, context } = await this.fetch(`../${path}`, query, signal);
        return this.parsed(answer, context, parse);
    }
    /** The answer to a GET, with retries; a request that never got one throws a NoVerdictError. */
    async fetch(route, query, signal) {
        const url = this.url(route, query);
        const outcome = await (0,retry/* withRetries */.LH)(() => (0,http/* exchange */.c)({ ...this.request(url, 'GET'), signal }), this.settings.retries, this.settings.timing, signal);
        const context = { ...this.context('GET', route), retriesUsed: outcome.retriesUsed };
        if (outcome.error)
            throw errorForTransport(outcome.error, context);
        return { answer: outcome.answer, context };
    }
    /** POST `/api/2.0/backup/<route>`, sent once: never retried, it is not idempotent. */
    async post(route, body, parse) {
        const context = this.context('POST', route);
        const request = { ...this.request(this.url(route, {}), 'POST'), body: JSON.stringify(body) };
        request.headers['Content-Type'] = 'application/json';
        let answer;
        try {
            answer = await (0,http/* exchange */.c)(request);
        }
        catch (error) {
            if (error instanceof transport_error/* TransportError */.w)
                throw errorForTransport(error, context);
            throw error;
        }
        return this.parsed(answer, context, parse);
    }
    /** `GET /api/2.0/backup/<route>`, as messages name an endpoint. */
    endpoint(method, route) {
        return `${method} ${new URL(this.url(route, {})).pathname}`;
    }
    parsed(answer, context, parse) {
        if (answer.status < 200 || answer.status > 299)
            throw errorForStatus(answer, context);
        const read = payloadOf(answer.body);
        if ('problem' in read)
            throw badResponse(context, read.problem);
        try {
            return parse(read.payload);
        }
        catch (error) {
            if (error instanceof shape_values/* ShapeError */.ym)
                throw badResponse(context, `has the wrong shape: it ${error.message}`);
            throw error;
        }
    }
    url(route, query) {
        const url = new URL(`${this.settings.portal.base}/api/2.0/backup/${route}`);
        for (const [name, value] of Object.entries(query))
            url.searchParams.set(name, value);
        return url;
    }
    request(url, method) {
        this.unsent++;
        return {
            onSent: () => {
                if (--this.unsent === 0)
                    this.settings.onAllSent?.();
            },
            url,
            method,
            headers: {
                Accept: 'application/json',
                'Accept-Encoding': 'gzip',
                Authorization: `Bearer ${this.settings.token}`,
                'User-Agent': 'docspace-backup-check'
            },
            timeoutMs: this.settings.timeoutMs,
            maxBytes: MAX_BODY_BYTES,
            route: this.settings.route
        };
    }
    context(method, route) {
        return {
            endpoint: this.endpoint(method, route),
            secrets: [this.settings.token, ...this.settings.proxySecrets],
            retriesUsed: 0,
            timeoutMs: this.settings.timeoutMs
        };
    }
}

// EXTERNAL MODULE: ./src/docspace/proxy.ts + 1 modules
var docspace_proxy = __nccwpck_require__(7724);
// EXTERNAL MODULE: ./src/docspace/shapes.ts
var shapes = __nccwpck_require__(9792);
;// CONCATENATED MODULE: ./src/docspace/read-portal.ts

/** Reads every route concurrently; throws the NoVerdictError of the first failure, in route order. */
async function readPortal(client, dump) {
    const dumpQuery = { Dump: String(dump) };
    const settled = await Promise.allSettled([
        client.get('getbackuphistory', dumpQuery, shapes/* parseHistory */.i6),
        client.get('getbackupschedule', dumpQuery, shapes/* parseSchedule */.nP),
        client.get('getbackupprogress', dumpQuery, payload => ({
            job: (0,shapes/* parseProgress */.TS)(payload),
            link: (0,shapes/* parseProgressLink */.Rj)(payload)
        })),
        optional(client, ['getbackupscount'], shapes/* parseCount */.zq),
        // `service/state` appears in a public usage example; the server's route is getservicestate.
        optional(client, ['getservicestate', 'service/state'], shapes/* parseServiceState */.Et)
    ]);
    const failure = settled.find(result => result.status === 'rejected');
    if (failure)
        throw failure.reason;
    const [history, schedule, latestJob, count, state] = settled.map(result => result.status === 'fulfilled' ? result.value : undefined);
    const warnings = [];
    if (count === null)
        warnings.push('count-unavailable');
    if (state === null)
        warnings.push('service-state-unavailable');
    return {
        facts: {
            history,
            schedule,
            latestJob: latestJob.job,
            latestJobLink: latestJob.link,
            backupsCreated: count,
            serviceEnabled: state
        },
        warnings
    };
}
/** A route newer portals have: `null` when every one of its paths answers 404. */
async function optional(client, routes, parse) {
    for (const route of routes) {
        const value = await client.getIfPresent(route, parse);
        if (value !== null)
            return value;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/docspace/system-resolver.ts
const GLIBC_TIMEOUT_S = 5;
const GLIBC_ATTEMPTS = 2;
/**
 * Tells glibc (Linux; read when a pool thread first resolves) to wait at most half the request
 * timeout per try, at least 1 s. A `RES_OPTIONS` already set comes after ours, so it wins.
 */
function boundResolverWait(timeoutMs) {
    if (process.platform !== 'linux')
        return;
    const seconds = Math.max(1, Math.floor(timeoutMs / 1000 / GLIBC_ATTEMPTS));
    if (seconds >= GLIBC_TIMEOUT_S)
        return;
    const ours = `timeout:${seconds} attempts:${GLIBC_ATTEMPTS}`;
    const theirs = process.env.RES_OPTIONS;
    // Once per bound: a fleet checks many portals in one process.
    if (theirs?.includes(ours))
        return;
    process.env.RES_OPTIONS = theirs ? `${ours} ${theirs}` : ours;
}
/** `dns.lookup`, with concurrent lookups of the same name and options sharing one call. */
function sharedLookup() {
    const pending = new Map();
    return (hostname, options, callback) => {
        const key = JSON.stringify([hostname, options]);
        const waiting = pending.get(key);
        if (waiting)
            return void waiting.push(callback);
        pending.set(key, [callback]);
        const { lookup } = process.getBuiltinModule('node:dns');
        lookup(hostname, options, (...result) => {
            const callbacks = pending.get(key) ?? [];
            pending.delete(key);
            for (const each of callbacks)
                each(...result);
        });
    };
}

// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __nccwpck_require__(3420);
// EXTERNAL MODULE: ./src/report/verification.ts
var verification = __nccwpck_require__(7383);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __nccwpck_require__(7265);
;// CONCATENATED MODULE: ./src/verdict/diagnosis/periods.ts
// The periods of a daily or weekly schedule on the UTC timeline. The schedule fires at its hour
// (and weekly on its day) in the portal's time zone, which the backup API does not give; but the
// scheduler stamps `lastBackupTime` (UTC) as it starts a run, so a run that started on time tells
// the portal's offset from UTC. A run stamped long after a quarter hour (a late or catch-up run)
// tells nothing, and then the hour is read as UTC.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** How late after a quarter hour a run may be stamped and still be read as on time. */
const ON_TIME_MINUTES = 10;
/** 1970-01-01, day 0 of the epoch, was a Thursday (0 = Sunday). */
const EPOCH_WEEKDAY = 4;
/** The grid of a daily or weekly schedule; `null` for a monthly one or an impossible cron. */
function periodGrid(schedule, now) {
    const { period, hour, day } = schedule.cronParams;
    const named = (0,codes/* periodOf */.jH)(period);
    const unit = named === 'EveryDay' ? 'day' : named === 'EveryWeek' ? 'week' : null;
    if (unit === null || !Number.isInteger(hour) || hour < 0 || hour > 23)
        return null;
    if (unit === 'week' && !(Number.isInteger(day) && day >= 1 && day <= 7))
        return null;
    const utcOffsetMinutes = portalOffsetMinutes(schedule);
    const lengthMs = unit === 'day' ? DAY_MS : 7 * DAY_MS;
    // A run on the portal's clock: 1970-01-01 at the hour, or the first of the weekday after it.
    const firstLocalRun = hour * HOUR_MS + (unit === 'week' ? ((day - 1 - EPOCH_WEEKDAY + 7) % 7) * DAY_MS : 0);
    const anchor = firstLocalRun - (utcOffsetMinutes ?? 0) * MINUTE_MS;
    const lastRunMs = anchor + Math.floor((now.getTime() - anchor) / lengthMs) * lengthMs;
    return { unit, lengthMs, lastRunMs, utcOffsetMinutes };
}
/**
 * Which period an instant falls in: 0 for the latest run, -1 for the one before, and so on.
 * A period spans half a period either side of its run, so that a backup made a little before
 * or after its run (a scheduler lag, a daylight-saving shift, an offset read wrong by hours)
 * still counts for that run. Anything after the latest run's half (a manual backup this
 * afternoon, a clock ahead) counts for the latest run: the grid stops at now.
 */
function periodIndex(grid, ms) {
    return Math.min(0, Math.floor((ms - grid.lastRunMs + grid.lengthMs / 2) / grid.lengthMs));
}
/** When the run of period `index` was due, in epoch ms. */
function runOf(grid, index) {
    return grid.lastRunMs + index * grid.lengthMs;
}
/**
 * The offset (local = UTC + offset) that puts `lastBackupTime` on the schedule's hour (and
 * day), in whole quarter hours from -12:00 to +14:00; `null` when the run was not on time.
 */
function portalOffsetMinutes(schedule) {
    const started = schedule.lastBackupTime;
    if (started === null)
        return null;
    const ms = started.getTime();
    const minuteOfDay = (((ms % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
    const quarter = Math.floor(minuteOfDay / 15) * 15;
    if (minuteOfDay - quarter > ON_TIME_MINUTES)
        return null;
    let offset = (((schedule.cronParams.hour * 60 - quarter) % 1440) + 1440) % 1440;
    if (offset > 14 * 60)
        offset -= 1440;
    if ((0,codes/* periodOf */.jH)(schedule.cronParams.period) === 'EveryWeek') {
        const localDay = Math.floor((ms - (minuteOfDay - quarter) * MINUTE_MS + offset * MINUTE_MS) / DAY_MS);
        const weekday = (((localDay + EPOCH_WEEKDAY) % 7) + 7) % 7;
        if (weekday !== schedule.cronParams.day - 1)
            return null;
    }
    return offset;
}
/** `2026-03-10`: the UTC date of an instant. */
function utcDate(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** `+03:00`, `-05:30`, `+00:00`. */
function offsetWords(minutes) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${sign}${hh}:${mm}`;
}

;// CONCATENATED MODULE: ./src/verdict/diagnosis/calendar.ts
// The schedule's recent periods and which of them hold a backup: the summary's calendar strip
// and the `missed-backups` warning. Pure: a grid and backup dates in, marks out.

/** How many periods the strip and the missed-backups window reach back, the latest included. */
const CALENDAR_PERIODS = 30;
/**
 * The periods from the oldest usable backup (at most CALENDAR_PERIODS back) to the latest run.
 * `backupTimes`: creation times (epoch ms) of the newest usable backups (a cut history keeps the
 * newest, so every gap after the oldest of them is a real one).
 */
function calendarOf(grid, backupTimes, portalOffset) {
    if (backupTimes.length === 0)
        return null;
    const held = new Set(backupTimes.map(ms => periodIndex(grid, ms)));
    const newest = Math.max(...held);
    const oldest = Math.min(...held);
    const first = Math.max(oldest, 1 - CALENDAR_PERIODS);
    const periods = [];
    const missed = [];
    for (let index = first; index <= 0; index++) {
        const date = utcDate(runOf(grid, index));
        const mark = held.has(index) ? 'backup' : index === 0 ? 'today' : 'none';
        periods.push({ date, mark });
        // Only a gap with a backup on both sides is a miss: before the oldest, the schedule may not
        // have existed; after the newest, the verdict's max-age speaks.
        if (mark === 'none' && index < newest)
            missed.push(date);
    }
    return {
        unit: grid.unit,
        runsAtUtc: new Date(grid.lastRunMs).toISOString().slice(11, 16),
        portalOffset,
        periods,
        missed
    };
}

// EXTERNAL MODULE: ./src/time/durations.ts
var durations = __nccwpck_require__(7748);
;// CONCATENATED MODULE: ./src/verdict/diagnosis/likely-cause.ts
// Why backups stopped, in one sentence with what to do, from what the schedule and the job say.
// DocSpace's scheduler stamps `lastBackupTime` when it starts a run, before it hands the run to
// the backup worker over the message bus; a history record is written only once the archive is
// whole. So a stamp after the newest backup with no job running means the run went nowhere (the
// worker or its queue), and a stamp older than a period means the scheduler stopped firing.


const likely_cause_HOUR_MS = 3_600_000;
/** The likely cause of a stale or missing backup, with what to do. */
function likelyCause(facts) {
    const sentence = causeSentence(facts);
    return typeof sentence === 'string' ? () => sentence : sentence;
}
function causeSentence(facts) {
    const { schedule, now } = facts;
    if (!schedule) {
        return "There is no automatic backup schedule, so nothing makes new backups: create one in the portal's Backup settings (DocSpace deletes a schedule, and emails the admins, when a run fails for quota or billing).";
    }
    const started = schedule.lastBackupTime;
    if (!started) {
        return "The backup schedule has never started a run: if it was just created, wait for its first run; otherwise the backup scheduler is not firing: restart the backup service, and check that the portal's plan includes automatic backups.";
    }
    const since = `${readable(started)} (${ago(now.getTime() - started.getTime())} ago)`;
    const job = facts.job?.backupProgressEnum === codes/* JOB_KIND */.Xw.Backup ? facts.job : null;
    if (job && !job.isCompleted) {
        return facts.stuck
            ? `A backup job has been running since the schedule started it at ${since}, over max-runtime (${hoursWords(facts.maxRuntimeHours)}), at ${job.progress}% and with no new backup: its worker has probably stopped; restart the backup service (the job leaves the queue 24 h after its last update).`
            : `A backup job is still running (${job.progress}%, the schedule last started a run at ${since}): wait for it to finish; if it stays at ${job.progress}%, its worker has stopped: restart the backup service.`;
    }
    if (job && job.error !== '') {
        const error = job.error;
        return quote => `The last backup job failed: "${quote(error.trim()).replace(/\.$/, '')}": fix what it names (storage space, permissions, the storage's credentials), then start a backup to confirm.`;
    }
    const lateHours = facts.periodHours + facts.graceHours;
    if (now.getTime() - started.getTime() > lateHours * likely_cause_HOUR_MS) {
        return `The schedule has not started a run since ${since}, over one period plus grace (${hoursWords(lateHours)}): the backup scheduler is not firing; restart the backup service (its scheduler runs on one instance and stops silently after a critical error), and check that the portal's plan is paid and includes automatic backups.`;
    }
    if (facts.newestBackupMs === null || started.getTime() > facts.newestBackupMs) {
        const which = facts.newestBackupMs === null
            ? ', yet there is no backup at all'
            : ', after the newest backup';
        return `The schedule started a run at ${since}${which}, and no job is running: that run produced no backup, so the backup worker or its queue is not working; check the backup service's log and the message bus (e.g. RabbitMQ) it takes requests from, and restart the backup service.`;
    }
    return `The schedule is on time (it last started a run at ${since}, before the newest backup), but max-age (${hoursWords(facts.maxAgeInForceHours)}) is shorter than its period (${hoursWords(facts.periodHours)}): raise max-age, or back up more often.`;
}
function readable(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function ago(ms) {
    return (0,durations/* humanDuration */.U)(Math.max(0, ms) / 1000);
}
function hoursWords(hours) {
    return (0,durations/* humanDuration */.U)(hours * 3600);
}

// EXTERNAL MODULE: ./src/time/dates.ts
var dates = __nccwpck_require__(9984);
;// CONCATENATED MODULE: ./src/verdict/diagnosis/stuck.ts
// A backup job that has run far longer than a backup takes. DocSpace's job has no timestamp; the
// schedule's `lastBackupTime` (stamped when it started the run) is the only clock there is. A job
// whose worker died stays "running" at a frozen percentage until the queue drops it (24 h).


const stuck_HOUR_MS = 3_600_000;
/**
 * The running backup job, when it has been running for more than `maxRuntimeHours` since the
 * schedule started it and no backup has been made since; otherwise `null`.
 */
function stuckJob(schedule, job, newestBackupMs, maxRuntimeHours, now) {
    if (!job || job.isCompleted || job.backupProgressEnum !== codes/* JOB_KIND */.Xw.Backup)
        return null;
    const started = schedule?.lastBackupTime;
    if (!started)
        return null;
    if (newestBackupMs !== null && newestBackupMs >= started.getTime())
        return null;
    const hours = (now.getTime() - started.getTime()) / stuck_HOUR_MS;
    if (hours <= maxRuntimeHours)
        return null;
    return { since: (0,dates/* isoUtc */.u8)(started), hours, progress: job.progress };
}

;// CONCATENATED MODULE: ./src/verdict/diagnosis/index.ts




function readSchedule(reading) {
    const { schedule, now } = reading;
    const newestBackupMs = reading.newestUsable[0]?.createdOn.getTime() ?? null;
    const stuck = stuckJob(schedule, reading.latestJob, newestBackupMs, reading.maxRuntimeHours, now);
    const grid = schedule && periodGrid(schedule, now);
    const calendar = grid &&
        calendarOf(grid, reading.newestUsable.map(backup => backup.createdOn.getTime()), grid.utcOffsetMinutes === null ? null : offsetWords(grid.utcOffsetMinutes));
    const explains = reading.reasons.includes('stale') || reading.reasons.includes('no-backups');
    const diagnosis = explains
        ? likelyCause({
            schedule,
            job: reading.latestJob,
            newestBackupMs,
            periodHours: reading.periodHours,
            graceHours: reading.graceHours,
            maxAgeInForceHours: reading.maxAgeInForceHours,
            maxRuntimeHours: reading.maxRuntimeHours,
            stuck,
            now
        })
        : null;
    const warnings = [];
    if (calendar && calendar.missed.length > 0)
        warnings.push('missed-backups');
    if (stuck)
        warnings.push('backup-stuck');
    return { diagnosis, calendar, stuckJob: stuck, warnings };
}

;// CONCATENATED MODULE: ./src/verdict/history-survey.ts
// What the verdict needs of a history, in one pass. A history can hold 100,000 records in no
// order: it is never sorted, and its dates are compared as UTC keys (see time/dates.ts); only
// the newest hundred become BackupRecords.


/** How many of the newest usable backups are kept: the report shows 100. */
const NEWEST_KEPT = 100;
const EXPIRING_WITHIN_MS = 24 * 3_600_000;
const CLOCK_SKEW_MS = 5 * 60_000;
/** A backup dated further ahead than this is a broken record that no clock or time zone
 * explains: not usable, so it can neither hide a stale portal nor count toward min-count. */
const BROKEN_FUTURE_MS = 24 * 3_600_000;
/** Surveys a history that parseHistory has checked. */
function surveyHistory(history, now) {
    const nowKey = (0,dates/* keyOfTime */.oj)(now.getTime());
    const expiringKey = (0,dates/* keyOfTime */.oj)(now.getTime() + EXPIRING_WITHIN_MS);
    const futureKey = (0,dates/* keyOfTime */.oj)(now.getTime() + CLOCK_SKEW_MS);
    const brokenKey = (0,dates/* keyOfTime */.oj)(now.getTime() + BROKEN_FUTURE_MS);
    const newest = new NewestKept(NEWEST_KEPT);
    let usableCount = 0;
    let allUsableExpiring = true;
    let fromTheFuture = false;
    for (const record of history) {
        const created = (0,dates/* checkedKey */.bb)(record.createdOn);
        if (created > futureKey)
            fromTheFuture = true;
        if (created > brokenKey)
            continue;
        const expires = record.expiresOn == null ? null : (0,dates/* checkedKey */.bb)(record.expiresOn);
        if (expires != null && expires <= nowKey)
            continue;
        usableCount++;
        if (expires == null || expires > expiringKey)
            allUsableExpiring = false;
        newest.offer(created, record);
    }
    return {
        usableCount,
        newestUsable: newest.records().map(backupOf),
        allUsableExpiring: usableCount > 0 && allUsableExpiring,
        fromTheFuture
    };
}
/** A record parseHistory has checked, ready to show: nothing in it can be wrong any more. */
function backupOf(record) {
    const expires = record.expiresOn == null ? null : (0,dates/* checkedKey */.bb)(record.expiresOn);
    return {
        id: record.id,
        fileName: record.fileName ?? '',
        storageType: storageTypeNumber(record.storageType ?? codes/* STORAGE_TYPE */.r0.Documents),
        createdOn: (0,dates/* dateOfKey */.$6)((0,dates/* checkedKey */.bb)(record.createdOn)),
        expiresOn: expires === null ? null : (0,dates/* dateOfKey */.$6)(expires)
    };
}
/** The number of a storage type the portal sent as a number or (any case) as its name. */
function storageTypeNumber(type) {
    if (typeof type === 'number')
        return type;
    return codes/* STORAGE_TYPE_NAMES */.KS.findIndex(name => name.toLowerCase() === type.toLowerCase());
}
/** The `limit` latest-created records offered, newest first; ties keep the first offered. */
class NewestKept {
    limit;
    keys = [];
    kept = [];
    constructor(limit) {
        this.limit = limit;
    }
    offer(key, record) {
        const { keys, kept } = this;
        if (keys.length === this.limit && key <= keys[keys.length - 1])
            return;
        let at = keys.length;
        while (at > 0 && keys[at - 1] < key)
            at--;
        keys.splice(at, 0, key);
        kept.splice(at, 0, record);
        if (keys.length > this.limit) {
            keys.pop();
            kept.pop();
        }
    }
    records() {
        return this.kept;
    }
}

;// CONCATENATED MODULE: ./src/verdict/verdict.ts
// The verdict, pure: facts and thresholds in; status, reasons and warnings out.



const verdict_HOUR_MS = 3_600_000;
function judge(facts, thresholds, now) {
    const survey = surveyHistory(facts.history, now);
    const usable = survey.usableCount;
    const newest = survey.newestUsable[0];
    const newestAgeHours = newest
        ? Math.max(0, now.getTime() - newest.createdOn.getTime()) / verdict_HOUR_MS
        : null;
    const maxAgeInForceHours = maxAgeInForce(thresholds, facts.schedule);
    const reasons = [];
    if (usable === 0 && thresholds.minCount >= 1)
        reasons.push('no-backups');
    if (usable > 0 && usable < thresholds.minCount)
        reasons.push('too-few-backups');
    if (newestAgeHours !== null && newestAgeHours > maxAgeInForceHours)
        reasons.push('stale');
    if (thresholds.requireSchedule && facts.schedule === null)
        reasons.push('no-schedule');
    const job = facts.latestJob;
    if (job && job.backupProgressEnum === codes/* JOB_KIND */.Xw.Backup && job.isCompleted && job.error !== '') {
        reasons.push('last-backup-failed');
    }
    const findings = readSchedule({
        schedule: facts.schedule,
        latestJob: facts.latestJob,
        newestUsable: survey.newestUsable,
        reasons,
        periodHours: periodHours(facts.schedule),
        graceHours: thresholds.graceHours,
        maxAgeInForceHours,
        maxRuntimeHours: thresholds.maxRuntimeHours,
        now
    });
    return {
        status: reasons.length > 0 ? 'unhealthy' : 'healthy',
        reasons,
        warnings: [...warningsFor(facts, survey), ...findings.warnings],
        usableCount: usable,
        newestUsable: survey.newestUsable,
        newestAgeHours,
        maxAgeInForceHours,
        findings
    };
}
/** `auto`: one schedule period plus grace; with no schedule, a day plus grace. */
function maxAgeInForce(thresholds, schedule) {
    if (thresholds.maxAge !== 'auto')
        return thresholds.maxAge;
    return periodHours(schedule) + thresholds.graceHours;
}
/** The schedule's period in hours; with no schedule (or an unknown period), a day. */
function periodHours(schedule) {
    const period = schedule && (0,codes/* periodOf */.jH)(schedule.cronParams.period);
    return codes/* PERIOD_HOURS */.GS[period || 'EveryDay'];
}
function warningsFor(facts, survey) {
    const warnings = [];
    const job = facts.latestJob;
    if (job && job.backupProgressEnum === codes/* JOB_KIND */.Xw.Backup && !job.isCompleted)
        warnings.push('backup-running');
    if (survey.allUsableExpiring)
        warnings.push('expiring');
    if (facts.schedule && facts.schedule.lastBackupTime === null)
        warnings.push('schedule-never-ran');
    if (survey.fromTheFuture)
        warnings.push('clock-skew');
    return warnings;
}

;// CONCATENATED MODULE: ./src/check.ts









/**
 * Checks the portal. Throws only an InputError, before any request, when a proxy variable that
 * the portal's or the ping's URL would go through is not a usable proxy.
 */
async function runCheck(inputs, deps) {
    const proxy = (0,docspace_proxy/* proxyFor */.i)(new URL(inputs.portal.base), inputs.proxyVariables);
    const pingProxy = inputs.ping && (0,docspace_proxy/* proxyFor */.i)(new URL(inputs.ping.url), inputs.proxyVariables);
    // Portal text (a job's error or warning, a file name, the schedule) may quote the token, and
    // everything shown (summary, log, outputs, report file, issue) is rendered from the report.
    // The portal's address is the user's own input: kept as given (a host may start with "sk-").
    if (proxy)
        deps.log(`Through the proxy ${proxy.address} (${proxy.variable}).`);
    const read = await readAndJudge(inputs, proxy, deps);
    const report = { ...withoutSecrets(read, [inputs.token]), portal: read.portal, host: read.host };
    if (!inputs.ping)
        return report;
    // Loaded only when asked for: a plain run pays nothing for the heartbeat.
    const { sendHeartbeat, PING_TIMEOUT_MS } = await __nccwpck_require__.e(/* import() */ 405).then(__nccwpck_require__.bind(__nccwpck_require__, 6405));
    return sendHeartbeat(report, inputs.ping, {
        timeoutMs: deps.pingTimeoutMs ?? PING_TIMEOUT_MS,
        sleep: deps.timing.sleep,
        proxy: pingProxy,
        lookup: deps.lookup
    });
}
// Report fields the action writes itself (codes, dates, numbers): never portal text, and left
// alone, or a short token would mask letters of `healthy` or of a reason code. `true`: the whole
// field; a set: those keys of it (of each item, for a list).
const BACKUP_FIELDS = new Set(['storageType', 'createdOn', 'expiresOn', 'ageHours']);
const OWN_FIELDS = {
    checkedAt: true,
    status: true,
    reasons: true,
    warnings: true,
    counts: true,
    thresholds: true,
    backups: BACKUP_FIELDS,
    latest: BACKUP_FIELDS,
    scheduleSummary: new Set(['lastStarted']),
    startedBackup: new Set(['outcome']),
    error: new Set(['code']),
    verification: new Set(['outcome', 'check', 'format', 'sha256', 'storageType'])
};
/** The report with every portal string in it redacted, however deep (it is small and bounded). */
function withoutSecrets(report, secrets) {
    const entries = Object.entries(report).map(([key, value]) => {
        const own = OWN_FIELDS[key];
        return [key, own === true ? value : redactedDeep(value, secrets, own)];
    });
    return Object.fromEntries(entries);
}
/** `value` with every string redacted, but those of the `kept` keys (of it, or of its items). */
function redactedDeep(value, secrets, kept) {
    if (typeof value === 'string')
        return (0,portal_text/* redact */.E)(value, secrets);
    if (Array.isArray(value))
        return value.map(item => redactedDeep(item, secrets, kept));
    if (typeof value !== 'object' || value === null)
        return value;
    const entries = Object.entries(value).map(([key, item]) => [
        key,
        kept?.has(key) ? item : redactedDeep(item, secrets)
    ]);
    return Object.fromEntries(entries);
}
async function readAndJudge(inputs, proxy, deps) {
    boundResolverWait(inputs.timeoutMs);
    const client = new DocSpaceClient({
        portal: inputs.portal,
        token: inputs.token,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries,
        timing: deps.timing,
        route: { proxy, lookup: deps.lookup ?? sharedLookup() },
        proxySecrets: inputs.proxyVariables.secrets,
        onAllSent: deps.onRequestsSent
    });
    const thresholds = {
        minCount: inputs.minCount,
        maxAge: inputs.maxAge,
        graceHours: inputs.graceHours,
        requireSchedule: inputs.requireSchedule,
        maxRuntimeHours: inputs.maxRuntimeHours
    };
    const base = {
        portal: inputs.portal,
        thresholds,
        warnings: [],
        checkedAt: new Date(deps.timing.now()),
        secrets: [inputs.token]
    };
    try {
        // Loaded only when asked for: most runs never start a backup.
        const starting = inputs.startBackup ? await __nccwpck_require__.e(/* import() */ 806).then(__nccwpck_require__.bind(__nccwpck_require__, 6806)) : undefined;
        const waited = await starting?.startAndAwaitBackup(client, inputs, deps);
        const { facts, warnings } = await readPortal(client, inputs.dump);
        const now = new Date(deps.timing.now());
        const judged = judge(facts, thresholds, now);
        const { verdict, started } = starting && waited
            ? starting.judgeStartedBackup(judged, facts, waited)
            : { verdict: judged, started: undefined };
        const report = (0,build/* verdictReport */.mq)({ ...base, checkedAt: now, warnings, startedBackup: started }, facts, verdict);
        return verifyIfAsked(report, { facts, verdict }, client, inputs, deps);
    }
    catch (error) {
        if (error instanceof errors/* NoVerdictError */.Lc)
            return verifyIfAsked((0,build/* errorReport */.ZV)(base, error), null, client, inputs, deps);
        throw error;
    }
}
/**
 * With `verify` on, the newest usable backup's archive is fetched and checked (README). Whether
 * there is anything to verify is decided here, once: not without a verdict, nor without a
 * usable backup.
 */
async function verifyIfAsked(report, judged, client, inputs, deps) {
    if (!inputs.verify)
        return report;
    const newest = judged?.verdict.newestUsable[0];
    if (!judged || !newest) {
        const why = judged
            ? 'there is no usable backup to verify'
            : 'the portal could not be checked, so no backup was chosen';
        return (0,build/* withVerification */.uJ)(report, (0,verification/* nothingToVerify */.QA)(why));
    }
    // Loaded only when asked for: the checker and its XML parser are a chunk of their own.
    const { verifyNewest } = await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(868), __nccwpck_require__.e(412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5412));
    const settings = {
        portal: inputs.portal,
        token: inputs.token,
        dump: inputs.dump,
        timeoutMs: inputs.timeoutMs,
        retries: inputs.retries,
        verifyTimeoutMs: inputs.verifyTimeoutMs,
        verifyFolder: inputs.verifyFolder,
        proxyVariables: inputs.proxyVariables,
        timing: deps.timing,
        log: deps.log,
        lookup: deps.lookup
    };
    return (0,build/* withVerification */.uJ)(report, await verifyNewest(client, settings, judged.facts, newest));
}


/***/ }),

/***/ 4153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Un: () => (/* binding */ cliInputs),
  kP: () => (/* binding */ cliMessage),
  pO: () => (/* binding */ requireCheckTarget)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/cli/token-file.ts
// `--token-file PATH` and `--token-file -` (standard input), as curl and restic offer: the token
// stays out of the command line, `ps` and the environment. What is read is a secret: no error
// ever quotes it, only the path it came from.


/** Far more than any token (8,192 characters): a file this large was not meant. */
const MAX_BYTES = 64 * 1024;
const REASONS = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links'
};
/** The token's text: one trailing line break (and a byte-order mark) dropped. */
async function readTokenFile(file) {
    const bytes = file === '-' ? await readStandardInput() : await readFileBounded(file);
    return bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r?\n$/, '');
}
async function readFileBounded(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch (error) {
        throw unreadable(file, error);
    }
    try {
        if ((await handle.stat()).isDirectory())
            throw unreadable(file, { code: 'EISDIR' });
        const chunks = [];
        let total = 0;
        // A pipe (`--token-file <(pass show docspace)`) gives its bytes in pieces.
        for (;;) {
            const { bytesRead, buffer } = await handle.read(Buffer.alloc(MAX_BYTES + 1 - total), 0);
            if (bytesRead === 0)
                break;
            chunks.push(buffer.subarray(0, bytesRead));
            total += bytesRead;
            if (total > MAX_BYTES)
                throw tooLarge(`--token-file ${(0,errors/* quoteValue */.cl)(file)}`);
        }
        return Buffer.concat(chunks);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw unreadable(file, error);
    }
    finally {
        await handle.close();
    }
}
async function readStandardInput() {
    if (process.stdin.isTTY)
        console.error('Reading the token from standard input (end with Ctrl-D).');
    const chunks = [];
    let total = 0;
    for await (const chunk of process.stdin) {
        chunks.push(chunk);
        total += chunk.length;
        if (total > MAX_BYTES)
            throw tooLarge('standard input (--token-file -)');
    }
    return Buffer.concat(chunks);
}
function unreadable(file, error) {
    const code = error?.code;
    const reason = typeof code === 'string' ? `${REASONS[code] ?? (0,errors/* messageOf */.bD)(error)} (${code})` : (0,errors/* messageOf */.bD)(error);
    return new errors/* InputError */.dz('token-file', `Option "--token-file" names a file that cannot be read: ${(0,errors/* quoteValue */.cl)(file)}: ${reason}.`);
}
function tooLarge(where) {
    return new errors/* InputError */.dz('token-file', `The token in ${where} is over 64 KiB: expected one token (the content is not shown: it is a secret).`);
}

;// CONCATENATED MODULE: ./src/cli/cli-inputs.ts
// The check's inputs from the command line: each from its option, else its environment variable
// (DOCSPACE_PORTAL, DOCSPACE_TOKEN, DOCSPACE_PING_URL), the token also from --token-file. What
// each came from is kept, so that a refusal names what the user wrote: `--max-age`,
// `DOCSPACE_PORTAL`, the file of `--token-file`, never the Action's `Input "max-age"`.



/**
 * A flag beats the environment (`--token` over DOCSPACE_TOKEN, `--portal ""` over
 * DOCSPACE_PORTAL: an empty option is an empty portal). `--token` and `--token-file` together
 * are refused: two ways of giving one secret is a mistake, whichever would win.
 */
async function cliInputs(args, env) {
    const given = (name) => args.values.get(name);
    const tokenFile = given('token-file');
    if (tokenFile !== undefined && given('token') !== undefined) {
        throw new errors/* InputError */.dz('token-file', 'Options "--token" and "--token-file" cannot be combined: give the token one way.');
    }
    const fileToken = tokenFile === undefined ? undefined : await readTokenFile(tokenFile);
    const envOf = (name) => {
        const variable = (0,options/* optionNamed */.b7)(name)?.env;
        return variable === undefined ? undefined : env[variable];
    };
    const read = name => (name === 'token' ? fileToken : undefined) ?? given(name) ?? envOf(name) ?? '';
    const subjectOf = (name) => {
        if (name === 'token' && tokenFile !== undefined) {
            return tokenFile === '-'
                ? 'The token read from standard input (--token-file -)'
                : 'The token read from --token-file';
        }
        if (given(name) !== undefined)
            return `Option "--${name}"`;
        const variable = (0,options/* optionNamed */.b7)(name)?.env;
        if (variable && envOf(name) !== undefined)
            return variable;
        return `Option "${(0,options/* optionWords */.RI)(name)}"`;
    };
    const token = read('token');
    return { read, subjectOf, secrets: [token, token.trim().replace(/^bearer\s+/i, '')] };
}
/** A missing portal or token, said in the CLI's words before anything else is checked. */
function requireCheckTarget(inputs) {
    if (inputs.read('portal').trim() === '') {
        throw new errors/* InputError */.dz('portal', 'No portal to check: --portal URL or DOCSPACE_PORTAL is required (it is empty or not set). To see the check on two embedded demo portals: docspace-backup-check demo.');
    }
    if (inputs.read('token').trim() === '') {
        const what = inputs.subjectOf('token');
        const empty = what.startsWith('The token') ? `${what} is empty. ` : '';
        throw new errors/* InputError */.dz('token', `${empty}No token: give --token-file FILE (- for standard input), set DOCSPACE_TOKEN, or give --token TOKEN: a DocSpace API key (sk-…).`);
    }
}
/** An input's refusal as the CLI says it: the option or variable the value came from. */
function cliMessage(error, inputs) {
    if (error.detail === undefined)
        return error.message;
    const subject = inputs
        ? inputs.subjectOf(error.input)
        : `Option "${(0,options/* optionWords */.RI)(error.input)}"`;
    return `${subject} ${error.detail}`;
}


/***/ }),

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ checkFormat),
/* harmony export */   LD: () => (/* binding */ asksForNagios),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   kr: () => (/* binding */ renderReports),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* unused harmony export FORMATS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1692);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(893);
// What the CLI prints, per `--format`, and the exit code that goes with it. Every format is a
// pure rendering of the same reports; the monitoring ones load only when asked for.



const FORMATS = ['text', 'markdown', 'json', 'nagios', 'prometheus'];
/** The CLI's own exit codes (nagios has the plugin codes instead: 0 OK … 3 UNKNOWN). */
const EXIT = { healthy: 0, unhealthy: 1, error: 2, usage: 64 };
/** `--format`, in any case (`Nagios`, `JSON`); `allowed`: a command's own list. */
function checkFormat(value, allowed = FORMATS) {
    const format = (value ?? 'text').trim().toLowerCase();
    const known = allowed.find(name => name === format);
    if (known)
        return known;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('format', `Option "--format" has an invalid value ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(value ?? '')}: expected ${allowed.join(', ')}.`);
}
/** `--format nagios` (any case) asked for, even when the rest of the arguments cannot be read. */
function asksForNagios(argv) {
    const nagios = (text) => text?.trim().toLowerCase() === 'nagios';
    return argv.some((arg, i) => (arg.startsWith('--format=') && nagios(arg.slice(9))) ||
        (arg === '--format' && nagios(argv[i + 1])));
}
/** Prints a command's output; returns its exit code. */
function print(text, code) {
    console.log(text);
    return code;
}
/** The reports of one run (the demo has two) as the format prints them. */
async function renderReports(format, reports) {
    if (format === 'prometheus') {
        const { renderPrometheus } = await __nccwpck_require__.e(/* import() */ 594).then(__nccwpck_require__.bind(__nccwpck_require__, 5594));
        return { text: renderPrometheus(reports).trimEnd() };
    }
    if (format === 'nagios') {
        const { renderNagios } = await __nccwpck_require__.e(/* import() */ 117).then(__nccwpck_require__.bind(__nccwpck_require__, 4117));
        const outputs = reports.map(renderNagios);
        return {
            text: outputs.map(output => output.text).join('\n\n'),
            pluginExitCode: Math.max(...outputs.map(output => output.exitCode))
        };
    }
    const render = { text: _render_text_js__WEBPACK_IMPORTED_MODULE_2__/* .renderText */ .S5, markdown: _render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSummary */ .B, json: jsonOf }[format];
    return { text: reports.map(render).join('\n\n') };
}
function jsonOf(report) {
    return JSON.stringify(report, null, 2);
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ COMMON_OPTIONS),
/* harmony export */   RI: () => (/* binding */ optionWords),
/* harmony export */   WF: () => (/* binding */ FLEET_OPTIONS),
/* harmony export */   b7: () => (/* binding */ optionNamed),
/* harmony export */   lw: () => (/* binding */ OPTIONS),
/* harmony export */   tS: () => (/* binding */ optionByShort),
/* harmony export */   zp: () => (/* binding */ CHECK_INPUT_OPTIONS)
/* harmony export */ });
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5585);
// Every command-line option, once: the check's inputs as src/inputs/names.ts lists them (a
// true/false input is a flag), then the CLI's own. The parser, the commands' lists of what
// applies to them, the suggestions for a mistyped option and the error messages read this.

/** The inputs that may come from the environment: a token stays out of `ps` that way. */
const ENVIRONMENT = {
    portal: 'DOCSPACE_PORTAL',
    token: 'DOCSPACE_TOKEN',
    'ping-url': 'DOCSPACE_PING_URL'
};
const INPUT_OPTIONS = _inputs_names_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_INPUT_NAMES */ .jl.map(name => ({
    name,
    kind: _inputs_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOLEAN_INPUTS */ .$p.includes(name) ? 'flag' : 'value',
    input: name,
    env: ENVIRONMENT[name]
}));
const OWN_OPTIONS = [
    { name: 'token-file', kind: 'value' },
    { name: 'format', kind: 'value' },
    { name: 'textfile', kind: 'value' },
    { name: 'config', kind: 'value' },
    { name: 'concurrency', kind: 'value' },
    { name: 'only', kind: 'value' },
    { name: 'shard', kind: 'value' },
    { name: 'help', kind: 'flag', short: 'h' },
    { name: 'version', kind: 'flag', short: 'V' },
    { name: 'serve', kind: 'flag' },
    { name: 'port', kind: 'value' },
    { name: 'scenario', kind: 'value' },
    { name: 'latency', kind: 'value' },
    { name: 'records', kind: 'value' },
    { name: 'archive', kind: 'value' },
    { name: 'listen', kind: 'value' },
    { name: 'interval', kind: 'value' },
    { name: 'verify-interval', kind: 'value' }
];
const OPTIONS = [...INPUT_OPTIONS, ...OWN_OPTIONS];
const BY_NAME = new Map(OPTIONS.map(option => [option.name, option]));
function optionNamed(name) {
    return BY_NAME.get(name);
}
function optionByShort(letter) {
    return OPTIONS.find(option => option.short === letter);
}
/** Options every command takes. */
const COMMON_OPTIONS = ['help', 'version'];
/** The check's inputs as options: what the check and the demo share. */
const CHECK_INPUT_OPTIONS = INPUT_OPTIONS.map(option => option.name);
/** The fleet's own options: `--config FILE` and what only applies with it. */
const FLEET_OPTIONS = ['config', 'concurrency', 'only', 'shard'];
/** `--portal` or `DOCSPACE_PORTAL`: how the CLI names an input in its messages. */
function optionWords(name) {
    const env = optionNamed(name)?.env;
    return env ? `--${name} or ${env}` : `--${name}`;
}


/***/ }),

/***/ 6333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ publishExposition),
/* harmony export */   Ql: () => (/* binding */ publishUnchecked),
/* harmony export */   dU: () => (/* binding */ checkTextfilePath),
/* harmony export */   vR: () => (/* binding */ publishMetrics)
/* harmony export */ });
/* unused harmony export writeTextfile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4296);
// `--textfile PATH`: the Prometheus metrics as a file for node_exporter's textfile collector.
// Written whole or not at all: a temporary file in the same folder (so the rename stays on one
// file system), flushed, then renamed over the old one. The collector, reading at any moment,
// sees the old file or the new one, never half of one. The temporary name does not end in
// `.prom`, so the collector never reads it.




/**
 * Checks the path before any request: the name is one the collector reads, and its folder
 * exists, is a folder, and takes a new file. The folder is resolved as the system walks it
 * (`DIR/missing/../x.prom` has none); the resolved path is where the metrics are written.
 */
function checkTextfilePath(file) {
    const refuse = (expected) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('textfile', `Option "--textfile" has an invalid value ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteValue */ .cl)(file)}: expected ${expected}.`);
    const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file);
    if (!file.endsWith('.prom') || name === '.prom') {
        throw refuse("a file name ending in .prom (node_exporter's textfile collector reads only those)");
    }
    let folder;
    try {
        // realpath(3), not Node's own realpathSync, which takes `..` away before it looks.
        folder = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file));
    }
    catch {
        throw refuse('a file in a folder that exists');
    }
    if (!statOf(folder)?.isDirectory())
        throw refuse('a file in a folder that exists');
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, name);
    if (statOf(target)?.isDirectory())
        throw refuse('a file, not a folder');
    const problem = cannotCreateIn(folder, name);
    if (problem)
        throw refuse(`a file in a folder where this user can write (${problem})`);
    return target;
}
/** Replaces `file` with `text` atomically; the temporary file never outlives a failure. */
function writeTextfile(file, text) {
    const temporary = temporaryName(file, 'tmp');
    try {
        // `wx`: never follow or reuse something already at the temporary name.
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, 'wx', 0o644);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/**
 * `--textfile`: the metrics, whatever `--format` prints. Written before anything is printed, so
 * that a failure to write is reported as the run's error (nagios: UNKNOWN), not after an OK.
 */
async function publishMetrics(textfile, reports) {
    if (textfile === undefined)
        return;
    const { renderPrometheus } = await __nccwpck_require__.e(/* import() */ 594).then(__nccwpck_require__.bind(__nccwpck_require__, 5594));
    publishExposition(textfile, renderPrometheus(reports));
}
/** `--textfile` with metrics already rendered (a fleet's); a failure is the run's error. */
function publishExposition(textfile, exposition) {
    try {
        writeTextfile(textfile, exposition);
    }
    catch (error) {
        throw new Error(`Could not write the metrics to --textfile "${textfile}": ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`);
    }
}
/** Invalid arguments: `up` 0 replaces the last good run's figures, which must not look current. */
async function publishUnchecked(textfile, host) {
    if (textfile === undefined)
        return;
    const { renderPrometheusUnchecked } = await __nccwpck_require__.e(/* import() */ 594).then(__nccwpck_require__.bind(__nccwpck_require__, 5594));
    try {
        writeTextfile(textfile, renderPrometheusUnchecked(host, 'invalid-input', new Date()));
    }
    catch (error) {
        console.error(`Could not write the metrics to --textfile: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`);
    }
}
/** Whether a file can be created beside `name`: tried, as `access()` says yes to root. */
function cannotCreateIn(folder, name) {
    const probe = temporaryName(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, name), 'probe');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(probe, 'wx', 0o600));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
        return null;
    }
    catch (error) {
        return error.code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error);
    }
}
function temporaryName(file, kind) {
    const random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${process.pid}.${random}.${kind}`);
}
function statOf(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ RETRIED_STATUSES),
/* harmony export */   DS: () => (/* binding */ HARMLESS_STORAGE_PARAMS),
/* harmony export */   GS: () => (/* binding */ PERIOD_HOURS),
/* harmony export */   KS: () => (/* binding */ STORAGE_TYPE_NAMES),
/* harmony export */   NE: () => (/* binding */ SCHEDULE_PERIODS),
/* harmony export */   OE: () => (/* binding */ REASON_CODES),
/* harmony export */   Ql: () => (/* binding */ PING_PROVIDERS),
/* harmony export */   Xw: () => (/* binding */ JOB_KIND),
/* harmony export */   _: () => (/* binding */ TASK_STATUS_NAMES),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   ik: () => (/* binding */ JOB_KINDS),
/* harmony export */   jH: () => (/* binding */ periodOf),
/* harmony export */   r0: () => (/* binding */ STORAGE_TYPE)
/* harmony export */ });
/* unused harmony exports WARNING_CODES, ERROR_CODES */
// Every list the action and its docs share, written once. The types are derived from the
// lists, and the tables that explain a code are full Records of them, so a code added here does
// not compile until it has its words. test/repo/lists.test.ts holds action.yml and the README
// to these lists.
const STATUSES = ['healthy', 'unhealthy', 'error'];
/** Why a portal is unhealthy, in the order they are judged. */
const REASON_CODES = [
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
];
/** What is worth knowing but does not make a portal unhealthy. */
const WARNING_CODES = (/* unused pure expression or super */ null && ([
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
]));
/** Why no verdict could be reached. */
const ERROR_CODES = (/* unused pure expression or super */ null && ([
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
]));
/** BackupStorageType names as the API spells them (sic "Thrid"), by number. */
const STORAGE_TYPE_NAMES = [
    'Documents',
    'ThridpartyDocuments',
    'CustomCloud',
    'Local',
    'DataStore',
    'ThirdPartyConsumer'
];
/** The number of each storage type: `STORAGE_TYPE.DataStore` is 4. */
const STORAGE_TYPE = numbersOf(STORAGE_TYPE_NAMES);
/**
 * The schedule's `storageParams` whose values are shown as the portal gives them (any case):
 * where the backups go, never how to get in. Every other value (a storage's keys, passwords,
 * service-account JSON, endpoints that may carry credentials) is shown as `***`.
 */
const HARMLESS_STORAGE_PARAMS = [
    'folderId',
    'filePath',
    'module',
    'subdir',
    'bucket',
    'region',
    'forcepathstyle',
    'usehttp'
];
/** BackupProgressEnum: what kind of job the latest one is, by number. */
const JOB_KINDS = ['Backup', 'Restore', 'Transfer'];
/** The number of each job kind: `JOB_KIND.Backup` is 0. */
const JOB_KIND = numbersOf(JOB_KINDS);
/** DistributedTaskStatus names as the API spells them (sic "Failted"), by number. */
const TASK_STATUS_NAMES = ['Created', 'Running', 'Completed', 'Canceled', 'Failted'];
/** BackupPeriod of a schedule's cron, by number. */
const SCHEDULE_PERIODS = ['EveryDay', 'EveryWeek', 'EveryMonth'];
/** How long one period of a schedule is: what an `auto` max-age starts from. */
const PERIOD_HOURS = {
    EveryDay: 24,
    EveryWeek: 168,
    EveryMonth: 744
};
/** The period a schedule's number names; `undefined` for a number the API does not define. */
function periodOf(period) {
    return SCHEDULE_PERIODS[period];
}
/** HTTP statuses that are retried (with network errors and timeouts). */
const RETRIED_STATUSES = [408, 429, 500, 502, 503, 504];
/** `ping-provider`: the heartbeat services whose forms the ping knows, and `auto`. */
const PING_PROVIDERS = [
    'auto',
    'healthchecks',
    'cronitor',
    'uptime-kuma',
    'betterstack',
    'generic'
];
/** `{name: its index}` for a list that the API numbers by position. */
function numbersOf(names) {
    return Object.fromEntries(names.map((name, index) => [name, index]));
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ NoVerdictError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   aY: () => (/* binding */ invalidInput),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony export MAX_QUOTED_CHARACTERS */
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1362);

/** An input with a value the action cannot use. Always fails the step, before any request. */
class InputError extends Error {
    input;
    detail;
    constructor(input, message, 
    /**
     * What is wrong, after the input's name (`has an invalid value "3 days": expected …`), when
     * the message starts with `Input "<input>"`: the CLI names its option or variable instead.
     */
    detail) {
        super(message);
        this.input = input;
        this.detail = detail;
        this.name = 'InputError';
    }
}
/** `Input "<input>" <detail>`: the Action's words; the CLI puts its option's name before `detail`. */
function inputError(input, detail) {
    return new InputError(input, `Input "${input}" ${detail}`, detail);
}
/**
 * Builds the contract's message: `Input "max-age" has an invalid value "3 days": expected …`.
 * Pass `quoted: false` for values that must not be echoed (secrets, URLs with a password).
 */
function invalidInput(input, value, expected, quoted = true) {
    const shown = quoted ? ` ${quoteValue(value)}` : '';
    return inputError(input, `has an invalid value${shown}: expected ${expected}.`);
}
/** The most of a value an error quotes: a refusal stays readable whatever was pasted. */
const MAX_QUOTED_CHARACTERS = 100;
/**
 * A value as an error quotes it: on one line, and when long, its first 100 characters then its
 * length (`"https://aaaa…" (120,000 characters)`).
 */
function quoteValue(value) {
    const line = (0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(value);
    if (line.length <= MAX_QUOTED_CHARACTERS)
        return `"${line}"`;
    let prefix = line.slice(0, MAX_QUOTED_CHARACTERS);
    // Never half of a character outside the Basic Multilingual Plane.
    if (/[\ud800-\udbff]$/.test(prefix))
        prefix = prefix.slice(0, -1);
    return `"${prefix}…" (${value.length.toLocaleString('en-US')} characters)`;
}
/** The verdict could not be reached: one contract error code and one sentence for people. */
class NoVerdictError extends Error {
    code;
    httpStatus;
    constructor(code, message, 
    /** The HTTP status behind the error, when there is one. */
    httpStatus) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.name = 'NoVerdictError';
    }
}
/** The message of anything thrown, whatever it is. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 1362:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
// Control characters and line separators: a line break in portal text could start a log line
// with `::`, which the runner reads as a workflow command, or break a markdown table row.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** The text folded onto one line: each run of control characters becomes one space. */
function oneLine(value) {
    return value.replace(LINE_BREAKING, ' ');
}


/***/ }),

/***/ 638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ redactSecrets)
});

;// CONCATENATED MODULE: ./src/core/secrets/forms.ts
// The forms in which a portal may echo a secret besides the secret itself: base64, in the
// standard and the URL-safe alphabets, whole (with or without `=` padding, alone or as
// `Bearer <secret>`) or inside a longer base64 string (a header, `user:secret`). Percent-encoding
// is not a form here: the redaction decodes it in its copy of the text (redact.ts).
/** Fewer base64 characters than this are too likely in unrelated text to count on their own. */
const MIN_FRAGMENT = 8;
/** Every string whose presence in a text betrays `secret`, the secret itself first. */
function secretForms(secret) {
    if (secret === '')
        return [];
    const bytes = Buffer.from(secret, 'utf8');
    const forms = new Set([secret]);
    const add = (base64) => {
        if (base64 === '')
            return;
        forms.add(base64);
        forms.add(base64.replace(/\+/g, '-').replace(/\//g, '_'));
    };
    for (const whole of [bytes, Buffer.concat([Buffer.from('Bearer '), bytes])]) {
        add(whole.toString('base64').replace(/=+$/, ''));
    }
    // Inside a longer string the secret starts at one of three offsets (mod 3 bytes), and only
    // the characters that encode its bytes alone are the same whatever surrounds it.
    for (let shift = 0; shift < 3; shift++) {
        const fragment = alignedFragment(bytes, shift);
        if (fragment.length >= MIN_FRAGMENT)
            add(fragment);
    }
    return [...forms];
}
/** The base64 characters that encode nothing but `bytes` when `shift` other bytes precede them. */
function alignedFragment(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const first = Math.ceil((8 * shift) / 6);
    const end = Math.floor((8 * (shift + bytes.length)) / 6);
    return encoded.slice(first, end);
}

;// CONCATENATED MODULE: ./src/core/secrets/text-copies.ts
// Copies of a text in which a secret is easier to find than in the text itself: without the
// spaces, line breaks and control characters a portal (or a wrapped line) may put inside it,
// and with percent-escapes decoded as well. Each copy knows where each of its characters comes
// from, so that a find in the copy can be cut out of the original.
// eslint-disable-next-line no-control-regex -- control characters are gaps
const HAS_GAP = /[\s\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are gaps
const GAP_RUNS = /[\s\u0000-\u001f\u007f-\u009f]{2,}/g;
/** Spaces, line breaks and control characters: never part of a secret as sent. */
function isGap(code) {
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0))
        return true;
    if (code < 0x1680)
        return false;
    return HAS_GAP.test(String.fromCharCode(code));
}
/** Each run of gaps as one space. */
function collapseGaps(text) {
    return text.replace(GAP_RUNS, ' ');
}
function withoutGaps(text) {
    if (!HAS_GAP.test(text))
        return { text, start: null, end: null };
    const start = new Int32Array(text.length);
    const parts = [];
    let length = 0;
    let run = -1;
    for (let i = 0; i < text.length; i++) {
        if (isGap(text.charCodeAt(i))) {
            if (run !== -1)
                parts.push(text.slice(run, i));
            run = -1;
        }
        else {
            if (run === -1)
                run = i;
            start[length++] = i;
        }
    }
    if (run !== -1)
        parts.push(text.slice(run));
    const kept = start.subarray(0, length);
    return { text: parts.join(''), start: kept, end: kept.map(i => i + 1) };
}
/** The copy with each `%XX` of a printable ASCII character decoded (upper or lower hex), and
 * each encoded gap (`%20`, `%0A`) dropped; `null` when there is no `%`. */
function percentDecoded(copy) {
    const { text } = copy;
    if (!text.includes('%'))
        return null;
    const codes = new Uint16Array(text.length);
    const start = new Int32Array(text.length);
    const end = new Int32Array(text.length);
    const startOf = (i) => (copy.start ? copy.start[i] : i);
    const endOf = (i) => (copy.end ? copy.end[i] : i + 1);
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i) === 0x25 ? hexByte(text, i + 1) : -1;
        if (code !== -1 && code < 0x80 && isGap(code)) {
            i += 2;
            continue;
        }
        const decoded = code > 0x20 && code < 0x7f;
        codes[length] = decoded ? code : text.charCodeAt(i);
        start[length] = startOf(i);
        end[length] = endOf(decoded ? i + 2 : i);
        length++;
        if (decoded)
            i += 2;
    }
    return {
        text: fromCodes(codes.subarray(0, length)),
        start: start.subarray(0, length),
        end: end.subarray(0, length)
    };
}
/** The byte of two hex digits at `at`, or -1. */
function hexByte(text, at) {
    const high = hexDigit(text.charCodeAt(at));
    const low = hexDigit(text.charCodeAt(at + 1));
    return high === -1 || low === -1 ? -1 : high * 16 + low;
}
function hexDigit(code) {
    if (code >= 0x30 && code <= 0x39)
        return code - 0x30;
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
function fromCodes(codes) {
    const parts = [];
    for (let i = 0; i < codes.length; i += 8192) {
        parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/core/secrets/redact.ts
// Secrets out of every text the action shows, by plain string search: linear in the text, for
// secrets of any length, and never through a pattern built from a secret (an error quoting such
// a pattern would spell the secret out, one character at a time).


// API keys look like sk- and 64 hex characters: a portal that echoes a key other than ours, or a
// part of ours long enough to matter, is redacted too.
const KEY_LIKE = /\bsk-[0-9a-z]{8,}/gi;
const MASK = '***';
/** For a secret with a `*` in it, whose every `***` would show part of it again. */
const STAR_FREE_MASK = '•••';
let cached;
function redactorFor(secrets) {
    const key = secrets.join('\u0000');
    if (cached?.key !== key) {
        const forms = [...new Set(secrets.flatMap(secretForms))];
        const longest = Math.max(0, ...forms.map(form => form.length));
        // Each character of a form may be `%XX` with a gap after each of its three (6 characters).
        const span = 6 * longest + 6;
        const mask = secrets.some(secret => secret.includes('*')) ? STAR_FREE_MASK : MASK;
        const folded = [...new Set(secrets.map(foldCase))];
        cached = { key, redactor: { forms, folded, mask, span, window: Math.max(192 * 1024, 2 * span) } };
    }
    return cached.redactor;
}
/**
 * `text` with every secret replaced by `***`: as is, split by spaces, line breaks or control
 * characters, percent-encoded (any case, any characters) and base64-encoded (see forms.ts); and
 * anything key-shaped. A text longer than about 200,000 characters is also cut (ending in `…`).
 */
function redactSecrets(text, secrets) {
    const redactor = redactorFor(secrets.filter(secret => secret !== ''));
    let source = text;
    let shown = text.length;
    if (text.length > redactor.window) {
        source = collapseGaps(text).slice(0, redactor.window);
        if (source.length === redactor.window)
            shown = redactor.window - redactor.span;
    }
    const spans = redactor.forms.length === 0 ? [] : secretSpans(source, redactor);
    const cut = shown < source.length;
    return `${cutOut(source, spans, redactor.mask, Math.min(shown, source.length))}${cut ? '…' : ''}`.replace(KEY_LIKE, MASK);
}
/** The spans of the text that hold a form, sorted and merged: `[start, end]` pairs. A copy
 * case-folded is searched for the secrets case-folded (a host name echoes one lower-cased). */
function secretSpans(text, redactor) {
    const plain = withoutGaps(text);
    const copies = [plain, percentDecoded(plain)].filter((copy) => copy !== null);
    const searches = [
        ...copies.map(copy => ({ copy, forms: redactor.forms })),
        ...copies.map(copy => ({ copy: { ...copy, text: foldCase(copy.text) }, forms: redactor.folded }))
    ];
    const found = [];
    for (const { copy, forms } of searches) {
        for (const form of forms) {
            for (let at = copy.text.indexOf(form); at !== -1; at = copy.text.indexOf(form, at + form.length)) {
                const last = at + form.length - 1;
                found.push([copy.start ? copy.start[at] : at, copy.end ? copy.end[last] : last + 1]);
            }
        }
    }
    found.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const span of found) {
        const previous = merged.at(-1);
        if (previous && span[0] <= previous[1])
            previous[1] = Math.max(previous[1], span[1]);
        else
            merged.push(span);
    }
    return merged;
}
/** The text up to `limit`, with each span replaced by the mask (a span that starts before the
 * limit is replaced whole). */
function cutOut(text, spans, mask, limit) {
    const parts = [];
    let from = 0;
    for (const [start, end] of spans) {
        if (start >= limit)
            break;
        parts.push(text.slice(from, start), mask);
        from = end;
    }
    if (from < limit)
        parts.push(text.slice(from, limit));
    return parts.join('');
}
/** ASCII letters lower-cased, as URL parsing does to a host name: the length stays the same, so
 * a find in the copy is at the same place in the text. */
function foldCase(text) {
    return text.replace(/[A-Z]+/g, letters => letters.toLowerCase());
}


/***/ }),

/***/ 8242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mR: () => (/* binding */ codingOf),
  oe: () => (/* binding */ decoderFor),
  x8: () => (/* binding */ readBody)
});

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/docspace/transport-error.ts
var transport_error = __nccwpck_require__(522);
;// CONCATENATED MODULE: ./src/docspace/body.ts
// An answer's body as text: decoded (gzip, deflate, br), capped while it streams (on the decoded
// bytes, so a small compressed bomb stops at the cap), without a leading byte-order mark.


/**
 * Reads the whole body; rejects with a TransportError. `cut`: a body over `maxBytes` is not an
 * error: its first `maxBytes` are the answer (for a caller that needs the status, not the body).
 */
function readBody(incoming, maxBytes, overflow = 'fail') {
    return new Promise((resolve, reject) => {
        const header = incoming.headers['content-encoding'];
        const coding = codingOf(header);
        let decoder;
        let done = false;
        const stop = (error) => {
            if (done)
                return;
            done = true;
            decoder?.destroy();
            incoming.destroy();
            reject(error);
        };
        if (coding === undefined) {
            return stop(new transport_error/* TransportError */.w('malformed', `is encoded as "${header}", which cannot be decoded`));
        }
        const declared = Number(incoming.headers['content-length']);
        const identity = coding === 'identity';
        const cut = overflow === 'cut';
        if (identity && declared > maxBytes && !cut)
            return stop(tooLarge(maxBytes, false));
        const fits = Number.isInteger(declared) && declared <= maxBytes;
        const body = new BodyBuffer(identity && fits ? declared : 0);
        const finish = () => {
            if (done)
                return;
            done = true;
            resolve(body.take());
        };
        const take = (chunk) => {
            if (done)
                return;
            if (body.size + chunk.length <= maxBytes)
                return body.append(chunk);
            if (!cut)
                return stop(tooLarge(maxBytes, !identity));
            body.append(chunk.subarray(0, maxBytes - body.size));
            finish();
            decoder?.destroy();
            incoming.destroy();
        };
        incoming.on('error', error => stop((0,transport_error/* transportErrorOf */.t)(error)));
        incoming.on('aborted', () => stop(new transport_error/* TransportError */.w('unreachable', 'connection closed')));
        if (identity) {
            incoming.on('data', take);
            incoming.on('end', finish);
            return;
        }
        incoming.on('data', (chunk) => {
            if (done)
                return;
            if (!decoder) {
                decoder = decoderFor(coding, chunk[0] ?? 0);
                decoder.on('data', take);
                decoder.on('end', finish);
                decoder.on('error', (error) => {
                    const reason = error.code ? `${error.code}: ${error.message}` : error.message;
                    stop(new transport_error/* TransportError */.w('malformed', `cannot be decoded as ${coding} (${reason})`));
                });
            }
            decoder.write(chunk);
        });
        incoming.on('end', () => (decoder ? decoder.end() : finish()));
    });
}
/** `undefined` for a coding that cannot be decoded (or more than one stacked). */
function codingOf(header) {
    const codings = (header ?? '')
        .split(',')
        .map(coding => coding.trim().toLowerCase())
        .filter(coding => coding !== '' && coding !== 'identity');
    if (codings.length === 0)
        return 'identity';
    if (codings.length > 1)
        return undefined;
    const [coding] = codings;
    if (coding === 'gzip' || coding === 'x-gzip')
        return 'gzip';
    return coding === 'deflate' || coding === 'br' ? coding : undefined;
}
function decoderFor(coding, firstByte) {
    // Loaded only for an encoded answer: most portals send none unless asked.
    const zlib = process.getBuiltinModule('node:zlib');
    if (coding === 'gzip')
        return zlib.createGunzip();
    if (coding === 'br')
        return zlib.createBrotliDecompress();
    // "deflate" is meant to be zlib-wrapped, but some servers send it raw; the first byte says
    // which (a zlib header's low nibble is 8, the deflate method).
    return (firstByte & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw();
}
function tooLarge(maxBytes, decoded) {
    const when = decoded ? ' once decoded' : '';
    return new transport_error/* TransportError */.w('too-large', `the answer is over ${maxBytes / 1024 / 1024} MiB${when}`);
}
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/**
 * The body as it arrives. With a Content-Length it goes straight into one buffer of that size,
 * so a large history is held once, not as chunks plus their concatenation.
 */
class BodyBuffer {
    size = 0;
    chunks = [];
    whole;
    constructor(declaredSize) {
        this.whole = declaredSize > 0 ? Buffer.allocUnsafe(declaredSize) : null;
    }
    append(chunk) {
        if (this.whole && this.size + chunk.length <= this.whole.length) {
            chunk.copy(this.whole, this.size);
        }
        else {
            this.chunks.push(chunk);
        }
        this.size += chunk.length;
    }
    /**
     * The body as text, once: the bytes are let go, so an 18 MB history is not held twice while
     * it is parsed. ASCII (a large history, usually) decodes faster as latin1: the same text.
     */
    take() {
        let bytes = this.contents();
        this.whole = null;
        this.chunks = [];
        if (bytes.subarray(0, 3).equals(BOM))
            bytes = bytes.subarray(3);
        return (0,external_node_buffer_namespaceObject.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    }
    contents() {
        if (this.whole && this.chunks.length === 0)
            return this.whole.subarray(0, this.size);
        const head = this.whole ? [this.whole.subarray(0, Math.min(this.size, this.whole.length))] : [];
        return Buffer.concat([...head, ...this.chunks], this.size);
    }
}


/***/ }),

/***/ 3198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ exchange)
/* harmony export */ });
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8242);
/* harmony import */ var _route_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(877);
/* harmony import */ var _transport_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(522);



/** Sends one request and reads the whole answer, within the timeout and the size cap. */
function exchange(request) {
    const route = request.route ?? {};
    return new Promise((resolve, reject) => {
        const abort = new AbortController();
        const outgoing = (0,_route_js__WEBPACK_IMPORTED_MODULE_1__/* .openRequest */ .G)(request, route, abort.signal);
        let settled = false;
        let sent = false;
        const markSent = () => {
            if (sent)
                return;
            sent = true;
            request.onSent?.();
        };
        outgoing.on('finish', markSent);
        const { signal } = request;
        const onAbort = () => fail(signal?.reason);
        const fail = (error) => {
            markSent();
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            abort.abort();
            outgoing.destroy();
            reject(error);
        };
        const timer = setTimeout(() => fail(new _transport_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('timeout', `no answer within ${request.timeoutMs} ms`)), request.timeoutMs);
        outgoing.on('error', error => fail((0,_transport_error_js__WEBPACK_IMPORTED_MODULE_2__/* .transportErrorOf */ .t)(error)));
        outgoing.on('response', incoming => {
            const { proxy } = route;
            // Through a forward proxy (http://), its refusal comes as an answer of its own.
            if (proxy && request.url.protocol === 'http:' && incoming.statusCode === 407) {
                const message = `the proxy ${proxy.address} answered 407 ${incoming.statusMessage ?? ''}`;
                return fail(new _transport_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w('unreachable', message.trimEnd(), { final: true, proxy: true }));
            }
            (0,_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readBody */ .x8)(incoming, request.maxBytes, request.overflow).then(body => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body });
            }, fail);
        });
        if (signal?.aborted)
            return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        outgoing.end(request.body);
    });
}


/***/ }),

/***/ 772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   i: () => (/* binding */ nestsDeeperThan)
/* harmony export */ });
// How deep a parsed answer nests, found without recursion. JSON.parse takes any depth; what
// walks the value after it (JSON.stringify, redaction, the report) recurses, and a few thousand
// levels overflow the stack. Values kept or quoted whole are checked here first.
/** No DocSpace answer nests more than a handful of levels; this leaves room for new fields. */
const MAX_JSON_DEPTH = 100;
/** Whether `value` has objects or lists more than `limit` levels deep (`{}` is one level). */
function nestsDeeperThan(value, limit) {
    const pending = [[value, 1]];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const [item, level] = next;
        if (typeof item !== 'object' || item === null)
            continue;
        if (level > limit)
            return true;
        for (const child of Object.values(item)) {
            if (typeof child === 'object' && child !== null)
                pending.push([child, level + 1]);
        }
    }
    return false;
}


/***/ }),

/***/ 7150:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   L: () => (/* binding */ portalQuote)
/* harmony export */ });
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1362);
/* harmony import */ var _core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(638);
// Text that comes from the portal (error messages, Location headers) goes through here before
// any message quotes it: one line, bounded, and with every trace of the token replaced by ***.


const MAX_QUOTED = 300;
/** Replaces each secret (as sent, split by line breaks, percent- or base64-encoded), and
 * anything key-shaped, with `***`. */
function redact(text, secrets) {
    return (0,_core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .f)(text, secrets);
}
/** Portal text made safe to quote in a one-line message. Give it the text whole, never cut
 * first: a cut could leave part of a secret that no search then recognises. */
function portalQuote(text, secrets) {
    // Redacted before folding (the secret as sent) and after (a secret split across lines).
    const folded = redact((0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .T)(redact(text, secrets)).replace(/\s+/g, ' ').trim(), secrets);
    return folded.length > MAX_QUOTED ? `${folded.slice(0, MAX_QUOTED - 1)}…` : folded;
}


/***/ }),

/***/ 7724:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ proxyFor)
});

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./src/inputs/proxy-env.ts
var proxy_env = __nccwpck_require__(6659);
;// CONCATENATED MODULE: ./src/docspace/proxy.ts
// Which proxy, if any, carries a request to a URL, by the GitHub runner's rules: the variable of
// the URL's scheme (read with the inputs), unless no_proxy or loopback sends it straight. Those
// two are @actions/http-client's own `checkBypass` (a 2.7 kB module with no imports), so the check
// decides exactly as the other actions on the runner do.


/**
 * The proxy for `target`, `null` to connect directly. Throws the InputError naming the variable
 * when the one in force for `target` is not a usable proxy.
 */
function proxyFor(target, variables) {
    const variable = target.protocol === 'https:'
        ? variables.https
        : target.protocol === 'http:'
            ? variables.http
            : null;
    if (variable === null || bypassed(target, variables.noProxy))
        return null;
    if (variable.proxy === null)
        throw (0,proxy_env/* unusableProxy */.a)(variable.name);
    return variable.proxy;
}
// `checkBypass` reads no_proxy from process.env and has no parameter for it: for this one
// synchronous call it sees the value passed in, then process.env is back as it was. Nothing
// else can run in between. (On Windows the two names are one variable: hence this order.)
function bypassed(target, noProxy) {
    const env = process.env;
    const saved = { NO_PROXY: env.NO_PROXY, no_proxy: env.no_proxy };
    delete env.NO_PROXY;
    env.no_proxy = noProxy;
    try {
        return checkBypass(target);
    }
    finally {
        for (const [name, value] of Object.entries(saved)) {
            if (value === undefined)
                delete env[name];
            else
                env[name] = value;
        }
    }
}


/***/ }),

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Lw: () => (/* binding */ delayBefore)
/* harmony export */ });
/* unused harmony exports BASE_DELAY_MS, MAX_DELAY_MS, MAX_RETRY_AFTER_MS, retryAfterMs */
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7265);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3355);
/* harmony import */ var _transport_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(522);
// Retries of transient failures: network errors, timeouts, 408, 429, 500, 502, 503, 504.
// Backoff from 1 s, doubling, full jitter, each wait at most 30 s; Retry-After honoured up to 60 s.



const RETRIED = new Set(_core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRIED_STATUSES */ .$S);
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
const MAX_RETRY_AFTER_MS = 60_000;
/**
 * Runs `attempt` once, then up to `retries` more times while the outcome is transient. `signal`
 * ends the waits between attempts too (the attempt itself watches it), rejecting with its reason.
 */
async function withRetries(attempt, retries, timing, signal) {
    for (let retry = 0;; retry++) {
        const outcome = await settle(attempt);
        const transient = isTransient(outcome);
        if (!transient || retry >= retries)
            return { ...outcome, retriesUsed: retry };
        await (0,_time_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .sleepUnless */ .u)(signal, timing, delayBefore(retry, outcome.answer, timing));
    }
}
async function settle(attempt) {
    try {
        return { answer: await attempt() };
    }
    catch (error) {
        if (error instanceof _transport_error_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .w)
            return { error };
        throw error;
    }
}
function isTransient(outcome) {
    // Never retry what cannot change: a body over the cap, an untrusted certificate, bad HTTP.
    if (outcome.error)
        return outcome.error.retryable;
    return outcome.answer !== undefined && RETRIED.has(outcome.answer.status);
}
/** The wait before retry number `retry` (0-based). */
function delayBefore(retry, answer, timing) {
    const header = answer?.headers['retry-after'];
    const asked = typeof header === 'string' ? retryAfterMs(header, timing.now()) : undefined;
    if (asked !== undefined)
        return Math.min(asked, MAX_RETRY_AFTER_MS);
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retry);
    return Math.floor(timing.random() * ceiling);
}
/** `Retry-After` as seconds or an HTTP date, in ms from now; `undefined` when unreadable. */
function retryAfterMs(header, now) {
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // HTTP dates, in all three forms, start with the day's name; Date.parse alone reads "1.5" or
    // "-5" as dates in 2001, which would mean no wait at all.
    if (!/^[a-z]{3}/i.test(value))
        return undefined;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ openRequest)
/* harmony export */ });
/* harmony import */ var _tunnel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5632);

/** Opens the request along `route`; `signal` also aborts a CONNECT still in progress. */
function openRequest(out, route, signal) {
    const { url, method, headers } = out;
    const { proxy, lookup } = route;
    const secure = url.protocol === 'https:';
    // Loaded on first use, synchronously (no trip through the ESM loader): node:https (TLS)
    // costs tens of ms, which a run that stops at its inputs, or talks to loopback, need not pay.
    const transport = secure
        ? process.getBuiltinModule('node:https')
        : process.getBuiltinModule('node:http');
    if (!proxy) {
        // agent: false gives each request its own connection, closed after: nothing keeps the
        // process alive once the answers are in.
        return transport.request(url, { method, headers, agent: false, lookup });
    }
    if (secure) {
        // No agent: the connection is the tunnel, used once and closed with the answer. Without an
        // agent, node takes 80 as the default port, so `defaultPort` says 443: the Host header is then
        // the URL's own authority (`name` on 443, `name:port` otherwise), which a virtual host and a
        // presigned link's signature over `host` expect.
        return transport.request(url, {
            method,
            headers,
            defaultPort: 443,
            createConnection: (0,_tunnel_js__WEBPACK_IMPORTED_MODULE_0__/* .tunnelThrough */ .Il)(proxy, url, signal, lookup)
        });
    }
    // A forward proxy takes the whole URL as the request target.
    return (0,_tunnel_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyTransport */ .S2)(proxy).request({
        host: (0,_tunnel_js__WEBPACK_IMPORTED_MODULE_0__/* .bare */ .$B)(proxy.url.hostname),
        port: proxy.url.port || (proxy.url.protocol === 'https:' ? 443 : 80),
        path: url.href,
        method,
        headers: {
            ...headers,
            Host: url.host,
            ...(proxy.authorization ? { 'Proxy-Authorization': proxy.authorization } : {})
        },
        agent: false,
        lookup
    });
}


/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   OW: () => (/* binding */ integerAt),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   XD: () => (/* binding */ enumAt),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   lJ: () => (/* binding */ objectAt),
/* harmony export */   tk: () => (/* binding */ numberAt),
/* harmony export */   ym: () => (/* binding */ ShapeError)
/* harmony export */ });
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(772);
// The typed readers behind shapes.ts: one value checked, or a ShapeError that quotes it.

/** A payload that is not the shape the route promises; the message says where. */
class ShapeError extends Error {
}
function objectAt(value, where) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value;
    throw new ShapeError(`has ${where} as ${kindOf(value)}, not an object`);
}
function stringAt(value, where) {
    if (typeof value === 'string')
        return value;
    throw new ShapeError(`has ${where} that is not a string (${shown(value)})`);
}
function numberAt(value, where) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    throw new ShapeError(`has ${where} that is not a number (${shown(value)})`);
}
function integerAt(value, where) {
    const number = numberAt(value, where);
    if (Number.isInteger(number))
        return number;
    throw new ShapeError(`has ${where} that is not a whole number (${shown(value)})`);
}
/** A numeric enum value, or its name (case-insensitive). */
function enumAt(value, names, where) {
    if (typeof value === 'string') {
        const index = names.findIndex(name => name.toLowerCase() === value.toLowerCase());
        if (index >= 0)
            return index;
    }
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return value;
    throw new ShapeError(`has ${where} that is not one of ${names.join(', ')} (${shown(value)})`);
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** Deeper values are described, not quoted: a message has no use for them. */
const SHOWN_DEPTH = 20;
/** A rendering of a bad value for the message (which redacts, then cuts it). */
function shown(value) {
    if (value === undefined)
        return 'missing';
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_0__/* .nestsDeeperThan */ .i)(value, SHOWN_DEPTH))
        return `a value nested more than ${SHOWN_DEPTH} levels deep`;
    const text = JSON.stringify(value) ?? String(value);
    // Whole: the message is redacted before it is cut to length, so no cut can split a token.
    return text;
}


/***/ }),

/***/ 9792:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ parseServiceState),
/* harmony export */   Rj: () => (/* binding */ parseProgressLink),
/* harmony export */   TS: () => (/* binding */ parseProgress),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   nP: () => (/* binding */ parseSchedule),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony export backupRecordOf */
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7265);
/* harmony import */ var _time_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9984);
/* harmony import */ var _json_depth_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(772);
/* harmony import */ var _shape_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8132);
// Type guards for the payloads, at the boundary: a wrong shape is a clear `bad-response`,
// never `undefined` further down. Enums arrive as numbers; names are tolerated.




/**
 * Checks every record of a history and returns them as they are: their dates stay text (see
 * time/dates.ts) until the few that are shown become BackupRecords.
 */
function parseHistory(payload) {
    if (payload === null)
        return [];
    if (!Array.isArray(payload))
        throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`is not a list of backups (got ${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(payload)})`);
    // A plain loop, and messages built only on failure: histories can be 100,000 records long.
    for (let i = 0; i < payload.length; i++)
        checkRecord(payload[i], i);
    return payload;
}
function checkRecord(item, index) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(item, `backup ${index + 1}`);
    }
    const record = item;
    const { id, fileName, storageType, createdOn, expiresOn } = record;
    const usual = typeof id === 'string' &&
        (fileName === undefined || typeof fileName === 'string') &&
        (storageType === undefined || isWholeNumber(storageType)) &&
        (0,_time_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .utcKey */ .GI)(createdOn) &&
        (expiresOn == null || (0,_time_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .utcKey */ .GI)(expiresOn) !== undefined);
    if (!usual)
        backupRecordOf(record, index);
}
/** The record as a BackupRecord; throws the ShapeError that says what is wrong with it. */
function backupRecordOf(record, index = 0) {
    const where = `backup ${index + 1}`;
    const createdOn = (0,_time_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseApiDate */ .oZ)(record.createdOn);
    if (!createdOn)
        throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`has ${where} without a valid "createdOn" (${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(record.createdOn)})`);
    const expiresOn = record.expiresOn == null ? null : (0,_time_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseApiDate */ .oZ)(record.expiresOn);
    if (expiresOn === undefined)
        throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`has ${where} with an invalid "expiresOn" (${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(record.expiresOn)})`);
    return {
        id: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .stringAt */ .bX)(record.id, `${where} "id"`),
        fileName: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .stringAt */ .bX)(record.fileName ?? '', `${where} "fileName"`),
        storageType: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .enumAt */ .XD)(record.storageType ?? _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_TYPE */ .r0.Documents, _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_TYPE_NAMES */ .KS, `${where} "storageType"`),
        createdOn,
        expiresOn
    };
}
function isWholeNumber(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
function parseSchedule(payload) {
    if (payload === null)
        return null;
    // Kept whole for the `schedule` output: its depth is checked before anything walks it.
    if ((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_3__/* .nestsDeeperThan */ .i)(payload, _json_depth_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_JSON_DEPTH */ .K))
        throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`has the schedule nested more than ${_json_depth_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_JSON_DEPTH */ .K} levels deep`);
    const schedule = (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(payload, 'the schedule');
    const cron = (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(schedule.cronParams, 'the schedule\'s "cronParams"');
    const lastBackupTime = (0,_time_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseApiDate */ .oZ)(schedule.lastBackupTime ?? '0001-01-01T00:00:00');
    if (lastBackupTime === undefined)
        throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`has an invalid "lastBackupTime" (${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(schedule.lastBackupTime)})`);
    return {
        storageType: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .enumAt */ .XD)(schedule.storageType ?? _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_TYPE */ .r0.Documents, _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_TYPE_NAMES */ .KS, 'the schedule\'s "storageType"'),
        storageParams: storageParamsAt(schedule.storageParams),
        cronParams: {
            period: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .enumAt */ .XD)(cron.period ?? 0, _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEDULE_PERIODS */ .NE, '"cronParams.period"'),
            hour: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .integerAt */ .OW)(cron.hour ?? 0, '"cronParams.hour"'),
            day: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .integerAt */ .OW)(cron.day ?? 0, '"cronParams.day"')
        },
        backupsStored: schedule.backupsStored == null ? null : (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .integerAt */ .OW)(schedule.backupsStored, '"backupsStored"'),
        lastBackupTime,
        dump: schedule.dump === true,
        raw: payload
    };
}
function parseProgress(payload) {
    if (payload === null)
        return null;
    const job = (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(payload, 'the backup job');
    if (typeof job.isCompleted !== 'boolean')
        throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`has a job without a boolean "isCompleted" (${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(job.isCompleted)})`);
    return {
        isCompleted: job.isCompleted,
        progress: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .numberAt */ .tk)(job.progress ?? 0, 'the job\'s "progress"'),
        error: job.error == null ? '' : (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .stringAt */ .bX)(job.error, 'the job\'s "error"'),
        warning: job.warning == null ? null : (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .stringAt */ .bX)(job.warning, 'the job\'s "warning"'),
        backupProgressEnum: (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .enumAt */ .XD)(job.backupProgressEnum ?? _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_KIND */ .Xw.Backup, _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_KINDS */ .ik, '"backupProgressEnum"'),
        status: job.status == null ? null : (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .enumAt */ .XD)(job.status, _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .TASK_STATUS_NAMES */ ._, 'the job\'s "status"'),
        taskId: job.taskId == null ? null : (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .stringAt */ .bX)(job.taskId, '"taskId"')
    };
}
/** The job's download `link`, when it has one (`""` for Documents and Local). */
function parseProgressLink(payload) {
    if (typeof payload !== 'object' || payload === null)
        return null;
    const link = payload.link;
    return typeof link === 'string' && link !== '' ? link : null;
}
function parseCount(payload) {
    if (typeof payload === 'number' && Number.isInteger(payload) && payload >= 0)
        return payload;
    throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`is not a count of backups (got ${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(payload)})`);
}
function parseServiceState(payload) {
    const state = (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(payload, 'the service state');
    if (typeof state.enabled === 'boolean')
        return state.enabled;
    throw new _shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`has no boolean "enabled" (got ${(0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(state.enabled)})`);
}
function storageParamsAt(value) {
    if (value == null)
        return {};
    const params = (0,_shape_values_js__WEBPACK_IMPORTED_MODULE_2__/* .objectAt */ .lJ)(value, 'the schedule\'s "storageParams"');
    const result = {};
    for (const [key, item] of Object.entries(params)) {
        result[key] =
            item == null ? null : typeof item === 'object' ? JSON.stringify(item) : String(item);
    }
    return result;
}


/***/ }),

/***/ 522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ transportErrorOf),
/* harmony export */   w: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var _tunnel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5632);
// What went wrong when an exchange produced no usable answer, sorted by what a retry can change.

/** The exchange did not produce a whole answer. */
class TransportError extends Error {
    kind;
    options;
    constructor(kind, message, options = {}) {
        super(message);
        this.kind = kind;
        this.options = options;
        this.name = 'TransportError';
    }
    get retryable() {
        return (this.kind === 'timeout' || this.kind === 'unreachable') && !this.options.final;
    }
}
// OpenSSL's verification failures as node names them: a certificate that will not be trusted
// on the next attempt either.
const UNTRUSTED = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'CERT_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    'ERROR_IN_CERT_NOT_AFTER_FIELD',
    'CERT_CHAIN_TOO_LONG',
    'CERT_REVOKED',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'INVALID_PURPOSE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID'
]);
/** A socket, TLS, parser or proxy error as the contract sees it. */
function transportErrorOf(error) {
    if (error instanceof TransportError)
        return error;
    if (error instanceof _tunnel_js__WEBPACK_IMPORTED_MODULE_0__/* .ProxyError */ .T6)
        return new TransportError('unreachable', error.message, { final: error.final, proxy: true });
    const code = error.code ?? '';
    const detail = code ? `${code}: ${error.message}` : error.message;
    if (UNTRUSTED.has(code))
        return new TransportError('untrusted', detail);
    // llhttp's parse errors: oversized or conflicting headers, a broken chunk. The portal (or
    // something in front of it) answered, and will answer the same way again.
    if (code.startsWith('HPE_'))
        return new TransportError('malformed', `is not valid HTTP (${detail})`);
    return new TransportError('unreachable', detail);
}


/***/ }),

/***/ 5632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ bare),
/* harmony export */   Il: () => (/* binding */ tunnelThrough),
/* harmony export */   S2: () => (/* binding */ proxyTransport),
/* harmony export */   T6: () => (/* binding */ ProxyError)
/* harmony export */ });
/** A proxy that refused or could not be reached; `final` when a retry cannot change it. */
class ProxyError extends Error {
    final;
    constructor(message, final) {
        super(message);
        this.final = final;
        this.name = 'ProxyError';
    }
}
/** `createConnection` for `https.request`: the CONNECT is aborted with `signal`. */
function tunnelThrough(proxy, target, signal, lookup) {
    return (_options, callback) => {
        const authority = `${target.hostname}:${target.port || 443}`;
        const connect = proxyTransport(proxy).request({
            host: bare(proxy.url.hostname),
            port: proxy.url.port || (proxy.url.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers: {
                Host: authority,
                ...(proxy.authorization ? { 'Proxy-Authorization': proxy.authorization } : {})
            },
            agent: false,
            signal,
            lookup
        });
        connect.once('connect', (answer, socket) => {
            const status = answer.statusCode ?? 0;
            if (status !== 200) {
                socket.destroy();
                const said = `answered ${status} ${answer.statusMessage ?? ''}`.trimEnd();
                const message = `the proxy ${proxy.address} ${said} to CONNECT ${authority}`;
                // A refusal (407, 403) stands until the settings change; a 502 or 503 may pass.
                return callback(new ProxyError(message, status < 500), undefined);
            }
            const host = bare(target.hostname);
            const tls = process.getBuiltinModule('node:tls');
            const { isIP } = process.getBuiltinModule('node:net');
            // SNI takes a name, never an address; the certificate is checked against `host` either way.
            const secure = tls.connect({ socket, host, servername: isIP(host) ? undefined : host });
            callback(null, secure);
        });
        connect.once('error', error => {
            if (signal.aborted)
                return;
            const reason = error.code ?? error.message;
            callback(new ProxyError(`the proxy ${proxy.address} could not be reached (${reason})`, false), undefined);
        });
        connect.end();
        return undefined;
    };
}
function proxyTransport(proxy) {
    return proxy.url.protocol === 'https:'
        ? process.getBuiltinModule('node:https')
        : process.getBuiltinModule('node:http');
}
/** `[::1]` → `::1`: URLs bracket IPv6 addresses, sockets do not. */
function bare(hostname) {
    return hostname.replace(/^\[(.*)\]$/, '$1');
}


/***/ }),

/***/ 5915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isDocSpaceId),
/* harmony export */   p: () => (/* binding */ ID_EXPECTED)
/* harmony export */ });
// A DocSpace folder or file id as it goes into a URL path with the token: a number, or a
// third-party id (`sbox-7-f00d`), never a path or anything a URL would read differently. One rule
// for an id typed as an input (`verify-folder`) and one read from the portal (the schedule's
// `folderId`, a Files entry's `id`).
// eslint-disable-next-line no-control-regex -- control characters are never part of an id
const NOT_IN_AN_ID = /[/\\?#%\s\u0000-\u001f\u007f]|\.\./;
/** What an id may not hold, for "expected …" messages. */
const ID_EXPECTED = 'the id of a DocSpace folder or room, such as 1234 (no /, \\, . or .., spaces, ?, # or %)';
function isDocSpaceId(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) && value >= 0;
    return value !== '' && value !== '.' && value.length <= 200 && !NOT_IN_AN_ID.test(value);
}


/***/ }),

/***/ 5586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ parseInputs),
  Q: () => (/* binding */ parseVerifyTimeoutMs)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __nccwpck_require__(5585);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __nccwpck_require__(7265);
// EXTERNAL MODULE: ./src/inputs/portal-url.ts
var portal_url = __nccwpck_require__(9259);
;// CONCATENATED MODULE: ./src/inputs/heartbeat.ts
// The heartbeat's inputs. `ping-url` is a secret (whoever has it can fake the heartbeat, or
// silence it): an invalid value is refused without being quoted.



const MAX_URL_LENGTH = 2048;
/** `null` when `ping-url` is empty: no heartbeat. */
function parsePing(urlText, providerText) {
    const provider = parsePingProvider(providerText);
    const url = urlText.trim();
    if (url === '')
        return null;
    const refuse = (expected) => {
        throw (0,errors/* inputError */.Xu)('ping-url', `has an invalid value: expected ${expected} (the value is not shown: it is a secret).`);
    };
    if (url.length > MAX_URL_LENGTH)
        refuse(`a URL of at most ${MAX_URL_LENGTH} characters`);
    if (!/^[\x21-\x7e]+$/.test(url))
        refuse('a URL without spaces or line breaks');
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return refuse('a URL such as https://hc-ping.com/<uuid>');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        refuse('an https:// URL such as https://hc-ping.com/<uuid>');
    }
    if (parsed.protocol === 'http:' && !(0,portal_url/* isLoopback */.U)(parsed.hostname)) {
        refuse('an https:// URL (http:// is only allowed for localhost, 127.0.0.0/8 and ::1)');
    }
    return { url, provider };
}
function parsePingProvider(text) {
    const value = text.trim() || 'auto';
    const known = codes/* PING_PROVIDERS */.Ql.find(name => name === value.toLowerCase());
    if (known)
        return known;
    throw (0,errors/* invalidInput */.aY)('ping-provider', value, `one of ${codes/* PING_PROVIDERS */.Ql.join(', ')}`);
}

// EXTERNAL MODULE: ./src/inputs/docspace-id.ts
var docspace_id = __nccwpck_require__(5915);
;// CONCATENATED MODULE: ./src/inputs/issue.ts
// The issue's inputs: the label that marks the action's issues, and the key that tells one
// check's issue from another's.

// GitHub's issue filter takes a comma-separated list: a label with a comma would never match.
function parseIssueLabel(value) {
    if (!value.includes(',') && value.length <= 50)
        return value;
    throw (0,errors/* invalidInput */.aY)('issue-label', value, 'a GitHub label of at most 50 characters, without commas');
}
const MAX_KEY_LENGTH = 100;
// Words, not markup: it goes into the issue's title, a comment and a hidden marker, so no `@`
// (a mention), backtick, `<`, `>`, `#` or line break.
const KEY = /^[\p{L}\p{N}][\p{L}\p{N} ._:/()+=-]*$/u;
/** `issue-key`: `null` when empty (the check's own identity applies). */
function parseIssueKey(value) {
    const key = value.trim();
    if (key === '')
        return null;
    if (key.length <= MAX_KEY_LENGTH && KEY.test(key))
        return key;
    throw (0,errors/* invalidInput */.aY)('issue-key', key.slice(0, MAX_KEY_LENGTH), `a name of at most ${MAX_KEY_LENGTH} characters: letters, digits, spaces and . _ : / ( ) + = -, such as "prod nightly"`);
}

// EXTERNAL MODULE: ./src/inputs/parse-values.ts + 1 modules
var parse_values = __nccwpck_require__(8279);
;// CONCATENATED MODULE: ./src/inputs/storage.ts
// The `storage-type` and `storage-params` inputs of start-backup.


// The API's misspelt ThridpartyDocuments, also as it should be spelt.
const ALIASES = { thirdpartydocuments: codes/* STORAGE_TYPE */.r0.ThridpartyDocuments };
const HIGHEST = codes/* STORAGE_TYPE_NAMES */.KS.length - 1;
const EXPECTED_TYPE = `one of ${codes/* STORAGE_TYPE_NAMES */.KS.join(', ')}, or a number from 0 to ${HIGHEST}`;
/** `null` when empty: the schedule's storage then applies. */
function parseStorageType(text) {
    const value = text.trim();
    if (value === '')
        return null;
    if (/^\d$/.test(value) && Number(value) <= HIGHEST)
        return Number(value);
    const lower = value.toLowerCase();
    const index = codes/* STORAGE_TYPE_NAMES */.KS.findIndex(name => name.toLowerCase() === lower);
    if (index >= 0)
        return index;
    if (lower in ALIASES)
        return ALIASES[lower];
    throw (0,errors/* invalidInput */.aY)('storage-type', value, EXPECTED_TYPE);
}
const EXPECTED_PARAMS = 'a JSON object of strings, numbers or booleans, such as {"folderId": "1234"}';
/** `null` when empty. Numbers and booleans become strings; nested values are refused. */
function parseStorageParams(text) {
    const value = text.trim();
    if (value === '')
        return null;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        throw (0,errors/* invalidInput */.aY)('storage-params', value, EXPECTED_PARAMS);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw (0,errors/* invalidInput */.aY)('storage-params', value, EXPECTED_PARAMS);
    }
    const entries = Object.entries(parsed).map(([key, item]) => {
        if (!['string', 'number', 'boolean'].includes(typeof item)) {
            throw (0,errors/* invalidInput */.aY)('storage-params', value, `${EXPECTED_PARAMS} ("${key}" is not one)`);
        }
        return [key, String(item)];
    });
    // fromEntries keeps every key as the user wrote it, `__proto__` included.
    return Object.fromEntries(entries);
}

// EXTERNAL MODULE: ./src/inputs/proxy-env.ts
var proxy_env = __nccwpck_require__(6659);
;// CONCATENATED MODULE: ./src/inputs/token.ts

/** The longest token accepted (the contract's limit). */
const MAX_TOKEN_LENGTH = 8192;
/**
 * A token as sent after `Bearer `. A leading `Bearer ` in the input is dropped. The value is
 * never quoted in the error: it is a secret even when it is malformed.
 */
function parseToken(input, text) {
    // `Bearer ` alone (an empty secret after it) leaves nothing: the token is then missing.
    const token = text.trim().replace(/^bearer(?:\s+|$)/i, '');
    if (token === '') {
        throw (0,errors/* inputError */.Xu)(input, 'is required: expected a token.');
    }
    // OAuth access tokens are long; longer than this is no token anyone issues (nor a header a
    // server takes).
    if (token.length > MAX_TOKEN_LENGTH) {
        throw (0,errors/* inputError */.Xu)(input, `has an invalid value: expected a token of at most 8,192 characters, got ${token.length} (the value is not shown: it is a secret).`);
    }
    // Spaces or control characters would break the Authorization header (or smuggle another).
    if (!/^[\x21-\x7e]+$/.test(token)) {
        throw (0,errors/* inputError */.Xu)(input, `has an invalid value: expected a single token of printable ASCII characters, with no spaces or line breaks (the value is not shown: it is a secret).`);
    }
    return token;
}

;// CONCATENATED MODULE: ./src/inputs/index.ts
// Every input, parsed and validated once into a typed object. The Action and the CLI differ
// only in where the text comes from (`read`).










const HOURS = 3600;
const SECONDS = 1;
/**
 * Parses every input, and the proxy variables of `environment`; throws an InputError naming the
 * first invalid input.
 */
function parseInputs(read, environment) {
    const text = (name) => read(name).trim() || (0,names/* defaultOf */.HA)(name);
    const bool = (name) => (0,parse_values/* parseBoolean */.yG)(name, text(name));
    const inputs = {
        portal: (0,portal_url/* parsePortal */.E)(required(read, 'portal', 'a portal URL such as https://portal.example.com')),
        proxyVariables: (0,proxy_env/* readProxyVariables */._)(environment),
        token: parseToken('token', required(read, 'token', 'a DocSpace API key (sk-…)')),
        dump: bool('dump'),
        minCount: (0,parse_values/* parseWholeNumber */.oA)('min-count', text('min-count'), 0, Number.MAX_SAFE_INTEGER),
        maxAge: parseMaxAge(text('max-age')),
        graceHours: (0,parse_values/* parseDuration */.E9)('grace', text('grace'), {
            bareUnitSeconds: HOURS,
            allowZero: true,
            expected: 'a duration of 0 or more, such as 3h, 90m or 0'
        }) / HOURS,
        requireSchedule: bool('require-schedule'),
        failOnUnhealthy: bool('fail-on-unhealthy'),
        timeoutMs: (0,parse_values/* parseDuration */.E9)('timeout', text('timeout'), {
            bareUnitSeconds: SECONDS,
            allowZero: false,
            maxSeconds: 600,
            expected: 'a duration over 0 and at most 10m, such as 30s or 2m (a bare number is seconds)'
        }) * 1000,
        retries: (0,parse_values/* parseWholeNumber */.oA)('retries', text('retries'), 0, 10),
        summary: bool('summary'),
        startBackup: bool('start-backup'),
        storageType: parseStorageType(read('storage-type')),
        storageParams: parseStorageParams(read('storage-params')),
        waitTimeoutMs: (0,parse_values/* parseDuration */.E9)('wait-timeout', text('wait-timeout'), {
            bareUnitSeconds: SECONDS,
            allowZero: false,
            maxSeconds: 6 * HOURS,
            expected: 'a duration over 0 and at most 6h, such as 30m (a bare number is seconds)'
        }) * 1000,
        verify: bool('verify'),
        verifyFolder: parseVerifyFolder(read('verify-folder').trim()),
        verifyTimeoutMs: parseVerifyTimeoutMs(text('verify-timeout')),
        issue: bool('issue'),
        githubToken: read('github-token').trim(),
        issueLabel: parseIssueLabel(text('issue-label')),
        issueKey: parseIssueKey(read('issue-key')),
        maxRuntimeHours: (0,parse_values/* parseDuration */.E9)('max-runtime', text('max-runtime'), {
            bareUnitSeconds: HOURS,
            allowZero: false,
            maxSeconds: 7 * 24 * HOURS,
            expected: 'a duration over 0 and at most 7d, such as 6h or 90m (a bare number is hours)'
        }) / HOURS,
        ping: parsePing(read('ping-url'), text('ping-provider'))
    };
    if (inputs.issue)
        inputs.githubToken = parseToken('github-token', inputs.githubToken);
    return inputs;
}
function required(read, name, expected) {
    const value = read(name).trim();
    if (value === '')
        throw (0,errors/* inputError */.Xu)(name, `is required: expected ${expected}.`);
    return value;
}
function parseMaxAge(value) {
    if (value.toLowerCase() === 'auto')
        return 'auto';
    return ((0,parse_values/* parseDuration */.E9)('max-age', value, {
        bareUnitSeconds: HOURS,
        allowZero: false,
        expected: 'a duration such as 36h, 2d, 90m, or "auto"'
    }) / HOURS);
}
/** `verify-timeout` in ms: also `verify-file --verify-timeout`, which has the same rule. */
function parseVerifyTimeoutMs(value) {
    const rule = {
        bareUnitSeconds: SECONDS,
        allowZero: false,
        maxSeconds: 6 * HOURS,
        expected: 'a duration over 0 and at most 6h, such as 30m (a bare number is seconds)'
    };
    return (0,parse_values/* parseDuration */.E9)('verify-timeout', value, rule) * 1000;
}
// It goes into a URL path: an id, never a path or anything a URL would read differently.
function parseVerifyFolder(value) {
    if (value === '')
        return null;
    if ((0,docspace_id/* isDocSpaceId */.i)(value))
        return value;
    throw (0,errors/* invalidInput */.aY)('verify-folder', value, docspace_id/* ID_EXPECTED */.p);
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ BOOLEAN_INPUTS),
/* harmony export */   HA: () => (/* binding */ defaultOf),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   jl: () => (/* binding */ CLI_INPUT_NAMES)
/* harmony export */ });
/* unused harmony export INPUTS */
// Every input, written once: its name, its default, whether it is true/false, and whether the
// CLI takes it. parseInputs, the CLI's options and the tests read this; test/repo/lists.test.ts
// holds action.yml and the README's Inputs table to it. Adding an input is a row here, its
// parsing in index.ts, and its lines in action.yml and the README.
const INPUTS = {
    // Required, unless `config` lists the portals (then refused): parseInputs says so when empty.
    portal: {},
    token: {},
    // A portals file: every portal it lists, in one step (src/fleet/). Also `--config` in the CLI.
    config: { actionOnly: true },
    // `I/N`: the shard of the portals file this step checks (a matrix of N jobs).
    shard: { actionOnly: true },
    dump: { default: 'false', boolean: true },
    'min-count': { default: '1' },
    'max-age': { default: 'auto' },
    grace: { default: '3h' },
    'require-schedule': { default: 'true', boolean: true },
    'fail-on-unhealthy': { default: 'true', boolean: true },
    timeout: { default: '30s' },
    retries: { default: '3' },
    summary: { default: 'true', boolean: true, actionOnly: true },
    'start-backup': { default: 'false', boolean: true },
    // No default: the schedule's storage applies.
    'storage-type': {},
    'storage-params': {},
    'wait-timeout': { default: '30m' },
    verify: { default: 'false', boolean: true },
    // No default: the schedule's folder applies.
    'verify-folder': {},
    'verify-timeout': { default: '30m' },
    issue: { default: 'false', boolean: true, actionOnly: true },
    // The runner fills in the default; parseInputs never sees the expression.
    'github-token': { default: '${{ github.token }}', actionOnly: true },
    'issue-label': { default: 'docspace-backup', actionOnly: true },
    // No default: the portal URL and dump tell the checks' issues apart.
    'issue-key': { actionOnly: true },
    'max-runtime': { default: '6h' },
    // No default: no heartbeat unless set.
    'ping-url': {},
    'ping-provider': { default: 'auto' }
};
/** Every input, in action.yml's order. */
const INPUT_NAMES = Object.keys(INPUTS);
const spec = (name) => INPUTS[name];
const BOOLEAN_INPUTS = INPUT_NAMES.filter(name => spec(name).boolean);
/** The inputs the CLI takes as `--name` options. */
const CLI_INPUT_NAMES = INPUT_NAMES.filter(name => !spec(name).actionOnly);
/** The default of an input (its text as action.yml writes it). */
function defaultOf(name) {
    return INPUTS[name].default;
}


/***/ }),

/***/ 8279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yG: () => (/* binding */ parseBoolean),
  E9: () => (/* binding */ parseDuration),
  oA: () => (/* binding */ parseWholeNumber)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/inputs/duration.ts
// Durations as the inputs write them: `90m`, `36h`, `1d12h`, `1.5h`, or a bare number in the
// input's own unit.
const SECONDS_PER_UNIT = {
    s: 1,
    m: 60,
    h: 3600,
    d: 86_400,
    w: 604_800
};
const NUMBER = String.raw `(?:\d+(?:\.\d+)?|\.\d+)`;
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);
const WHOLE_DURATION = new RegExp(`^(?:${NUMBER}[smhdw])+$`);
const DURATION_PART = new RegExp(`(${NUMBER})([smhdw])`, 'g');
/**
 * Parses a duration into seconds, or `undefined` when the text is not one.
 * `bareUnitSeconds` says what a number without a unit means (3600 for hours, 1 for seconds).
 */
function parseDurationSeconds(text, bareUnitSeconds) {
    const value = text.trim().toLowerCase();
    if (BARE_NUMBER.test(value))
        return finite(Number(value) * bareUnitSeconds);
    if (!WHOLE_DURATION.test(value))
        return undefined;
    let seconds = 0;
    for (const [, amount, unit] of value.matchAll(DURATION_PART)) {
        seconds += Number(amount) * SECONDS_PER_UNIT[unit];
    }
    return finite(seconds);
}
function finite(seconds) {
    return Number.isFinite(seconds) ? seconds : undefined;
}

;// CONCATENATED MODULE: ./src/inputs/parse-values.ts
// One parser per kind of input value. Each throws the contract's InputError naming the input.


const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema booleans that `core.getBooleanInput` accepts, and no others. */
function parseBoolean(input, text) {
    const value = text.trim();
    if (TRUE_WORDS.includes(value))
        return true;
    if (FALSE_WORDS.includes(value))
        return false;
    throw (0,errors/* invalidInput */.aY)(input, value, 'true or false');
}
/** A whole number in `[min, max]`, written in plain digits. */
function parseWholeNumber(input, text, min, max) {
    const value = text.trim();
    const number = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
    if (number >= min && number <= max)
        return number;
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw (0,errors/* invalidInput */.aY)(input, value, `a whole number ${range}`);
}
/** A duration in seconds, within the rule's bounds. */
function parseDuration(input, text, rule) {
    const value = text.trim();
    const seconds = parseDurationSeconds(value, rule.bareUnitSeconds);
    const tooSmall = seconds === undefined || (rule.allowZero ? seconds < 0 : seconds <= 0);
    if (tooSmall || (rule.maxSeconds !== undefined && seconds > rule.maxSeconds)) {
        throw (0,errors/* invalidInput */.aY)(input, value, rule.expected);
    }
    return seconds;
}


/***/ }),

/***/ 9259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parsePortal),
/* harmony export */   U: () => (/* binding */ isLoopback)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const EXPECTED = 'a portal URL such as https://portal.example.com';
/** As for `ping-url`: far more than any portal's address, and what browsers and proxies take. */
const MAX_LENGTH = 2048;
/** Parses the `portal` input; throws an InputError that names it. */
function parsePortal(text) {
    const value = text.trim();
    // A value with `@` may hold user:password (whatever its scheme or shape): never echoed.
    const quoted = !value.includes('@');
    if (value.length > MAX_LENGTH) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('portal', value, `${EXPECTED}, of at most 2,048 characters`, quoted);
    }
    if (!/^https?:\/\//i.test(value)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('portal', value, `${EXPECTED} (https:// and the host name)`, quoted);
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('portal', value, EXPECTED, quoted);
    }
    // Checked before anything quotes the value, so a password is never echoed.
    if (url.username !== '' || url.password !== '') {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('portal', '', 'a URL without a user name or password; the API key goes in the "token" input', false);
    }
    if (value.includes('?') || value.includes('#')) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('portal', value, `${EXPECTED}, without a query or fragment`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('portal', value, `an https:// URL (http:// is only allowed for localhost, 127.0.0.0/8 and ::1)`);
    }
    const path = url.pathname.replace(/\/+$/, '');
    return { base: `${url.origin}${path}`, host: hostAsWritten(value, url), origin: url.origin };
}
/** `localhost`, `127.0.0.0/8` or `::1`, as `URL.hostname` writes them. */
function isLoopback(hostname) {
    if (hostname === 'localhost' || hostname === '[::1]')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
/** `host[:port]` with the port whenever the URL names one, even the scheme's default. */
function hostAsWritten(value, url) {
    const port = /^https?:\/\/(?:\[[^\]]*\]|[^/:]*):(\d+)/i.exec(value)?.[1];
    return port !== undefined && url.port === '' ? `${url.hostname}:${Number(port)}` : url.host;
}


/***/ }),

/***/ 6659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readProxyVariables),
/* harmony export */   a: () => (/* binding */ unusableProxy)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
// The runner's proxy variables, read once with the other inputs: for each scheme, the variable
// in force and the proxy it names. An unusable value is kept as such rather than refused here:
// it is an input error only for a URL that would go through it (docspace/proxy.ts chooses), so
// a socks5:// http_proxy does not stop a check that only speaks https. The proxy variable is
// read here, not by @actions/http-client's `getProxyUrl`, which takes `proxy.corp:3128` for a
// URL whose scheme is `proxy.corp:` and then uses no proxy at all.

/** The lowercase name wins, as on the runner. */
const HTTPS_VARIABLES = ['https_proxy', 'HTTPS_PROXY'];
const HTTP_VARIABLES = ['http_proxy', 'HTTP_PROXY'];
/** The proxy variables of `environment`; never throws (see `unusableProxy`). */
function readProxyVariables(environment) {
    return {
        https: variableInForce(environment, HTTPS_VARIABLES),
        http: variableInForce(environment, HTTP_VARIABLES),
        noProxy: environment.no_proxy || environment.NO_PROXY || '',
        secrets: secretsOf(environment)
    };
}
/** The input error of a proxy variable that is not a usable proxy: names it, never quotes it. */
function unusableProxy(variable) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(variable, `The environment variable ${variable} is not a usable proxy: expected http://host:port, with user:password@ before the host when the proxy needs them.`);
}
function variableInForce(environment, names) {
    const name = names.find(candidate => environment[candidate]);
    if (name === undefined)
        return null;
    return { name, proxy: parseProxy(name, environment[name]) };
}
// Every variable counts here, the ones not in force too: a password is masked wherever it is.
function secretsOf(environment) {
    const secrets = new Set();
    for (const variable of [...HTTPS_VARIABLES, ...HTTP_VARIABLES]) {
        const value = environment[variable];
        const proxy = value ? parseProxy(variable, value) : null;
        if (!proxy || proxy.url.password === '')
            continue;
        secrets.add(proxy.url.password);
        secrets.add(safeDecode(proxy.url.password));
        secrets.add((proxy.authorization ?? '').replace(/^Basic /, ''));
    }
    return [...secrets].filter(secret => secret.length > 0);
}
function parseProxy(variable, value) {
    const text = value.trim();
    // A value without a scheme means http://, as on the runner.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        return null;
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.hostname === '')
        return null;
    const credentials = url.username || url.password ? `${safeDecode(url.username)}:${safeDecode(url.password)}` : null;
    return {
        address: `${url.protocol}//${url.host}`,
        url,
        authorization: credentials && `Basic ${Buffer.from(credentials).toString('base64')}`,
        variable
    };
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ criterionRows)
/* harmony export */ });
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7748);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5933);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ stuckWords),
/* harmony export */   Ry: () => (/* binding */ missedWords),
/* harmony export */   TX: () => (/* binding */ pingFailedWords),
/* harmony export */   fW: () => (/* binding */ calendarStrip),
/* harmony export */   gK: () => (/* binding */ PING_PROVIDER_UNKNOWN)
/* harmony export */ });
/* unused harmony export STRIP_MARKS */
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7748);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export row */
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1362);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ restoreCheckLines),
/* harmony export */   u: () => (/* binding */ restoreCheckSection)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2495);

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

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_BACKUPS */
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7748);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7265);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1815);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2495);
/* harmony import */ var _restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7563);
/* harmony import */ var _report_schedule_words_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9077);
/* harmony import */ var _findings_words_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9500);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5933);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   _F: () => (/* binding */ warningLines),
/* harmony export */   n_: () => (/* binding */ criterionLines),
/* harmony export */   rz: () => (/* binding */ verdictLines)
/* harmony export */ });
/* unused harmony export calendarLines */
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1815);
/* harmony import */ var _findings_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9500);
/* harmony import */ var _restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7563);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5933);
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1362);





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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ reasonWords),
/* harmony export */   Kf: () => (/* binding */ jobStateWords),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZB: () => (/* binding */ statusHeadline),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS),
/* harmony export */   wV: () => (/* binding */ warningWords)
/* harmony export */ });
/* harmony import */ var _time_durations_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7748);
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7265);
/* harmony import */ var _findings_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9500);
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


/***/ }),

/***/ 3420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZV: () => (/* binding */ errorReport),
  mq: () => (/* binding */ verdictReport),
  uJ: () => (/* binding */ withVerification)
});

// EXTERNAL MODULE: ./src/time/dates.ts
var dates = __nccwpck_require__(9984);
// EXTERNAL MODULE: ./src/report/schedule-words.ts
var schedule_words = __nccwpck_require__(9077);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts + 2 modules
var redact = __nccwpck_require__(638);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __nccwpck_require__(7265);
;// CONCATENATED MODULE: ./src/report/bounds.ts
// Portal strings in the report redacted and cut, so no answer can swell it past 1 MiB or
// carry a secret into a log.



/** Portal strings are cut to this length, so no answer can swell the report past 1 MiB. */
const MAX_PORTAL_STRING = 500;
/** A schedule whose JSON is larger than this is reported without its raw payload. */
const MAX_SCHEDULE_JSON = 64 * 1024;
function reportBackup(backup, clip) {
    return {
        id: clip(backup.id),
        fileName: clip(backup.fileName),
        storageType: backup.storageType,
        createdOn: (0,dates/* isoUtc */.u8)(backup.createdOn),
        expiresOn: backup.expiresOn ? (0,dates/* isoUtc */.u8)(backup.expiresOn) : null
    };
}
/** Portal strings redacted, then cut to MAX_PORTAL_STRING. */
function clipper(secrets = []) {
    return text => {
        const redacted = (0,redact/* redactSecrets */.f)(text, secrets);
        return redacted.length > MAX_PORTAL_STRING
            ? `${redacted.slice(0, MAX_PORTAL_STRING - 1)}…`
            : redacted;
    };
}
/** The schedule as the portal gave it, its secrets hidden, or a note when it is too large. */
function boundedSchedule(raw) {
    if (raw === null)
        return null;
    const shown = withStorageSecretsHidden(raw);
    const size = JSON.stringify(shown).length;
    return size > MAX_SCHEDULE_JSON
        ? { omitted: `the schedule's JSON is ${size} characters long` }
        : shown;
}
const HARMLESS = new Set(codes/* HARMLESS_STORAGE_PARAMS */.DS.map(name => name.toLowerCase()));
/**
 * `storageParams` holds a third-party storage's stored settings, keys included: only the
 * harmless ones keep their values (a plain value or null); every other value becomes `***`.
 */
function withStorageSecretsHidden(raw) {
    if (!isObject(raw) || !('storageParams' in raw))
        return raw;
    const params = raw.storageParams;
    const hidden = isObject(params)
        ? Object.fromEntries(Object.entries(params).map(([key, value]) => [key, shownParam(key, value)]))
        : params === null
            ? null
            : HIDDEN;
    return { ...raw, storageParams: hidden };
}
const HIDDEN = '***';
function shownParam(key, value) {
    if (value === null)
        return null;
    const plain = ['string', 'number', 'boolean'].includes(typeof value);
    return plain && HARMLESS.has(key.toLowerCase()) ? value : HIDDEN;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The started job's id and error come from the portal: bounded like every portal string. */
function boundedStart(started, clip) {
    return {
        ...started,
        id: started.id && clip(started.id),
        error: started.error && clip(started.error)
    };
}

// EXTERNAL MODULE: ./src/report/verification.ts
var report_verification = __nccwpck_require__(7383);
;// CONCATENATED MODULE: ./src/report/build.ts
// The report: everything a check found, as one JSON-ready object. Outputs, the summary, the log
// and the report file are all rendered from it.




/** The report of a check that reached a verdict. */
function verdictReport(base, facts, verdict) {
    const clip = clipper(base.secrets);
    // At most NEWEST_KEPT (100): enough for any reader, bounded for any history.
    const backups = verdict.newestUsable.map(backup => reportBackup(backup, clip));
    return {
        ...header(base, verdict.status, verdict.reasons, [...base.warnings, ...verdict.warnings]),
        backups,
        latest: backups[0] ? { ...backups[0], ageHours: verdict.newestAgeHours ?? 0 } : null,
        schedule: boundedSchedule(facts.schedule?.raw ?? null),
        scheduleSummary: facts.schedule && {
            words: (0,schedule_words/* scheduleWords */.l)(facts.schedule),
            lastStarted: facts.schedule.lastBackupTime && (0,dates/* isoUtc */.u8)(facts.schedule.lastBackupTime)
        },
        progress: facts.latestJob && {
            ...facts.latestJob,
            error: clip(facts.latestJob.error),
            warning: facts.latestJob.warning && clip(facts.latestJob.warning),
            taskId: facts.latestJob.taskId && clip(facts.latestJob.taskId)
        },
        counts: {
            usable: verdict.usableCount,
            history: facts.history.length,
            createdThisMonth: facts.backupsCreated
        },
        serviceEnabled: facts.serviceEnabled,
        thresholds: thresholdsOf(base.thresholds, verdict.maxAgeInForceHours),
        ...findingsOf(verdict, clip)
    };
}
/** Only what the schedule had to say: a healthy report without a schedule stays as it was. */
function findingsOf({ findings }, clip) {
    return {
        // Portal text in the sentence is redacted, then cut, like every portal string.
        ...(findings.diagnosis ? { diagnosis: findings.diagnosis(clip) } : {}),
        ...(findings.calendar ? { calendar: findings.calendar } : {}),
        ...(findings.stuckJob ? { stuckJob: findings.stuckJob } : {})
    };
}
/** The report of a check that could not reach a verdict. */
function errorReport(base, error) {
    return {
        ...header(base, 'error', [error.code], base.warnings),
        backups: [],
        latest: null,
        schedule: null,
        scheduleSummary: null,
        progress: null,
        counts: { usable: 0, history: 0, createdThisMonth: null },
        serviceEnabled: null,
        thresholds: thresholdsOf(base.thresholds, null),
        error: { code: error.code, message: error.message }
    };
}
function header(base, status, reasons, warnings) {
    return {
        portal: base.portal.base,
        host: base.portal.host,
        checkedAt: (0,dates/* isoUtc */.u8)(base.checkedAt),
        status,
        reasons,
        warnings: [...new Set(warnings)],
        ...(base.startedBackup
            ? { startedBackup: boundedStart(base.startedBackup, clipper(base.secrets)) }
            : {})
    };
}
function thresholdsOf(thresholds, maxAgeInForceHours) {
    return {
        minCount: thresholds.minCount,
        maxAgeHours: maxAgeInForceHours,
        maxAge: thresholds.maxAge,
        graceHours: thresholds.graceHours,
        requireSchedule: thresholds.requireSchedule,
        maxRuntimeHours: thresholds.maxRuntimeHours
    };
}
/** The report with its restore check: a failed check is a reason, the rest are warnings. */
function withVerification(report, verification) {
    const reason = (0,report_verification/* verificationReason */._p)(verification);
    const reasons = reason && !report.error ? [...report.reasons, reason] : report.reasons;
    const status = report.status === 'healthy' && reasons.length > 0 ? 'unhealthy' : report.status;
    const warnings = [...new Set([...report.warnings, ...(0,report_verification/* verificationWarnings */.NR)(verification)])];
    return { ...report, status, reasons, warnings, verification };
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ scheduleWords),
/* harmony export */   v: () => (/* binding */ storageWords)
/* harmony export */ });
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7265);
// Storage types and schedules in words: the report carries them, and the log and summary show
// them.

const STORAGE_WORDS = {
    Documents: 'Documents',
    ThridpartyDocuments: 'Third-party documents',
    CustomCloud: 'Custom cloud',
    Local: 'Local',
    DataStore: 'Temporary (DataStore)',
    ThirdPartyConsumer: 'Third-party storage'
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function storageWords(storageType) {
    const name = _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_TYPE_NAMES */ .KS[storageType];
    return name ? STORAGE_WORDS[name] : `Storage type ${storageType}`;
}
/** `Every Monday at 02:00 portal time, keeps 7, to Documents`. */
function scheduleWords(schedule) {
    const { period, hour, day } = schedule.cronParams;
    const when = (0,_core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .periodOf */ .jH)(period) === 'EveryWeek'
        ? `Every ${WEEKDAYS[day - 1] ?? `weekday ${day}`}`
        : (0,_core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .periodOf */ .jH)(period) === 'EveryMonth'
            ? `Every month on day ${day}`
            : 'Every day';
    const at = `at ${String(hour).padStart(2, '0')}:00 portal time`;
    const keeps = schedule.backupsStored === null ? '' : `, keeps ${schedule.backupsStored}`;
    return `${when} ${at}${keeps}, to ${storageWords(schedule.storageType)}`;
}


/***/ }),

/***/ 7383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ verificationWarnings),
/* harmony export */   QA: () => (/* binding */ nothingToVerify),
/* harmony export */   YI: () => (/* binding */ wasVerified),
/* harmony export */   _p: () => (/* binding */ verificationReason),
/* harmony export */   eD: () => (/* binding */ outcomeAt),
/* harmony export */   mI: () => (/* binding */ NOT_CHECKED)
/* harmony export */ });
/* unused harmony export LEVELS */
// The report's `verification` object (opt-in `verify`): what was checked, where from, and what
// was found. Built by src/verify/; read by the verdict, the outputs and the summary.
/** The five levels of checks, weakest proof first; the first that fails decides. */
const LEVELS = (/* unused pure expression or super */ null && (['transport', 'gzip', 'tar', 'structure', 'completeness']));
/** What a failure at `level` makes of the archive: unreadable (level 1) or corrupt (levels 2–5). */
function outcomeAt(level) {
    return level === 'transport' ? 'unreadable' : 'corrupt';
}
const NOT_CHECKED = {
    check: null,
    message: null,
    format: null,
    bytes: null,
    sha256: null,
    dump: null,
    tables: null,
    files: null,
    incomplete: null,
    levels: []
};
function nothingToVerify(message) {
    return {
        backupId: null,
        fileName: null,
        storageType: null,
        source: null,
        ...NOT_CHECKED,
        outcome: 'nothing',
        message,
        seconds: 0
    };
}
/**
 * Was the archive checked? `true`: every check passed; `false`: unreadable or corrupt; `null`:
 * nothing was verified (no verification, nothing to verify, or verify-unavailable). The `verified`
 * output and the `docspace_backup_verified` metric both say this.
 */
function wasVerified(verification) {
    if (verification === undefined)
        return null;
    if (verification.outcome === 'verified')
        return true;
    return verification.outcome === 'unreadable' || verification.outcome === 'corrupt' ? false : null;
}
/** The reason code a verification adds to the verdict, if any. */
function verificationReason(verification) {
    if (verification.outcome === 'unreadable')
        return 'backup-unreadable';
    return verification.outcome === 'corrupt' ? 'backup-corrupt' : null;
}
/** The warning codes a verification adds. */
function verificationWarnings(verification) {
    if (verification.outcome === 'unavailable')
        return ['verify-unavailable'];
    return verification.incomplete ? ['backup-incomplete'] : [];
}


/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ realTiming),
/* harmony export */   u: () => (/* binding */ sleepUnless)
/* harmony export */ });
// The clock and the waits, injected: tests run on a fake clock, never on the machine's seconds.
const realTiming = {
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: Math.random,
    now: Date.now
};
/** `timing.sleep(ms)`, ended early by `signal` (rejecting with its reason) when it aborts first. */
function sleepUnless(signal, timing, ms) {
    if (!signal)
        return timing.sleep(ms);
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        timing.sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, reject);
    });
}


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ dateOfKey),
/* harmony export */   GI: () => (/* binding */ utcKey),
/* harmony export */   bb: () => (/* binding */ checkedKey),
/* harmony export */   oZ: () => (/* binding */ parseApiDate),
/* harmony export */   oj: () => (/* binding */ keyOfTime),
/* harmony export */   u8: () => (/* binding */ isoUtc)
/* harmony export */ });
// Backup dates are plain .NET DateTimes in UTC: MySQL portals send them without an offset
// ("2026-03-01T02:15:00"), PostgreSQL ones with `Z` and fractions. DateTime.MinValue,
// "0001-01-01T00:00:00", means never.
//
// A history can hold 100,000 records, two dates each. They are checked and kept as *UTC keys*,
// text that sorts as time does (`2026-03-01T02:15:00`, `…:00.25`); the usual form already is
// one, so most dates cost a regex test and a few digit checks, and no Date until shown. The
// fields are read from fixed positions (no Date.parse: slower, and it rolls 2026-02-30 over).
const API_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?:Z|[+-]\d{2}:\d{2})?$/i;
const NEVER = '0001-01-01T00:00:00';
const YEAR_10000 = Date.UTC(10_000, 0, 1);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** `Date`, `null` for never, or `undefined` when the text is not such a date. */
function parseApiDate(value) {
    const key = utcKey(value);
    return key == null ? key : dateOfKey(key);
}
/**
 * The date as a UTC key (`yyyy-MM-ddTHH:mm:ss`, then `.f`, `.ff` or `.fff` when there are
 * milliseconds): keys compare as the instants do. `null` for never, `undefined` when invalid.
 */
function utcKey(value) {
    if (typeof value !== 'string')
        return undefined;
    if (value === NEVER)
        return null;
    const text = isPadded(value) ? value.trim() : value;
    if (!API_DATE.test(text))
        return undefined;
    if (text.startsWith('0001-01-01T'))
        return null;
    const year = digits(text, 0, 4);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    // Years before 100 are a mistake, not a backup.
    if (year < 100 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
        return undefined;
    }
    const leapDayOfCommonYear = month === 2 && day === 29 && !isLeap(year);
    if (leapDayOfCommonYear || hour > 23 || minute > 59 || second > 59 || !isOffsetValid(text)) {
        return undefined;
    }
    // The usual forms are keys already, or nearly.
    if (text[10] === 'T' && text.length === 19)
        return text;
    if (text[10] === 'T' && text.length === 20 && text[19] !== '.')
        return text.slice(0, 19);
    const fraction = text[19] === '.' ? milliseconds(text) : 0;
    const seconds = daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    const time = seconds * 1000 + fraction - offsetMinutes(text) * 60_000;
    // An offset can carry 9999-12-31 into year 10000, which no key (nor ISO date) can hold.
    return time < YEAR_10000 ? keyOfTime(time) : undefined;
}
/**
 * The key of a date `utcKey` has already accepted, without checking it again: the usual form
 * is its own key. `null` for never.
 */
function checkedKey(text) {
    if (text.length === 19 && text[10] === 'T' && !text.startsWith('0001-01-01T'))
        return text;
    return utcKey(text);
}
/** The UTC key of an instant in epoch milliseconds. */
function keyOfTime(ms) {
    // toISOString: `2026-03-01T02:15:00.250Z`; the key drops the Z and the fraction's zeros.
    return new Date(ms)
        .toISOString()
        .slice(0, 23)
        .replace(/\.?0+$/, '');
}
/** The instant a UTC key names. */
function dateOfKey(key) {
    return new Date(`${key}Z`);
}
/** Whether the text starts or ends with white space; printable ASCII ends are settled at once. */
function isPadded(text) {
    const plain = (code) => code > 32 && code < 127;
    if (plain(text.charCodeAt(0)) && plain(text.charCodeAt(text.length - 1)))
        return false;
    return /^\s|\s$/.test(text);
}
/** The number written by the two ASCII digits at `start`. */
function twoDigits(text, start) {
    return (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48;
}
/** The number written by `length` ASCII digits from `start`. */
function digits(text, start, length) {
    let number = 0;
    for (let i = start; i < start + length; i++)
        number = number * 10 + text.charCodeAt(i) - 48;
    return number;
}
/** The fraction after the seconds, to whole milliseconds: `.25` is 250, `.1234567` is 123. */
function milliseconds(text) {
    const fraction = /^\d+/.exec(text.slice(20))?.[0] ?? '';
    return digits(fraction.slice(0, 3).padEnd(3, '0'), 0, 3);
}
/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Hinnant's algorithm). */
function daysSinceEpoch(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
function isLeap(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
/** The `±hh:mm` at the end, in minutes; 0 for `Z` or none. */
function offsetMinutes(text) {
    const sign = text[text.length - 6];
    if (sign !== '+' && sign !== '-')
        return 0;
    const minutes = digits(text, text.length - 5, 2) * 60 + digits(text, text.length - 2, 2);
    return sign === '-' ? -minutes : minutes;
}
/** Offsets run from -12:00 to +14:00, in whole minutes of an hour. */
function isOffsetValid(text) {
    const sign = text[text.length - 6];
    if (sign !== '+' && sign !== '-')
        return true;
    return digits(text, text.length - 5, 2) <= 14 && digits(text, text.length - 2, 2) <= 59;
}
/** ISO 8601 UTC ending in `Z`, whole seconds: how outputs and the report write dates. */
function isoUtc(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ }),

/***/ 7748:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatHours),
/* harmony export */   U: () => (/* binding */ humanDuration)
/* harmony export */ });
// Durations for people and for the outputs: `3d 4h`, and hours with two decimals.
/** `5.25` for five and a quarter hours: the outputs' two-decimal hours. */
function formatHours(hours) {
    return hours.toFixed(2);
}
/** A duration for people: `3d 4h`, `5h 15m`, `42m`, `12s`. */
function humanDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    const days = Math.floor(s / 86_400);
    const hours = Math.floor((s % 86_400) / 3600);
    const minutes = Math.floor((s % 3600) / 60);
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    if (hours > 0)
        return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
    if (minutes > 0)
        return `${minutes}m`;
    return `${s}s`;
}


/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 7785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/* unused harmony export default */
const array = [];
const characterCodeCache = [];

function leven(first, second, options) {
	if (first === second) {
		return 0;
	}

	const maxDistance = options?.maxDistance;
	const swap = first;

	// Swapping the strings if `a` is longer than `b` so we know which one is the
	// shortest & which one is the longest
	if (first.length > second.length) {
		first = second;
		second = swap;
	}

	let firstLength = first.length;
	let secondLength = second.length;

	// Performing suffix trimming:
	// We can linearly drop suffix common to both strings since they
	// don't increase distance at all
	// Note: `~-` is the bitwise way to perform a `- 1` operation
	while (firstLength > 0 && (first.charCodeAt(~-firstLength) === second.charCodeAt(~-secondLength))) {
		firstLength--;
		secondLength--;
	}

	// Performing prefix trimming
	// We can linearly drop prefix common to both strings since they
	// don't increase distance at all
	let start = 0;

	while (start < firstLength && (first.charCodeAt(start) === second.charCodeAt(start))) {
		start++;
	}

	firstLength -= start;
	secondLength -= start;

	// Early termination after trimming: if difference in length exceeds max distance
	if (maxDistance !== undefined && secondLength - firstLength > maxDistance) {
		return maxDistance;
	}

	if (firstLength === 0) {
		return maxDistance !== undefined && secondLength > maxDistance
			? maxDistance
			: secondLength;
	}

	let bCharacterCode;
	let result;
	let temporary;
	let temporary2;
	let index = 0;
	let index2 = 0;

	while (index < firstLength) {
		characterCodeCache[index] = first.charCodeAt(start + index);
		array[index] = ++index;
	}

	while (index2 < secondLength) {
		bCharacterCode = second.charCodeAt(start + index2);
		temporary = index2++;
		result = index2;

		for (index = 0; index < firstLength; index++) {
			temporary2 = bCharacterCode === characterCodeCache[index] ? temporary : temporary + 1;
			temporary = array[index];
			// eslint-disable-next-line no-multi-assign
			result = array[index] = temporary > result
				? (temporary2 > result ? result + 1 : temporary2)
				: (temporary2 > temporary ? temporary + 1 : temporary2);
		}

		// Early termination: if all values in current row exceed maxDistance
		if (maxDistance !== undefined) {
			let rowMinimum = result;
			for (index = 0; index < firstLength; index++) {
				if (array[index] < rowMinimum) {
					rowMinimum = array[index];
				}
			}

			if (rowMinimum > maxDistance) {
				return maxDistance;
			}
		}
	}

	// Bound arrays to avoid retaining large previous sizes
	array.length = firstLength;
	characterCodeCache.length = firstLength;

	return maxDistance !== undefined && result > maxDistance ? maxDistance : result;
}

function closestMatch(target, candidates, options) {
	if (!Array.isArray(candidates) || candidates.length === 0) {
		return undefined;
	}

	const userMax = options?.maxDistance;
	const targetLength = target.length;

	// Exact match fast-path
	for (const candidate of candidates) {
		if (candidate === target) {
			return candidate;
		}
	}

	if (userMax === 0) {
		return undefined;
	}

	let best;
	let bestDist = Number.POSITIVE_INFINITY;
	const seen = new Set();

	for (const candidate of candidates) {
		if (seen.has(candidate)) {
			continue;
		}

		seen.add(candidate);

		const lengthDiff = Math.abs(candidate.length - targetLength);
		if (lengthDiff >= bestDist) {
			continue;
		}

		if (userMax !== undefined && lengthDiff > userMax) {
			continue;
		}

		const cap = Number.isFinite(bestDist)
			? (userMax === undefined ? bestDist : Math.min(bestDist, userMax))
			: userMax;

		const distance = cap === undefined
			? leven(target, candidate)
			: leven(target, candidate, {maxDistance: cap});

		// Skip candidates that exceed the user's maximum distance
		if (userMax !== undefined && distance > userMax) {
			continue;
		}

		// If we got a capped result that equals the cap, we need the actual distance
		// for accurate comparison, but only if the cap was due to userMax
		let actualD = distance;
		if (cap !== undefined && distance === cap && cap === userMax) {
			actualD = leven(target, candidate);
		}

		if (actualD < bestDist) {
			bestDist = actualD;
			best = candidate;
			if (bestDist === 0) {
				break;
			}
		}
	}

	if (userMax !== undefined && bestDist > userMax) {
		return undefined;
	}

	return best;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/core/end-process.ts
// The end of a run whose requests went out: once the report is written, the process goes. A
// name server that never answers leaves getaddrinfo calls in libuv's thread pool, where they
// cannot be cancelled, and they would hold the process for the resolver's own timeouts (10 s
// and more) after the verdict.
/** Lets stdout and stderr drain, then exits with `process.exitCode`. */
async function endProcess() {
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    process.exit();
}
function drained(stream) {
    return new Promise(resolve => stream.write('', () => resolve()));
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/inputs/portal-url.ts
var portal_url = __nccwpck_require__(9259);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts + 2 modules
var redact = __nccwpck_require__(638);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
// EXTERNAL MODULE: ./node_modules/leven/index.js
var leven = __nccwpck_require__(7785);
;// CONCATENATED MODULE: ./src/cli/suggest.ts
// "Did you mean": the options a mistyped one was probably meant to be. `leven` (MIT, 4 KB, no
// dependencies) measures the edit distance; the rest is how people mistype options.


/** More candidates than this say nothing: `--no` could be a dozen options. */
const MAX_SUGGESTIONS = 3;
/** `--max_age` → `--max-age`; `--portal-url` → `--portal`; `-v` → `-V`; none when nothing is close. */
function suggestOptions(written) {
    if (/^-[^-]$/.test(written))
        return shortSuggestion(written.slice(1));
    const names = options/* OPTIONS */.lw.flatMap(option => option.kind === 'flag' ? [option.name, `no-${option.name}`] : [option.name]);
    // Case and underscores: `--Max_Age` is `--max-age` written another way.
    const normal = written.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');
    if (normal === '')
        return [];
    if (names.includes(normal))
        return [`--${normal}`];
    // A word more or less: `--portal-url`, `--verify-timeout-seconds`, `--max`.
    const related = names.filter(name => normal.startsWith(`${name}-`) || name.startsWith(`${normal}-`));
    if (related.length > 0)
        return related.length <= MAX_SUGGESTIONS ? related.map(name => `--${name}`) : [];
    // A letter or two wrong, missing or extra: `--max-agee`, `--tokne`, `--verfy`.
    const close = (0,leven/* closestMatch */.h)(normal, names, { maxDistance: normal.length <= 5 ? 1 : 2 });
    return close === undefined ? [] : [`--${close}`];
}
function shortSuggestion(letter) {
    const option = options/* OPTIONS */.lw.find(candidate => candidate.short?.toLowerCase() === letter.toLowerCase());
    return option ? [`-${option.short} (--${option.name})`] : [];
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments as option text: `--max-age 36h`, `--max-age=36h`, `--dump` (true),
// `--no-require-schedule` (false), `-h`, and the arguments that are not options (verify-file's
// PATH; everything after `--`). Which options a command takes is the command's business.
// util.parseArgs is not used: on Node 20 it has no `--no-` options, it refuses `--dump=false`,
// and it keeps the last of a repeated option without a word.



const BOOLEAN_WORDS = /^(true|false)$/i;
/** `firstPosition`: the place of `argv[0]` among all the arguments (2 after a command word). */
function parseArguments(argv, firstPosition = 1) {
    const values = new Map();
    const positionals = [];
    const set = (option, value) => {
        if (values.has(option.name)) {
            throw new errors/* InputError */.dz(option.name, `Option "--${option.name}" is given more than once: give it once.`);
        }
        values.set(option.name, value);
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            argv
                .slice(i + 1)
                .forEach((text, j) => positionals.push({ text, position: firstPosition + i + 1 + j }));
            break;
        }
        if (arg.startsWith('--')) {
            const equals = arg.indexOf('=');
            const written = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
            const inline = equals === -1 ? undefined : arg.slice(equals + 1);
            const { option, negated } = longOption(written);
            if (negated) {
                if (inline !== undefined)
                    throw new errors/* InputError */.dz(option.name, `Option "--no-${option.name}" takes no value.`);
                set(option, 'false');
            }
            else if (inline !== undefined) {
                set(option, inline);
            }
            else if (option.kind === 'flag') {
                // `--dump` alone is true; `--dump false` also reads as the input would.
                const next = argv[i + 1];
                set(option, next !== undefined && BOOLEAN_WORDS.test(next) ? argv[++i] : 'true');
            }
            else {
                const next = argv[i + 1];
                // `--portal --token x`: the value was forgotten, `--token` is not a portal.
                if (next === undefined || next.startsWith('--'))
                    throw new errors/* InputError */.dz(option.name, `Option "--${option.name}" needs a value.`);
                set(option, argv[++i]);
            }
        }
        else if (arg.length > 1 && arg.startsWith('-')) {
            const option = arg.length === 2 ? (0,options/* optionByShort */.tS)(arg.slice(1)) : undefined;
            if (!option)
                throw unknownOption(arg);
            set(option, 'true');
        }
        else {
            positionals.push({ text: arg, position: firstPosition + i });
        }
    }
    return { values, positionals };
}
/** `--dump`, or `--no-dump` for a flag; anything else is an unknown option. */
function longOption(written) {
    const option = (0,options/* optionNamed */.b7)(written);
    if (option)
        return { option, negated: false };
    const base = written.startsWith('no-') ? (0,options/* optionNamed */.b7)(written.slice(3)) : undefined;
    if (base?.kind === 'flag')
        return { option: base, negated: true };
    if (base) {
        throw new errors/* InputError */.dz(base.name, `Option "--${written}" does not exist: "--${base.name}" is not a true/false option.`);
    }
    throw unknownOption(`--${written}`);
}
function unknownOption(written) {
    // Bounded: what was written is quoted, and it may be anything.
    const shown = written.length > 60 ? `${written.slice(0, 60)}…` : written;
    const suggestions = suggestOptions(written);
    const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(' or ')}?)` : '';
    return new errors/* InputError */.dz('arguments', `unknown option ${shown}${hint}; see --help.`);
}

// EXTERNAL MODULE: ./src/cli/cli-inputs.ts + 1 modules
var cli_inputs = __nccwpck_require__(4153);
// EXTERNAL MODULE: ./src/check.ts + 13 modules
var check = __nccwpck_require__(241);
// EXTERNAL MODULE: ./src/inputs/index.ts + 4 modules
var src_inputs = __nccwpck_require__(5586);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __nccwpck_require__(3355);
// EXTERNAL MODULE: ./src/cli/formats.ts
var formats = __nccwpck_require__(8726);
// EXTERNAL MODULE: ./src/cli/textfile.ts
var cli_textfile = __nccwpck_require__(6333);
;// CONCATENATED MODULE: ./src/cli/check-command.ts
// The check of one portal: the arguments → the same inputs as the Action → the check → a format
// and an exit code. No portal (or an empty one) is an invalid argument, never the demo.








async function checkCommand(args, context) {
    const fleetOnly = options/* FLEET_OPTIONS */.WF.find(name => args.values.has(name));
    if (fleetOnly !== undefined) {
        throw new errors/* InputError */.dz(fleetOnly, `Option "--${fleetOnly}" applies only with --config FILE.`);
    }
    const format = (0,formats/* checkFormat */.KA)(args.values.get('format'));
    const textfile = args.values.get('textfile');
    if (textfile !== undefined)
        context.textfile = (0,cli_textfile/* checkTextfilePath */.dU)(textfile);
    const inputs = (context.inputs = await (0,cli_inputs/* cliInputs */.Un)(args, process.env));
    (0,cli_inputs/* requireCheckTarget */.pO)(inputs);
    const parsed = (0,src_inputs/* parseInputs */.T)(inputs.read, process.env);
    const report = await (0,check/* runCheck */.k)(parsed, { log: line => console.error(line), timing: clock/* realTiming */.$ });
    const rendered = await (0,formats/* renderReports */.kr)(format, [report]);
    await (0,cli_textfile/* publishMetrics */.vR)(context.textfile, [report]);
    const code = parsed.failOnUnhealthy ? formats/* EXIT */.dc[report.status] : formats/* EXIT */.dc.healthy;
    return (0,formats/* print */.yy)(rendered.text, rendered.pluginExitCode ?? code);
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./src/inputs/names.ts
var names = __nccwpck_require__(5585);
;// CONCATENATED MODULE: ./src/cli/usage.ts
// What `--help` prints for each command, and `--version`.


const VERSION = `docspace-backup-check ${package_namespaceObject.rE}`;
const EXIT_CODES = `Exit codes: 0 healthy, 1 unhealthy, 2 could not check, 64 invalid arguments; with --format
nagios: 0 OK, 1 WARNING (healthy, with a warning that needs a person), 2 CRITICAL (unhealthy),
3 UNKNOWN (could not check, invalid arguments). With --config, the worst portal's: unhealthy
(1, CRITICAL) before could not check (2, UNKNOWN).`;
const USAGE = `Usage: docspace-backup-check --portal URL --token-file FILE [options]
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

${EXIT_CODES}`;
const DEMO_USAGE = `Usage: docspace-backup-check demo [--format FORMAT] [--textfile PATH.prom] [check options]

Checks two embedded demo portals (a fake DocSpace on 127.0.0.1 that speaks the real API's
envelopes): one healthy, one unhealthy, verifying their newest backups unless --verify false is
given. Exits 0 when both verdicts are the expected ones. The check's options apply (--min-count,
--max-age, …), except --portal, --token, --token-file and --ping-url: the portals are the demo's.`;
const VERIFY_FILE_USAGE = `Usage: docspace-backup-check verify-file PATH [--format text|markdown|json|nagios]
                                          [--verify-timeout DURATION]

Checks a DocSpace backup archive on disk (a Local backup on the server, a copy from S3) as
--verify checks a downloaded one: gzip, tar, the tables restore reads, restore_info. A "dump"
entry makes it a server-wide dump; .tar.gz or .tar is told from its first bytes. Reading stops
at the first failure. --verify-timeout bounds the whole check (default ${(0,names/* defaultOf */.HA)('verify-timeout')}, at most 6h).
--format nagios prints a monitoring plugin's output for the archive.

Exit codes: 0 whole, 1 unreadable or damaged, 2 not judged (--verify-timeout passed),
64 invalid arguments; with --format nagios: 0 OK, 1 WARNING (whole, files left out),
2 CRITICAL (unreadable or damaged), 3 UNKNOWN (not judged).`;
const EXPORTER_USAGE = `Usage: docspace-backup-check exporter --config FILE [--listen HOST:PORT] [--interval DURATION]
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
why); SIGTERM or SIGINT cancels the running checks and exits 0.`;

;// CONCATENATED MODULE: ./src/cli/commands.ts
// The CLI's commands, in one place: which word selects each, the options it takes, its help, and
// how it runs. The check is the default; `--serve` selects the demo portal server, as it always
// has. A new command is a row here.





/** The demo's portals are its own: these would be ignored, so they are refused. */
const NOT_FOR_THE_DEMO = ['portal', 'token', 'ping-url'];
const SERVE_OPTIONS = ['serve', 'port', 'scenario', 'latency', 'records', 'archive'];
const commands_check = {
    name: 'check',
    options: [...options/* CHECK_INPUT_OPTIONS */.zp, 'token-file', 'format', 'textfile', ...options/* FLEET_OPTIONS */.WF],
    paths: 0,
    usage: USAGE,
    notFor: 'the check',
    // The plain run: in the entry chunk, as before; the other commands load only when asked for,
    // and so does the fleet (the portals file's YAML parser with it).
    run: async (args, context) => args.values.has('config')
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(522), __nccwpck_require__.e(74)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8074))).fleetCommand(args, context)
        : checkCommand(args, context)
};
const demo = {
    name: 'demo',
    options: [
        ...options/* CHECK_INPUT_OPTIONS */.zp.filter(name => !NOT_FOR_THE_DEMO.includes(name)),
        'format',
        'textfile'
    ],
    paths: 0,
    usage: DEMO_USAGE,
    notFor: 'demo, which checks its own two portals (to check yours: docspace-backup-check --portal URL)',
    run: async (args, context) => (await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1323))).demoCommand(args, context)
};
const verifyFile = {
    name: 'verify-file',
    options: ['format', 'verify-timeout'],
    paths: 1,
    usage: VERIFY_FILE_USAGE,
    notFor: 'verify-file, which checks an archive on disk',
    run: async (args) => (await __nccwpck_require__.e(/* import() */ 280).then(__nccwpck_require__.bind(__nccwpck_require__, 9280))).verifyFileCommand(args)
};
const serve = {
    name: 'serve',
    options: SERVE_OPTIONS,
    paths: 0,
    usage: USAGE,
    notFor: '--serve, which only runs a demo portal',
    run: async (args) => (await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(65)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3065))).serve(args)
};
const exporter = {
    name: 'exporter',
    options: ['config', 'only', 'shard', 'listen', 'interval', 'verify-interval', 'concurrency'],
    paths: 0,
    usage: EXPORTER_USAGE,
    notFor: 'exporter, whose portals and their options are in the --config file',
    run: async (args, context) => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(522), __nccwpck_require__.e(891)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7891))).exporterCommand(args, context)
};
/** The words that select a command (`check` is also the default). */
const BY_WORD = { check: commands_check, demo, 'verify-file': verifyFile, exporter };
/** The command the arguments ask for, and the arguments left for it. */
function commandOf(argv) {
    const [first = '', ...rest] = argv;
    const named = Object.hasOwn(BY_WORD, first) ? BY_WORD[first] : undefined;
    if (named)
        return { command: named, rest, firstPosition: 2 };
    const serves = argv.some(arg => arg === '--serve' || arg.startsWith('--serve='));
    return { command: serves ? serve : commands_check, rest: [...argv], firstPosition: 1 };
}
/** Refuses what the command does not take: another command's options, or stray words. */
function checkApplies(command, args) {
    for (const name of args.values.keys()) {
        if (options/* COMMON_OPTIONS */.DT.includes(name) || command.options.includes(name))
            continue;
        const hint = SERVE_OPTIONS.includes(name) && command !== serve ? ' (only with --serve)' : '';
        throw new errors/* InputError */.dz(name, `Option "--${name}" does not apply to ${command.notFor}${hint}.`);
    }
    const stray = args.positionals.slice(command.paths)[0];
    if (command.paths === 1 && args.positionals.length === 0) {
        throw new errors/* InputError */.dz('path', `${command.name} needs a PATH, the archive to check (see --help).`);
    }
    if (stray === undefined)
        return;
    const meant = stray.position === 1 && !stray.text.startsWith('-')
        ? (0,leven/* closestMatch */.h)(stray.text.toLowerCase(), Object.keys(BY_WORD), { maxDistance: 2 })
        : undefined;
    if (meant !== undefined) {
        throw new errors/* InputError */.dz('arguments', `unknown command ${stray.text} (did you mean ${meant}?).`);
    }
    // Not quoted: a stray argument is often a token that lost its --token.
    const what = command.paths === 1 ? `${command.name} takes one PATH` : 'options look like --portal URL';
    throw new errors/* InputError */.dz('arguments', `Unexpected argument at position ${stray.position}: ${what} (see --help).`);
}

;// CONCATENATED MODULE: ./src/cli/fleet-restart.ts
const SMALL_YOUNG_GENERATION = '--max-semi-space-size=8';
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Whether these arguments ask for a fleet run that should start again with the flag. */
function wantsFleetRestart(argv, env = process.env) {
    const fleet = argv[0] === 'exporter' || argv.some(arg => arg === '--config' || arg.startsWith('--config='));
    const asksForHelp = argv.some(arg => ['-h', '--help', '-V', '--version'].includes(arg));
    const sized = [...process.execArgv, env.NODE_OPTIONS ?? ''].some(arg => arg.includes('--max-semi-space-size'));
    return fleet && !asksForHelp && !sized;
}
/** Runs this CLI again as a child with the flag, its signals passed on; resolves to its code. */
async function restartWithSmallYoungGeneration(argv) {
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    const { constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8161, 23));
    const args = [...process.execArgv, SMALL_YOUNG_GENERATION, process.argv[1], ...argv];
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    const forward = (signal) => () => child.kill(signal);
    const handlers = FORWARDED.map(signal => [signal, forward(signal)]);
    for (const [signal, handler] of handlers)
        process.on(signal, handler);
    const code = await ended(child, constants.signals);
    for (const [signal, handler] of handlers)
        process.off(signal, handler);
    return code;
}
function ended(child, signals) {
    return new Promise(resolve => {
        child.on('error', error => {
            console.error(`Could not start the fleet run: ${error.message}`);
            resolve(2);
        });
        // Ended by a signal it did not handle: the shell's convention, 128 + the signal's number.
        child.on('exit', (code, signal) => resolve(code ?? 128 + ((signal && signals[signal]) || 1)));
    });
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The CLI: the same check outside Actions (cron, GitLab CI, Jenkins, a monitoring system), the
// embedded demo, and the restore check of an archive on disk. The command is chosen in
// commands.ts; here the arguments are read, and a failure is reported as the run asked.











async function main(argv, context) {
    const { command, rest, firstPosition } = commandOf(argv);
    // Asked for anywhere, help and the version win over whatever else is wrong.
    const before = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (before.some(arg => arg === '--help' || arg === '-h'))
        return (0,formats/* print */.yy)(command.usage, 0);
    if (before.some(arg => arg === '--version' || arg === '-V'))
        return (0,formats/* print */.yy)(VERSION, 0);
    const args = parseArguments(rest, firstPosition);
    checkApplies(command, args);
    return command.run(args, context);
}
async function fail(argv, context, error) {
    const input = error instanceof errors/* InputError */.dz;
    if (input)
        await (0,cli_textfile/* publishUnchecked */.Ql)(context.textfile, portalHost(context));
    // An invalid input never quotes a secret; anything else is a bug, whose message might.
    const message = input
        ? (0,cli_inputs/* cliMessage */.kP)(error, context.inputs)
        : (0,redact/* redactSecrets */.f)((0,errors/* messageOf */.bD)(error), secretsOf(argv, context));
    if ((0,formats/* asksForNagios */.LD)(argv)) {
        // A plugin that cannot check says UNKNOWN on stdout, where the monitoring system reads.
        const { renderNagiosUnknown } = await __nccwpck_require__.e(/* import() */ 117).then(__nccwpck_require__.bind(__nccwpck_require__, 4117));
        const unknown = renderNagiosUnknown(message);
        return (0,formats/* print */.yy)(unknown.text, unknown.exitCode);
    }
    console.error(message);
    return input ? formats/* EXIT */.dc.usage : formats/* EXIT */.dc.error;
}
/** The portal's host for the `up 0` metrics, when the portal was valid. */
function portalHost(context) {
    try {
        return context.inputs ? (0,portal_url/* parsePortal */.E)(context.inputs.read('portal')).host : '';
    }
    catch {
        // An invalid portal: the metrics say so without naming it.
        return '';
    }
}
function secretsOf(argv, context) {
    return [...(context.inputs?.secrets ?? []), ...(context.secrets ?? []), ...tokensGiven(argv)];
}
/** The token as given on the command line or in the environment, before the inputs were read. */
function tokensGiven(argv) {
    const at = argv.indexOf('--token');
    const given = [
        process.env.DOCSPACE_TOKEN ?? '',
        at === -1 ? '' : (argv[at + 1] ?? ''),
        ...argv.filter(arg => arg.startsWith('--token=')).map(arg => arg.slice('--token='.length))
    ];
    return given.flatMap(value => [value.trim(), value.trim().replace(/^bearer\s+/i, '')]);
}
const argv = process.argv.slice(2);
const context = {};
(wantsFleetRestart(argv) ? restartWithSmallYoungGeneration(argv) : main(argv, context))
    .catch((error) => fail(argv, context, error))
    .then(code => {
    process.exitCode = code;
}, (error) => {
    console.error((0,redact/* redactSecrets */.f)((0,errors/* messageOf */.bD)(error), secretsOf(argv, context)));
    process.exitCode = formats/* EXIT */.dc.error;
})
    // The verdict is out: a lookup still stuck in the system resolver must not hold the process.
    .then(endProcess);

