export const id = 994;
export const ids = [994];
export const modules = {

/***/ 9138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSync: () => (/* binding */ runSync)
});

// EXTERNAL MODULE: ./src/apply/apply.ts
var apply = __webpack_require__(5256);
// EXTERNAL MODULE: ./src/apply/exactly-once.ts
var exactly_once = __webpack_require__(8248);
// EXTERNAL MODULE: ./src/apply/outcome.ts
var outcome = __webpack_require__(3308);
// EXTERNAL MODULE: ./src/channels/resolve.ts
var resolve = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/plan/collect.ts + 1 modules
var collect = __webpack_require__(5583);
// EXTERNAL MODULE: ./src/posts/render.ts
var render = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
;// CONCATENATED MODULE: ./src/sync/tracked.ts
function trackedRefs(posts) {
    const refs = [];
    for (const post of posts) {
        for (const [ref, entry] of Object.entries(post.tracked)) {
            if (!entry.id)
                continue;
            const channel = post.channels.find((c) => c.ref === ref);
            refs.push({ file: post.path, ref, line: channel?.position.line ?? 1, entry, post, listed: Boolean(channel) });
        }
    }
    return refs;
}
/**
 * What a file records for a post Buffer no longer has (deleted in Buffer's
 * app). Not one of Buffer's statuses: the product's own, so later syncs
 * report the drift without asking again (Buffer answers only the first
 * missing post of a request, so each costs a request of its own).
 */
const DELETED_STATUS = 'deleted';
/**
 * Statuses after which Buffer never changes a post again. The file records
 * them, so later syncs spend no request on these posts.
 */
const FINAL_STATUSES = new Set(['sent', DELETED_STATUS]);
/** Statuses of posts still waiting in Buffer, listed by sync's `pending` query. */
const WAITING_STATUSES = ['draft', 'needs_approval', 'scheduled', 'sending'];

;// CONCATENATED MODULE: ./src/sync/drift.ts
/**
 * Drift: a tracked post that Buffer no longer has, or whose text or time was
 * changed in Buffer's app, so Buffer and the file disagree. Pure: the caller
 * passes the file, Buffer's post and the channel.
 */


