export const id = 170;
export const ids = [170];
export const modules = {

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
/* harmony import */ var _write_back_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5438);
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
    const branch = await checkedBranchName(git, `${opts.branchPrefix ?? _write_back_names_js__WEBPACK_IMPORTED_MODULE_2__/* .WRITE_BACK_BRANCH_PREFIX */ .aG}${commit.slice(0, 12)}`);
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
    // One commit deep in a shallow clone, as at the start of the run (branch-tip.ts): the commit is made
    // on the tip alone, and a fetch without a depth would pull every commit pushed meanwhile.
    const depth = (await git.isShallow()) ? ['--depth=1'] : [];
    await git.exec(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, remote, `refs/heads/${branch}`], {
        auth: true,
    });
    await git.exec(['reset', '--hard', '--quiet', 'FETCH_HEAD']);
}
/** Accepts `main` or `refs/heads/main`; refuses names git would not accept as a branch. */
async function checkedBranchName(git, branch) {
    const name = await git.branchName(branch);
    if (name === undefined)
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

/***/ 6994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ settledUpdates),
/* harmony export */   Z_: () => (/* binding */ trackedUpdatesFrom),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   ku: () => (/* binding */ IDEA_KEY),
/* harmony export */   xq: () => (/* binding */ mergeEntries)
/* harmony export */ });
/** A file's entries in `updates`, added empty when it has none yet. */
function entriesOf(updates, file) {
    let entries = updates.get(file);
    if (!entries)
        updates.set(file, (entries = new Map()));
    return entries;
}
/** The key an idea file's `buffer:` block uses for the idea's ID. */
const IDEA_KEY = 'idea';
function trackedUpdatesFrom(outcomes) {
    const updates = new Map();
    const set = (file, key, value) => {
        const entries = entriesOf(updates, file);
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
/**
 * The `buffer:` entries the write-back changes, as history decided
 * (plan/claims.ts): a copied entry for a channel the copy does not list is
 * dropped (a listed channel's entry is replaced by its own new post), a
 * delete removes a file's entry only while the entry still holds the deleted
 * post, and IDs recovered from the applied state go back into their files.
 */
function settledUpdates(outcomes, tipFiles, decisions) {
    const updates = trackedUpdatesFrom(outcomes);
    const claims = new Map(tipFiles.map((f) => [f.path, f]));
    for (const o of outcomes) {
        const entries = updates.get(o.item.file);
        if (o.item.action !== 'delete' || !o.item.ref || entries?.get(o.item.ref) !== null)
            continue;
        if (claims.get(o.item.file)?.claims?.[o.item.ref] !== o.item.postId)
            entries.delete(o.item.ref);
        if (entries.size === 0)
            updates.delete(o.item.file);
    }
    // IDs recovered from the applied state (a force push dropped the write-back) go back into their files.
    for (const [file, recovered] of decisions?.recovered ?? []) {
        for (const [ref, id] of Object.entries(recovered)) {
            const entries = entriesOf(updates, file);
            if (!entries.has(ref))
                entries.set(ref, { id });
        }
    }
    for (const [file, copies] of decisions?.copied ?? []) {
        const tip = claims.get(file);
        for (const copy of copies)
            if (!tip?.channels.includes(copy.ref))
                entriesOf(updates, file).set(copy.ref, null);
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
