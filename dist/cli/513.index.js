export const id = 513;
export const ids = [513];
export const modules = {

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ OrganizationError),
/* harmony export */   OP: () => (/* binding */ resolveChannel),
/* harmony export */   Qw: () => (/* reexport safe */ _posts_service_names_js__WEBPACK_IMPORTED_MODULE_0__.Qw),
/* harmony export */   R7: () => (/* binding */ chooseOrganization),
/* harmony export */   zt: () => (/* binding */ referenceFor)
/* harmony export */ });
/* harmony import */ var _posts_service_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5529);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3180);



/** The reference a user should write for a channel: the shortest one that is unambiguous. */
function referenceFor(channel, channels) {
    const sameService = channels.filter((c) => c.service === channel.service);
    if (sameService.length === 1)
        return channel.service;
    const sameName = sameService.filter((c) => c.name === channel.name);
    return sameName.length === 1 ? `${channel.service}:${channel.name}` : channel.id;
}
function resolveChannel(ref, channels) {
    const byId = channels.find((c) => c.id === ref);
    if (byId)
        return { ok: true, channel: byId };
    const colon = ref.indexOf(':');
    const serviceText = colon === -1 ? ref : ref.slice(0, colon);
    const name = colon === -1 ? undefined : ref.slice(colon + 1).trim();
    const service = (0,_posts_service_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeService */ .z2)(serviceText.trim());
    if (!service) {
        return {
            ok: false,
            message: `Unknown channel "${ref}": not a channel ID of this organization and not a Buffer service.${suggest(ref, channels, channels)} ${candidates(channels)}`,
        };
    }
    const ofService = channels.filter((c) => c.service === service);
    if (ofService.length === 0) {
        return {
            ok: false,
            message: `No ${service} channel is connected to this Buffer organization (reference "${ref}"). ${candidates(channels)}`,
        };
    }
    if (name === undefined) {
        if (ofService.length === 1)
            return { ok: true, channel: ofService[0] };
        return {
            ok: false,
            message: `"${ref}" is ambiguous: the organization has ${ofService.length} ${service} channels. Write one of: ${ofService
                .map((c) => quote(referenceFor(c, channels)))
                .join(', ')}.`,
        };
    }
    const named = ofService.filter((c) => c.name === name || c.displayName === name);
    const folded = named.length > 0 ? named : ofService.filter((c) => c.name.toLowerCase() === name.toLowerCase());
    if (folded.length === 1)
        return { ok: true, channel: folded[0] };
    if (folded.length > 1) {
        return {
            ok: false,
            message: `"${ref}" is ambiguous: several ${service} channels are named "${name}". Use a channel ID: ${folded
                .map((c) => c.id)
                .join(', ')}.`,
        };
    }
    return {
        ok: false,
        message: `Unknown channel "${ref}": no ${service} channel is named "${name}".${suggest(name, ofService, channels)} Write one of: ${ofService
            .map((c) => quote(referenceFor(c, channels)))
            .join(', ')}.`,
    };
}
/**
 * ` Did you mean \`linkedin:Acme Inc\`?` when `written` is plausibly a typo of
 * one of `among`'s names or references; the suggestion is the reference to
 * write. Channel IDs are never candidates: IDs of one organization differ in
 * a character or two, and a near miss must not point at another channel.
 */