/** Statuses in which Buffer's copy can still be changed, and so can drift. */
const EDITABLE = new Set(['draft', 'needs_approval', 'scheduled']);
function detectDrift(tracked, remote, channel, render) {
    // A channel the file dropped, or a file that cannot be read: nothing to compare.
    if (!tracked.listed || tracked.post.findings.some((f) => f.severity === 'error'))
        return undefined;
    // Found gone now, or by an earlier sync (then not asked again).
    if (remote === null || (remote === undefined && tracked.entry.status === DELETED_STATUS)) {
        return {
            tracked,
            kind: 'gone',
            fields: [],
            channel,
            detail: `Buffer no longer has post ${tracked.entry.id} (deleted in Buffer)`,
        };
    }
    if (remote === undefined)
        return undefined; // final, not asked
    if (!EDITABLE.has(remote.status) || !channel || channel.id !== remote.channelId)
        return undefined;
    const rendered = render(tracked.post, channel.service);
    const fields = [];
    const parts = [];
    if (normalize(remote.text) !== normalize(rendered.text)) {
        fields.push('text');
        parts.push(`text: Buffer has ${excerpt(remote.text)}, the file has ${excerpt(rendered.text)}`);
    }
    if (types/* THREAD_SERVICES */.uL.includes(channel.service)) {
        const wanted = rendered.thread?.map((t) => normalize(t.text)) ?? [];
        const has = remote.thread?.map((t) => normalize(t.text)) ?? [];
        const threadOf = (items) => (items.length > 1 ? items : []);
        if (JSON.stringify(threadOf(wanted)) !== JSON.stringify(threadOf(has))) {
            fields.push('thread');
            parts.push(`thread: Buffer has ${threadOf(has).length || 'no'} item(s), the file has ${threadOf(wanted).length || 'no'}`);
        }
    }
    // Queued posts move when Buffer reshuffles its queue; only a time the file pins can drift.
    const wantedTime = tracked.post.mode === 'customScheduled' ? tracked.post.dueAt?.iso : undefined;
    if (wantedTime && remote.dueAt && Date.parse(remote.dueAt) !== Date.parse(wantedTime)) {
        fields.push('time');
        parts.push(`time: Buffer has ${new Date(remote.dueAt).toISOString()}, the file has ${wantedTime}`);
    }
    // A queued post given a fixed time in Buffer's app no longer follows the queue.
    if (!wantedTime &&
        tracked.post.mode !== 'customScheduled' &&
        remote.shareMode === 'customScheduled' &&
        remote.status !== 'draft') {
        fields.push('time');
        parts.push(`time: Buffer has a fixed time${remote.dueAt ? ` (${new Date(remote.dueAt).toISOString()})` : ''}, the file puts it in the queue`);
    }
    // A draft scheduled in Buffer's app (or a post made a draft there) is drift too.
    if (tracked.post.draft !== (remote.status === 'draft')) {
        fields.push('draft');
        parts.push(`draft: Buffer has it ${remote.status === 'draft' ? 'as a draft' : remote.status}, the file says ${tracked.post.draft ? 'draft: true' : 'it is not a draft'}`);
    }
    if (fields.length === 0)
        return undefined;
    return { tracked, kind: 'changed', fields, remote, channel, detail: `changed in Buffer (${parts.join('; ')})` };
}
/** Buffer may normalise line endings and trailing space; compare what a reader sees. */
function normalize(text) {
    return text.replace(/\r\n/g, '\n').normalize('NFC').trim();
}
function excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}…` : flat);
}

// EXTERNAL MODULE: ./src/buffer/documents.ts
var documents = __webpack_require__(2656);
// EXTERNAL MODULE: ./src/sync/zoned-time.ts
var zoned_time = __webpack_require__(6055);
;// CONCATENATED MODULE: ./src/sync/limits.ts


/** Aliases per request: Buffer's cap is 30. */
const DAYS_PER_REQUEST = 25;
async function gateByDailyLimits(client, creates, channels, now) {
    const byId = new Map(channels.map((c) => [c.id, c]));
    const counted = creates.filter((c) => !c.input.saveToDraft);
    if (counted.length === 0)
        return { allowed: creates, held: [] };
    // The calendar day each post goes out on, in its channel's time zone; queued posts: today.
    const dayOf = new Map();
    const channelsByDay = new Map();
    for (const item of counted) {
        const zone = byId.get(item.channelId)?.timezone || 'UTC';
        const at = item.input.mode === 'customScheduled' && item.input.dueAt ? new Date(item.input.dueAt) : now;
        const day = (0,zoned_time/* localDate */.g)(at, zone);
        dayOf.set(item, day);
        if (!channelsByDay.has(day))
            channelsByDay.set(day, new Set());
        channelsByDay.get(day).add(item.channelId);
    }
    const room = new Map();
    const limits = new Map();
    const days = [...channelsByDay.keys()].sort();
    for (let start = 0; start < days.length; start += DAYS_PER_REQUEST) {
        const chunk = days.slice(start, start + DAYS_PER_REQUEST);
        const built = (0,documents/* buildDailyPostingLimitsQuery */.wM)(chunk.length);
        // A DateTime whose calendar date is the day; Buffer ignores the time and reads the channel's local day.
        chunk.forEach((day, i) => (built.variables[built.aliases[i]] = {
            channelIds: [...channelsByDay.get(day)].sort(),
            date: `${day}T12:00:00.000Z`,
        }));
        const data = await client.read(`DailyPostingLimitsByDay${chunk.length}`, built.query, built.variables, chunk.length);
        chunk.forEach((day, i) => {
            for (const status of (data[built.aliases[i]] ?? [])) {
                const key = `${status.channelId}@${day}`;
                limits.set(key, status);
                room.set(key, status.isAtLimit
                    ? 0
                    : status.limit === null
                        ? Number.POSITIVE_INFINITY
                        : Math.max(0, status.limit - status.sent - status.scheduled));
            }
        });
    }
    const allowed = [];
    const held = [];
    for (const item of creates) {
        const day = dayOf.get(item);
        if (day === undefined) {
            allowed.push(item);
            continue;
        }
        const key = `${item.channelId}@${day}`;
        const left = room.get(key) ?? Number.POSITIVE_INFINITY;
        if (left > 0) {
            room.set(key, left - 1);
            allowed.push(item);
            continue;
        }
        const status = limits.get(key);
        held.push({
            item,
            message: `the channel reached its daily posting limit${status?.limit != null ? ` of ${status.limit}` : ''} for ${day} (${status?.sent ?? 0} sent, ${status?.scheduled ?? 0} scheduled); not created now, the next sync tries again`,
        });
    }
    return { allowed, held };
}

;// CONCATENATED MODULE: ./src/sync/report.ts

/** Untracked posts listed one by one in the summary; the JSON report has them all. */
const LISTED_UNTRACKED = 20;
function driftFinding(drift, restore) {
    const { tracked } = drift;
    return {
        file: tracked.file,
        line: tracked.line,
        column: 1,
        severity: 'warning',
        code: 'drift',
        message: `${tracked.ref} (${tracked.entry.id}): ${drift.detail}. ${restore
            ? 'Restoring it from the file (on-drift: restore).'
            : 'The file was left as it is; set `on-drift: restore` to make Buffer match the file, or change the file.'}`,
    };
}
function failedFinding(change) {
    return {
        file: change.file,
        line: change.line,
        column: 1,
        severity: 'warning',
        code: 'buffer-send-failed',
        message: `${change.ref} (${change.id}): Buffer could not publish the post${change.error ? `: ${change.error}` : ''}. Fix it in Buffer or edit the file.`,
    };
}
/** A tracked file whose `buffer:` block cannot be rewritten without touching other bytes. */
function notRecordedFinding(post) {
    const problem = post.findings.find((f) => f.severity === 'error');
    return {
        file: post.path,
        line: problem?.line ?? 1,
        column: problem?.column ?? 1,
        severity: 'warning',
        code: 'status-not-recorded',
        message: `Buffer's status of this file's posts was not recorded: its front-matter cannot be edited safely${problem ? ` (${problem.message})` : ''}.`,
    };
}
function untrackedRows(posts, channels) {
    const byId = new Map(channels.map((c) => [c.id, c]));
    return posts.map((p) => {
        const channel = byId.get(p.channelId);
        return {
            id: p.id,
            channel: channel ? (0,resolve/* referenceFor */.zt)(channel, channels) : p.channelId,
            status: p.status,
            ...(p.dueAt ? { dueAt: new Date(p.dueAt).toISOString() } : {}),
            text: p.text,
        };
    });
}
function syncNotes(section) {
    const notes = [];
    const { resolved } = section;
    const byStatus = new Map();
    for (const c of section.statusChanges)
        byStatus.set(c.to, (byStatus.get(c.to) ?? 0) + 1);
    const changed = [...byStatus].map(([status, n]) => `${n} now ${status}`).join(', ');
    notes.push(`Status of ${section.tracked} tracked post(s): ${resolved.fromLists} read from Buffer's lists, ${resolved.fromLookups} looked up by ID, ${resolved.skippedFinal} already recorded as sent; ${section.statusChanges.length ? `${changed} (written back)` : 'nothing changed'}.`);
    const gone = section.drift.filter((d) => d.kind === 'gone').length;
    const edited = section.drift.length - gone;
    if (section.drift.length > 0)
        notes.push(`Drift: ${gone} post(s) deleted in Buffer, ${edited} changed in Buffer's app (see the problems above).`);
    if (section.untracked.length > 0) {
        notes.push(`${section.untracked.length} scheduled post(s) in Buffer are tracked by no file (\`buffer-gitops import\` writes files for them):`);
        for (const u of section.untracked.slice(0, LISTED_UNTRACKED)) {
            notes.push(`${u.channel} ${u.dueAt ?? ''} ${JSON.stringify(u.text.length > 60 ? `${u.text.slice(0, 57)}…` : u.text)} (${u.id})`);
        }
        if (section.untracked.length > LISTED_UNTRACKED)
            notes.push(`… and ${section.untracked.length - LISTED_UNTRACKED} more (see the JSON report).`);
    }
    notes.push(`Requests to Buffer: ${section.requests}.`);
    return notes;
}

