export const id = 684;
export const ids = [684];
export const modules = {

/***/ 5232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ byServiceThenName)
/* harmony export */ });
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9200);
/**
 * The order channels are listed in: by service, then name, then ID, in code
 * unit order (the same on every machine and locale). The ID settles two
 * channels of one service with the same name.
 */

function byServiceThenName(a, b) {
    return (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.service, b.service) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.name, b.name) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.id, b.id);
}


/***/ }),

/***/ 2299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readChannelTotals),
/* harmony export */   a: () => (/* binding */ readSentPosts)
/* harmony export */ });
/* harmony import */ var _buffer_documents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2656);
/* harmony import */ var _buffer_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2963);
/* harmony import */ var _buffer_mappers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1932);
/* harmony import */ var _channels_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5232);
/* harmony import */ var _channels_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5352);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2573);






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
    const unique = [...new Map(opts.channels.map((c) => [c.id, c])).values()].sort(_channels_order_js__WEBPACK_IMPORTED_MODULE_4__/* .byServiceThenName */ .T);
    if (unique.length === 0)
        return [];
    const read = unique.slice(0, _buffer_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ALIASES */ .K1);
    if (unique.length > read.length) {
        opts.onNote?.(`Channel totals: ${unique.length} channels, ${read.length} read (one request holds at most ${_buffer_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ALIASES */ .K1}); ` +
            `left out: ${unique
                .slice(read.length)
                .map((c) => `${c.service}:${c.name}`)
                .join(', ')}.`);
    }
    const built = (0,_buffer_documents_js__WEBPACK_IMPORTED_MODULE_0__/* .buildChannelTotalsQuery */ .bu)(read.length);
    read.forEach((channel, i) => {
        built.variables[built.aliases[i]] = {
            organizationId: opts.organizationId,
            channelIds: [channel.id],
            startDateTime: opts.since,
            // Buffer counts the last day whole from its UTC midnight (AggregatedPostMetricsInput.endDateTime).
            endDateTime: (0,_window_js__WEBPACK_IMPORTED_MODULE_5__/* .lastDayStart */ .Xe)(opts),
        };
    });
    const data = await client.read(`ChannelTotals${read.length}`, built.query, built.variables, read.length);
    const all = opts.allChannels ?? opts.channels;
    return read.map((channel, i) => {
        const wire = data[built.aliases[i]];
        if (!wire || !Array.isArray(wire.metrics)) {
            throw new _buffer_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BufferApiError */ .Ve(`Buffer answered aggregatedPostMetrics for ${channel.id} without metrics`, 'NO_DATA');
        }
        let postCount = 0;
        const metrics = {};
        for (const metric of wire.metrics.map(_buffer_mappers_js__WEBPACK_IMPORTED_MODULE_2__/* .toPostMetric */ .mZ)) {
            // `postCount` is a regular entry on the wire; the shape keeps it apart from the numbers.
            if (metric.type === 'postCount')
                postCount = metric.value;
            else
                metrics[metric.type] = metric.value;
        }
        return {
            channelId: channel.id,
            channel: (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .referenceFor */ .zt)(channel, all),
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
        if (error instanceof _buffer_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BufferApiError */ .Ve && error.code === 'TOO_MANY_PAGES') {
            throw new _buffer_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BufferApiError */ .Ve(`more than ${SENT_POSTS_MAX_PAGES * SENT_POSTS_PAGE_SIZE} sent posts in the window; choose a shorter one`, 'TOO_MANY_PAGES', { cause: error });
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


/***/ }),

/***/ 3577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ renderMetricsCsv),
/* harmony export */   Xq: () => (/* binding */ parseMetricsCsv),
/* harmony export */   gN: () => (/* binding */ MetricsCsvError),
/* harmony export */   om: () => (/* binding */ rowKey),
/* harmony export */   sN: () => (/* binding */ sortRows)
/* harmony export */ });
/* harmony import */ var _buffer_input_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6285);
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9200);
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
const METRIC_TYPE_ORDER = (0,_buffer_input_types_js__WEBPACK_IMPORTED_MODULE_0__/* .enumValues */ .UU)('PostMetricType');
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
    return [...types].sort((a, b) => rank(a) - rank(b) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a, b));
}
/** Rows in the file's order: file, then channel, then post ID (code-unit order, the same on every machine). */
function sortRows(rows) {
    return [...rows].sort((a, b) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.file ?? '', b.file ?? '') ||
        (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.channel, b.channel) ||
        (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a.postId, b.postId));
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


/***/ }),

/***/ 2573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ METRICS_WINDOW_DAYS),
/* harmony export */   Xe: () => (/* binding */ lastDayStart),
/* harmony export */   gO: () => (/* binding */ inWindow),
/* harmony export */   q7: () => (/* binding */ daysWindow),
/* harmony export */   so: () => (/* binding */ windowDays),
/* harmony export */   uh: () => (/* binding */ metricsWindow)
/* harmony export */ });
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
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7421);
/* harmony import */ var _input_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6310);
/* harmony import */ var _frontmatter_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1855);
/* harmony import */ var _markdown_tree_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(890);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1771);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3180);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9420);
/**
 * An idea file (SPEC §2, "Idea files") → `IdeaFile`: front-matter `title`,
 * `services`, `date`, the write-back `buffer:` block; the body rendered as
 * text and its images as media. Never throws; problems are findings.
 */












