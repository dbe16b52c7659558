export const id = 323;
export const ids = [323];
export const modules = {

/***/ 1323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(241);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5586);
/* harmony import */ var _time_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3355);
/* harmony import */ var _cli_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4153);
/* harmony import */ var _demo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8542);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8726);
/* harmony import */ var _textfile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6333);
// `docspace-backup-check demo`: the check against a healthy and an unhealthy demo portal (fake
// DocSpaces on 127.0.0.1). Only ever run by name: no portal is an invalid argument, not a demo.







/** Succeeds when both verdicts are the expected ones. */
async function demoCommand(args, context) {
    const format = (0,_formats_js__WEBPACK_IMPORTED_MODULE_5__/* .checkFormat */ .KA)(args.values.get('format'));
    const textfile = args.values.get('textfile');
    if (textfile !== undefined)
        context.textfile = (0,_textfile_js__WEBPACK_IMPORTED_MODULE_6__/* .checkTextfilePath */ .dU)(textfile);
    const inputs = (context.inputs = await (0,_cli_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputs */ .Un)(args, process.env));
    // On stderr unless the format is text, so that stdout stays what was asked for.
    const say = format === 'text' ? console.log : console.error;
    say('Checking two embedded demo portals (a fake DocSpace on 127.0.0.1).\n');
    // The demo portals are not the user's: their own URL and token, and no heartbeat.
    const readFor = (url) => name => ({ portal: url, token: _demo_js__WEBPACK_IMPORTED_MODULE_4__/* .DEMO_TOKEN */ .k, 'ping-url': '' })[name] ??
        // The demo proves its newest backup can be restored, unless told otherwise.
        (inputs.read(name) || (name === 'verify' ? 'true' : ''));
    // Every option checked before a demo portal starts.
    (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .T)(readFor('http://127.0.0.1'), process.env);
    const reports = [];
    for (const scenario of ['healthy', 'unhealthy']) {
        const portal = await (0,_demo_js__WEBPACK_IMPORTED_MODULE_4__/* .demoPortal */ .O)(scenario);
        try {
            const inputsOfPortal = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .T)(readFor(portal.url), process.env);
            reports.push(await (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .runCheck */ .k)(inputsOfPortal, { log: console.error, timing: _time_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .realTiming */ .$ }));
        }
        finally {
            await portal.close();
        }
    }
    await (0,_textfile_js__WEBPACK_IMPORTED_MODULE_6__/* .publishMetrics */ .vR)(context.textfile, reports);
    const expected = reports.map(report => report.status).join() === 'healthy,unhealthy';
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_5__/* .print */ .yy)((await (0,_formats_js__WEBPACK_IMPORTED_MODULE_5__/* .renderReports */ .kr)(format, reports)).text, expected ? 0 : 1);
}


/***/ })

};
