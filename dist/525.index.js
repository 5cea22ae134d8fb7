export const id = 525;
export const ids = [525];
export const modules = {

/***/ 5256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ applyPlan)
/* harmony export */ });
/* unused harmony export rateLimitMessage */
/* harmony import */ var _buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2963);
/* harmony import */ var _exactly_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8248);


async function applyPlan(client, plan, opts) {
    const startedAt = (opts.now ?? (() => new Date()))();
    const outcomes = new Map();
    for (const item of plan.items) {
        if (item.action === 'skip') {
            outcomes.set(item, { item, status: item.blocked ? 'failed' : 'skipped', message: item.reason });
        }
    }
    const work = plan.items.filter((i) => i.action !== 'skip');
    if (opts.dryRun) {
        for (const item of work)
            outcomes.set(item, { item, status: 'dry-run' });
        return plan.items.map((i) => outcomes.get(i));
    }
    // Sent, answer lost: resolved by looking in Buffer after the batches.
    const unknownCreates = [];
    const unknownIdeas = [];
    const unknownReplaces = [];
    try {
        const creates = work.filter((i) => i.action === 'create');
        const adopted = await findAlreadyCreated(client, creates, opts, new Set(), opts.recentPosts);
        for (const [item, post] of adopted) {
            outcomes.set(item, {
                item,
                status: 'adopted',
                post,
                message: 'found in Buffer from an earlier attempt; adopted instead of creating a duplicate',
            });
        }
        // Ideas have no idempotency key either: a re-run (or a run after a lost
        // answer or a crash) looks on the ideas board before creating again.
        const ideaCreates = work.filter((i) => i.action === 'create-idea');
        const adoptedIdeas = await findAlreadyCreatedIdeas(client, ideaCreates, opts);
        for (const [item, idea] of adoptedIdeas) {
            outcomes.set(item, {
                item,
                status: 'adopted',
                idea,
                message: 'found on the ideas board from an earlier attempt; adopted instead of creating a duplicate',
            });
        }
        const toSend = work.filter((i) => !outcomes.has(i));
        const batchSize = Math.max(1, Math.min(opts.batchSize ?? 25, 25));
        for (const chunk of chunksOf(toSend, batchSize)) {
            const ops = chunk.flatMap((item) => toOperations(item, opts.organizationId));
            const results = await client.mutateBatch(ops, { maxBatch: Math.max(batchSize, ops.length) });
            let limited;
            let index = 0;
            for (const item of chunk) {
                if (item.action === 'replace') {
                    const [first, second] = [results[index], results[index + 1]];
                    index += 2;
                    const [created, deleted] = createsFirst(item) ? [first, second] : [second, first];
                    const refusal = [created, deleted].find((r) => r?.ok === false && r.error.type === 'BufferRateLimitError');
                    if (refusal && refusal.ok === false) {
                        limited ??= new _buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferRateLimitError */ .sO(refusal.error.window, refusal.error.retryAfterSeconds);
                    }
                    else if (created?.ok === 'unknown') {
                        unknownReplaces.push({ item, deleted });
                    }
                    else {
                        outcomes.set(item, replaceOutcome(item, created?.ok === true ? created.value : undefined, created, deleted));
                    }
                    continue;
                }
                const result = results[index++];
                if (!result) {
                    outcomes.set(item, { item, status: 'failed', message: 'no result for this mutation' });
                }
                else if (result.ok === 'unknown') {
                    if (item.action === 'create')
                        unknownCreates.push(item);
                    else if (item.action === 'create-idea')
                        unknownIdeas.push(item);
                    else
                        outcomes.set(item, {
                            item,
                            status: 'failed',
                            message: `outcome unknown (${result.reason}); the next run checks again`,
                        });
                }
                else if (result.ok === false && result.error.type === 'BufferRateLimitError') {
                    // Refused by the gateway before anything ran; pending, with the rest (below).
                    limited ??= new _buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferRateLimitError */ .sO(result.error.window, result.error.retryAfterSeconds);
                }
                else {
                    outcomes.set(item, toOutcome(item, result));
                }
            }
            // Buffer's budget is spent past what we may wait for: every further
            // request would be refused too (and count), so stop here.
            if (limited)
                throw limited;
        }
        await resolveUnknownReplaces(client, unknownReplaces, outcomes, opts, startedAt);
        await resolveUnknown(client, unknownCreates, unknownIdeas, outcomes, opts, startedAt);
    }
    catch (error) {
        if (error instanceof _buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferRateLimitError */ .sO) {
            // Stopped cleanly: what was done is kept (and written back by the
            // caller); what was not sent is pending, with when it can go.
            const message = rateLimitMessage(error, (opts.now ?? (() => new Date()))());
            opts.log?.(`Stopped: ${message}`);
            for (const item of [...unknownCreates, ...unknownIdeas, ...unknownReplaces.map((u) => u.item)]) {
                if (!outcomes.has(item))
                    outcomes.set(item, {
                        item,
                        status: 'failed',
                        message: 'Buffer did not answer, and the rate limit stopped the check; the next run looks in Buffer before creating it',
                    });
            }
            for (const item of work) {
                if (!outcomes.has(item))
                    outcomes.set(item, { item, status: 'pending', errorType: 'BufferRateLimitError', message });
            }
        }
        else {
            // Anything unexpected (auth revoked mid-run, Buffer down): what was done is kept.
            const message = error instanceof Error ? error.message : String(error);
            for (const item of work) {
                if (!outcomes.has(item))
                    outcomes.set(item, { item, status: 'failed', message });
            }
        }
    }
    return plan.items.map((i) => outcomes.get(i) ?? { item: i, status: 'failed', message: 'not attempted' });
}
/** A lost answer may hide a post or idea that was made: look before reporting it failed. */
async function resolveUnknown(client, creates, ideas, outcomes, opts, startedAt) {
    if (creates.length > 0) {
        // This run sent them: its own posts, even one already sent (`shareNow`), are the ones to find.
        const lost = { start: new Date(startedAt.getTime() - _exactly_once_js__WEBPACK_IMPORTED_MODULE_1__/* .LOST_ANSWER_SLACK_MS */ .YO), sentAllowed: true };
        const found = await findAlreadyCreated(client, creates, { ...opts, attemptWindow: () => lost }, adoptedIds(outcomes));
        for (const item of creates) {
            const post = found.get(item);
            outcomes.set(item, post
                ? { item, status: 'created', post, message: 'answer was lost; found the post in Buffer' }
                : {
                    item,
                    status: 'failed',
                    message: 'Buffer did not answer and the post is not in Buffer; the next run creates it',
                });
        }
    }
    if (ideas.length > 0) {
        const found = await findAlreadyCreatedIdeas(client, ideas, opts, adoptedIds(outcomes));
        for (const item of ideas) {
            const idea = found.get(item);
            outcomes.set(item, idea
                ? { item, status: 'created', idea, message: 'answer was lost; found the idea on the board' }
                : {
                    item,
                    status: 'failed',
                    message: 'Buffer did not answer and the idea is not on the board; the next run creates it',
                });
        }
    }
}
async function findAlreadyCreated(client, creates, opts, extraTaken = new Set(), prefetched) {
    if (creates.length === 0)
        return new Map();
    const channelIds = [...new Set(creates.map((c) => c.channelId))].sort();
    const candidates = prefetched ??
        (await client.posts({
            organizationId: opts.organizationId,
            filter: { channelIds, createdAt: { start: opts.createdSince.toISOString() } },
            sort: [{ field: 'createdAt', direction: 'asc' }],
        }, { pageSize: 100 }));
    const since = { start: opts.createdSince, sentAllowed: false };
    const adopted = (0,_exactly_once_js__WEBPACK_IMPORTED_MODULE_1__/* .matchExistingPosts */ .KX)(creates, candidates, {
        taken: new Set([...opts.trackedIds, ...extraTaken]),
        windowFor: opts.attemptWindow ?? (() => since),
    });
    for (const [item, post] of adopted) {
        opts.log?.(`${item.file} (${item.ref}): adopting Buffer post ${post.id}, created ${post.createdAt ?? 'at an unknown time'} with the same channel, text${item.input.dueAt ? ' and time' : ''}, which no file holds: an earlier attempt at this post made it`);
    }
    return adopted;
}
async function findAlreadyCreatedIdeas(client, creates, opts, extraTaken = new Set()) {
    if (creates.length === 0)
        return new Map();
    const candidates = await client.ideas(opts.organizationId);
    return (0,_exactly_once_js__WEBPACK_IMPORTED_MODULE_1__/* .matchExistingIdeas */ .pq)(creates, candidates, opts.createdSince, new Set([...(opts.trackedIdeaIds ?? []), ...extraTaken]));
}
/** IDs of posts and ideas this run already accounted for: never matched twice. */
function adoptedIds(outcomes) {
    const ids = new Set();
    for (const o of outcomes.values()) {
        if (o.post)
            ids.add(o.post.id);
        if (o.idea)
            ids.add(o.idea.id);
    }
    return ids;
}
/** "not sent: Buffer's request budget is spent (…); it frees at 09:15:00 UTC, in 14m 59s: the next run after that sends it". */
function rateLimitMessage(error, now) {
    const seconds = error.retryAfterSeconds;
    const window = error.window ? ` (${error.window} window)` : '';
    if (seconds === undefined) {
        return `not sent: Buffer's request budget is spent${window}; the next run after the window resets sends it (re-run this job then)`;
    }
    const at = new Date(now.getTime() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return `not sent: Buffer's request budget is spent${window}; it frees at ${at} (in ${(0,_buffer_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(seconds)}): the next run after that sends it (re-run this job then)`;
}
function toOperations(item, organizationId) {
    switch (item.action) {
        case 'create':
            return [{ kind: 'createPost', input: item.input }];
        case 'edit':
            return [{ kind: 'editPost', input: item.input }];
        case 'replace': {
            // One request, executed in order: at a custom time the new post exists
            // before the old one goes; in the queue the old one goes first so the
            // new one takes the slot it frees.
            const create = { kind: 'createPost', input: item.input };
            const remove = { kind: 'deletePost', id: item.postId };
            return createsFirst(item) ? [create, remove] : [remove, create];
        }
        case 'delete':
            return [{ kind: 'deletePost', id: item.postId }];
        case 'create-idea':
            return [{ kind: 'createIdea', input: { organizationId, ...item.input } }];
    }
}
function createsFirst(item) {
    return item.input.mode === 'customScheduled' || item.input.saveToDraft === true;
}
/** Items in request-sized groups; a replace's two mutations never straddle two requests. */
function chunksOf(items, size) {
    const chunks = [];
    let chunk = [];
    let ops = 0;
    for (const item of items) {
        const n = item.action === 'replace' ? 2 : 1;
        if (chunk.length > 0 && ops + n > size) {
            chunks.push(chunk);
            chunk = [];
            ops = 0;
        }
        chunk.push(item);
        ops += n;
    }
    if (chunk.length > 0)
        chunks.push(chunk);
    return chunks;
}
/**
 * A replace's outcome from its two halves. The file records the new post
 * whenever it exists (so it is never created twice); an old post that is
 * still there is `leftover`, kept claimed for the next run to delete; an old
 * post deleted without a new one leaves the file without an ID, so the next
 * run creates it.
 */
function replaceOutcome(item, post, created, deleted) {
    const gone = deleted?.ok === true ||
        (deleted?.ok === false && (deleted.error.type === 'NotFoundError' || /not found/i.test(deleted.error.message)));
    const deleteProblem = problemOf(deleted, 'no result');
    const createProblem = problemOf(created, 'not in Buffer');
    const errorType = created?.ok === false ? created.error.type : deleted?.ok === false ? deleted.error.type : undefined;
    if (post && gone)
        return { item, status: 'replaced', post, message: `replaced post ${item.postId}: ${item.why}` };
    if (post) {
        return {
            item,
            status: 'failed',
            post,
            leftover: item.postId,
            errorType,
            message: `created the new post ${post.id}, but the old post ${item.postId} could not be deleted (${deleteProblem}); the next run deletes it`,
        };
    }
    if (gone) {
        return {
            item,
            status: 'failed',
            errorType,
            oldDeleted: true,
            message: `deleted the old post ${item.postId}, but creating the new one failed (${createProblem}); the next run creates it`,
        };
    }
    return {
        item,
        status: 'failed',
        errorType,
        message: `not replaced: creating the new post failed (${createProblem}) and the old post ${item.postId} was kept`,
    };
}
/** What went wrong with one half of a replace, in words; `none` when Buffer said nothing against it. */
function problemOf(result, none) {
    if (result?.ok === false)
        return result.error.message;
    return result?.ok === 'unknown' ? `outcome unknown (${result.reason})` : none;
}
/** A replace whose create answer was lost: look for the new post before saying what happened. */
async function resolveUnknownReplaces(client, replaces, outcomes, opts, startedAt) {
    if (replaces.length === 0)
        return;
    const asCreates = new Map();
    for (const r of replaces)
        asCreates.set({ ...r.item, action: 'create' }, r);
    const lost = { start: new Date(startedAt.getTime() - _exactly_once_js__WEBPACK_IMPORTED_MODULE_1__/* .LOST_ANSWER_SLACK_MS */ .YO), sentAllowed: true };
    const taken = new Set([...adoptedIds(outcomes), ...replaces.map((r) => r.item.postId)]);
    const found = await findAlreadyCreated(client, [...asCreates.keys()], { ...opts, attemptWindow: () => lost }, taken);
    for (const [create, { item, deleted }] of asCreates) {
        const post = found.get(create);
        outcomes.set(item, replaceOutcome(item, post, { ok: 'unknown', reason: 'Buffer did not answer' }, deleted));
    }
}
function toOutcome(item, result) {
    if (result.ok) {
        switch (item.action) {
            case 'create':
                return { item, status: 'created', post: result.value };
            case 'edit':
                return { item, status: 'edited', post: result.value };
            case 'delete':
                return { item, status: 'deleted' };
            case 'create-idea':
                return { item, status: 'created', idea: result.value };
        }
    }
    const { type, message } = result.error;
    if (item.action === 'delete' && (type === 'NotFoundError' || /not found/i.test(message))) {
        // Deleting is idempotent: a post already gone is the state we wanted.
        return { item, status: 'deleted', message: 'already gone from Buffer' };
    }
    if (type === 'BufferRateLimitError') {
        // Refused by the gateway before it ran: nothing happened; the next run sends it.
        return { item, status: 'pending', errorType: type, message };
    }
    if (type === 'LimitReachedError') {
        const wait = item.action === 'create-idea' ? 'the idea waits until Buffer has room' : 'queued posts wait for a free slot';
        return { item, status: 'pending', errorType: type, message: `${message} (${wait}; the next sync retries)` };
    }
    return { item, status: 'failed', errorType: type, message };
}


/***/ }),

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ matchExistingPosts),
/* harmony export */   NT: () => (/* binding */ EARLIER_ATTEMPT_WINDOW_MS),
/* harmony export */   YO: () => (/* binding */ LOST_ANSWER_SLACK_MS),
/* harmony export */   dr: () => (/* binding */ EARLIER_ATTEMPT_SLACK_MS),
/* harmony export */   pq: () => (/* binding */ matchExistingIdeas)
/* harmony export */ });
/* unused harmony export windowSince */
/* harmony import */ var _time_days_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8174);

