export const id = 806;
export const ids = [806];
export const modules = {

/***/ 6806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeStartedBackup: () => (/* binding */ judgeStartedBackup),
  startAndAwaitBackup: () => (/* binding */ startAndAwaitBackup)
});

// EXTERNAL MODULE: ./src/docspace/shapes.ts
var shapes = __webpack_require__(9792);
// EXTERNAL MODULE: ./src/docspace/portal-text.ts
var portal_text = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/core/codes.ts
var codes = __webpack_require__(7265);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/time/durations.ts
var durations = __webpack_require__(7748);
// EXTERNAL MODULE: ./src/report/schedule-words.ts
var schedule_words = __webpack_require__(9077);
;// CONCATENATED MODULE: ./src/start-backup/poll.ts
// When to ask again how the started backup is doing, and when to say so in the log.
const FAST_POLL_MS = 2000;
const FAST_PHASE_MS = 30_000;
const SLOWEST_POLL_MS = 15_000;
const GROWTH = 1.5;
/** The log says how far the job has got at most this often. */
const PROGRESS_LOG_EVERY_MS = 10_000;
/** Every 2 s for the first 30 s, then growing ×1.5 up to 15 s. */
function nextPollDelay(elapsedMs, previousDelayMs) {
    if (elapsedMs < FAST_PHASE_MS)
        return FAST_POLL_MS;
    return Math.min(SLOWEST_POLL_MS, Math.round(previousDelayMs * GROWTH));
}

;// CONCATENATED MODULE: ./src/start-backup/storage.ts
// Where a started backup goes: the inputs, else the schedule's storage.

/** Whether the schedule is needed to know where the backup goes. */
function needsSchedule(inputs) {
    return inputs.storageType === null || inputs.storageParams === null;
}
/**
 * `storage-type` wins over the schedule's type; the schedule's parameters apply only when its
 * type is the one used. Neither a schedule nor `storage-type` is the error `no-storage`.
 */
function backupTarget(inputs, schedule) {
    const storageType = inputs.storageType ?? schedule?.storageType;
    if (storageType === undefined) {
        throw new errors/* NoVerdictError */.Lc('no-storage', 'start-backup needs to know where the backup goes, and the portal has no backup schedule to take it from: set "storage-type" (and "storage-params", e.g. {"folderId": "1234"} for Documents).');
    }
    const fromSchedule = schedule && schedule.storageType === storageType ? withoutNulls(schedule.storageParams) : {};
    return { storageType, storageParams: inputs.storageParams ?? fromSchedule };
}
function withoutNulls(params) {
    return Object.fromEntries(Object.entries(params).filter((entry) => entry[1] !== null));
}

;// CONCATENATED MODULE: ./src/start-backup/index.ts









