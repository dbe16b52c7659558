export const id = 868;
export const ids = [868];
export const modules = {

/***/ 9474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ count),
/* harmony export */   p: () => (/* binding */ humanBytes)
/* harmony export */ });
// Figures for people: sizes and counts as the log and the summary write them.
/** `1.2 GB`, `830 kB`, `512 bytes`: sizes for people (decimal units, as file managers show). */
function humanBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} bytes`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
/** A count with thousands separators: `12,345`. */
function count(value) {
    return value.toLocaleString('en-US');
}


/***/ }),

/***/ 9066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ ArchiveCheck)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/verify/entry-name.ts
// Entry names as DocSpace's restore sees them, and as messages show them.
/** Characters of a name a message quotes; the rest is cut (a name may be up to 1 MiB). */
const SHOWN = 160;
/** A name for a message: quoted, and cut with `…` when long. */
function quoted(name) {
    return JSON.stringify(name.length > SHOWN ? `${name.slice(0, SHOWN)}…` : name);
}
/**
 * The path restore extracts an entry to, relative to its folder: `\` read as `/`, a leading `/`
 * dropped (as SharpZipLib drops a rooted name's root), `.` and empty segments gone, `..` applied.
 * `null` when `..` climbs out of the folder, which SharpZipLib refuses ("Parent traversal in
 * paths is not allowed"), failing the restore.
 */
function restorePath(name) {
    const parts = [];
    for (const part of name.replaceAll('\\', '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..')
            parts.push(part);
        else if (parts.pop() === undefined)
            return null;
    }
    return parts.join('/');
}

// EXTERNAL MODULE: ./src/verify/failure.ts
var failure = __webpack_require__(7167);
;// CONCATENATED MODULE: ./src/verify/name-hashes.ts
// Entry names kept compactly for the completeness check: a million stored files must fit in a few
// MB, not in a Set of strings (about 70 bytes each). Each name becomes a 64-bit hash (two 32-bit
// lanes, FNV-1a and a multiply-xorshift, each finished with MurmurHash3's fmix32), kept in an
// open-addressing table of 32-bit pairs at most 80% full, grown by half: 10 to 15 bytes a name. Two names
// share a hash with odds near n²/2^65 (3·10^-8 for a million names); the cost of such a clash
// is a missing file taken as present, never a false alarm.
let high = 0;
let low = 0;
/** Sets `high` and `low` to the name's hash; (0, 0) is kept for an empty slot. */
function hash(name) {
    let a = 0x811c9dc5;
    let b = 0x9e3779b9 ^ name.length;
    for (let i = 0; i < name.length; i++) {
        const unit = name.charCodeAt(i);
        a = Math.imul(a ^ unit, 0x01000193);
        b = Math.imul(b ^ unit, 0x85ebca6b);
        b ^= b >>> 13;
    }
    high = finish(a ^ Math.imul(b, 0xcc9e2d51)) >>> 0;
    low = finish(b ^ Math.imul(a, 0x1b873593)) >>> 0;
    if (high === 0 && low === 0)
        low = 1;
}
function finish(value) {
    let h = value ^ (value >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
class NameHashes {
    slots = new Uint32Array(2 * 1024);
    size = 0;
    add(name) {
        hash(name);
        if (this.size + 1 > 0.8 * (this.slots.length / 2))
            this.grow();
        if (this.place(this.slots, high, low))
            this.size++;
    }
    has(name) {
        hash(name);
        return this.hasHash(high, low);
    }
    hasHash(hi, lo) {
        const pairs = this.slots.length / 2;
        for (let slot = lo % pairs;; slot = slot + 1 === pairs ? 0 : slot + 1) {
            const h = this.slots[2 * slot];
            const l = this.slots[2 * slot + 1];
            if (h === hi && l === lo)
                return true;
            if (h === 0 && l === 0)
                return false;
        }
    }
    /** Puts the pair in `slots`; false when it was there already. */
    place(slots, hi, lo) {
        const pairs = slots.length / 2;
        for (let slot = lo % pairs;; slot = slot + 1 === pairs ? 0 : slot + 1) {
            const h = slots[2 * slot];
            const l = slots[2 * slot + 1];
            if (h === hi && l === lo)
                return false;
            if (h === 0 && l === 0) {
                slots[2 * slot] = hi;
                slots[2 * slot + 1] = lo;
                return true;
            }
        }
    }
    grow() {
        const bigger = new Uint32Array(2 * Math.ceil((this.slots.length / 2) * 1.5));
        for (let i = 0; i < this.slots.length; i += 2)
            if (this.slots[i] !== 0 || this.slots[i + 1] !== 0)
                this.place(bigger, this.slots[i], this.slots[i + 1]);
        this.slots = bigger;
    }
    /** How many of the names put off are not here. */
    countMissing(later) {
        let missing = 0;
        const pairs = later.pairs;
        for (let i = 0; i < later.length; i += 2)
            if (!this.hasHash(pairs[i], pairs[i + 1]))
                missing++;
        return missing;
    }
}
/**
 * Names to look up once every entry has been seen (restore_info before its files, as in the SaaS
 * `.tar`): their hashes, 8 bytes a name, in a list that grows by doubling.
 */
class LaterNames {
    pairs = new Uint32Array(1024);
    length = 0;
    push(name) {
        if (this.length + 2 > this.pairs.length) {
            const bigger = new Uint32Array(this.pairs.length * 2);
            bigger.set(this.pairs);
            this.pairs = bigger;
        }
        hash(name);
        this.pairs[this.length++] = high;
        this.pairs[this.length++] = low;
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
// EXTERNAL MODULE: ./src/core/figures.ts
var figures = __webpack_require__(9474);
;// CONCATENATED MODULE: ./src/verify/xml-bounds.ts

const XML_LIMITS = {
    depth: 256,
    held: 64 * 1024,
    attributes: 256,
    value: 1024 * 1024 * 1024
};
function buffersOf(parser) {
    const buffers = parser;
    for (const field of ['text', 'name', 'entity', 'piTarget'])
        if (typeof buffers[field] !== 'string')
            throw new Error(`saxes no longer keeps its "${field}" buffer where the restore check reads it`);
    return buffers;
}
/** Counts what a parser holds and says when a limit is passed. */
class XmlBounds {
    parser;
    limits;
    buffers;
    /** Per open element: its attributes' count and characters. */
    open = [];
    tag = { count: 0, chars: 0 };
    heldAttributes = { count: 0, chars: 0 };
    lastEventAt = 0;
    constructor(parser, limits) {
        this.parser = parser;
        this.limits = limits;
        this.buffers = buffersOf(parser);
    }
    /** Any event: a value between two events is over. */
    event() {
        this.lastEventAt = this.parser.position;
    }
    tagStart() {
        this.event();
        this.tag = { count: 0, chars: 0 };
    }
    attribute(name, value) {
        this.event();
        this.tag.count++;
        this.tag.chars += name.length + value.length;
        const count = this.heldAttributes.count + this.tag.count;
        if (count > this.limits.attributes)
            return `has more than ${this.limits.attributes} attributes on its open elements ${this.where()}`;
        if (this.heldAttributes.chars + this.tag.chars > this.limits.held)
            return `has attributes of more than ${characters(this.limits.held)} on its open elements ${this.where()}`;
        return null;
    }
    opened() {
        this.event();
        this.open.push(this.tag);
        this.heldAttributes.count += this.tag.count;
        this.heldAttributes.chars += this.tag.chars;
        this.tag = { count: 0, chars: 0 };
        if (this.open.length > this.limits.depth)
            return `nests elements more than ${this.limits.depth} deep ${this.where()}`;
        return null;
    }
    closed() {
        this.event();
        const tag = this.open.pop();
        if (!tag)
            return;
        this.heldAttributes.count -= tag.count;
        this.heldAttributes.chars -= tag.chars;
    }
    /**
     * After a piece was parsed: what saxes holds now, and the value in progress. `written`: the
     * characters written so far (saxes's `position` is only right while it parses).
     */
    check(written) {
        const { text, name, entity, piTarget } = this.buffers;
        if (text.length + name.length + entity.length + piTarget.length > this.limits.held)
            return `has a name, attribute value, comment or kept text of more than ${characters(this.limits.held)} ${this.where()}`;
        if (written - this.lastEventAt > this.limits.value)
            return `has a value of more than ${characters(this.limits.value)} ${this.where()}: no database cell is that large (MySQL's max_allowed_packet, which bounds each row restore inserts, stops at 1 GiB)`;
        return null;
    }
    where() {
        return `at line ${this.parser.line}, column ${this.parser.column}`;
    }
}
function characters(chars) {
    return `${(0,figures/* count */.U)(chars)} characters`;
}

