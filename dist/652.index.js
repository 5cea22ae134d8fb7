export const id = 652;
export const ids = [652];
export const modules = {

/***/ 2652:
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
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
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

// EXTERNAL MODULE: ./src/git/tree-blobs.ts
var tree_blobs = __webpack_require__(4759);
// EXTERNAL MODULE: ./src/state/notes.ts
var state_notes = __webpack_require__(1772);
// EXTERNAL MODULE: ./src/state/applied-state.ts
var applied_state = __webpack_require__(7324);
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
        const read = await (0,state_notes/* readAppliedState */.$8)(git, { branch, ...opts });
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
        const result = await (0,state_notes/* writeAppliedState */.MG)(this.git, {
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
    const content = (s) => (0,applied_state/* serializeAppliedState */.z8)({ ...s, commit: a.commit, recordedAt: a.recordedAt });
    return content(a) === content(b);
}

// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
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
    const blobs = await (0,tree_blobs/* blobsAt */.cu)(git, commit, [settings.postsDir]);
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
    const reading = Promise.all([Promise.all(/* import() */[__webpack_require__.e(583), __webpack_require__.e(805), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 4333)), Promise.all(/* import() */[__webpack_require__.e(583), __webpack_require__.e(805), __webpack_require__.e(974), __webpack_require__.e(244), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 8357))]);
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
                (0,tree_blobs/* blobsAt */.cu)(git, tip, [settings.postsDir]),
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
        (0,state_notes/* notesRefspec */.OM)(git, branch),
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


/***/ })

};
