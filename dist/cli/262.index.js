export const id = 262;
export const ids = [262];
export const modules = {

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyNewest: () => (/* binding */ verifyNewest)
});

// EXTERNAL MODULE: ./src/docspace/portal-text.ts
var portal_text = __webpack_require__(150);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/report/verification.ts
var verification = __webpack_require__(383);
// EXTERNAL MODULE: ./src/verify/archive-check.ts + 7 modules
var archive_check = __webpack_require__(305);
// EXTERNAL MODULE: ./src/docspace/proxy.ts + 1 modules
var proxy = __webpack_require__(724);
// EXTERNAL MODULE: ./src/docspace/route.ts
var docspace_route = __webpack_require__(877);
;// CONCATENATED MODULE: ./src/verify/download-problem.ts
// Why a download stopped, and the handle that stops it: shared by the request, the body
// stream and the redirect rules without importing one another.
/** The download could not run to its end: a message for people (hosts only). */
class DownloadProblem extends Error {
    kind;
    constructor(message, 
    /** `deadline`: verify-timeout passed (verify-unavailable); else the archive is unreadable. */
    kind = 'unreadable') {
        super(message);
        this.kind = kind;
        this.name = 'DownloadProblem';
    }
}
/** A socket error with its code, for messages. */
function describe(error) {
    return error.code ? `${error.code}: ${error.message}` : error.message;
}

;// CONCATENATED MODULE: ./src/verify/download-stream.ts


/** Feeds the body to the check, one chunk at a time; `timeoutMs` bounds each wait for bytes. */
function stream(answer, url, timeoutMs, check, cancel) {
    return new Promise((resolve, reject) => {
        let received = 0;
        let timer;
        let done = false;
        const finish = (problem) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            if (problem) {
                answer.destroy();
                reject(problem);
            }
            else
                resolve();
        };
        const wait = () => {
            clearTimeout(timer);
            timer = setTimeout(() => finish(new DownloadProblem(`no bytes from ${url.host} for ${timeoutMs / 1000} s, after ${received} bytes`)), timeoutMs);
        };
        cancel.stop = problem => finish(problem);
        answer.on('data', (chunk) => {
            received += chunk.length;
            clearTimeout(timer);
            answer.pause();
            check.write(chunk).then(() => {
                if (done)
                    return;
                wait();
                answer.resume();
            }, error => finish(new DownloadProblem((0,errors/* messageOf */.bD)(error))));
        });
        answer.on('end', () => finish());
        answer.on('error', error => finish(new DownloadProblem(`the connection to ${url.host} failed after ${received} bytes: ${describe(error)}`)));
        answer.on('close', () => {
            if (!answer.complete)
                finish(new DownloadProblem(`the connection to ${url.host} closed after ${received} bytes, before the end`));
        });
        wait();
    });
}

;// CONCATENATED MODULE: ./src/verify/redirect-target.ts
// Where a redirect may lead: https anywhere, plain http only to this machine.

function redirectTarget(from, location) {
    let target;
    try {
        target = new URL(location, from);
    }
    catch {
        throw new DownloadProblem(`${from.host} redirected to an address that is not a URL`);
    }
    if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopback(target.hostname)))
        throw new DownloadProblem(`${from.host} redirected to ${target.protocol}//${target.host}, not https`);
    return target;
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

;// CONCATENATED MODULE: ./src/verify/download.ts






