export const id = 20;
export const ids = [20];
export const modules = {

/***/ 3308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ outcomeLine),
/* harmony export */   WC: () => (/* binding */ outcomeFinding),
/* harmony export */   XF: () => (/* binding */ countOutcomes)
/* harmony export */ });
function countOutcomes(outcomes) {
    const count = (pred) => outcomes.filter(pred).length;
    return {
        created: count((o) => (o.status === 'created' || o.status === 'adopted') &&
            (o.item.action === 'create' || o.item.action === 'create-idea')),
        edited: count((o) => o.status === 'edited'),
        replaced: count((o) => o.status === 'replaced'),
        deleted: count((o) => o.status === 'deleted'),
        failed: count((o) => o.status === 'failed'),
        pending: count((o) => o.status === 'pending'),
        skipped: count((o) => o.status === 'skipped'),
    };
}
/** One log line per outcome, as apply and sync print them: status, action, file → channel (ID): message. */
function outcomeLine(o) {
    const id = o.post?.id ?? o.idea?.id ?? ('postId' in o.item ? o.item.postId : undefined);
    return `${o.status.padEnd(8)} ${o.item.action.padEnd(11)} ${o.item.file}${o.item.ref ? ` → ${o.item.ref}` : ''}${id ? ` (${id})` : ''}${o.message ? `: ${o.message}` : ''}`;
}
/**
 * The finding for an outcome the user must see at the file's line: a failure
 * (error), or work a later run finishes (warning). Undefined for the rest.
 */
function outcomeFinding(o) {
    const { item, status, message } = o;
    const at = { file: item.file, line: item.line, column: 1 };
    const ref = item.ref ? ` ${item.ref}` : '';
    if (status === 'failed')
        return {
            ...at,
            severity: 'error',
            code: 'buffer-error',
            message: `${item.action}${ref} failed: ${message ?? 'unknown error'}`,
        };
    if (status === 'pending')
        return {
            ...at,
            severity: 'warning',
            code: 'pending',
            message: `${item.ref ? `${item.ref} ` : ''}not ${item.action === 'create-idea' ? 'created' : 'queued'} yet: ${message ?? ''}`,
        };
    return undefined;
}


/***/ }),

/***/ 165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ clientFor),
/* harmony export */   To: () => (/* binding */ runSecrets),
/* harmony export */   ww: () => (/* binding */ gitFor)
/* harmony export */ });
/* harmony import */ var _buffer_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3314);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
/* harmony import */ var _missing_api_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4965);
/** What every command gets: settings, the event, where to report, and injectable clocks and clients. */



/** The Buffer client for `command`; fails at once, before any other work, without a key. Constructing it sends nothing. */
function clientFor(ctx, command) {
    if (ctx.createClient)
        return ctx.createClient(ctx.settings);
    if (!ctx.settings.apiKey)
        throw new _missing_api_key_js__WEBPACK_IMPORTED_MODULE_2__/* .MissingApiKeyError */ .g(command, ctx.surface);
    return new _buffer_client_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferClient */ .It({
        apiKey: ctx.settings.apiKey,
        apiUrl: ctx.settings.apiUrl,
        maxWaitMs: ctx.settings.maxWaitMs,
    });
}
/** The repository's git, with the token for pushes and both secrets redacted from every error. */
function gitFor(ctx) {
    const { settings, event } = ctx;
    return new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU({
        cwd: settings.workspace,
        token: settings.githubToken,
        serverUrl: event.serverUrl,
        secrets: runSecrets(settings),
    });
}
/** The secrets a run holds: redacted from git errors and GitHub API messages. */
function runSecrets(settings) {
    return [settings.apiKey, settings.githubToken].filter((s) => Boolean(s));
}


/***/ }),

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finish)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_run_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7330);
/**
 * The end of every command: outputs, the JSON run report, the job summary,
 * and the exit code (non-zero when anything failed or a file has errors).
 * `failed` counts Buffer actions attempted and failed (and a write-back that
 * did not land); `errors` counts problems in the files, which are never
 * attempted. The closing line is shared by the action's log and the CLI.
 */



/**
 * `summary`: the job summary's Markdown when the command has its own (plan: the plan comment); else the run summary.
 * `planOutput`: the `plan` output when the command has its own (an offline plan's rows, report/run-report.ts planJson).
 */
