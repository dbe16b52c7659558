export const id = 756;
export const ids = [756];
export const modules = {

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyFileCommand: () => (/* binding */ verifyFileCommand)
});

// UNUSED EXPORTS: VERIFY_FILE_USAGE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(495);
;// CONCATENATED MODULE: ./src/render/restore-check.ts

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
        verification.fileName && `\`${(0,markdown/* text */.Qq)(verification.fileName)}\``,
        verification.source && `from ${(0,markdown/* text */.Qq)(verification.source)}`
    ];
    if (subject.some(Boolean))
        lines.push('', `Archive ${subject.filter(Boolean).join(' ')}.`);
    if (verification.message)
        lines.push('', `${verification.check ? `Check **${verification.check}**: ` : ''}${(0,markdown/* text */.Qq)(verification.message)}`);
    if (verification.levels.length > 0)
        lines.push('', ...verification.levels.map(level => `- ✅ ${(0,markdown/* text */.Qq)(level)}`));
    if (verification.outcome === 'verified') {
        lines.push('', `SHA-256 \`${verification.sha256}\` · ${verification.bytes} bytes · ${verification.tables} tables · ${verification.files} stored files`);
    }
    if (verification.incomplete)
        lines.push('', `⚠️ \`backup-incomplete\`: ${(0,markdown/* text */.Qq)(verification.incomplete)}`);
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

// EXTERNAL MODULE: ./src/time/dates.ts
var dates = __webpack_require__(984);
// EXTERNAL MODULE: ./src/verification.ts
var src_verification = __webpack_require__(932);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(593);
;// CONCATENATED MODULE: ./src/cli/verify-file.ts
// `docspace-backup-check verify-file PATH`: the restore check of an archive on disk, with the
// Action's checks, report object and exit codes (0 whole, 1 unreadable or damaged).






const VERIFY_FILE_USAGE = `Usage: docspace-backup-check verify-file PATH [--format text|markdown|json]

Checks a DocSpace backup archive on disk (a Local backup on the server, a copy from S3) as
--verify checks a downloaded one: gzip, tar, the tables restore reads, restore_info. A "dump"
entry makes it a server-wide dump; .tar.gz or .tar is told from its first bytes.

Exit codes: 0 whole, 1 unreadable or damaged, 64 invalid arguments.`;
async function verifyFileCommand(argv) {
    const { paths, rest } = splitPaths(argv);
    const options = (0,args/* parseArguments */.We)(rest);
    if (options.values.has('help'))
        return print(VERIFY_FILE_USAGE, 0);
    const unknown = [...options.values.keys()].find(name => !['format', 'help'].includes(name));
    if (unknown)
        throw new errors/* InputError */.dz(unknown, `Option "--${unknown}" does not apply to verify-file (see --help).`);
    const format = options.values.get('format') ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format))
        throw new errors/* InputError */.dz('format', `Option "--format" has an invalid value "${format}": expected text, markdown or json.`);
    if (paths.length !== 1)
        throw new errors/* InputError */.dz('path', 'verify-file needs exactly one PATH, the archive to check (see --help).');
    const [path] = paths;
    if (!isFile(path))
        throw new errors/* InputError */.dz('path', `verify-file: "${path}" is not a readable file.`);
    const { verifyFile } = await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 90));
    const verification = await verifyFile(path);
    const reason = (0,src_verification/* verificationReason */._p)(verification);
    print(render(path, verification, format), 0);
    return reason ? 1 : 0;
}
function render(path, verification, format) {
    const reason = (0,src_verification/* verificationReason */._p)(verification);
    if (format === 'markdown')
        return `${restoreCheckSection(verification)}\n`;
    if (format === 'json') {
        const status = reason ? 'unhealthy' : 'healthy';
        const report = {
            file: path,
            checkedAt: (0,dates/* isoUtc */.u8)(new Date()),
            status,
            reasons: reason ? [reason] : [],
            warnings: (0,src_verification/* verificationWarnings */.NR)(verification),
            verification
        };
        return JSON.stringify(report, null, 2);
    }
    const verdict = reason
        ? `${reason.toUpperCase()}: ${verification.message}`
        : 'OK: the archive is whole';
    return [...restoreCheckLines(verification), verdict].join('\n');
}
/** The PATH arguments apart from the options (`--format json`, `--format=json`, `--help`). */
function splitPaths(argv) {
    const paths = [];
    const rest = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--'))
            paths.push(arg);
        else if (arg.includes('=') || arg === '--help' || i + 1 >= argv.length)
            rest.push(arg);
        else
            rest.push(arg, argv[++i]);
    }
    return { paths, rest };
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function print(text, code) {
    console.log(text);
    return code;
}


/***/ }),

/***/ 932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ verificationWarnings),
/* harmony export */   _p: () => (/* binding */ verificationReason),
/* harmony export */   mI: () => (/* binding */ NOT_CHECKED)
/* harmony export */ });
/* unused harmony exports LEVELS, nothingToVerify */
// The report's `verification` object (opt-in `verify`): what was checked, where from, and what
// was found. Built by src/verify/; read by the verdict, the outputs and the summary.
/** The five levels of checks, weakest proof first; the first that fails decides. */
const LEVELS = (/* unused pure expression or super */ null && (['transport', 'gzip', 'tar', 'structure', 'completeness']));
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


/***/ })

};
