export const id = 802;
export const ids = [802,117];
export const modules = {

/***/ 6802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderNagiosRestoreCheck: () => (/* binding */ renderNagiosRestoreCheck)
/* harmony export */ });
/* harmony import */ var _nagios_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4117);
/* harmony import */ var _perfdata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3357);
/* harmony import */ var _restore_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7563);



function renderNagiosRestoreCheck(file, verification) {
    const state = restoreState(verification);
    const { outcome, check, message } = verification;
    const said = {
        OK: `whole: ${verification.tables} tables, ${verification.files} stored files`,
        WARNING: `backup-incomplete: ${verification.incomplete}`,
        CRITICAL: `backup-${outcome}: ${withLevel(check, message)}`,
        UNKNOWN: `could not be checked: ${message}`
    }[state];
    const perfdata = outcome === 'verified'
        ? [
            { label: 'verified_bytes', value: verification.bytes, uom: 'B', min: 0 },
            { label: 'verified_tables', value: verification.tables, uom: '', min: 0 },
            { label: 'verified_files', value: verification.files, uom: '', min: 0 },
            { label: 'verify_time', value: verification.seconds, uom: 's', min: 0 }
        ]
            .map(_perfdata_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDatum */ .DX)
            .join(' ')
        : '';
    const first = `${(0,_nagios_js__WEBPACK_IMPORTED_MODULE_0__/* .statusLine */ .Bs)(state, `${file}: ${said}`)}${perfdata ? ` | ${perfdata}` : ''}`;
    return {
        text: [first, ...(0,_restore_check_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreCheckLines */ .M)(verification).map(_nagios_js__WEBPACK_IMPORTED_MODULE_0__/* .pluginText */ .z3)].join('\n'),
        exitCode: _nagios_js__WEBPACK_IMPORTED_MODULE_0__/* .PLUGIN_EXIT_CODES */ .y1[state]
    };
}
function restoreState(verification) {
    if (verification.outcome === 'verified')
        return verification.incomplete ? 'WARNING' : 'OK';
    if (verification.outcome === 'unreadable' || verification.outcome === 'corrupt')
        return 'CRITICAL';
    return 'UNKNOWN';
}
/** `completeness: …`: the level that failed, unless the message already starts with it. */
function withLevel(check, message) {
    const text = message ?? '';
    return check && !text.startsWith(`${check}:`) ? `${check}: ${text}` : text;
}


/***/ }),

/***/ 4117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ statusLine),
/* harmony export */   fC: () => (/* binding */ pluginState),
/* harmony export */   qS: () => (/* binding */ statusText),
/* harmony export */   renderNagios: () => (/* binding */ renderNagios),
/* harmony export */   renderNagiosUnknown: () => (/* binding */ renderNagiosUnknown),
/* harmony export */   y1: () => (/* binding */ PLUGIN_EXIT_CODES),
/* harmony export */   z3: () => (/* binding */ pluginText)
/* harmony export */ });
/* unused harmony export WARNINGS_NEEDING_A_PERSON */
/* harmony import */ var _core_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1362);
/* harmony import */ var _perfdata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3357);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(893);
// The report as a monitoring plugin's output (Nagios, Icinga, Naemon, Checkmk, Zabbix's
// external checks): one status line with performance data after `|`, the details on the lines
// after it, and the state in the exit code, as the Monitoring Plugins Development Guidelines say.



const PLUGIN_EXIT_CODES = {
    OK: 0,
    WARNING: 1,
    CRITICAL: 2,
    UNKNOWN: 3
};
/**
 * Warnings that need a person, so the plugin says WARNING: something is wrong that the verdict
 * does not fail for. The others (a running job, a route this portal does not have, a failed
 * ping or issue update) are reported in the long output under OK. One line per code.
 */