function parseIdeaFile(path, raw, opts = {}) {
    const findings = new _findings_js__WEBPACK_IMPORTED_MODULE_10__/* .FindingList */ .k(path);
    const idea = { path, raw, services: [], body: '', media: [], findings: findings.items };
    const front = (0,_frontmatter_source_js__WEBPACK_IMPORTED_MODULE_6__/* .readFrontMatterSource */ .K)(raw, findings);
    if (front.kind === 'unclosed')
        return idea;
    const { body } = front;
    const bodyLine = front.kind === 'present' ? front.bodyLine : 1;
    const source = front.kind === 'present' ? front.source : undefined;
    if (source)
        readFrontMatter(idea, source, findings, opts);
    idea.body = (0,_render_js__WEBPACK_IMPORTED_MODULE_8__.renderMarkdownPlain)(body);
    const tree = (0,_markdown_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .parseMarkdown */ .Dd)(body);
    const toFile = (p) => ({ line: p.line + bodyLine - 1, column: p.column });
    for (const image of (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .collectImages */ .F1)(tree, (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .definitionsOf */ .mu)(tree), toFile)) {
        (0,_body_js__WEBPACK_IMPORTED_MODULE_3__/* .checkImageUrl */ .Vi)(image, findings);
        idea.media.push(image.alt ? { url: image.url, alt: image.alt } : { url: image.url });
    }
    if (!idea.title && idea.body === '' && idea.media.length === 0) {
        findings.error('empty-idea', { line: bodyLine, column: 1 }, 'This idea has no title, text or media; write something below the front-matter.');
    }
    (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .withoutGuesses */ .m8)(findings, source);
    findings.items.sort((a, b) => a.line - b.line || a.column - b.column);
    return idea;
}
function readFrontMatter(idea, source, findings, opts) {
    const { doc } = source;
    const map = (0,_frontmatter_source_js__WEBPACK_IMPORTED_MODULE_6__/* .frontMatterMap */ .L)(source, findings);
    if (!map)
        return;
    const seen = new Set();
    for (const pair of map.items) {
        const key = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .keyText */ .Pu)(pair);
        if (seen.has(key))
            continue;
        seen.add(key);
        if ((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .isNullNode */ .uc)(doc, pair.value))
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
                findings.error('unknown-key', source.at(pair.key), `Unknown idea front-matter key \`${key}\`.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_11__/* .didYouMean */ .a)(key, _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_KEYS */ .jw)} Accepted keys: ${_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_KEYS */ .jw.join(', ')}.`);
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
        const code = key === 'date' && problem.kind === 'type' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveNode */ .hl)(source.doc, pair.value))
            ? 'invalid-date'
            : 'wrong-type';
        findings.error(code, source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveNode */ .hl)(source.doc, pair.value)), problem.message);
    }
    if (typeof checked.value === 'string')
        idea[key] = checked.value;
}
function readServices(idea, pair, source, findings) {
    const { doc } = source;
    const items = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .asSeqItems */ .__)(doc, pair.value);
    if (!items) {
        findings.error('wrong-type', source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveNode */ .hl)(doc, pair.value)), `\`services\` must be a list, e.g. \`services: [twitter, linkedin]\`; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .describeNode */ .WQ)(doc, pair.value)}.`);
        return;
    }
    for (const item of items) {
        const at = source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveNode */ .hl)(doc, item));
        const written = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOf */ .Je)(doc, item);
        if (written === undefined) {
            findings.error('wrong-type', at, `A service must be a name like \`twitter\`; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .describeNode */ .WQ)(doc, item)}.`);
            continue;
        }
        let service = written;
        const alias = _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEA_FIELDS */ .aB.services.type.aliases[written];
        if (alias) {
            findings.notice('seed-spelling', at, `Buffer spells the service \`${alias}\`; \`${written}\` is accepted, but write \`${alias}\`.`);
            service = alias;
        }
        if (!_buffer_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICES */ .Bg.includes(service)) {
            findings.error('unknown-service', at, `Unknown service \`${written}\`.${(0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_11__/* .didYouMean */ .a)(written, _buffer_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICES */ .Bg)} Services: ${_buffer_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICES */ .Bg.join(', ')}.`);
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
    const value = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_9__/* .toPlain */ .Ul)(source.doc, pair.value);
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

/***/ 2297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ trackedRefs),
/* harmony export */   J8: () => (/* binding */ DELETED_STATUS),
/* harmony export */   Ys: () => (/* binding */ FINAL_STATUSES),
/* harmony export */   h1: () => (/* binding */ WAITING_STATUSES)
/* harmony export */ });
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


/***/ })

};
