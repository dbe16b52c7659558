export const id = 65;
export const ids = [65];
export const modules = {

/***/ 3065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8279);
/* harmony import */ var _demo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8542);
// `--serve`: only a demo portal, for trying the check (or a monitoring system) against it. Its
// first line names its URL (with `--port 0`, a free port).




async function serve(args) {
    const port = wholeNumber(args, 'port', 65_535) ?? 8080;
    const latencyMs = wholeNumber(args, 'latency');
    const records = wholeNumber(args, 'records');
    if (records !== undefined && args.values.has('scenario')) {
        const message = 'Options "--records" and "--scenario" cannot be combined: one or the other.';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('records', message);
    }
    const scenario = args.values.get('scenario') ?? 'healthy';
    const archiveFile = args.values.get('archive');
    const archive = archiveFile === undefined ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(archiveFile);
    const portal = await (0,_demo_js__WEBPACK_IMPORTED_MODULE_3__/* .demoPortal */ .O)(scenario, port, { latencyMs, records, archive });
    const name = records === undefined ? scenario : `${records} records`;
    const delay = latencyMs ? `, ${latencyMs} ms per answer` : '';
    const stop = 'Ctrl-C stops it.';
    console.log(`Demo DocSpace (${name}${delay}) at ${portal.url}, token ${_demo_js__WEBPACK_IMPORTED_MODULE_3__/* .DEMO_TOKEN */ .k}. ${stop}`);
    await new Promise(resolve => process.once('SIGINT', resolve).once('SIGTERM', resolve));
    await portal.close();
    return 0;
}
/** A whole-number option, checked as the inputs are; `undefined` when not given. */
function wholeNumber(args, name, max = Number.MAX_SAFE_INTEGER) {
    const text = args.values.get(name);
    return text === undefined ? undefined : (0,_inputs_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(name, text, 0, max);
}


/***/ })

};
