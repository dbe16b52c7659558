export const id = 280;
export const ids = [280];
export const modules = {

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFileCommand: () => (/* binding */ verifyFileCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _render_restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7563);
/* harmony import */ var _time_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9984);
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7383);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5586);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5585);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8726);
// `docspace-backup-check verify-file PATH`: the restore check of an archive on disk, with the
// Action's checks, report object and exit codes (0 whole, 1 unreadable or damaged, 2 not
// judged: `--verify-timeout` passed), or a monitoring plugin's output and codes with
// `--format nagios`.








const VERIFY_FILE_FORMATS = ['text', 'markdown', 'json', 'nagios'];
async function verifyFileCommand(args) {
    const format = (0,_formats_js__WEBPACK_IMPORTED_MODULE_7__/* .checkFormat */ .KA)(args.values.get('format'), VERIFY_FILE_FORMATS);
    const path = args.positionals[0].text;
    if (!isFile(path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('path', `verify-file: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .cl)(path)} is not a readable file.`);
    const { verifyFile } = await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(868), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 907));
    const timeoutMs = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVerifyTimeoutMs */ .Q)(args.values.get('verify-timeout') ?? (0,_inputs_names_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultOf */ .HA)('verify-timeout'));
    const verification = await verifyFile(path, { timeoutMs });
    if (format === 'nagios') {
        const { renderNagiosRestoreCheck } = await __webpack_require__.e(/* import() */ 802).then(__webpack_require__.bind(__webpack_require__, 6802));
        const plugin = renderNagiosRestoreCheck(path, verification);
        return (0,_formats_js__WEBPACK_IMPORTED_MODULE_7__/* .print */ .yy)(plugin.text, plugin.exitCode);
    }
    if (verification.outcome === 'unavailable')
        return (0,_formats_js__WEBPACK_IMPORTED_MODULE_7__/* .print */ .yy)(render(path, verification, format), 2);
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_7__/* .print */ .yy)(render(path, verification, format), (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationReason */ ._p)(verification) ? 1 : 0);
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
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ })

};
