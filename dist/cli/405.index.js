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


/***/ })

};
