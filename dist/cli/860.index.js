export const id = 860;
export const ids = [860];
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
    if (summary === undefined) {
        const metrics = report.metrics
            ? (await __webpack_require__.e(/* import() */ 646).then(__webpack_require__.bind(__webpack_require__, 9646))).metricsSummaryMarkdown(report.metrics)
            : undefined;
        summary = (0,_report_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryMarkdown */ .eH)(`Buffer GitOps: ${report.command}`, report, metrics);
    }
    await reporter.summary(summary);
    const problems = (0,_report_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .problemsLine */ .xX)(report);
    if (problems) {
        reporter.error(problems);
        return { exitCode: 1, report };
    }
    return { exitCode: 0, report };
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f8: () => (/* binding */ detectChanges),
/* harmony export */   sl: () => (/* binding */ previousCommitToFetch)
/* harmony export */ });
/* unused harmony export readFileAt */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/**
 * What a push changed in the post and idea directories (SPEC §3, `push` row).
 *
 * The answer is a tree diff between the `before` and `after` commits of the
 * push event, so it needs neither history nor a merge base: it works on
 * actions/checkout's depth-1 clone (after fetching the single `before`
 * commit), on merges of many commits and on force pushes. Whenever the diff
 * cannot be computed, the answer is a full listing of the directories at
 * `after` with the reason, so the caller reconciles everything instead of
 * concluding that nothing changed.
 */

async function detectChanges(git, opts) {
    const dirs = [...new Set(opts.dirs.map(_git_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeDir */ .Rn))];
    const ext = opts.ext ?? '.md';
    const remote = opts.remote ?? 'origin';
    // `after` is what the run operates on; without it there is nothing to reconcile against.
    const after = await git.revParse(opts.after);
    const full = async (reason) => ({
        kind: 'full',
        after,
        reason,
        files: await git.listFiles(dirs, ext, after),
    });
    const before = opts.before?.trim();
    if (before === undefined || (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isNullSha */ .AA)(before)) {
        return full('first push of the branch: there is no previous commit to compare with');
    }
    if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullSha */ .Wf)(before)) {
        return full(`the push event's previous commit "${before}" is not a commit name`);
    }
    const { missing, detail } = await git.fetchMissing([before], remote);
    if (missing.length > 0) {
        return full(`the previous commit ${before} could not be fetched from ${remote} (force push or deleted history?)` +
            (detail ? `: ${detail}` : ''));
    }
    try {
        const changes = await diffTrees(git, before, after, dirs, ext);
        return { kind: 'diff', before, after, changes };
    }
    catch (err) {
        const detail = err instanceof _git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS ? (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .decisiveLine */ .fb)(err.stderr) : err instanceof Error ? err.message : String(err);
        return full(`the changes between ${before} and ${after} could not be computed${detail ? `: ${detail}` : ''}`);
    }
}
/**
 * The push's previous commit when `detectChanges` would have to fetch it (a
 * shallow clone without it), so it can come along with another fetch (one
 * round trip, issue 16); otherwise undefined. Outside a shallow clone it is
 * never fetched ahead: there `detectChanges` decides as before.
 */
async function previousCommitToFetch(git, before) {
    const sha = before?.trim();
    if (sha === undefined || (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isNullSha */ .AA)(sha) || !(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullSha */ .Wf)(sha))
        return undefined;
    const [shallow, present] = await Promise.all([git.isShallow(), git.commitExists(sha)]);
    return shallow && !present ? sha : undefined;
}
/**
 * A file as it was at a revision, or `undefined` if it did not exist there.
 * Deleted posts are found through this: their Buffer IDs are in the file as it
 * was at `before`.
 */
async function readFileAt(git, rev, path) {
    return git.show(rev, path);
}
/**
 * `git diff-tree` (plumbing: unaffected by the user's diff configuration) with
 * rename detection, NUL-separated so names with spaces, quotes, newlines or
 * non-ASCII characters arrive verbatim.
 */