/**
 * How far back a post made by an earlier, interrupted attempt is looked for
 * when nothing dates the attempt (sync, a push without a base commit).
 * Syncs retry hourly; a week covers a schedule that stopped for days.
 */
const EARLIER_ATTEMPT_WINDOW_MS = 7 * _time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
/** Posts created this long before a push's base commit still count as earlier attempts (clock skew, slow runners). */
const EARLIER_ATTEMPT_SLACK_MS = _time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
/**
 * A post whose answer was lost (this run's, or an earlier run's recorded
 * attempt) was created after the run or attempt began, on the runner's clock;
 * this covers Buffer's clock running behind it.
 */
const LOST_ANSWER_SLACK_MS = 5 * 60 * 1000;
/** Rules for a create without a recorded attempt: posts made since `since`, never a sent one. */
function windowSince(since, taken) {
    return { taken, windowFor: () => ({ start: since, sentAllowed: false }) };
}
/** Matches creates to existing posts; each post is adopted at most once. */
function matchExistingPosts(creates, candidates, rules) {
    const matches = new Map();
    const taken = new Set(rules.taken);
    // Oldest first: the post made by the first attempt is the one to keep.
    const ordered = [...candidates].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
    for (const item of creates) {
        const window = rules.windowFor(item);
        if (!window)
            continue;
        const match = ordered.find((post) => !taken.has(post.id) && inWindow(post, window) && isSamePost(item, post));
        if (match) {
            matches.set(item, match);
            taken.add(match.id);
        }
    }
    return matches;
}
function inWindow(post, window) {
    if (!window.sentAllowed && (post.status === 'sent' || post.status === 'sending'))
        return false;
    // A post whose creation time is unknown cannot be placed in the window.
    const created = post.createdAt ? Date.parse(post.createdAt) : Number.NaN;
    if (!Number.isFinite(created))
        return false;
    return created >= window.start.getTime() && (window.end === undefined || created <= window.end.getTime());
}
function isSamePost(item, post) {
    if (post.channelId !== item.channelId)
        return false;
    if (normalizeText(post.text) !== normalizeText(item.input.text ?? ''))
        return false;
    if (item.input.mode === 'customScheduled' && item.input.dueAt) {
        if (!post.dueAt || Date.parse(post.dueAt) !== Date.parse(item.input.dueAt))
            return false;
    }
    // A thread is the same post only with the same items: a fix to tweet 2 is another post.
    const wanted = threadTexts(item);
    const found = (post.thread ?? []).map((t) => normalizeText(t.text));
    if (wanted.length > 1 || found.length > 1) {
        if (wanted.length !== found.length || wanted.some((text, i) => text !== found[i]))
            return false;
    }
    return true;
}
function threadTexts(item) {
    for (const entry of Object.values(item.input.metadata ?? {})) {
        const thread = entry.thread;
        if (Array.isArray(thread))
            return thread.map((t) => normalizeText(t.text ?? ''));
    }
    return [];
}
/** Buffer may normalise line endings and trailing space; compare what a reader sees. */
function normalizeText(text) {
    return text.replace(/\r\n/g, '\n').normalize('NFC').trim();
}
/**
 * The same for ideas (`createIdea` has no idempotency key either): an idea on
 * the board with the same title and text, created since the attempt could
 * have started, and tracked by no idea file, is the one an earlier attempt
 * made. `since` is compared in Buffer's unit for ideas, Unix seconds.
 */
