export const id = 907;
export const ids = [907];
export const modules = {

/***/ 907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFile: () => (/* binding */ verifyFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _archive_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9066);
/* harmony import */ var _core_figures_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9474);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7167);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6889);
// `docspace-backup-check verify-file PATH`: the same checks on an archive on disk (a Local
// backup on the server, a copy from S3). `.tar.gz` or `.tar` is told from its first bytes.
// Reading stops at the first failure (zeros or an HTML page are known at byte 512), and the
// whole check has a deadline of its own, `--verify-timeout`.







/** Reads in pieces this large: few enough calls, memory still small. */
const READ_CHUNK = 256 * 1024;
async function verifyFile(path, options) {
    const now = options.now ?? Date.now;
    const signal = options.signal ?? AbortSignal.timeout(options.timeoutMs);
    const started = now();
    const subject = {
        backupId: null,
        fileName: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path),
        storageType: null,
        source: 'a file on disk'
    };
    const check = new _archive_check_js__WEBPACK_IMPORTED_MODULE_3__/* .ArchiveCheck */ .t(null);
    let read = 0;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: READ_CHUNK, signal })) {
            if (signal.aborted)
                break;
            read += chunk.length;
            await check.write(chunk);
            if (check.decided)
                break;
        }
    }
    catch (error) {
        if (!signal.aborted)
            check.abort(`the file could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
    const seconds = (now() - started) / 1000;
    if (signal.aborted && !check.decided)
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .unavailable */ .hU)(subject, new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyUnavailable */ ._(timedOut(path, options.timeoutMs, read)), seconds);
    try {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .verified */ .zr)(subject, await check.end(), seconds, null);
    }
    catch (error) {
        if (!(error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyFailure */ .U))
            throw error;
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .failed */ .gz)(subject, error, check.levels, seconds);
    }
}
function timedOut(path, timeoutMs, read) {
    let size = '';
    try {
        size = ` of ${(0,_core_figures_js__WEBPACK_IMPORTED_MODULE_6__/* .humanBytes */ .p)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size)}`;
    }
    catch {
        // The size only adds to the message.
    }
    return `verify-timeout (${timeoutMs / 1000} s) passed after ${(0,_core_figures_js__WEBPACK_IMPORTED_MODULE_6__/* .humanBytes */ .p)(read)}${size} had been read: the archive was not judged; give --verify-timeout more time`;
}


/***/ })

};