// EXTERNAL MODULE: ./src/plan/post-input.ts
var post_input = __webpack_require__(8835);
;// CONCATENATED MODULE: ./src/sync/restore.ts


function restoreItem(drift, render, now) {
    const { tracked, channel } = drift;
    const base = { file: tracked.file, line: tracked.line, ref: tracked.ref, service: channel?.service };
    if (!channel) {
        return {
            ...base,
            action: 'skip',
            postId: tracked.entry.id,
            reason: `cannot restore: channel "${tracked.ref}" is not connected to the organization`,
        };
    }
    const rendered = render(tracked.post, channel.service);
    const input = (0,post_input/* toCreatePostInput */.IK)(tracked.post, rendered, channel);
    const when = (0,build_plan/* describeWhen */.Q)(input.mode, input.dueAt, input.saveToDraft);
    if (drift.kind === 'gone') {
        if (input.mode === 'customScheduled' && input.dueAt && Date.parse(input.dueAt) <= now.getTime()) {
            return {
                ...base,
                action: 'skip',
                postId: tracked.entry.id,
                reason: `cannot recreate the deleted post: its time ${input.dueAt} has passed; set a new dueAt`,
            };
        }
        return { ...base, action: 'create', service: channel.service, channelId: channel.id, input, rendered, when };
    }
    const edit = { id: tracked.entry.id };
    const changed = [];
    if (drift.fields.includes('text') || drift.fields.includes('thread')) {
        edit.text = input.text ?? '';
        // Buffer requires a thread's first item to equal the text: the thread travels with it.
        if (input.metadata)
            edit.metadata = input.metadata;
        changed.push('text');
    }
    if (drift.fields.includes('time')) {
        // The file's time, or back into the queue.
        edit.mode = input.mode;
        if (input.dueAt)
            edit.dueAt = input.dueAt;
        changed.push('schedule');
    }
    // Every edit of a draft says so (Buffer schedules a draft edited with a mode);
    // a post the file no longer calls a draft gets its schedule.
    if (input.saveToDraft)
        edit.saveToDraft = true;
    if (drift.fields.includes('draft')) {
        if (!input.saveToDraft) {
            edit.saveToDraft = false;
            edit.mode = input.mode;
            if (input.dueAt)
                edit.dueAt = input.dueAt;
            if (!changed.includes('schedule'))
                changed.push('schedule');
        }
        changed.push('draft');
    }
    return {
        ...base,
        action: 'edit',
        service: channel.service,
        channelId: channel.id,
        postId: tracked.entry.id,
        input: edit,
        changed,
        rendered,
        when: changed.includes('schedule') ? when : undefined,
    };
}

