export const id = 328;
export const ids = [328];
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

/***/ 8743:
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
// EXTERNAL MODULE: ./src/buffer/errors.ts
var errors = __webpack_require__(2963);
// EXTERNAL MODULE: ./src/writeback/whole-files.ts
var whole_files = __webpack_require__(9305);
// EXTERNAL MODULE: ./src/metrics/buffer-reads.ts
var buffer_reads = __webpack_require__(2299);
// EXTERNAL MODULE: ./src/metrics/csv.ts
var csv = __webpack_require__(3577);
;// CONCATENATED MODULE: ./src/metrics/rows.ts

/**
 * Rows for the tracked posts Buffer has numbers for (`metricsUpdatedAt` set):
 * one per file × channel, values as Buffer sent them.
 */
function freshRows(tracked, posts) {
    const rows = [];
    for (const t of tracked) {
        const post = posts.get(t.postId);
        if (!post || post.status !== 'sent' || !post.metricsUpdatedAt || !Array.isArray(post.metrics))
            continue;
        const metrics = {};
        for (const m of post.metrics)
            if (m.type !== 'postCount' && Number.isFinite(m.value))
                metrics[m.type] = m.value;
        rows.push({
            file: t.file,
            channel: t.channel,
            ...(post.channelService ? { service: post.channelService } : {}),
            postId: post.id,
            sentAt: post.sentAt ? new Date(post.sentAt).toISOString() : null,
            link: post.externalLink ?? null,
            metricsUpdatedAt: post.metricsUpdatedAt,
            metrics,
        });
    }
    return (0,csv/* sortRows */.sN)(rows);
}
/**
 * `keepFiles`: files whose `buffer:` block could not be read this run; their
 * rows stay as they are rather than being dropped for a syntax error.
 */
function mergeRows(existing, fresh, tracked, keepFiles = new Set()) {
    const existingById = groupBy(existing, (r) => r.postId);
    let updated = 0;
    let added = 0;
    for (const row of fresh) {
        const rows = existingById.get(row.postId);
        if (!rows)
            added++;
        else if (rows.some((r) => !sameInstant(r.metricsUpdatedAt, row.metricsUpdatedAt)))
            updated++;
    }
    const changed = updated + added > 0;
    const bare = existing.map(withoutExtras);
    if (!changed)
        return { rows: (0,csv/* sortRows */.sN)(bare), changed, updated: 0, added: 0, dropped: 0, moved: 0 };
    const freshIds = new Set(fresh.map((r) => r.postId));
    const trackedById = groupBy(tracked, (t) => t.postId);
    const out = new Map();
    const put = (row) => out.set((0,csv/* rowKey */.om)(row), row);
    let dropped = 0;
    let moved = 0;
    for (const row of bare) {
        if (freshIds.has(row.postId))
            continue;
        if (row.file !== null && keepFiles.has(row.file)) {
            put(row);
            continue;
        }
        const refs = trackedById.get(row.postId);
        if (!refs) {
            dropped++;
            continue;
        }
        // Followed to where the post is tracked now (a renamed file, a channel written another way).
        const ref = refs.find((t) => t.file === row.file && t.channel === row.channel) ?? refs[0];
        if (ref.file !== row.file || ref.channel !== row.channel)
            moved++;
        put({ ...row, file: ref.file, channel: ref.channel });
    }
    for (const row of fresh)
        put(withoutExtras(row));
    return { rows: (0,csv/* sortRows */.sN)([...out.values()]), changed, updated, added, dropped, moved };
}
/** What the file stores of a row: no line number, no text, no service. */
function withoutExtras(row) {
    return {
        file: row.file,
        channel: row.channel,
        postId: row.postId,
        sentAt: row.sentAt,
        link: row.link,
        metricsUpdatedAt: row.metricsUpdatedAt,
        metrics: { ...row.metrics },
    };
}
/** Equal instants, however written (a spreadsheet may have re-saved the file). */
function sameInstant(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null)
        return false;
    const x = Date.parse(a);
    return Number.isFinite(x) && x === Date.parse(b);
}
function groupBy(items, key) {
    const map = new Map();
    for (const item of items) {
        const k = key(item);
        const list = map.get(k);
        if (list)
            list.push(item);
        else
            map.set(k, [item]);
    }
    return map;
}

// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(2573);
;// CONCATENATED MODULE: ./src/metrics/sync-metrics.ts