;// CONCATENATED MODULE: ./src/verify/xml-document.ts
// The XML entries of an archive, parsed as they stream (saxes: a small, strict, streaming XML
// parser): a table is an inline XSD then its rows; restore_info lists the stored files. Text is
// asked for only where it is judged (restore_info's fields), and what the parser holds is
// bounded (xml-bounds.ts), so no document costs more than a little memory and linear time.



const XSD = 'http://www.w3.org/2001/XMLSchema';
/** Thrown from a handler once the document is judged: saxes then stops mid-piece. */
const STOP = new Error('the document is judged');
/** An element's name for a message (it may be up to 64 Ki characters). */
function xml_document_short(name) {
    return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}
/** A streaming XML document; `problem` holds the first thing wrong with it. */
class XmlDocument {
    problem = null;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    parser;
    bounds;
    depth = 0;
    written = 0;
    /**
     * `keepsText`: whether `text()` is wanted (saxes then holds each text node whole). A document
     * that keeps text has no namespaces (restore_info): tags then carry only their `name`, and
     * saxes makes fewer objects per element.
     */
    constructor(keepsText, limits = XML_LIMITS) {
        const parser = (this.parser = new saxes/* SaxesParser */.wT({ xmlns: !keepsText }));
        const bounds = (this.bounds = new XmlBounds(parser, limits));
        const judge = (problem) => {
            this.problem ??= problem;
            if (this.problem)
                throw STOP;
        };
        parser.on('error', error => {
            judge(`is not well-formed XML (${error.message.replace(/^undefined:/, '')})`);
        });
        parser.on('opentagstart', () => bounds.tagStart());
        parser.on('attribute', attribute => judge(bounds.attribute(attribute.name, attribute.value)));
        parser.on('opentag', tag => {
            this.depth++;
            judge(bounds.opened());
            this.open(tag);
            judge(null);
        });
        parser.on('closetag', tag => {
            bounds.closed();
            this.close(tag);
            this.depth--;
            judge(null);
        });
        for (const event of ['comment', 'cdata', 'processinginstruction', 'doctype'])
            parser.on(event, () => bounds.event());
        if (keepsText)
            parser.on('text', text => {
                bounds.event();
                this.text(text);
                judge(null);
            });
    }
    write(chunk) {
        if (this.problem)
            return;
        const text = this.decoder.write(chunk);
        this.written += text.length;
        this.parse(() => this.parser.write(text));
        this.problem ??= this.bounds.check(this.written);
    }
    end() {
        if (this.problem)
            return;
        this.parse(() => this.parser.write(this.decoder.end()).close());
        if (!this.problem)
            this.finish();
    }
    /** Runs saxes until it is done or the document is judged (a handler then throws STOP). */
    parse(run) {
        try {
            run();
        }
        catch (error) {
            if (error !== STOP)
                throw error;
        }
    }
    close(tag) {
        void tag;
    }
    text(text) {
        void text;
    }
}
/**
 * A table as DocSpace writes it (DataTable.WriteXml with its schema) and its restore reads it:
 * under the root, one `xs:schema` holding exactly one `xs:sequence`, then one element per row.
 */
class TableDocument extends XmlDocument {
    rows = 0;
    schemas = 0;
    sequences = 0;
    inSchema = false;
    constructor(limits = XML_LIMITS) {
        super(false, limits);
    }
    open(tag) {
        if (this.inSchema) {
            if (tag.uri === XSD && tag.local === 'sequence')
                this.sequences++;
            return;
        }
        if (this.depth !== 2)
            return;
        if (tag.uri === XSD && tag.local === 'schema') {
            if (++this.schemas > 1)
                this.problem = 'has a second xs:schema';
            else if (this.rows > 0)
                this.problem = 'has rows before its xs:schema';
            else
                this.inSchema = true;
        }
        else if (this.schemas === 0) {
            this.problem = `starts with <${xml_document_short(tag.name)}> where its xs:schema should be`;
        }
        else {
            this.rows++;
        }
    }
    close(tag) {
        if (this.inSchema && this.depth === 2 && tag.local === 'schema') {
            this.inSchema = false;
            if (this.sequences !== 1)
                this.problem = `has ${this.sequences} xs:sequence elements in its schema (restore needs exactly one)`;
        }
    }
    finish() {
        if (this.schemas === 0)
            this.problem = 'has no xs:schema';
    }
}
/** `storage/restore_info` (`storage_restore`) or `storage/missing_info` (`storage_missing`). */
class FileListDocument extends XmlDocument {
    root;
    onFile;
    limits;
    files = 0;
    current = null;
    field = null;
    constructor(root, onFile, limits = XML_LIMITS) {
        super(true, limits);
        this.root = root;
        this.onFile = onFile;
        this.limits = limits;
    }
    open(tag) {
        if (this.depth === 1 && tag.name !== this.root)
            this.problem = `has the root <${xml_document_short(tag.name)}>, not <${this.root}>`;
        else if (this.depth === 2 && tag.name === 'file')
            this.current = { module: '', domain: '', path: '' };
        else if (this.depth === 3 && this.current && ['module', 'domain', 'path'].includes(tag.name))
            this.field = tag.name;
    }
    text(text) {
        if (!this.current || !this.field)
            return;
        this.current[this.field] += text;
        if (this.current[this.field].length > this.limits.held)
            this.problem = `lists file ${this.files + 1} with a ${this.field} of more than ${this.limits.held} characters`;
    }
    close(tag) {
        if (this.depth === 3)
            this.field = null;
        if (this.depth === 2 && tag.name === 'file' && this.current) {
            if (!this.current.module || !this.current.path)
                this.problem = `lists file ${this.files + 1} without a module or a path`;
            else
                this.onFile(this.current);
            this.files++;
            this.current = null;
        }
    }
    finish() {
        if (this.depth !== 0)
            this.problem = 'is cut short';
    }
}