async function diffTrees(git, before, after, dirs, ext) {
    if (dirs.length === 0)
        return [];
    const pathspecs = dirs.includes('') ? [] : dirs;
    const { stdout } = await git.exec([
        '--literal-pathspecs',
        'diff-tree',
        '-r',
        '-z',
        '--name-status',
        '-M',
        '--no-commit-id',
        '--no-ext-diff',
        '--no-textconv',
        before,
        after,
        '--',
        ...pathspecs,
    ]);
    const fields = (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .splitNul */ .K5)(stdout);
    const matters = (path) => path.endsWith(ext) && (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnderDirs */ .bj)(path, dirs);
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const status = fields[i++] ?? '';
        const letter = status.charAt(0);
        if (letter === 'R' || letter === 'C') {
            const oldPath = fields[i++] ?? '';
            const path = fields[i++] ?? '';
            const oldMatters = matters(oldPath);
            const newMatters = matters(path);
            if (letter === 'R' && oldMatters && newMatters)
                changes.push({ status: 'renamed', path, oldPath });
            // A rename across the boundary (e.g. `draft.txt` → `post.md`) is, for us, a file appearing or disappearing.
            else if (letter === 'R' && oldMatters)
                changes.push({ status: 'deleted', path: oldPath });
            else if (newMatters)
                changes.push({ status: 'added', path });
            continue;
        }
        const path = fields[i++] ?? '';
        if (!matters(path))
            continue;
        switch (letter) {
            case 'A':
                changes.push({ status: 'added', path });
                break;
            case 'D':
                changes.push({ status: 'deleted', path });
                break;
            case 'M':
            case 'T': // type change (file ↔ symlink): its content changed
                changes.push({ status: 'modified', path });
                break;
            default:
                throw new Error(`unexpected diff status "${status}" for ${path}`);
        }
    }
    return changes;
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

/***/ 4759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ workTreeBlobs),
/* harmony export */   cu: () => (/* binding */ blobsAt)
/* harmony export */ });
/* unused harmony export gitBlobId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
/**
 * Blob IDs of the post and idea files at a commit, for the fast path of a
 * level-triggered apply: a file whose blob at the tip equals the one the
 * applied state recorded is neither parsed nor looked up in Buffer.
 *
 * Git's blob ID names the exact bytes, so comparing IDs is comparing
 * content; `gitBlobId` computes the same name for bytes the action is about
 * to write, without starting git.
 */


/**
 * Path → blob ID of the regular files under `dirs` (recursive) whose names end
 * with `ext`, at `commit`, read by one `git ls-tree`. Symbolic links and
 * submodules are left out: they are never a post file the action applied, so
 * a caller finds no blob for them and takes the slow path (which reports them).
 */
async function blobsAt(git, commit, dirs, ext = '.md') {
    const blobs = new Map();
    const wanted = [...new Set(dirs.map(_git_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeDir */ .Rn))];
    if (wanted.length === 0)
        return blobs;
    // As Git.treeEntries reads the tree, parsed lean: a plan over ten thousand files reads ten thousand lines.
    const { stdout } = await git.exec([
        '--literal-pathspecs',
        'ls-tree',
        '-r',
        '-z',
        '--full-tree',
        '--end-of-options',
        commit,
        '--',
        ...(wanted.includes('') ? [] : wanted),
    ]);
    readLsTree(stdout, wanted.map((dir) => (dir === '' ? '' : `${dir}/`)), ext, blobs);
    return blobs;
}
/**
 * The ls-tree lines into `blobs`. A function of its own, not inside the async
 * `blobsAt`: ten thousand lines make V8 optimize the loop while it runs, and
 * compiling it as part of the async function took 19 ms of CPU in a plan over
 * 10,000 files, against 6–9 ms on its own (the loop itself runs in about 5).
 */
