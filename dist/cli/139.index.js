export const id = 139;
export const ids = [139];
export const modules = {

/***/ 7377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openPullRequest: () => (/* binding */ openPullRequest)
/* harmony export */ });
/* harmony import */ var _octokit_request__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7359);
/**
 * Opens the pull request that carries Buffer IDs when the branch cannot (or
 * should not) be pushed to directly (`write-back: pull-request`). One REST
 * call against GITHUB_API_URL, like the plan comment's client.
 */

async function openPullRequest(opts) {
    const [owner, repo] = opts.repository.split('/');
    if (!owner || !repo)
        throw new Error(`"${opts.repository}" is not an owner/name repository`);
    const response = await (0,_octokit_request__WEBPACK_IMPORTED_MODULE_0__/* .request */ .E)('POST /repos/{owner}/{repo}/pulls', {
        baseUrl: opts.apiUrl.replace(/\/+$/, ''),
        owner,
        repo,
        head: opts.head,
        base: opts.base,
        title: opts.title,
        body: opts.body,
        headers: {
            authorization: `token ${opts.token}`,
            'user-agent': 'buffer-gitops',
            'x-github-api-version': '2022-11-28',
        },
    });
    const data = response.data;
    return { number: data.number, url: data.html_url };
}


/***/ })

};