function matchExistingIdeas(creates, candidates, since, trackedIds) {
    const matches = new Map();
    const taken = new Set(trackedIds);
    const sinceSeconds = Math.floor(since.getTime() / 1000);
    const ordered = candidates
        .filter((idea) => idea.createdAt === undefined || idea.createdAt >= sinceSeconds)
        .sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
    for (const item of creates) {
        const match = ordered.find((idea) => !taken.has(idea.id) &&
            normalizeText(idea.content.title ?? '') === normalizeText(item.input.content.title ?? '') &&
            normalizeText(idea.content.text ?? '') === normalizeText(item.input.content.text ?? ''));
        if (match) {
            matches.set(item, match);
            taken.add(match.id);
        }
    }
    return matches;
}


/***/ }),

/***/ 6794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ writeBack)
});

// EXTERNAL MODULE: ./src/git/write-back.ts
var write_back = __webpack_require__(6171);
// EXTERNAL MODULE: ./src/git/write-back-names.ts
var write_back_names = __webpack_require__(5438);
// EXTERNAL MODULE: ./src/writeback/whole-files.ts
var whole_files = __webpack_require__(9305);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/writeback/buffer-block.ts
var buffer_block = __webpack_require__(80);
// EXTERNAL MODULE: ./src/writeback/tracked-updates.ts
var tracked_updates = __webpack_require__(6994);
;// CONCATENATED MODULE: ./src/writeback/write-files.ts
/**
 * Writes `buffer:` entries into files in the work tree. Only the `buffer:`
 * block changes; every other byte is kept (writeback/buffer-block.ts).
 * Re-reads each file first, so it can run again on a newer tip after a
 * rejected push and keep whatever someone else changed meanwhile.
 */




