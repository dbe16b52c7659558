export const id = 774;
export const ids = [774];
export const modules = {

/***/ 2774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFleetStep: () => (/* binding */ runFleetStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(1889);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/one-line.ts
var one_line = __webpack_require__(1362);
;// CONCATENATED MODULE: ./src/fleet/fleet-report.ts
/**
 * Worst first: an unhealthy portal is a finding about its backups and outranks one that could
 * not be checked (as CRITICAL outranks UNKNOWN in a monitoring system's severity order).
 */
const SEVERITY = ['unhealthy', 'error', 'healthy'];
function fleetCounts(named) {
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
        counts: fleetCounts(named),
        portals: named.map(({ name, report }) => ({ name, ...report }))
    };
}

;// CONCATENATED MODULE: ./src/fleet/fleet-bounds.ts

/** Well under the 1 MiB the step's outputs share, whatever the fleet's size. */
const MAX_REPORT_OUTPUT_BYTES = 768 * 1024;
function boundedFleetReport(named, checkedAt, maxBytes = MAX_REPORT_OUTPUT_BYTES) {
    const whole = fleetReport(named, checkedAt);
    if (sizeOf(whole) <= maxBytes)
        return whole;
    const briefs = named.map(briefOf);
    const why = `The whole object would be over ${Math.round(maxBytes / 1024)} KiB: each portal is brief (the job summary and --format json give every detail).`;
    const brief = {
        ...whole,
        portals: briefs,
        truncated: { detail: 'brief', omittedPortals: 0, why }
    };
    if (sizeOf(brief) <= maxBytes)
        return brief;
    // Those not healthy first: they are what the object is read for.
    const ordered = [...briefs].sort((a, b) => rank(a) - rank(b));
    let size = sizeOf({ ...brief, portals: [] }) + 64;
    const kept = [];
    for (const item of ordered) {
        size += Buffer.byteLength(JSON.stringify(item)) + 1;
        if (size > maxBytes)
            break;
        kept.push(item);
    }
    const omittedPortals = named.length - kept.length;
    return {
        ...brief,
        portals: kept,
        truncated: {
            detail: 'brief',
            omittedPortals,
            why: `${why} ${omittedPortals} healthy or later portals are left out; counts holds them all.`
        }
    };
}
function briefOf({ name, report }) {
    return {
        name,
        host: report.host,
        status: report.status,
        reasons: report.reasons,
        warnings: report.warnings,
        usable: report.status === 'error' ? null : report.counts.usable,
        newestAgeHours: report.latest?.ageHours ?? null,
        ...(report.error ? { error: report.error } : {})
    };
}
function rank(brief) {
    return brief.status === 'unhealthy' ? 0 : brief.status === 'error' ? 1 : 2;
}
function sizeOf(value) {
    return Buffer.byteLength(JSON.stringify(value));
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(9311);
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
    return [...blocks, ...healthy, totalLine(fleetCounts(named))].join('\n\n');
}
/** `3 usable backups, newest 5h 2m old`. */
function newestWords(report) {
    const usable = `${report.counts.usable} usable backup${report.counts.usable === 1 ? '' : 's'}`;
    if (!report.latest)
        return usable;
    return `${usable}, newest ${(0,durations/* humanDuration */.U)(report.latest.ageHours * 3600)} old`;
}
/** `40 portals: 37 healthy, 2 unhealthy, 1 could not be checked`. */
function totalLine(counts) {
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
    const counts = fleetCounts(named);
    const worst = worstStatus(named.map(({ report }) => report));
    const heading = `## ${ICON[worst]} DocSpace backups: ${totalLine(counts)}\n\nChecked ${checkedAt.toISOString()}`;
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./src/docspace/proxy.ts
var proxy = __webpack_require__(4472);
// EXTERNAL MODULE: ./src/inputs/index.ts + 3 modules
var src_inputs = __webpack_require__(4784);
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

// EXTERNAL MODULE: ./src/check.ts + 15 modules
var check = __webpack_require__(3178);
;// CONCATENATED MODULE: ./src/fleet/check-portal.ts

/** The portal's Report; rejects only when `signal` aborts (or for a bug). */
function checkFleetPortal(portal, deps) {
    const { signal } = deps;
    signal?.throwIfAborted();
    const checking = (0,check/* runCheck */.k)(portal.inputs, {
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

;// CONCATENATED MODULE: ./src/fleet/run-fleet.ts

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
            const named = { name: portal.name, report: await checkFleetPortal(portal, options) };
            results[index] = named;
            options.onReport?.(named);
        }
    };
    const workers = Math.max(1, Math.min(options.concurrency, portals.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/fleet/selection.ts
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
        throw (0,errors/* invalidInput */.aY)(input, value, `I/N, the shard I of N from 1/N to N/N, such as 2/3 (N at most ${MAX_SHARDS})`);
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
            const meant = (0,leven/* closestMatch */.h)(unknown, [...known], { maxDistance: 2 });
            const hint = meant === undefined ? '' : ` (did you mean "${meant}"?)`;
            throw (0,errors/* inputError */.Xu)('only', `names a portal that is not in the portals file: ${(0,errors/* quoteValue */.cl)(unknown)}${hint}.`);
        }
        const wanted = new Set(selection.only);
        chosen = chosen.filter(portal => wanted.has(portal.name));
    }
    const { shard } = selection;
    if (shard)
        chosen = chosen.filter(portal => shardOf(portal.name, shard.count) === shard.index);
    return chosen;
}

// EXTERNAL MODULE: ./src/time/clock.ts
var clock = __webpack_require__(3355);
// EXTERNAL MODULE: ./src/inputs/token.ts
var token = __webpack_require__(7900);
// EXTERNAL MODULE: ./src/inputs/issue.ts
var inputs_issue = __webpack_require__(82);
// EXTERNAL MODULE: ./src/inputs/parse-values.ts + 1 modules
var parse_values = __webpack_require__(8279);
// EXTERNAL MODULE: ./src/action/runner-commands.ts
var runner_commands = __webpack_require__(9673);
;// CONCATENATED MODULE: ./src/action/fleet-inputs.ts
// The step's inputs with `config`: the portals file and its shard, and what belongs to the step
// (summary, issue). A portal's own inputs are the file's: `portal` and `token` are refused with
// `config`, and so is any check input set to other than its default (which portal would it be?).







function parseFleetStepInputs() {
    for (const name of ['portal', 'token']) {
        if ((0,runner_commands/* readInput */.R5)(name).trim() !== '') {
            throw (0,errors/* inputError */.Xu)('config', `cannot be combined with "${name}": each portal and its token are entries of the portals file.`);
        }
    }
    for (const name of names/* CLI_INPUT_NAMES */.jl) {
        const given = (0,runner_commands/* readInput */.R5)(name).trim();
        const spec = names/* INPUTS */.mc[name];
        if (given !== '' && given !== (spec.default ?? '')) {
            throw (0,errors/* inputError */.Xu)(name, `cannot be combined with "config": give it in the portals file, under "defaults:" or an entry.`);
        }
    }
    const text = (name) => (0,runner_commands/* readInput */.R5)(name).trim() || (0,names/* defaultOf */.HA)(name);
    const issue = (0,parse_values/* parseBoolean */.yG)('issue', text('issue'));
    return {
        config: (0,runner_commands/* readInput */.R5)('config').trim(),
        shard: parseShard((0,runner_commands/* readInput */.R5)('shard')),
        summary: (0,parse_values/* parseBoolean */.yG)('summary', text('summary')),
        issue,
        githubToken: issue ? (0,token/* parseToken */.p)('github-token', (0,runner_commands/* readInput */.R5)('github-token')) : '',
        issueLabel: (0,inputs_issue/* parseIssueLabel */.t)(text('issue-label')),
        issueKey: (0,inputs_issue/* parseIssueKey */.i)((0,runner_commands/* readInput */.R5)('issue-key'))
    };
}

// EXTERNAL MODULE: ./src/action/issue-identity.ts
var issue_identity = __webpack_require__(8232);
// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/report-file.ts
var report_file = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/action/step-summary.ts
var step_summary = __webpack_require__(2659);
// EXTERNAL MODULE: ./src/action/report-step.ts
var report_step = __webpack_require__(4921);
;// CONCATENATED MODULE: ./src/action/fleet-step.ts
// The Action with `config`: every portal of a portals file (or of its shard) in one step. The
// file is validated whole and every secret it names masked before any request; then one log,
// one summary, the fleet's outputs, one issue for the fleet, and the exit code last.


















/** The most portals an annotation names: the summary lists them all. */
const MAX_ANNOTATED = 50;
/** Throws an InputError (before any request) for an invalid input or portals file. */
async function runFleetStep() {
    const inputs = parseFleetStepInputs();
    const fleet = await readPortalsFile(inputs.config, process.env);
    for (const { inputs: portal } of fleet.portals) {
        (0,runner_commands/* maskSecret */.$l)(portal.token);
        if (portal.ping)
            (0,runner_commands/* maskSecret */.$l)(portal.ping.url);
    }
    const portals = selectPortals(fleet.portals, { only: null, shard: inputs.shard });
    const named = await checkFleet(portals, {
        concurrency: DEFAULT_CONCURRENCY,
        timing: clock/* realTiming */.$,
        log: line => core.info((0,one_line/* oneLine */.T)(line))
    });
    await reportFleet(inputs, portals, named, new Date(clock/* realTiming */.$.now()));
}
async function reportFleet(inputs, portals, named, at) {
    for (const line of renderFleetText(named).split('\n'))
        core.info(line);
    const status = worstStatus(named.map(({ report }) => report));
    const issueNumber = inputs.issue ? await updateIssue(inputs, status, named, at) : '';
    const markdown = renderFleetMarkdown(named, at);
    const reportFile = (0,report_step.attempt)('The report file could not be written', () => (0,report_file/* writeReportFile */.a)(`fleet ${inputs.config}${shardWords(inputs)}`, markdown));
    if (inputs.summary) {
        (0,report_step.attempt)('The job summary could not be written', () => (0,step_summary/* writeStepSummary */.o)(markdown));
    }
    const distinct = (codes) => JSON.stringify([...new Set(codes)]);
    const outputs = {
        ...Object.fromEntries(action_outputs/* OUTPUT_NAMES */.P0.map(name => [name, ''])),
        healthy: String(status === 'healthy'),
        status,
        reasons: distinct(named.flatMap(({ report }) => report.reasons)),
        warnings: distinct(named.flatMap(({ report }) => report.warnings)),
        report: JSON.stringify(boundedFleetReport(named, at)),
        'report-file': reportFile ?? '',
        'issue-number': issueNumber
    };
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
    const unwell = named.filter(({ report }) => report.status !== 'healthy');
    if (unwell.length === 0)
        return;
    const lines = unwell
        .slice(0, MAX_ANNOTATED)
        .map(({ name, report }) => `${name}: ${report.status}: ${report.reasons.join(', ')}`);
    if (unwell.length > MAX_ANNOTATED)
        lines.push(`…and ${unwell.length - MAX_ANNOTATED} more`);
    // The step fails for a portal whose entry keeps fail-on-unhealthy (the default).
    const failing = unwell.some(({ name }) => portals.find(p => p.name === name)?.inputs.failOnUnhealthy);
    if (failing) {
        core.error(lines.join('\n'), { title: report_step.VERDICT_TITLE });
        process.exitCode = 1;
    }
    else {
        core.warning(lines.join('\n'), { title: report_step.VERDICT_TITLE });
    }
}
async function updateIssue(inputs, status, named, at) {
    try {
        const { followHealth } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 3857));
        const identity = (0,issue_identity/* fleetIssueIdentity */.Ap)(inputs.config, inputs.shard, inputs.issueKey);
        const subject = { status, checkedAt: at.toISOString() };
        const number = await followHealth(subject, identity, renderFleetIssue(named, at), inputs);
        return number === null ? '' : String(number);
    }
    catch (error) {
        core.warning((0,one_line/* oneLine */.T)(`The fleet's GitHub issue could not be updated: ${(0,errors/* messageOf */.bD)(error)}`), {
            title: 'DocSpace backups: issue-update-failed'
        });
        return '';
    }
}
function shardWords(inputs) {
    return inputs.shard ? ` shard ${inputs.shard.index} of ${inputs.shard.count}` : '';
}


