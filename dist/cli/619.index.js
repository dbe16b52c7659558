export const id = 619;
export const ids = [619];
export const modules = {

/***/ 1619:
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
;// CONCATENATED MODULE: ./src/heartbeat/forms.ts
/** Bodies (the report's text) are cut to this many bytes: what the services keep. */
const MAX_BODY_BYTES = 10_000;
/** Cronitor keeps a message of up to 2,000 characters; Uptime Kuma shows one line. */
const MAX_MESSAGE_CHARS = 2000;
/** `auto`: the provider the URL belongs to; any other URL is `generic`. */
function resolveProvider(provider, url) {
    if (provider !== 'auto')
        return provider;
    const host = url.hostname.toLowerCase();
    const on = (domain) => host === domain || host.endsWith(`.${domain}`);
    if (on('hc-ping.com') ||
        /\/ping\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/|$)/i.test(url.pathname)) {
        return 'healthchecks';
    }
    if (on('cronitor.link'))
        return 'cronitor';
    if (url.pathname.includes('/api/push/'))
        return 'uptime-kuma';
    if (host === 'uptime.betterstack.com')
        return 'betterstack';
    return 'generic';
}
/**
 * The request that tells `provider` how the run went. `summary` is one line (the verdict and
 * its reasons); `text` is the whole report as plain text.
 */
function pingRequest(provider, given, status, summary, text) {
    const url = new URL(given);
    url.hash = '';
    const ok = status === 'healthy';
    const body = cutToBytes(text, MAX_BODY_BYTES);
    const message = summary.slice(0, MAX_MESSAGE_CHARS);
    switch (provider) {
        case 'healthchecks':
        case 'betterstack':
            return { url: ok ? url : withFail(url), method: 'POST', body };
        case 'cronitor':
            url.searchParams.set('state', ok ? 'complete' : 'fail');
            url.searchParams.set('message', message);
            return { url, method: 'GET' };
        case 'uptime-kuma':
            // The push URL Uptime Kuma shows ends in `?status=up&msg=OK&ping=`: its own query goes.
            url.search = '';
            url.searchParams.set('status', ok ? 'up' : 'down');
            url.searchParams.set('msg', message);
            return { url, method: 'GET' };
        case 'generic':
            url.searchParams.append('status', status);
            return { url, method: 'POST', body };
    }
}
/** `<url>/fail`, the query kept: `https://hc-ping.com/<uuid>/fail?rid=…`. */
function withFail(url) {
    const failed = new URL(url.href);
    failed.pathname = `${url.pathname.replace(/\/+$/, '')}/fail`;
    return failed;
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
/** A heartbeat service answers briefly; anything longer is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;
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
    if (error.kind === 'too-large')
        return 'an oversized answer';
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





/** The report with its `heartbeat`, and `ping-failed` among its warnings when it failed. */
async function sendHeartbeat(report, ping, deps) {
    const provider = resolveProvider(ping.provider, new URL(ping.url));
    const request = pingRequest(provider, ping.url, report.status, oneLineSummary(report), (0,render_text/* renderText */.S5)(report));
    const outcome = await sendPing(request, { proxy: deps.proxy, lookup: deps.lookup }, deps);
    const heartbeat = {
        provider,
        signal: report.status === 'healthy' ? 'success' : 'failure',
        delivered: outcome.delivered,
        attempts: outcome.attempts,
        ...(outcome.problem ? { problem: outcome.problem } : {})
    };
    const warnings = outcome.delivered
        ? report.warnings
        : [...report.warnings, 'ping-failed'];
    return { ...report, warnings, heartbeat };
}
/** `DocSpace backups unhealthy: portal.example.com (stale, last-backup-failed)`. */
function oneLineSummary(report) {
    const why = report.reasons.length > 0 ? ` (${report.reasons.join(', ')})` : '';
    return `${(0,words/* statusHeadline */.ZB)(report.status, report.host)}${why}`;
}


/***/ })

};