function suggest(written, among, channels) {
    const byText = new Map();
    for (const channel of among) {
        const ref = referenceFor(channel, channels);
        for (const text of [ref, channel.name, `${channel.service}:${channel.name}`])
            if (!byText.has(text))
                byText.set(text, ref);
    }
    const match = (0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .p)(written, [...byText.keys()]);
    return match === undefined ? '' : ` Did you mean \`${byText.get(match)}\`?`;
}
function candidates(channels) {
    if (channels.length === 0)
        return 'The organization has no channels.';
    return `Channels you can write: ${channels.map((c) => quote(referenceFor(c, channels))).join(', ')}.`;
}
function quote(ref) {
    return /[:\s]/.test(ref) ? `"${ref}"` : ref;
}
class OrganizationError extends Error {
}
function chooseOrganization(account, organizationId) {
    const orgs = account.organizations;
    if (organizationId) {
        const found = orgs.find((o) => o.id === organizationId);
        if (!found) {
            throw new OrganizationError(`The Buffer account has no organization with ID "${organizationId}" (\`organization-id\`). Organizations: ${describe(orgs)}.`);
        }
        return found;
    }
    if (orgs.length === 1)
        return orgs[0];
    if (orgs.length === 0)
        throw new OrganizationError('The Buffer account has no organization.');
    throw new OrganizationError(`The Buffer account has ${orgs.length} organizations; set \`organization-id\` to one of: ${describe(orgs)}.`);
}
function describe(orgs) {
    return orgs.map((o) => `${o.id} (${o.name})`).join(', ');
}


/***/ }),

/***/ 2102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SINCE: () => (/* binding */ DEFAULT_SINCE),
  MAX_DAYS: () => (/* binding */ MAX_DAYS),
  parseSince: () => (/* binding */ parseSince),
  runReportCommand: () => (/* binding */ runReportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/buffer/client.ts + 6 modules
var buffer_client = __webpack_require__(3314);
// EXTERNAL MODULE: ./src/channels/resolve.ts
var resolve = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/commands/connect.ts
var connect = __webpack_require__(2456);
// EXTERNAL MODULE: ./src/metrics/csv.ts
var csv = __webpack_require__(3577);
// EXTERNAL MODULE: ./src/metrics/buffer-reads.ts
var buffer_reads = __webpack_require__(2299);
// EXTERNAL MODULE: ./src/plan/list-files.ts
var list_files = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/plan/collect.ts + 1 modules
var collect = __webpack_require__(5583);
// EXTERNAL MODULE: ./src/report/metrics-rows.ts
var metrics_rows = __webpack_require__(4213);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
;// CONCATENATED MODULE: ./src/report/metrics-text.ts


/** C0 and C1 controls (escape sequences) and bidirectional overrides (text that reads backwards). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function printable(text) {
    return text.replace(UNPRINTABLE, '');
}
function metricsText(report, opts = {}) {
    const bold = (text) => (opts.color ? `\u001b[1m${text}\u001b[0m` : text);
    const zone = (0,metrics_rows/* zoneOf */.kE)(report);
    const range = `${(0,metrics_rows/* localDay */.u7)(report.since, zone)} to ${(0,metrics_rows/* localDay */.u7)(report.until, zone)} (${zone})`;
    const out = [];
    const counted = report.rows.filter(metrics_rows/* isCounted */.he);
    if (report.rows.length === 0) {
        out.push(`Nothing was sent from ${range}.`);
    }
    else {
        const refreshed = (0,metrics_rows/* latestRefresh */.Rk)(report.rows);
        out.push(`${(0,words/* plural */.LS)(report.rows.length, 'post')} sent on ${(0,words/* plural */.LS)((0,metrics_rows/* channelsOf */.MB)(report.rows).length, 'channel')} from ${range}` +
            (refreshed ? `; Buffer's numbers as of ${(0,metrics_rows/* localMinute */.C2)(refreshed, zone)}.` : '.'));
        if (counted.length === 0) {
            out.push(`Buffer has not counted ${report.rows.length === 1 ? 'it' : 'them'} yet: it refreshes post metrics once a day.`);
        }
        else {
            out.push('', bold('Top posts'), ...topPosts((0,metrics_rows/* rankRows */.I2)(report.rows).slice(0, metrics_rows/* TOP_POSTS */.qC), zone), metrics_rows/* RANKING_RULE */.E5);
            const waiting = report.rows.length - counted.length;
            if (waiting > 0)
                out.push(`${(0,words/* plural */.LS)(waiting, 'post')} sent since Buffer's last refresh ${waiting === 1 ? 'is' : 'are'} not counted yet.`);
        }
    }
    // Channels with nothing sent in the window stay in --json; here they would only be rows of zeros.
    const active = report.totals.filter((t) => t.postCount > 0);
    if (active.length > 0) {
        out.push('', bold("Per channel (Buffer's totals for the window)"), ...totals(active));
        const idle = report.totals.length - active.length;
        if (idle > 0)
            out.push(`${(0,words/* plural */.LS)(idle, 'other channel')} sent nothing in the window.`);
    }
    return `${out.join('\n')}\n`;
}
function topPosts(rows, zone) {
    const columns = (0,metrics_rows/* headlineColumns */._A)(rows);
    return table(['#', 'SENT', 'CHANNEL', ...columns.map((c) => (0,metrics_rows/* metricLabel */.B)(c).toUpperCase()), 'LINK', 'POST'], rows.map((row, i) => [
        String(i + 1),
        (0,metrics_rows/* localMinute */.C2)(row.sentAt, zone) || '—',
        printable(row.channel),
        ...columns.map((type) => (0,metrics_rows/* formatMetric */.gI)(type, row.metrics[type])),
        printable(row.link ?? '—'),
        printable((0,metrics_rows/* excerpt */.Kb)(row.text, 50) || row.file || '—'),
    ]), (i) => i === 0 || (i >= 3 && i < 3 + columns.length));
}
function totals(list) {
    const columns = (0,metrics_rows/* totalsColumns */.Xt)(list);
    const sorted = [...list].sort((a, b) => b.postCount - a.postCount || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
    return table(['CHANNEL', 'POSTS', ...columns.map((c) => (0,metrics_rows/* metricLabel */.B)(c).toUpperCase())], sorted.map((t) => [
        printable(t.channel),
        (0,metrics_rows/* formatMetric */.gI)('postCount', t.postCount),
        ...columns.map((type) => (0,metrics_rows/* formatMetric */.gI)(type, t.metrics[type])),
    ]), (i) => i >= 1);
}
/** Rows under a header, two spaces between columns; `right(i)`: column i holds numbers. */
function table(header, rows, right) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
    return all.map((row) => `  ${row
        .map((v, i) => right(i)
        ? v.padStart(widths[i] + v.length - [...v].length)
        : v.padEnd(widths[i] + v.length - [...v].length))
        .join('  ')
        .trimEnd()}`);
}