const MAX_REDIRECTS = 5;
/** Streams the archive at `request.url` into `check`; the byte counts it must match, or throws. */
async function download(request, check, cancel) {
    let url = request.url;
    for (let redirects = 0;; redirects++) {
        const answer = await download_open(url, request, cancel);
        const status = answer.statusCode ?? 0;
        if (status >= 300 && status < 400 && answer.headers.location) {
            answer.destroy();
            if (redirects === MAX_REDIRECTS)
                throw new DownloadProblem(`more than ${MAX_REDIRECTS} redirects, the last from ${url.host}`);
            url = redirectTarget(url, answer.headers.location);
            continue;
        }
        if (status !== 200 && status !== 206) {
            answer.destroy();
            throw new DownloadProblem(`the download from ${url.host} answered HTTP ${status}${statusHint(status)}`);
        }
        await stream(answer, url, request.timeoutMs, check, cancel);
        const declared = Number(answer.headers['content-length']);
        return Number.isSafeInteger(declared) && answer.headers['content-length'] !== undefined
            ? [{ bytes: declared, source: `Content-Length from ${url.host}` }]
            : [];
    }
}
function download_open(url, request, cancel) {
    const headers = { Accept: '*/*', 'User-Agent': 'docspace-backup-check' };
    if (request.token !== null && url.origin === request.portalOrigin)
        headers.Authorization = `Bearer ${request.token}`;
    return new Promise((resolve, reject) => {
        // The proxy rules, per URL: a redirect or a presigned link may lead to another host
        // (loopback and no_proxy hosts go straight).
        let outgoing;
        const abort = new AbortController();
        try {
            const route = { proxy: (0,proxy/* proxyFor */.i)(url, request.proxyVariables), lookup: request.lookup };
            outgoing = (0,docspace_route/* openRequest */.G)({ url, method: 'GET', headers }, route, abort.signal);
        }
        catch (error) {
            return reject(new DownloadProblem(`the download from ${url.host} could not start: ${(0,errors/* messageOf */.bD)(error)}`));
        }
        const fail = (problem) => {
            abort.abort();
            outgoing.destroy();
            reject(problem);
        };
        cancel.stop = fail;
        outgoing.setTimeout(request.timeoutMs, () => fail(new DownloadProblem(`no answer from ${url.host} within ${request.timeoutMs / 1000} s`)));
        outgoing.on('error', error => fail(new DownloadProblem(`the download from ${url.host} failed: ${describe(error)}`)));
        outgoing.on('response', answer => {
            outgoing.setTimeout(0);
            resolve(answer);
        });
        outgoing.end();
    });
}
function statusHint(status) {
    if (status === 401 || status === 403)
        return ': the key may not read this file (it needs files:read or *:read, and a DocSpace admin)';
    if (status === 404)
        return ': the archive is gone from the storage';
    return '';
}

// EXTERNAL MODULE: ./src/verify/failure.ts
var verify_failure = __webpack_require__(167);
// EXTERNAL MODULE: ./src/docspace/shapes.ts + 1 modules
var shapes = __webpack_require__(330);
;// CONCATENATED MODULE: ./src/verify/locate.ts