async function finish(ctx, report, plan, summary, planOutput) {
    const { reporter } = ctx;
    // A write-back that did not land (push rejected, branch protected) is a failed action too: the IDs are not recorded.
    const failed = report.counts.failed + (report.writeBack?.status === 'failed' ? 1 : 0);
    reporter.setOutput('created', String(report.counts.created));
    reporter.setOutput('edited', String(report.counts.edited));
    reporter.setOutput('replaced', String(report.counts.replaced));
    reporter.setOutput('deleted', String(report.counts.deleted));
    reporter.setOutput('failed', String(failed));
    reporter.setOutput('errors', String(report.counts.errors));
    reporter.setOutput('plan', planOutput ?? (0,_report_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .planJson */ .iY)(plan));
    const reportPath = ctx.reportPath ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), `buffer-gitops-report-${process.pid}.json`);
    await (0,_report_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .writeReportFile */ .aS)(reportPath, report);
    reporter.setOutput('report', reportPath);
    await reporter.summary(summary ?? (0,_report_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryMarkdown */ .eH)(`Buffer GitOps: ${report.command}`, report));
    const problems = (0,_report_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .problemsLine */ .xX)(report);
    if (problems) {
        reporter.error(problems);
        return { exitCode: 1, report };
    }
    return { exitCode: 0, report };
}


/***/ }),

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ pushRefusal),
/* harmony export */   MU: () => (/* binding */ identityArgs),
/* harmony export */   iU: () => (/* binding */ GITHUB_ACTIONS_BOT),
/* harmony export */   mr: () => (/* binding */ WITHOUT_IDENTITY_ENV)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/**
 * What the bot's commits are signed with, and what a refused push means:
 * shared by the write-back (branch pushes) and the applied state (notes-ref
 * pushes), so both read git's answer the same way.
 */

/** The identity GitHub shows for commits made with `GITHUB_TOKEN`. */
const GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/**
 * `git -c …` arguments committing as `identity`, per command: the runner's
 * configuration is neither needed nor touched, and the bot has no signing key.
 */
function identityArgs(identity) {
    return ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, '-c', 'commit.gpgsign=false'];
}
/** The environment's author/committer variables would override the identity given per command. */
const WITHOUT_IDENTITY_ENV = {
    GIT_AUTHOR_NAME: undefined,
    GIT_AUTHOR_EMAIL: undefined,
    GIT_COMMITTER_NAME: undefined,
    GIT_COMMITTER_EMAIL: undefined,
};
/** Reads why `git push --porcelain` failed, from its status line for the ref and the remote's messages. */
function pushRefusal(git, result) {
    const stdout = git.redact(result.stdout);
    const stderr = git.redact(result.stderr);
    // Porcelain status line for the ref: "!\t<src>:<dst>\t[rejected] (fetch first)".
    const refLine = stdout.split('\n').find((line) => line.startsWith('!\t')) ?? '';
    const summary = refLine.split('\t')[2] ?? '';
    const remoteLines = stderr
        .split('\n')
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.replace(/^remote:\s*/, '').trim())
        .filter((line) => line.length > 0 && !/^(?:error:\s*)?-+$/.test(line));
    const detail = [summary, ...remoteLines].filter(Boolean).join('; ') ||
        (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .decisiveLine */ .fb)(stderr) ||
        `git push exited with ${result.exitCode}`;
    const refused = (kind, text = detail) => ({
        kind,
        detail: text,
        summary,
        stdout,
        stderr,
    });
    if ((/^\[rejected\]/.test(summary) && /fetch first|non-fast-forward|stale info/.test(summary)) ||
        // The server lost a race with another push while updating the ref: also "the ref moved meanwhile".
        (/^\[remote rejected\]/.test(summary) && /cannot lock ref|incorrect old value|failed to update ref/.test(summary))) {
        return refused('behind');
    }
    if (summary.startsWith('[rejected]') ||
        summary.startsWith('[remote rejected]') ||
        /GH0\d\d|protected branch|hook declined/i.test(stderr)) {
        return refused('declined');
    }
    if (/Authentication failed|could not read Username|Permission to .* denied|returned error: 40[13]|HTTP 40[13]|Write access to repository not granted|permission denied/i.test(stderr)) {
        return refused('unauthorized', (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .decisiveLine */ .fb)(stderr));
    }
    return refused('other');
}


/***/ }),

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dl: () => (/* binding */ openPullRequestBranch),
/* harmony export */   lK: () => (/* binding */ WriteBackRejectedError),
/* harmony export */   tk: () => (/* binding */ commitAndPush),
/* harmony export */   wB: () => (/* binding */ WriteBackRetriesExhaustedError)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7546);
/**
 * Write-back (SPEC §3): commit the front-matter changes (Buffer IDs, statuses)
 * and push them to the branch that triggered the run, without ever clobbering
 * someone else's commit.
 *
 * The push is a plain fast-forward push, never forced. When it is rejected
 * because the branch moved meanwhile, our commit is thrown away, the work tree
 * moves to the new tip and the changes are applied again there by the
 * caller's `apply` (which re-reads the files), then committed and pushed
 * again, a bounded number of times. A rejection that is not about the branch
 * having moved (branch protection, a hook, missing permission) ends the
 * write-back at once with a message that says what to do.
 */