const WARNINGS_NEEDING_A_PERSON = new Set([
    'expiring',
    'clock-skew',
    'missed-backups',
    'backup-stuck',
    'backup-incomplete',
    'ping-provider-unknown'
]);
/** The status line is what a pager shows: kept to one short sentence. */
const MAX_STATUS_TEXT = 300;
function pluginState(report) {
    if (report.status === 'error')
        return 'UNKNOWN';
    if (report.status === 'unhealthy')
        return 'CRITICAL';
    return report.warnings.some(code => WARNINGS_NEEDING_A_PERSON.has(code)) ? 'WARNING' : 'OK';
}
/** The plugin's whole output (status line, then the long output) and its exit code. */
function renderNagios(report) {
    const state = pluginState(report);
    const perfdata = (0,_perfdata_js__WEBPACK_IMPORTED_MODULE_0__/* .performanceData */ .t6)(report);
    const first = `${statusLine(state, statusText(report, state))}${perfdata ? ` | ${perfdata}` : ''}`;
    // verdictLines ends with the likely cause, when the schedule tells one.
    const long = [
        ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictLines */ .rz)(report),
        ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .warningLines */ ._F)(report),
        ...(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .criterionLines */ .n_)(report),
        `checked at ${report.checkedAt}`
    ];
    return {
        text: [first, ...long.map(pluginText)].join('\n'),
        exitCode: PLUGIN_EXIT_CODES[state]
    };
}
/** For arguments that could not be used: UNKNOWN, as the guidelines want for a usage error. */
function renderNagiosUnknown(message) {
    return { text: statusLine('UNKNOWN', message), exitCode: PLUGIN_EXIT_CODES.UNKNOWN };
}
/** `DOCSPACE BACKUP <STATE> - <text>`, the text one short line. */
function statusLine(state, text) {
    return `DOCSPACE BACKUP ${state} - ${clipped(pluginText(text))}`;
}
/** The status line's text for one portal: `host: what is wrong`, or its figures. */
function statusText(report, state) {
    const host = report.host;
    if (report.error)
        return `${host}: ${report.error.code}: ${report.error.message}`;
    if (state === 'CRITICAL') {
        return `${host}: ${report.reasons.join(', ')}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictLines */ .rz)(report)[0]?.replace(/^[a-z-]+: /, '')}`;
    }
    const figures = newestFigures(report);
    if (state === 'WARNING') {
        const codes = report.warnings.filter(code => WARNINGS_NEEDING_A_PERSON.has(code));
        return `${host}: ${codes.join(', ')}; ${figures}`;
    }
    return `${host}: ${figures}`;
}
function newestFigures(report) {
    const usable = `${report.counts.usable} usable backup${report.counts.usable === 1 ? '' : 's'}`;
    const maxAgeInForceHours = report.thresholds.maxAgeHours?.toFixed(2);
    return report.latest
        ? `${usable}, newest ${report.latest.ageHours.toFixed(2)} h old (max-age ${maxAgeInForceHours} h)`
        : usable;
}
/**
 * Portal text made safe for a plugin line: one line, and no `|`, which would start the
 * performance data on whichever line it is (the guidelines read `|` on the long output too).
 */
function pluginText(text) {
    return (0,_core_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(text).replaceAll('|', '¦');
}
function clipped(text) {
    return text.length > MAX_STATUS_TEXT ? `${text.slice(0, MAX_STATUS_TEXT - 1)}…` : text;
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ formatDatum),
/* harmony export */   IW: () => (/* binding */ perfData),
/* harmony export */   t6: () => (/* binding */ performanceData)
/* harmony export */ });
/* unused harmony export perfNumber */
/* harmony import */ var _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2206);