function readLsTree(stdout, prefixes, ext, blobs) {
    // `<mode> blob <object>\t<path>\0`: regular files only (100644, 100755).
    let at = 0;
    while (at < stdout.length) {
        let end = stdout.indexOf('\0', at);
        if (end === -1)
            end = stdout.length;
        const tab = stdout.indexOf('\t', at);
        if (tab !== -1 &&
            tab < end &&
            (stdout.startsWith('100644 blob ', at) || stdout.startsWith('100755 blob ', at)) &&
            stdout.endsWith(ext, end)) {
            const path = stdout.slice(tab + 1, end);
            for (const prefix of prefixes) {
                if (!path.startsWith(prefix))
                    continue;
                blobs.set(path, stdout.slice(at + 12, tab));
                break;
            }
        }
        at = end + 1;
    }
}
/**
 * Like `blobsAt(HEAD)` for a work tree someone edits (the CLI): a file the
 * work tree or the index changes (edited, staged, deleted, in a conflict) has
 * no blob here, so the caller reads it. Empty when git cannot tell.
 */
async function workTreeBlobs(git, dirs, ext = '.md') {
    const wanted = [...new Set(dirs.map(_git_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeDir */ .Rn))];
    const pathspecs = wanted.includes('') ? [] : wanted;
    const [blobs, status] = await Promise.all([
        blobsAt(git, 'HEAD', dirs, ext),
        git.exec([
            // A read: no refresh of the index written back, so no index.lock taken from an editor or a git beside it.
            '--no-optional-locks',
            '--literal-pathspecs',
            'status',
            '--porcelain=v1',
            '-z',
            '--untracked-files=no',
            '--no-renames',
            '--',
            ...pathspecs,
        ], { allowFailure: true }),
    ]);
    if (status.exitCode !== 0)
        return new Map();
    // `XY path`, one entry per file (no renames: no second path).
    for (const entry of (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .splitNul */ .K5)(status.stdout))
        blobs.delete(entry.slice(3));
    return blobs;
}
/**
 * The blob ID git gives this content (`git hash-object --stdin`, no filters):
 * the hash of `blob <byte length>\0<bytes>`. A string is taken as UTF-8.
 * `sha256` is for repositories created with `--object-format=sha256`.
 */
function gitBlobId(content, algorithm = 'sha1') {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return createHash(algorithm).update(`blob ${bytes.byteLength}\0`, 'utf8').update(bytes).digest('hex');
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   IW: () => (/* binding */ buildRunReport),
/* harmony export */   TN: () => (/* binding */ oneLine),
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
/**
 * The job summary. `metricsSection`: sync's metrics (metrics-summary.ts), rendered by the caller, so that
 * plans and applies never load the metrics report's code (issue 16).
 */
function summaryMarkdown(title, report, metricsSection) {
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
    // Sync with metrics on: the window's top posts, totals and weekly chart.
    if (metricsSection)
        lines.push(metricsSection);
    return lines.join('\n');
}
/** Makes text safe inside a Markdown table cell. */
function cell(text) {
    return oneLine(text.replace(/\|/g, '\\|'));
}
/** Keeps text on one Markdown line: every line break (\r\n, \n and a lone \r alike) becomes a space; no HTML tag opens. */
function oneLine(text) {
    return text.replace(/\r\n?|\n/g, ' ').replace(/</g, '&lt;');
}


/***/ }),

/***/ 7324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ vouchesFor),
/* harmony export */   Qc: () => (/* binding */ parseAppliedState),
/* harmony export */   dZ: () => (/* binding */ stateRef),
/* harmony export */   z8: () => (/* binding */ serializeAppliedState)
/* harmony export */ });
/* unused harmony export claimsOf */
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9200);
/**
 * The applied state (issue 11): what this repository last made Buffer hold,
 * recorded as a git note (see `notes.ts`) on the commit it describes.
 *
 * A state read back is trusted to skip work (the fast path) and to find
 * removals, so parsing is strict: any wrong version, field or shape rejects
 * the whole document with one sentence, and the run falls back to comparing
 * everything. Never a partial object.
 */


/**
 * Whether a file's record vouches for its content at `blob`: fully applied at
 * exactly that blob, so the file need not be read (every channel it lists has
 * its post, and the record holds the IDs).
 */