/** The server refused the push for a reason retrying cannot fix (protection rule, hook, permission). */
class WriteBackRejectedError extends Error {
    branch;
    detail;
    constructor(message, branch, 
    /** What the server said (redacted). */
    detail) {
        super(message);
        this.branch = branch;
        this.detail = detail;
        this.name = 'WriteBackRejectedError';
    }
}
/** The branch kept moving: every attempt was overtaken by another push. */
class WriteBackRetriesExhaustedError extends Error {
    branch;
    attempts;
    constructor(branch, attempts) {
        super(`Could not push the Buffer IDs to "${branch}": the branch moved during each of ${attempts} attempts. ` +
            'Nothing was overwritten. Run the workflow again (the IDs are recovered by matching Buffer posts), ' +
            'or use `write-back: pull-request`.');
        this.branch = branch;
        this.attempts = attempts;
        this.name = 'WriteBackRetriesExhaustedError';
    }
}
async function commitAndPush(git, opts) {
    const branch = await checkedBranchName(git, opts.branch);
    const remote = opts.remote ?? 'origin';
    const identity = opts.identity ?? _push_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_BOT */ .iU;
    const maxAttempts = Math.max(1, opts.maxAttempts ?? 5);
    for (let attempt = 1;; attempt++) {
        const base = await git.revParse('HEAD');
        const paths = await opts.apply();
        const commit = await commitPaths(git, paths, opts.message, identity);
        if (commit === undefined)
            return { status: 'nothing-to-commit' };
        const outcome = await pushHead(git, remote, branch);
        switch (outcome.kind) {
            case 'pushed':
                return { status: 'pushed', commit, attempts: attempt };
            case 'declined':
                await uncommit(git, base);
                throw declinedError(branch, outcome.detail);
            case 'unauthorized':
                await uncommit(git, base);
                throw unauthorizedError(branch, outcome.detail);
            case 'behind':
                if (attempt >= maxAttempts) {
                    await uncommit(git, base);
                    throw new WriteBackRetriesExhaustedError(branch, attempt);
                }
                opts.onAttempt?.(attempt + 1, `${branch} moved on ${remote} (${outcome.detail})`);
                await moveToRemoteTip(git, remote, branch);
                break;
        }
    }
}
/**
 * After a push that will not succeed, takes our commit back off HEAD but
 * keeps its changes in the work tree, so the caller can still carry them
 * elsewhere (e.g. `openPullRequestBranch` for `write-back: pull-request`)
 * and HEAD again matches the remote branch.
 */
async function uncommit(git, base) {
    await git.exec(['reset', '--quiet', '--mixed', base]);
}
/**
 * For `write-back: pull-request`: commits the changes on top of HEAD and pushes
 * them to a new branch named after the commit (unique, so it never collides
 * with an earlier run's branch). The pull request itself is opened by the caller.
 */
async function openPullRequestBranch(git, opts) {
    const remote = opts.remote ?? 'origin';
    const paths = await opts.apply();
    const commit = await commitPaths(git, paths, opts.message, opts.identity ?? _push_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_BOT */ .iU);
    if (commit === undefined)
        return { status: 'nothing-to-commit' };
    const branch = await checkedBranchName(git, `${opts.branchPrefix ?? 'buffer-gitops/ids-'}${commit.slice(0, 12)}`);
    const outcome = await pushHead(git, remote, branch);
    switch (outcome.kind) {
        case 'pushed':
            return { status: 'pushed', branch, commit };
        case 'unauthorized':
            throw unauthorizedError(branch, outcome.detail);
        case 'declined':
        case 'behind': // a new branch named after a fresh commit cannot be behind; if it is, someone else owns that name
            throw new WriteBackRejectedError(`Could not push the branch "${branch}" for the pull request: ${outcome.detail}. ` +
                'Allow the workflow token to create branches (permissions: contents: write), or use `write-back: none`.', branch, outcome.detail);
    }
}
/**
 * Stages exactly the given paths (additions, edits and deletions) and commits
 * only them, whatever else the index holds. Returns the new commit, or
 * `undefined` when those paths have no change.
 */