/** What waiting needs of the check: its log and its clock. */
const CANCELLED = codes/* TASK_STATUS_NAMES */._.indexOf('Canceled');
async function startAndAwaitBackup(client, inputs, deps) {
    const dumpQuery = { Dump: String(inputs.dump) };
    const schedule = needsSchedule(inputs)
        ? await client.get('getbackupschedule', dumpQuery, shapes/* parseSchedule */.nP)
        : null;
    const target = backupTarget(inputs, schedule);
    const { now, sleep } = deps.timing;
    const startedAt = now();
    const body = {
        storageType: target.storageType,
        storageParams: Object.entries(target.storageParams).map(([key, value]) => ({ key, value })),
        dump: inputs.dump
    };
    const job = await client.post('startbackup', body, parseStartAnswer).catch(explainQuota);
    const jobName = job.taskId === null ? 'without an id' : (0,portal_text/* portalQuote */.L)(job.taskId, [inputs.token]);
    deps.log(`Started a backup to ${(0,schedule_words/* storageWords */.v)(target.storageType)} (job ${jobName}).`);
    let progress = job;
    let delay = 0;
    let lastLogged = { at: startedAt, percent: job.progress };
    const ended = (job) => job.isCompleted || job.status === CANCELLED;
    while (!ended(progress) && now() - startedAt < inputs.waitTimeoutMs) {
        delay = nextPollDelay(now() - startedAt, delay);
        await sleep(Math.min(delay, Math.max(0, inputs.waitTimeoutMs - (now() - startedAt))));
        const polled = await client.get('getbackupprogress', dumpQuery, shapes/* parseProgress */.TS);
        if (!isSameJob(polled, job)) {
            // Cancelled, or replaced by another job: the history says whether ours was made.
            deps.log('The started job left the queue; looking for its backup in the history.');
            progress = { ...job, isCompleted: true, progress: 100 };
            break;
        }
        progress = polled;
        const percent = progress.progress;
        if (!ended(progress) &&
            percent !== lastLogged.percent &&
            now() - lastLogged.at >= PROGRESS_LOG_EVERY_MS) {
            deps.log(`Backup ${percent}% done after ${(0,durations/* humanDuration */.U)((now() - startedAt) / 1000)}.`);
            lastLogged = { at: now(), percent };
        }
    }
    const seconds = Math.round((now() - startedAt) / 1000);
    const outcome = outcomeOf(progress);
    deps.log(`The backup ${ENDED[outcome]} after ${(0,durations/* humanDuration */.U)(seconds)}.`);
    return { id: job.taskId, seconds, outcome, error: outcome === 'failed' ? progress.error : null };
}
/**
 * Adds the started backup's reasons; its failure replaces `last-backup-failed` for that job.
 * A completed backup that the history does not hold becomes `missing`.
 */
function judgeStartedBackup(verdict, facts, started) {
    const reasons = verdict.reasons.filter(reason => reason !== 'last-backup-failed' || facts.latestJob?.taskId !== started.id);
    const inHistory = facts.history.some(backup => backup.id === started.id);
    const outcome = started.outcome === 'completed' && !inHistory ? 'missing' : started.outcome;
    if (outcome === 'failed')
        reasons.push('started-backup-failed');
    if (outcome === 'timeout')
        reasons.push('started-backup-timeout');
    if (outcome === 'cancelled')
        reasons.push('started-backup-cancelled');
    if (outcome === 'missing')
        reasons.push('started-backup-missing');
    return {
        verdict: { ...verdict, reasons, status: reasons.length > 0 ? 'unhealthy' : 'healthy' },
        started: { ...started, outcome }
    };
}
const ENDED = {
    completed: 'completed',
    failed: 'failed',
    cancelled: 'was cancelled',
    timeout: 'did not complete'
};
/** How the wait ended: a job cancelled (DistributedTaskStatus 3) without an error made nothing. */
function outcomeOf(job) {
    if (job.status === CANCELLED)
        return job.error ? 'failed' : 'cancelled';
    if (!job.isCompleted)
        return 'timeout';
    return job.error ? 'failed' : 'completed';
}
/** The queue shows the job we started (a job without ids is taken to be ours). */
function isSameJob(polled, started) {
    if (polled === null)
        return false;
    return polled.taskId === null || started.taskId === null || polled.taskId === started.taskId;
}
function parseStartAnswer(payload) {
    return ((0,shapes/* parseProgress */.TS)(payload) ?? {
        isCompleted: false,
        progress: 0,
        error: '',
        warning: null,
        backupProgressEnum: codes/* JOB_KIND */.Xw.Backup,
        status: null,
        taskId: null
    });
}
/** A 402 from startbackup is almost always the free-backup quota: say that this input spends it. */
function explainQuota(error) {
    if (error instanceof errors/* NoVerdictError */.Lc && error.code === 'payment-required') {
        throw new errors/* NoVerdictError */.Lc(error.code, `${error.message} Note that "start-backup: true" starts a backup on every run and so spends the portal's monthly free-backup quota: run it less often, or enable the paid backup service.`, error.httpStatus);
    }
    throw error;
}


/***/ })

};
