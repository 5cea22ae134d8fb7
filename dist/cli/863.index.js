export const id = 863;
export const ids = [863];
export const modules = {

/***/ 6863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IssueComments: () => (/* binding */ IssueComments)
/* harmony export */ });
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6417);
/**
 * The three REST calls the plan comment needs (list, create, update issue
 * comments, and `GET /user` to know which comment is ours), through the small
 * REST client in rest.ts against GITHUB_API_URL, so it works on GitHub
 * Enterprise Server and against a local fake in tests.
 */

/** GitHub refuses bigger pages; 100 keeps a long PR discussion to a few requests. */
const PAGE_SIZE = 100;
/** 50 pages = 5,000 comments: beyond that the PR is not one a plan comment can help. */
const MAX_PAGES = 50;
class IssueComments {
    rest;
    /** `/repos/{owner}/{repo}`, encoded. */
    repoPath;
    constructor(opts) {
        this.repoPath = (0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(opts.repository);
        this.rest = new _rest_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubRest */ .yS({ token: opts.token, apiUrl: opts.apiUrl, timeoutMs: opts.timeoutMs });
    }
    /** Every comment of an issue or pull request, following the `Link: rel="next"` pages. */
    async list(issueNumber) {
        const items = await this.rest.list(`${this.repoPath}/issues/${issueNumber}/comments`, { per_page: PAGE_SIZE }, MAX_PAGES);
        return items.map(toComment);
    }
    /**
     * `GET /user`: the login of a personal access token. Installation tokens
     * (GITHUB_TOKEN, GitHub Apps) get 403 there: they comment as the app's bot.
     */
    async identity() {
        try {
            const response = await this.rest.request('GET', '/user');
            const login = response.data?.login;
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
        const response = await this.rest.request('POST', `${this.repoPath}/issues/${issueNumber}/comments`, {
            body: { body },
        });
        return toComment(response.data);
    }
    async update(commentId, body) {
        const response = await this.rest.request('PATCH', `${this.repoPath}/issues/comments/${commentId}`, {
            body: { body },
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


/***/ }),

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   yS: () => (/* binding */ GitHubRest)
/* harmony export */ });
/* unused harmony exports GitHubApiError, nextLink */
/* harmony import */ var _http_exchange_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1823);
/**
 * The few GitHub REST calls the action makes (the plan comment, the
 * write-back pull request), over node:http / node:https (../http/exchange.ts)
 * against GITHUB_API_URL, so it works on GitHub Enterprise Server
 * (`https://ghe.example.com/api/v3` keeps its path) and against a local fake
 * in tests.
 *
 * Why not Octokit's request library, which this replaced: it sends with Node's fetch,
 * whose first use loads undici and compiles its WebAssembly HTTP parser,
 * ≈ 0.1 s CPU and ≈ 40 MB peak memory in a pull request's plan run (issue 16),
 * for a handful of JSON requests.
 *
 * Redirects: GitHub answers 301/307 for a renamed repository. Fetch followed
 * them; here a redirect is followed only on the API's own origin (the token
 * goes nowhere else), a few hops at most, and a write only on 307/308, which
 * keep the method and body (a 301/302/303 would turn it into a GET).
 */

const DEFAULT_GITHUB_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 3;
/** GitHub answered with a status outside 2xx; `message` carries GitHub's own `message`. */
class GitHubApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.name = 'GitHubApiError';
        this.status = status;
    }
}
class GitHubRest {
    base;
    origin;
    token;
    timeoutMs;
    connection = new _http_exchange_js__WEBPACK_IMPORTED_MODULE_0__/* .KeepAlive */ .PR();
    constructor(opts) {
        let url;
        try {
            url = new URL(opts.apiUrl);
        }
        catch {
            throw new Error(`GITHUB_API_URL is not an absolute URL: ${JSON.stringify(opts.apiUrl)}`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new Error(`GITHUB_API_URL must be http(s), got ${url.protocol}`);
        this.base = url.href.replace(/\/+$/, '');
        this.origin = url.origin;
        this.token = opts.token;
        this.timeoutMs = opts.timeoutMs ?? DEFAULT_GITHUB_TIMEOUT_MS;
    }
    /** `path` is relative to the API URL (`/repos/o/r/pulls`); its segments must already be encoded. */
    async request(method, path, opts = {}) {
        const url = new URL(this.base + path);
        for (const [name, value] of Object.entries(opts.query ?? {}))
            url.searchParams.set(name, String(value));
        return this.send(method, url, opts.body === undefined ? undefined : JSON.stringify(opts.body));
    }
    /**
     * Every item of a paginated list, following `Link: rel="next"` while it
     * stays on the API's origin (the token goes only to the API host, whatever
     * a Link header says), `maxPages` pages at most.
     */
    async list(path, query, maxPages) {
        const items = [];
        let page = await this.request('GET', path, { query });
        for (let n = 1;; n++) {
            if (Array.isArray(page.data))
                items.push(...page.data);
            const next = nextLink(page.headers.link);
            if (!next || n >= maxPages)
                break;
            const url = new URL(next, this.base);
            if (url.origin !== this.origin)
                break;
            page = await this.send('GET', url, undefined);
        }
        return items;
    }
    async send(method, url, body) {
        for (let hops = 0;; hops++) {
            const response = await this.exchangeOnce(method, url, body);
            const location = response.headers.location;
            const redirect = [301, 302, 303, 307, 308].includes(response.status) && location !== undefined;
            if (redirect && hops < MAX_REDIRECTS) {
                const target = new URL(location, url);
                const keepsMethod = response.status === 307 || response.status === 308;
                if (target.origin === this.origin && (method === 'GET' || keepsMethod)) {
                    url = target;
                    continue;
                }
            }
            const data = parse(response);
            if (response.status >= 200 && response.status < 300) {
                // A 2xx whose body was cut off: what GitHub did is unknown, so say so rather than guess.
                if (response.body === undefined)
                    throw new Error(`GitHub's answer to ${method} ${url.pathname} was cut off (status ${response.status})`);
                return { status: response.status, headers: response.headers, data };
            }
            throw new GitHubApiError(errorMessage(method, url, response.status, data), response.status);
        }
    }
    async exchangeOnce(method, url, body) {
        const { mod, agent } = this.connection.for(url);
        const headers = {
            authorization: `token ${this.token}`,
            accept: 'application/vnd.github+json',
            'user-agent': 'buffer-gitops',
            'x-github-api-version': '2022-11-28',
        };
        if (body !== undefined)
            headers['content-type'] = 'application/json; charset=utf-8';
        try {
            return await (0,_http_exchange_js__WEBPACK_IMPORTED_MODULE_0__/* .exchange */ .cv)(url, body, {
                method,
                mod,
                agent,
                headers,
                timeoutMs: this.timeoutMs,
            });
        }
        catch (error) {
            // The message names the host and what failed, never the token (it is only in a header).
            if (!(error instanceof _http_exchange_js__WEBPACK_IMPORTED_MODULE_0__/* .ExchangeFailure */ .u7))
                throw error;
            const what = error.timedOut ? `no answer within ${this.timeoutMs} ms` : error.message;
            throw new Error(`Could not reach GitHub's API at ${url.host} (${method} ${url.pathname}): ${what}`, {
                cause: error,
            });
        }
    }
}
/** JSON when it parses; otherwise the text; undefined for an empty or cut-off body. */
function parse(response) {
    if (response.body === undefined || response.body.length === 0)
        return undefined;
    const text = response.body.toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/**
 * GitHub's `message` ("Resource not accessible by integration", "Validation
 * Failed"), with the details of its `errors` list when there is one (a 422 says
 * there what failed: "A pull request already exists for …").
 */
function errorMessage(method, url, status, data) {
    const fallback = `GitHub answered ${status} to ${method} ${url.pathname}`;
    if (typeof data !== 'object' || data === null)
        return fallback;
    const { message, errors } = data;
    if (typeof message !== 'string' || message === '')
        return fallback;
    const details = (Array.isArray(errors) ? errors : [])
        .map((e) => typeof e === 'string'
        ? e
        : typeof e?.message === 'string'
            ? e.message
            : typeof e?.code === 'string'
                ? `${String(e.field ?? '')} ${e.code}`.trim()
                : undefined)
        .filter((d) => !!d);
    return details.length > 0 ? `${message}: ${details.join('; ')}` : message;
}
/** `/repos/{owner}/{repo}`, encoded, for an `owner/name` repository (GITHUB_REPOSITORY). */
function repoPath(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`"${repository}" is not an owner/name repository`);
    return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
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