function vouchesFor(entry, blob) {
    return entry !== undefined && entry.complete && Boolean(entry.blob) && entry.blob === blob;
}
const NOTES_NAMESPACE = 'refs/notes/buffer-gitops/';
/**
 * The notes ref holding a branch's applied state, `refs/notes/buffer-gitops/<branch>`.
 * Throws when git would not accept the name.
 */
async function stateRef(git, branch) {
    // A valid branch name makes a valid ref under any valid prefix.
    const name = await git.branchName(branch);
    if (name === undefined)
        throw new Error(`"${branch}" is not a valid branch name`);
    return `${NOTES_NAMESPACE}${name}`;
}
/** Every post ID the state knows → where it is recorded. Parsing guarantees each ID appears once. */
function claimsOf(state) {
    const claims = new Map();
    for (const [file, entry] of Object.entries(state.files)) {
        for (const [ref, id] of Object.entries(entry.posts))
            claims.set(id, { file, ref, kind: 'post' });
    }
    for (const orphan of state.orphans)
        claims.set(orphan.id, { file: orphan.file, ref: orphan.ref, kind: 'orphan' });
    return claims;
}
/**
 * JSON with sorted keys and paths, one file (idea, orphan, attempt) per line,
 * so `git notes show` reads well and equal states give equal bytes. Throws
 * when the state would not parse back (a bug in the caller, never written).
 */