async function commitPaths(git, paths, message, identity) {
    const unique = [...new Set(paths)];
    if (unique.length === 0)
        return undefined;
    // Paths are file names, never globs.
    await git.exec(['--literal-pathspecs', 'add', '--all', '--', ...unique]);
    const staged = await git.exec(['--literal-pathspecs', 'diff', '--cached', '--quiet', '--', ...unique], {
        allowFailure: true,
    });
    if (staged.exitCode === 0)
        return undefined;
    if (staged.exitCode !== 1) {
        throw new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`git diff --cached failed with exit code ${staged.exitCode}`, ['diff', '--cached'], staged.exitCode, staged.stderr);
    }
    await git.exec([
        // Identity per command, no signing (a repository that asks for it would make every write-back fail).
        ...(0,_push_js__WEBPACK_IMPORTED_MODULE_1__/* .identityArgs */ .MU)(identity),
        '--literal-pathspecs',
        'commit',
        // Local hooks (husky, lint-staged) installed by an earlier workflow step must not block the bot's commit.
        '--no-verify',
        '--file=-',
        '--',
        ...unique,
    ], { input: message, env: _push_js__WEBPACK_IMPORTED_MODULE_1__/* .WITHOUT_IDENTITY_ENV */ .mr });
    return git.revParse('HEAD');
}
/** `git push <remote> HEAD:refs/heads/<branch>`: works on a detached HEAD, never forced. */
async function pushHead(git, remote, branch) {
    const args = ['push', '--porcelain', '--no-verify', '--no-recurse-submodules', remote, `HEAD:refs/heads/${branch}`];
    const result = await git.exec(args, { allowFailure: true, auth: true });
    if (result.exitCode === 0)
        return { kind: 'pushed' };
    const refusal = (0,_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushRefusal */ .Jt)(git, result);
    // "fetch first" rather than "[rejected] (fetch first); remote: …": the retry's log line says the branch moved.
    if (refusal.kind === 'behind') {
        const { summary } = refusal;
        return {
            kind: 'behind',
            detail: summary.startsWith('[rejected]') ? summary.replace(/^\[rejected\]\s*/, '').replace(/[()]/g, '') : summary,
        };
    }
    if (refusal.kind !== 'other')
        return { kind: refusal.kind, detail: refusal.detail };
    throw new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`git ${args.join(' ')} failed with exit code ${result.exitCode}: ${refusal.detail}`, args, result.exitCode, refusal.stderr, refusal.stdout);
}
/** Discards our unpushed commit and moves HEAD and the work tree to the remote branch's tip. */
async function moveToRemoteTip(git, remote, branch) {
    await git.exec(['fetch', '--no-tags', '--no-recurse-submodules', remote, `refs/heads/${branch}`], { auth: true });
    await git.exec(['reset', '--hard', '--quiet', 'FETCH_HEAD']);
}
/** Accepts `main` or `refs/heads/main`; refuses names git would not accept as a branch. */
async function checkedBranchName(git, branch) {
    const name = branch.replace(/^refs\/heads\//, '');
    if (!(await git.checkRefFormat(`refs/heads/${name}`)) || name.startsWith('-'))
        throw new Error(`"${branch}" is not a valid branch name`);
    return name;
}
function declinedError(branch, detail) {
    return new WriteBackRejectedError(`The push of the Buffer IDs to branch "${branch}" was rejected by the server (${detail}). ` +
        `The branch is protected or a hook refuses the bot's commit. Either set \`write-back: pull-request\` ` +
        `so the IDs arrive through a pull request, or allow the workflow's token to push to "${branch}" ` +
        '(add it to the branch protection / ruleset bypass list).', branch, detail);
}
function unauthorizedError(branch, detail) {
    return new WriteBackRejectedError(`The token may not push the Buffer IDs to branch "${branch}" (${detail}). ` +
        'Give the workflow `permissions: contents: write` (or pass a `github-token` that can push), ' +
        'or set `write-back: pull-request`.', branch, detail);
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   IW: () => (/* binding */ buildRunReport),
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   iY: () => (/* binding */ planJson),
/* harmony export */   xX: () => (/* binding */ problemsLine)
/* harmony export */ });
/* unused harmony export countsLine */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _apply_outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3308);
/* harmony import */ var _text_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1670);
/**
 * The run's results in three forms: the action outputs, a JSON report file
 * (the `report` output), and the Markdown job summary.
 */




