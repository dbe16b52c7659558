export const id = 542;
export const ids = [542];
export const modules = {

/***/ 8542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ DEMO_TOKEN),
  O: () => (/* binding */ demoPortal)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/fake-docspace/envelopes.ts
// The envelopes DocSpace wraps every answer in (docs/DOCSPACE-API.md): success, error, and
// the 400 of model binding.

/** A `SuccessApiResponse` body around an already serialized payload (`undefined`: none). */
function successBody(payloadJson, count, href, action) {
    const response = payloadJson === undefined ? '' : `"response":${payloadJson},`;
    const links = JSON.stringify([{ href, action }]);
    return `{${response}"count":${count},"links":${links},"status":0,"statusCode":200}`;
}
/** The `count` rule of the envelope: a list's length, 0 for none, 1 for anything else. */
function envelopeCount(payload) {
    if (Array.isArray(payload))
        return payload.length;
    return payload === null || payload === undefined ? 0 : 1;
}
/** An `ErrorApiResponse`, as thrown exceptions are answered (docs/DOCSPACE-API.md). */
function errorEnvelope(statusCode, message, type) {
    const stack = `   at ${type}..ctor()\n   at ASC.Data.Backup.BackupController.Invoke()`;
    return { error: { message, type, stack, hresult: -2146233088 }, status: 1, statusCode };
}
/** A 400 from model binding: a `ValidationProblemDetails` inside the success envelope. */
function validationProblem(field, value, href, action) {
    const problem = {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { [field]: [`The value '${value}' is not valid.`] },
        traceId: `00-${(0,external_node_crypto_.randomUUID)().replaceAll('-', '')}-0000000000000001-00`
    };
    return { response: problem, count: 1, links: [{ href, action }], status: 1, statusCode: 400 };
}

;// CONCATENATED MODULE: ./src/fake-docspace/send.ts

