export const id = 997;
export const ids = [997];
export const modules = {

/***/ 6625:
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
// EXTERNAL MODULE: ./src/buffer/documents.ts
var documents = __webpack_require__(2656);
// EXTERNAL MODULE: ./src/buffer/mappers.ts
var mappers = __webpack_require__(1932);
// EXTERNAL MODULE: ./src/text/compare.ts
var compare = __webpack_require__(9200);
;// CONCATENATED MODULE: ./src/channels/order.ts
/**
 * The order channels are listed in: by service, then name, then ID, in code
 * unit order (the same on every machine and locale). The ID settles two
 * channels of one service with the same name.
 */

function byServiceThenName(a, b) {
    return (0,compare/* compareCodeUnits */.U)(a.service, b.service) || (0,compare/* compareCodeUnits */.U)(a.name, b.name) || (0,compare/* compareCodeUnits */.U)(a.id, b.id);
}

// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(2573);
;// CONCATENATED MODULE: ./src/metrics/buffer-reads.ts






/** Posts per page of the sent-posts list (Buffer's page cap). */
const SENT_POSTS_PAGE_SIZE = 100;
/** Pages read at most before the read stops and says to narrow the window. */
const SENT_POSTS_MAX_PAGES = 100;
/**
 * Per-channel totals over [since, until] in ONE request: one aliased
 * `aggregatedPostMetrics` per channel. At most MAX_ALIASES channels fit a
 * request; with more, the first MAX_ALIASES in the returned order (service,
 * name, ID) are read and `onNote` says how many were left out.
 */
async function readChannelTotals(client, opts) {
    const unique = [...new Map(opts.channels.map((c) => [c.id, c])).values()].sort(byServiceThenName);
    if (unique.length === 0)
        return [];
    const read = unique.slice(0, documents/* MAX_ALIASES */.K1);
    if (unique.length > read.length) {
        opts.onNote?.(`Channel totals: ${unique.length} channels, ${read.length} read (one request holds at most ${documents/* MAX_ALIASES */.K1}); ` +
            `left out: ${unique
                .slice(read.length)
                .map((c) => `${c.service}:${c.name}`)
                .join(', ')}.`);
    }
    const built = (0,documents/* buildChannelTotalsQuery */.bu)(read.length);
    read.forEach((channel, i) => {
        built.variables[built.aliases[i]] = {
            organizationId: opts.organizationId,
            channelIds: [channel.id],
            startDateTime: opts.since,
            // Buffer counts the last day whole from its UTC midnight (AggregatedPostMetricsInput.endDateTime).
            endDateTime: (0,metrics_window/* lastDayStart */.Xe)(opts),
        };
    });
    const data = await client.read(`ChannelTotals${read.length}`, built.query, built.variables, read.length);
    const all = opts.allChannels ?? opts.channels;
    return read.map((channel, i) => {
        const wire = data[built.aliases[i]];
        if (!wire || !Array.isArray(wire.metrics)) {
            throw new errors/* BufferApiError */.Ve(`Buffer answered aggregatedPostMetrics for ${channel.id} without metrics`, 'NO_DATA');
        }
        let postCount = 0;
        const metrics = {};
        for (const metric of wire.metrics.map(mappers/* toPostMetric */.mZ)) {
            // `postCount` is a regular entry on the wire; the shape keeps it apart from the numbers.
            if (metric.type === 'postCount')
                postCount = metric.value;
            else
                metrics[metric.type] = metric.value;
        }
        return {
            channelId: channel.id,
            channel: (0,resolve/* referenceFor */.zt)(channel, all),
            service: channel.service,
            postCount,
            metrics,
            metricsUpdatedAt: typeof wire.metricsUpdatedAt === 'string' ? wire.metricsUpdatedAt : null,
        };
    });
}
/**
 * The organization's sent posts with their numbers, every page: Buffer's
 * list filtered by status `sent` and by due time from `since` (to `until`),
 * newest first, then kept where `sentAt` lies in the window (a post is sent
 * at or just after its due time).
 */
async function readSentPosts(client, opts) {
    const filter = { status: ['sent'], startDate: opts.since };
    if (opts.until !== undefined)
        filter.endDate = opts.until;
    if (opts.channelIds !== undefined)
        filter.channelIds = opts.channelIds;
    const input = {
        organizationId: opts.organizationId,
        filter,
        sort: [{ field: 'dueAt', direction: 'desc' }],
    };
    let posts;
    try {
        posts = await client.posts(input, {
            pageSize: SENT_POSTS_PAGE_SIZE,
            maxPages: SENT_POSTS_MAX_PAGES,
            withMetrics: true,
        });
    }
    catch (error) {
        // The client's "narrow the filter" in the words of the report: the window is what a user can change.
        if (error instanceof BufferApiError && error.code === 'TOO_MANY_PAGES') {
            throw new BufferApiError(`more than ${SENT_POSTS_MAX_PAGES * SENT_POSTS_PAGE_SIZE} sent posts in the window; choose a shorter one`, 'TOO_MANY_PAGES', { cause: error });
        }
        throw error;
    }
    const since = Date.parse(opts.since);
    const until = opts.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(opts.until);
    return posts.filter((p) => {
        const at = Date.parse(p.sentAt ?? p.dueAt ?? '');
        return p.status === 'sent' && (!Number.isFinite(at) || (at >= since && at <= until));
    });
}

// EXTERNAL MODULE: ./src/buffer/input-types.ts + 1 modules
var input_types = __webpack_require__(6285);
;// CONCATENATED MODULE: ./src/metrics/csv.ts
/**
 * The metrics file (issue 15): one CSV row per post file × channel, which
 * GitHub renders as a searchable table. RFC 4180 (fields quoted only when they
 * hold a comma, a quote or a line break; quotes doubled), LF line ends, a
 * trailing newline, rows sorted by file, channel and post ID, so the same
 * numbers always give the same bytes and a diff shows only what moved.
 *
 * Columns: file, channel, post_id, sent_at, link, metrics_updated_at, then one
 * column per metric type some row has, in the order of Buffer's
 * `PostMetricType` enum. Values are written as Buffer sent them; a type a row
 * lacks is an empty cell. People may edit the file; what cannot be read back
 * is a MetricsCsvError at its line, never a guess.
 *
 * Cells are not prefixed against spreadsheet formulas (=, +, -, @): each is
 * a path in the posts folder, a channel reference or Buffer ID, an ISO date,
 * Buffer's link to the published post or a count, so none starts with one
 * unless posts-dir itself does, and a prefix would change the paths that
 * every program reading the file (and this parser) gets back.
 */


const FIXED_COLUMNS = ['file', 'channel', 'post_id', 'sent_at', 'link', 'metrics_updated_at'];
/** The reference's `PostMetricType` values, as the generated input types hold them: the metric columns follow it. */
const METRIC_TYPE_ORDER = (0,input_types/* enumValues */.UU)('PostMetricType');
/** The file cannot be read back: where, and what to do. */
class MetricsCsvError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = 'MetricsCsvError';
    }
}
/** Metric columns for these rows: every type some row has, enum order first, then any newer type by name. */
function metricColumns(rows) {
    const types = new Set();
    for (const row of rows)
        for (const type of Object.keys(row.metrics))
            types.add(type);
    const rank = (t) => {
        const i = METRIC_TYPE_ORDER.indexOf(t);
        return i === -1 ? METRIC_TYPE_ORDER.length : i;
    };
    return [...types].sort((a, b) => rank(a) - rank(b) || (0,compare/* compareCodeUnits */.U)(a, b));
}
/** Rows in the file's order: file, then channel, then post ID (code-unit order, the same on every machine). */
function sortRows(rows) {
    return [...rows].sort((a, b) => (0,compare/* compareCodeUnits */.U)(a.file ?? '', b.file ?? '') ||
        (0,compare/* compareCodeUnits */.U)(a.channel, b.channel) ||
        (0,compare/* compareCodeUnits */.U)(a.postId, b.postId));
}
function renderMetricsCsv(rows) {
    const types = metricColumns(rows);
    const lines = [[...FIXED_COLUMNS, ...types].map(field).join(',')];
    for (const row of sortRows(rows)) {
        const cells = [
            row.file ?? '',
            row.channel,
            row.postId,
            row.sentAt ?? '',
            row.link ?? '',
            row.metricsUpdatedAt ?? '',
            ...types.map((t) => (row.metrics[t] === undefined ? '' : String(row.metrics[t]))),
        ];
        lines.push(cells.map(field).join(','));
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Reads the file back. An empty file holds no rows. Throws MetricsCsvError
 * for anything that is not a file this module wrote (or an edit that kept
 * its shape): a different header, a row of another width, a metric that is
 * not a number, a date that is not one, a row repeated.
 */
function parseMetricsCsv(text) {
    const records = readRecords(text);
    if (records.length === 0)
        return { rows: [], columns: [...FIXED_COLUMNS] };
    const [header, ...body] = records;
    const columns = header.fields.map((f) => f.trim());
    FIXED_COLUMNS.forEach((name, i) => {
        if (columns[i] !== name) {
            throw new MetricsCsvError(header.line, `the header must start with ${FIXED_COLUMNS.join(',')}; column ${i + 1} is ${columns[i] === undefined ? 'missing' : `"${columns[i]}"`}`);
        }
    });
    const types = columns.slice(FIXED_COLUMNS.length);
    const seenType = new Set();
    for (const type of types) {
        if (type === '' || seenType.has(type)) {
            throw new MetricsCsvError(header.line, type === '' ? 'the header has an empty column name' : `the header names "${type}" twice`);
        }
        seenType.add(type);
    }
    const rows = [];
    const seenRow = new Map();
    for (const record of body) {
        const { line, fields } = record;
        if (fields.length !== columns.length) {
            throw new MetricsCsvError(line, `${fields.length} field(s), the header has ${columns.length}`);
        }
        const [file, channel, postId, sentAt, link, metricsUpdatedAt] = fields;
        if (channel === '' || postId === '')
            throw new MetricsCsvError(line, 'channel and post_id must not be empty');
        for (const [name, value] of [
            ['sent_at', sentAt],
            ['metrics_updated_at', metricsUpdatedAt],
        ]) {
            if (value !== '' && !Number.isFinite(Date.parse(value))) {
                throw new MetricsCsvError(line, `${name} "${value}" is not a date (write it as Buffer does, e.g. 2027-01-02T10:30:00.000Z)`);
            }
        }
        const metrics = {};
        types.forEach((type, i) => {
            const cell = fields[FIXED_COLUMNS.length + i].trim();
            if (cell === '')
                return;
            const value = Number(cell);
            if (!Number.isFinite(value))
                throw new MetricsCsvError(line, `${type} "${cell}" is not a number`);
            metrics[type] = value;
        });
        const key = rowKey({ file: file || null, channel, postId });
        const earlier = seenRow.get(key);
        if (earlier !== undefined) {
            throw new MetricsCsvError(line, `repeats the row of line ${earlier} (same file, channel and post_id)`);
        }
        seenRow.set(key, line);
        rows.push({
            line,
            file: file === '' ? null : file,
            channel,
            postId,
            sentAt: sentAt === '' ? null : sentAt,
            link: link === '' ? null : link,
            metricsUpdatedAt: metricsUpdatedAt === '' ? null : metricsUpdatedAt,
            metrics,
        });
    }
    return { rows, columns };
}
/** What identifies a row: the file, the channel it names, the post. */
function rowKey(row) {
    return JSON.stringify([row.file, row.channel, row.postId]);
}
/** One RFC 4180 field. */
function field(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/**
 * RFC 4180 records with the line each starts on. Accepts CRLF (an editor on
 * Windows) and a missing final line break; blank lines are skipped.
 */
function readRecords(text) {
    const records = [];
    const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
    let line = 1;
    let i = 0;
    while (i < src.length) {
        const start = line;
        const fields = [];
        let value = '';
        let atFieldStart = true;
        for (;;) {
            if (i >= src.length) {
                fields.push(value);
                break;
            }
            const c = src[i];
            if (c === '"' && atFieldStart) {
                // A quoted field: up to the closing quote, "" is a quote, line breaks are kept.
                const opened = line;
                i++;
                for (;;) {
                    if (i >= src.length)
                        throw new MetricsCsvError(opened, 'a quoted field is never closed (a " is missing)');
                    const q = src[i];
                    if (q === '"') {
                        if (src[i + 1] === '"') {
                            value += '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q === '\n')
                        line++;
                    value += q;
                    i++;
                }
                const next = src[i];
                if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
                    throw new MetricsCsvError(line, 'text after a closing quote; quote the whole field and double any " inside it');
                }
                atFieldStart = false;
                continue;
            }
            if (c === ',') {
                fields.push(value);
                value = '';
                atFieldStart = true;
                i++;
                continue;
            }
            if (c === '\r' || c === '\n') {
                fields.push(value);
                i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
                line++;
                break;
            }
            if (c === '"')
                throw new MetricsCsvError(line, 'a " inside an unquoted field; quote the field and double the "');
            value += c;
            atFieldStart = false;
            i++;
        }
        if (!(fields.length === 1 && fields[0] === ''))
            records.push({ line: start, fields });
    }
    return records;
}

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
    return sortRows(rows);
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
        return { rows: sortRows(bare), changed, updated: 0, added: 0, dropped: 0, moved: 0 };
    const freshIds = new Set(fresh.map((r) => r.postId));
    const trackedById = groupBy(tracked, (t) => t.postId);
    const out = new Map();
    const put = (row) => out.set(rowKey(row), row);
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
    return { rows: sortRows([...out.values()]), changed, updated, added, dropped, moved };
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
            existing = parseMetricsCsv(current.text).rows;
        }
        catch (error) {
            if (!(error instanceof MetricsCsvError))
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
                totals = await readChannelTotals(input.client, {
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
                    existing = parseMetricsCsv(current).rows;
                }
                catch (error) {
                    if (error instanceof MetricsCsvError)
                        return undefined;
                    throw error;
                }
            }
            const merged = mergeRows(existing, fresh, tracked, keepFiles);
            return merged.changed ? renderMetricsCsv(merged.rows) : undefined;
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
        if (t.entry.status && FINAL_STATUSES.has(t.entry.status))
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
    const pendingInput = { organizationId, filter: { status: [...WAITING_STATUSES] } };
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
    if (t.entry.status === DELETED_STATUS)
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
    const tracked = trackedRefs(posts);
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

/***/ 2573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ METRICS_WINDOW_DAYS),
/* harmony export */   Xe: () => (/* binding */ lastDayStart),
/* harmony export */   gO: () => (/* binding */ inWindow),
/* harmony export */   so: () => (/* binding */ windowDays),
/* harmony export */   uh: () => (/* binding */ metricsWindow)
/* harmony export */ });
/* unused harmony export daysWindow */
/* harmony import */ var _time_days_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8174);
/**
 * The metrics window (issue 15), one definition for the sync, its job summary
 * and `report`: whole UTC days, today and the days before it, as Buffer's
 * `aggregatedPostMetrics` counts them ("UTC midnight of the first calendar
 * day", the last day inclusive), so a post's row and its channel's total
 * count the same posts.
 */