// EXTERNAL MODULE: ./src/buffer/mappers.ts
var mappers = __webpack_require__(1932);
;// CONCATENATED MODULE: ./src/sync/snapshot.ts




/** Posts per page of a list: one request reads four times what aliased lookups read. */
const SNAPSHOT_PAGE_SIZE = 100;
/** Clock skew between the recorded due time and Buffer's sending. */
const WINDOW_SLACK_MS = 24 * 60 * 60 * 1000;
async function readSnapshot(client, opts) {
    const first = opts.pageSize ?? SNAPSHOT_PAGE_SIZE;
    const wanted = new Map();
    let skippedFinal = 0;
    for (const t of opts.tracked) {
        if (t.entry.status && FINAL_STATUSES.has(t.entry.status))
            skippedFinal++;
        else
            wanted.set(t.entry.id, t);
    }
    const since = windowStart([...wanted.values()]);
    let organization;
    if (!opts.organizationId)
        organization = (0,resolve/* chooseOrganization */.R7)(await client.account(), undefined);
    const organizationId = opts.organizationId ?? organization.id;
    const pendingInput = { organizationId, filter: { status: [...WAITING_STATUSES] } };
    const recentInput = since ? { organizationId, filter: { status: ['sent', 'error'], startDate: since } } : undefined;
    const query = (0,documents/* buildSyncSnapshotQuery */.At)({ account: !organization, recent: Boolean(recentInput) });
    const variables = { channels: { organizationId }, pending: pendingInput, first };
    if (recentInput)
        variables.recent = recentInput;
    const data = await client.read('SyncSnapshot', query, variables, 2 + (organization ? 0 : 1) + (recentInput ? 1 : 0));
    if (!organization)
        organization = (0,resolve/* chooseOrganization */.R7)((0,mappers/* toAccount */.tf)(data.account), organizationId);
    const channels = (Array.isArray(data.channels) ? data.channels : []).map(mappers/* toChannel */.pr);
    const pendingPage = toPage(data.pending);
    const pending = [...pendingPage.posts];
    // Every waiting post is read: the ones no file tracks are reported.
    for (let page = pendingPage; page.hasNextPage && page.endCursor;) {
        const next = await client.read('Posts', documents/* POSTS_QUERY */.Di, { input: pendingInput, first, after: page.endCursor }, 1);
        page = toPage(next.posts);
        pending.push(...page.posts);
    }
    const remote = new Map();
    for (const post of [...(recentInput ? toPage(data.recent).posts : []), ...pending]) {
        if (wanted.has(post.id))
            remote.set(post.id, post);
    }
    const fromLists = remote.size;
    const leftover = [...wanted.keys()].filter((id) => !remote.has(id)).sort();
    if (leftover.length > 0) {
        for (const [id, post] of await client.postsByIds(leftover))
            remote.set(id, post);
    }
    return {
        organization,
        channels,
        remote,
        pending,
        resolved: { fromLists, fromLookups: leftover.length, skippedFinal },
    };
}
/**
 * Where the `recent` list starts: the earliest due time of a tracked post the
 * files last saw waiting to be sent, less a day of slack. Undefined when no
 * such post has a due time (then there is nothing to list).
 */