function serializeAppliedState(state) {
    const j = (value) => JSON.stringify(value);
    const sortedObject = (record) => Object.entries(record).sort(([a], [b]) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a, b));
    const block = (lines, open, close) => lines.length === 0
        ? `${open}${close}`
        : `${open}\n${lines.map((l, i) => `    ${l}${i < lines.length - 1 ? ',' : ''}`).join('\n')}\n  ${close}`;
    const files = sortedObject(state.files).map(([path, f]) => {
        const posts = Object.fromEntries(sortedObject(f.posts));
        return `${j(path)}: ${j({ ...(f.blob !== undefined ? { blob: f.blob } : {}), complete: f.complete, posts })}`;
    });
    const ideas = sortedObject(state.ideas).map(([path, id]) => `${j(path)}: ${j(id)}`);
    const orphans = [...state.orphans]
        .map((o) => ({ id: o.id, file: o.file, ref: o.ref }))
        .sort((a, b) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.file, b.file) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.ref, b.ref) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.id, b.id))
        .map((o) => j(o));
    const attempts = [...state.attempts]
        .map((a) => ({
        startedAt: a.startedAt,
        items: a.items
            .map((i) => ({ file: i.file, ref: i.ref, channelId: i.channelId }))
            .sort((x, y) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(x.file, y.file) ||
            (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(x.ref, y.ref) ||
            (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(x.channelId, y.channelId)),
    }))
        .sort((a, b) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.startedAt, b.startedAt))
        .map((a) => j(a));
    const text = [
        '{',
        `  "version": ${j(state.version)},`,
        `  "branch": ${j(state.branch)},`,
        `  "commit": ${j(state.commit)},`,
        `  "recordedAt": ${j(state.recordedAt)},`,
        `  "files": ${block(files, '{', '}')},`,
        `  "ideas": ${block(ideas, '{', '}')},`,
        `  "orphans": ${block(orphans, '[', ']')},`,
        `  "attempts": ${block(attempts, '[', ']')}`,
        '}',
        '',
    ].join('\n');
    const check = parseAppliedState(text);
    if (!check.ok)
        throw new Error(`refusing to record an invalid applied state: ${check.error}`);
    return text;
}
/** Reads a recorded state; any deviation from the format is an error naming the field. */
function parseAppliedState(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        return { ok: false, error: `the applied state is not JSON (${err instanceof Error ? err.message : String(err)})` };
    }
    try {
        return { ok: true, state: readState(raw) };
    }
    catch (err) {
        if (err instanceof ShapeError)
            return { ok: false, error: `the applied state is malformed: ${err.message}` };
        throw err;
    }
}
class ShapeError extends Error {
}
const TOP_KEYS = ['version', 'branch', 'commit', 'recordedAt', 'files', 'ideas', 'orphans', 'attempts'];
const FILE_KEYS = ['blob', 'complete', 'posts'];
/** `isFullSha` without its case-insensitive alternation (ten thousand blobs per state). */
function isObjectId(text) {
    return (text.length === 40 || text.length === 64) && HEX.test(text);
}
const HEX = /^[0-9a-fA-F]+$/;
/** An ID `nonEmpty` accepts as it is (no check beyond it needed). */
const PLAIN_ID = /^\S+$/;
function fileWhere(path) {
    return `files[${JSON.stringify(path)}]`;
}
function readState(raw) {
    const top = object(raw, 'the document');
    if (top.version !== 1) {
        throw new ShapeError(typeof top.version === 'number'
            ? `version ${top.version} is not supported (this buffer-gitops reads version 1); upgrade the action or delete the ref to start over`
            : '"version" must be 1');
    }
    onlyKeys(top, TOP_KEYS, 'the document');
    const branch = nonEmpty(top.branch, '"branch"');
    const commit = nonEmpty(top.commit, '"commit"');
    if (!(0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isFullSha */ .Wf)(commit))
        throw new ShapeError(`"commit" must be a full commit ID, not ${JSON.stringify(commit)}`);
    const recordedAt = isoTime(top.recordedAt, '"recordedAt"');
    // Ten thousand files make ten thousand entries: each is checked where JSON.parse put it (fresh
    // objects with own properties only, `__proto__` included), and a message naming one is built only when it is wrong.
    const files = object(top.files, '"files"');
    /** Post ID → the file recording it; said with its channel only when an ID is recorded twice. */
    const recordedIn = new Map();
    const at = (path, id) => `${path} × ${Object.keys(files[path].posts).find((ref) => files[path].posts[ref] === id)}`;
    for (const path in files) {
        const value = files[path];
        if (!isPathKey(path))
            pathKey(path, fileWhere(path));
        const entry = typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : object(value, fileWhere(path));
        for (const key in entry)
            if (key !== 'blob' && key !== 'complete' && key !== 'posts')
                onlyKeys(entry, FILE_KEYS, fileWhere(path));
        if (typeof entry.complete !== 'boolean')
            throw new ShapeError(`${fileWhere(path)}.complete must be true or false`);
        if (entry.blob !== undefined && !(typeof entry.blob === 'string' && isObjectId(entry.blob))) {
            const blob = nonEmpty(entry.blob, `${fileWhere(path)}.blob`);
            throw new ShapeError(`${fileWhere(path)}.blob must be a full blob ID, not ${JSON.stringify(blob)}`);
        }
        const posts = typeof entry.posts === 'object' && entry.posts !== null && !Array.isArray(entry.posts)
            ? entry.posts
            : object(entry.posts, `${fileWhere(path)}.posts`);
        for (const ref in posts) {
            if (ref === '')
                throw new ShapeError(`${fileWhere(path)}.posts has an empty channel ref`);
            const id = posts[ref];
            const postId = typeof id === 'string' && PLAIN_ID.test(id)
                ? id
                : nonEmpty(id, `${fileWhere(path)}.posts[${JSON.stringify(ref)}]`);
            const earlier = recordedIn.get(postId);
            if (earlier !== undefined)
                throw new ShapeError(`post ${postId} is recorded twice (${at(earlier, postId)} and ${path} × ${ref})`);
            recordedIn.set(postId, path);
        }
    }
    const orphanOf = new Map();
    const claim = (id, where) => {
        const file = recordedIn.get(id);
        const earlier = file !== undefined ? at(file, id) : orphanOf.get(id);
        if (earlier !== undefined)
            throw new ShapeError(`post ${id} is recorded twice (${earlier} and ${where})`);
        orphanOf.set(id, where);
    };
    const ideas = {};
    for (const [path, id] of Object.entries(object(top.ideas, '"ideas"'))) {
        const where = `ideas[${JSON.stringify(path)}]`;
        pathKey(path, where);
        define(ideas, path, nonEmpty(id, where));
    }
    const orphans = array(top.orphans, '"orphans"').map((value, i) => {
        const where = `orphans[${i}]`;
        const o = object(value, where);
        onlyKeys(o, ['id', 'file', 'ref'], where);
        const orphan = {
            id: nonEmpty(o.id, `${where}.id`),
            file: nonEmpty(o.file, `${where}.file`),
            ref: nonEmpty(o.ref, `${where}.ref`),
        };
        claim(orphan.id, `orphan of ${orphan.file} × ${orphan.ref}`);
        return orphan;
    });
    const attempts = array(top.attempts, '"attempts"').map((value, i) => {
        const where = `attempts[${i}]`;
        const a = object(value, where);
        onlyKeys(a, ['startedAt', 'items'], where);
        const items = array(a.items, `${where}.items`).map((itemRaw, k) => {
            const at = `${where}.items[${k}]`;
            const item = object(itemRaw, at);
            onlyKeys(item, ['file', 'ref', 'channelId'], at);
            return {
                file: nonEmpty(item.file, `${at}.file`),
                ref: nonEmpty(item.ref, `${at}.ref`),
                channelId: nonEmpty(item.channelId, `${at}.channelId`),
            };
        });
        return { startedAt: isoTime(a.startedAt, `${where}.startedAt`), items };
    });
    return { version: 1, branch, commit, recordedAt, files, ideas, orphans, attempts };
}
function object(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ShapeError(`${where} must be an object`);
    return value;
}
function array(value, where) {
    if (!Array.isArray(value))
        throw new ShapeError(`${where} must be a list`);
    return value;
}
function nonEmpty(value, where) {
    if (typeof value !== 'string' || value.trim() === '')
        throw new ShapeError(`${where} must be a non-empty string`);
    return value;
}
function isoTime(value, where) {
    const text = nonEmpty(value, where);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(text) ||
        Number.isNaN(Date.parse(text))) {
        throw new ShapeError(`${where} must be an ISO time such as 2026-01-31T09:00:00Z, not ${JSON.stringify(text)}`);
    }
    return text;
}
/** What `pathKey` accepts, said without building its message. */
function isPathKey(path) {
    return path !== '' && !path.includes('\0') && !/(?:^|\/)\.{0,2}(?:\/|$)/.test(path);
}
/** A repository path as git lists it: relative, `/`-separated, no empty, `.` or `..` segment. */
function pathKey(path, where) {
    if (path === '' ||
        path.startsWith('/') ||
        path.includes('\0') ||
        path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new ShapeError(`${where}: ${JSON.stringify(path)} is not a repository path`);
    }
}
function onlyKeys(value, allowed, where) {
    const extra = Object.keys(value).filter((k) => !allowed.includes(k));
    if (extra.length > 0)
        throw new ShapeError(`${where} has unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => JSON.stringify(k)).join(', ')}`);
}
/** Own data property even for a key like `__proto__` (plain assignment would set the prototype). */
function define(record, key, value) {
    if (key === '__proto__')
        Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else
        record[key] = value;
}