/** Days whose sent posts get fresh numbers, and what the summary and `report` show by default. */
const METRICS_WINDOW_DAYS = 30;
/** Today (UTC) and the `days - 1` days before it, ending now. */
function daysWindow(days, now) {
    return { since: new Date((0,_time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .utcDayStart */ .lZ)(now.getTime()) - (days - 1) * _time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO).toISOString(), until: now.toISOString() };
}
/** The sync's window: the last METRICS_WINDOW_DAYS days. */
function metricsWindow(now) {
    return daysWindow(METRICS_WINDOW_DAYS, now);
}
/** The UTC days a window touches, as the reports name it ("the last 30 days"). */
function windowDays(window) {
    return Math.max(1, Math.round(((0,_time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .utcDayStart */ .lZ)(Date.parse(window.until)) - (0,_time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .utcDayStart */ .lZ)(Date.parse(window.since))) / _time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO) + 1);
}
/** Buffer's `endDateTime` for the window: UTC midnight of its last day (the backend counts that day whole). */
function lastDayStart(window) {
    return new Date((0,_time_days_js__WEBPACK_IMPORTED_MODULE_0__/* .utcDayStart */ .lZ)(Date.parse(window.until))).toISOString();
}
/** Whether an instant lies in the window; false for a missing or unreadable one. */
function inWindow(at, window) {
    const ms = at ? Date.parse(at) : Number.NaN;
    return Number.isFinite(ms) && ms >= Date.parse(window.since) && ms <= Date.parse(window.until);
}


