export const id = 863;
export const ids = [863];
export const modules = {

/***/ 6863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IssueComments: () => (/* binding */ IssueComments),
/* harmony export */   nextLink: () => (/* binding */ nextLink)
/* harmony export */ });
/* harmony import */ var _octokit_request__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7359);
/**
 * The three REST calls the plan comment needs (list, create, update issue
 * comments), through @octokit/request against GITHUB_API_URL so it works on
 * GitHub Enterprise Server and against a local fake in tests. Nothing else of
 * GitHub's API is used, so a full Octokit with its plugins is not needed.
 */

/** GitHub refuses bigger pages; 100 keeps a long PR discussion to a few requests. */
const PAGE_SIZE = 100;
/** 50 pages = 5,000 comments: beyond that the PR is not one a plan comment can help. */
const MAX_PAGES = 50;
class IssueComments {
    send;
    owner;
    repo;
    timeoutMs;
    origin;
    constructor(opts) {
        const [owner, repo, ...rest] = opts.repository.split('/');
        if (!owner || !repo || rest.length > 0)
            throw new Error(`"${opts.repository}" is not an owner/name repository`);
        this.owner = owner;
        this.repo = repo;
        this.timeoutMs = opts.timeoutMs ?? 30_000;
        this.origin = new URL(opts.apiUrl).origin;
        this.send = _octokit_request__WEBPACK_IMPORTED_MODULE_0__/* .request */ .E.defaults({
            baseUrl: opts.apiUrl.replace(/\/+$/, ''),
            headers: {
                authorization: `token ${opts.token}`,
                'user-agent': 'buffer-gitops',
                'x-github-api-version': '2022-11-28',
            },
        });
    }
    /** Every comment of an issue or pull request, following the `Link: rel="next"` pages. */
    async list(issueNumber) {
        const comments = [];
        let page = await this.send('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            per_page: PAGE_SIZE,
            request: { signal: AbortSignal.timeout(this.timeoutMs) },
        });
        for (let n = 1;; n++) {
            for (const c of Array.isArray(page.data) ? page.data : [])
                comments.push(toComment(c));
            const next = nextLink(page.headers.link);
            // The token goes only to the API host itself, whatever a Link header says.
            if (!next || n >= MAX_PAGES || new URL(next, this.origin).origin !== this.origin)
                break;
            // The next page's URL is absolute; octokit sends it as is (same host, same auth).
            page = await this.send({ method: 'GET', url: next, request: { signal: AbortSignal.timeout(this.timeoutMs) } });
        }
        return comments;
    }
    /**
     * `GET /user`: the login of a personal access token. Installation tokens
     * (GITHUB_TOKEN, GitHub Apps) get 403 there: they comment as the app's bot.
     */
    async identity() {
        try {
            const response = await this.send('GET /user', { request: { signal: AbortSignal.timeout(this.timeoutMs) } });
            const login = response.data.login;
            if (typeof login === 'string' && login !== '')
                return { login };
        }
        catch (error) {
            const status = error.status;
            if (status !== 401 && status !== 403)
                throw error;
        }
        return { bot: true };
    }
    async create(issueNumber, body) {
        const response = await this.send('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            body,
            request: { signal: AbortSignal.timeout(this.timeoutMs) },
        });
        return toComment(response.data);
    }
    async update(commentId, body) {
        const response = await this.send('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: this.owner,
            repo: this.repo,
            comment_id: commentId,
            body,
            request: { signal: AbortSignal.timeout(this.timeoutMs) },
        });
        return toComment(response.data);
    }
}
function toComment(raw) {
    const c = (raw ?? {});
    return {
        id: Number(c.id),
        body: typeof c.body === 'string' ? c.body : '',
        htmlUrl: typeof c.html_url === 'string' ? c.html_url : undefined,
        userType: typeof c.user?.type === 'string' ? c.user.type : undefined,
        userLogin: typeof c.user?.login === 'string' ? c.user.login : undefined,
    };
}
/** The `rel="next"` URL of an RFC 8288 Link header, as GitHub sends it for paginated lists. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (match && match[2].split(/\s+/).includes('next'))
            return match[1];
    }
    return undefined;
}


/***/ })

};