/***/ }),

/***/ 1772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ readAppliedState),
/* harmony export */   BI: () => (/* binding */ NO_STATE_YET),
/* harmony export */   MG: () => (/* binding */ writeAppliedState),
/* harmony export */   OM: () => (/* binding */ notesRefspec),
/* harmony export */   gx: () => (/* binding */ optionalNotesRefspec)
/* harmony export */ });
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7546);
/* harmony import */ var _applied_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7324);
/**
 * The applied state lives on the remote as a git note: the notes ref
 * `refs/notes/buffer-gitops/<branch>` holds exactly one note, on the commit
 * the state describes; the ref's history is the apply log. GitHub keeps
 * `refs/notes/*`, and the workflow's `contents: write` token may push it.
 *
 * Every record is one new notes commit whose parent is the notes commit the
 * run read, pushed with a lease on that commit: when another run recorded
 * meanwhile (or someone deleted the ref to start over) the push fails and
 * nothing is overwritten. Nothing but the notes ref is ever pushed.
 */



const NO_STATE_YET = 'no applied state recorded yet';
/**
 * The refspec `readAppliedState` fetches, for a fetch that takes it along
 * with the branch tip (one round trip); undefined for a branch name git
 * refuses (reading the state then says why).
 */
async function notesRefspec(git, branch) {
    try {
        const ref = await (0,_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .stateRef */ .dZ)(git, branch);
        return `+${ref}:${ref}`;
    }
    catch {
        return undefined;
    }
}
/**
 * A refspec that fetches the branch's notes ref when the remote has it and
 * matches nothing when it does not, so the state can come along with a fetch
 * that must not fail on a first run (a pull request's plan). A pattern
 * (`…/main*`: it also brings the notes of branches whose names continue
 * `main`, a few small refs at most); with `git fetch --prune` a local copy the
 * remote no longer has is removed. Undefined for a branch name git refuses.
 */