async function writeTrackedUpdates(workspace, updates) {
    const changed = [];
    for (const [path, entries] of [...updates].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const absolute = (0,external_node_path_.join)(workspace, path);
        let raw;
        try {
            raw = await (0,promises_.readFile)(absolute, 'utf8');
        }
        catch (error) {
            // Removed on the new tip by someone else: nothing to record there.
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        const next = (0,tracked_updates/* mergeEntries */.xq)((0,buffer_block/* readBufferBlock */.sh)(raw), entries);
        if (!next)
            continue;
        const written = (0,buffer_block/* setBufferBlock */.Sf)(raw, Object.keys(next).length > 0 ? next : undefined);
        if (written !== raw) {
            await (0,promises_.writeFile)(absolute, written, 'utf8');
            changed.push(path);
        }
    }
    return changed;
}

;// CONCATENATED MODULE: ./src/commands/write-back.ts




async function writeBack(ctx, git, updates, pushRef, 
/** What the commit records, e.g. "Buffer post IDs" or "Buffer post statuses". */
what = 'Buffer post IDs', 
/** Files rewritten as a whole in the same commit (sync's metrics file). */
wholeFiles = []) {
    const { settings, reporter, event } = ctx;
    if (updates.size === 0 && wholeFiles.length === 0)
        return { status: 'nothing-to-record', files: [] };
    const planned = [...updates.keys(), ...wholeFiles.map((w) => w.path)];
    if (settings.dryRun)
        return { status: 'skipped (dry run)', files: planned };
    if (settings.writeBack === 'none')
        return { status: 'skipped (write-back: none)', files: planned };
    // Re-run after a rejected push: both re-read the files on the new tip.
    const writeAll = async () => [
        ...(await writeTrackedUpdates(settings.workspace, updates)),
        ...(await (0,whole_files/* writeWholeFiles */.K)(settings.workspace, wholeFiles)),
    ];
    if (ctx.writeFilesOnly) {
        const files = await writeAll();
        return { status: 'written', files };
    }
    const branch = branchOf(pushRef) ?? event.branch;
    if (!branch) {
        return {
            status: 'failed',
            files: [...updates.keys()],
            message: 'no branch to push to (the event has no branch ref)',
        };
    }
    const count = planned.length;
    const message = (0,write_back_names/* writeBackMessage */.Y)(what, count);
    if (settings.writeBack === 'pull-request')
        return writeBackByPullRequest(ctx, git, writeAll, branch, message);
    return reporter.group('Writing Buffer IDs back', async () => {
        let files = [];
        try {
            const result = await (0,write_back/* commitAndPush */.tk)(git, {
                branch,
                message,
                apply: async () => (files = await writeAll()),
                onAttempt: (n, reason) => reporter.info(`Push attempt ${n}: the branch moved (${reason}); re-applying on the new tip`),
            });
            if (result.status === 'nothing-to-commit')
                return { status: 'nothing-to-commit', files };
            reporter.info(`Pushed ${result.commit.slice(0, 7)} to ${branch} (${files.length} file(s), attempt ${result.attempts})`);
            return { status: 'pushed', commit: result.commit, files };
        }
        catch (error) {
            if (error instanceof write_back/* WriteBackRejectedError */.lK || error instanceof write_back/* WriteBackRetriesExhaustedError */.wB) {
                reporter.error(error.message);
                return { status: 'failed', files, message: error.message };
            }
            throw error;
        }
    });
}
/**
 * `write-back: pull-request`: the changes go to a new branch and a pull
 * request into the run's branch, for repositories whose branch protection
 * does not let the workflow push.
 */
async function writeBackByPullRequest(ctx, git, writeAll, base, message) {
    const { settings, reporter, event } = ctx;
    return reporter.group('Opening a pull request with the Buffer IDs', async () => {
        let files = [];
        try {
            const pushed = await (0,write_back/* openPullRequestBranch */.dl)(git, {
                message,
                apply: async () => (files = await writeAll()),
            });
            if (pushed.status === 'nothing-to-commit')
                return { status: 'nothing-to-commit', files };
            if (!settings.githubToken || !event.repository) {
                const why = `pushed branch ${pushed.branch}, but cannot open the pull request without a github-token and GITHUB_REPOSITORY; open it by hand`;
                reporter.error(why);
                return { status: 'failed', commit: pushed.commit, files, message: why };
            }
            // GitHub's REST client is loaded only when a pull request is opened.
            const { openPullRequest } = await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 7377));
            const pull = await openPullRequest({
                token: settings.githubToken,
                apiUrl: event.apiUrl,
                repository: event.repository,
                head: pushed.branch,
                base,
                title: message.replace(/ \[skip ci\]$/, ''),
                body: `Buffer post IDs and statuses recorded by buffer-gitops for:\n\n${files.map((f) => `- \`${f}\``).join('\n')}\n\nMerge it so later runs know these posts are in Buffer. Until it is merged, runs still find them by the exactly-once check and never create them twice.`,
            });
            reporter.info(`Opened pull request #${pull.number} (${pull.url}) from ${pushed.branch} into ${base}`);
            return { status: 'pull-request', commit: pushed.commit, files, message: pull.url };
        }
        catch (error) {
            const text = git.redact(error instanceof Error ? error.message : String(error));
            reporter.error(`Could not open the pull request with the Buffer IDs: ${text}`);
            return { status: 'failed', files, message: text };
        }
    });
}
function branchOf(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}