function windowStart(tracked) {
    let earliest = Number.POSITIVE_INFINITY;
    for (const t of tracked) {
        if (t.entry.status === 'draft' || t.entry.status === 'error')
            continue;
        const due = typeof t.entry.dueAt === 'string' ? Date.parse(t.entry.dueAt) : Number.NaN;
        if (Number.isFinite(due))
            earliest = Math.min(earliest, due);
    }
    return Number.isFinite(earliest) ? new Date(earliest - WINDOW_SLACK_MS).toISOString() : undefined;
}
function toPage(wire) {
    const w = (wire ?? {});
    return {
        posts: (w.edges ?? []).filter((e) => e?.node).map((e) => (0,mappers/* toPost */.iR)(e.node)),
        endCursor: w.pageInfo?.endCursor ?? undefined,
        hasNextPage: Boolean(w.pageInfo?.hasNextPage),
    };
}

// EXTERNAL MODULE: ./src/writeback/tracked-updates.ts
var tracked_updates = __webpack_require__(6994);
;// CONCATENATED MODULE: ./src/sync/status.ts


function statusUpdates(tracked, remote) {
    const updates = new Map();
    const changes = [];
    for (const t of tracked) {
        const post = remote.get(t.entry.id);
        if (post === undefined)
            continue;
        const next = post ? (0,tracked_updates/* entryFor */.cy)(post) : goneEntry(t.entry);
        if (sameEntry(t.entry, next))
            continue;
        let entries = updates.get(t.file);
        if (!entries)
            updates.set(t.file, (entries = new Map()));
        entries.set(t.ref, next);
        changes.push({
            file: t.file,
            ref: t.ref,
            line: t.line,
            id: t.entry.id,
            from: t.entry.status,
            to: next.status ?? 'unknown',
            ...(next.error ? { error: next.error } : {}),
        });
    }
    return { updates, changes };
}
/** A post Buffer no longer has keeps its ID and time, marked deleted (see DELETED_STATUS). */
function goneEntry(entry) {
    return { id: entry.id, status: DELETED_STATUS, ...(typeof entry.dueAt === 'string' ? { dueAt: entry.dueAt } : {}) };
}
/** Same status, times (as instants), link and error: the entry needs no rewrite. */
function sameEntry(a, b) {
    const sameTime = (x, y) => x === y || (typeof x === 'string' && typeof y === 'string' && Date.parse(x) === Date.parse(y));
    return (a.id === b.id &&
        a.status === b.status &&
        sameTime(a.dueAt, b.dueAt) &&
        sameTime(a.sentAt, b.sentAt) &&
        a.link === b.link &&
        a.error === b.error);
}
/** `extra` on top of `base`: an entry set by a mutation outcome wins over a status read before it. */
function mergeUpdates(base, extra) {
    const merged = new Map([...base].map(([file, entries]) => [file, new Map(entries)]));
    for (const [file, entries] of extra) {
        const target = merged.get(file) ?? new Map();
        for (const [ref, value] of entries)
            target.set(ref, value);
        merged.set(file, target);
    }
    return merged;
}

// EXTERNAL MODULE: ./src/validate/rules.ts + 12 modules
var rules = __webpack_require__(7244);
// EXTERNAL MODULE: ./src/writeback/buffer-block.ts
var buffer_block = __webpack_require__(80);
// EXTERNAL MODULE: ./src/commands/finish.ts
var finish = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/commands/context.ts + 9 modules
var context = __webpack_require__(4613);
// EXTERNAL MODULE: ./src/commands/write-back.ts + 1 modules
var write_back = __webpack_require__(6794);
;// CONCATENATED MODULE: ./src/commands/sync.ts
/**
 * `sync` (schedule / workflow_dispatch, SPEC §3): keep the repository true to
 * what Buffer did. Records every tracked post's status, creates what files
 * still lack (an earlier failure, a full queue) within the daily posting
 * limits, reports drift and restores it only with `on-drift: restore`, lists
 * scheduled posts no file tracks, and writes everything back in one commit.
 */





