;// CONCATENATED MODULE: ./src/verify/docspace-entries.ts
// Levels 4 and 5: what DocSpace's restore reads, entry by entry as the tar reader finds them:
// the `dump` marker, the table documents, and `storage/restore_info` against the stored files.
// A failure certain before the end (a table that does not parse, a name restore refuses) is
// known at once, so reading can stop there.




/** Tables a portal backup of any DocSpace version holds; others vary with the version. */
const CORE_TABLES = [
    'databases/core/tenants_tenants',
    'databases/core/core_user',
    'databases/core/core_settings',
    'databases/files/files_file',
    'databases/files/files_folder',
    'databases/files/files_folder_tree',
    'databases/files/files_security'
];
const TENANTS = 'databases/core/tenants_tenants';
const RESTORE_INFO = 'storage/restore_info';
const MISSING_INFO = 'storage/missing_info';
/** Names of listed files without an entry, shown in the message. */
const MISSING_SHOWN = 3;
/** Listed names whose entry had not come yet, kept as text for the message (hashes for all). */
const LATER_KEPT = 1000;
/** Hard and symbolic links: SharpZipLib's ExtractContents, which restore uses, skips them. */
const LINK_TYPES = ['1', '2'];
class DocSpaceEntries {
    expectDump;
    tables = 0;
    schemeTables = 0;
    files = 0;
    dump = false;
    listedFiles = null;
    missingInfoFiles = null;
    /** The failure of level 4 or 5 found while the archive streams, if any. */
    failure = null;
    dumpText = '';
    coreTables = new Set();
    stored = new NameHashes();
    /** Files restore_info lists whose entry had not been seen yet (in a `.tar`, it may come first). */
    later = new LaterNames();
    laterShown = [];
    current = null;
    /** `expectDump`: `null` lets the archive say (a `dump` entry makes it a dump). */
    constructor(expectDump) {
        this.expectDump = expectDump;
    }
    entry(header) {
        const name = restorePath(header.name);
        if (name === null) {
            this.fail('structure', `entry ${quoted(header.name)} climbs out of the folder restore extracts to: DocSpace's restore refuses it ("Parent traversal in paths is not allowed") and stops`);
            return null;
        }
        if (header.type === '5' || header.name.endsWith('/') || name === '')
            return null;
        if (LINK_TYPES.includes(header.type))
            return null;
        if (name === 'dump')
            return this.dumpEntry();
        if (name === RESTORE_INFO || name === MISSING_INFO)
            return this.fileList(name);
        const parts = name.split('/');
        if (parts[0] === 'databases' && parts.length === 3)
            return this.table(name, parts[1]);
        this.files++;
        // A dump stores files under storage/, restore_info lists them without it.
        this.stored.add(name.startsWith('storage/') ? name.slice('storage/'.length) : name);
        return null;
    }
    entryEnd() {
        this.current?.();
        this.current = null;
    }
    /** Level 4's verdict at the end: `null` when restore would accept the archive's structure. */
    structure() {
        const dump = this.expectDump ?? this.dump;
        if (dump && !this.dump)
            return 'no "dump" entry: a server-wide (dump) backup has one';
        if (dump) {
            if (this.dumpText.trim() !== 'True')
                return `the "dump" entry holds ${quoted(this.dumpText.trim().slice(0, 8))}, not "True"`;
            if (this.schemeTables === 0)
                return 'no databases/scheme/* entries: a dump restores its tables from them';
            return null;
        }
        const missing = CORE_TABLES.filter(table => !this.coreTables.has(table));
        if (missing.length > 0)
            return `the core table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`;
        return null;
    }
    /** Level 5's verdict at the end: `null` when every file restore_info lists has its entry. */
    completeness() {
        if (this.listedFiles === null)
            return `no ${RESTORE_INFO} entry: restore would bring back no stored files`;
        const missing = this.stored.countMissing(this.later);
        if (missing === 0)
            return null;
        const names = this.laterShown.filter(name => !this.stored.has(name));
        const shown = names.slice(0, MISSING_SHOWN).map(quoted).join(', ');
        const more = missing - Math.min(names.length, MISSING_SHOWN);
        const list = shown
            ? `: ${shown}${more > 0 ? ` and ${more} more` : ''}`
            : ` (names past the first ${LATER_KEPT} listed are not kept)`;
        return `${RESTORE_INFO} lists ${missing} file${missing > 1 ? 's' : ''} with no entry in the archive${list}`;
    }
    dumpEntry() {
        this.dump = true;
        if (this.expectDump === false)
            this.fail('structure', 'a "dump" entry: restore refuses it in a portal backup (it marks a server-wide dump)');
        return chunk => {
            if (this.dumpText.length < 16)
                this.dumpText += chunk.toString('latin1', 0, 16);
        };
    }
    table(name, connection) {
        this.tables++;
        if (CORE_TABLES.includes(name))
            this.coreTables.add(name);
        if (connection === 'scheme' || connection === 'data') {
            if (connection === 'scheme')
                this.schemeTables++;
            return () => undefined;
        }
        const document = new TableDocument();
        const judge = () => {
            const problem = document.problem ??
                (name === TENANTS && document.rows !== 1
                    ? `has ${document.rows} rows (restore needs exactly this portal's one)`
                    : null);
            if (problem)
                this.fail('structure', `entry ${quoted(name)} ${problem}`);
        };
        this.current = () => {
            document.end();
            judge();
        };
        return chunk => {
            document.write(chunk);
            if (document.problem)
                judge();
        };
    }
    fileList(name) {
        const restoreInfo = name === RESTORE_INFO;
        const document = new FileListDocument(restoreInfo ? 'storage_restore' : 'storage_missing', file => {
            if (restoreInfo)
                this.listed(file);
        });
        const judge = () => {
            if (restoreInfo && document.problem)
                this.fail('completeness', `entry ${quoted(name)} ${document.problem}`);
        };
        this.current = () => {
            document.end();
            if (restoreInfo)
                this.listedFiles = document.files;
            else
                this.missingInfoFiles = document.files;
            judge();
        };
        return chunk => {
            document.write(chunk);
            if (document.problem)
                judge();
        };
    }
    listed(file) {
        // As the writer combines them: an empty domain leaves no empty segment.
        const joined = [file.module, file.domain, file.path].filter(Boolean).join('/');
        const name = restorePath(joined) ?? joined;
        if (this.stored.has(name))
            return;
        this.later.push(name);
        if (this.laterShown.length < LATER_KEPT)
            this.laterShown.push(name);
    }
    fail(level, message) {
        this.failure ??= new failure/* VerifyFailure */.U(level, `${level}: ${message}`);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/verify/gzip-header.ts
// A gzip member's header (RFC 1952): magic, method, flags, and the optional fields the flags
// announce (FEXTRA, FNAME, FCOMMENT, FHCRC), read to find where the deflate data starts. The
// header's own CRC (FHCRC) is checked, as gzip and zlib check it.

const FLAG = { TEXT: 1, HCRC: 2, EXTRA: 4, NAME: 8, COMMENT: 16, RESERVED: 0xe0 };
/** The header's length; `null` when more bytes are needed; a string says what is wrong. */
function headerLength(bytes) {
    if (bytes.length < 10)
        return null;
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
        return "the archive does not start with gzip's magic bytes";
    if (bytes[2] !== 8)
        return `compression method ${bytes[2]} at byte 2 is not deflate (8)`;
    const flags = bytes[3];
    if (flags & FLAG.RESERVED)
        return `reserved header flags are set at byte 3 (${hex(flags)})`;
    let at = 10;
    if (flags & FLAG.EXTRA) {
        if (bytes.length < at + 2)
            return null;
        at += 2 + bytes.readUInt16LE(at);
    }
    for (const flag of [FLAG.NAME, FLAG.COMMENT]) {
        if (!(flags & flag))
            continue;
        if (bytes.length < at)
            return null;
        const zero = bytes.indexOf(0, at);
        if (zero < 0)
            return null;
        at = zero + 1;
    }
    if (!(flags & FLAG.HCRC))
        return bytes.length < at ? null : at;
    if (bytes.length < at + 2)
        return null;
    const stored = bytes.readUInt16LE(at);
    const actual = (0,external_node_zlib_.crc32)(bytes.subarray(0, at)) & 0xffff;
    if (stored !== actual)
        return `the header's CRC-16 at byte ${at} is ${stored}, the header's bytes give ${actual}`;
    return at + 2;
}
function hex(value) {
    return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}

;// CONCATENATED MODULE: ./src/verify/gzip-member.ts
// Level 2: one gzip member, inflated as it streams, with its CRC-32 and length trailer checked
// as soon as it arrives, then nothing but zero bytes. node:zlib's Gunzip would not tell: it
// joins a second member's output to the first, and at a zero byte after a member it stops
// reading, ignoring whatever follows (even bytes that are not zeros); only other trailing bytes
// fail, as a bad header. So the header and trailer are read here and only the deflate data goes
// to InflateRaw; its `bytesWritten` says where the deflate data ended. Zeros after the trailer
// are tape-style padding, which `gzip -t` accepts: they are counted, never kept.



/** A gzip header with a name or comment longer than this is not a backup's. */
const MAX_HEADER = 64 * 1024;
const TRAILER = 8;
class GzipMember {
    onInflated;
    /** Bytes of the archive seen so far. */
    offset = 0;
    header = Buffer.alloc(0);
    headerLength = 0;
    inflate;
    /** Chunks handed to InflateRaw and not yet known to be consumed: offsets in the deflate data. */
    inFlight = [];
    deflateWritten = 0;
    deflateEnded = false;
    /** Bytes seen after the deflate data: the trailer, then padding. */
    after = 0;
    trailer = Buffer.alloc(TRAILER);
    /** A 0x1f right after the trailer: a second member, if 0x8b follows. */
    magicAt = null;
    crc = 0;
    ending = false;
    /** The consumer needed no more (a higher level failed): nothing more is judged here. */
    stopped = false;
    /** Inflated bytes. */
    inflated = 0;
    /** Zero bytes after the trailer. */
    padding = 0;
    failure = null;
    /** `onInflated` returns false when the bytes after it no longer matter: inflating stops. */
    constructor(onInflated) {
        this.onInflated = onInflated;
        this.inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 64 * 1024 });
        this.inflate.on('data', (chunk) => {
            this.crc = (0,external_node_zlib_.crc32)(chunk, this.crc);
            this.inflated += chunk.length;
            if (this.onInflated(chunk))
                return;
            this.stopped = true;
            this.inflate.destroy();
        });
        this.inflate.on('error', error => {
            if (this.ending)
                return this.fail(`the compressed data ends early, at byte ${this.offset}: the archive is truncated`);
            const near = this.headerLength + this.inflate.bytesWritten;
            this.fail(`the compressed data is damaged near byte ${near}: ${error.message}`);
        });
        this.inflate.on('end', () => {
            this.deflateEnded = true;
            const consumed = this.inflate.bytesWritten;
            const rest = this.inFlight.map(({ start, chunk }) => chunk.subarray(Math.max(0, consumed - start)));
            this.inFlight = [];
            for (const part of rest)
                this.afterDeflate(part);
        });
    }
    /** Takes the next bytes of the archive; resolves when they may be followed by more. */
    async write(chunk) {
        this.offset += chunk.length;
        if (this.failure)
            return;
        let data = chunk;
        if (this.header) {
            const whole = Buffer.concat([this.header, chunk]);
            const length = headerLength(whole);
            if (typeof length === 'string')
                return this.fail(length);
            if (length === null) {
                if (whole.length > MAX_HEADER)
                    this.fail('the gzip header never ends');
                else
                    this.header = whole;
                return;
            }
            this.header = null;
            this.headerLength = length;
            data = whole.subarray(length);
        }
        if (this.deflateEnded)
            return this.afterDeflate(data);
        if (data.length === 0)
            return;
        this.inFlight.push({ start: this.deflateWritten, chunk: data });
        this.deflateWritten += data.length;
        // Resolves once zlib has taken the piece (its output mostly handed on by then): each level
        // judges these bytes before more arrive, so a failure is known near where it happens.
        await settled(this.inflate, 'written', data);
        const consumed = this.inflate.bytesWritten;
        while (this.inFlight.length > 1 &&
            this.inFlight[0].start + this.inFlight[0].chunk.length <= consumed) {
            this.inFlight.shift();
        }
    }
    /** The archive has no more bytes: the member must be whole, and alone. */
    async end() {
        if (this.failure || this.stopped)
            return;
        if (this.header)
            return this.fail(`the archive ends inside the gzip header, after ${this.offset} bytes`);
        if (!this.deflateEnded) {
            this.ending = true;
            this.inflate.end();
            await settled(this.inflate, 'end');
            if (this.failure || this.stopped)
                return;
            if (!this.deflateEnded)
                return this.fail('the compressed data ends early: the archive is truncated');
        }
        if (this.after < TRAILER)
            return this.fail(`the 8-byte trailer (CRC-32 and length) is cut short at byte ${this.offset}: the archive is truncated`);
        if (this.magicAt !== null)
            this.stray(this.magicAt);
    }
    /** Bytes after the deflate data, in order: the trailer, checked when whole, then zeros. */
    afterDeflate(data) {
        let at = 0;
        if (this.after < TRAILER) {
            at = Math.min(TRAILER - this.after, data.length);
            data.copy(this.trailer, this.after, 0, at);
            this.after += at;
            if (this.after === TRAILER)
                this.checkTrailer();
        }
        for (; at < data.length && !this.failure; at++) {
            const where = this.trailerAt() + this.after++;
            if (this.magicAt !== null)
                return data[at] === 0x8b
                    ? this.fail(`a second gzip member starts at byte ${this.magicAt}; a backup has one`)
                    : this.stray(this.magicAt);
            if (data[at] === 0)
                this.padding++;
            else if (data[at] === 0x1f && this.padding === 0)
                this.magicAt = where;
            else
                return this.stray(where);
        }
    }
    checkTrailer() {
        const storedCrc = this.trailer.readUInt32LE(0);
        if (storedCrc !== this.crc >>> 0)
            return this.fail(`CRC-32 mismatch: the trailer at byte ${this.trailerAt()} says ${hex(storedCrc)}, the data inflates to ${hex(this.crc)}`);
        const storedSize = this.trailer.readUInt32LE(4);
        if (storedSize !== this.inflated % 2 ** 32)
            this.fail(`length mismatch: the trailer says ${storedSize} bytes (mod 2^32), the data inflates to ${this.inflated}`);
    }
    stray(at) {
        this.fail(`data follows the gzip trailer, at byte ${at}: only zero padding may (gzip -t calls the rest trailing garbage)`);
    }
    trailerAt() {
        return this.headerLength + this.inflate.bytesWritten;
    }
    fail(message) {
        if (this.failure)
            return;
        this.failure = new failure/* VerifyFailure */.U('gzip', `gzip: ${message}`);
        this.inflate.destroy();
    }
}
/** Resolves once `data` is written (or the stream has ended), or when the stream fails or closes. */
function settled(stream, event, data) {
    if (event === 'end' && stream.readableEnded)
        return Promise.resolve();
    return new Promise(resolve => {
        const done = () => {
            for (const name of ['end', 'error', 'close'])
                stream.off(name, done);
            resolve();
        };
        for (const name of ['end', 'error', 'close'])
            stream.on(name, done);
        if (data)
            stream.write(data, done);
    });
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/verify/scavenge.ts
// Keeps the memory of a streaming check flat, without run-time V8 flags. Every chunk read and
// inflated leaves a Buffer whose bytes lie outside the JS heap (node:http copies each chunk of
// the download twice, zlib makes one for each 64 KiB inflated), and V8 frees them only when it
// collects the young generation, which it does when that is full of JS objects: a chunk's
// Buffer is a few hundred bytes of them, so 50 MB of chunks can wait for one collection. So
// after every 4 MiB read or inflated, if Buffers have grown by 4 MiB since the last collection,
// the young generation's free space is filled with short-lived arrays, step by step until V8 has
// collected it once (twice in a row would move the chunks still in use to the old generation,
// whose garbage waits longer still). Not more often: each collection's survivors count towards
// V8 growing the young generation, which costs memory too. A no-op where V8 reports no
// `new_space`.

/** Bytes read or inflated between collections. */
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024;
/** Elements per filler array: small enough to be made in the young generation. */
const FILLER_LENGTH = 1024;
/** A fill's steps, each this part of the free space. */
const STEPS = 8;
/** The filler's last array: kept where V8 cannot prove that it dies unused. */
const filler = { last: null };
function newSpace() {
    for (const space of (0,external_node_v8_.getHeapSpaceStatistics)())
        if (space.space_name === 'new_space')
            return { used: space.space_used_size, available: space.space_available_size };
    return null;
}
/** Makes at least `bytes` of arrays that die at once (an element takes 4 or 8 bytes). */
function allocate(bytes) {
    for (let left = bytes; left > 0; left -= 4 * FILLER_LENGTH)
        filler.last = new Array(FILLER_LENGTH);
    filler.last = null;
}
/** Fills the free space a step at a time until V8 has collected the young generation once. */
function collectYoung() {
    const space = newSpace();
    if (!space)
        return;
    const step = Math.max(4 * FILLER_LENGTH, space.available / STEPS);
    let used = space.used;
    for (let round = 0; round <= 2 * STEPS; round++) {
        allocate(step);
        const now = newSpace()?.used ?? 0;
        if (now < used)
            return;
        used = now;
    }
}
class Scavenger {
    since = 0;
    /** `arrayBuffers` after the last collection: what is in use, or waits for a major one. */
    buffersAfter = 0;
    /** `bytes` more were read or inflated. */
    passed(bytes) {
        this.since += bytes;
        if (this.since < COLLECT_EVERY_BYTES)
            return;
        this.since = 0;
        const buffers = process.memoryUsage().arrayBuffers;
        // Fewer new Buffers than that: V8 collected them by itself (it does, when the check makes
        // many JS objects of its own: a million entries, a long text), and needs no help.
        if (buffers - this.buffersAfter < COLLECT_EVERY_BYTES) {
            this.buffersAfter = Math.min(this.buffersAfter, buffers);
            return;
        }
        collectYoung();
        this.buffersAfter = process.memoryUsage().arrayBuffers;
    }
}

;// CONCATENATED MODULE: ./src/verify/tar-header.ts
// One 512-byte tar header's fields: checksum, type, size (octal or GNU base-256), name and link
// name; kept apart from the reader's state machine so each can be read on its own.
const BLOCK = 512;
function isZero(block) {
    for (let i = 0; i < BLOCK; i += 4)
        if (block.readUInt32LE(i) !== 0)
            return false;
    return true;
}
/** The checksum field (148–155) read as octal, against the header's bytes summed with it as spaces. */
function checksumMatches(block) {
    const stored = parseOctal(block.subarray(148, 156));
    let unsigned = 8 * 0x20;
    let signed = 8 * 0x20;
    for (let i = 0; i < BLOCK; i++) {
        if (i >= 148 && i < 156)
            continue;
        unsigned += block[i];
        signed += block[i] > 127 ? block[i] - 256 : block[i];
    }
    return stored === unsigned || stored === signed;
}
/** The type flag: `0` for a file (also an old header's NUL), `5` a folder, `L`, `x`… */
function typeOf(block) {
    return String.fromCharCode(block[156] || 0x30);
}
/** Octal (NUL or space terminated), or GNU base-256 when the first byte has its high bit set. */
function sizeOf(block) {
    const field = block.subarray(124, 136);
    if (field[0] & 0x80) {
        if (field[0] === 0xff)
            return null;
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return Number.isSafeInteger(value) ? value : null;
    }
    return parseOctal(field);
}
function parseOctal(field) {
    const text = field
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        return null;
    const value = parseInt(text, 8);
    return Number.isSafeInteger(value) ? value : null;
}
/** The name field, with the POSIX prefix when the header is POSIX ustar (`ustar\0` `00`). */
function nameOf(block) {
    const name = cString(block.subarray(0, 100));
    const posix = block.toString('latin1', 257, 265) === 'ustar\u000000';
    const prefix = posix ? cString(block.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** The link name field (a hard or symbolic link's target). */
function linkNameOf(block) {
    return cString(block.subarray(157, 257));
}
/** A NUL-terminated field (or one that fills its room), read as UTF-8. */
function cString(field) {
    const zero = field.indexOf(0);
    return field.subarray(0, zero < 0 ? field.length : zero).toString('utf8');
}
/** A valid tar header at the start of these bytes: how a plain `.tar` is told apart. */
function startsWithTarHeader(bytes) {
    return (bytes.length >= BLOCK &&
        bytes.toString('latin1', 257, 262) === 'ustar' &&
        checksumMatches(bytes));
}

;// CONCATENATED MODULE: ./src/verify/pax-records.ts
// The records of a POSIX.1-2001 extended header (`x` for the next entry, `g` for every later
// one): `LENGTH KEY=VALUE\n`, LENGTH counting the whole record in bytes. Read strictly, by the
// rules Go's archive/tar applies (parsePAXRecord): a length that is not a decimal number, is
// under 5 or runs past the data, a record that does not end in a newline where its length says,
// no `=`, or a NUL in a key or in a path is a malformed header, never guessed around.
/** Length fields longer than this are not lengths (Go's parser takes a 64-bit int). */
const MAX_LENGTH_DIGITS = 19;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const EQUALS = 0x3d;
function parsePaxRecords(data) {
    const records = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(SPACE, at);
        const digits = data.toString('latin1', at, space < 0 ? Math.min(data.length, at + 20) : space);
        if (space < 0 || digits.length > MAX_LENGTH_DIGITS || !/^[0-9]+$/.test(digits))
            return { at, problem: `a record's length field ${JSON.stringify(digits)} is not a number` };
        const length = Number(digits);
        if (length < 5 || at + length > data.length)
            return {
                at,
                problem: `a record says it is ${length} bytes long, where ${data.length - at} bytes are left`
            };
        const end = at + length - 1;
        if (data[end] !== NEWLINE)
            return { at, problem: `a record of ${length} bytes does not end in a newline` };
        const equals = data.indexOf(EQUALS, space + 1);
        if (equals < 0 || equals >= end || equals === space + 1)
            return { at, problem: 'a record has no KEY=VALUE' };
        const key = data.toString('utf8', space + 1, equals);
        const value = data.toString('utf8', equals + 1, end);
        if (key.includes('\0') || ((key === 'path' || key === 'linkpath') && value.includes('\0')))
            return { at, problem: `the record "${key}" holds a NUL byte` };
        records.set(key, value);
        at += length;
    }
    return records;
}
/** A `size` record's value: a decimal byte count, or `null`. */
function paxSize(value) {
    if (!/^[0-9]{1,16}$/.test(value))
        return null;
    const size = Number(value);
    return Number.isSafeInteger(size) ? size : null;
}

;// CONCATENATED MODULE: ./src/verify/tar-extended.ts
// What comes before an entry's own header and changes it: GNU long names and links (`L`, `K`),
// POSIX extended headers for the next entry (`x`) and for every later one (`g`). Their `path`,
// `linkpath` and `size` records replace the header's fields; a GNU long name wins over a PAX path
// (as in GNU tar and Go's archive/tar). A record with an empty value undoes a global one.


/** Extension data larger than this is refused (Go's archive/tar limit for the same headers). */
const MAX_EXTENSION_BYTES = 1024 * 1024;
const EXTENSION_TYPES = ['L', 'K', 'x', 'g'];
class ExtendedHeaders {
    global = new Map();
    local = new Map();
    longName = null;
    longLink = null;
    reading = null;
    /** Where the first extension still waiting for its entry began, if any. */
    pendingAt = null;
    /** An extension header of `size` bytes at byte `at`; a string says why it is refused. */
    begin(type, size, at) {
        if (size > MAX_EXTENSION_BYTES)
            return `the ${describe(type)} at byte ${at} declares ${size} bytes (more than ${MAX_EXTENSION_BYTES} is not an archive's)`;
        this.reading = { type, at, parts: [] };
        if (type !== 'g')
            this.pendingAt ??= at;
        return null;
    }
    data(chunk) {
        this.reading?.parts.push(Buffer.from(chunk));
    }
    /** The extension's data is whole; a string says what is wrong with it. */
    end() {
        const reading = this.reading;
        if (!reading)
            return null;
        this.reading = null;
        const data = Buffer.concat(reading.parts);
        if (reading.type === 'L')
            this.longName = cString(data);
        else if (reading.type === 'K')
            this.longLink = cString(data);
        else {
            const records = parsePaxRecords(data);
            if (!(records instanceof Map))
                return `the ${describe(reading.type)} at byte ${reading.at} is malformed at byte ${reading.at + 512 + records.at} of the tar stream: ${records.problem}`;
            const size = records.get('size');
            if (size && paxSize(size) === null)
                return `the ${describe(reading.type)} at byte ${reading.at} has a size record ${JSON.stringify(size.slice(0, 40))} that is not a byte count`;
            const into = reading.type === 'g' ? this.global : this.local;
            for (const [key, value] of records)
                into.set(key, value);
        }
        return null;
    }
    /** The entry's header with the extensions before it applied; they are then spent. */
    apply(block, declaredSize, type) {
        const record = (key) => (this.local.has(key) ? this.local.get(key) : this.global.get(key)) || undefined;
        const size = record('size');
        const header = {
            name: this.longName ?? record('path') ?? nameOf(block),
            linkName: this.longLink ?? record('linkpath') ?? linkNameOf(block),
            size: size === undefined ? declaredSize : (paxSize(size) ?? declaredSize),
            type
        };
        this.local = new Map();
        this.longName = this.longLink = null;
        this.pendingAt = null;
        return header;
    }
}
function describe(type) {
    if (type === 'L')
        return 'GNU long name';
    if (type === 'K')
        return 'GNU long link name';
    return type === 'g' ? 'PAX global header' : 'PAX extended header';
}

;// CONCATENATED MODULE: ./src/verify/tar-reader.ts
// Level 3: the tar stream, header by header: checksums, declared sizes (octal, GNU base-256 or a
// PAX `size`), GNU long names and links, PAX extended headers (ustar, GNU and POSIX/PAX archives
// alike), the two zero blocks at the end and nothing but zeros after them. Our own small reader:
// tar-stream skips zero blocks anywhere, so it cannot tell a tar that ended properly from one cut
// at an entry boundary (README, "Dependencies of the restore check").




class TarReader {
    handler;
    state = 'header';
    block = Buffer.alloc(BLOCK);
    blockFill = 0;
    /** Bytes of the tar stream seen so far. */
    offset = 0;
    remaining = 0;
    padding = 0;
    zeroBlocks = 0;
    sink = null;
    inEntry = false;
    extensions = new ExtendedHeaders();
    inExtension = false;
    lastName = '(none yet)';
    entries = 0;
    failure = null;
    constructor(handler) {
        this.handler = handler;
    }
    write(chunk) {
        let at = 0;
        while (at < chunk.length && !this.failure) {
            if (this.state === 'data') {
                const take = Math.min(this.remaining, chunk.length - at);
                const part = chunk.subarray(at, at + take);
                if (this.inExtension)
                    this.extensions.data(part);
                else
                    this.sink?.(part);
                at += take;
                this.offset += take;
                this.remaining -= take;
                if (this.remaining === 0)
                    this.finishEntry();
            }
            else if (this.state === 'padding') {
                const take = Math.min(this.padding, chunk.length - at);
                at += take;
                this.offset += take;
                this.padding -= take;
                if (this.padding === 0)
                    this.state = 'header';
            }
            else if (this.state === 'end') {
                const stray = chunk.subarray(at).findIndex(byte => byte !== 0);
                if (stray >= 0)
                    this.fail(`data after the end-of-archive marker, at byte ${this.offset + stray} of the tar stream`);
                this.offset += chunk.length - at;
                at = chunk.length;
            }
            else {
                const take = Math.min(BLOCK - this.blockFill, chunk.length - at);
                chunk.copy(this.block, this.blockFill, at, at + take);
                this.blockFill += take;
                at += take;
                if (this.blockFill === BLOCK) {
                    this.blockFill = 0;
                    this.header(this.block);
                    this.offset += BLOCK;
                }
            }
        }
    }
    /** The stream is over: it must have ended with its marker. */
    end() {
        if (this.failure)
            return;
        if (this.state === 'data' || this.state === 'padding')
            return this.fail(`entry ${quoted(this.lastName)} is cut short: the tar stream ends at byte ${this.offset}`);
        if (this.state === 'header') {
            const what = this.zeroBlocks === 1
                ? 'only one of the two zero blocks'
                : 'no end-of-archive marker (two zero blocks)';
            this.fail(`${what} after entry ${quoted(this.lastName)}: the tar stream ends at byte ${this.offset}`);
        }
    }
    header(block) {
        if (isZero(block)) {
            const waiting = this.extensions.pendingAt;
            if (waiting !== null)
                return this.fail(`the extended header at byte ${waiting} has no entry after it`);
            if (++this.zeroBlocks === 2)
                this.state = 'end';
            return;
        }
        if (this.zeroBlocks === 1)
            return this.fail(`a lone zero block before byte ${this.offset} of the tar stream (after ${quoted(this.lastName)})`);
        const where = `the header at byte ${this.offset} of the tar stream (after ${quoted(this.lastName)})`;
        if (!checksumMatches(block))
            return this.fail(`${where} fails its checksum`);
        const declared = sizeOf(block);
        if (declared === null)
            return this.fail(`${where} declares an invalid size`);
        const type = typeOf(block);
        this.inExtension = EXTENSION_TYPES.includes(type);
        let size = declared;
        if (this.inExtension) {
            const refused = this.extensions.begin(type, size, this.offset);
            if (refused)
                return this.fail(refused);
        }
        else {
            const header = this.extensions.apply(block, declared, type);
            size = header.size;
            this.lastName = header.name;
            this.entries++;
            this.inEntry = true;
            this.sink = this.handler.entry(header);
        }
        this.remaining = size;
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        this.state = size > 0 ? 'data' : 'header';
        if (size === 0)
            this.finishEntry();
    }
    finishEntry() {
        if (this.inExtension) {
            this.inExtension = false;
            const problem = this.extensions.end();
            if (problem)
                return this.fail(problem);
        }
        else if (this.inEntry) {
            this.inEntry = false;
            this.sink = null;
            this.handler.entryEnd();
        }
        this.state = this.padding > 0 ? 'padding' : 'header';
    }
    fail(message) {
        this.failure ??= new failure/* VerifyFailure */.U('tar', `tar: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/verify/archive-check.ts
// The five levels of checks in one pass over the archive's bytes, as they arrive: count and
// SHA-256, magic, gzip, tar, DocSpace structure, completeness. Memory stays bounded: nothing is
// kept but a block or two and a 64-bit hash per stored file. The first failure decides: from
// then on `decided` says so, the bytes are not even hashed, and the reader should stop (an HTML
// page or zeros are known at byte 512, not after 16 GiB).








const SNIFF_BYTES = 512;
class ArchiveCheck {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    sniffed = Buffer.alloc(0);
    gzip = null;
    entries;
    tar;
    transportFailure = null;
    scavenger = new Scavenger();
    /** Where reading stopped because a level had failed. */
    stoppedAt = null;
    /** One line per level passed so far, for the log (also when a later level fails). */
    levels = [];
    /** `expectDump`: `null` lets the archive say (a `dump` entry makes it a dump). */
    constructor(expectDump) {
        this.entries = new DocSpaceEntries(expectDump);
        this.tar = new TarReader(this.entries);
    }
    /** The failure that decides the verdict, once a level has failed: read no further. */
    get decided() {
        return this.transportFailure ?? this.gzip?.failure ?? this.tar.failure ?? this.entries.failure;
    }
    async write(chunk) {
        if (!this.decided)
            await this.take(chunk);
        if (this.decided)
            this.stoppedAt ??= this.bytes;
    }
    /** The source failed before its end (a cut connection, a read error): level 1. */
    abort(message) {
        if (!this.decided)
            this.transportFailure = new failure/* VerifyFailure */.U('transport', message);
    }
    /** The archive is over; the facts, or the VerifyFailure of the first level that failed. */
    async end(expected = []) {
        if (this.sniffed) {
            const first = this.sniffed;
            this.sniffed = null;
            if (this.choose(first))
                await this.pass(first);
        }
        const decided = this.decided;
        if (decided && this.stoppedAt !== null) {
            this.levels.push(`reading stopped after ${(0,figures/* count */.U)(this.stoppedAt)} bytes, at the first failure: the rest was not read`);
            throw decided;
        }
        for (const size of expected) {
            if (size.bytes !== this.bytes)
                this.abort(`the download gave ${this.bytes} bytes, ${size.source} announced ${size.bytes}`);
        }
        if (this.transportFailure)
            throw this.transportFailure;
        const levels = this.levels;
        levels.push(`transport: ${(0,figures/* humanBytes */.p)(this.bytes)} read (.${this.format()}), SHA-256 ${this.digest().slice(0, 12)}…`);
        if (this.gzip) {
            await this.gzip.end();
            // The last inflated bytes may reach the tar only now, and a higher level fail on them.
            const failure = this.gzip.failure ?? this.decided;
            if (failure)
                throw failure;
            const padding = this.gzip.padding;
            levels.push(`gzip: ${(0,figures/* humanBytes */.p)(this.gzip.inflated)} inflated, one member, CRC-32 and length ok${padding ? `, then ${(0,figures/* count */.U)(padding)} zero bytes of padding (as gzip -t accepts)` : ''}`);
        }
        this.tar.end();
        if (this.tar.failure)
            throw this.tar.failure;
        levels.push(`tar: ${(0,figures/* count */.U)(this.tar.entries)} entries, checksums and sizes ok, end-of-archive marker ok`);
        if (this.entries.failure?.level === 'structure')
            throw this.entries.failure;
        const structure = this.entries.structure();
        if (structure)
            throw new failure/* VerifyFailure */.U('structure', `structure: ${structure}`);
        levels.push(this.structureLine());
        if (this.entries.failure)
            throw this.entries.failure;
        const completeness = this.entries.completeness();
        if (completeness)
            throw new failure/* VerifyFailure */.U('completeness', `completeness: ${completeness}`);
        const missing = this.entries.missingInfoFiles;
        const left = missing === null ? '' : `; storage/missing_info lists ${(0,figures/* count */.U)(missing)} file(s) left out`;
        levels.push(`completeness: ${(0,figures/* count */.U)(this.entries.listedFiles ?? 0)} files listed in storage/restore_info, all present${left}`);
        return {
            format: this.format(),
            bytes: this.bytes,
            sha256: this.digest(),
            dump: this.entries.dump,
            tables: this.entries.tables,
            files: this.entries.files,
            missingFiles: missing,
            levels
        };
    }
    structureLine() {
        const { tables, schemeTables } = this.entries;
        if (this.entries.dump)
            return `structure: a server-wide dump, ${(0,figures/* count */.U)(schemeTables)} table schemes, ${(0,figures/* count */.U)(tables)} table entries`;
        return `structure: a portal backup, ${(0,figures/* count */.U)(tables)} tables parse, tenants_tenants has 1 row, core tables present`;
    }
    async take(chunk) {
        this.bytes += chunk.length;
        this.scavenger.passed(chunk.length);
        this.hash.update(chunk);
        if (this.sniffed) {
            this.sniffed = Buffer.concat([this.sniffed, chunk]);
            if (this.sniffed.length < SNIFF_BYTES)
                return;
            const first = this.sniffed;
            this.sniffed = null;
            if (!this.choose(first))
                return;
            return this.pass(first);
        }
        return this.pass(chunk);
    }
    /** Level 1's look at the first bytes: gzip's magic or a tar header, nothing else. */
    choose(first) {
        if (first[0] === 0x1f && first[1] === 0x8b && (first.length < 3 || first[2] === 8)) {
            this.gzip = new GzipMember(chunk => {
                this.scavenger.passed(chunk.length);
                this.tar.write(chunk);
                return !this.tar.failure && !this.entries.failure;
            });
            return true;
        }
        if (startsWithTarHeader(first))
            return true;
        this.abort(`not an archive: ${describeStart(first)}`);
        return false;
    }
    async pass(chunk) {
        if (this.gzip)
            await this.gzip.write(chunk);
        else
            this.tar.write(chunk);
    }
    format() {
        return this.gzip ? 'tar.gz' : 'tar';
    }
    digestValue = null;
    digest() {
        return (this.digestValue ??= this.hash.digest('hex'));
    }
}
/** What the body was instead of an archive, without quoting it. */
function describeStart(first) {
    if (first.length === 0)
        return 'the body is empty (0 bytes)';
    const head = first.toString('latin1', 0, 64).trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html'))
        return 'the body is an HTML page';
    if (head.startsWith('{') || head.startsWith('['))
        return 'the body is JSON';
    if (head.startsWith('<'))
        return 'the body is XML or HTML';
    const hex = [...first.subarray(0, 4)].map(byte => byte.toString(16).padStart(2, '0')).join(' ');
    return `it starts with bytes ${hex}, neither gzip's magic (1f 8b 08) nor a tar header`;
}


/***/ }),

/***/ 7167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ VerifyFailure),
/* harmony export */   _: () => (/* binding */ VerifyUnavailable)
/* harmony export */ });
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7383);
// The two ways a verification ends short of `verified`, one class each, carried as they are
// from where it happened to the report (outcome.ts): the backup's fault, a level of checks that
// failed (unreadable or corrupt); or the check's, which could not get to a verdict
// (verify-unavailable). docs/CONTRACT.md's table says which failure is which.