/***/ }),

/***/ 8232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ fleetIssueIdentity),
/* harmony export */   CN: () => (/* binding */ issueIdentity),
/* harmony export */   Ry: () => (/* binding */ findIssue)
/* harmony export */ });
/* harmony import */ var _render_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5933);
// Which open issue belongs to this check. Pure: the check's identity is its key (the `issue-key`
// input, else the portal URL's host, port and path, and `(dump)` for server-wide backups), which
// names the issue and is written, hidden, at the top of its body; an issue of an earlier version
// (titled with the host and port only, no marker) is still this check's, so nobody gets a second
// issue after upgrading.

/** GitHub refuses a longer title. */
const MAX_TITLE = 256;
const MARKER_START = '<!-- docspace-backup-check issue:';
function issueIdentity(report, inputs) {
    const path = new URL(report.portal).pathname.replace(/\/+$/, '');
    const key = inputs.issueKey ?? `${report.host}${path}${inputs.dump ? ' (dump)' : ''}`;
    return {
        key,
        title: cut((0,_render_words_js__WEBPACK_IMPORTED_MODULE_0__/* .statusHeadline */ .ZB)('unhealthy', key), MAX_TITLE),
        marker: `${MARKER_START} ${encodeURIComponent(key)} -->`,
        legacyTitle: (0,_render_words_js__WEBPACK_IMPORTED_MODULE_0__/* .statusHeadline */ .ZB)('unhealthy', report.host)
    };
}
/**
 * A fleet's one issue: its key is the `issue-key`, else the portals file and the shard, so each
 * shard of a matrix keeps its own issue and two files never share one.
 */
function fleetIssueIdentity(config, shard, issueKey) {
    const key = issueKey ?? `${config}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}`;
    return {
        key,
        title: cut((0,_render_words_js__WEBPACK_IMPORTED_MODULE_0__/* .statusHeadline */ .ZB)('unhealthy', key), MAX_TITLE),
        marker: `${MARKER_START} ${encodeURIComponent(key)} -->`
    };
}
/** This check's open issue (by its marker), else an earlier version's for its host. */
function findIssue(open, identity) {
    const issues = open.filter(issue => !issue.pull_request);
    const marked = issues.find(issue => markerOf(issue) === identity.marker);
    if (marked)
        return { issue: marked, legacy: false };
    const legacy = issues.find(issue => identity.legacyTitle !== undefined &&
        issue.title === identity.legacyTitle &&
        markerOf(issue) === undefined);
    return legacy && { issue: legacy, legacy: true };
}
/** The first line of an issue's body when it is a marker. */
function markerOf(issue) {
    const first = (issue.body ?? '').split('\n', 1)[0]?.trim() ?? '';
    return first.startsWith(MARKER_START) ? first : undefined;
}
function cut(text, max) {
    const characters = [...text];
    return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}


/***/ })

};
