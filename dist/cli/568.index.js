export const id = 568;
export const ids = [568];
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
var post_input = __webpack_require__(1216);
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
var tracked_updates = __webpack_require__(4613);
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
// EXTERNAL MODULE: ./src/commands/context.ts
var context = __webpack_require__(165);
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

/***/ 8368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseIdeaFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6285);
/* harmony import */ var _buffer_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7071);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4267);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7042);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7421);
/* harmony import */ var _input_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6310);
/* harmony import */ var _frontmatter_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6845);
/* harmony import */ var _markdown_tree_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6103);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1771);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3180);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9420);
/* harmony import */ var _yaml_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6278);
/**
 * An idea file (SPEC §2, "Idea files") → `IdeaFile`: front-matter `title`,
 * `services`, `date`, the write-back `buffer:` block; the body rendered as
 * text and its images as media. Never throws; problems are findings.
 */













function parseIdeaFile(path, raw, opts = {}) {
    const findings = new _findings_js__WEBPACK_IMPORTED_MODULE_9__/* .FindingList */ .k(path);
    const idea = { path, raw, services: [], body: '', media: [], findings: findings.items };
    const nul = raw.indexOf('\0');
    if (nul !== -1)
        findings.error('nul-byte', (0,_frontmatter_js__WEBPACK_IMPORTED_MODULE_10__/* .positionAt */ .t$)(raw, nul), 'The file contains a NUL byte (is it binary, or saved in UTF-16?); save it as UTF-8 text.');
    const scan = (0,_frontmatter_js__WEBPACK_IMPORTED_MODULE_10__/* .scanFrontMatter */ .mP)(raw);
    if (scan.kind === 'unclosed') {
        findings.error('frontmatter-unclosed', { line: 1, column: 1 }, 'The front-matter starts with `---` but is never closed; add a line `---` after the last front-matter key.');
        return idea;
    }
    let body = raw.slice(scan.bomLength);
    let bodyLine = 1;
    let source;
    if (scan.kind === 'present') {
        body = raw.slice(scan.bodyStart);
        bodyLine = scan.bodyLine;
        source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYamlSource */ .WF)(raw.slice(scan.yamlStart, scan.yamlEnd), scan.yamlLine, findings);
        readFrontMatter(idea, source, findings, opts);
    }
    idea.body = (0,_render_js__WEBPACK_IMPORTED_MODULE_7__.renderMarkdownPlain)(body);
    const tree = (0,_markdown_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMarkdown */ .D)(body);
    const toFile = (p) => ({ line: p.line + bodyLine - 1, column: p.column });
    for (const image of (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .collectImages */ .F1)(tree, (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .definitionsOf */ .mu)(tree), toFile)) {
        (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .checkImageUrl */ .Vi)(image, findings);
        idea.media.push(image.alt ? { url: image.url, alt: image.alt } : { url: image.url });
    }
    if (!idea.title && idea.body === '' && idea.media.length === 0) {
        findings.error('empty-idea', { line: bodyLine, column: 1 }, 'This idea has no title, text or media; write something below the front-matter.');
    }
    (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .withoutGuesses */ .m8)(findings, source);
    findings.items.sort((a, b) => a.line - b.line || a.column - b.column);
    return idea;
}
function readFrontMatter(idea, source, findings, opts) {
    const { doc } = source;
    if ((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .isNullNode */ .uc)(doc, doc.contents))
        return;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        if (doc.errors.length === 0)
            findings.error('frontmatter-not-mapping', source.at(doc.contents), `The front-matter must be \`key: value\` lines; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .describeNode */ .WQ)(doc, doc.contents)}.${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && typeof doc.contents.value === 'string' ? (0,_yaml_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .keyValueHint */ .C)(doc.contents.value.split('\n')[0]) : ''}`);
        return;
    }
    const seen = new Set();
    for (const pair of doc.contents.items) {
        const key = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .keyText */ .Pu)(pair);
        if (seen.has(key))
            continue;
        seen.add(key);
        if ((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .isNullNode */ .uc)(doc, pair.value))
            continue;
        switch (key) {
            case 'title':
            case 'date':
                readContentField(idea, key, pair, source, findings, opts);
                break;
            case 'services':
                readServices(idea, pair, source, findings);
                break;
            case 'buffer':
                readTrackedIdea(idea, pair, source, findings);
                break;
            default:
                findings.error('unknown-key', source.at(pair.key), `Unknown idea front-matter key \`${key}\`.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_12__/* .didYouMean */ .a)(key, _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_KEYS */ .jw)} Accepted keys: ${_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_KEYS */ .jw.join(', ')}.`);
        }
    }
}
/**
 * `title` and `date` as `IdeaContentInput` types them (String, DateTime): a
 * title written as a number is the text as written; a date is sent as a full
 * ISO 8601 instant, a bare date being midnight in the configured time zone
 * (UTC when none is set).
 */