async function syncMetrics(input) {
    const { metricsFile, tracked } = input;
    const window = (0,metrics_window/* metricsWindow */.uh)(input.now);
    const notes = [];
    const findings = [];
    const current = await (0,whole_files/* readWholeFile */.M)(input.workspace, metricsFile);
    let existing = [];
    let readable = !('blocked' in current);
    if ('blocked' in current) {
        findings.push({
            file: metricsFile,
            line: 1,
            column: 1,
            severity: 'error',
            code: 'metrics-file-not-a-file',
            message: `The metrics file was not written: ${current.blocked}, and the sync writes only plain files of the repository (a link could point outside it). Make ${metricsFile} a plain file or remove what is there, or choose another metrics-file.`,
        });
    }
    else if (current.text !== undefined) {
        try {
            existing = (0,csv/* parseMetricsCsv */.Xq)(current.text).rows;
        }
        catch (error) {
            if (!(error instanceof csv/* MetricsCsvError */.gN))
                throw error;
            readable = false;
            findings.push({
                file: metricsFile,
                line: error.line,
                column: 1,
                severity: 'error',
                code: 'metrics-file-unreadable',
                message: `The metrics file cannot be read back: ${error.message}. It was left as it is and not updated: fix this line, or delete the file and the next sync writes it again.`,
            });
        }
    }
    const fresh = freshRows(tracked, input.withMetrics);
    const merged = mergeRows(existing, fresh, tracked, input.keepFiles);
    let write;
    if (readable && merged.changed) {
        write = metricsFileWrite(metricsFile, fresh, tracked, input.keepFiles);
        const parts = [
            merged.updated > 0 ? `${merged.updated} row(s) with numbers Buffer refreshed` : '',
            merged.added > 0 ? `${merged.added} new row(s)` : '',
            merged.moved > 0 ? `${merged.moved} row(s) moved to the file that tracks the post now` : '',
            merged.dropped > 0 ? `${merged.dropped} row(s) dropped (no file tracks the post any more)` : '',
        ].filter(Boolean);
        notes.push(`Metrics: ${metricsFile} updated: ${parts.join(', ')}.`);
    }
    else if (readable && fresh.length > 0) {
        notes.push(`Metrics: ${metricsFile} is up to date (Buffer has not refreshed the numbers since it was written).`);
    }
    else if (readable && existing.length === 0) {
        notes.push(`Metrics: no tracked post has numbers from Buffer yet, so ${metricsFile} is not written.`);
    }
    const sentInWindow = tracked.filter((t) => t.sent && (0,metrics_window/* inWindow */.gO)(t.sentAt, window));
    const notReached = sentInWindow.filter((t) => !input.withMetrics.has(t.postId)).length;
    if (notReached > 0) {
        notes.push(`Metrics: ${notReached} post(s) sent in the last ${metrics_window/* METRICS_WINDOW_DAYS */.PA} days were not read within the request budget; they keep their last numbers in ${metricsFile}.`);
    }
    const waiting = sentInWindow.filter((t) => {
        const post = input.withMetrics.get(t.postId);
        return post !== undefined && !post.metricsUpdatedAt;
    }).length;
    if (waiting > 0) {
        notes.push(`Metrics: ${waiting} sent post(s) have no numbers yet (Buffer refreshes them once a day).`);
    }
    // The report shows the rows as they stand after this run (fresh numbers over the file's).
    const rows = (readable ? merged.rows : fresh)
        .filter((r) => (0,metrics_window/* inWindow */.gO)(r.sentAt, window))
        .map((r) => decorate(r, tracked, input.channels, input.withMetrics));
    let totals = [];
    let totalsRead = false;
    if (rows.length > 0) {
        const used = channelsOf(tracked, input.channels, input.withMetrics);
        if (used.length > 0) {
            totalsRead = true;
            try {
                totals = await (0,buffer_reads/* readChannelTotals */.J)(input.client, {
                    organizationId: input.organizationId,
                    channels: used,
                    allChannels: input.channels,
                    since: window.since,
                    until: window.until,
                    onNote: (m) => notes.push(`Metrics: ${m}`),
                });
            }
            catch (error) {
                // The totals only feed the summary: the statuses and the metrics file are still recorded.
                if (!(error instanceof errors/* BufferApiError */.Ve))
                    throw error;
                notes.push(`Metrics: the channel totals could not be read (${error.message}); the summary shows the posts only.`);
            }
        }
    }
    return {
        report: { since: window.since, until: window.until, timezone: input.timezone, rows, totals },
        ...(write ? { write } : {}),
        findings,
        notes,
        totalsRead,
    };
}
/**
 * The metrics file's rewrite, against the file as it is when written: on a
 * rejected push it runs again on the new tip, and leaves a file it cannot
 * read (or one already as new) alone.
 */