/** An item held back because its file has errors: never sent, so not a failure of Buffer's. */
function isBlocked(o) {
    return o.item.action === 'skip' && o.item.blocked === true;
}
function buildRunReport(command, plan, outcomes, dryRun) {
    return {
        command,
        basis: plan.basis,
        basisReason: plan.basisReason,
        dryRun,
        counts: {
            ...(0,_apply_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .countOutcomes */ .XF)(outcomes.filter((o) => !isBlocked(o))),
            blocked: outcomes.filter(isBlocked).length,
            errors: plan.findings.filter((f) => f.severity === 'error').length,
        },
        findings: plan.findings,
        outcomes: outcomes.map((o) => ({
            file: o.item.file,
            line: o.item.line,
            ref: o.item.ref,
            action: o.item.action,
            status: isBlocked(o) ? 'blocked' : o.status,
            postId: o.post?.id ?? o.idea?.id ?? ('postId' in o.item ? o.item.postId : undefined),
            message: o.message,
        })),
        notes: [...plan.notes],
    };
}
/** The plan as JSON for the `plan` output: stable, without rendered previews. */
/**
 * The `plan` output: one entry per item. `offlineRows`: an offline plan's
 * creates and edits, which exist only as rows (Buffer was not asked for
 * channel IDs), listed too and marked `offline`, so a workflow sees what the
 * comment shows.
 */
function planJson(plan, offlineRows = []) {
    return JSON.stringify([
        ...plan.items.map((item) => ({
            action: item.action,
            file: item.file,
            line: item.line,
            ref: item.ref,
            channelId: item.channelId,
            service: item.service,
            when: item.when,
            ...('postId' in item && item.postId ? { postId: item.postId } : {}),
            ...('changed' in item ? { changed: item.changed } : {}),
            ...('reason' in item ? { reason: item.reason } : {}),
            ...(item.action === 'replace' ? { reason: item.why } : {}),
        })),
        ...offlineRows.map((row) => ({
            action: row.action,
            file: row.file,
            line: row.line,
            ref: row.ref,
            service: row.service,
            when: row.when,
            ...(row.postId ? { postId: row.postId } : {}),
            offline: true,
        })),
    ]);
}
async function writeReportFile(path, report) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
}
const STATUS_ICON = {
    created: '✅ created',
    adopted: '✅ adopted',
    edited: '✏️ edited',
    replaced: '🔁 replaced',
    deleted: '🗑️ deleted',
    skipped: '⏭️ skipped',
    failed: '❌ failed',
    blocked: '⛔ blocked: the file has errors',
    pending: '⏳ pending',
    'dry-run': '🔍 dry run',
};
/**
 * The run's counts in one line: "1 created · 0 edited · 0 deleted · 2 errors".
 * `failed` appears only when Buffer actions were attempted and failed, and
 * errors in the files are counted as errors, never as failures.
 */
function countsLine(report) {
    const c = report.counts;
    const parts = [
        `${c.created} created`,
        `${c.edited} edited`,
        ...(c.replaced ? [`${c.replaced} replaced`] : []),
        `${c.deleted} deleted`,
    ];
    if (c.failed)
        parts.push(`${c.failed} failed`);
    if (c.pending)
        parts.push(`${c.pending} pending`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    if (c.blocked)
        parts.push(`${c.blocked} blocked`);
    if (c.errors)
        parts.push((0,_text_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(c.errors, 'error'));
    return parts.join(' · ');
}
/**
 * The closing line of a run with problems, in words that suit the action's
 * log and the terminal alike: Buffer actions that failed, a write-back that
 * did not land, errors in the files; or undefined when there is none.
 */
function problemsLine(report) {
    const failed = report.counts.failed;
    const errors = report.counts.errors;
    const files = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.file)).size;
    const parts = [
        ...(failed ? [`${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(failed, 'Buffer action')} failed`] : []),
        ...(report.writeBack?.status === 'failed'
            ? ['the write-back failed (the Buffer IDs are not recorded in the files)']
            : []),
        ...(errors
            ? [
                `${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(errors, 'error')} in ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(files, 'file')} (${files === 1 ? 'it is' : 'they are'} not sent to Buffer until fixed)`,
            ]
            : []),
    ];
    if (parts.length === 0)
        return undefined;
    const sentence = (0,_text_words_js__WEBPACK_IMPORTED_MODULE_3__/* .listWords */ .yh)(parts);
    return `${sentence[0].toUpperCase()}${sentence.slice(1)}; see the messages above.`;
}
function summaryMarkdown(title, report) {
    const lines = [
        `## ${title}`,
        '',
        `**${countsLine(report)}**${report.dryRun ? ' (dry run: nothing was sent)' : ''}`,
        '',
    ];
    if (report.outcomes.length === 0 && report.counts.errors > 0) {
        // Never "Nothing to do." beside errors: there is work, held back until the files are fixed.
        lines.push('Nothing was sent to Buffer: fix the errors below first.', '');
    }
    else if (report.outcomes.length > 0) {
        lines.push('| File | Channel | Action | Result | Buffer post | Note |', '| --- | --- | --- | --- | --- | --- |');
        for (const o of report.outcomes) {
            lines.push(`| \`${cell(o.file)}:${o.line}\` | ${cell(o.ref ?? '')} | ${o.action} | ${STATUS_ICON[o.status] ?? o.status} | ${o.postId ? `\`${cell(o.postId)}\`` : ''} | ${cell(o.message ?? '')} |`);
        }
        lines.push('');
    }
    else {
        lines.push('Nothing to do.', '');
    }
    if (report.findings.length > 0) {
        lines.push('### Problems', '');
        for (const f of report.findings)
            lines.push(`- **${f.severity}** \`${cell(f.file)}:${f.line}:${f.column}\` ${cell(f.message)}`);
        lines.push('');
    }
    if (report.writeBack) {
        const wb = report.writeBack;
        lines.push(`Write-back: ${wb.status}${wb.commit ? ` (${wb.commit.slice(0, 7)})` : ''}${wb.files.length ? `, ${wb.files.length} file(s)` : ''}${wb.message ? ` — ${cell(wb.message)}` : ''}`, '');
    }
    for (const note of report.notes)
        lines.push(`> ${cell(note)}`, '');
    return lines.join('\n');
}
/** Makes text safe inside a Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}


/***/ }),

