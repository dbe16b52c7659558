export const id = 522;
export const ids = [522,594];
export const modules = {

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

/***/ 2164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   z: () => (/* binding */ checkFleet)
/* harmony export */ });
/* harmony import */ var _check_portal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3495);

/** Portals checked at once unless told (`--concurrency`): enough to hide the portals' latency,
 * few enough for any host. The Action's fleet step uses it as it is. */
const DEFAULT_CONCURRENCY = 16;
/** The reports in the fleet's order. */
async function checkFleet(portals, options) {
    const results = new Array(portals.length);
    let next = 0;
    const worker = async () => {
        while (next < portals.length) {
            const index = next++;
            const portal = portals[index];
            const named = { name: portal.name, report: await (0,_check_portal_js__WEBPACK_IMPORTED_MODULE_0__/* .checkFleetPortal */ .L)(portal, options) };
            results[index] = named;
            options.onReport?.(named);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, portals.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
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