// EXTERNAL MODULE: ./src/sync/tracked.ts
var sync_tracked = __webpack_require__(2297);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
;// CONCATENATED MODULE: ./src/cli/report.ts
/**
 * `buffer-gitops report`: post metrics at a desk (issue 15), the job
 * summary's tables as text, the whole MetricsReport with --json, the rows in
 * the metrics file's format with --csv.
 *
 * With BUFFER_API_KEY it reads Buffer: the sent posts of the window with
 * their numbers, and each channel's totals (`aggregatedPostMetrics`); the
 * repository's `buffer:` blocks say which file and channel reference each
 * post belongs to (a post no file tracks is listed with file null). Without
 * a key it reads the metrics file sync wrote, and says that the numbers are
 * as of that sync.
 *
 * The window is whole UTC days, as Buffer's totals count them
 * (AggregatedPostMetricsInput: "UTC midnight of the first calendar day",
 * the last day inclusive): `--since 30d` is today and the 29 days before, so
 * the posts listed and the totals cover the same posts.
 */













const DAY_MS = 86_400_000;
/** Buffer's totals cover at most 365 days ("Date range is capped to 365 days"). */
const MAX_DAYS = 365;
const DEFAULT_SINCE = '30d';
/** A usage mistake: printed as one line, exit 2. */
class ReportUsage extends Error {
}
/**
 * `--since` as the window's first UTC midnight: `30d` (today and the 29 days
 * before), `8w` (56 days), or a date. `now` is the end of the window.
 */