/***/ 80:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sf: () => (/* binding */ setBufferBlock),
/* harmony export */   U$: () => (/* binding */ stripBufferBlock),
/* harmony export */   sh: () => (/* binding */ readBufferBlock)
/* harmony export */ });
/* unused harmony export BUFFER_KEY */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _posts_findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7421);
/* harmony import */ var _posts_frontmatter_tracked_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3690);
/* harmony import */ var _posts_frontmatter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6845);
/* harmony import */ var _posts_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9420);
/* harmony import */ var _frontmatter_emit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7512);
/**
 * Write-back of the `buffer:` front-matter key (SPEC §2): only that key's text
 * range changes; every other byte of the file (BOM, line endings, comments,
 * quoting, key order, body, a missing final newline) stays as it was.
 */






const BUFFER_KEY = 'buffer';
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function lineEnd(text, offset, limit) {
    const lf = text.indexOf('\n', offset);
    return lf === -1 || lf >= limit ? limit : lf + 1;
}
/**
 * The text ranges (absolute offsets, whole lines) of the top-level `buffer:` keys,
 * or a reason why the front-matter cannot be edited safely.
 */
function locateBufferKeys(raw, at) {
    const yaml = raw.slice(at.yamlStart, at.yamlEnd);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(yaml, { prettyErrors: false, schema: 'core', uniqueKeys: false });
    const fatal = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (fatal)
        return { problem: `its front-matter is not valid YAML (${fatal.message})` };
    if (doc.contents === null)
        return { ranges: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) || doc.contents.flow)
        return { problem: 'its front-matter is not a block mapping of `key: value` lines' };
    const ranges = [];
    for (const pair of doc.contents.items) {
        if ((0,_posts_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .keyText */ .Pu)(pair) !== BUFFER_KEY)
            continue;
        const key = pair.key;
        const value = pair.value;
        // `buffer:` with nothing after it parses as a null whose range sits on the next line.
        const emptyValue = !value?.range || (value.value === null && !value.source);
        const lastContent = emptyValue ? key.range[1] : Math.max(key.range[1], value.range[1]);
        const start = lineStart(yaml, key.range[0]);
        let end = lineEnd(yaml, Math.max(lastContent - 1, key.range[0]), yaml.length);
        // Indented comment lines right after the block belong to it; a comment at
        // column 0 belongs to the next key and stays.
        while (end < yaml.length) {
            const next = lineEnd(yaml, end, yaml.length);
            if (!/^[ \t]+#/.test(yaml.slice(end, next)))
                break;
            end = next;
        }
        ranges.push({ start: at.yamlStart + start, end: at.yamlStart + end });
    }
    return { ranges };
}
/** `raw` with `ranges` replaced: the first by `replacement`, the others by nothing. */
function splice(raw, ranges, replacement) {
    let result = '';
    let cursor = 0;
    ranges.forEach((range, index) => {
        result += raw.slice(cursor, range.start) + (index === 0 ? replacement : '');
        cursor = range.end;
    });
    return result + raw.slice(cursor);
}
/**
 * Sets (or, for `undefined` / an empty block, removes) the top-level `buffer:` key.
 * A file without front-matter gets one. Throws when the front-matter cannot be
 * edited without risking other bytes (unclosed, invalid YAML, not a block mapping).
 */