function readContentField(idea, key, pair, source, findings, opts) {
    const { type, field } = _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_FIELDS */ .aB[key].type;
    const checked = (0,_input_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkInput */ .DR)(pair.value, (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldType */ .pv)(type, field), key, source.at(pair.key), source, opts);
    for (const problem of checked.problems) {
        const code = key === 'date' && problem.kind === 'type' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveNode */ .hl)(source.doc, pair.value))
            ? 'invalid-date'
            : 'wrong-type';
        findings.error(code, source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveNode */ .hl)(source.doc, pair.value)), problem.message);
    }
    if (typeof checked.value === 'string')
        idea[key] = checked.value;
}
function readServices(idea, pair, source, findings) {
    const { doc } = source;
    const items = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .asSeqItems */ .__)(doc, pair.value);
    if (!items) {
        findings.error('wrong-type', source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveNode */ .hl)(doc, pair.value)), `\`services\` must be a list, e.g. \`services: [twitter, linkedin]\`; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .describeNode */ .WQ)(doc, pair.value)}.`);
        return;
    }
    for (const item of items) {
        const at = source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveNode */ .hl)(doc, item));
        const written = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOf */ .Je)(doc, item);
        if (written === undefined) {
            findings.error('wrong-type', at, `A service must be a name like \`twitter\`; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .describeNode */ .WQ)(doc, item)}.`);
            continue;
        }
        let service = written;
        const alias = _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_FIELDS */ .aB.services.type.aliases[written];
        if (alias) {
            findings.notice('seed-spelling', at, `Buffer spells the service \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`);
            service = alias;
        }
        if (!_buffer_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICES */ .Bg.includes(service)) {
            findings.error('unknown-service', at, `Unknown service \`${written}\`.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_12__/* .didYouMean */ .a)(written, _buffer_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICES */ .Bg)} Services: ${_buffer_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICES */ .Bg.join(', ')}.`);
            continue;
        }
        if (!idea.services.includes(service))
            idea.services.push(service);
    }
}
/**
 * The idea's write-back: `buffer: {id: …}`, or keyed like a post's block
 * (`buffer: {idea: {id: …}}`), which is how the write-back records it.
 */
function readTrackedIdea(idea, pair, source, findings) {
    const value = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_8__/* .toPlain */ .Ul)(source.doc, pair.value);
    const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (isRecord(value)) {
        if (typeof value.id === 'string' || typeof value.id === 'number') {
            idea.tracked = { ...value, id: String(value.id) };
            return;
        }
        const entries = Object.values(value);
        const first = entries[0];
        if (entries.length === 1 && isRecord(first) && (typeof first.id === 'string' || typeof first.id === 'number')) {
            idea.tracked = { ...first, id: String(first.id) };
            return;
        }
    }
    findings.error('invalid-buffer-block', source.at(pair.key), "`buffer:` is written by the action and must hold the idea's `id`; restore it or remove it (the idea would then be created again).");
}


/***/ }),

/***/ 7805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ readIdeaFile),
/* harmony export */   h2: () => (/* binding */ readPostFile),
/* harmony export */   nk: () => (/* binding */ MAX_POST_FILE_BYTES)
/* harmony export */ });
/* unused harmony export readPostText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _idea_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8368);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5040);
/**
 * Reads a post or idea file's text, refusing what is not a Markdown text file
 * with one clear finding instead of a parse of garbage (issue 6, bad input):
 *
 * - a symbolic link is never followed: outside the repository it would
 *   publish a file nobody reviewed (or leak one, like ~/.ssh/config), and
 *   inside it the write-back could not record IDs in the link;
 * - anything but a regular file (a directory named `x.md`) is reported;
 * - a file larger than MAX_POST_FILE_BYTES is not read at all;
 * - NUL bytes mean a binary file (or UTF-16 text), not a post;
 * - text that is not valid UTF-8 (Latin-1, Windows-1252) is reported at its
 *   line rather than published with replacement characters.
 *
 * Synchronous, like collect's reads of unchanged files: thousands of small
 * files, nothing to overlap with.
 */




