export const id = 456;
export const ids = [456];
export const modules = {

/***/ 8456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileBeforeSync: () => (/* binding */ reconcileBeforeSync),
  runApply: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: ./src/apply/apply.ts
var apply = __webpack_require__(5256);
// EXTERNAL MODULE: ./src/apply/exactly-once.ts
var exactly_once = __webpack_require__(8248);
// EXTERNAL MODULE: ./src/apply/outcome.ts
var outcome = __webpack_require__(3308);
// EXTERNAL MODULE: ./src/git/changes.ts
var git_changes = __webpack_require__(977);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git_git = __webpack_require__(5275);
;// CONCATENATED MODULE: ./src/git/branch-tip.ts
/**
 * The desired state is the branch tip (SPEC §3, "Apply is level-triggered"):
 * a run fetches the tip of the branch it publishes from and moves HEAD and
 * the work tree there before reading any file, so a queued run whose commit
 * is already behind the tip acts on the tip instead of on its older commit.
 *
 * actions/checkout leaves a depth-1 clone. The repository stays shallow: the
 * tip is fetched one commit deep, and history is deepened only as far as is
 * needed to say whether the event's commit is an ancestor of the tip, in
 * bounded steps. Every answer about ancestry is proven from the commits that
 * are present; when the steps run out it is "unknown", never a guess.
 */



/** History fetched per step while looking for the event's commit below the tip (a queued run is usually a few commits behind). */
const DEEPEN_STEPS = [10, 90, 400];
async function moveToBranchTip(git, opts) {
    const remote = opts.remote ?? 'origin';
    const failed = (reason) => ({
        ok: false,
        moved: false,
        eventCommitOnTip: undefined,
        reason,
    });
    const [branch, shallow] = await Promise.all([git.branchName(opts.branch), git.isShallow()]);
    if (branch === undefined || remote.startsWith('-'))
        return failed(`"${opts.branch}" is not a valid branch name`);
    // One commit deep in a shallow clone: fetching without a depth could pull
    // the whole history of the tip (after a force push, all of it).
    const fetchTip = (more) => git.exec([
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        ...(shallow ? ['--depth=1'] : []),
        remote,
        // First: FETCH_HEAD lists the fetched refs in the order given, so its first line is the tip.
        `refs/heads/${branch}`,
        ...more,
    ], { allowFailure: true, auth: true });
    const alongside = (opts.alongside ?? []).filter((spec) => spec !== '' && !spec.startsWith('-'));
    let fetched = await fetchTip(alongside);
    while (fetched.exitCode !== 0 && alongside.length > 0) {
        alongside.pop();
        fetched = await fetchTip(alongside);
    }
    if (fetched.exitCode !== 0) {
        return failed(`could not fetch branch "${branch}" from ${remote}: ${git.redact((0,git_git/* decisiveLine */.fb)(fetched.stderr)) || `git fetch exited with ${fetched.exitCode}`}`);
    }
    const [tip, before] = await Promise.all([git.revParse('FETCH_HEAD'), git.headCommit()]);
    if (before !== tip) {
        // reset --hard moves the checked-out branch with HEAD: right for the publishing
        // branch itself, never for another one, which is left where it is.
        const current = await git.currentBranch();
        if (current !== undefined && current !== branch)
            await git.exec(['checkout', '--quiet', '--detach']);
        await git.exec(['reset', '--hard', '--quiet', tip]);
    }
    const moved = before !== tip;
    const ancestry = await eventCommitOnTip(git, remote, opts.eventCommit, tip, opts.deepenSteps ?? DEEPEN_STEPS);
    return {
        ok: true,
        tip,
        moved,
        eventCommitOnTip: ancestry.onTip,
        ...(ancestry.reason ? { reason: ancestry.reason } : {}),
        ...(opts.alongside ? { alongsideFetched: alongside } : {}),
    };
}
async function eventCommitOnTip(git, remote, eventCommit, tip, steps) {
    if (eventCommit === undefined || eventCommit.trim() === '')
        return { onTip: undefined, reason: 'the event names no commit' };
    const event = eventCommit.trim().toLowerCase();
    if (!(0,git_git/* isFullSha */.Wf)(event))
        return { onTip: undefined, reason: `the event's commit "${eventCommit}" is not a commit name` };
    if (event === tip)
        return { onTip: true };
    for (let step = 0;; step++) {
        const verdict = await provenAncestry(git, event, tip);
        if (verdict !== undefined)
            return { onTip: verdict };
        const deepen = steps[step];
        if (deepen === undefined) {
            const total = steps.reduce((a, b) => a + b, 0);
            return {
                onTip: undefined,
                reason: `the event's commit ${event.slice(0, 7)} is not within ${total} commits below the tip ${tip.slice(0, 7)}, and no more history was fetched`,
            };
        }
        // --deepen counts from the current shallow boundary, so the tip's history
        // grows step by step. The event's own history is not deepened: a commit a
        // force push dropped is unreachable on the remote, and git will not deepen
        // below it; what the checkout holds of it (fetch-depth) is used as it is.
        const tipDeeper = await git.exec(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${deepen}`, remote, tip], { allowFailure: true, auth: true });
        if (tipDeeper.exitCode !== 0) {
            return {
                onTip: undefined,
                reason: `deepening the history of ${tip.slice(0, 7)} from ${remote} failed: ${git.redact((0,git_git/* decisiveLine */.fb)(tipDeeper.stderr))}`,
            };
        }
    }
}
/**
 * Ancestry decided from the commits present, or `undefined` when they do not
 * decide it. A shallow clone only hides parents, so reaching the event's
 * commit from the tip proves it is an ancestor. Not reaching it proves the
 * opposite only when every shallow boundary below the tip is a proper
 * ancestor of the event's commit (a commit below the event cannot have the
 * event in its history); a complete history has no boundary at all.
 */
async function provenAncestry(git, event, tip) {
    const eventPresent = await git.commitExists(event);
    if (eventPresent) {
        const reach = await git.exec(['merge-base', '--is-ancestor', event, tip], { allowFailure: true });
        if (reach.exitCode === 0)
            return true;
        if (reach.exitCode !== 1)
            return undefined;
    }
    const boundaries = await shallowBoundariesBelow(git, tip);
    if (boundaries.length === 0)
        return false;
    if (!eventPresent)
        return undefined;
    for (const boundary of boundaries) {
        if (boundary === event)
            return undefined;
        const below = await git.exec(['merge-base', '--is-ancestor', boundary, event], { allowFailure: true });
        if (below.exitCode !== 0)
            return undefined;
    }
    return false;
}
/** The shallow commits (history cut off below them) reachable from a commit. */
async function shallowBoundariesBelow(git, commit) {
    const shallowFile = (await git.exec(['rev-parse', '--git-path', 'shallow'])).stdout.trim();
    let listed;
    try {
        listed = (await (0,promises_.readFile)(external_node_path_default().resolve(git.cwd, shallowFile), 'utf8'))
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
    }
    catch {
        return []; // no shallow file: a complete repository
    }
    if (listed.length === 0)
        return [];
    const reachable = new Set((await git.exec(['rev-list', commit])).stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean));
    return listed.filter((sha) => reachable.has(sha));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/git/tree-blobs.ts
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
    for (const { mode, type, object, path } of await git.treeEntries(commit, dirs)) {
        if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !object)
            continue;
        if (path.endsWith(ext))
            blobs.set(path, object);
    }
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

// EXTERNAL MODULE: ./src/git/push.ts
var push = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/text/compare.ts
var compare = __webpack_require__(9200);
;// CONCATENATED MODULE: ./src/state/applied-state.ts
/**
 * The applied state (issue 11): what this repository last made Buffer hold,
 * recorded as a git note (see `notes.ts`) on the commit it describes.
 *
 * A state read back is trusted to skip work (the fast path) and to find
 * removals, so parsing is strict: any wrong version, field or shape rejects
 * the whole document with one sentence, and the run falls back to comparing
 * everything. Never a partial object.
 */


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
    const sortedObject = (record) => Object.entries(record).sort(([a], [b]) => (0,compare/* compareCodeUnits */.U)(a, b));
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
        .sort((a, b) => (0,compare/* compareCodeUnits */.U)(a.file, b.file) || (0,compare/* compareCodeUnits */.U)(a.ref, b.ref) || (0,compare/* compareCodeUnits */.U)(a.id, b.id))
        .map((o) => j(o));
    const attempts = [...state.attempts]
        .map((a) => ({
        startedAt: a.startedAt,
        items: a.items
            .map((i) => ({ file: i.file, ref: i.ref, channelId: i.channelId }))
            .sort((x, y) => (0,compare/* compareCodeUnits */.U)(x.file, y.file) ||
            (0,compare/* compareCodeUnits */.U)(x.ref, y.ref) ||
            (0,compare/* compareCodeUnits */.U)(x.channelId, y.channelId)),
    }))
        .sort((a, b) => (0,compare/* compareCodeUnits */.U)(a.startedAt, b.startedAt))
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
    if (!(0,git_git/* isFullSha */.Wf)(commit))
        throw new ShapeError(`"commit" must be a full commit ID, not ${JSON.stringify(commit)}`);
    const recordedAt = isoTime(top.recordedAt, '"recordedAt"');
    const seen = new Map();
    const claim = (id, where) => {
        const earlier = seen.get(id);
        if (earlier !== undefined)
            throw new ShapeError(`post ${id} is recorded twice (${earlier} and ${where})`);
        seen.set(id, where);
    };
    const files = {};
    const filesRaw = object(top.files, '"files"');
    for (const [path, value] of Object.entries(filesRaw)) {
        const where = `files[${JSON.stringify(path)}]`;
        pathKey(path, where);
        const entry = object(value, where);
        onlyKeys(entry, ['blob', 'complete', 'posts'], where);
        if (typeof entry.complete !== 'boolean')
            throw new ShapeError(`${where}.complete must be true or false`);
        let blob;
        if (entry.blob !== undefined) {
            blob = nonEmpty(entry.blob, `${where}.blob`);
            if (!(0,git_git/* isFullSha */.Wf)(blob))
                throw new ShapeError(`${where}.blob must be a full blob ID, not ${JSON.stringify(blob)}`);
        }
        const posts = {};
        for (const [ref, id] of Object.entries(object(entry.posts, `${where}.posts`))) {
            if (ref === '')
                throw new ShapeError(`${where}.posts has an empty channel ref`);
            const postId = nonEmpty(id, `${where}.posts[${JSON.stringify(ref)}]`);
            claim(postId, `${path} × ${ref}`);
            applied_state_define(posts, ref, postId);
        }
        applied_state_define(files, path, blob !== undefined ? { blob, complete: entry.complete, posts } : { complete: entry.complete, posts });
    }
    const ideas = {};
    for (const [path, id] of Object.entries(object(top.ideas, '"ideas"'))) {
        const where = `ideas[${JSON.stringify(path)}]`;
        pathKey(path, where);
        applied_state_define(ideas, path, nonEmpty(id, where));
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
function applied_state_define(record, key, value) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/state/notes.ts
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
        const ref = await stateRef(git, branch);
        return `+${ref}:${ref}`;
    }
    catch {
        return undefined;
    }
}
async function readAppliedState(git, opts) {
    const remote = opts.remote ?? 'origin';
    let ref;
    try {
        ref = await stateRef(git, opts.branch);
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
            reason: `could not fetch the applied state (${ref}) from ${remote}: ${git.redact((0,git_git/* decisiveLine */.fb)(fetched.stderr)) || `git fetch exited with ${fetched.exitCode}`}`,
        };
    }
    const [noteCommit, listed] = await Promise.all([
        git.revParse(ref),
        git.exec(['notes', `--ref=${ref}`, 'list'], { allowFailure: true }),
    ]);
    if (listed.exitCode !== 0)
        return { noteCommit, reason: `could not list the notes in ${ref}: ${git.redact((0,git_git/* decisiveLine */.fb)(listed.stderr))}` };
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
    const parsed = parseAppliedState(text);
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
        ref = await stateRef(git, opts.branch);
        text = serializeAppliedState(opts.state);
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
        ...(0,push/* identityArgs */.MU)(push/* GITHUB_ACTIONS_BOT */.iU),
        'commit-tree',
        tree,
        ...(expected !== undefined ? ['-p', expected] : []),
        '-F',
        '-',
    ], {
        input: `buffer-gitops: applied state of ${branch} at ${commit.slice(0, 12)}\n`,
        env: push/* WITHOUT_IDENTITY_ENV */.mr,
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
    const refused = (0,push/* pushRefusal */.Jt)(git, pushed);
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

;// CONCATENATED MODULE: ./src/state/recorder.ts
/**
 * The applied state over one run (issue 11): read it at the start, record
 * the creates about to be sent (so a crash or a lost answer leaves a window
 * in which the next run may adopt what this one made, and nothing else), and
 * record what Buffer holds at the end. Every write is a compare-and-swap on
 * the notes ref: a run never overwrites a record it did not read.
 */



class AppliedRecorder {
    git;
    branch;
    state;
    reason;
    noteCommit;
    /** Why nothing more can be recorded this run (a push refused or overtaken). */
    stopped;
    /** The attempts this run recorded. */
    attempts = [];
    /** Records this run wrote to the remote. */
    writes = 0;
    constructor(git, branch, 
    /** The state read at the start; undefined when there is none (see `reason`). */
    state, reason, noteCommit) {
        this.git = git;
        this.branch = branch;
        this.state = state;
        this.reason = reason;
        this.noteCommit = noteCommit;
    }
    /** `fetched`: the notes ref came with the branch tip's fetch (see `notesRefspec`). */
    static async open(git, branch, opts = {}) {
        const read = await readAppliedState(git, { branch, ...opts });
        return new AppliedRecorder(git, branch, read.state, read.reason, read.noteCommit);
    }
    /** Whether the run can still record (nothing refused it so far). */
    get problem() {
        return this.stopped;
    }
    /**
     * Records the creates about to be sent. Returns a problem when the record
     * could not be written: the creates then go without a recorded attempt.
     */
    async recordAttempt(creates, now, commit) {
        if (creates.length === 0)
            return undefined;
        const attempt = {
            startedAt: now.toISOString(),
            items: creates.map((c) => ({ file: c.file, ref: c.ref, channelId: c.channelId })),
        };
        const base = this.state ?? {
            version: 1,
            branch: this.branch,
            commit,
            recordedAt: now.toISOString(),
            files: {},
            ideas: {},
            orphans: [],
            attempts: [],
        };
        // This run's earlier attempts too: each record replaces the whole note.
        // The note moves to the commit this run acts on (the state describes files by blob, not by commit): an older one may not be in this checkout.
        const problem = await this.write({
            ...base,
            commit,
            recordedAt: now.toISOString(),
            attempts: [...base.attempts, ...this.attempts, attempt],
        });
        if (!problem)
            this.attempts.push(attempt);
        return problem;
    }
    /**
     * Records the state after the run; a run that changed nothing the state
     * holds (same files, posts, orphans and attempts) writes nothing: the
     * record read at the start still says it all, and no push is spent on it.
     */
    async recordFinal(state) {
        if (this.state && this.attempts.length === 0 && sameRecord(this.state, state))
            return undefined;
        return this.write(state);
    }
    /**
     * When an earlier attempt at `item` may have created its post: only inside
     * an attempt the state recorded for that file × channel. Without a state
     * (the first run), `fallback` decides.
     */
    windowFor(item, fallback) {
        if (!this.state)
            return fallback;
        const starts = this.state.attempts
            .filter((a) => a.items.some((i) => i.file === item.file && i.ref === item.ref && i.channelId === item.channelId))
            .map((a) => Date.parse(a.startedAt))
            .filter(Number.isFinite);
        if (starts.length === 0)
            return undefined;
        // Open-ended: Buffer's clock, not the runner's, dates the post; the attempt closes when its file records an ID.
        return { start: new Date(Math.min(...starts) - exactly_once/* LOST_ANSWER_SLACK_MS */.YO), sentAllowed: true };
    }
    /** The earliest time an adoptable post could have been created (for the look-up), or undefined when none can be. */
    earliestAttempt(fallback) {
        if (!this.state)
            return fallback;
        const starts = this.state.attempts.map((a) => Date.parse(a.startedAt)).filter(Number.isFinite);
        return starts.length ? new Date(Math.min(...starts) - exactly_once/* LOST_ANSWER_SLACK_MS */.YO) : undefined;
    }
    async write(state) {
        if (this.stopped)
            return this.stopped;
        const result = await writeAppliedState(this.git, {
            branch: this.branch,
            state,
            expectedNoteCommit: this.noteCommit,
        });
        if (result.status === 'recorded') {
            this.noteCommit = result.noteCommit;
            this.writes++;
            return undefined;
        }
        this.stopped = result.message;
        return result.message;
    }
}
/** Equal but for when and on which commit they were written. */
function sameRecord(a, b) {
    const content = (s) => serializeAppliedState({ ...s, commit: a.commit, recordedAt: a.recordedAt });
    return content(a) === content(b);
}

// EXTERNAL MODULE: ./src/report/run-report.ts + 3 modules
var run_report = __webpack_require__(6468);
// EXTERNAL MODULE: ./src/writeback/tracked-updates.ts
var tracked_updates = __webpack_require__(6994);
// EXTERNAL MODULE: ./src/commands/context.ts + 9 modules
var context = __webpack_require__(4613);
// EXTERNAL MODULE: ./src/commands/finish.ts
var finish = __webpack_require__(2403);
;// CONCATENATED MODULE: ./src/state/next-state.ts

/** Recorded attempts older than this no longer open a window for adoption: the week the exactly-once check looks back. */
const ATTEMPT_MAX_AGE_MS = exactly_once/* EARLIER_ATTEMPT_WINDOW_MS */.NT;
function nextState(input) {
    const byFile = new Map();
    for (const outcome of input.outcomes) {
        const list = byFile.get(outcome.item.file);
        if (list)
            list.push(outcome);
        else
            byFile.set(outcome.item.file, [outcome]);
    }
    const erroneous = new Set(input.findings.filter((f) => f.severity === 'error').map((f) => f.file));
    const files = {};
    for (const tip of input.tipFiles) {
        const recorded = input.previous?.files[tip.path];
        const vouched = input.trusted.get(tip.path);
        if (vouched) {
            files[tip.path] = { ...vouched, posts: { ...vouched.posts }, blob: input.blobs.get(tip.path) ?? vouched.blob };
            continue;
        }
        const post = input.read.get(tip.path);
        if (!post && tip.claims && !input.previous) {
            // The first record: a file the push did not change, tracked on every channel, is taken as applied (as runs before the record did).
            files[tip.path] = { blob: input.blobs.get(tip.path), complete: true, posts: { ...tip.claims } };
            continue;
        }
        if (!post || !tip.claims) {
            // Unreadable: what it held is still held, and it must be looked at again.
            if (recorded)
                files[tip.path] = { ...recorded, posts: { ...recorded.posts }, complete: false };
            continue;
        }
        const posts = {};
        for (const [ref, entry] of Object.entries(post.tracked))
            if (entry.id)
                posts[ref] = entry.id;
        let settled = !erroneous.has(tip.path) && !input.unwritten.has(tip.path);
        for (const outcome of byFile.get(tip.path) ?? []) {
            const ref = outcome.item.ref;
            if (outcome.status === 'failed' || outcome.status === 'pending' || outcome.status === 'dry-run')
                settled = false;
            if (!ref)
                continue;
            if (outcome.post &&
                (outcome.status === 'created' ||
                    outcome.status === 'adopted' ||
                    outcome.status === 'edited' ||
                    outcome.status === 'replaced')) {
                posts[ref] = outcome.post.id;
            }
            else if (outcome.status === 'deleted' &&
                outcome.item.action === 'delete' &&
                posts[ref] === outcome.item.postId) {
                delete posts[ref];
            }
            else if (outcome.oldDeleted && outcome.item.action === 'replace' && posts[ref] === outcome.item.postId) {
                delete posts[ref];
            }
        }
        const complete = settled &&
            post.channels.every((c) => posts[c.ref]) &&
            Object.keys(posts).every((ref) => post.channels.some((c) => c.ref === ref));
        files[tip.path] = { blob: input.blobs.get(tip.path), complete, posts };
    }
    // An ID several files still claim (a contested `buffer:` entry: both files
    // blocked) is nobody's yet. Recording it for one would make that file its
    // owner on the next run (a guess), and a record holds each ID once. A
    // trusted file's record stays as it was.
    const claimCount = new Map();
    for (const entry of Object.values(files))
        for (const id of Object.values(entry.posts))
            claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
    for (const [path, entry] of Object.entries(files)) {
        if (input.trusted.has(path))
            continue;
        for (const [ref, id] of Object.entries(entry.posts))
            if ((claimCount.get(id) ?? 0) > 1)
                delete entry.posts[ref];
    }
    // Deletes that did not happen (failed, pending, stopped by the rate limit): the next run deletes them.
    const orphans = [];
    const held = new Set(Object.values(files).flatMap((f) => Object.values(f.posts)));
    for (const outcome of input.outcomes) {
        const item = outcome.item;
        const oldId = item.action === 'delete' ? item.postId : undefined;
        if (!oldId || !item.ref || held.has(oldId))
            continue;
        if (outcome.status === 'failed' || outcome.status === 'pending' || outcome.status === 'dry-run') {
            orphans.push({ id: oldId, file: item.file, ref: item.ref });
            held.add(oldId);
        }
    }
    for (const outcome of input.outcomes) {
        // The old half of a replace that was not deleted.
        const leftover = outcome.leftover;
        if (leftover && outcome.item.ref && !held.has(leftover)) {
            orphans.push({ id: leftover, file: outcome.item.file, ref: outcome.item.ref });
            held.add(leftover);
        }
    }
    // An earlier orphan this run did not act on (its file cannot be read now, so
    // no delete was planned) is still to delete: dropping it would leave the post in Buffer for good.
    const actedOn = new Set(input.outcomes.map((o) => ('postId' in o.item ? o.item.postId : undefined)));
    for (const orphan of input.previous?.orphans ?? []) {
        if (actedOn.has(orphan.id) || held.has(orphan.id))
            continue;
        orphans.push({ id: orphan.id, file: orphan.file, ref: orphan.ref });
        held.add(orphan.id);
    }
    const cutoff = input.now.getTime() - ATTEMPT_MAX_AGE_MS;
    const attempts = [];
    for (const attempt of [...(input.previous?.attempts ?? []), ...input.attempts]) {
        if (Date.parse(attempt.startedAt) < cutoff)
            continue;
        // Still open: the file × channel has no post recorded yet.
        const items = attempt.items.filter((i) => !files[i.file]?.posts[i.ref]);
        if (items.length > 0)
            attempts.push({ startedAt: attempt.startedAt, items });
    }
    return {
        version: 1,
        branch: input.branch,
        commit: input.commit,
        recordedAt: input.now.toISOString(),
        files,
        ideas: { ...input.ideas },
        orphans,
        attempts,
    };
}

;// CONCATENATED MODULE: ./src/commands/record-state.ts




/** Records the state after the run; returns why it could not, if it could not. */
async function recordFinal(ctx, git, recorder, input) {
    const { settings } = ctx;
    const pushed = input.writeBack.status === 'pushed' && input.writeBack.commit ? input.writeBack.commit : undefined;
    const commit = pushed ?? input.tip;
    const blobs = await blobsAt(git, commit, [settings.postsDir]);
    // Files someone else changed between the tip this run read and the commit its write-back went on top of.
    const unwritten = new Set();
    if (pushed) {
        const parent = await git.revParse(`${pushed}^1`);
        if (parent !== input.tip) {
            const moved = await (0,git_changes/* detectChanges */.f8)(git, { before: input.tip, after: parent, dirs: [settings.postsDir] });
            // When the difference cannot be computed, every file is looked at again.
            for (const path of moved.kind === 'diff'
                ? moved.changes.flatMap((c) => [c.path, c.oldPath ?? c.path])
                : moved.files)
                unwritten.add(path);
        }
    }
    else {
        for (const file of input.updates.keys())
            unwritten.add(file);
    }
    const read = new Map();
    for (const change of input.collected.posts)
        if (change.current)
            read.set(change.path, change.current);
    const ideas = {};
    for (const [path, id] of Object.entries(recorder.state?.ideas ?? {}))
        ideas[path] = id;
    for (const change of input.collected.ideas)
        if (change.current?.tracked?.id)
            ideas[change.path] = change.current.tracked.id;
    for (const [file, entries] of input.updates) {
        const idea = entries.get(tracked_updates/* IDEA_KEY */.ku);
        if (idea)
            ideas[file] = idea.id;
    }
    const state = nextState({
        previous: recorder.state,
        branch: recorder.branch,
        commit,
        now: ctx.now(),
        tipFiles: input.stateRun?.tipFiles ?? input.collected.tipFiles,
        trusted: input.stateRun?.trusted ?? new Map(),
        read,
        outcomes: input.outcomes,
        findings: input.plan.findings,
        blobs,
        unwritten,
        ideas,
        attempts: recorder.attempts,
    });
    return recorder.recordFinal(state);
}

// EXTERNAL MODULE: ./src/commands/write-back.ts + 1 modules
var write_back = __webpack_require__(6794);
;// CONCATENATED MODULE: ./src/commands/apply.ts
/**
 * `apply` (push to the default branch, SPEC §3): diff the push, plan, send
 * the plan to Buffer, write the IDs back and push them. Every success is
 * written back even when other items failed; the run fails afterwards.
 */














async function runApply(ctx) {
    const done = (await reconcile(ctx, false));
    const result = await (0,finish/* finish */.O)(ctx, done.report, done.plan);
    if (done.waiting.length > 0 && result.exitCode === 0) {
        ctx.reporter.error(`${done.waiting.length} change(s) ${done.waiting[0].message}.`);
        return { ...result, exitCode: 1 };
    }
    return result;
}
/**
 * Before a scheduled or dispatched sync: finish what earlier runs left
 * undone against the applied state (a delete stopped by the rate limit, an
 * edit refused by a posting limit). Without a recorded state there is nothing
 * to start from, and the sync runs alone (undefined).
 */
async function reconcileBeforeSync(ctx) {
    if (ctx.writeFilesOnly || ctx.settings.dryRun || !ctx.event.branch)
        return undefined;
    return reconcile(ctx, true);
}
async function reconcile(ctx, onlyWithState) {
    const { settings, reporter, event } = ctx;
    const client = (0,context/* clientFor */.$V)(ctx, 'apply');
    const git = (0,context/* gitFor */.ww)(ctx);
    const branch = event.branch;
    const dirs = [settings.postsDir, settings.ideasDir];
    // The file readers, parsers and rules (Markdown, the length counters: the largest chunks of dist/)
    // load while git reads the branch tip and the applied state below.
    const reading = Promise.all([Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(805), __webpack_require__.e(583), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 4333)), Promise.all(/* import() */[__webpack_require__.e(692), __webpack_require__.e(805), __webpack_require__.e(583), __webpack_require__.e(974), __webpack_require__.e(244), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 8357))]);
    reading.catch(() => undefined);
    // Level-triggered (issue 11): the action acts on the branch tip against the
    // applied state; the CLI acts on its work tree.
    const level = !ctx.writeFilesOnly && branch !== undefined;
    const opened = level
        ? await reporter.group('Reading the branch tip and the applied state', () => openState(ctx, git, branch))
        : undefined;
    const recorder = opened?.recorder;
    if (onlyWithState && !recorder?.state)
        return undefined;
    // The commit the run acts on: the tip it moved to; for the CLI, its push range's end (the work tree otherwise).
    const tip = opened ? (opened.tip ?? (await git.revParse('HEAD'))) : event.push?.after;
    let changes;
    let stateRun;
    // Against the applied state there is no push diff to date: the tip dates it, asked while the files are read.
    const tipDated = recorder?.state ? earliestAttemptTime(git, undefined, tip, ctx.now()) : undefined;
    tipDated?.catch(() => undefined);
    if (recorder?.state) {
        const state = recorder.state;
        stateRun = await reporter.group('Reading post files', async () => {
            const { collectAgainstState } = (await reading)[0];
            // The tip's blobs and the push's diff, read side by side (independent git processes).
            const [blobs, pushChanges] = await Promise.all([
                blobsAt(git, tip, [settings.postsDir]),
                event.push ? (0,git_changes/* detectChanges */.f8)(git, { before: event.push.before, after: tip, dirs }) : undefined,
            ]);
            const result = await collectAgainstState({
                workspace: settings.workspace,
                postsDir: settings.postsDir,
                ideasDir: settings.ideasDir,
                timezone: settings.timezone,
                git,
                state,
                blobs,
                pushChanges,
            });
            const removals = result.decisions.removals.length;
            reporter.info(`Against the applied state of ${branch} at ${state.commit.slice(0, 7)} (${state.recordedAt}): ${result.trusted.size} file(s) unchanged since, ` +
                `${result.posts.filter((p) => p.current).length} to compare with Buffer, ${removals} post(s) no file holds any more, ${result.ideas.length} new idea file(s)`);
            return result;
        });
    }
    else {
        changes = await reporter.group('Detecting changes', async () => {
            if (!event.push) {
                reporter.info(ctx.surface === 'cli'
                    ? 'No --base given: comparing every post file with Buffer.'
                    : 'No push range in this event: reconciling the whole posts directory.');
                return undefined;
            }
            const result = await (0,git_changes/* detectChanges */.f8)(git, { before: event.push.before, after: tip ?? event.push.after, dirs });
            if (result.kind === 'diff')
                reporter.info(`${result.changes.length} changed file(s) in ${result.before.slice(0, 7)}..${result.after.slice(0, 7)}`);
            else
                reporter.info(`Full reconcile: ${result.reason}`);
            return result;
        });
    }
    const fallbackSince = await (tipDated ?? earliestAttemptTime(git, changes, tip, ctx.now()));
    const recentSince = recorder ? recorder.earliestAttempt(fallbackSince) : fallbackSince;
    const { preparePlan } = (await reading)[1];
    const { plan, connection, collected } = await preparePlan(ctx, changes, git, client, recentSince, stateRun);
    if (!stateRun && changes?.kind !== 'diff') {
        // A deleted file takes its Buffer IDs with it: without a diff or an applied state, its post stays in Buffer.
        const cli = ctx.surface === 'cli';
        const why = changes?.kind === 'full' ? changes.reason : cli ? 'no --base given' : 'no push range in this event';
        const note = `Full reconcile (${why}): files deleted in commits this run cannot see are not deleted from Buffer, because their Buffer IDs went with them. ` +
            (cli
                ? '`buffer-gitops sync` lists the scheduled Buffer posts no file tracks; delete those in Buffer, or restore their files (or give `--base REF` to see deletions since REF).'
                : 'A scheduled sync lists the scheduled Buffer posts no file tracks; delete those in Buffer, or restore their files.');
        reporter.warning(note);
        plan.notes.push(note);
    }
    for (const finding of plan.findings)
        reporter.finding(finding);
    const outcomes = await reporter.group(settings.dryRun ? 'Applying (dry run)' : 'Applying to Buffer', async () => {
        if (!connection) {
            reporter.info('Nothing in this push changes Buffer.');
            return [];
        }
        if (recorder && !settings.dryRun) {
            const creates = plan.items.filter((i) => i.action === 'create' || i.action === 'replace');
            const problem = await recorder.recordAttempt(creates, ctx.now(), tip);
            if (problem)
                reporter.warning(`Could not record this run's creates before sending them (${problem}); if this run is interrupted, the next one cannot tell its posts from others and may create them again.`);
        }
        const fallback = { start: fallbackSince, sentAllowed: false };
        const result = await (0,apply/* applyPlan */.g)(client, plan, {
            organizationId: connection.organization.id,
            createdSince: recentSince ?? fallbackSince,
            recentPosts: connection.recentPosts,
            trackedIds: collected.trackedIds,
            trackedIdeaIds: collected.trackedIdeaIds,
            attemptWindow: recorder ? (item) => recorder.windowFor(item, fallback) : undefined,
            batchSize: ctx.batchSize,
            dryRun: settings.dryRun,
            log: (m) => reporter.info(m),
            now: ctx.now,
        });
        for (const o of result) {
            reporter.info((0,outcome/* outcomeLine */.RW)(o));
            const finding = (0,outcome/* outcomeFinding */.WC)(o);
            if (finding)
                reporter.finding(finding);
            else if (o.status === 'skipped') {
                // Decisions the user should see where they made the change: a sent post kept, an idea edit Buffer cannot apply.
                reporter.finding({
                    file: o.item.file,
                    line: o.item.line,
                    column: 1,
                    severity: 'warning',
                    code: 'skipped',
                    message: `${o.item.ref ? `${o.item.ref}: ` : ''}${o.message ?? 'skipped'}`,
                });
            }
        }
        return result;
    });
    const report = (0,run_report/* buildRunReport */.IW)('apply', plan, outcomes, settings.dryRun);
    report.requests = client.requestCount;
    const budget = client.rateLimit?.tightest;
    if (budget?.remaining !== undefined && budget.limit !== undefined) {
        reporter.info(`Buffer request budget left: ${budget.remaining} of ${budget.limit} (${budget.window} window); this run sent ${client.requestCount} request(s).`);
    }
    // Stopped by Buffer's rate limit: the successes are written back below, and
    // the run fails so the rest is not forgotten (the applied state keeps what
    // is left, and the next run, whatever triggers it, finishes it).
    const waiting = outcomes.filter((o) => o.status === 'pending' && o.errorType === 'BufferRateLimitError');
    if (waiting.length > 0)
        report.notes.push(`${waiting.length} change(s) ${waiting[0].message}.`);
    const updates = (0,tracked_updates/* settledUpdates */.Wq)(outcomes, collected.tipFiles, collected.decisions);
    report.writeBack = await (0,write_back/* writeBack */.X)(ctx, git, updates, event.push?.ref);
    if (recorder && !settings.dryRun) {
        await reporter.group('Recording the applied state', async () => {
            const writes = recorder.writes;
            const problem = await recordFinal(ctx, git, recorder, {
                tip: tip,
                collected,
                stateRun,
                plan,
                outcomes,
                updates,
                writeBack: report.writeBack,
            });
            if (problem) {
                const note = `The applied state was not recorded (${problem}); the next run compares every file with Buffer again.`;
                reporter.warning(note);
                report.notes.push(note);
            }
            else if (recorder.writes > writes)
                reporter.info(`Recorded the applied state of ${recorder.branch} in refs/notes/buffer-gitops/${recorder.branch}.`);
            else
                reporter.info(`The applied state of ${recorder.branch} is unchanged: nothing to record.`);
        });
    }
    return { plan, outcomes, report, waiting };
}
/** Moves to the branch tip and reads the applied state; says in the log what it found. */
async function openState(ctx, git, branch) {
    const { reporter, event } = ctx;
    const eventCommit = event.push?.after ?? event.sha;
    // One fetch brings the tip, the push's previous commit (for its diff) and the applied state.
    // The notes ref last: it is the one missing before the first record, and a failed fetch is tried again without it.
    const [previous, notes] = await Promise.all([
        (0,git_changes/* previousCommitToFetch */.sl)(git, event.push?.before),
        notesRefspec(git, branch),
    ]);
    const alongside = [previous, notes].filter((spec) => spec !== undefined);
    const tip = await moveToBranchTip(git, { branch, eventCommit, alongside });
    if (!tip.ok)
        reporter.warning(`Could not fetch the tip of ${branch} (${tip.reason}); acting on the checked-out commit.`);
    else if (tip.moved) {
        const where = tip.eventCommitOnTip === false
            ? 'is no longer on the branch (force-pushed away?)'
            : tip.eventCommitOnTip
                ? 'is behind it (a later push is queued or done)'
                : 'may be behind it';
        reporter.info(`Acting on the tip of ${branch}, ${tip.tip.slice(0, 7)}: this run's commit ${eventCommit?.slice(0, 7) ?? '(unknown)'} ${where}.`);
    }
    const notesFetched = tip.ok && notes !== undefined && (tip.alongsideFetched ?? []).includes(notes);
    const recorder = await AppliedRecorder.open(git, branch, { fetched: notesFetched });
    reporter.info(recorder.state
        ? `Applied state found: ${branch} at ${recorder.state.commit.slice(0, 7)}, recorded ${recorder.state.recordedAt}.`
        : `No applied state to start from: ${recorder.reason}.`);
    // HEAD is at the tip when it was fetched (else: acting on the checked-out commit).
    return { recorder, tip: tip.ok ? tip.tip : undefined };
}
/** When the earliest attempt at this push's posts could have started. */
async function earliestAttemptTime(git, changes, tip, now) {
    const base = changes?.kind === 'diff' ? changes.before : (changes?.after ?? tip);
    // Without a base commit to date the push, look back as far as sync does.
    let time = now.getTime() - exactly_once/* EARLIER_ATTEMPT_WINDOW_MS */.NT;
    const committed = base ? await git.commitTime(base) : undefined;
    if (committed)
        time = committed.getTime() - exactly_once/* EARLIER_ATTEMPT_SLACK_MS */.dr;
    return new Date(Math.min(time, now.getTime() - exactly_once/* EARLIER_ATTEMPT_SLACK_MS */.dr));
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f8: () => (/* binding */ detectChanges),
/* harmony export */   sl: () => (/* binding */ previousCommitToFetch)
/* harmony export */ });
/* unused harmony export readFileAt */
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5275);
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


/***/ })

};