/** `earlier`: what the reconcile before this sync did (commands/apply.ts); its outcomes count in this run's report. */
async function runSync(ctx, earlier) {
    const { settings, reporter, event } = ctx;
    const client = (0,context/* clientFor */.$V)(ctx, 'sync');
    const git = (0,context/* gitFor */.ww)(ctx);
    const now = ctx.now();
    const collected = await reporter.group('Reading post files', async () => {
        const result = await (0,collect/* collectFiles */.C0)(undefined, {
            workspace: settings.workspace,
            postsDir: settings.postsDir,
            ideasDir: settings.ideasDir,
            timezone: settings.timezone,
        });
        reporter.info(`${result.posts.length} post file(s), ${result.trackedIds.size} tracked Buffer post(s)`);
        return result;
    });
    const posts = collected.posts.map((c) => c.current).filter((p) => Boolean(p));
    const tracked = trackedRefs(posts);
    const snapshot = await reporter.group('Reading Buffer', async () => {
        const s = await readSnapshot(client, { organizationId: settings.organizationId, tracked });
        reporter.info(`Organization ${s.organization.name} (${s.organization.id}), ${s.channels.length} channel(s), ${s.pending.length} post(s) waiting in Buffer; ` +
            `${s.remote.size} tracked post(s) read in ${client.requestCount} request(s)`);
        return s;
    });
    // Files still lacking an ID for a channel: planned, validated and created as apply would.
    // After a reconcile against the applied state (commands/apply.ts), files
    // still lacking an ID were its work, with its adoption rules: not again here.
    const lacking = earlier ? [] : collected.posts.filter((c) => c.current && needsCreating(c.current));
    const created = (0,build_plan/* buildPlan */.G)({
        basis: 'full',
        posts: lacking,
        ideas: earlier ? [] : collected.ideas,
        channels: snapshot.channels,
        deleteSent: settings.deleteSent,
        now,
        render: render.renderPost,
        validate: rules/* validatePost */.T$,
    });
    const work = created.items.filter((i) => i.action === 'create' || i.action === 'create-idea' || (i.action === 'skip' && i.blocked));
    const drifts = [];
    for (const t of tracked) {
        const remote = snapshot.remote.has(t.entry.id) ? snapshot.remote.get(t.entry.id) : undefined;
        const drift = detectDrift(t, remote, channelFor(t.ref, snapshot.channels), render.renderPost);
        if (drift)
            drifts.push(drift);
    }
    const restoring = settings.onDrift === 'restore';
    // Reported only: shown in the results, never sent.
    const reportedDrift = new Set();
    const driftItems = drifts.map((d) => {
        if (restoring)
            return restoreItem(d, render.renderPost, now);
        const item = {
            file: d.tracked.file,
            line: d.tracked.line,
            ref: d.tracked.ref,
            service: d.channel?.service,
            action: 'skip',
            postId: d.tracked.entry.id,
            reason: `drift: ${d.detail}`,
        };
        reportedDrift.add(item);
        return item;
    });
    const creates = [...work, ...driftItems].filter((i) => i.action === 'create');
    const gate = creates.length > 0
        ? await reporter.group('Checking daily posting limits', () => gateByDailyLimits(client, creates, snapshot.channels, now))
        : { allowed: creates, held: [] };
    const heldItems = new Set(gate.held.map((h) => h.item));
    const toApply = {
        basis: 'full',
        items: [...work, ...driftItems].filter((i) => !heldItems.has(i) && !reportedDrift.has(i)),
        findings: [],
        notes: [],
    };
    const applied = await reporter.group(settings.dryRun ? 'Creating and restoring (dry run)' : 'Creating and restoring', async () => {
        if (toApply.items.length === 0) {
            reporter.info('Nothing to create or restore.');
            return [];
        }
        return (0,apply/* applyPlan */.g)(client, toApply, {
            organizationId: snapshot.organization.id,
            createdSince: new Date(now.getTime() - exactly_once/* EARLIER_ATTEMPT_WINDOW_MS */.NT),
            trackedIds: collected.trackedIds,
            // With an applied state, an earlier attempt is one it recorded, and the reconcile adopted those: a restore never adopts.
            ...(earlier ? { attemptWindow: () => undefined } : {}),
            batchSize: ctx.batchSize,
            dryRun: settings.dryRun,
            log: (m) => reporter.info(m),
        });
    });
    const outcomes = [
        ...applied,
        ...gate.held.map((h) => ({ item: h.item, status: 'pending', message: h.message })),
        ...[...reportedDrift].map((item) => ({ item, status: 'skipped', message: item.reason })),
    ].sort((a, b) => (a.item.file < b.item.file ? -1 : a.item.file > b.item.file ? 1 : a.item.line - b.item.line));
    for (const o of outcomes)
        reporter.info((0,outcome/* outcomeLine */.RW)(o));
    // A file whose front-matter cannot be edited safely keeps its bytes; it is reported instead.
    const unwritable = posts.filter((p) => !canRecord(p));
    const skipped = new Set(unwritable.map((p) => p.path));
    const { updates, changes } = statusUpdates(tracked.filter((t) => !skipped.has(t.file)), snapshot.remote);
    const findings = [
        ...unwritable.filter((p) => tracked.some((t) => t.file === p.path)).map(notRecordedFinding),
        ...created.findings,
        ...drifts.map((d) => driftFinding(d, restoring)),
        ...changes.filter((c) => c.to === 'error').map(failedFinding),
        ...outcomes.map(outcome/* outcomeFinding */.WC).filter((f) => f !== undefined),
    ];
    for (const finding of findings)
        reporter.finding(finding);
    const madeIds = new Set(outcomes.map((o) => o.post?.id).filter((id) => Boolean(id)));
    const untracked = snapshot.pending.filter((p) => p.status === 'scheduled' && !collected.trackedIds.has(p.id) && !madeIds.has(p.id));
    const section = {
        tracked: tracked.length,
        resolved: snapshot.resolved,
        statusChanges: changes,
        drift: drifts.map((d) => ({
            file: d.tracked.file,
            line: d.tracked.line,
            ref: d.tracked.ref,
            postId: d.tracked.entry.id,
            kind: d.kind,
            fields: d.fields,
            detail: d.detail,
        })),
        untracked: untrackedRows(untracked, snapshot.channels),
        requests: client.requestCount,
    };
    const plan = { basis: 'full', items: outcomes.map((o) => o.item), findings, notes: syncNotes(section) };
    for (const note of plan.notes)
        reporter.info(note);
    if (earlier) {
        outcomes.unshift(...earlier.outcomes);
        plan.items.unshift(...earlier.plan.items);
        plan.findings.unshift(...earlier.plan.findings);
        plan.notes.unshift(...earlier.report.notes);
    }
    const report = Object.assign((0,run_report/* buildRunReport */.IW)('sync', plan, outcomes, settings.dryRun), { sync: section });
    report.requests = client.requestCount;
    report.writeBack = await (0,write_back/* writeBack */.X)(ctx, git, mergeUpdates(updates, (0,tracked_updates/* trackedUpdatesFrom */.Z_)(outcomes.slice(earlier?.outcomes.length ?? 0))), event.ref, 'record Buffer post statuses');
    // The reconcile's write-back went first; if it failed, the run failed.
    if (earlier?.report.writeBack?.status === 'failed' && report.writeBack.status !== 'failed')
        report.writeBack = earlier.report.writeBack;
    const result = await (0,finish/* finish */.O)(ctx, report, plan);
    if (earlier && earlier.waiting.length > 0 && result.exitCode === 0) {
        reporter.error(`${earlier.waiting.length} change(s) ${earlier.waiting[0].message}.`);
        return { ...result, exitCode: 1 };
    }
    return result;
}
/** Whether the `buffer:` block of the file can be rewritten without touching other bytes. */
function canRecord(post) {
    try {
        (0,buffer_block/* setBufferBlock */.Sf)(post.raw, Object.keys(post.tracked).length > 0 ? post.tracked : undefined);
        return true;
    }
    catch {
        return false;
    }
}
/** A file that has never been created in Buffer, or lists a channel without an ID yet. */
function needsCreating(post) {
    if (Object.keys(post.tracked).length === 0)
        return true;
    return post.channels.some((c) => !post.tracked[c.ref]?.id);
}
function channelFor(ref, channels) {
    const resolved = (0,resolve/* resolveChannel */.OP)(ref, channels);
    return resolved.ok ? resolved.channel : undefined;
}


