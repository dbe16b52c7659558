export const id = 137;
export const ids = [137];
export const modules = {

/***/ 305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ ArchiveCheck)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(193);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(800);
;// CONCATENATED MODULE: ./src/verify/xml-document.ts
// The XML entries of an archive, parsed as they stream (saxes: a small, strict, streaming XML
// parser): a table is an inline XSD then its rows; restore_info lists the stored files.


const XSD = 'http://www.w3.org/2001/XMLSchema';
/** A streaming XML document; `problem` holds the first thing wrong with it. */
class XmlDocument {
    problem = null;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    parser = new saxes/* SaxesParser */.wT({ xmlns: true });
    depth = 0;
    constructor() {
        this.parser.on('error', error => {
            this.problem ??= `is not well-formed XML (${error.message.replace(/^undefined:/, '')})`;
        });
        this.parser.on('opentag', tag => {
            this.depth++;
            if (!this.problem)
                this.open(tag);
        });
        this.parser.on('closetag', tag => {
            if (!this.problem)
                this.close(tag);
            this.depth--;
        });
        this.parser.on('text', text => {
            if (!this.problem)
                this.text(text);
        });
    }
    write(chunk) {
        if (this.problem)
            return;
        this.parser.write(this.decoder.write(chunk));
    }
    end() {
        if (this.problem)
            return;
        this.parser.write(this.decoder.end());
        this.parser.close();
        if (!this.problem)
            this.finish();
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
            this.problem = `starts with <${tag.name}> where its xs:schema should be`;
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
    files = 0;
    current = null;
    field = null;
    constructor(root, onFile) {
        super();
        this.root = root;
        this.onFile = onFile;
    }
    open(tag) {
        if (this.depth === 1 && tag.local !== this.root)
            this.problem = `has the root <${tag.name}>, not <${this.root}>`;
        else if (this.depth === 2 && tag.local === 'file')
            this.current = { module: '', domain: '', path: '' };
        else if (this.depth === 3 && this.current && ['module', 'domain', 'path'].includes(tag.local))
            this.field = tag.local;
    }
    text(text) {
        if (this.current && this.field)
            this.current[this.field] += text;
    }
    close(tag) {
        if (this.depth === 3)
            this.field = null;
        if (this.depth === 2 && tag.local === 'file' && this.current) {
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
/** Names of listed files without an entry, kept for the message. */
const MISSING_SHOWN = 3;
class DocSpaceEntries {
    tables = 0;
    schemeTables = 0;
    files = 0;
    dump = false;
    listedFiles = null;
    missingInfoFiles = null;
    structureProblem = null;
    dumpText = '';
    present = new Set();
    /** Fingerprints of the stored files' entry names: memory per entry stays small. */
    stored = new Set();
    /** Files restore_info lists whose entry had not been seen yet (in a `.tar`, it may come first). */
    unresolved = [];
    restoreInfoProblem = null;
    current = null;
    entry(rawName, _size, type) {
        const name = normalise(rawName);
        if (type === '5' || name.endsWith('/') || name === '')
            return null;
        if (name === 'dump') {
            this.dump = true;
            return chunk => {
                if (this.dumpText.length < 16)
                    this.dumpText += chunk.toString('latin1', 0, 16);
            };
        }
        if (name === RESTORE_INFO || name === MISSING_INFO)
            return this.fileList(name);
        const parts = name.split('/');
        if (parts[0] === 'databases' && parts.length === 3)
            return this.table(name, parts[1]);
        this.files++;
        this.stored.add(fingerprint(name));
        return null;
    }
    entryEnd() {
        this.current?.finish();
        this.current = null;
    }
    /** Level 4's verdict: `null` when restore would accept the archive's structure. */
    structure(expectDump) {
        const dump = expectDump ?? this.dump;
        if (this.dump && !dump)
            return 'a "dump" entry: restore refuses it in a portal backup (it marks a server-wide dump)';
        if (dump && !this.dump)
            return 'no "dump" entry: a server-wide (dump) backup has one';
        if (dump) {
            if (this.dumpText.trim() !== 'True')
                return `the "dump" entry holds "${this.dumpText.trim().slice(0, 8)}", not "True"`;
            if (this.schemeTables === 0)
                return 'no databases/scheme/* entries: a dump restores its tables from them';
            return null;
        }
        if (this.structureProblem)
            return this.structureProblem;
        const missing = CORE_TABLES.filter(table => !this.present.has(table));
        if (missing.length > 0)
            return `the core table${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`;
        return null;
    }
    /** Level 5's verdict: `null` when every file restore_info lists has its entry. */
    completeness() {
        if (this.restoreInfoProblem)
            return this.restoreInfoProblem;
        if (this.listedFiles === null)
            return `no ${RESTORE_INFO} entry: restore would bring back no stored files`;
        const missing = this.unresolved.filter(name => !this.stored.has(fingerprint(name)) && !this.stored.has(fingerprint(`storage/${name}`)));
        if (missing.length === 0)
            return null;
        const shown = missing
            .slice(0, MISSING_SHOWN)
            .map(name => `"${name}"`)
            .join(', ');
        const more = missing.length > MISSING_SHOWN ? ` and ${missing.length - MISSING_SHOWN} more` : '';
        return `${RESTORE_INFO} lists ${missing.length} file${missing.length > 1 ? 's' : ''} with no entry in the archive: ${shown}${more}`;
    }
    table(name, connection) {
        this.tables++;
        this.present.add(name);
        if (connection === 'scheme' || connection === 'data') {
            if (connection === 'scheme')
                this.schemeTables++;
            return () => undefined;
        }
        const document = new TableDocument();
        this.current = {
            name,
            finish: () => {
                document.end();
                const problem = document.problem ??
                    (name === TENANTS && document.rows !== 1
                        ? `has ${document.rows} rows (restore needs exactly this portal's one)`
                        : null);
                if (problem)
                    this.structureProblem ??= `entry "${name}" ${problem}`;
            }
        };
        return chunk => document.write(chunk);
    }
    fileList(name) {
        const restoreInfo = name === RESTORE_INFO;
        const document = new FileListDocument(restoreInfo ? 'storage_restore' : 'storage_missing', file => {
            if (restoreInfo)
                this.listed(file);
        });
        this.current = {
            name,
            finish: () => {
                document.end();
                if (restoreInfo) {
                    this.listedFiles = document.files;
                    if (document.problem)
                        this.restoreInfoProblem ??= `entry "${name}" ${document.problem}`;
                }
                else {
                    this.missingInfoFiles = document.files;
                }
            }
        };
        return chunk => document.write(chunk);
    }
    listed(file) {
        // As the writer combines them: an empty domain leaves no empty segment.
        const name = normalise([file.module, file.domain, file.path].filter(Boolean).join('/'));
        if (!this.stored.has(fingerprint(name)) && !this.stored.has(fingerprint(`storage/${name}`)))
            this.unresolved.push(name);
    }
}
/** Entry names as restore compares them: `/` separators, no leading `/` or `./`. */
function normalise(name) {
    return name.replaceAll('\\', '/').replace(/^(\.?\/)+/, '');
}
function fingerprint(name) {
    return (0,external_node_crypto_.createHash)('sha1').update(name).digest('base64').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/core/figures.ts
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

// EXTERNAL MODULE: ./src/verify/failure.ts
var failure = __webpack_require__(167);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/verify/gzip-member.ts
// Level 2: one gzip member, inflated as it streams, with its CRC-32 and length trailer checked
// and nothing after it. node:zlib's Gunzip would silently join a second member and ignore
// trailing bytes, so the header and trailer are read here and only the deflate data goes to
// InflateRaw; its `bytesWritten` says where the deflate data ended.


const FLAG = { HCRC: 2, EXTRA: 4, NAME: 8, COMMENT: 16, RESERVED: 0xe0 };
/** A gzip header with a name or comment longer than this is not a backup's. */
const MAX_HEADER = 64 * 1024;
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
    tail = [];
    crc = 0;
    ending = false;
    /** Inflated bytes. */
    inflated = 0;
    failure = null;
    constructor(onInflated) {
        this.onInflated = onInflated;
        this.inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 64 * 1024 });
        this.inflate.on('data', (chunk) => {
            this.crc = (0,external_node_zlib_.crc32)(chunk, this.crc);
            this.inflated += chunk.length;
            this.onInflated(chunk);
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
            this.tail.unshift(...rest.filter(part => part.length > 0));
            this.inFlight = [];
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
        if (this.deflateEnded) {
            this.tail.push(data);
            return;
        }
        if (data.length === 0)
            return;
        this.inFlight.push({ start: this.deflateWritten, chunk: data });
        this.deflateWritten += data.length;
        const more = this.inflate.write(data);
        const consumed = this.inflate.bytesWritten;
        while (this.inFlight.length > 1 &&
            this.inFlight[0].start + this.inFlight[0].chunk.length <= consumed) {
            this.inFlight.shift();
        }
        if (!more)
            await settled(this.inflate, 'drain');
    }
    /** The archive has no more bytes: the member must be whole, and alone. */
    async end() {
        if (this.failure)
            return;
        if (this.header)
            return this.fail(`the archive ends inside the gzip header, after ${this.offset} bytes`);
        if (!this.deflateEnded) {
            this.ending = true;
            this.inflate.end();
            await settled(this.inflate, 'end');
            if (this.failure)
                return;
            if (!this.deflateEnded)
                return this.fail('the compressed data ends early: the archive is truncated');
        }
        const tail = Buffer.concat(this.tail);
        const trailerAt = this.offset - tail.length;
        if (tail.length < 8)
            return this.fail(`the 8-byte trailer (CRC-32 and length) is cut short at byte ${this.offset}: the archive is truncated`);
        const storedCrc = tail.readUInt32LE(0);
        if (storedCrc !== this.crc >>> 0)
            return this.fail(`CRC-32 mismatch: the trailer at byte ${trailerAt} says ${hex(storedCrc)}, the data inflates to ${hex(this.crc)}`);
        const storedSize = tail.readUInt32LE(4);
        if (storedSize !== this.inflated % 2 ** 32)
            return this.fail(`length mismatch: the trailer says ${storedSize} bytes (mod 2^32), the data inflates to ${this.inflated}`);
        const after = tail.subarray(8);
        if (after.length === 0)
            return;
        const where = trailerAt + 8;
        if (after[0] === 0x1f && after[1] === 0x8b)
            return this.fail(`a second gzip member starts at byte ${where}; a backup has one`);
        this.fail(`${after.length} bytes follow the gzip trailer, from byte ${where}`);
    }
    fail(message) {
        if (this.failure)
            return;
        this.failure = new failure/* VerifyFailure */.U('gzip', `gzip: ${message}`);
        this.inflate.destroy();
    }
}
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
        const zero = bytes.indexOf(0, at);
        if (zero < 0)
            return null;
        at = zero + 1;
    }
    if (flags & FLAG.HCRC)
        at += 2;
    return bytes.length < at ? null : at;
}
function hex(value) {
    return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
/** Resolves on `event`, or when the stream ends, fails or closes instead. */
function settled(stream, event) {
    if (event === 'end' && stream.readableEnded)
        return Promise.resolve();
    return new Promise(resolve => {
        const done = () => {
            for (const name of ['drain', 'end', 'error', 'close'])
                stream.off(name, done);
            resolve();
        };
        for (const name of ['drain', 'end', 'error', 'close'])
            stream.on(name, done);
    });
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(258);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/verify/memory.ts
// Keeps the check's memory flat. The Buffers a download lets go (socket reads, inflated chunks)
// live outside V8's heap and are freed only when a scavenge runs, which V8 puts off until its
// young generation has grown by tens of MB: a 1 GB archive then peaked at ~160 MB. A minor GC
// every few MB (about a millisecond each) keeps the peak near 80 MB (README, "Performance").


const EVERY_BYTES = 8 * 1024 * 1024;
let collect;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        // `gc` exposed for a moment, in a context of its own, then hidden again.
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        collect = (0,external_node_vm_.runInNewContext)('gc');
        (0,external_node_v8_.setFlagsFromString)('--no-expose-gc');
    }
    catch {
        collect = null;
    }
    return collect;
}
/** Counts bytes; every 8 MiB, a minor collection. */
class Scavenger {
    since = 0;
    passed(bytes) {
        this.since += bytes;
        if (this.since < EVERY_BYTES)
            return;
        this.since = 0;
        collector()?.({ type: 'minor' });
    }
}

;// CONCATENATED MODULE: ./src/verify/tar-header.ts
// One 512-byte tar header's fields: checksum, size (octal or GNU base-256), name; kept apart
// from the reader's state machine so each can be read on its own.
const BLOCK = 512;
function isZero(block) {
    for (let i = 0; i < BLOCK; i += 8)
        if (block.readBigUInt64LE(i) !== 0n)
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

;// CONCATENATED MODULE: ./src/verify/tar-reader.ts
// Level 3: the tar stream, header by header: checksums, declared sizes (octal or GNU base-256),
// GNU long names, the two zero blocks at the end and nothing but zeros after them. Our own
// small reader: tar-stream skips zero blocks anywhere, so it cannot tell a tar that ended
// properly from one cut at an entry boundary (README, "Dependencies of the restore check").


/** A GNU long name longer than this is not a DocSpace entry name. */
const MAX_LONG_NAME = 64 * 1024;
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
    longName = null;
    pendingName = null;
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
                this.content(chunk.subarray(at, at + take));
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
            return this.fail(`entry "${this.lastName}" is cut short: the tar stream ends at byte ${this.offset}`);
        if (this.state === 'header') {
            const what = this.zeroBlocks === 1
                ? 'only one of the two zero blocks'
                : 'no end-of-archive marker (two zero blocks)';
            this.fail(`${what} after entry "${this.lastName}": the tar stream ends at byte ${this.offset}`);
        }
    }
    header(block) {
        if (isZero(block)) {
            if (++this.zeroBlocks === 2)
                this.state = 'end';
            return;
        }
        if (this.zeroBlocks === 1)
            return this.fail(`a lone zero block before byte ${this.offset} of the tar stream (after "${this.lastName}")`);
        const where = `the header at byte ${this.offset} of the tar stream (after "${this.lastName}")`;
        if (!checksumMatches(block))
            return this.fail(`${where} fails its checksum`);
        const size = sizeOf(block);
        if (size === null)
            return this.fail(`${where} declares an invalid size`);
        const type = String.fromCharCode(block[156] || 0x30);
        this.remaining = size;
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        this.state = size > 0 ? 'data' : this.padding > 0 ? 'padding' : 'header';
        if (type === 'L') {
            if (size > MAX_LONG_NAME)
                return this.fail(`${where} is a GNU long name of ${size} bytes`);
            this.longName = [];
        }
        else if (type === 'K' || type === 'x' || type === 'g') {
            this.sink = null;
        }
        else {
            const name = this.pendingName ?? nameOf(block);
            this.pendingName = null;
            this.lastName = name;
            this.entries++;
            this.inEntry = true;
            this.sink = this.handler.entry(name, size, type);
        }
        if (size === 0)
            this.finishEntry();
    }
    content(part) {
        if (this.longName)
            this.longName.push(Buffer.from(part));
        else
            this.sink?.(part);
    }
    finishEntry() {
        if (this.longName) {
            const name = Buffer.concat(this.longName);
            const zero = name.indexOf(0);
            this.pendingName = name.subarray(0, zero < 0 ? name.length : zero).toString('utf8');
            this.longName = null;
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
// kept but a block or two and one fingerprint per stored file. The lowest level that failed
// decides, so reading goes on to the end after a higher level fails.








const SNIFF_BYTES = 512;
class ArchiveCheck {
    expectDump;
    hash = (0,external_node_crypto_.createHash)('sha256');
    scavenger = new Scavenger();
    bytes = 0;
    sniffed = Buffer.alloc(0);
    gzip = null;
    entries = new DocSpaceEntries();
    tar = new TarReader(this.entries);
    transportFailure = null;
    /** One line per level passed so far, for the log (also when a later level fails). */
    levels = [];
    /** `expectDump`: `null` lets the archive say (a `dump` entry makes it a dump). */
    constructor(expectDump) {
        this.expectDump = expectDump;
    }
    async write(chunk) {
        this.scavenger.passed(chunk.length);
        this.bytes += chunk.length;
        this.hash.update(chunk);
        if (this.transportFailure)
            return;
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
    /** The source failed before its end (a cut connection, a read error): level 1. */
    abort(message) {
        this.transportFailure ??= new failure/* VerifyFailure */.U('transport', message);
    }
    /** The archive is over; the facts, or the VerifyFailure of the lowest level that failed. */
    async end(expected = []) {
        if (this.sniffed) {
            const first = this.sniffed;
            this.sniffed = null;
            if (this.choose(first))
                await this.pass(first);
        }
        for (const size of expected) {
            if (size.bytes !== this.bytes)
                this.abort(`the download gave ${this.bytes} bytes, ${size.source} announced ${size.bytes}`);
        }
        if (this.transportFailure)
            throw this.transportFailure;
        const levels = this.levels;
        levels.push(`transport: ${humanBytes(this.bytes)} read (.${this.format()}), SHA-256 ${this.digest().slice(0, 12)}…`);
        if (this.gzip) {
            await this.gzip.end();
            if (this.gzip.failure)
                throw this.gzip.failure;
            levels.push(`gzip: ${humanBytes(this.gzip.inflated)} inflated, one member, CRC-32 and length ok`);
        }
        this.tar.end();
        if (this.tar.failure)
            throw this.tar.failure;
        levels.push(`tar: ${count(this.tar.entries)} entries, checksums and sizes ok, end-of-archive marker ok`);
        const structure = this.entries.structure(this.expectDump);
        if (structure)
            throw new failure/* VerifyFailure */.U('structure', `structure: ${structure}`);
        levels.push(this.structureLine());
        const completeness = this.entries.completeness();
        if (completeness)
            throw new failure/* VerifyFailure */.U('completeness', `completeness: ${completeness}`);
        const missing = this.entries.missingInfoFiles;
        const left = missing === null ? '' : `; storage/missing_info lists ${count(missing)} file(s) left out`;
        levels.push(`completeness: ${count(this.entries.listedFiles ?? 0)} files listed in storage/restore_info, all present${left}`);
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
            return `structure: a server-wide dump, ${count(schemeTables)} table schemes, ${count(tables)} table entries`;
        return `structure: a portal backup, ${count(tables)} tables parse, tenants_tenants has 1 row, core tables present`;
    }
    /** Level 1's look at the first bytes: gzip's magic or a tar header, nothing else. */
    choose(first) {
        if (first[0] === 0x1f && first[1] === 0x8b && (first.length < 3 || first[2] === 8)) {
            this.gzip = new GzipMember(chunk => this.tar.write(chunk));
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

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ VerifyFailure)
/* harmony export */ });
// A verification that failed: which level of checks, and the contract's code for it.
class VerifyFailure extends Error {
    level;
    code;
    constructor(level, message) {
        super(message);
        this.level = level;
        this.name = 'VerifyFailure';
        this.code = level === 'transport' ? 'backup-unreadable' : 'backup-corrupt';
    }
}


/***/ }),

/***/ 889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   hU: () => (/* binding */ unavailable),
/* harmony export */   zr: () => (/* binding */ verified)
/* harmony export */ });
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(383);
// The verification's outcome from what the archive check found.

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
        outcome: failure.code === 'backup-unreadable' ? 'unreadable' : 'corrupt',
        check: failure.level,
        message: failure.message,
        levels,
        seconds
    };
}
function unavailable(subject, message, seconds = 0) {
    return { ...subject, ..._report_verification_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_CHECKED */ .mI, outcome: 'unavailable', message, seconds };
}


/***/ })

};