const VERIFY_FILE = 'run `docspace-backup-check verify-file PATH` where the archive is';
async function locate(backup, context) {
    switch (backup.storageType) {
        case 0:
        case 1:
            return inFolder(backup, context);
        case 4:
        case 5:
            return jobLink(backup, context);
        case 3:
            return unavailable(`a Local backup is on the server's disk, which no route serves: ${VERIFY_FILE}`);
        default:
            return unavailable(`a Custom cloud backup cannot be fetched through the portal: ${VERIFY_FILE}`);
    }
}
/** Documents / third-party documents: the file titled exactly `fileName` in the backup folder. */
async function inFolder(backup, context) {
    const { schedule } = context.facts;
    const scheduled = schedule && schedule.storageType === backup.storageType ? schedule.storageParams.folderId : null;
    const folder = context.folder ?? scheduled ?? null;
    if (!folder)
        return unavailable('no folder is known for this backup (a manual backup, or none in the schedule): set verify-folder to the id of the folder or room that holds it');
    const listing = await context.client.getApi(`files/${encodeURIComponent(folder)}`, { filterValue: backup.fileName }, parseFolderFiles);
    const file = listing.find(entry => entry.title === backup.fileName);
    if (!file)
        throw new DownloadProblem(`no file titled "${backup.fileName}" in folder ${folder} (Files API): it was moved, renamed or deleted`);
    const url = new URL(`${context.portal.base}/filehandler.ashx`);
    url.searchParams.set('action', 'download');
    url.searchParams.set('fileid', String(file.id));
    const expected = file.size === null ? [] : [{ bytes: file.size, source: `the Files entry (id ${file.id})` }];
    return {
        kind: 'download',
        url,
        withToken: true,
        source: `folder ${folder} at ${context.portal.host}`,
        expected
    };
}
/** DataStore / third-party storage: only the latest job's `link`, while it lasts. */
function jobLink(backup, context) {
    const { latestJob, latestJobLink } = context.facts;
    const what = backup.storageType === 4 ? 'A temporary (DataStore)' : 'A third-party storage';
    const ours = latestJob &&
        latestJob.backupProgressEnum === 0 &&
        (latestJob.taskId === null || latestJob.taskId === backup.id);
    if (!ours || !latestJobLink)
        return unavailable(`${what} backup can be fetched only through the latest backup job's link, and the latest job is not this backup's or has no link (it lasts 24 hours; a newer job replaces it)`);
    if (backup.storageType === 4) {
        if (!latestJobLink.startsWith('/'))
            return unavailable('the DataStore link is not relative to the portal');
        const url = new URL(latestJobLink, context.portal.origin);
        return {
            kind: 'download',
            url,
            withToken: true,
            source: `the portal's storage at ${url.host}`,
            expected: []
        };
    }
    let url;
    try {
        url = new URL(latestJobLink);
    }
    catch {
        return unavailable('the third-party storage link is not an absolute URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return unavailable('the third-party storage link is not http(s)');
    // Over https even when the worker wrote http (it has no request to tell); the port is kept.
    const port = url.port;
    url.protocol = 'https:';
    url.port = port;
    return {
        kind: 'download',
        url,
        withToken: false,
        source: `a presigned link at ${url.host}`,
        expected: []
    };
}
function unavailable(message) {
    return { kind: 'unavailable', message };
}
function parseFolderFiles(payload) {
    const files = payload?.files;
    if (!Array.isArray(files))
        throw new shapes/* ShapeError */.ym('is not a folder\'s contents (no "files" list)');
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
var outcome = __webpack_require__(889);
;// CONCATENATED MODULE: ./src/verify/index.ts









async function verifyNewest(client, settings, facts, newest, now) {
    if (!newest)
        return (0,verification/* nothingToVerify */.QA)('there is no usable backup to verify');
    const started = now();
    const subject = {
        backupId: newest.id,
        fileName: newest.fileName,
        storageType: newest.storageType,
        source: null
    };
    // Every message is built from hosts, but a link's whole text and query stay secrets anyway.
    const secrets = linkSecrets(facts.latestJobLink);
    const clean = (message) => (0,portal_text/* redact */.E)(message, secrets);
    const seconds = () => Math.round((now() - started) / 100) / 10;
    const check = new archive_check/* ArchiveCheck */.t(settings.dump);
    const cancel = {};
    let timedOut = false;
    const deadline = setTimeout(() => {
        timedOut = true;
        cancel.stop?.(new DownloadProblem(`verify-timeout (${settings.verifyTimeoutMs / 1000} s) passed before the check ended`, 'deadline'));
    }, settings.verifyTimeoutMs);
    try {
        const location = await locate(newest, {
            client,
            portal: settings.portal,
            facts,
            folder: settings.verifyFolder
        });
        if (location.kind === 'unavailable')
            return (0,outcome/* unavailable */.hU)(subject, clean(location.message), seconds());
        subject.source = location.source;
        if (timedOut)
            throw new DownloadProblem(`verify-timeout (${settings.verifyTimeoutMs / 1000} s) passed before the download began`, 'deadline');
        const request = {
            url: location.url,
            token: location.withToken ? settings.token : null,
            portalOrigin: settings.portal.origin,
            timeoutMs: settings.timeoutMs,
            proxyVariables: settings.proxyVariables,
            lookup: settings.lookup
        };
        const declared = await download(request, check, cancel);
        return (0,outcome/* verified */.zr)(subject, await check.end([...location.expected, ...declared]), seconds(), facts.latestJob?.warning ?? null);
    }
    catch (error) {
        if (error instanceof DownloadProblem && error.kind === 'deadline')
            return (0,outcome/* unavailable */.hU)(subject, clean(error.message), seconds());
        if (error instanceof DownloadProblem)
            check.abort(clean(error.message));
        else if (error instanceof errors/* NoVerdictError */.Lc)
            check.abort(`the Files API: ${clean(error.message)}`);
        else if (!(error instanceof verify_failure/* VerifyFailure */.U))
            throw error;
        const failure = error instanceof verify_failure/* VerifyFailure */.U ? error : await failureOf(check);
        return (0,outcome/* failed */.gz)(subject, new verify_failure/* VerifyFailure */.U(failure.level, clean(failure.message)), check.levels, seconds());
    }
    finally {
        clearTimeout(deadline);
    }
}
async function failureOf(check) {
    try {
        await check.end();
    }
    catch (error) {
        if (error instanceof verify_failure/* VerifyFailure */.U)
            return error;
        return new verify_failure/* VerifyFailure */.U('transport', (0,errors/* messageOf */.bD)(error));
    }
    return new verify_failure/* VerifyFailure */.U('transport', 'the download did not complete');
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
