export const id = 412;
export const ids = [412];
export const modules = {

/***/ 5412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyNewest: () => (/* binding */ verifyNewest)
});

// EXTERNAL MODULE: ./src/docspace/portal-text.ts
var portal_text = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/verify/archive-check.ts + 12 modules
var archive_check = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/docspace/body.ts + 1 modules
var body = __webpack_require__(8242);
// EXTERNAL MODULE: ./src/docspace/retry.ts
var docspace_retry = __webpack_require__(9646);
// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/verify/failure.ts
var failure = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/verify/download-problem.ts
// Why a download stopped, in words (hosts only, never a link), and whose fault it is: the
// statuses and socket errors sorted as docs/CONTRACT.md's table says. Shared by the request,
// the body stream and the resume without importing one another.

/** No answer yet, or a status a retry may change (408, 429, 5xx): tried again while retries
 * last, then `verify-unavailable` (the storage said nothing about the archive). */
class Unanswered extends Error {
    retryAfter;
    constructor(message, 
    /** `Retry-After` of the answer, when it had one. */
    retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
        this.name = 'Unanswered';
    }
}
/** The body stopped before its end (a cut connection, a stall): resumed while it can be, then
 * `backup-unreadable`. */
class Cut extends Error {
    constructor(message) {
        super(message);
        this.name = 'Cut';
    }
}
/** An answer that is not the archive: whose fault, by its status. */
function statusProblem(status, host, retryAfter) {
    const said = `the download from ${host} answered HTTP ${status}`;
    if (status === 401 || status === 403)
        return new failure/* VerifyUnavailable */._(`${said}: the key may not read this file (it needs files:read or *:read, and a DocSpace admin), or the link has expired`);
    if (status === 404 || status === 410)
        return new failure/* VerifyFailure */.U('transport', `${said}: the archive is gone from the storage`);
    if (status === 408 || status === 429 || status >= 500)
        return new Unanswered(said, retryAfter);
    return new failure/* VerifyFailure */.U('transport', said);
}
const IN_WORDS = {
    ECONNREFUSED: host => `nothing answers at ${host} (connection refused)`,
    ECONNRESET: host => `${host} reset the connection`,
    ENOTFOUND: host => `the name ${host} does not resolve`,
    EAI_AGAIN: host => `the name ${host} could not be resolved (the name server did not answer)`,
    ETIMEDOUT: host => `the connection to ${host} timed out`,
    EHOSTUNREACH: host => `${host} cannot be reached (no route)`
};
/** A failed request: tried again, unless no retry can change it (TLS that will not be). */
function requestProblem(error, host) {
    const said = `the download from ${host} failed: ${describe(error, host)}`;
    const final = /wrong version number|CERT|SELF_SIGNED|ALTNAME|UNABLE_TO/i.test(`${error.code ?? ''} ${error.message}`);
    return final ? new failure/* VerifyUnavailable */._(said) : new Unanswered(said);
}
/** A socket or TLS error in words, with its code; OpenSSL's source paths left out. */
function describe(error, host) {
    const message = error.message.replace(/:?\.\.\/deps\/\S*/g, '').trim();
    if (/wrong version number/i.test(message) || error.code === 'ERR_SSL_WRONG_VERSION_NUMBER')
        return `${host} did not answer in TLS: the link says https, but the server on that port speaks plain http (a storage set to use http?) (${error.code ?? 'EPROTO'})`;
    const words = error.code ? IN_WORDS[error.code] : undefined;
    if (words)
        return `${words(host)} (${error.code})`;
    if (error.code && /CERT|SELF_SIGNED|ALTNAME|UNABLE_TO/.test(error.code))
        return `the certificate of ${host} is not trusted (${error.code}); for a private CA, set NODE_EXTRA_CA_CERTS`;
    return error.code ? `${error.code}: ${message}` : message;
}

