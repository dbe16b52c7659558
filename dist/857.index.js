export const id = 857;
export const ids = [857];
export const modules = {

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   followPortalHealth: () => (/* binding */ followPortalHealth)
/* harmony export */ });
/* unused harmony export issueTitle */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _render_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5933);
// Opt-in: one GitHub issue per portal that follows its health. Opened (or commented on) while
// unhealthy, closed with a comment once healthy again.


/** How long the issue's API calls may take, all together. */
const ISSUE_TIMEOUT_MS = 60_000;
function issueTitle(host) {
    return (0,_render_words_js__WEBPACK_IMPORTED_MODULE_1__/* .statusHeadline */ .ZB)('unhealthy', host);
}
/** The issue's number, or `null` when nothing was done (healthy, and no issue open). */
async function followPortalHealth(report, markdown, inputs) {
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(inputs.githubToken, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        // A GitHub API that hangs must not hold the step: the outputs are set after this.
        request: { signal: AbortSignal.timeout(ISSUE_TIMEOUT_MS) }
    });
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo;
    const title = issueTitle(report.host);
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: inputs.issueLabel,
        per_page: 100
    });
    const existing = open.find(issue => issue.title === title && !issue.pull_request);
    if (report.status !== 'healthy') {
        if (existing) {
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: existing.number,
                body: markdown
            });
            return existing.number;
        }
        const created = await octokit.rest.issues.create({
            owner,
            repo,
            title,
            body: markdown,
            labels: [inputs.issueLabel]
        });
        return created.data.number;
    }
    if (!existing)
        return null;
    const body = `✅ The backups of ${report.host} are healthy again (checked ${report.checkedAt}).\n\n${markdown}`;
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body });
    await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        state: 'closed',
        state_reason: 'completed'
    });
    return existing.number;
}


/***/ })

};