/***/ }),

/***/ 9305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeWholeFiles),
/* harmony export */   M: () => (/* binding */ readWholeFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Files the write-back rewrites as a whole (the metrics file, issue 15), in
 * the same commit as the `buffer:` blocks. Each write computes the new
 * content from the file as it is at the moment of writing, so after a
 * rejected push it runs again on the new tip and keeps what someone else
 * changed there.
 */


/** Applies the writes in the work tree; returns the paths whose bytes changed. */
async function writeWholeFiles(workspace, writes) {
    const changed = [];
    for (const write of writes) {
        const current = await readWholeFile(workspace, write.path);
        // Never through a link or onto a folder (the metrics step said why when it read the file).
        if ('blocked' in current)
            continue;
        const next = write.next(current.text);
        if (next === undefined || next === current.text)
            continue;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, write.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(absolute, next, 'utf8');
        changed.push(write.path);
    }
    return changed;
}
/**
 * A whole file's text as a write would start from (no text: it does not
 * exist yet), or why it is never written: a symbolic link on the way could
 * point outside the repository (so it is not followed, as the post folders'
 * links are not), and a folder or other non-file is not replaced.
 */
async function readWholeFile(workspace, path) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join('/');
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, at));
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return {};
            throw error;
        }
        if (info.isSymbolicLink())
            return { blocked: `${at} is a symbolic link` };
        const last = i === parts.length;
        if (last ? !info.isFile() : !info.isDirectory())
            return { blocked: `${at} is not a ${last ? 'file' : 'folder'}` };
    }
    return { text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, path), 'utf8') };
}


/***/ })

};
