export const id = 594;
export const ids = [594];
export const modules = {

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


/***/ }),

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ renderLabelled),
/* harmony export */   N: () => (/* binding */ escapeLabelValue),
/* harmony export */   renderPrometheus: () => (/* binding */ renderPrometheus),
/* harmony export */   renderPrometheusUnchecked: () => (/* binding */ renderPrometheusUnchecked)
/* harmony export */ });
/* harmony import */ var _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2206);

/** The metrics of one or more portals (the demo checks two), one HELP and TYPE per family. */
function renderPrometheus(reports) {
    return renderLabelled(reports.map(report => ({ portal: report.host, report })));
}
/**
 * The metrics of reports each under its own `portal` label (a fleet labels by name), every
 * family once.
 */
function renderLabelled(labelled) {
    const lines = [];
    for (const family of _prometheus_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .FAMILIES */ .B) {
        const samples = labelled.flatMap(({ portal, report }) => report.status === 'error' && !family.evenOnError
            ? []
            : family.samples(report).map(sample => sampleLine(family.name, portal, sample)));
        if (samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
        lines.push(`# TYPE ${family.name} gauge`);
        lines.push(...samples);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * For a run that never reached the portal (invalid arguments): `up` 0 and why, so that a
 * textfile is not left holding the figures of the last good run.
 */
function renderPrometheusUnchecked(host, reason, at) {
    // The families written on error read only these fields.
    const unchecked = {
        host,
        status: 'error',
        reasons: [reason],
        warnings: [],
        checkedAt: at.toISOString()
    };
    return renderPrometheus([unchecked]);
}
function sampleLine(name, portal, sample) {
    const labels = Object.entries({ portal, ...sample.labels })
        .map(([label, value]) => `${label}="${escapeLabelValue(value)}"`)
        .join(',');
    return `${name}{${labels}} ${formatValue(sample.value)}`;
}
/** Label values escape `\`, `"` and line feeds; the format has no other escapes. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** HELP text escapes `\` and line feeds. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}


/***/ })

};
