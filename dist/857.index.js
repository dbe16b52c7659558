export const id = 857;
export const ids = [857];
export const modules = {

/***/ 3857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   followHealth: () => (/* binding */ followHealth),
/* harmony export */   followPortalHealth: () => (/* binding */ followPortalHealth)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _issue_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8232);
// Opt-in: one GitHub issue per check that follows its health. Opened (or commented on) while
// unhealthy, closed with a comment once healthy again. Which issue is the check's: see
// issue-identity.ts.


/** How long the issue's API calls may take, all together. */
const ISSUE_TIMEOUT_MS = 60_000;
/** The issue's number, or `null` when nothing was done (healthy, and no issue open). */
function followPortalHealth(report, markdown, inputs) {
    return followHealth(report, (0,_issue_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .issueIdentity */ .CN)(report, inputs), markdown, inputs);
}
/** The same for any subject of an issue: a portal, or a fleet (its one issue). */
async function followHealth(report, identity, markdown, inputs) {
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(inputs.githubToken, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        // A GitHub API that hangs must not hold the step: the outputs are set after this.
        request: { signal: AbortSignal.timeout(ISSUE_TIMEOUT_MS) }
    });
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo;
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: inputs.issueLabel,
        per_page: 100
    });
    const found = (0,_issue_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .findIssue */ .Ry)(open, identity);
    if (report.status !== 'healthy') {
        if (found) {
            const issue_number = found.issue.number;
            await octokit.rest.issues.createComment({ owner, repo, issue_number, body: markdown });
            // An earlier version's issue becomes this check's: its title and marker from now on.
            if (found.legacy) {
                const body = `${identity.marker}\n${found.issue.body ?? ''}`;
                await octokit.rest.issues.update({ owner, repo, issue_number, title: identity.title, body });
            }
            return issue_number;
        }
        const created = await octokit.rest.issues.create({
            owner,
            repo,
            title: identity.title,
            body: `${identity.marker}\n${markdown}`,
            labels: [inputs.issueLabel]
        });
        return created.data.number;
    }
    if (!found)
        return null;
    const issue_number = found.issue.number;
    // The key in a code span: a path with `@` in it mentions nobody.
    const body = `✅ The backups of \`${identity.key}\` are healthy again (checked ${report.checkedAt}).\n\n${markdown}`;
    await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
    await octokit.rest.issues.update({
        owner,
        repo,
        issue_number,
        state: 'closed',
        state_reason: 'completed'
    });
    return issue_number;
}


/***/ })

};