function setBufferBlock(raw, block) {
    const empty = !block || Object.keys(block).length === 0;
    const scan = (0,_posts_frontmatter_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFrontMatter */ .mP)(raw);
    if (scan.kind === 'unclosed')
        throw new Error('Cannot write the buffer: block: the front-matter is never closed with `---`.');
    if (scan.kind === 'absent') {
        if (empty)
            return raw;
        const head = raw.slice(0, scan.bomLength);
        return `${head}---${scan.eol}${(0,_frontmatter_emit_js__WEBPACK_IMPORTED_MODULE_3__/* .emitBufferBlock */ .h)(block, scan.eol)}---${scan.eol}${raw.slice(scan.bomLength)}`;
    }
    const located = locateBufferKeys(raw, scan);
    if ('problem' in located)
        throw new Error(`Cannot write the buffer: block: ${located.problem}.`);
    const text = empty ? '' : (0,_frontmatter_emit_js__WEBPACK_IMPORTED_MODULE_3__/* .emitBufferBlock */ .h)(block, scan.eol);
    if (located.ranges.length > 0)
        return splice(raw, located.ranges, text);
    if (empty)
        return raw;
    // Append as the last front-matter key. The YAML always ends with a line break
    // (the closing delimiter is on its own line), unless it is empty.
    return raw.slice(0, scan.yamlEnd) + text + raw.slice(scan.yamlEnd);
}
/**
 * The file without its `buffer:` block, for telling whether a change touched
 * anything else. A front-matter left empty is dropped too, so a file the action
 * gave a front-matter compares equal to the file before. Files whose
 * front-matter cannot be read are returned unchanged.
 */