function parseSince(value, now) {
    const example = 'e.g. --since 30d, --since 8w or --since 2026-01-01';
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const count = /^(\d{1,4})([dw])$/.exec(value);
    if (count) {
        const days = Number(count[1]) * (count[2] === 'w' ? 7 : 1);
        if (days === 0)
            throw new ReportUsage(`--since ${value}: the window needs at least one day (${example}).`);
        return new Date(today - (days - 1) * DAY_MS);
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (date) {
        const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
        if (new Date(ms).toISOString().slice(0, 10) !== value)
            throw new ReportUsage(`--since ${value}: not a date in the calendar (${example}).`);
        if (ms > today)
            throw new ReportUsage(`--since ${value}: a date after today; give a day on or before today.`);
        return new Date(ms);
    }
    throw new ReportUsage(`--since takes a number of days or weeks, or a date (YYYY-MM-DD): ${example}; got "${value}".`);
}
async function runReportCommand(settings, flags, io, now = new Date()) {
    const usage = (message) => {
        io.stderr.write(`buffer-gitops: ${message}\n`);
        return commands/* EXIT */.dc.usage;
    };
    if (flags.json && flags.csv)
        return usage('--json and --csv are two formats for stdout; give one.');
    let since;
    try {
        since = parseSince(flags.since ?? DEFAULT_SINCE, now);
    }
    catch (error) {
        if (error instanceof ReportUsage)
            return usage(error.message);
        throw error;
    }
    const window = { since: since.toISOString(), until: now.toISOString() };
    const timezone = settings.timezone ?? 'UTC';
    let report;
    if (settings.apiKey) {
        // Buffer refuses a longer range: say so in the flag's words rather than pass its error on.
        const days = Math.ceil((now.getTime() - since.getTime()) / DAY_MS);
        if (days > MAX_DAYS)
            return usage(`--since ${flags.since}: ${days} days; Buffer's totals cover at most ${MAX_DAYS} days (e.g. --since ${MAX_DAYS}d).`);
        const read = await fromBuffer(settings, flags.channel, window, io);
        if (typeof read === 'string')
            return usage(read);
        report = { ...window, timezone, ...read };
    }
    else {
        const read = await fromMetricsFile(settings, flags.channel, window);
        if ('usage' in read)
            return usage(read.usage);
        if ('problem' in read) {
            io.stderr.write(`buffer-gitops: ${read.problem}\n`);
            return commands/* EXIT */.dc.problems;
        }
        report = { ...window, timezone, rows: read.rows, totals: [] };
        const refreshed = (0,metrics_rows/* latestRefresh */.Rk)(read.rows);
        io.stderr.write(`No BUFFER_API_KEY: the numbers are from ${settings.metricsFile}, as of the last sync` +
            (refreshed ? ` (Buffer refreshed them ${(0,metrics_rows/* localMinute */.C2)(refreshed, timezone)} ${timezone})` : '') +
            '; per-channel totals come from Buffer and need the key.\n');
    }
    if (flags.json)
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (flags.csv)
        io.stdout.write((0,csv/* renderMetricsCsv */.Gh)(report.rows));
    else {
        const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
        io.stdout.write(metricsText(report, { color }));
    }
    return commands/* EXIT */.dc.ok;
}
/** The rows and totals as Buffer has them now; a string is a usage problem (an unknown --channel). */
async function fromBuffer(settings, channelRef, window, io) {
    const client = new buffer_client/* BufferClient */.It({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, maxWaitMs: settings.maxWaitMs });
    const { organization, channels } = await (0,connect/* connect */.N)(client, settings.organizationId);
    let only = channels;
    if (channelRef !== undefined) {
        const resolved = (0,resolve/* resolveChannel */.OP)(channelRef, channels);
        if (!resolved.ok)
            return `--channel ${channelRef}: ${resolved.message}`;
        only = [resolved.channel];
    }
    const posts = await (0,buffer_reads/* readSentPosts */.ad)(client, {
        organizationId: organization.id,
        ...window,
        ...(channelRef !== undefined ? { channelIds: only.map((c) => c.id) } : {}),
    });
    const totals = await (0,buffer_reads/* readChannelTotals */.J$)(client, {
        organizationId: organization.id,
        channels: only,
        allChannels: channels,
        ...window,
        onNote: (note) => io.stderr.write(`${note}\n`),
    });
    const tracked = new Map();
    for (const ref of (0,sync_tracked/* trackedRefs */.H)(await readPostFiles(settings)))
        if (!tracked.has(ref.entry.id))
            tracked.set(ref.entry.id, ref);
    const rows = posts.map((post) => rowOf(post, tracked.get(post.id), channels)).sort(newestFirst);
    return { rows, totals };
}
/** One post as a row: the file and reference of the `buffer:` entry that tracks it, else Buffer's channel reference. */
function rowOf(post, tracked, channels) {
    const channel = channels.find((c) => c.id === post.channelId);
    const service = post.channelService ?? channel?.service;
    return {
        file: tracked?.file ?? null,
        channel: tracked?.ref ?? (channel ? (0,resolve/* referenceFor */.zt)(channel, channels) : post.channelId),
        ...(service ? { service } : {}),
        postId: post.id,
        sentAt: post.sentAt ?? null,
        link: post.externalLink ?? null,
        metricsUpdatedAt: post.metricsUpdatedAt ?? null,
        metrics: Object.fromEntries((post.metrics ?? []).map((m) => [m.type, m.value])),
        text: post.text,
    };
}
/** The rows of the metrics file sent in the window, with each post's text from its file. */
async function fromMetricsFile(settings, channelRef, window) {
    const path = settings.metricsFile;
    if (path === null)
        return {
            usage: 'no BUFFER_API_KEY, and metrics-file is none, so there is no metrics file to read: set BUFFER_API_KEY to read Buffer.',
        };
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(settings.workspace, path), 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        return {
            usage: `no BUFFER_API_KEY, and ${path} does not exist: sync writes it once Buffer has numbers for a sent post (or give --metrics-file PATH). Set BUFFER_API_KEY to read Buffer instead.`,
        };
    }
    let all;
    try {
        all = (0,csv/* parseMetricsCsv */.Xq)(text).rows.map(({ line: _line, ...row }) => row);
    }
    catch (error) {
        if (error instanceof csv/* MetricsCsvError */.gN)
            return { problem: `${path}:${error.line}: ${error.message}. Fix the line, or run sync to write the file again.` };
        throw error;
    }
    if (channelRef !== undefined && !all.some((row) => row.channel === channelRef)) {
        const names = [...new Set(all.map((row) => row.channel))].sort();
        return {
            usage: `--channel ${channelRef}: no row of ${path} names that channel${names.length ? `; it names ${names.map((n) => `"${n}"`).join(', ')}` : ' (it has no rows)'}.`,
        };
    }
    const [from, to] = [Date.parse(window.since), Date.parse(window.until)];
    const rows = all
        .filter((row) => channelRef === undefined || row.channel === channelRef)
        .filter((row) => row.sentAt !== null && Date.parse(row.sentAt) >= from && Date.parse(row.sentAt) <= to)
        .sort(newestFirst);
    // The file keeps no text; the post files do (the excerpt a person recognises).
    const files = new Map();
    for (const row of rows) {
        if (row.file === null)
            continue;
        if (!files.has(row.file))
            files.set(row.file, await (0,collect/* readPost */.Vz)(row.file, { workspace: settings.workspace, timezone: settings.timezone }).catch(() => undefined));
        const body = files.get(row.file)?.body.trim();
        if (body)
            row.text = body;
    }
    return { rows };
}
async function readPostFiles(settings) {
    const paths = await (0,list_files/* listMarkdownFiles */.p)(settings.workspace, settings.postsDir);
    const posts = [];
    for (const path of paths)
        posts.push(await (0,collect/* readPost */.Vz)(path.replace(/^\.\//, ''), { workspace: settings.workspace, timezone: settings.timezone }));
    return posts;
}
function newestFirst(a, b) {
    return ((Date.parse(b.sentAt ?? '') || 0) - (Date.parse(a.sentAt ?? '') || 0) ||
        (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
}


/***/ }),

/***/ 2456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ connect)
/* harmony export */ });
/* harmony import */ var _channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5352);