// EXTERNAL MODULE: ./src/docspace/route.ts
var route = __webpack_require__(877);
// EXTERNAL MODULE: ./src/docspace/proxy.ts + 1 modules
var proxy = __webpack_require__(7724);
;// CONCATENATED MODULE: ./src/verify/redirect-target.ts
// Where a download may go without the token: https anywhere, plain http only to this machine.
// A redirect's target, and a DataStore link to another origin, follow this rule.

function redirectTarget(from, location) {
    let target;
    try {
        target = new URL(location, from);
    }
    catch {
        throw new failure/* VerifyFailure */.U('transport', `${from.host} redirected to an address that is not a URL`);
    }
    if (!mayLeadTo(target))
        throw new failure/* VerifyFailure */.U('transport', `${from.host} redirected to ${target.protocol}//${target.host}, not https`);
    return target;
}
function mayLeadTo(target) {
    return (target.protocol === 'https:' || (target.protocol === 'http:' && isLoopback(target.hostname)));
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

;// CONCATENATED MODULE: ./src/verify/download-request.ts






const MAX_REDIRECTS = 5;
/** The final answer (after redirects) and where it came from; extra headers (Range) on each hop. */
async function requestArchive(request, extra = {}) {
    let url = request.url;
    for (let redirects = 0;; redirects++) {
        const answer = await download_request_open(url, request, extra);
        const status = answer.statusCode ?? 0;
        if (status < 300 || status >= 400 || !answer.headers.location)
            return { answer, url };
        answer.destroy();
        if (redirects === MAX_REDIRECTS)
            throw new failure/* VerifyFailure */.U('transport', `more than ${MAX_REDIRECTS} redirects, the last from ${url.host}`);
        url = redirectTarget(url, answer.headers.location);
    }
}
function download_request_open(url, request, extra) {
    const { signal } = request;
    signal.throwIfAborted();
    const headers = {
        Accept: '*/*',
        // The archive as stored: a transport encoding on top of it is decoded, but never asked for.
        'Accept-Encoding': 'identity',
        'User-Agent': 'docspace-backup-check',
        ...extra
    };
    if (request.token !== null && url.origin === request.portalOrigin)
        headers.Authorization = `Bearer ${request.token}`;
    return new Promise((resolve, reject) => {
        let outgoing;
        try {
            // The proxy rules, per URL: a redirect or a signed link may lead to another host.
            outgoing = (0,route/* openRequest */.G)({ url, method: 'GET', headers }, { proxy: (0,proxy/* proxyFor */.i)(url, request.proxyVariables), lookup: request.lookup }, signal);
        }
        catch (error) {
            return reject(new Unanswered(`the download from ${url.host} could not start: ${(0,errors/* messageOf */.bD)(error)}`));
        }
        const settle = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
        };
        const stop = (error) => {
            settle();
            outgoing.destroy();
            reject(error);
        };
        const onAbort = () => stop(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        const timer = setTimeout(() => stop(new Unanswered(`no answer from ${url.host} within ${request.timeoutMs / 1000} s`)), request.timeoutMs);
        outgoing.on('error', error => stop(requestProblem(error, url.host)));
        outgoing.on('response', answer => {
            settle();
            resolve(answer);
        });
        outgoing.end();
    });
}

;// CONCATENATED MODULE: ./src/verify/download-stream.ts


/** Yields the body's (decoded) chunks; a body that stops before its end throws a Cut. */
async function* bodyChunks(answer, reading) {
    const { host, timeoutMs, signal, decoder } = reading;
    let received = 0;
    const at = () => reading.before + received;
    let timer;
    const wait = () => {
        timer = setTimeout(() => answer.destroy(new Cut(`no bytes from ${host} for ${timeoutMs / 1000} s, after ${at()} bytes`)), timeoutMs);
    };
    const onAbort = () => void answer.destroy(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    let answerFailed = false;
    answer.on('error', error => {
        answerFailed = true;
        decoder?.stream.destroy(error);
    });
    const source = decoder ? answer.pipe(decoder.stream) : answer;
    try {
        wait();
        for await (const chunk of source) {
            clearTimeout(timer);
            received += chunk.length;
            yield chunk;
            wait();
        }
        if (!answer.complete)
            throw new Cut(`the connection to ${host} closed after ${at()} bytes, before the end`);
    }
    catch (error) {
        if (signal.aborted)
            throw signal.reason;
        if (error instanceof Cut)
            throw error;
        if (decoder && !answerFailed)
            throw new failure/* VerifyFailure */.U('transport', `the storage sent the archive with Content-Encoding ${decoder.name}, which does not decode: ${error.message}`);
        const code = error.code;
        const cause = code === 'ECONNRESET' ? 'was cut' : `failed: ${describe(error, host)}`;
        throw new Cut(`the connection to ${host} ${cause} after ${at()} bytes, before the end`);
    }
    finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        answer.destroy();
        decoder?.stream.destroy();
    }
}

;// CONCATENATED MODULE: ./src/verify/download.ts








class Download {
    settings;
    /** Byte counts the archive must match: Content-Length, unless transport-encoded. */
    expected = [];
    /** Archive bytes handed on so far. */
    received = 0;
    /** The transport encoding decoded on the way (`gzip`, …); `null`: none. */
    decoded = null;
    /** How many times a cut body was picked up again. */
    resumed = 0;
    resumable = null;
    constructor(settings) {
        this.settings = settings;
    }
    async *[Symbol.asyncIterator]() {
        let cut = null;
        for (let retry = 0;; retry++) {
            let chunks;
            try {
                const { answer, url } = await requestArchive(this.settings, cut ? this.range() : {});
                chunks = cut ? this.resume(answer, url, cut) : this.first(answer, url);
            }
            catch (error) {
                if (error instanceof Unanswered && retry < this.settings.retries) {
                    await this.wait(retry, error.retryAfter);
                    continue;
                }
                if (!cut)
                    throw error instanceof Unanswered ? new failure/* VerifyUnavailable */._(error.message) : error;
                if (error instanceof failure/* VerifyFailure */.U || this.settings.signal.aborted)
                    throw error;
                throw new failure/* VerifyFailure */.U('transport', `${cut.message}; resuming it failed: ${(0,errors/* messageOf */.bD)(error)}`);
            }
            try {
                for await (const chunk of chunks) {
                    this.received += chunk.length;
                    yield chunk;
                }
                return;
            }
            catch (error) {
                if (!(error instanceof Cut))
                    throw error;
                const why = this.notResumed(retry);
                if (why)
                    throw new failure/* VerifyFailure */.U('transport', `${error.message} (${why})`);
                cut = error;
                await this.wait(retry);
            }
        }
    }
    /** The first answer: the archive, its announced size and how it could be resumed. */
    first(answer, url) {
        const status = answer.statusCode ?? 0;
        if (status !== 200 && status !== 206) {
            answer.destroy();
            throw statusProblem(status, url.host, header(answer, 'retry-after'));
        }
        const encoding = header(answer, 'content-encoding');
        const coding = (0,body/* codingOf */.mR)(encoding);
        if (coding === undefined) {
            answer.destroy();
            throw new failure/* VerifyUnavailable */._(`the storage sent the archive with Content-Encoding "${encoding}", which the check cannot decode`);
        }
        const length = Number(header(answer, 'content-length') ?? NaN);
        const known = Number.isSafeInteger(length) ? length : null;
        if (coding === 'identity') {
            if (known !== null)
                this.expected.push({ bytes: known, source: `Content-Length from ${url.host}` });
            const validator = strongEtag(header(answer, 'etag')) ?? header(answer, 'last-modified');
            if (validator && header(answer, 'accept-ranges') !== 'none')
                this.resumable = { validator, total: known };
        }
        else
            this.decoded = coding;
        const decoder = coding === 'identity' ? null : { name: coding, stream: (0,body/* decoderFor */.oe)(coding, 0x78) };
        return bodyChunks(answer, this.reading(url, decoder));
    }
    /** A resumed answer must be the rest of the same archive: 206 from the byte asked for. */
    resume(answer, url, cut) {
        const status = answer.statusCode ?? 0;
        const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header(answer, 'content-range') ?? '');
        const total = this.resumable?.total;
        const fits = status === 206 &&
            range !== null &&
            Number(range[1]) === this.received &&
            (total === null || total === undefined || range[2] === String(total));
        if (fits) {
            this.resumed++;
            return bodyChunks(answer, this.reading(url, null));
        }
        answer.destroy();
        const problem = statusProblem(status, url.host, header(answer, 'retry-after'));
        if (problem instanceof Unanswered)
            throw problem;
        const changed = status === 200 ? ' with the whole archive (it changed, or cannot be resumed)' : '';
        throw new failure/* VerifyFailure */.U('transport', `${cut.message}; asked to resume from byte ${this.received}, ${url.host} answered HTTP ${status}${changed}`);
    }
    range() {
        return { Range: `bytes=${this.received}-`, 'If-Range': this.resumable?.validator ?? '' };
    }
    /** Why a cut body is not picked up again; `null` when it is. */
    notResumed(retry) {
        if (this.decoded)
            return 'a transport-encoded download cannot be resumed';
        if (!this.resumable)
            return 'the storage gave no ETag or Last-Modified to resume it by';
        if (retry >= this.settings.retries)
            return `resumed ${this.resumed} ${this.resumed === 1 ? 'time' : 'times'}, retries used up`;
        return null;
    }
    reading(url, decoder) {
        const { timeoutMs, signal } = this.settings;
        return { host: url.host, timeoutMs, signal, before: this.received, decoder };
    }
    wait(retry, retryAfter) {
        const { timing, signal } = this.settings;
        const answer = { status: 0, headers: retryAfter ? { 'retry-after': retryAfter } : {}, body: '' };
        return (0,clock/* sleepUnless */.u)(signal, timing, (0,docspace_retry/* delayBefore */.Lw)(retry, answer, timing));
    }
}
function header(answer, name) {
    const value = answer.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** A strong ETag (If-Range takes no weak one); `undefined` otherwise. */
function strongEtag(etag) {
    return etag && !etag.startsWith('W/') ? etag : undefined;
}

// EXTERNAL MODULE: ./src/docspace/shape-values.ts
var shape_values = __webpack_require__(8132);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/inputs/docspace-id.ts
var docspace_id = __webpack_require__(5915);
;// CONCATENATED MODULE: ./src/verify/locate.ts






const VERIFY_FILE = 'run `docspace-backup-check verify-file PATH` where the archive is';
async function locate(backup, context) {
    switch (codes/* STORAGE_TYPE_NAMES */.KS[backup.storageType]) {
        case 'Documents':
        case 'ThridpartyDocuments':
            return inFolder(backup, context);
        case 'DataStore':
            return dataStoreLink(jobLink(backup, context, 'A temporary (DataStore)'), context.portal);
        case 'ThirdPartyConsumer':
            return signedLink(jobLink(backup, context, 'A third-party storage'));
        case 'Local':
            throw new failure/* VerifyUnavailable */._(`a Local backup is on the server's disk, which no route serves: ${VERIFY_FILE}`);
        case 'CustomCloud':
            throw new failure/* VerifyUnavailable */._(`a Custom cloud backup cannot be fetched through the portal: ${VERIFY_FILE}`);
        default:
            throw new failure/* VerifyUnavailable */._(`storage type ${backup.storageType} is not one the check knows how to fetch: ${VERIFY_FILE}`);
    }
}
/** Documents / third-party documents: the file titled exactly `fileName` in the backup folder. */
async function inFolder(backup, context) {
    const { schedule } = context.facts;
    const scheduled = schedule && schedule.storageType === backup.storageType ? schedule.storageParams.folderId : null;
    const folder = context.folder ?? scheduled ?? null;
    if (!folder)
        throw new failure/* VerifyUnavailable */._('no folder is known for this backup (a manual backup, or none in the schedule): set verify-folder to the id of the folder or room that holds it');
    if (!(0,docspace_id/* isDocSpaceId */.i)(folder))
        throw new failure/* VerifyUnavailable */._(`the schedule's folderId ${quoted(folder)} is not a folder id: set verify-folder to the id of the folder or room that holds the backups`);
    const file = (await listing(folder, backup.fileName, context)).find(entry => entry.title === backup.fileName);
    if (!file)
        throw new failure/* VerifyFailure */.U('transport', `no file titled "${backup.fileName}" in folder ${folder} (Files API): it was moved, renamed or deleted`);
    if (!(0,docspace_id/* isDocSpaceId */.i)(file.id))
        throw new failure/* VerifyUnavailable */._(`the Files API gave the archive the id ${quoted(String(file.id))}, which is not a file id`);
    const url = new URL(`${context.portal.base}/filehandler.ashx`);
    url.searchParams.set('action', 'download');
    url.searchParams.set('fileid', String(file.id));
    const expected = file.size === null ? [] : [{ bytes: file.size, source: `the Files entry (id ${file.id})` }];
    return { url, withToken: true, source: `folder ${folder} at ${context.portal.host}`, expected };
}
/** The folder's files matching the name; a 404 says the folder is gone, anything else that the
 * portal could not say. */
async function listing(folder, fileName, context) {
    try {
        return await context.client.getApi(`files/${encodeURIComponent(folder)}`, { filterValue: fileName }, parseFolderFiles, context.signal);
    }
    catch (error) {
        if (!(error instanceof errors/* NoVerdictError */.Lc))
            throw error;
        if (error.code === 'not-found')
            throw new failure/* VerifyFailure */.U('transport', `folder ${folder} is not on the portal (the Files API answered 404): the backup's folder was deleted, or verify-folder names another`);
        throw new failure/* VerifyUnavailable */._(`the Files API could not say where the archive is: ${error.message}`);
    }
}
/** DataStore / third-party storage: only the latest job's `link`, while it lasts. */
function jobLink(backup, context, what) {
    const { latestJob, latestJobLink } = context.facts;
    const ours = latestJob &&
        codes/* JOB_KINDS */.ik[latestJob.backupProgressEnum] === 'Backup' &&
        (latestJob.taskId === null || latestJob.taskId === backup.id);
    if (!ours || !latestJobLink)
        throw new failure/* VerifyUnavailable */._(`${what} backup can be fetched only through the latest backup job's link, and the latest job is not this backup's or has no link (it lasts 24 hours; a newer job replaces it)`);
    return latestJobLink;
}
/** A DataStore link: relative to the portal (with the token), or absolute (a CDN in front of the
 * storage): with the token on the portal's own origin, without it, and only over https, on any
 * other. */
function dataStoreLink(link, portal) {
    const url = absolute(link, portal.origin, 'the DataStore link');
    const own = url.origin === portal.origin;
    if (!own && !mayLeadTo(url))
        throw new failure/* VerifyUnavailable */._(`the DataStore link leads to ${url.protocol}//${url.host}: another origin than the portal's is fetched only over https`);
    const source = own
        ? `the portal's storage at ${url.host}`
        : `the DataStore link's host ${url.host}`;
    return { url, withToken: own, source, expected: [] };
}
/** A third-party storage link: signed, fetched as written (http too: a storage set to use http
 * has no https), never with the token. */
function signedLink(link) {
    const url = absolute(link, undefined, 'the third-party storage link');
    const plain = url.protocol === 'http:' ? ', over plain http' : '';
    return { url, withToken: false, source: `a presigned link at ${url.host}${plain}`, expected: [] };
}
function absolute(link, base, what) {
    let url;
    try {
        url = new URL(link, base);
    }
    catch {
        throw new failure/* VerifyUnavailable */._(`${what} is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new failure/* VerifyUnavailable */._(`${what} is not http(s)`);
    return url;
}
/** A portal value in a message: bounded. */
function quoted(value) {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
function parseFolderFiles(payload) {
    const files = payload?.files;
    if (!Array.isArray(files))
        throw new shape_values/* ShapeError */.ym('is not a folder\'s contents (no "files" list)');
    return files.flatMap(item => {
        if (typeof item !== 'object' || item === null)
            return [];
        const { id, title, pureContentLength } = item;
        if (typeof title !== 'string' || (typeof id !== 'string' && typeof id !== 'number'))
            return [];
        const size = typeof pureContentLength === 'number' && Number.isSafeInteger(pureContentLength)
            ? pureContentLength
            : null;
        return [{ id, title, size }];
    });
}

// EXTERNAL MODULE: ./src/verify/outcome.ts
var verify_outcome = __webpack_require__(6889);
;// CONCATENATED MODULE: ./src/verify/index.ts






async function verifyNewest(client, settings, facts, newest) {
    const { timing } = settings;
    const started = timing.now();
    const seconds = () => Math.round((timing.now() - started) / 100) / 10;
    const deadline = AbortSignal.timeout(settings.verifyTimeoutMs);
    const subject = {
        backupId: newest.id,
        fileName: newest.fileName,
        storageType: newest.storageType,
        source: null
    };
    const check = new archive_check/* ArchiveCheck */.t(settings.dump);
    let download = null;
    const outcome = async () => {
        const folder = settings.verifyFolder;
        const context = { client, portal: settings.portal, facts, folder, signal: deadline };
        const location = await locate(newest, context);
        subject.source = location.source;
        download = startDownload(location, settings, deadline);
        for await (const chunk of download) {
            await check.write(chunk);
            // Once a level has failed, more bytes cannot change the verdict: stop reading.
            if (check.decided)
                break;
        }
        if (download.decoded)
            subject.source += ` (sent with Content-Encoding ${download.decoded})`;
        const expected = check.decided ? [] : [...location.expected, ...download.expected];
        const jobWarning = facts.latestJob?.warning ?? null;
        return (0,verify_outcome/* verified */.zr)(subject, await check.end(expected), seconds(), jobWarning);
    };
    let verification;
    try {
        verification = await outcome();
    }
    catch (thrown) {
        let error = thrown;
        if (deadline.aborted) {
            const read = download;
            const when = read
                ? `before the check ended, after ${read.received} bytes`
                : 'while the portal was asked where the archive is';
            const limit = settings.verifyTimeoutMs / 1000;
            error = new failure/* VerifyUnavailable */._(`verify-timeout (${limit} s) passed ${when}`);
        }
        if (error instanceof failure/* VerifyUnavailable */._)
            verification = (0,verify_outcome/* unavailable */.hU)(subject, error, seconds());
        else if (error instanceof failure/* VerifyFailure */.U)
            verification = (0,verify_outcome/* failed */.gz)(subject, error, check.levels, seconds());
        else
            throw error;
    }
    // Messages are built from hosts, but a link's whole text and query stay secrets anyway.
    const secrets = linkSecrets(facts.latestJobLink);
    const message = verification.message && (0,portal_text/* redact */.E)(verification.message, secrets);
    return { ...verification, message };
}
function startDownload(location, settings, signal) {
    const { url, withToken } = location;
    if (url.protocol === 'http:' && url.origin !== settings.portal.origin)
        settings.log(`Restore check: the archive comes from ${url.host} over plain http, as its link says: unencrypted on the way (the storage is set to use http).`);
    return new Download({
        url,
        token: withToken ? settings.token : null,
        portalOrigin: settings.portal.origin,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries,
        timing: settings.timing,
        signal,
        proxyVariables: settings.proxyVariables,
        lookup: settings.lookup
    });
}
/** The link, and every value of its query (`auth=`, `X-Amz-Signature=`, …). */
function linkSecrets(link) {
    if (!link)
        return [];
    const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : '';
    const values = query.split('&').flatMap(pair => {
        const raw = pair.slice(pair.indexOf('=') + 1);
        try {
            return [raw, decodeURIComponent(raw.replace(/\+/g, ' '))];
        }
        catch {
            return [raw];
        }
    });
    return [link, query, ...values].filter(value => value.length >= 4);
}


/***/ })

};