/** The archive failed a level of checks: the backup's fault. */
class VerifyFailure extends Error {
    level;
    outcome;
    constructor(level, message) {
        super(message);
        this.level = level;
        this.name = 'VerifyFailure';
        this.outcome = (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeAt */ .eD)(level);
    }
}
/** The check could not reach a verdict on the archive (`verify-unavailable`): not the backup's
 * fault. The message says why and what would allow it. */
class VerifyUnavailable extends Error {
    constructor(message) {
        super(message);
        this.name = 'VerifyUnavailable';
    }
}


/***/ }),

/***/ 6889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   hU: () => (/* binding */ unavailable),
/* harmony export */   zr: () => (/* binding */ verified)
/* harmony export */ });
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7383);
// The report's `verification` from how the check ended: the archive's facts, the VerifyFailure
// of the level that failed, or why the check was unavailable.

function verified(subject, facts, seconds, jobWarning) {
    const left = facts.missingFiles === null
        ? null
        : `storage/missing_info lists ${facts.missingFiles} file(s) the backup left out`;
    const incomplete = left ??
        (jobWarning && /not included|missing_info/i.test(jobWarning)
            ? `the backup job warned: ${jobWarning}`
            : null);
    return {
        ...subject,
        ..._report_verification_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_CHECKED */ .mI,
        outcome: 'verified',
        format: facts.format,
        bytes: facts.bytes,
        sha256: facts.sha256,
        dump: facts.dump,
        tables: facts.tables,
        files: facts.files,
        incomplete,
        levels: facts.levels,
        seconds
    };
}
function failed(subject, failure, levels, seconds) {
    return {
        ...subject,
        ..._report_verification_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_CHECKED */ .mI,
        outcome: failure.outcome,
        check: failure.level,
        message: failure.message,
        levels,
        seconds
    };
}
function unavailable(subject, why, seconds) {
    return { ...subject, ..._report_verification_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_CHECKED */ .mI, outcome: 'unavailable', message: why.message, seconds };
}


/***/ })

};
