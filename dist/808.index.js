export const id = 808;
export const ids = [808];
export const modules = {

/***/ 7808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERDICT_TITLE: () => (/* binding */ VERDICT_TITLE),
  reportStep: () => (/* binding */ reportStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/duration.ts
var duration = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/outputs.ts
// The step's outputs, pure: report in, name → value out.

/**
 * Every output of the contract. With an error, only `healthy`, `status`, `reasons`, `warnings`
 * and `report` carry values; the step adds `report-file` and `issue-number`.
 */
function outputsOf(report) {
    const errored = report.status === 'error';
    const latest = report.latest;
    const started = report.startedBackup;
    const when = (value) => (errored ? '' : value);
    return {
        healthy: String(report.status === 'healthy'),
        status: report.status,
        reasons: JSON.stringify(report.reasons),
        warnings: JSON.stringify(report.warnings),
        'backups-count': when(String(report.counts.usable)),
        'backups-created': when(report.counts.createdThisMonth === null ? '' : String(report.counts.createdThisMonth)),
        'latest-backup-id': latest?.id ?? '',
        'latest-backup-file': latest?.fileName ?? '',
        'latest-backup-at': latest?.createdOn ?? '',
        'latest-backup-age-hours': latest ? (0,duration/* formatHours */.BG)(latest.ageHours) : '',
        'max-age-hours': report.thresholds.maxAgeHours === null ? '' : (0,duration/* formatHours */.BG)(report.thresholds.maxAgeHours),
        schedule: report.schedule === null ? '' : JSON.stringify(report.schedule),
        'service-enabled': report.serviceEnabled === null ? '' : String(report.serviceEnabled),
        report: JSON.stringify(report),
        'started-backup-id': started?.id ?? '',
        'started-backup-seconds': started ? String(started.seconds) : ''
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report-file.ts
// The markdown report as a file, for notifier steps (Slack, e-mail) that read `report-file`.



/** Writes the report under RUNNER_TEMP (the system temp folder outside Actions); returns its path. */
async function writeReportFile(host, markdown) {
    const folder = external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'docspace-backup-check');
    await (0,promises_.mkdir)(folder, { recursive: true });
    // One file per portal: two checks of different portals in one job keep both reports.
    const file = external_node_path_default().join(folder, `${host.replace(/[^a-zA-Z0-9.-]+/g, '_')}.md`);
    await (0,promises_.writeFile)(file, markdown, 'utf8');
    return file;
}

// EXTERNAL MODULE: ./src/docspace/dates.ts
var dates = __webpack_require__(481);
// EXTERNAL MODULE: ./src/render/checks.ts
var checks = __webpack_require__(515);
;// CONCATENATED MODULE: ./src/render/markdown.ts
// Small markdown helpers. Every portal-supplied string goes through `cell` or `text`: escaped
// HTML, escaped markdown, one line. The summary is HTML-rendered markdown, so `<`, `&`, `|`,
// backticks and brackets must not reach it raw.
// Brackets are escaped, so no link or image can form; `@` is an entity so that a portal
// string cannot mention anyone in an issue.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;
/** Escapes HTML and markdown, and folds the text onto one line. */
function markdown_text(value) {
    return value
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;')
        .replace(MARKDOWN_SPECIAL, match => `\\${match}`);
}
/** A table row. Cells must already be escaped (`text`) or be the renderer's own markdown. */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function table(headers, rows) {
    return [row(headers), row(headers.map(() => '---')), ...rows.map(row)].join('\n');
}

// EXTERNAL MODULE: ./src/render/words.ts
var render_words = __webpack_require__(5933);
;// CONCATENATED MODULE: ./src/render/summary.ts
// The job summary (and the report file, and the issue body): pure, report in, markdown out.





/** How many backups the summary lists. */
const SUMMARY_BACKUPS = 10;
const OUTCOME_MARK = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skip: '➖ n/a' };
function renderSummary(report) {
    const sections = [heading(report), ...(report.error ? errorSection(report) : verdictSections(report))];
    return `${sections.join('\n\n')}\n`;
}
function heading(report) {
    const host = markdown_text(report.host);
    const title = report.status === 'healthy'
        ? `✅ DocSpace backups healthy: ${host}`
        : report.status === 'unhealthy'
            ? `❌ DocSpace backups unhealthy: ${host}`
            : `⚠️ DocSpace backups could not be checked: ${host}`;
    return `## ${title}\n\nChecked ${report.checkedAt.replace('T', ' ').replace('Z', ' UTC')} · ${markdown_text(report.portal)}`;
}
function errorSection(report) {
    const error = report.error;
    return [`**Error \`${error.code}\`**: ${markdown_text(error.message)}`, ...warningSection(report)];
}
function verdictSections(report) {
    const rows = (0,checks/* checkRows */.U)(report).map(row => [
        row.check,
        markdown_text(row.threshold),
        markdown_text(row.observed),
        OUTCOME_MARK[row.outcome]
    ]);
    const reasons = report.reasons.map(code => `- \`${code}\`: ${markdown_text((0,render_words/* reasonWords */.IK)(code, report))}`);
    return [
        table(['Check', 'Threshold', 'Observed', 'Result'], rows),
        ...(reasons.length > 0 ? [`**Why unhealthy**\n\n${reasons.join('\n')}`] : []),
        ...warningSection(report),
        scheduleSection(report),
        jobSection(report),
        backupsSection(report),
        countsSection(report)
    ];
}
function warningSection(report) {
    if (report.warnings.length === 0)
        return [];
    const lines = report.warnings.map(code => `- ⚠️ \`${code}\`: ${markdown_text((0,render_words/* warningWords */.wV)(code, report))}`);
    return [`**Warnings**\n\n${lines.join('\n')}`];
}
function scheduleSection(report) {
    const words = (0,render_words/* scheduleWords */.lo)(report.schedule);
    if (!words)
        return '### Schedule\n\nNo automatic backup schedule.';
    const raw = report.schedule.lastBackupTime;
    const last = (0,dates/* parseApiDate */.o)(raw);
    const lastRun = last ? `last started ${(0,dates/* isoUtc */.u)(last).replace('T', ' ').replace('Z', ' UTC')}` : 'never run yet';
    return `### Schedule\n\n${markdown_text(words)}; ${lastRun}.`;
}
function jobSection(report) {
    const job = report.progress;
    if (!job)
        return '### Latest job\n\nNo backup job in the last 24 hours.';
    const kind = ['Backup', 'Restore', 'Transfer'][job.backupProgressEnum] ?? `Job type ${job.backupProgressEnum}`;
    const state = !job.isCompleted
        ? `running, ${job.progress}%`
        : job.error
            ? `failed at ${job.progress}%: ${markdown_text(job.error.replace(/\.$/, ''))}`
            : 'completed without error';
    const warning = job.warning ? ` Warning: ${markdown_text(job.warning)}` : '';
    return `### Latest job\n\n${kind} ${state}.${warning}`;
}
function backupsSection(report) {
    if (report.backups.length === 0)
        return '### Newest backups\n\nNo usable backup.';
    const checkedAt = Date.parse(report.checkedAt);
    const rows = report.backups.slice(0, SUMMARY_BACKUPS).map(backup => [
        backup.createdOn.replace('T', ' ').replace('Z', ''),
        (0,duration/* humanDuration */.UU)(Math.max(0, checkedAt - Date.parse(backup.createdOn)) / 1000),
        markdown_text(backup.fileName),
        (0,render_words/* storageWords */.vM)(backup.storageType),
        backup.expiresOn ? backup.expiresOn.replace('T', ' ').replace('Z', '') : 'never'
    ]);
    const more = report.counts.usable > SUMMARY_BACKUPS ? `\n\n…and ${report.counts.usable - SUMMARY_BACKUPS} older.` : '';
    return `### Newest backups\n\n${table(['Created (UTC)', 'Age', 'File', 'Storage', 'Expires (UTC)'], rows)}${more}`;
}
function countsSection(report) {
    const { counts, serviceEnabled } = report;
    const created = counts.createdThisMonth === null ? 'not available on this portal' : String(counts.createdThisMonth);
    const service = serviceEnabled === null ? 'not available on this portal' : serviceEnabled ? 'enabled' : 'disabled';
    return [
        '### Counts',
        '',
        `- Usable backups: ${counts.usable} of ${counts.history} in the history`,
        `- Backups created this month (free allowance): ${created}`,
        `- Paid backup service: ${service}`
    ].join('\n');
}

// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
;// CONCATENATED MODULE: ./src/action/report-step.ts
// Everything the step shows once the report is in: log lines, outputs, summary, annotations,
// report file, issue, and the exit code last, so `if: failure()` steps can read the outputs.







const VERDICT_TITLE = 'DocSpace backups unhealthy';
async function reportStep(inputs, report) {
    for (const line of (0,render_text/* checkLines */.Wb)(report))
        core.info(line);
    const issueNumber = inputs.issue ? await updateIssue(inputs, report) : '';
    const markdown = renderSummary(report);
    const outputs = outputsOf(report);
    outputs['report-file'] = await writeReportFile(report.host, markdown).catch(error => {
        core.warning(`The report file could not be written: ${(0,errors/* messageOf */.bD)(error)}`);
        return '';
    });
    outputs['issue-number'] = issueNumber;
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
    for (const code of report.warnings) {
        core.warning((0,render_words/* warningWords */.wV)(code, report), { title: `DocSpace backups: ${code}` });
    }
    if (inputs.summary) {
        // A summary that cannot be written must not hide the verdict.
        await core.summary
            .addRaw(markdown)
            .write()
            .catch(error => core.warning(`The job summary could not be written: ${(0,errors/* messageOf */.bD)(error)}`));
    }
    announceVerdict(inputs, report);
}
function announceVerdict(inputs, report) {
    if (report.status === 'healthy') {
        core.info(`DocSpace backups healthy: ${report.host}`);
        return;
    }
    const message = (0,render_text/* verdictLines */.rz)(report).join('\n');
    if (inputs.failOnUnhealthy) {
        // One titled annotation: core.setFailed would add a second, untitled one.
        core.error(message, { title: VERDICT_TITLE });
        process.exitCode = 1;
    }
    else {
        core.warning(message, { title: VERDICT_TITLE });
    }
}
/** Opens, comments on or closes the portal's issue; a failure is a warning, never the verdict. */
async function updateIssue(inputs, report) {
    try {
        // @actions/github (octokit) is loaded only by the runs that use it.
        const { followPortalHealth } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 4518));
        const number = await followPortalHealth(report, renderSummary(report), inputs);
        return number === null ? '' : String(number);
    }
    catch (error) {
        core.warning(`The GitHub issue for ${report.host} could not be updated: ${(0,errors/* messageOf */.bD)(error)}`, {
            title: 'DocSpace backups: issue-update-failed'
        });
        report.warnings.push('issue-update-failed');
        return '';
    }
}


/***/ })

};