function metricsFileWrite(path, fresh, tracked, keepFiles) {
    return {
        path,
        next(current) {
            let existing = [];
            if (current !== undefined) {
                try {
                    existing = (0,csv/* parseMetricsCsv */.Xq)(current).rows;
                }
                catch (error) {
                    if (error instanceof csv/* MetricsCsvError */.gN)
                        return undefined;
                    throw error;
                }
            }
            const merged = mergeRows(existing, fresh, tracked, keepFiles);
            return merged.changed ? (0,csv/* renderMetricsCsv */.Gh)(merged.rows) : undefined;
        },
    };
}
/** A row for the report: with the post's text and its channel's service. */
function decorate(row, tracked, channels, posts) {
    const t = tracked.find((x) => x.postId === row.postId && x.file === row.file) ?? tracked.find((x) => x.postId === row.postId);
    const service = posts.get(row.postId)?.channelService ?? serviceOf(row.channel, channels);
    return { ...row, ...(service ? { service } : {}), ...(t?.text !== undefined ? { text: t.text } : {}) };
}
function serviceOf(ref, channels) {
    const resolved = (0,resolve/* resolveChannel */.OP)(ref, [...channels]);
    return resolved.ok ? resolved.channel.service : undefined;
}
/** The channels the tracked files use (as they name them, or as Buffer placed their posts). */
function channelsOf(tracked, channels, posts) {
    const byId = new Map(channels.map((c) => [c.id, c]));
    const used = new Map();
    for (const t of tracked) {
        const resolved = (0,resolve/* resolveChannel */.OP)(t.channel, [...channels]);
        const channel = resolved.ok ? resolved.channel : byId.get(posts.get(t.postId)?.channelId ?? '');
        if (channel)
            used.set(channel.id, channel);
    }
    return [...used.values()];
}