/***/ }),

/***/ 6055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ localTime),
/* harmony export */   g: () => (/* binding */ localDate)
/* harmony export */ });
/**
 * Instants shown in a channel's time zone: the calendar day Buffer counts
 * daily limits on, and the wall-clock time with offset a person would write
 * in front-matter.
 */
/** YYYY-MM-DD of an instant in an IANA zone (UTC when Buffer gave no usable zone). */
function localDate(at, timeZone) {
    let format;
    try {
        format = new Intl.DateTimeFormat('en-CA', {
            timeZone: timeZone || 'UTC',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
        });
    }
    catch {
        return at.toISOString().slice(0, 10);
    }
    const parts = format.formatToParts(at);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
}
/**
 * An instant as the channel's wall-clock time with its UTC offset
 * (`2027-03-02T09:00:00+01:00`): what a person would write, and the same
 * instant when read back.
 */
function localTime(iso, timeZone) {
    const instant = new Date(iso);
    const ms = instant.getTime();
    let parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone: timeZone || 'UTC',
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        }).formatToParts(instant);
    }
    catch {
        return instant.toISOString();
    }
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wallMs = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'), instant.getUTCMilliseconds());
    const offset = Math.round((wallMs - ms) / 60_000);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const fraction = instant.getUTCMilliseconds() ? `.${pad(instant.getUTCMilliseconds(), 3)}` : '';
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${get('year')}-${pad(get('month'))}-${pad(get('day'))}T${pad(get('hour'))}:${pad(get('minute'))}:${pad(get('second'))}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}