const JSON_TYPE = 'application/json; charset=utf-8';
/** Sends a complete answer with a Content-Length. */
function send(res, status, body = '', headers = {}) {
    res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
}
function sendJson(res, status, body) {
    send(res, status, JSON.stringify(body) ?? '', { 'content-type': JSON_TYPE });
}
/** A 200 `SuccessApiResponse` around a serialized payload (`undefined`: none). */
function sendSuccess(res, payloadJson, count, href, method) {
    send(res, 200, successBody(payloadJson, count, href, method), { 'content-type': JSON_TYPE });
}
/** A 200 `SuccessApiResponse` around a payload; `null` is left out, as the server does. */
function sendPayload(res, value, href, method) {
    const json = value === null || value === undefined ? undefined : JSON.stringify(value);
    sendSuccess(res, json, envelopeCount(value), href, method);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/fake-docspace/archive/serve-bytes.ts

const PIECE = 64 * 1024;
const LAST_MODIFIED = 'Mon, 01 Jun 2026 02:00:07 GMT';
function serveBytes(req, res, served, type = 'application/gzip') {
    const headers = { 'content-type': type, 'accept-ranges': 'bytes' };
    const validators = served.validators ?? 'both';
    const etag = served.etag ?? '"a1b2c3d4e5f6-archive"';
    if (validators === 'etag' || validators === 'both')
        headers.etag = etag;
    if (validators === 'last-modified' || validators === 'both')
        headers['last-modified'] = LAST_MODIFIED;
    if (served.endless)
        return serveEndless(res, served.bytes, { ...headers, 'content-type': type });
    const encoded = served.transportEncoding === 'gzip' ? (0,external_node_zlib_.gzipSync)(served.bytes) : served.bytes;
    if (served.transportEncoding)
        headers['content-encoding'] = served.transportEncoding;
    const range = wantedRange(req, encoded.length, served, etag);
    if (range === 'unsatisfiable') {
        res.writeHead(416, { 'content-range': `bytes */${encoded.length}`, 'content-length': '0' });
        return void res.end();
    }
    const { start, end } = range ?? { start: 0, end: encoded.length - 1 };
    if (range)
        headers['content-range'] = `bytes ${start}-${end}/${encoded.length}`;
    const body = encoded.subarray(start, end + 1);
    if (served.contentLength !== 'none')
        headers['content-length'] = String(served.contentLength ?? body.length);
    res.writeHead(range ? 206 : 200, headers);
    if (req.method === 'HEAD')
        return void res.end();
    const cutAt = served.cutsAt?.find(at => at > start);
    if (cutAt !== undefined)
        served.cutsAt = served.cutsAt?.filter(at => at !== cutAt);
    const cut = cutAt !== undefined ? cutAt - start : served.cutAfter;
    sendBody(res, body, { ...served, cutAfter: cut });
}
/** The range asked for and granted: `null` for the whole archive. */
function wantedRange(req, size, served, etag) {
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (served.ignoresRange || !range || !(range[1] || range[2]))
        return null;
    const ifRange = req.headers['if-range'];
    if (ifRange !== undefined && ifRange !== etag && ifRange !== LAST_MODIFIED)
        return null;
    const start = range[1] ? Number(range[1]) : size - Number(range[2]);
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    return start > end ? 'unsatisfiable' : { start, end };
}
function sendBody(res, body, served) {
    const limit = Math.min(body.length, served.stallAfter ?? Infinity, served.cutAfter ?? Infinity);
    const piece = served.trickle?.bytes ?? PIECE;
    let at = 0;
    const next = () => {
        if (res.destroyed)
            return;
        while (at < limit) {
            const chunk = body.subarray(at, Math.min(limit, at + piece));
            at += chunk.length;
            const more = res.write(chunk);
            if (served.trickle)
                return void setTimeout(next, served.trickle.delayMs).unref();
            if (!more)
                return void res.once('drain', next);
        }
        if (served.cutAfter !== undefined && served.cutAfter < body.length)
            // Once what was sent has left, as a cut connection does mid-body.
            return void res.write('', () => res.destroy());
        if (served.stallAfter !== undefined && served.stallAfter < body.length)
            return;
        res.end();
    };
    next();
}
/** The same bytes again and again (a login page that never ends), until the client leaves. */
function serveEndless(res, bytes, headers) {
    delete headers['accept-ranges'];
    res.writeHead(200, headers);
    const next = () => {
        while (!res.destroyed)
            if (!res.write(bytes))
                return void res.once('drain', next);
    };
    next();
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/archive-routes.ts



const STORAGE_AUTH = '1780279207000.c2lnbmF0dXJlLW9mLXRoZS1saW5r';
/** Answers an archive route; `false` when the path is not one of them. */
function answerArchiveRoute(req, res, url, context) {
    const path = url.pathname;
    const files = /^\/api\/2\.0\/files\/(?:file\/([^/]+)(\/presigneduri)?|([^/]+))\/?$/i.exec(path);
    const isHandler = /^\/filehandler\.ashx$/i.test(path);
    const storage = /^\/storage\/backup\/root\/(.+)$/i.exec(path);
    if (!files && !isHandler && !storage)
        return false;
    const authorized = req.headers.authorization === `Bearer ${context.token}`;
    const { archive } = context;
    if (storage) {
        const ok = authorized &&
            context.role === 'admin' &&
            url.searchParams.get('auth') === (archive?.storageAuth ?? STORAGE_AUTH);
        if (!ok)
            return (send(res, 403, 'Forbidden'), true);
        if (!archive || decodeURIComponent(storage[1]) !== context.fileName)
            return (send(res, 404, 'Not found'), true);
        return (download(req, res, archive), true);
    }
    if (!authorized)
        return (send(res, 401), true);
    const fileId = archive?.fileId ?? '5678';
    const title = archive?.title ?? context.fileName;
    const size = archive ? (archive.pureContentLength ?? archive.bytes.length) : 0;
    const dto = {
        id: /^\d+$/.test(fileId) ? Number(fileId) : fileId,
        title,
        pureContentLength: size,
        contentLength: `${Math.ceil(size / 1024)} KB`,
        fileExst: '.gz',
        version: 1,
        viewUrl: `${context.origin}/filehandler.ashx?action=download&fileid=${fileId}`
    };
    if (isHandler) {
        if (!archive || url.searchParams.get('fileid') !== fileId)
            return (send(res, 404, '<html><body>File not found</body></html>', { 'content-type': 'text/html' }),
                true);
        if (archive.redirectTo) {
            const { redirectTo } = archive;
            const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
            const location = typeof redirectTo === 'string' ? redirectTo : redirectTo(bearer);
            return (send(res, 302, '', { location }), true);
        }
        return (download(req, res, archive), true);
    }
    const [, fileRoute, presigned, folder] = files;
    const href = url.href;
    if (fileRoute !== undefined) {
        if (!archive || decodeURIComponent(fileRoute) !== fileId)
            return (sendJson(res, 404, errorEnvelope(404, 'The required file was not found', 'System.IO.FileNotFoundException')),
                true);
        const payload = presigned
            ? `${context.origin}/filehandler.ashx?action=stream&fileid=${fileId}&version=1&stream_auth=${STORAGE_AUTH}`
            : dto;
        return (send(res, 200, successBody(JSON.stringify(payload), 1, href, 'GET'), {
            'content-type': 'application/json; charset=utf-8'
        }),
            true);
    }
    if (decodeURIComponent(folder) !== (archive?.folderId ?? '1234'))
        return (sendJson(res, 404, errorEnvelope(404, 'The required folder was not found', 'System.IO.DirectoryNotFoundException')),
            true);
    const filter = url.searchParams.get('filterValue') ?? '';
    // A near-miss beside the archive: the match must be on the exact title.
    const decoy = {
        ...dto,
        id: 9999,
        title: `copy of ${title}`,
        viewUrl: `${context.origin}/filehandler.ashx?action=download&fileid=9999`
    };
    const listed = (archive ? [decoy, dto] : []).filter(file => file.title.toLowerCase().includes(filter.toLowerCase()));
    const content = {
        files: listed,
        folders: [],
        current: { id: Number(archive?.folderId ?? 1234), title: 'Backups' },
        pathParts: [],
        startIndex: 0,
        count: listed.length,
        total: listed.length
    };
    return (send(res, 200, successBody(JSON.stringify(content), listed.length, href, 'GET'), {
        'content-type': 'application/json; charset=utf-8'
    }),
        true);
}
function download(req, res, archive) {
    if (archive.status)
        return send(res, archive.status, '<!DOCTYPE html><html><body>Error</body></html>', {
            'content-type': 'text/html'
        });
    serveBytes(req, res, archive);
}

;// CONCATENATED MODULE: ./src/fake-docspace/echo.ts
// The ways a careless portal quotes a received secret back (in an error message, a job's error):
// as sent, percent-encoded, or base64-encoded, whole or inside a longer encoded string.
const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const base64url = (text) => Buffer.from(text, 'utf8').toString('base64url');
const tokenOf = (authorization) => authorization.replace(/^Bearer /, '');
/** Each encoding, applied to the received `Authorization` value (`Bearer <token>`). */
const ECHO_ENCODINGS = {
    'as-sent': (authorization) => authorization,
    percent: (authorization) => encodeURIComponent(authorization),
    'percent-lower': (authorization) => encodeURIComponent(authorization).replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase()),
    /** Every byte escaped, letters and digits too. */
    'percent-all': (authorization) => [...Buffer.from(authorization, 'utf8')]
        .map(byte => `%${byte.toString(16).padStart(2, '0')}`)
        .join(''),
    uri: (authorization) => encodeURI(authorization),
    /** As a form field: the space becomes `+`. */
    form: (authorization) => new URLSearchParams({ a: authorization }).toString().slice(2),
    base64: (authorization) => base64(authorization),
    base64url: (authorization) => base64url(authorization),
    'base64-token': (authorization) => base64(tokenOf(authorization)),
    'base64url-token': (authorization) => base64url(tokenOf(authorization)),
    /** MIME style: lines of 76 characters. */
    'base64-lines': (authorization) => base64(authorization).replace(/.{76}/g, line => `${line}\r\n`),
    // Inside a longer string, the token starting at each of the three byte offsets mod 3.
    'base64-inside-0': (authorization) => base64(`id:${tokenOf(authorization)};x`),
    'base64-inside-1': (authorization) => base64(`usr:${tokenOf(authorization)};xy`),
    'base64-inside-2': (authorization) => base64url(`u:${tokenOf(authorization)};`)
};

;// CONCATENATED MODULE: ./src/fake-docspace/faults.ts



const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>ONLYOFFICE DocSpace</title></head>' +
    '<body><form method="post" action="/login"><input name="email"><input name="password" ' +
    'type="password"><button>Sign in</button></form></body></html>';
const PADDING_RECORD = '{"id":"00000000-0000-0000-0000-000000000000","fileName":"padding_2026-01-01_00-00-00.tar.gz",' +
    '"storageType":0,"createdOn":"2026-01-01T00:00:00","expiresOn":"0001-01-01T00:00:00"}';
const PADDING_CHUNK = `${PADDING_RECORD},`.repeat(Math.ceil(65536 / (PADDING_RECORD.length + 1)));
/**
 * Answers `fault`. Resolves `true` when the request is dealt with, `false` when it should still
 * get its normal answer (after a delay).
 */
async function applyFault(fault, req, res, sleep) {
    switch (fault.kind) {
        case 'status':
            sendStatus(res, fault);
            return true;
        case 'reset':
            req.socket.destroy();
            return true;
        case 'hang':
            return true;
        case 'delay':
            await sleep(fault.ms);
            return false;
        case 'truncated':
            sendTruncated(res);
            return true;
        case 'html':
            send(res, 200, LOGIN_PAGE, { 'content-type': 'text/html; charset=utf-8' });
            return true;
        case 'huge':
            await streamHuge(res, fault.bytes);
            return true;
        case 'redirect':
            send(res, fault.status ?? 302, '', { location: fault.location });
            return true;
        case 'json':
            sendJson(res, 200, fault.body);
            return true;
        case 'echo-auth':
            sendJson(res, fault.status, echoAuth(fault.status, ECHO_ENCODINGS[fault.encoding ?? 'as-sent'](req.headers.authorization ?? '')));
            return true;
    }
}
function sendStatus(res, fault) {
    if (Buffer.isBuffer(fault.body)) {
        send(res, fault.status, fault.body, { 'content-type': JSON_TYPE, ...fault.headers });
    }
    else if (typeof fault.body === 'object') {
        send(res, fault.status, JSON.stringify(fault.body), {
            'content-type': JSON_TYPE,
            ...fault.headers
        });
    }
    else if (fault.body) {
        send(res, fault.status, fault.body, {
            'content-type': 'text/plain; charset=utf-8',
            ...fault.headers
        });
    }
    else {
        send(res, fault.status, '', fault.headers);
    }
}
function echoAuth(status, authorization) {
    const message = `The access token "${authorization}" is not valid for this portal`;
    return errorEnvelope(status, message, 'System.Security.Authentication.AuthenticationException');
}
// Chunked with no Content-Length, so the client sees a complete answer that is not JSON.
function sendTruncated(res) {
    const whole = `{"response":[${PADDING_RECORD},${PADDING_RECORD}],"count":2,"status":0,"statusCode":200}`;
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(whole.slice(0, whole.length >> 1));
}
async function streamHuge(res, bytes) {
    const tail = `${PADDING_RECORD}],"count":0,"links":[],"status":0,"statusCode":200}`;
    let closed = false;
    res.once('close', () => (closed = true));
    res.writeHead(200, { 'content-type': JSON_TYPE });
    let written = 13;
    res.write('{"response":[');
    while (!closed && written + tail.length < bytes) {
        written += PADDING_CHUNK.length;
        if (!res.write(PADDING_CHUNK))
            await drainOrClose(res);
    }
    if (!closed)
        res.end(tail);
}
function drainOrClose(res) {
    return new Promise(resolve => {
        const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
        };
        res.on('drain', done);
        res.on('close', done);
    });
}