// EXTERNAL MODULE: ./src/time/days.ts
var days = __webpack_require__(8174);
// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/sync/tracked.ts
var sync_tracked = __webpack_require__(2297);
// EXTERNAL MODULE: ./src/text/excerpt.ts
var excerpt = __webpack_require__(214);
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
    if (remote === null || (remote === undefined && tracked.entry.status === sync_tracked/* DELETED_STATUS */.J8)) {
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
        parts.push(`text: Buffer has ${quoted(remote.text)}, the file has ${quoted(rendered.text)}`);
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
function quoted(text) {
    return JSON.stringify((0,excerpt/* excerpt */.K)(text));
}

// EXTERNAL MODULE: ./src/buffer/documents.ts
var documents = __webpack_require__(2656);
// EXTERNAL MODULE: ./src/time/zoned-time.ts
var zoned_time = __webpack_require__(3341);
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

// EXTERNAL MODULE: ./src/buffer/mappers.ts
var mappers = __webpack_require__(1932);
;// CONCATENATED MODULE: ./src/sync/snapshot.ts





/** Posts per page of a list: one request reads four times what aliased lookups read. */
const SNAPSHOT_PAGE_SIZE = 100;
/** Aliased `post` lookups per request: client.postsByIds' default. */
const LOOKUPS_PER_REQUEST = documents/* DEFAULT_BATCH_SIZE */.jg;
/** Issue 5's budget for the status of M tracked posts: the account, one snapshot, ⌈M/25⌉ lookups. */
function statusRequestBudget(tracked) {
    return 2 + Math.ceil(tracked / LOOKUPS_PER_REQUEST);
}
/** Clock skew between the recorded due time and Buffer's sending. */
const WINDOW_SLACK_MS = days/* DAY_MS */.sO;
async function readSnapshot(client, opts) {
    const first = opts.pageSize ?? SNAPSHOT_PAGE_SIZE;
    const startCount = client.requestCount;
    const wanted = new Map();
    let skippedFinal = 0;
    for (const t of opts.tracked) {
        if (t.entry.status && sync_tracked/* FINAL_STATUSES */.Ys.has(t.entry.status))
            skippedFinal++;
        else
            wanted.set(t.entry.id, t);
    }
    const statusSince = windowStart([...wanted.values()]);
    // Metrics need the list only when some tracked post may have been sent in the window.
    const metrics = opts.metricsSince !== undefined && opts.tracked.some((t) => mayHaveMetrics(t, opts.metricsSince));
    const since = metrics ? earlier(statusSince, opts.metricsSince) : statusSince;
    let organization;
    if (!opts.organizationId)
        organization = (0,resolve/* chooseOrganization */.R7)(await client.account(), undefined);
    const organizationId = opts.organizationId ?? organization.id;
    const pendingInput = { organizationId, filter: { status: [...sync_tracked/* WAITING_STATUSES */.h1] } };
    const recentInput = since
        ? {
            organizationId,
            filter: { status: ['sent', 'error'], startDate: since },
            // Newest first with metrics on: the posts that just changed status come before the older ones the window adds.
            ...(metrics ? { sort: [{ field: 'dueAt', direction: 'desc' }] } : {}),
        }
        : undefined;
    const query = (0,documents/* buildSyncSnapshotQuery */.At)({ account: !organization, recent: Boolean(recentInput), metrics });
    const variables = { channels: { organizationId }, pending: pendingInput, first };
    if (recentInput)
        variables.recent = recentInput;
    const data = await client.read((0,documents/* syncSnapshotOperation */.rG)(metrics && Boolean(recentInput)), query, variables, 2 + (organization ? 0 : 1) + (recentInput ? 1 : 0));
    if (!organization)
        organization = (0,resolve/* chooseOrganization */.R7)((0,mappers/* toAccount */.tf)(data.account), organizationId);
    const channels = (Array.isArray(data.channels) ? data.channels : []).map(mappers/* toChannel */.pr);
    const pendingPage = (0,mappers/* toPostsPage */.qM)(data.pending);
    const pending = [...pendingPage.posts];
    // Every waiting post is read: the ones no file tracks are reported.
    for (let page = pendingPage; page.hasNextPage && page.endCursor;) {
        const next = await client.read('Posts', documents/* POSTS_QUERY */.Di, { input: pendingInput, first, after: page.endCursor }, 1);
        page = (0,mappers/* toPostsPage */.qM)(next.posts);
        pending.push(...page.posts);
    }
    const remote = new Map();
    const recentPage = recentInput ? (0,mappers/* toPostsPage */.qM)(data.recent) : undefined;
    for (const post of [...(recentPage?.posts ?? []), ...pending]) {
        if (wanted.has(post.id))
            remote.set(post.id, post);
    }
    let withMetrics;
    if (metrics && recentPage && recentInput) {
        const trackedIds = new Set(opts.tracked.map((t) => t.entry.id));
        withMetrics = new Map();
        const keep = (posts) => {
            for (const post of posts) {
                if (!trackedIds.has(post.id))
                    continue;
                withMetrics.set(post.id, post);
                if (wanted.has(post.id))
                    remote.set(post.id, post);
            }
        };
        keep(recentPage.posts);
        // Further pages only while the lookups still to come fit the same budget as today.
        const budget = statusRequestBudget(opts.tracked.length);
        // A tracked post still to find: sent in the window as far as the files and lists tell.
        const unseen = () => opts.tracked.some((t) => {
            if (withMetrics.has(t.entry.id) || !mayHaveMetrics(t, opts.metricsSince))
                return false;
            const read = remote.get(t.entry.id);
            return t.entry.status === 'sent' || read === undefined || read?.status === 'sent';
        });
        for (let page = recentPage; page.hasNextPage && page.endCursor && unseen();) {
            const lookups = Math.ceil([...wanted.keys()].filter((id) => !remote.has(id)).length / LOOKUPS_PER_REQUEST);
            if (client.requestCount - startCount + 1 + lookups > budget)
                break;
            const next = await client.read('PostsWithMetrics', documents/* POSTS_WITH_METRICS_QUERY */.Ut, { input: recentInput, first, after: page.endCursor }, 1);
            page = (0,mappers/* toPostsPage */.qM)(next.posts);
            keep(page.posts);
        }
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
        ...(withMetrics ? { withMetrics } : {}),
    };
}
/**
 * Whether Buffer may have numbers for this post in the metrics window: not
 * recorded as deleted, and not recorded as sent before the window opened.
 */
function mayHaveMetrics(t, since) {
    if (t.entry.status === sync_tracked/* DELETED_STATUS */.J8)
        return false;
    if (t.entry.status !== 'sent')
        return true;
    const sentAt = typeof t.entry.sentAt === 'string' ? Date.parse(t.entry.sentAt) : Number.NaN;
    return !Number.isFinite(sentAt) || sentAt >= Date.parse(since);
}
function earlier(a, b) {
    return a === undefined || Date.parse(b) < Date.parse(a) ? b : a;
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
            notes.push(`${u.channel} ${u.dueAt ?? ''} ${JSON.stringify((0,excerpt/* excerpt */.K)(u.text))} (${u.id})`);
        }
        if (section.untracked.length > LISTED_UNTRACKED)
            notes.push(`… and ${section.untracked.length - LISTED_UNTRACKED} more (see the JSON report).`);
    }
    notes.push(`Requests to Buffer: ${section.requests}.`);
    return notes;
}
/**
 * The sync's reads against issue 5's budget (2 + ⌈M/25⌉ for M tracked posts),
 * plus the one request for per-channel metrics totals when it was made.
 */
