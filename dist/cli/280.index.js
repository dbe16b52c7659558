export const id = 280;
export const ids = [280];
export const modules = {

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFileCommand: () => (/* binding */ verifyFileCommand)
/* harmony export */ });
/* unused harmony export VERIFY_FILE_USAGE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _render_restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7563);
/* harmony import */ var _time_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9984);
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7383);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5872);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5585);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
// `docspace-backup-check verify-file PATH`: the restore check of an archive on disk, with the
// Action's checks, report object and exit codes (0 whole, 1 unreadable or damaged, 2 not
// judged: `--verify-timeout` passed).








const VERIFY_FILE_USAGE = `Usage: docspace-backup-check verify-file PATH [--format text|markdown|json]
                                          [--verify-timeout DURATION]

Checks a DocSpace backup archive on disk (a Local backup on the server, a copy from S3) as
--verify checks a downloaded one: gzip, tar, the tables restore reads, restore_info. A "dump"
entry makes it a server-wide dump; .tar.gz or .tar is told from its first bytes. Reading stops
at the first failure. --verify-timeout bounds the whole check (default ${(0,_inputs_names_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultOf */ .HA)('verify-timeout')}, at most 6h).

Exit codes: 0 whole, 1 unreadable or damaged, 2 not judged (--verify-timeout passed),
64 invalid arguments.`;
async function verifyFileCommand(argv) {
    const { paths, rest } = splitPaths(argv);
    const options = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseArguments */ .We)(rest);
    if (options.values.has('help'))
        return print(VERIFY_FILE_USAGE, 0);
    const unknown = [...options.values.keys()].find(name => !['format', 'help', 'verify-timeout'].includes(name));
    if (unknown)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(unknown, `Option "--${unknown}" does not apply to verify-file (see --help).`);
    const format = options.values.get('format') ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('format', `Option "--format" has an invalid value "${format}": expected text, markdown or json.`);
    if (paths.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('path', 'verify-file needs exactly one PATH, the archive to check (see --help).');
    const [path] = paths;
    const timeoutMs = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVerifyTimeoutMs */ .Q)(options.values.get('verify-timeout') ?? (0,_inputs_names_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultOf */ .HA)('verify-timeout'));
    if (!isFile(path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('path', `verify-file: "${path}" is not a readable file.`);
    const { verifyFile } = await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(961), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 907));
    const verification = await verifyFile(path, { timeoutMs });
    print(render(path, verification, format), 0);
    if (verification.outcome === 'unavailable')
        return 2;
    return (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationReason */ ._p)(verification) ? 1 : 0;
}
function render(path, verification, format) {
    const reason = (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationReason */ ._p)(verification);
    if (format === 'markdown')
        return `${(0,_render_restore_check_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreCheckSection */ .u)(verification)}\n`;
    const judged = verification.outcome !== 'unavailable';
    if (format === 'json') {
        const status = !judged ? 'error' : reason ? 'unhealthy' : 'healthy';
        const report = {
            file: path,
            checkedAt: (0,_time_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .isoUtc */ .u8)(new Date()),
            status,
            reasons: reason ? [reason] : [],
            warnings: (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationWarnings */ .NR)(verification),
            verification
        };
        return JSON.stringify(report, null, 2);
    }
    const verdict = !judged
        ? `VERIFY-UNAVAILABLE: ${verification.message}`
        : reason
            ? `${reason.toUpperCase()}: ${verification.message}`
            : 'OK: the archive is whole';
    return [...(0,_render_restore_check_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreCheckLines */ .M)(verification), verdict].join('\n');
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function print(text, code) {
    console.log(text);
    return code;
}


/***/ })

};