async function connect(client, organizationId, recentSince) {
    if (recentSince) {
        const since = recentSince.toISOString();
        const account = organizationId ? undefined : await client.account();
        const organization = account ? (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(account, undefined) : undefined;
        const result = await client.connect(organizationId ?? organization.id, since, Boolean(organizationId));
        return {
            organization: organization ?? (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(result.account, organizationId),
            channels: result.channels,
            recentPosts: result.recentComplete ? result.recentPosts : undefined,
        };
    }
    if (organizationId) {
        const { account, channels } = await client.accountAndChannels(organizationId);
        return { organization: (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(account, organizationId), channels };
    }
    const account = await client.account();
    const organization = (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseOrganization */ .R7)(account, undefined);
    return { organization, channels: await client.channels(organization.id) };
}


/***/ }),

/***/ 4213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   C2: () => (/* binding */ localMinute),
/* harmony export */   E5: () => (/* binding */ RANKING_RULE),
/* harmony export */   I2: () => (/* binding */ rankRows),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   MB: () => (/* binding */ channelsOf),
/* harmony export */   Rk: () => (/* binding */ latestRefresh),
/* harmony export */   Xt: () => (/* binding */ totalsColumns),
/* harmony export */   _A: () => (/* binding */ headlineColumns),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   he: () => (/* binding */ isCounted),
/* harmony export */   kE: () => (/* binding */ zoneOf),
/* harmony export */   qC: () => (/* binding */ TOP_POSTS),
/* harmony export */   so: () => (/* binding */ windowDays),
/* harmony export */   u7: () => (/* binding */ localDay)
/* harmony export */ });
/* unused harmony exports ENGAGEMENT_METRICS, HEADLINE_METRICS, engagement */
/* harmony import */ var _time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4383);
/* harmony import */ var _text_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1670);