function requestsLine(requests, tracked, totals) {
    return `Reading Buffer took ${requests} request(s) (budget 2 + ⌈M/25⌉ = ${statusRequestBudget(tracked)} for M = ${tracked} tracked post(s)${totals ? ', +1 for channel totals' : ''}).`;
}

;// CONCATENATED MODULE: ./src/sync/metrics-refs.ts
function trackedForMetrics(tracked, snapshot) {
    return tracked.map((t) => {
        const read = snapshot.withMetrics?.get(t.entry.id) ?? snapshot.remote.get(t.entry.id) ?? undefined;
        const status = read?.status ?? t.entry.status;
        const sentAt = read?.sentAt ?? (typeof t.entry.sentAt === 'string' ? t.entry.sentAt : null);
        const text = (t.post.items[0]?.markdown ?? t.post.body).trim();
        return { file: t.file, channel: t.ref, postId: t.entry.id, sent: status === 'sent', sentAt, text };
    });
}
/** Files whose front-matter cannot be read: their `buffer:` block is unknown, not empty, so their metrics rows are kept. */
function unreadTrackingFiles(posts) {
    return new Set(posts
        .filter((p) => Object.keys(p.tracked).length === 0 && p.findings.some((f) => f.severity === 'error'))
        .map((p) => p.path));
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
    return { id: entry.id, status: sync_tracked/* DELETED_STATUS */.J8, ...(typeof entry.dueAt === 'string' ? { dueAt: entry.dueAt } : {}) };
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
// EXTERNAL MODULE: ./src/commands/context.ts + 7 modules
var context = __webpack_require__(1082);
// EXTERNAL MODULE: ./src/commands/write-back.ts + 1 modules
var write_back = __webpack_require__(6794);
;// CONCATENATED MODULE: ./src/commands/sync.ts
/**
 * `sync` (schedule / workflow_dispatch, SPEC §3): keep the repository true to
 * what Buffer did. Records every tracked post's status, creates what files
 * still lack (an earlier failure, a full queue) within the daily posting
 * limits, reports drift and restores it only with `on-drift: restore`, lists
 * scheduled posts no file tracks, writes Buffer's numbers for sent posts to
 * the metrics file (src/metrics/), and writes everything back in one commit.
 */

























/** `earlier`: what the reconcile before this sync did (commands/apply.ts); its outcomes count in this run's report. */
async function runSync(ctx, earlier) {
    const { settings, reporter, event } = ctx;
    const client = (0,context/* clientFor */.$V)(ctx, 'sync');
    const git = (0,context/* gitFor */.ww)(ctx);
    const now = ctx.now();
    const requestsBefore = client.requestCount;
    const window = settings.metricsFile ? (0,metrics_window/* metricsWindow */.uh)(now) : undefined;
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
    const tracked = (0,sync_tracked/* trackedRefs */.H)(posts);
    const snapshot = await reporter.group('Reading Buffer', async () => {
        const s = await readSnapshot(client, {
            organizationId: settings.organizationId,
            tracked,
            ...(window ? { metricsSince: window.since } : {}),
        });
        reporter.info(`Organization ${s.organization.name} (${s.organization.id}), ${s.channels.length} channel(s), ${s.pending.length} post(s) waiting in Buffer; ` +
            `${s.remote.size} tracked post(s) read in ${client.requestCount} request(s)`);
        return s;
    });
    let metrics;
    if (settings.metricsFile && window) {
        const metricsFile = settings.metricsFile;
        metrics = await reporter.group('Reading post metrics', async () => {
            const m = await syncMetrics({
                client,
                workspace: settings.workspace,
                metricsFile,
                organizationId: snapshot.organization.id,
                channels: snapshot.channels,
                tracked: trackedForMetrics(tracked, snapshot),
                withMetrics: snapshot.withMetrics ?? new Map(),
                keepFiles: unreadTrackingFiles(posts),
                // Buffer's clock when it is ahead of the runner's (a sandbox moved forward), so its sent posts are in the window.
                now: (0,days/* laterOf */.eG)(now, client.serverTime),
                timezone: settings.timezone ?? 'UTC',
            });
            for (const note of m.notes)
                reporter.info(note);
            return m;
        });
    }
    reporter.info(requestsLine(client.requestCount - requestsBefore, tracked.length, metrics?.totalsRead ?? false));
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
        ...(metrics?.findings ?? []),
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
    // The metrics notes were printed as they were read; the summary lists them after the sync's.
    const notes = syncNotes(section);
    for (const note of notes)
        reporter.info(note);
    const plan = {
        basis: 'full',
        items: outcomes.map((o) => o.item),
        findings,
        notes: [...notes, ...(metrics?.notes ?? [])],
    };
    if (earlier) {
        outcomes.unshift(...earlier.outcomes);
        plan.items.unshift(...earlier.plan.items);
        plan.findings.unshift(...earlier.plan.findings);
        plan.notes.unshift(...earlier.report.notes);
    }
    const report = Object.assign((0,run_report/* buildRunReport */.IW)('sync', plan, outcomes, settings.dryRun), { sync: section });
    report.requests = client.requestCount;
    if (metrics)
        report.metrics = metrics.report;
    const records = mergeUpdates(updates, (0,tracked_updates/* trackedUpdatesFrom */.Z_)(outcomes.slice(earlier?.outcomes.length ?? 0)));
    const metricsWrite = metrics?.write ? [metrics.write] : [];
    report.writeBack = await (0,write_back/* writeBack */.X)(ctx, git, records, event.ref, metricsWrite.length === 0
        ? 'Buffer post statuses'
        : records.size > 0
            ? 'Buffer post statuses and metrics'
            : 'Buffer post metrics', metricsWrite);
    if (metrics?.write && report.writeBack.status.startsWith('skipped')) {
        const why = `Metrics: ${metrics.write.path} was not written (${report.writeBack.status.replace(/^skipped \((.*)\)$/, '$1')}).`;
        reporter.info(why);
        report.notes.push(why);
    }
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

/***/ 3341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ localTime),
/* harmony export */   g: () => (/* binding */ localDate)
/* harmony export */ });
/* harmony import */ var _wall_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4383);
/**
 * Instants shown in a channel's time zone: the calendar day Buffer counts
 * daily limits on, and the wall-clock time with offset a person would write
 * in front-matter. Built on wall-time.ts; a zone Intl does not know (Buffer
 * gave none, or one this Node lacks) shows UTC instead of failing the run.
 */

const pad = (n, width = 2) => String(n).padStart(width, '0');
/** YYYY-MM-DD of an instant in an IANA zone (UTC when Buffer gave no usable zone). */
function localDate(at, timeZone) {
    if (!timeZone || !(0,_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq)(timeZone))
        return at.toISOString().slice(0, 10);
    const wall = (0,_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toWallTime */ .pY)(at.getTime(), timeZone);
    return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}
/**
 * An instant as the channel's wall-clock time with its UTC offset
 * (`2027-03-02T09:00:00+01:00`): what a person would write, and the same
 * instant when read back. No zone means UTC (`+00:00`); an unknown one, the
 * instant in ISO form.
 */
function localTime(iso, timeZone) {
    const instant = new Date(iso);
    const zone = timeZone || 'UTC';
    if (!(0,_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq)(zone))
        return instant.toISOString();
    const ms = instant.getTime();
    const wall = (0,_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toWallTime */ .pY)(ms, zone);
    const offset = Math.round((0,_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .offsetAt */ .HA)(zone, ms) / 60_000);
    const fraction = wall.millisecond ? `.${pad(wall.millisecond, 3)}` : '';
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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