/** 1 MiB: hundreds of times the longest post any network takes (LinkedIn: 3,000 characters). */
const MAX_POST_FILE_BYTES = 1024 * 1024;
function readPostText(workspace, path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, path);
    const problem = (code, message, line = 1, column = 1) => ({
        ok: false,
        finding: { file: path, line, column, severity: 'error', code, message },
    });
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    if (info.isSymbolicLink()) {
        const target = linkTarget(workspace, absolute);
        return target === undefined
            ? problem('symlink-outside-repository', 'This file is a symbolic link to a file outside the repository; buffer-gitops never follows it (it would publish a file nobody reviewed). Replace the link with the post itself.')
            : problem('symlink', `This file is a symbolic link (to ${target}); buffer-gitops reads only regular files, so the IDs can be written back. Replace the link with a copy of the post.`);
    }
    if (!info.isFile())
        return problem('not-a-file', 'This is not a regular file; a post is one Markdown file.');
    if (info.size > MAX_POST_FILE_BYTES) {
        return problem('file-too-large', `This file is ${megabytes(info.size)}; a post file may be at most ${megabytes(MAX_POST_FILE_BYTES)} (no network takes a post anywhere near that long). Is it the wrong file?`);
    }
    const bytes = readAll(absolute, info.size);
    if (bytes.length > MAX_POST_FILE_BYTES) {
        return problem('file-too-large', `This file is over ${megabytes(MAX_POST_FILE_BYTES)}; a post file may be at most that long.`);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return problem('utf16', 'This file is saved as UTF-16; save it as UTF-8 (the encoding every editor offers as "UTF-8").');
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const at = position(bytes, nul);
        return problem('binary-file', 'This file contains NUL bytes: it is binary (an image or a document renamed to .md?), not a Markdown post. Remove it from the posts folder or save the post as UTF-8 text.', at.line, at.column);
    }
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        return problem('not-utf8', `This line is not valid UTF-8 (was the file saved as Latin-1 or Windows-1252?); save the file as UTF-8.`, at.line, at.column);
    }
}
/** The post, or a post with no channels and the one finding that explains why it could not be read. */
function readPostFile(workspace, path, opts = {}) {
    const read = readPostText(workspace, path);
    if (read.ok)
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePostFile */ .a)(path, read.text, opts);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyPostFile */ .c)(path, '', [read.finding]);
}
/** The same for idea files. */
function readIdeaFile(workspace, path, opts = {}) {
    const read = readPostText(workspace, path);
    if (read.ok)
        return (0,_idea_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIdeaFile */ .T)(path, read.text, opts);
    return { path, raw: '', services: [], body: '', media: [], findings: [read.finding] };
}
/** The link's target as a repository path when it resolves inside the repository; undefined outside (or dangling). */
function linkTarget(workspace, absolute) {
    try {
        const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, target);
        if (rel === '' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || rel === '..' || rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            return undefined;
        return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
    catch {
        return undefined;
    }
}
/** Reads at most one byte past the cap: a file growing while read cannot make us read gigabytes. */
function readAll(absolute, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, 'r');
    try {
        const limit = Math.min(Math.max(size, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size), MAX_POST_FILE_BYTES) + 1;
        const buffer = Buffer.allocUnsafe(limit);
        let length = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, limit - length, length);
            if (n === 0)
                break;
            length += n;
            if (length === limit)
                break;
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** 1-based line and column (in bytes) of a byte offset. */
function position(bytes, offset) {
    let line = 1;
    let start = 0;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}
/**
 * Where the first byte sequence that is not UTF-8 starts (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF). TextDecoder decides
 * that the file is invalid; this only finds the place to point at.
 */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const c = bytes[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
        // Not a lead byte, or the sequence is cut off by the end of the file.
        if (n === 0 || i + n > bytes.length - 1)
            return position(bytes, i);
        const second = bytes[i + 1];
        const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        if (second < low || second > high)
            return position(bytes, i);
        for (let k = 2; k <= n; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return position(bytes, i);
        i += n + 1;
    }
    return { line: 1, column: 1 };
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
