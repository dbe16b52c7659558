export const id = 907;
export const ids = [907];
export const modules = {

/***/ 907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFile: () => (/* binding */ verifyFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(296);
/* harmony import */ var _archive_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(305);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(167);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(889);
// `docspace-backup-check verify-file PATH`: the same checks on an archive on disk (a Local
// backup on the server, a copy from S3). `.tar.gz` or `.tar` is told from its first bytes.






/** Reads in pieces this large: few enough calls, memory still small. */
const READ_CHUNK = 256 * 1024;
async function verifyFile(path, now = Date.now) {
    const started = now();
    const subject = {
        backupId: null,
        fileName: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path),
        storageType: null,
        source: 'a file on disk'
    };
    const check = new _archive_check_js__WEBPACK_IMPORTED_MODULE_3__/* .ArchiveCheck */ .t(null);
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: READ_CHUNK }))
            await check.write(chunk);
    }
    catch (error) {
        check.abort(`the file could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
    const seconds = (now() - started) / 1000;
    try {
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .verified */ .zr)(subject, await check.end(), seconds, null);
    }
    catch (error) {
        if (!(error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .VerifyFailure */ .U))
            throw error;
        return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .failed */ .gz)(subject, error, check.levels, seconds);
    }
}


/***/ })

};