function stripBufferBlock(raw) {
    const scan = (0,_posts_frontmatter_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFrontMatter */ .mP)(raw);
    if (scan.kind !== 'present')
        return raw;
    const located = locateBufferKeys(raw, scan);
    if ('problem' in located)
        return raw;
    const stripped = splice(raw, located.ranges, '');
    const removed = located.ranges.reduce((sum, r) => sum + r.end - r.start, 0);
    const yaml = stripped.slice(scan.yamlStart, scan.yamlEnd - removed);
    if (yaml.trim() === '')
        return stripped.slice(0, scan.bomLength) + stripped.slice(scan.bodyStart - removed);
    return stripped;
}
/** The `buffer:` block of a file as written (entries that cannot be read are left out). */
function readBufferBlock(raw) {
    const scan = (0,_posts_frontmatter_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFrontMatter */ .mP)(raw);
    if (scan.kind !== 'present')
        return {};
    const findings = new _posts_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .FindingList */ .k('');
    const source = (0,_posts_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlSource */ .WF)(raw.slice(scan.yamlStart, scan.yamlEnd), scan.yamlLine, findings);
    const contents = source.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(contents))
        return {};
    const pair = contents.items.find((p) => (0,_posts_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .keyText */ .Pu)(p) === BUFFER_KEY);
    return pair ? (0,_posts_frontmatter_tracked_js__WEBPACK_IMPORTED_MODULE_1__/* .readTracked */ .T)(pair.value, source, findings) : {};
}


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pq: () => (/* binding */ emitString),
/* harmony export */   Wl: () => (/* binding */ emitFlow),
/* harmony export */   h: () => (/* binding */ emitBufferBlock)
/* harmony export */ });
/* unused harmony exports quoteString, emitTrackedEntry */
/** Order of a tracked entry's fields; other fields follow in their own order. */
const FIELD_ORDER = ['id', 'status', 'dueAt', 'sentAt', 'link', 'error'];
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./+@-]*$/;
/** Plain texts a YAML 1.2 core (or 1.1) reader resolves to a non-string. */
const NOT_A_STRING = [
    /^(?:~|null|Null|NULL)$/,
    /^(?:true|True|TRUE|false|False|FALSE)$/,
    /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
    /^[-+]?[0-9][0-9_]*$/,
    /^0o[0-7]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
];
const ESCAPES = {
    '\0': '\\0',
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
    '"': '\\"',
    '\\': '\\\\',
};
function quoteString(text) {
    // Control characters, DEL, C1 controls and the BOM are not printable in YAML.
    return `"${text.replace(/[\\"\0-\x1f\x7f-\x9f\ufeff]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
function emitString(text) {
    return PLAIN.test(text) && !NOT_A_STRING.some((pattern) => pattern.test(text)) ? text : quoteString(text);
}
/** A value in YAML flow style. */
function emitFlow(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return emitString(value);
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return '.nan';
        if (!Number.isFinite(value))
            return value > 0 ? '.inf' : '-.inf';
        return Object.is(value, -0) ? '-0' : String(value);
    }
    if (value instanceof Date)
        return quoteString(value.toISOString());
    if (Array.isArray(value))
        return `[${value.map(emitFlow).join(', ')}]`;
    if (typeof value === 'object')
        return emitFlowMap(Object.entries(value));
    return quoteString(String(value));
}
function emitFlowMap(entries) {
    const present = entries.filter(([, v]) => v !== undefined);
    return `{${present.map(([k, v]) => `${emitString(k)}: ${emitFlow(v)}`).join(', ')}}`;
}
function emitTrackedEntry(post) {
    const entries = Object.entries(post);
    const rank = (key) => {
        const index = FIELD_ORDER.indexOf(key);
        return index === -1 ? FIELD_ORDER.length : index;
    };
    // Array.prototype.sort is stable, so unlisted fields keep their insertion order.
    return emitFlowMap(entries.sort(([a], [b]) => rank(a) - rank(b)));
}
/** The whole `buffer:` key as lines ending in `eol`. */
function emitBufferBlock(block, eol) {
    const lines = ['buffer:'];
    for (const [ref, post] of Object.entries(block))
        lines.push(`  ${emitString(ref)}: ${emitTrackedEntry(post)}`);
    return lines.map((line) => line + eol).join('');
}


/***/ }),

/***/ 4613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z_: () => (/* binding */ trackedUpdatesFrom),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   ku: () => (/* binding */ IDEA_KEY),
/* harmony export */   xq: () => (/* binding */ mergeEntries)
/* harmony export */ });
/** The key an idea file's `buffer:` block uses for the idea's ID. */
const IDEA_KEY = 'idea';
function trackedUpdatesFrom(outcomes) {
    const updates = new Map();
    const set = (file, key, value) => {
        let entries = updates.get(file);
        if (!entries)
            updates.set(file, (entries = new Map()));
        // A post the channel holds now outranks the removal of an older one for it
        // (an old post of the same file and channel deleted in the same run).
        if (value === null && entries.get(key))
            return;
        entries.set(key, value);
    };
    for (const outcome of outcomes) {
        const { item } = outcome;
        // An idea found on the board (adopted after a lost answer or a re-run) is recorded like one just made.
        if (item.action === 'create-idea' &&
            (outcome.status === 'created' || outcome.status === 'adopted') &&
            outcome.idea) {
            set(item.file, IDEA_KEY, { id: outcome.idea.id });
            continue;
        }
        if (!item.ref)
            continue;
        if ((outcome.status === 'created' ||
            outcome.status === 'adopted' ||
            outcome.status === 'edited' ||
            outcome.status === 'replaced') &&
            outcome.post) {
            // A replace records the new post, with a fresh entry: the old one's status, link and error went with it.
            set(item.file, item.ref, entryFor(outcome.post));
        }
        else if (item.action === 'replace' && outcome.post) {
            // Half done: the new post exists (the old one is left over for the next run
            // to delete), so the file must hold it, or the next run would create it again.
            set(item.file, item.ref, entryFor(outcome.post));
        }
        else if (item.action === 'replace' && outcome.oldDeleted) {
            // The old post was deleted and the new one not created: the file holds no
            // post for this channel, and the next run creates it.
            set(item.file, item.ref, null);
        }
        else if (outcome.status === 'deleted' && item.action === 'delete' && item.reason === 'channel-removed') {
            set(item.file, item.ref, null);
        }
    }
    return updates;
}
/** What the file records about a Buffer post (SPEC §2's proposed shape). */
function entryFor(post) {
    const entry = { id: post.id, status: post.status };
    if (post.dueAt)
        entry.dueAt = new Date(post.dueAt).toISOString();
    if (post.sentAt)
        entry.sentAt = new Date(post.sentAt).toISOString();
    if (post.externalLink)
        entry.link = post.externalLink;
    if (post.status === 'error' && post.error?.message)
        entry.error = post.error.message;
    return entry;
}
/** Applies updates to a file's current entries; undefined when nothing changes. */
function mergeEntries(current, updates) {
    const next = { ...current };
    for (const [ref, value] of updates) {
        if (value === null)
            delete next[ref];
        else
            next[ref] = value;
    }
    return JSON.stringify(next) === JSON.stringify(current) ? undefined : next;
}


/***/ })

};