const SOURCES = [
    ({ latest, thresholds }) => [
        {
            label: 'age',
            value: latest && seconds(latest.ageHours),
            uom: 's',
            // A range `N` alerts above N: `stale` is an age over the max-age.
            crit: thresholds.maxAgeHours === null ? '' : perfNumber(seconds(thresholds.maxAgeHours)),
            min: 0
        }
    ],
    ({ counts, thresholds }) => [
        // A range `N:` alerts below N: fewer usable backups than min-count.
        {
            label: 'usable',
            value: counts.usable,
            uom: '',
            crit: rangeAtLeast(thresholds.minCount),
            min: 0
        },
        { label: 'records', value: counts.history, uom: '', min: 0 }
    ],
    ({ counts }) => counts.createdThisMonth === null
        ? []
        : [{ label: 'created_month', value: counts.createdThisMonth, uom: '', min: 0 }],
    ({ progress }) => progress ? [{ label: 'job_progress', value: progress.progress, uom: '%', min: 0, max: 100 }] : [],
    ({ startedBackup }) => startedBackup
        ? [{ label: 'started_backup', value: startedBackup.seconds, uom: 's', min: 0 }]
        : [],
    report => {
        const verification = (0,_prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationOf */ .z)(report);
        if (verification?.outcome !== 'verified')
            return [];
        return [
            { label: 'verified_bytes', value: verification.bytes, uom: 'B', min: 0 },
            { label: 'verified_tables', value: verification.tables, uom: '', min: 0 },
            { label: 'verified_files', value: verification.files, uom: '', min: 0 },
            { label: 'verify_time', value: verification.seconds, uom: 's', min: 0 }
        ];
    }
];
/** The performance data of a report; none when the portal could not be checked. */
function performanceData(report) {
    return perfData(report).map(formatDatum).join(' ');
}
/** The data themselves (a fleet puts each portal's name before its labels). */
function perfData(report) {
    return report.status === 'error' ? [] : SOURCES.flatMap(source => source(report));
}
function formatDatum(datum) {
    const value = datum.value === null || !Number.isFinite(datum.value)
        ? 'U'
        : `${perfNumber(datum.value)}${datum.uom}`;
    const fields = [datum.warn ?? '', datum.crit ?? '', optional(datum.min), optional(datum.max)];
    // Trailing empty fields may be dropped, as the guidelines allow.
    while (fields.length > 0 && fields[fields.length - 1] === '')
        fields.pop();
    return [`'${datum.label}'=${value}`, ...fields].join(';');
}
function rangeAtLeast(minimum) {
    return minimum > 0 ? `${perfNumber(minimum)}:` : '';
}
function optional(value) {
    return value === undefined ? '' : perfNumber(value);
}
function seconds(hours) {
    return hours * 3600;
}
/** A plain decimal number (the guidelines' `[-0-9.]`): never an exponent, at most 3 decimals. */
function perfNumber(value) {
    if (!Number.isFinite(value))
        return '';
    if (Math.abs(value) >= 1e15)
        return BigInt(Math.round(value)).toString();
    const fixed = value.toFixed(3).replace(/\.?0+$/, '');
    return fixed === '-0' ? '0' : fixed;
}


/***/ }),

/***/ 2206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FAMILIES),
/* harmony export */   z: () => (/* binding */ verificationOf)
/* harmony export */ });
/* harmony import */ var _core_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7265);
/* harmony import */ var _report_verification_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7383);
// The metrics written for each portal: one entry per family, in the order they are written. A
// new report field (e.g. the verification's figures) is one more entry here.