;// CONCATENATED MODULE: ./src/fake-docspace/recorded-request.ts
const BACKUP_PATH = /^(.*?)\/api\/2\.0\/backup\/(.+?)\/?$/i;
function recordRequest(req, url, body) {
    const match = BACKUP_PATH.exec(url.pathname);
    const prefix = match?.[1] ?? '';
    const query = {};
    for (const [name, value] of url.searchParams)
        query[name.toLowerCase()] ??= value;
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return {
        method: req.method ?? 'GET',
        path: url.pathname.slice(prefix.length),
        route: match?.[2]?.toLowerCase() ?? '',
        prefix,
        query,
        headers,
        body,
        at: Date.now()
    };
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./src/fake-docspace/wire.ts
// DocSpace backup data as it travels on the wire (docs/DOCSPACE-API.md): camelCase, numeric
// enums, UTC dates without `Z`, `0001-01-01T00:00:00` for "never", nulls left out.

/** `DateTime.MinValue`: the "never" sentinel of `expiresOn` and `lastBackupTime`. */
const NEVER = '0001-01-01T00:00:00';
/** BackupStorageType as the server numbers it (sic "Thrid"); DataStore is temporary storage. */
const STORAGE_TYPE = {
    Documents: 0,
    ThridpartyDocuments: 1,
    CustomCloud: 2,
    Local: 3,
    DataStore: 4,
    ThirdPartyConsumer: 5
};
/** BackupProgressEnum: what kind of job a progress describes. */
const JOB_KIND = { Backup: 0, Restore: 1, Transfer: 2 };
/** DistributedTaskStatus (DocSpace 3.7+; sic "Failted"): where a job is. */
const TASK_STATUS = { Created: 0, Running: 1, Completed: 2, Canceled: 3, Failted: 4 };
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A UTC date as System.Text.Json writes a .NET DateTime: without `Z` by default (MySQL gives
 * `Kind=Unspecified`); `z` adds it and `fraction` adds 7 fractional digits (PostgreSQL).
 */
function wire_wireDate(date, opts = {}) {
    const iso = date.toISOString();
    const fraction = opts.fraction ? `${iso.slice(19, 23)}0000` : '';
    return `${iso.slice(0, 19)}${fraction}${opts.z ? 'Z' : ''}`;
}
/** `{alias}_{yyyy-MM-dd_HH-mm-ss}.tar.gz`, as the backup worker names archives. */
function backupFileName(alias, createdOn) {
    return fileNameFromIso(alias, createdOn.toISOString());
}
function fileNameFromIso(alias, iso) {
    return `${alias}_${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '-')}.tar.gz`;
}
/** A history record; only temporary storage (DataStore) backups expire, a day after creation. */
function wire_makeRecord(opts) {
    const storageType = opts.storageType ?? STORAGE_TYPE.Documents;
    // One toISOString per record: the benchmark builds 100,000 of them.
    const iso = opts.createdOn.toISOString();
    const expires = () => wire_wireDate(new Date(opts.createdOn.getTime() + DAY_MS));
    return {
        id: opts.id ?? (0,external_node_crypto_.randomUUID)(),
        fileName: opts.fileName ?? fileNameFromIso(opts.alias ?? 'myportal', iso),
        storageType,
        createdOn: iso.slice(0, 19),
        expiresOn: storageType === STORAGE_TYPE.DataStore ? expires() : NEVER
    };
}
/** The progress `startbackup` answers: a fresh job of this tenant, just queued (`Created`, 0, as
 * the OpenAPI description says; the first poll finds it `Running`). */
function queuedProgress(taskId) {
    const job = { isCompleted: false, progress: 0, error: '', link: '', tenantId: 1 };
    return { ...job, backupProgressEnum: JOB_KIND.Backup, status: TASK_STATUS.Created, taskId };
}

;// CONCATENATED MODULE: ./src/fake-docspace/backup-request.ts
// The `startbackup` body bound as ASP.NET binds it, or the 400 it would answer instead.


/**
 * Binds a `startbackup` body as ASP.NET would: enum names (any case) or numbers, params as an
 * array of `{key, value}`. Returns the 400 body instead when it would not bind.
 */
function parseBackupRequest(body, href) {
    const invalid = (field, value) => ({
        invalid: validationProblem(field, JSON.stringify(value) ?? '', href, 'POST')
    });
    let dto;
    try {
        dto = JSON.parse(body || '{}');
    }
    catch {
        return invalid('$', body);
    }
    if (typeof dto !== 'object' || dto === null || Array.isArray(dto))
        return invalid('$', dto);
    const storageType = bindStorageType(dto.storageType ?? STORAGE_TYPE.Documents);
    if (storageType === undefined)
        return invalid('$.storageType', dto.storageType);
    const storageParams = bindParams(dto.storageParams ?? []);
    if (storageParams === undefined)
        return invalid('$.storageParams', dto.storageParams);
    if (typeof (dto.dump ?? false) !== 'boolean')
        return invalid('$.dump', dto.dump);
    if (!folderFits(storageType, storageParams.folderId)) {
        return { invalid: errorEnvelope(400, 'wrong folder type', 'System.ArgumentException') };
    }
    return { storageType, storageParams, dump: dto.dump === true };
}
// Documents folders have numeric ids, third-party ones do not.
function folderFits(storageType, folderId) {
    const documents = storageType === STORAGE_TYPE.Documents;
    if (!documents && storageType !== STORAGE_TYPE.ThridpartyDocuments)
        return true;
    return /^\d+$/.test(folderId ?? '') === documents;
}
function bindStorageType(value) {
    const numbers = Object.values(STORAGE_TYPE);
    if (typeof value === 'number')
        return numbers.includes(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const named = Object.entries(STORAGE_TYPE).find(([name]) => name.toLowerCase() === value.toLowerCase());
    return named?.[1];
}
function bindParams(value) {
    if (!Array.isArray(value))
        return undefined;
    const params = {};
    for (const item of value) {
        const { key, value: itemValue } = (item ?? {});
        if (typeof key !== 'string')
            return undefined;
        params[key] = String(itemValue ?? '');
    }
    return params;
}

;// CONCATENATED MODULE: ./src/fake-docspace/backup-job.ts
// The fake's `startbackup`: the job it starts moves on with each progress poll, then
// completes (adding its record to the history), fails, is cancelled, or never ends, as the
// options say.





const QUOTA = 'The number of free backups should not exceed 0 within a month';
const QUOTA_EXCEEDED = errorEnvelope(402, QUOTA, 'ASC.Core.Billing.TenantQuotaException');
/** `startbackup` and the job it starts, which moves on with each progress poll. */
function backupJob(fake, plan) {
    const outcome = plan?.outcome ?? 'complete';
    const pollsToComplete = plan?.pollsToComplete ?? 3;
    let current;
    const start = (body, href, res) => {
        const bound = parseBackupRequest(body, href);
        if ('invalid' in bound)
            return sendJson(res, 400, bound.invalid);
        if (outcome === 'quota')
            return sendJson(res, 402, QUOTA_EXCEEDED);
        current = { taskId: (0,external_node_crypto_.randomUUID)(), storageType: bound.storageType, polls: 0 };
        fake.state.progress = queuedProgress(current.taskId);
        sendPayload(res, fake.state.progress, href, 'POST');
    };
    const poll = () => {
        const progress = fake.state.progress;
        if (!current || progress?.taskId !== current.taskId || progress.isCompleted)
            return;
        current.polls += 1;
        if (outcome === 'never' || current.polls < pollsToComplete) {
            fake.state.progress = {
                ...progress,
                progress: Math.min(90, current.polls * 30),
                status: TASK_STATUS.Running
            };
        }
        else if (outcome === 'cancel') {
            // DistributedTaskStatus Canceled: completed, no error, no archive.
            fake.state.progress = { ...progress, isCompleted: true, status: TASK_STATUS.Canceled };
        }
        else if (outcome === 'fail') {
            const error = 'Storage is not available';
            fake.state.progress = {
                ...progress,
                isCompleted: true,
                status: TASK_STATUS.Completed,
                error
            };
        }
        else {
            fake.state.progress = {
                ...progress,
                isCompleted: true,
                progress: 100,
                status: TASK_STATUS.Completed
            };
            const record = { createdOn: new Date(), id: current.taskId, storageType: current.storageType };
            fake.state.history.push(wire_makeRecord({ ...record, alias: fake.state.alias }));
        }
    };
    return { start, poll };
}

;// CONCATENATED MODULE: ./src/fake-docspace/route-answers.ts




const DEFAULT_TOKEN = `sk-${'a'.repeat(64)}`;
const GET_ROUTES = [
    'getbackuphistory',
    'getbackupschedule',
    'getbackupprogress',
    'getbackupscount',
    'getservicestate'
];
const DUMP_ROUTES = ['getbackuphistory', 'getbackupschedule', 'getbackupprogress'];
const AUTHORIZING = 'ASC.Common.Security.Authorizing.AuthorizingException';
const ACCESS_DENIED = errorEnvelope(403, 'Access denied', AUTHORIZING);
/**
 * The normal answers, after routing, authentication, binding and the permission check. `Dump`
 * only changes the history (to `dumpHistory`); schedule and progress are the same either way.
 */
function routeAnswers(fake, options) {
    const token = options.token ?? DEFAULT_TOKEN;
    const job = backupJob(fake, options.startBackup);
    const historyBody = bodyCache();
    const dumpBody = bodyCache();
    return (request, href, res) => {
        const { route, method, query } = request;
        const { state } = fake;
        if (!routeExists(route, state))
            return send(res, 404);
        if (method !== (route === 'startbackup' ? 'POST' : 'GET'))
            return send(res, 405);
        const auth = request.headers.authorization;
        const authorized = auth === `Bearer ${token}` || (options.acceptRawKey && auth === token);
        if (!authorized)
            return send(res, 401);
        const badFlag = invalidFlag(route, query);
        const problem = badFlag && validationProblem(badFlag, query[badFlag] ?? '', href, method);
        if (problem)
            return sendJson(res, 400, problem);
        if (options.role === 'user')
            return sendJson(res, 403, ACCESS_DENIED);
        const payload = (value) => sendPayload(res, value, href, method);
        switch (route) {
            case 'startbackup':
                return job.start(request.body, href, res);
            case 'getbackuphistory': {
                const dump = query.dump?.trim().toLowerCase() === 'true';
                const list = dump ? (state.dumpHistory ?? []) : state.history;
                const body = (dump ? dumpBody : historyBody)(list, href, method);
                return sendCompressible(request, res, body);
            }
            case 'getbackupschedule':
                return payload(state.schedule);
            case 'getbackupprogress':
                job.poll();
                return payload(fake.state.progress);
            case 'getbackupscount':
                return payload(state.backupsCount);
            default:
                return payload(state.serviceState);
        }
    };
}
// Old portals lack the optional routes; `service/state` exists on none.
function routeExists(route, state) {
    if (route === 'getbackupscount')
        return state.backupsCount !== 'missing';
    if (route === 'getservicestate')
        return state.serviceState !== 'missing';
    return GET_ROUTES.includes(route) || route === 'startbackup';
}
/** The boolean query parameter that would fail ASP.NET model binding, if any. */
function invalidFlag(route, query) {
    const flags = DUMP_ROUTES.includes(route) ? ['dump'] : route === 'getbackupscount' ? ['paid'] : [];
    return flags.find(flag => flag in query && !/^\s*(true|false)\s*$/i.test(query[flag] ?? ''));
}
/**
 * 100,000 records make an ~18 MB body; build and encode it again only when the list or the
 * request's URL changes, so a benchmark times the client, not the fake.
 */
function bodyCache() {
    let cached;
    return (list, href, method) => {
        if (cached?.list !== list || cached.length !== list.length || cached.href !== href) {
            const json = successBody(JSON.stringify(list), list.length, href, method);
            cached = { list, length: list.length, href, body: Buffer.from(json) };
        }
        return cached.body;
    };
}
/**
 * The history gzipped when the request asks for it, compressed for each answer at the fastest
 * level (as a web server does on the fly), so a benchmark counts what compression costs.
 */
function sendCompressible(request, res, body) {
    const headers = { 'content-type': JSON_TYPE, vary: 'Accept-Encoding' };
    if (!/\bgzip\b/i.test(request.headers['accept-encoding'] ?? ''))
        return send(res, 200, body, headers);
    (0,external_node_zlib_.gzip)(body, { level: external_node_zlib_.constants.Z_BEST_SPEED }, (error, zipped) => {
        if (error)
            return res.destroy();
        send(res, 200, zipped, { ...headers, 'content-encoding': 'gzip' });
    });
}

;// CONCATENATED MODULE: ./src/fake-docspace/portal-parts.ts
// The pieces the named portal states are built from: daily histories, the schedule that made
// them, and the job that ran last.

const HOUR_MS = 60 * 60 * 1000;
const portal_parts_ALIAS = 'myportal';
function portal_parts_hoursAgo(now, hours) {
    return new Date(now.getTime() - hours * HOUR_MS);
}
/** One backup a day, the newest `newestHours` old. */
function portal_parts_dailyHistory(now, newestHours, days, storageType = STORAGE_TYPE.Documents) {
    return Array.from({ length: days }, (_, day) => wire_makeRecord({ createdOn: portal_parts_hoursAgo(now, newestHours + day * 24), storageType, alias: portal_parts_ALIAS }));
}
function newest(history) {
    return history.reduce((best, record) => (best === undefined || record.createdOn > best.createdOn ? record : best), undefined);
}
/** Daily at 02:00 to Documents folder 1234, keeping 7; it last started when `lastRun` was. */
function portal_parts_dailySchedule(lastRun, storageType = STORAGE_TYPE.Documents) {
    return {
        storageType,
        // The server overwrites folderId with the base path, which is null for DataStore.
        storageParams: { folderId: storageType === STORAGE_TYPE.DataStore ? null : '1234' },
        cronParams: { period: 0, hour: 2, day: 0 },
        backupsStored: 7,
        // The scheduler stamps the start of a run; the archive is dated a few seconds later.
        lastBackupTime: lastRun ? wire_wireDate(new Date(lastRun.getTime() - 7000)) : NEVER,
        dump: false
    };
}
/** A backup job that has ended: fine, or with `error`. */
function portal_parts_completedJob(taskId, error = '') {
    return {
        isCompleted: true,
        progress: error ? 12 : 100,
        error,
        link: '',
        tenantId: 1,
        backupProgressEnum: JOB_KIND.Backup,
        status: 2,
        taskId
    };
}
/** A portal whose history is `history`, with a schedule and a last job that went fine. */
function portal_parts_portalWith(history) {
    const latest = newest(history);
    return {
        alias: portal_parts_ALIAS,
        history,
        schedule: portal_parts_dailySchedule(latest ? new Date(`${latest.createdOn}Z`) : null),
        progress: latest ? portal_parts_completedJob(latest.id) : null,
        backupsCount: 3,
        serviceState: { enabled: false }
    };
}

;// CONCATENATED MODULE: ./src/fake-docspace/scenarios.ts
// Named portal states for the demo, the tests and the benchmark, all relative to `now` so that
// ages come out the same whenever they run.



/** Seven daily backups, the newest 5 h old; daily schedule; last job fine. */
function healthyPortal(now) {
    return portal_parts_portalWith(portal_parts_dailyHistory(now, 5, 7));
}
/** Seven daily backups, the newest 3 days old; the last job itself went fine. */
function stalePortal(now) {
    return portal_parts_portalWith(portal_parts_dailyHistory(now, 72, 7));
}
/** The demo's unhealthy portal: newest backup 3 days old and the last job failed. */
function unhealthyPortal(now) {
    return {
        ...stalePortal(now),
        progress: completedJob(randomUUID(), 'Access to the path is denied.')
    };
}
/** A portal that never had a backup nor a schedule. */
function emptyPortal(_now) {
    return { ...portal_parts_portalWith([]), schedule: null, backupsCount: 0 };
}
/** A single recent backup, for `min-count` > 1. */
function tooFewPortal(now) {
    return portal_parts_portalWith(portal_parts_dailyHistory(now, 5, 1));
}
/** Recent backups, but nobody set up automatic backups. */
function noSchedulePortal(now) {
    return { ...healthyPortal(now), schedule: null };
}
/** A schedule created after the last manual backup, which has never run yet. */
function scheduleNeverRanPortal(now) {
    return { ...healthyPortal(now), schedule: dailySchedule(null) };
}
/** Recent backups, but the latest job (after them) failed. */
function failedJobPortal(now) {
    return {
        ...healthyPortal(now),
        progress: portal_parts_completedJob((0,external_node_crypto_.randomUUID)(), 'Access to the path is denied.')
    };
}
/** Recent backups and a backup job at 45 %. */
function runningJobPortal(now) {
    const running = { ...portal_parts_completedJob((0,external_node_crypto_.randomUUID)()), isCompleted: false, progress: 45, status: 1 };
    return { ...healthyPortal(now), progress: running };
}
/** Only temporary (DataStore) backups, all expiring within the next 24 h. */
function temporaryPortal(now) {
    const history = [5, 20].map(hours => wire_makeRecord({ createdOn: portal_parts_hoursAgo(now, hours), storageType: STORAGE_TYPE.DataStore, alias: portal_parts_ALIAS }));
    return { ...portal_parts_portalWith(history), schedule: portal_parts_dailySchedule(portal_parts_hoursAgo(now, 5), STORAGE_TYPE.DataStore) };
}
/** DocSpace 3.2: no getbackupscount nor getservicestate, and no `status` in the progress. */
function oldPortal(now) {
    const state = healthyPortal(now);
    const progress = { ...state.progress };
    delete progress.status;
    return { ...state, progress, backupsCount: 'missing', serviceState: 'missing' };
}
/** A PostgreSQL portal: dates end in `Z` and carry fractional seconds. */
function postgresPortal(now) {
    const state = healthyPortal(now);
    const history = state.history.map(record => {
        const createdOn = new Date(new Date(`${record.createdOn}Z`).getTime() + 123);
        return { ...record, createdOn: wireDate(createdOn, { z: true, fraction: true }) };
    });
    return { ...state, history };
}
/** A backup dated 10 minutes in the future (the portal's clock is ahead). */
function clockSkewPortal(now) {
    const state = healthyPortal(now);
    const ahead = makeRecord({ createdOn: hoursAgo(now, -1 / 6), alias: ALIAS });
    return { ...state, history: [...state.history, ahead] };
}
/** The newest real backup 40 h old, and one broken record dated 9999-12-31. */
function farFuturePortal(now) {
    const state = portalWith(dailyHistory(now, 40, 7));
    const broken = makeRecord({ createdOn: new Date('9999-12-31T00:00:00Z'), alias: ALIAS });
    return { ...state, history: [...state.history, broken] };
}
/**
 * `n` records, one an hour, the newest 5 h old, in shuffled order; every tenth is a DataStore
 * backup (expired unless recent). Builds 100,000 records in well under a second.
 */
function largeHistory(now, n) {
    const history = Array.from({ length: n }, (_, i) => wire_makeRecord({
        createdOn: portal_parts_hoursAgo(now, 5 + i),
        storageType: i % 10 === 9 ? STORAGE_TYPE.DataStore : STORAGE_TYPE.Documents,
        alias: portal_parts_ALIAS
    }));
    shuffle(history);
    return portal_parts_portalWith(history);
}
/** Deterministic Fisher–Yates, so a benchmark run is repeatable. */
function shuffle(items) {
    let seed = 42;
    for (let i = items.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const j = seed % (i + 1);
        [items[i], items[j]] = [items[j], items[i]];
    }
}

;// CONCATENATED MODULE: ./src/fake-docspace/fake-docspace.ts
// A fake DocSpace portal for the demo, the tests and the benchmark: the backup routes of
// docs/DOCSPACE-API.md with the real envelopes, auth answers and status codes, plus faults.







async function startFakeDocSpace(options = {}) {
    const sockets = new Set();
    const timers = new Set();
    const sleep = (ms) => new Promise(resolve => {
        if (ms <= 0)
            return resolve();
        const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
        }, ms);
        timers.add(timer);
    });
    const handler = (req, res) => void handle(req, res).catch(() => res.destroy());
    const server = options.tls ? (0,external_node_https_.createServer)(options.tls, handler) : (0,external_node_http_.createServer)(handler);
    server.on('connection', socket => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
    const { address, port } = server.address();
    const fake = {
        url: `${options.tls ? 'https' : 'http'}://${address.includes(':') ? `[${address}]` : address}:${port}`,
        port,
        state: options.state ?? healthyPortal(new Date()),
        faults: Object.fromEntries(Object.entries(options.faults ?? {}).map(([route, list]) => [route, [...list]])),
        requests: [],
        count: route => fake.requests.filter(request => request.route === route).length,
        close: async () => {
            for (const timer of timers)
                clearTimeout(timer);
            for (const socket of sockets)
                socket.destroy();
            await new Promise(resolve => server.close(() => resolve()));
        }
    };
    const answer = routeAnswers(fake, options);
    const archiveContext = () => ({
        archive: options.archive,
        token: options.token ?? DEFAULT_TOKEN,
        role: options.role ?? 'admin',
        origin: fake.url,
        fileName: newestFileName(fake.state)
    });
    async function handle(req, res) {
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
        const request = recordRequest(req, url, body);
        fake.requests.push(request);
        await sleep(options.latencyMs ?? 0);
        await options.onRequest?.(request);
        const route = /^\/api\/2\.0\/files\//i.test(request.path) ? 'files' : request.route;
        const queue = Object.hasOwn(fake.faults, route) ? fake.faults[route] : undefined;
        const fault = queue?.shift();
        if (fault && (await applyFault(fault, req, res, sleep)))
            return;
        if (answerArchiveRoute(req, res, url, archiveContext()))
            return;
        answer(request, url.href, res);
    }
    return fake;
}
/** The newest record's file name: the archive the routes serve. */
function newestFileName(state) {
    let newest;
    for (const record of state.history)
        if (!newest || record.createdOn > newest.createdOn)
            newest = record;
    return newest?.fileName ?? '';
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/fake-docspace/archive/entry-bytes.ts
// Tar entries from text and from generated bytes, and the restore_info file lists.

const CHUNK = 64 * 1024;
function fileList(root, files) {
    const items = files.map(file => `<file><domain>${file.domain}</domain><module>${file.module}</module><path>${file.path}</path><tenant>1</tenant>${file.error ? `<error>${file.error}</error>` : ''}</file>`);
    return `<${root}>${items.join('')}</${root}>`;
}
function textEntry(name, text) {
    const bytes = Buffer.from(text, 'utf8');
    return { name, size: bytes.length, chunks: () => [bytes] };
}
/** A stored file's bytes, made piece by piece: a 1 GB archive is never whole in memory. */
function contentEntry(name, size, seed, content) {
    return {
        name,
        size,
        *chunks() {
            for (let at = 0; at < size; at += CHUNK) {
                const piece = Buffer.allocUnsafe(Math.min(CHUNK, size - at));
                if (content === 'random')
                    (0,external_node_crypto_.randomFillSync)(piece);
                else
                    pattern(piece, seed, at);
                yield piece;
            }
        }
    };
}
/** Repeatable bytes: SHA-256 in counter mode (small files only: the tests). */
function pattern(piece, seed, at) {
    for (let i = 0; i < piece.length; i += 32) {
        (0,external_node_crypto_.createHash)('sha256')
            .update(`${seed}:${at + i}`)
            .digest()
            .copy(piece, i);
    }
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/stored-files.ts

function storedFiles(options) {
    const count = options.files ?? 3;
    const size = options.fileSize ?? 5;
    const result = [];
    for (let id = 1; id <= count; id++) {
        const folder = (Math.floor(id / 1000) + 1) * 1000;
        const ext = ['.docx', '.xlsx', '.pdf', '.txt'][id % 4];
        const path = `folder_${folder}/file_${id}/v1/content${ext}`;
        result.push({
            entry: contentEntry(`files/${path}`, size, id, options.content),
            listed: { module: 'files', domain: '', path }
        });
    }
    if (options.saasOrder) {
        // A name over 100 bytes (a GNU long name in the `.tar.gz`; the SaaS writer would cut it).
        const path = `${'room_'.repeat(20)}logo.png`;
        result.push({
            entry: contentEntry(`room_logos/logos/${path}`, size, 0, options.content),
            listed: { module: 'room_logos', domain: 'logos', path }
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/dump-entries.ts


function dumpEntries(options) {
    const entries = [textEntry('dump', 'True')];
    for (const table of ['tenants_tenants', 'core_user', 'files_file']) {
        entries.push(textEntry(`/databases/scheme/${table}`, `DROP TABLE IF EXISTS \`${table}\`;\nCREATE TABLE \`${table}\` (\`id\` int NOT NULL);`));
        entries.push(textEntry(`/databases/data/${table}`, `REPLACE INTO \`${table}\` (\`id\`) VALUES (1);`));
    }
    const stored = storedFiles(options).map(({ entry, listed }) => ({
        entry: { ...entry, name: `storage/${entry.name}` },
        listed
    }));
    entries.push(...stored.map(file => file.entry));
    entries.push(textEntry('storage/restore_info', fileList('storage_restore', stored.map(file => file.listed))));
    return entries;
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/table-rows.ts
function tableShape(table, alias, tenantId, files) {
    if (table === 'tenants_tenants')
        return {
            columns: { id: 'int', alias: 'string', name: 'string', status: 'int' },
            rows: [{ id: tenantId, alias, name: 'My portal', status: 0 }]
        };
    if (table === 'files_file') {
        const rows = [];
        for (let id = 1; id <= Math.min(files, 1000); id++)
            rows.push({ id, version: 1, tenant_id: tenantId, title: `file ${id}`, content_length: 5 });
        return {
            columns: {
                id: 'int',
                version: 'int',
                tenant_id: 'int',
                title: 'string',
                content_length: 'long'
            },
            rows
        };
    }
    if (table === 'core_user')
        return {
            columns: { id: 'string', tenant: 'int', username: 'string', email: 'string' },
            rows: [
                {
                    id: '66faa6e4-f133-11ea-b126-00ffeec8b4ef',
                    tenant: tenantId,
                    username: 'admin',
                    email: 'admin@example.com'
                }
            ]
        };
    return {
        columns: { id: 'int', tenant_id: 'int', data: 'string' },
        rows: table.endsWith('_logs') ? [] : [{ id: 1, tenant_id: tenantId, data: `${table} row` }]
    };
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/tables.ts
// The table entries of a portal backup: `databases/{connection}/{table}`, each a document as
// .NET's DataTable.WriteXml writes it with its schema (an inline XSD, then one element per row).
/** The tables of a portal backup, in the writer's module order (about 48 at DocSpace 3.7). */
const PORTAL_TABLES = [
    [
        'core',
        [
            'tenants_quota',
            'tenants_tenants',
            'core_user',
            'core_group',
            'tenants_quotarow',
            'tenants_iprestrictions'
        ]
    ],
    ['core', ['audit_events', 'login_events', 'files_audit_reference']],
    [
        'files',
        [
            'files_file',
            'files_folder',
            'files_bunch_objects',
            'files_folder_tree',
            'files_security',
            'files_thirdparty_account',
            'files_thirdparty_id_mapping',
            'files_room_settings'
        ]
    ],
    ['files2', ['files_tag', 'files_tag_link']],
    ['webstudio', ['webstudio_settings', 'webhooks_config', 'webhooks_logs']],
    [
        'core',
        [
            'core_acl',
            'core_subscription',
            'core_subscriptionmethod',
            'core_userphoto',
            'core_usersecurity',
            'core_usergroup',
            'backup_schedule',
            'core_settings',
            'core_user_relations'
        ]
    ],
    [
        'identity',
        [
            'identity_authorizations',
            'identity_certs',
            'identity_clients',
            'identity_consents',
            'identity_scopes',
            'identity_client_scopes',
            'identity_client_allowed_origins',
            'identity_client_redirect_uris'
        ]
    ],
    [
        'ai',
        [
            'ai_providers',
            'ai_chats',
            'ai_chats_messages',
            'ai_user_chat_settings',
            'ai_mcp_servers',
            'ai_mcp_server_states',
            'ai_mcp_room_servers',
            'ai_mcp_server_settings',
            'ai_model_settings'
        ]
    ]
];
const XS = 'http://www.w3.org/2001/XMLSchema';
const MSDATA = 'urn:schemas-microsoft-com:xml-msdata';
function tableDocument(table, shape) {
    const schema = shape.schema ?? 'normal';
    const columns = Object.entries(shape.columns)
        .map(([name, type]) => `                <xs:element name="${name}" type="xs:${type}" minOccurs="0" />`)
        .join('\n');
    const sequence = `              <xs:sequence>\n${columns}\n              </xs:sequence>`;
    const rows = shape.rows
        .map(row => `  <${table}>\n${Object.entries(row)
        .map(([name, value]) => `    <${name}>${tables_escape(String(value))}</${name}>`)
        .join('\n')}\n  </${table}>`)
        .join('\n');
    const xsd = [
        `  <xs:schema id="DocumentElement" xmlns="" xmlns:xs="${XS}" xmlns:msdata="${MSDATA}">`,
        `    <xs:element name="DocumentElement" msdata:IsDataSet="true" msdata:MainDataTable="${table}" msdata:UseCurrentLocale="true">`,
        '      <xs:complexType>',
        '        <xs:choice minOccurs="0" maxOccurs="unbounded">',
        `          <xs:element name="${table}">`,
        '            <xs:complexType>',
        schema === 'two-sequences' ? `${sequence}\n${sequence}` : sequence,
        '            </xs:complexType>',
        '          </xs:element>',
        '        </xs:choice>',
        '      </xs:complexType>',
        '    </xs:element>',
        '  </xs:schema>'
    ].join('\n');
    const body = [schema === 'none' ? '' : xsd, rows].filter(Boolean).join('\n');
    return `\uFEFF<?xml version="1.0" standalone="yes"?>\n<DocumentElement>\n${body}\n</DocumentElement>`;
}
function tables_escape(text) {
    return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/backup-archive.ts





function backupEntries(options = {}, changes = {}) {
    if (options.dump)
        return dumpEntries(options);
    const alias = options.alias ?? 'myportal';
    const tenantId = options.tenantId ?? 1;
    const stored = storedFiles(options);
    const tables = [];
    for (const [connection, names] of PORTAL_TABLES) {
        for (const table of names) {
            if (changes.dropTable === table)
                continue;
            const shape = tableShape(table, alias, tenantId, stored.length);
            if (table === 'tenants_tenants') {
                shape.rows = shape.rows.slice(0, changes.tenantRows ?? 1);
                shape.schema = changes.schema;
                while (shape.rows.length < (changes.tenantRows ?? 1))
                    shape.rows.push({ id: tenantId + shape.rows.length, alias });
            }
            tables.push(textEntry(`databases/${connection}/${table}`, tableDocument(table, shape)));
        }
    }
    const listed = stored.map(file => file.listed);
    if (changes.unlistedFile)
        listed.push({ module: 'files', domain: '', path: 'folder_9000/file_8999/v1/content.pdf' });
    const restoreInfo = textEntry('storage/restore_info', fileList('storage_restore', listed));
    const files = stored.map(file => file.entry);
    const entries = [...(changes.addDump ? [textEntry('dump', 'True')] : []), ...tables];
    if (options.saasOrder) {
        const half = Math.ceil(files.length / 2);
        entries.push(...files.slice(0, half), ...(changes.dropRestoreInfo ? [] : [restoreInfo]), ...files.slice(half));
    }
    else {
        entries.push(...files, ...(changes.dropRestoreInfo ? [] : [restoreInfo]));
    }
    if (changes.missingInfo) {
        const missing = [
            {
                module: 'files',
                domain: '',
                path: 'folder_1000/file_404/v1/content.docx',
                error: 'Could not find file'
            }
        ];
        entries.push(textEntry('storage/missing_info', fileList('storage_missing', missing)));
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/tar-writer.ts
// Tar as DocSpace's writer (a SharpZipLib fork) makes it: 512-byte headers with its own magic
// (`ustar\0`, version ` \0`), mode 0100700, GNU `././@LongLink` entries for names over 100
// bytes, two zero blocks at the end, padded to a 10,240-byte record.
const BLOCK = 512;
const RECORD = 20 * BLOCK;
/** The tar stream of these entries, piece by piece (never whole in memory). */
function* tarChunks(entries, options = {}) {
    let written = 0;
    const emit = (chunk) => {
        written += chunk.length;
        return chunk;
    };
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        if (name.length > 100) {
            const long = Buffer.concat([name, Buffer.alloc(1)]);
            yield emit(header('././@LongLink', long.length, 'L', options));
            yield emit(padded(long));
        }
        yield emit(header(name.subarray(0, 100).toString('utf8'), entry.size, '0', options));
        let size = 0;
        for (const chunk of entry.chunks()) {
            size += chunk.length;
            yield emit(chunk);
        }
        if (size !== entry.size)
            throw new Error(`entry ${entry.name}: ${size} bytes, declared ${entry.size}`);
        const pad = (BLOCK - (size % BLOCK)) % BLOCK;
        if (pad)
            yield emit(Buffer.alloc(pad));
    }
    const end = 2 * BLOCK;
    yield emit(Buffer.alloc(end + ((RECORD - ((written + end) % RECORD)) % RECORD)));
}
function header(name, size, type, options = {}) {
    const block = Buffer.alloc(BLOCK);
    block.write(name, 0, 100, 'utf8');
    block.write('0100700\0', 100, 'latin1');
    block.write('0000000\0', 108, 'latin1');
    block.write('0000000\0', 116, 'latin1');
    if (options.base256Sizes) {
        block[124] = 0x80;
        let rest = size;
        for (let i = 135; i > 124; i--) {
            block[i] = rest % 256;
            rest = Math.floor(rest / 256);
        }
    }
    else {
        block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    }
    const mtime = options.mtime ?? 1_780_279_207;
    block.write(`${mtime.toString(8).padStart(11, '0')}\0`, 136, 'latin1');
    block.write(type, 156, 'latin1');
    block.write('ustar\0 \0', 257, 'latin1');
    setChecksum(block);
    return block;
}
/** Writes the header's checksum (its bytes summed, the field counted as spaces). */
function setChecksum(block) {
    block.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
}
function padded(bytes) {
    return Buffer.concat([bytes, Buffer.alloc((BLOCK - (bytes.length % BLOCK)) % BLOCK)]);
}

;// CONCATENATED MODULE: ./src/fake-docspace/archive/twins.ts
// The good archive and its broken twins, one failure class each, as whole buffers (the tests'
// archives are small). Each twin names the level of checks that must catch it.



const TWINS = {
    good: { level: null },
    'saas-tar': { level: null, plainTar: true, options: { saasOrder: true } },
    'long-names': { level: null, options: { saasOrder: true } },
    'base256-sizes': { level: null, tar: tar => tar },
    'missing-info': { level: null, changes: { missingInfo: true } },
    dump: { level: null, options: { dump: true } },
    truncated: { level: 'gzip', bytes: archive => archive.subarray(0, archive.length - 100) },
    // A flipped compressed byte: the tar it inflates to breaks before gzip's CRC-32 is reached,
    // and the check stops at the first failure.
    flipped: { level: 'tar', bytes: archive => flip(archive, Math.floor(archive.length / 2)) },
    'second-member': { level: 'gzip', bytes: archive => Buffer.concat([archive, (0,external_node_zlib_.gzipSync)('more')]) },
    'trailing-bytes': {
        level: 'gzip',
        bytes: archive => Buffer.concat([archive, Buffer.from('garbage')])
    },
    'bad-checksum': { level: 'tar', tar: tar => flip(tar, 110) },
    'no-end-blocks': { level: 'tar', tar: tar => withoutEnd(tar) },
    'after-end': {
        level: 'tar',
        tar: tar => Buffer.concat([tar, Buffer.from('stray bytes after the end')])
    },
    'dump-entry': { level: 'structure', changes: { addDump: true } },
    'no-tenant-row': { level: 'structure', changes: { tenantRows: 0 } },
    'two-tenant-rows': { level: 'structure', changes: { tenantRows: 2 } },
    'bad-schema': { level: 'structure', changes: { schema: 'two-sequences' } },
    'no-schema': { level: 'structure', changes: { schema: 'none' } },
    'no-core-table': { level: 'structure', changes: { dropTable: 'files_security' } },
    'no-restore-info': { level: 'completeness', changes: { dropRestoreInfo: true } },
    'unlisted-file': { level: 'completeness', changes: { unlistedFile: true } },
    html: {
        level: 'transport',
        bytes: () => Buffer.from('<!DOCTYPE html><html><body>Error</body></html>')
    },
    empty: { level: 'transport', bytes: () => Buffer.alloc(0) }
};
/** The archive of a twin (default the good one), as a portal would serve it. */
function archiveBytes(name = 'good', options = {}) {
    const twin = TWINS[name];
    const entries = backupEntries({ ...options, ...twin.options }, twin.changes);
    let tar = Buffer.concat([...tarChunks(entries, { base256Sizes: name === 'base256-sizes' })]);
    if (twin.tar)
        tar = twin.tar(tar);
    const archive = twin.plainTar ? tar : (0,external_node_zlib_.gzipSync)(tar);
    return twin.bytes ? twin.bytes(archive) : archive;
}
function twinLevel(name) {
    return TWINS[name].level;
}
function flip(bytes, at) {
    const copy = Buffer.from(bytes);
    copy[at] ^= 0x55;
    return copy;
}
/** The tar without its end-of-archive blocks: the last entry's padding is all that ends it. */
function withoutEnd(tar) {
    let end = tar.length;
    while (end > 0 && tar[end - 1] === 0)
        end--;
    return tar.subarray(0, Math.ceil(end / 512) * 512);
}

;// CONCATENATED MODULE: ./src/fake-docspace/demo-portals.ts
// The demo's two portals on the real clock, each in a fixed, real time zone: a schedule at 02:00
// portal time, the scheduler's stamp a few seconds into each run, each night's archive dated a
// few minutes later. The calendar strip then reads as a real portal's would (`UTC+03:00`), never
// with an offset that changes with the minute the demo runs.



const MINUTE_MS = 60_000;
const demo_portals_DAY_MS = 24 * 60 * MINUTE_MS;
/** The scheduler stamps `lastBackupTime` as a run starts. */
const STAMP_DELAY_MS = 3_000;
/** How long after its run a night's backup is done (and dated). */
const BACKUP_MS = 4 * MINUTE_MS;
const demo_portals_ALIAS = 'myportal';
/** Moscow and Istanbul: UTC+03:00 all year. */
const HEALTHY_ZONE = { offsetMinutes: 180, hour: 2 };
/** India: UTC+05:30 all year. */
const UNHEALTHY_ZONE = { offsetMinutes: 330, hour: 2 };
/** Seven nightly backups, the newest from last night's run; the last job went fine. */
function demoHealthyPortal(now) {
    return nightlyPortal(now, HEALTHY_ZONE, 0, '');
}
/** The runs of the last three nights made nothing: stale, and the last job's error says why. */
function demoUnhealthyPortal(now) {
    return nightlyPortal(now, UNHEALTHY_ZONE, 3, 'Access to the path is denied.');
}
/** The start of the latest run at or before `now`, in epoch ms. */
function latestRunMs(now, zone) {
    const firstRun = zone.hour * 60 * MINUTE_MS - zone.offsetMinutes * MINUTE_MS;
    return firstRun + Math.floor((now.getTime() - firstRun) / demo_portals_DAY_MS) * demo_portals_DAY_MS;
}
function nightlyPortal(now, zone, failedNights, error) {
    const lastRun = latestRunMs(now, zone);
    const history = Array.from({ length: 7 }, (_, night) => lastRun - (failedNights + night) * demo_portals_DAY_MS)
        .map(run => run + BACKUP_MS)
        // A run still at work tonight has no archive yet.
        .filter(done => done <= now.getTime())
        .map(done => wire_makeRecord({ createdOn: new Date(done), alias: demo_portals_ALIAS }));
    const newest = history[0];
    const progress = portal_parts_completedJob(error || !newest ? (0,external_node_crypto_.randomUUID)() : newest.id, error);
    const state = {
        alias: demo_portals_ALIAS,
        history,
        schedule: {
            storageType: 0,
            storageParams: { folderId: '1234' },
            cronParams: { period: 0, hour: zone.hour, day: 0 },
            backupsStored: 7,
            lastBackupTime: wire_wireDate(new Date(lastRun + STAMP_DELAY_MS)),
            dump: false
        },
        progress,
        backupsCount: 3,
        serviceState: { enabled: false }
    };
    return state;
}

;// CONCATENATED MODULE: ./src/cli/demo.ts
// The embedded demo: fake portals on 127.0.0.1 that speak the real DocSpace envelopes.





const DEMO_TOKEN = `sk-${'a'.repeat(64)}`;
const SCENARIOS = {
    // On the real clock, in real time zones: what the demo and `--serve` show first.
    healthy: demoHealthyPortal,
    unhealthy: demoUnhealthyPortal,
    stale: stalePortal,
    empty: emptyPortal,
    'too-few': tooFewPortal,
    'no-schedule': noSchedulePortal,
    'failed-job': failedJobPortal,
    running: runningJobPortal,
    temporary: temporaryPortal,
    old: oldPortal
};
function demoPortal(scenario, port = 0, { latencyMs, records, archive } = {}) {
    const build = records === undefined
        ? Object.hasOwn(SCENARIOS, scenario)
            ? SCENARIOS[scenario]
            : undefined
        : (now) => largeHistory(now, records);
    if (!build) {
        throw new errors/* InputError */.dz('scenario', `Unknown scenario ${(0,errors/* quoteValue */.cl)(scenario)}: expected one of ${Object.keys(SCENARIOS).join(', ')}.`);
    }
    return startFakeDocSpace({
        state: build(new Date()),
        token: DEMO_TOKEN,
        port,
        latencyMs,
        archive: { bytes: archive ?? archiveBytes('good', { files: 24 }) }
    });
}


/***/ })

};