/** How many posts "top posts" lists. */
const TOP_POSTS = 10;
/** The metrics that count as people engaging with a post: summed for the ranking. */
const ENGAGEMENT_METRICS = ['reactions', 'comments', 'reposts', 'shares'];
/**
 * The ranking rule, in the words the reports print under the table: the
 * engagement sum first (every network reports some of these, so posts of
 * different networks compare), impressions to break ties (only some networks
 * report them, so they cannot lead), then the newer post.
 */
const RANKING_RULE = 'Ranked by reactions + comments + reposts + shares, as Buffer counts them; ties by impressions, then the newer post.';
/** Per-post columns, in this order, each shown when at least one listed post has it. */
const HEADLINE_METRICS = ['reactions', 'comments', 'reposts', 'shares', 'impressions'];
/** Column order of per-channel totals: the headline metrics first, then the rest as Buffer names them, by name. */
const TOTALS_ORDER = [...HEADLINE_METRICS, 'reach', 'views', 'clicks', 'saves', 'engagementRate'];
/** Buffer's metric types whose unit is `percentage` (reference: PostMetricType); every other is a count. */
const PERCENTAGES = new Set(['engagementRate']);
const LABELS = {
    postCount: 'Posts',
    engagementRate: 'Eng. rate',
    totalTimeWatched: 'Minutes watched',
    link_clicks: 'Link clicks',
};
/** A column heading for a metric type: `impressions` → `Impressions`. */
function metricLabel(type) {
    return (LABELS[type] ??
        `${type[0].toUpperCase()}${type
            .slice(1)
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase()}`);
}
/** A value as people read it: 12,400; 3.2%; and `—` for a metric Buffer did not send. */
function formatMetric(type, value) {
    if (value === undefined)
        return '—';
    if (PERCENTAGES.has(type))
        return `${Number(value.toFixed(1))}%`;
    return (0,_text_words_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(Number.isInteger(value) ? value : Number(value.toFixed(1)));
}
/** True once Buffer's daily job has counted the post (before that its numbers mean nothing). */
function isCounted(row) {
    return row.metricsUpdatedAt !== null;
}
function engagement(row) {
    return ENGAGEMENT_METRICS.reduce((sum, type) => sum + (row.metrics[type] ?? 0), 0);
}
/** Every counted row, best first by RANKING_RULE (the post ID last, so equal posts keep one order). */
function rankRows(rows) {
    const time = (row) => (row.sentAt ? Date.parse(row.sentAt) : 0) || 0;
    return rows
        .filter(isCounted)
        .slice()
        .sort((a, b) => engagement(b) - engagement(a) ||
        (b.metrics.impressions ?? -1) - (a.metrics.impressions ?? -1) ||
        time(b) - time(a) ||
        (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
}
/** The headline metrics at least one of `rows` has, in HEADLINE_METRICS order. */
function headlineColumns(rows) {
    return HEADLINE_METRICS.filter((type) => rows.some((row) => row.metrics[type] !== undefined));
}
/** The totals' metric columns (postCount has its own): every type any channel has, headline ones first. */
function totalsColumns(totals) {
    const present = new Set(totals.flatMap((t) => Object.keys(t.metrics)));
    present.delete('postCount');
    const known = TOTALS_ORDER.filter((type) => present.has(type));
    const rest = [...present].filter((type) => !TOTALS_ORDER.includes(type)).sort();
    return [...known, ...rest];
}
let graphemes;
/**
 * A post's text as one line of at most `max` characters (graphemes: an emoji
 * or an accented letter is never cut in half), whitespace runs (line breaks
 * too) as one space, `…` where it was cut. Plain text: each surface escapes it.
 */
function excerpt(text, max = 60) {
    const line = (text ?? '').replace(/\s+/g, ' ').trim();
    if (line.length <= max)
        return line;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const parts = [...graphemes.segment(line)].map((s) => s.segment);
    if (parts.length <= max)
        return line;
    return `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
/** The zone a report shows dates in: its own, or UTC when that is not a zone this runtime knows. */
function zoneOf(report) {
    return report.timezone && (0,_time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq)(report.timezone) ? report.timezone : 'UTC';
}
const pad = (n) => String(n).padStart(2, '0');
/** `2026-11-03` in `timeZone`. */
function localDay(iso, timeZone) {
    const w = (0,_time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toWallTime */ .pY)(Date.parse(iso), timeZone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}
/** `2026-11-03 09:00` in `timeZone`; empty for a missing or unreadable instant. */
function localMinute(iso, timeZone) {
    if (!iso || Number.isNaN(Date.parse(iso)))
        return '';
    const w = (0,_time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toWallTime */ .pY)(Date.parse(iso), timeZone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}
/** The latest `metricsUpdatedAt` of the rows: how fresh the numbers are. */
function latestRefresh(rows) {
    let latest;
    for (const row of rows)
        if (row.metricsUpdatedAt && (!latest || Date.parse(row.metricsUpdatedAt) > Date.parse(latest)))
            latest = row.metricsUpdatedAt;
    return latest;
}
/**
 * The days the window touches, as the reports name it ("the last 30 days"):
 * 30 × 24 h, or today's part-day and the 29 whole days before it (the CLI's
 * `--since 30d`), both read 30.
 */
function windowDays(report) {
    return Math.max(1, Math.ceil((Date.parse(report.until) - Date.parse(report.since)) / 86_400_000 - 0.001));
}
/** Channels of the rows, in first-seen order. */
function channelsOf(rows) {
    return [...new Set(rows.map((row) => row.channel))];
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


/***/ })

};