/** One sample, or none when `value` is `null` or `undefined` (not known for this portal). */
const one = (value) => value === null || value === undefined ? [] : [{ value }];
const flag = (value) => [{ value: value ? 1 : 0 }];
const unixSeconds = (iso) => iso ? Date.parse(iso) / 1000 : null;
const isBackupJob = (report) => report.progress?.backupProgressEnum === _core_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_KIND */ .Xw.Backup;
/** The restore check (`--verify`), when the report has one. */
function verificationOf(report) {
    return report.verification;
}
/** A figure of a verification that passed every check (the `verified-*` outputs' rule). */
const verifiedFigure = (report, figure) => {
    const verification = verificationOf(report);
    return verification && (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_1__/* .wasVerified */ .YI)(verification) ? one(verification[figure]) : [];
};
const FAMILIES = [
    {
        name: 'docspace_backup_up',
        help: 'Whether the portal could be checked: 1 when a verdict was reached, 0 when not (see docspace_backup_reason).',
        evenOnError: true,
        samples: report => flag(report.status !== 'error')
    },
    {
        name: 'docspace_backup_healthy',
        help: 'Whether the backups are healthy: 1 healthy, 0 unhealthy or not checked.',
        evenOnError: true,
        samples: report => flag(report.status === 'healthy')
    },
    {
        name: 'docspace_backup_reason',
        help: 'Why the backups are unhealthy, or why they could not be checked: 1 per reason code.',
        evenOnError: true,
        samples: report => report.reasons.map(reason => ({ labels: { reason }, value: 1 }))
    },
    {
        name: 'docspace_backup_warning',
        help: 'Warnings of the check: 1 per warning code.',
        evenOnError: true,
        samples: report => report.warnings.map(warning => ({ labels: { warning }, value: 1 }))
    },
    {
        name: 'docspace_backup_check_timestamp_seconds',
        help: 'When the check ran, in Unix time.',
        evenOnError: true,
        samples: report => one(unixSeconds(report.checkedAt))
    },
    {
        name: 'docspace_backup_latest_created_timestamp_seconds',
        help: 'When the newest usable backup was created, in Unix time (absent when there is none).',
        samples: report => one(unixSeconds(report.latest?.createdOn))
    },
    {
        name: 'docspace_backup_max_age_seconds',
        help: 'The oldest acceptable age of the newest usable backup (the max-age in force).',
        samples: report => one(report.thresholds.maxAgeHours && report.thresholds.maxAgeHours * 3600)
    },
    {
        name: 'docspace_backup_usable_backups',
        help: 'Usable backups: not expired, not dated more than a day ahead.',
        samples: report => one(report.counts.usable)
    },
    {
        name: 'docspace_backup_min_usable_backups',
        help: 'The fewest usable backups that count as healthy (min-count).',
        samples: report => one(report.thresholds.minCount)
    },
    {
        name: 'docspace_backup_history_records',
        help: "Records in the portal's backup history, expired ones included.",
        samples: report => one(report.counts.history)
    },
    {
        name: 'docspace_backup_created_this_month',
        help: 'Backups created this calendar month (getbackupscount; absent before DocSpace 3.5).',
        samples: report => one(report.counts.createdThisMonth)
    },
    {
        name: 'docspace_backup_last_job_failed',
        help: 'Whether the latest backup job completed with an error.',
        samples: report => flag(isBackupJob(report) && !!report.progress?.isCompleted && !!report.progress.error)
    },
    {
        name: 'docspace_backup_job_running',
        help: 'Whether a backup job is running.',
        samples: report => flag(isBackupJob(report) && report.progress?.isCompleted === false)
    },
    {
        name: 'docspace_backup_schedule_present',
        help: 'Whether the portal has an automatic backup schedule.',
        samples: report => flag(report.scheduleSummary !== null)
    },
    {
        name: 'docspace_backup_schedule_last_started_timestamp_seconds',
        help: 'When the schedule last started a backup, in Unix time (absent when it never has).',
        samples: report => one(unixSeconds(report.scheduleSummary?.lastStarted))
    },
    {
        name: 'docspace_backup_service_enabled',
        help: 'Whether the paid backup service is enabled (absent before DocSpace 3.5).',
        samples: report => (report.serviceEnabled === null ? [] : flag(report.serviceEnabled))
    },
    {
        name: 'docspace_backup_started_backup_duration_seconds',
        help: 'With --start-backup: seconds from starting the backup to the end of the wait.',
        samples: report => one(report.startedBackup?.seconds)
    },
    {
        name: 'docspace_backup_verified',
        help: 'With --verify: 1 when the newest backup passed every restore check, 0 when unreadable or corrupt (absent when nothing was verified).',
        samples: report => {
            const verified = (0,_report_verification_js__WEBPACK_IMPORTED_MODULE_1__/* .wasVerified */ .YI)(verificationOf(report));
            return verified === null ? [] : flag(verified);
        }
    },
    {
        name: 'docspace_backup_verified_archive_bytes',
        help: 'With --verify: the size of the verified archive.',
        samples: report => verifiedFigure(report, 'bytes')
    },
    {
        name: 'docspace_backup_verified_tables',
        help: 'With --verify: database tables in the verified archive.',
        samples: report => verifiedFigure(report, 'tables')
    },
    {
        name: 'docspace_backup_verified_files',
        help: 'With --verify: storage files in the verified archive.',
        samples: report => verifiedFigure(report, 'files')
    },
    {
        name: 'docspace_backup_verify_duration_seconds',
        help: 'With --verify: seconds the download and restore check took.',
        samples: report => one(verificationOf(report)?.seconds)
    }
];


/***/ })

};