/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ MASTODON_DEFAULT_LIMIT),
/* harmony export */   o: () => (/* binding */ NETWORK_LIMITS)
/* harmony export */ });
/** Mastodon's out-of-the-box `max_characters`; instances may raise it. */
const MASTODON_DEFAULT_LIMIT = 500;
const BUFFER_LIMITS = 'https://support.buffer.com/article/588-character-limits-for-each-social-network';
const BUFFER_PITFALLS = 'shared/reference/buffer-pitfalls.md';
const NETWORK_LIMITS = {
    twitter: {
        label: 'X',
        length: { unit: 'weighted', limit: 280, urlLength: 23 },
        maxImages: 4,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            'https://docs.x.com/fundamentals/counting-characters',
            'https://developer.x.com/en/docs/twitter-api/v1/media/upload-media/uploading-media/media-best-practices',
            BUFFER_LIMITS,
        ],
    },
    mastodon: {
        label: 'Mastodon',
        length: { unit: 'graphemes', limit: MASTODON_DEFAULT_LIMIT, urlLength: 23 },
        maxImages: 4,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            'https://docs.joinmastodon.org/user/posting/#text',
            'https://docs.joinmastodon.org/entities/Instance/#statuses',
            'https://docs.joinmastodon.org/methods/statuses/#create',
            BUFFER_LIMITS,
        ],
    },
    bluesky: {
        label: 'Bluesky',
        length: { unit: 'graphemes', limit: 300 },
        maxImages: 4,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
            'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json',
            BUFFER_LIMITS,
        ],
    },
    threads: {
        label: 'Threads',
        length: { unit: 'weighted', limit: 500 },
        maxLinks: 5,
        maxImages: 20,
        maxVideos: 20,
        maxMedia: 20,
        maxDocuments: 0,
        mixesMediaKinds: true,
        requiredMetadata: [],
        sources: [
            'https://developers.facebook.com/documentation/threads/posts',
            'https://developers.facebook.com/documentation/threads/create-posts/text-attachments',
            BUFFER_LIMITS,
        ],
    },
    linkedin: {
        label: 'LinkedIn',
        length: { unit: 'characters', limit: 3000 },
        maxImages: 20,
        maxVideos: 1,
        maxDocuments: 1,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            BUFFER_LIMITS,
            'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api',
            'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api',
        ],
    },
    instagram: {
        label: 'Instagram',
        length: { unit: 'characters', limit: 2200 },
        maxHashtags: 5,
        requiredMedia: 'imageOrVideo',
        maxImages: 10,
        maxVideos: 10,
        maxMedia: 10,
        maxDocuments: 0,
        mixesMediaKinds: true,
        requiredMetadata: ['type', 'shouldShareToFeed'],
        sources: [
            BUFFER_LIMITS,
            'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
            'https://developers.facebook.com/docs/instagram-platform/content-publishing/',
            'SPEC.md §6',
            BUFFER_PITFALLS,
        ],
    },
    facebook: {
        label: 'Facebook',
        // Buffer caps Facebook at 5,000 although Facebook itself takes 63,206:
        // the post goes through Buffer, so Buffer's figure is the one that bites.
        length: { unit: 'characters', limit: 5000 },
        maxImages: null,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [BUFFER_LIMITS, BUFFER_PITFALLS],
    },
    pinterest: {
        label: 'Pinterest',
        length: { unit: 'characters', limit: 500 },
        requiredMedia: 'image',
        maxImages: 1,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: ['boardServiceId'],
        maxTitle: 100,
        sources: [BUFFER_LIMITS, 'https://developers.pinterest.com/docs/api/v5/pins-create', BUFFER_PITFALLS],
    },
    tiktok: {
        label: 'TikTok',
        length: { unit: 'characters', limit: 2200 },
        requiredMedia: 'imageOrVideo',
        maxImages: 35,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [
            BUFFER_LIMITS,
            'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
            BUFFER_PITFALLS,
        ],
    },
    youtube: {
        label: 'YouTube',
        length: { unit: 'bytes', limit: 5000 },
        requiredMedia: 'video',
        maxImages: 0,
        maxVideos: 1,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: ['title', 'categoryId'],
        maxTitle: 100,
        sources: [BUFFER_LIMITS, 'https://developers.google.com/youtube/v3/docs/videos', BUFFER_PITFALLS],
    },
    googlebusiness: {
        label: 'Google Business Profile',
        length: { unit: 'characters', limit: 1500 },
        maxImages: null,
        maxVideos: null,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: ['type'],
        sources: [
            'https://developers.google.com/my-business/reference/rest/v4/accounts.locations.localPosts',
            BUFFER_PITFALLS,
        ],
    },
    startPage: {
        label: 'Start Page',
        length: { unit: 'characters', limit: 5000 },
        maxImages: null,
        maxVideos: null,
        maxDocuments: 0,
        mixesMediaKinds: false,
        requiredMetadata: [],
        sources: [BUFFER_LIMITS],
    },
};


/***/ })

};