async function optionalNotesRefspec(git, branch) {
    try {
        const ref = await (0,_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .stateRef */ .dZ)(git, branch);
        return `+${ref}*:${ref}*`;
    }
    catch {
        return undefined;
    }
}
async function readAppliedState(git, opts) {
    const remote = opts.remote ?? 'origin';
    let ref;
    try {
        ref = await (0,_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .stateRef */ .dZ)(git, opts.branch);
    }
    catch (err) {
        return { reason: err.message };
    }
    if (remote.startsWith('-'))
        return { reason: `"${remote}" is not a remote` };
    // The remote is the truth: a local ref left by an earlier run is overwritten (or removed below).
    // One commit deep in a shallow clone (only the tip's note is read); a full clone stays full.
    const fetched = opts.fetched
        ? { exitCode: 0, stderr: '' }
        : await git.exec([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            ...((await git.isShallow()) ? ['--depth=1'] : []),
            remote,
            `+${ref}:${ref}`,
        ], { allowFailure: true, auth: true });
    if (fetched.exitCode !== 0) {
        // Told apart by asking again rather than by git's (translatable) wording.
        const listed = await git.exec(['ls-remote', '--exit-code', remote, ref], { allowFailure: true, auth: true });
        if (listed.exitCode === 2) {
            // Deleted on the remote (a reset): forget any local copy, so it is never written on top of.
            await git.exec(['update-ref', '-d', ref], { allowFailure: true });
            return { reason: NO_STATE_YET };
        }
        return {
            reason: `could not fetch the applied state (${ref}) from ${remote}: ${git.redact((0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .decisiveLine */ .fb)(fetched.stderr)) || `git fetch exited with ${fetched.exitCode}`}`,
        };
    }
    const [noteCommit, listed] = await Promise.all([
        // Absent after a fetch with `optionalNotesRefspec`, or locally (the CLI reads only its own copy).
        git.revParse(ref).catch(() => undefined),
        git.exec(['notes', `--ref=${ref}`, 'list'], { allowFailure: true }),
    ]);
    if (noteCommit === undefined)
        return { reason: NO_STATE_YET };
    if (listed.exitCode !== 0)
        return { noteCommit, reason: `could not list the notes in ${ref}: ${git.redact((0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .decisiveLine */ .fb)(listed.stderr))}` };
    const notes = listed.stdout
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts.length === 2);
    if (notes.length !== 1) {
        return {
            noteCommit,
            reason: `${ref} holds ${notes.length} notes where one is expected; the state cannot be used (delete the ref on ${remote} to start over)`,
        };
    }
    const [noteBlob, annotated] = notes[0];
    const text = (await git.blob(noteBlob)).toString('utf8');
    const parsed = (0,_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAppliedState */ .Qc)(text);
    if (!parsed.ok)
        return { noteCommit, reason: `${ref}: ${parsed.error}` };
    if (parsed.state.commit.toLowerCase() !== annotated.toLowerCase()) {
        return {
            noteCommit,
            reason: `${ref}: the note on ${annotated.slice(0, 7)} describes commit ${parsed.state.commit.slice(0, 7)}; the state cannot be used`,
        };
    }
    const branch = opts.branch.replace(/^refs\/heads\//, '');
    if (parsed.state.branch !== branch) {
        return {
            noteCommit,
            reason: `${ref}: the state was recorded for branch "${parsed.state.branch}", not "${branch}"; the state cannot be used`,
        };
    }
    return { state: parsed.state, noteCommit };
}
async function writeAppliedState(git, opts) {
    const remote = opts.remote ?? 'origin';
    const failed = (message) => ({ status: 'failed', message: git.redact(message) });
    let ref;
    let text;
    try {
        ref = await (0,_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .stateRef */ .dZ)(git, opts.branch);
        text = (0,_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeAppliedState */ .z8)(opts.state);
    }
    catch (err) {
        return failed(`could not record the applied state: ${err.message}`);
    }
    if (remote.startsWith('-'))
        return failed(`"${remote}" is not a remote`);
    const branch = opts.branch.replace(/^refs\/heads\//, '');
    if (opts.state.branch !== branch)
        return failed(`could not record the applied state: it describes branch "${opts.state.branch}", not "${branch}"`);
    const { commit } = opts.state;
    if (!(await git.commitExists(commit)))
        return failed(`could not record the applied state: commit ${commit.slice(0, 7)} is not in the local repository`);
    const expected = opts.expectedNoteCommit;
    if (expected !== undefined && !(await git.commitExists(expected))) {
        return failed(`could not record the applied state: the expected notes commit ${expected.slice(0, 7)} is not in the local repository (read the state first)`);
    }
    // Built with plumbing so that one record is exactly one commit whose tree
    // holds exactly one note (`git notes add` + `remove` would make two commits).
    const blob = (await git.exec(['hash-object', '-w', '--stdin'], { input: text })).stdout.trim();
    const tree = (await git.exec(['mktree'], { input: `100644 blob ${blob}\t${commit}\n` })).stdout.trim();
    const noteCommit = (await git.exec([
        ...(0,_git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .identityArgs */ .MU)(_git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_BOT */ .iU),
        'commit-tree',
        tree,
        ...(expected !== undefined ? ['-p', expected] : []),
        '-F',
        '-',
    ], {
        input: `buffer-gitops: applied state of ${branch} at ${commit.slice(0, 12)}\n`,
        env: _git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .WITHOUT_IDENTITY_ENV */ .mr,
    })).stdout.trim();
    // The lease is a compare-and-swap on the remote ref: it must still be what
    // this run read (or still absent). Never a plain force.
    const args = [
        'push',
        '--porcelain',
        '--no-verify',
        `--force-with-lease=${ref}:${expected ?? ''}`,
        remote,
        `${noteCommit}:${ref}`,
    ];
    const pushed = await git.exec(args, { allowFailure: true, auth: true });
    if (pushed.exitCode === 0) {
        await git.exec(['update-ref', ref, noteCommit]);
        return { status: 'recorded', noteCommit };
    }
    const refused = (0,_git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushRefusal */ .Jt)(git, pushed);
    const { detail } = refused;
    switch (refused.kind) {
        case 'behind':
            return {
                status: 'moved',
                message: `the applied state of "${branch}" was not recorded: ${ref} changed on ${remote} since this run read it (another run recorded, or it was deleted); nothing was overwritten (${detail})`,
            };
        case 'unauthorized':
            return failed(`the applied state of "${branch}" was not recorded: the token may not push ${ref} (${detail}). ` +
                'Give the workflow `permissions: contents: write` (or a `github-token` that can push).');
        case 'declined':
            return failed(`the applied state of "${branch}" was not recorded: ${remote} refused ${ref} (${detail}). ` +
                `Allow the workflow token to push refs/notes/buffer-gitops/* (a ruleset or hook on ${remote} blocks it).`);
        case 'other':
            return failed(`the applied state of "${branch}" was not recorded: git push of ${ref} to ${remote} failed (${detail})`);
    }
}


/***/ })

};