/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ excerpt)
/* harmony export */ });
/* harmony import */ var _graphemes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2373);
/**
 * One-line excerpts of user text for reports and logs: whitespace runs as one
 * space, cut at a grapheme boundary (an emoji or an accented letter is never
 * cut in half) and bounded in code units too.
 */

/**
 * UTF-16 code units an excerpt keeps per character of `max`: a grapheme may
 * be any length (a letter with thousands of combining marks is one), and the
 * summary must stay small; the longest emoji sequences are about 15.
 */
const UNITS_PER_CHARACTER = 16;
/**
 * A post's text as one line of at most `max` characters (graphemes: an emoji
 * or an accented letter is never cut in half), whitespace runs (line breaks
 * too) as one space, `…` where it was cut. Plain text: each surface escapes it.
 */
function excerpt(text, max = 60) {
    const line = (text ?? '').replace(/\s+/g, ' ').trim();
    if (line.length <= max)
        return line;
    const units = max * UNITS_PER_CHARACTER;
    const parts = [...(0,_graphemes_js__WEBPACK_IMPORTED_MODULE_0__/* .graphemes */ .l)(line)].map((s) => s.segment);
    if (parts.length <= max && line.length <= units)
        return line;
    let cut = '';
    for (const part of parts.slice(0, max - 1)) {
        if (cut.length + part.length >= units)
            break;
        cut += part;
    }
    return `${cut.trimEnd()}…`;
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
