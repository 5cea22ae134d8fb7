export const id = 900;
export const ids = [900];
export const modules = {

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Er: () => (/* binding */ OrganizationError),
/* harmony export */   OP: () => (/* binding */ resolveChannel),
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

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReportCommand: () => (/* binding */ runReportCommand)
});

// EXTERNAL MODULE: ./src/commands/context.ts + 7 modules
var context = __webpack_require__(1082);
// EXTERNAL MODULE: ./src/channels/resolve.ts
var resolve = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/commands/connect.ts
var connect = __webpack_require__(2456);
// EXTERNAL MODULE: ./src/metrics/csv.ts
var csv = __webpack_require__(3577);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/posts/read-post-file.ts
var read_post_file = __webpack_require__(7805);
// EXTERNAL MODULE: ./src/metrics/buffer-reads.ts
var buffer_reads = __webpack_require__(2299);
// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(2573);
// EXTERNAL MODULE: ./src/text/compare.ts
var compare = __webpack_require__(9200);
;// CONCATENATED MODULE: ./src/metrics/report-data.ts
/**
 * The rows and totals of the CLI's `report` (issue 15), from either source:
 * Buffer (the sent posts of the window with their numbers, and each
 * channel's totals in one `aggregatedPostMetrics` request), or, without a
 * key, the metrics file the last sync wrote. Gathering only: the CLI words
 * what goes wrong in its flags.
 */








/**
 * The window's sent posts and the channels' totals as Buffer has them now.
 * `only`: one channel (default: every channel). `tracked`: the `buffer:`
 * entries of the post files, which name each post's file and reference (a
 * post no file tracks is listed with file null and Buffer's reference).
 */
async function readReportFromBuffer(client, opts) {
    const { organizationId, channels, only, window } = opts;
    const posts = await (0,buffer_reads/* readSentPosts */.a)(client, {
        organizationId,
        ...window,
        ...(only ? { channelIds: [only.id] } : {}),
    });
    const totals = await (0,buffer_reads/* readChannelTotals */.J)(client, {
        organizationId,
        channels: only ? [only] : channels,
        allChannels: channels,
        ...window,
        onNote: opts.onNote,
    });
    const byPost = new Map();
    for (const ref of opts.tracked)
        if (!byPost.has(ref.postId))
            byPost.set(ref.postId, ref);
    const rows = posts.map((post) => rowOf(post, byPost.get(post.id), channels)).sort(newestFirst);
    return { rows, totals };
}
/** One post as a row: the file and reference of the `buffer:` entry that tracks it, else Buffer's channel reference. */
function rowOf(post, tracked, channels) {
    const channel = channels.find((c) => c.id === post.channelId);
    const service = post.channelService ?? channel?.service;
    return {
        file: tracked?.file ?? null,
        channel: tracked?.channel ?? (channel ? (0,resolve/* referenceFor */.zt)(channel, channels) : post.channelId),
        ...(service ? { service } : {}),
        postId: post.id,
        sentAt: post.sentAt ?? null,
        link: post.externalLink ?? null,
        metricsUpdatedAt: post.metricsUpdatedAt ?? null,
        metrics: Object.fromEntries((post.metrics ?? []).map((m) => [m.type, m.value])),
        text: post.text,
    };
}
/**
 * The rows of the metrics file (`path`, from the repository's top folder)
 * sent in the window (only `channel`'s when given), newest first, each with
 * its post file's text: the file keeps none, and the excerpt is what a person
 * recognises. `channels`: every channel the file names, so an unknown one can
 * be told apart from one with nothing in the window. Undefined when the file
 * does not exist; throws MetricsCsvError for one that cannot be read back.
 */
async function readReportFromFile(workspace, path, opts) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, path), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const all = (0,csv/* parseMetricsCsv */.Xq)(text).rows.map(({ line: _line, ...row }) => row);
    const latest = Math.max(...all.map((row) => Date.parse(row.metricsUpdatedAt ?? '')).filter(Number.isFinite));
    const window = opts.window(Number.isFinite(latest) ? new Date(latest) : undefined);
    const rows = all
        .filter((row) => (opts.channel === undefined || row.channel === opts.channel) && (0,metrics_window/* inWindow */.gO)(row.sentAt, window))
        .sort(newestFirst);
    const bodies = new Map();
    for (const row of rows) {
        if (row.file === null)
            continue;
        if (!bodies.has(row.file))
            bodies.set(row.file, postBody(workspace, row.file));
        const body = bodies.get(row.file);
        if (body)
            row.text = body;
    }
    return { rows, channels: [...new Set(all.map((row) => row.channel))].sort(), window };
}
/** A post file's text; undefined for a file that is gone (renamed since the sync wrote its row). */
function postBody(workspace, file) {
    try {
        return (0,read_post_file/* readPostFile */.h2)(workspace, file).body.trim();
    }
    catch (error) {
        // Gone or unreadable: the row stays without its text. Anything else is a bug to see, not a blank.
        if (error.code !== undefined)
            return undefined;
        throw error;
    }
}
function newestFirst(a, b) {
    return (Date.parse(b.sentAt ?? '') || 0) - (Date.parse(a.sentAt ?? '') || 0) || (0,compare/* compareCodeUnits */.U)(a.postId, b.postId);
}

// EXTERNAL MODULE: ./src/time/days.ts
var time_days = __webpack_require__(8174);
// EXTERNAL MODULE: ./src/plan/collect.ts + 1 modules
var collect = __webpack_require__(5583);
// EXTERNAL MODULE: ./src/report/metrics-rows.ts
var metrics_rows = __webpack_require__(4213);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/text/excerpt.ts
var excerpt = __webpack_require__(214);
;// CONCATENATED MODULE: ./src/report/metrics-text.ts



/** C0 and C1 controls (escape sequences) and bidirectional overrides (text that reads backwards). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function printable(text) {
    return text.replace(UNPRINTABLE, '');
}
function metricsText(report, opts = {}) {
    const bold = (text) => (opts.color ? `\u001b[1m${text}\u001b[0m` : text);
    const view = (0,metrics_rows/* metricsView */.b_)(report);
    const out = [];
    if (!view.sent) {
        out.push(`Nothing was sent from ${view.range}.`);
    }
    else {
        out.push(`${view.sent}` + (view.refreshed ? `; Buffer's numbers as of ${view.refreshed}.` : '.'));
        if (view.top.length === 0) {
            out.push(`Buffer has not counted ${report.rows.length === 1 ? 'it' : 'them'} yet: it refreshes post metrics once a day.`);
        }
        else {
            out.push('', bold('Top posts'), ...topPosts(view.top, view.zone), metrics_rows/* RANKING_RULE */.E5);
            if (view.waiting)
                out.push(view.waiting);
        }
    }
    // Channels with nothing sent in the window stay in --json; here they would only be rows of zeros.
    if (view.totals.length > 0) {
        out.push('', bold("Per channel (Buffer's totals for the window)"), ...totals(view.totals));
        if (view.idle > 0)
            out.push(`${(0,words/* plural */.LS)(view.idle, 'other channel')} sent nothing in the window.`);
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
        printable((0,excerpt/* excerpt */.K)(row.text, 50) || row.file || '—'),
    ]), (i) => i === 0 || (i >= 3 && i < 3 + columns.length));
}
/** `sorted`: most posts first (metricsView). */
function totals(sorted) {
    const columns = (0,metrics_rows/* totalsColumns */.Xt)(sorted);
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
var tracked = __webpack_require__(2297);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
;// CONCATENATED MODULE: ./src/cli/report.ts
/**
 * `buffer-gitops report`: post metrics at a desk (issue 15), the job
 * summary's tables as text, the whole MetricsReport with --json, the rows in
 * the metrics file's format with --csv.
 *
 * The data comes from metrics/report-data.ts; this file holds the flags,
 * the output and the exit codes. With BUFFER_API_KEY it reads Buffer: the sent posts of the window with
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












/** Buffer's totals cover at most 365 days ("Date range is capped to 365 days"). */
const MAX_DAYS = 365;
/** The sync's window length, in the flag's words. */
const DEFAULT_SINCE = `${metrics_window/* METRICS_WINDOW_DAYS */.PA}d`;
/** A usage mistake: printed as one line, exit 2. */
class ReportUsage extends Error {
}
const SINCE_EXAMPLE = 'e.g. --since 30d, --since 8w or --since 2026-01-01';
/** `--since` as written: `30d` (today and the 29 days before), `8w` (56 days), or a date. */
function parseSince(value) {
    const count = /^(\d{1,4})([dw])$/.exec(value);
    if (count) {
        const days = Number(count[1]) * (count[2] === 'w' ? 7 : 1);
        if (days === 0)
            throw new ReportUsage(`--since ${value}: the window needs at least one day (${SINCE_EXAMPLE}).`);
        return { days };
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (date) {
        const day = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
        if (new Date(day).toISOString().slice(0, 10) !== value)
            throw new ReportUsage(`--since ${value}: not a date in the calendar (${SINCE_EXAMPLE}).`);
        return { day };
    }
    throw new ReportUsage(`--since takes a number of days or weeks, or a date (YYYY-MM-DD): ${SINCE_EXAMPLE}; got "${value}".`);
}
/** The window from `--since` to `now`; a first day after today is a usage mistake. */
function windowOf(since, value, now) {
    if ('days' in since)
        return (0,metrics_window/* daysWindow */.q7)(since.days, now);
    if (since.day > (0,time_days/* utcDayStart */.lZ)(now.getTime()))
        throw new ReportUsage(`--since ${value}: a date after today; give a day on or before today.`);
    return { since: new Date(since.day).toISOString(), until: now.toISOString() };
}
async function runReportCommand(settings, flags, io, now = new Date()) {
    const usage = (message) => {
        io.stderr.write(`buffer-gitops: ${message}\n`);
        return commands/* EXIT */.dc.usage;
    };
    if (flags.json && flags.csv)
        return usage('--json and --csv are two formats for stdout; give one.');
    const sinceText = flags.since ?? DEFAULT_SINCE;
    let since;
    try {
        since = parseSince(sinceText);
    }
    catch (error) {
        if (error instanceof ReportUsage)
            return usage(error.message);
        throw error;
    }
    const timezone = settings.timezone ?? 'UTC';
    let report;
    if (settings.apiKey) {
        const read = await fromBuffer(settings, flags.channel, { text: sinceText, at: (clock) => windowOf(since, sinceText, clock) }, now, io);
        if (typeof read === 'string')
            return usage(read);
        report = { ...read.window, timezone, rows: read.rows, totals: read.totals };
    }
    else {
        const path = settings.metricsFile;
        if (path === null)
            return usage('no BUFFER_API_KEY, and metrics-file is none, so there is no metrics file to read: set BUFFER_API_KEY to read Buffer.');
        let read;
        try {
            read = await readReportFromFile(settings.workspace, path, {
                // The sync that wrote the file saw Buffer's clock: its latest refresh is a lower bound for now.
                window: (latest) => windowOf(since, sinceText, (0,time_days/* laterOf */.eG)(now, latest)),
                channel: flags.channel,
            });
        }
        catch (error) {
            if (error instanceof ReportUsage)
                return usage(error.message);
            if (!(error instanceof csv/* MetricsCsvError */.gN))
                throw error;
            io.stderr.write(`buffer-gitops: ${path}:${error.line}: ${error.message}. Fix the line, or run sync to write the file again.\n`);
            return commands/* EXIT */.dc.problems;
        }
        if (read === undefined)
            return usage(`no BUFFER_API_KEY, and ${path} does not exist: sync writes it once Buffer has numbers for a sent post (or give --metrics-file PATH). Set BUFFER_API_KEY to read Buffer instead.`);
        if (flags.channel !== undefined && !read.channels.includes(flags.channel)) {
            const names = read.channels;
            return usage(`--channel ${flags.channel}: no row of ${path} names that channel${names.length ? `; it names ${names.map((n) => `"${n}"`).join(', ')}` : ' (it has no rows)'}.`);
        }
        report = { ...read.window, timezone, rows: read.rows, totals: [] };
        const refreshed = (0,metrics_rows/* latestRefresh */.Rk)(read.rows);
        io.stderr.write(`No BUFFER_API_KEY: the numbers are from ${path}, as of the last sync` +
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
/**
 * The window, rows and totals as Buffer has them now; a string is a usage
 * problem (an unknown --channel, a window Buffer refuses). The window ends at
 * the later of this machine's clock and Buffer's (its answer's Date header).
 */
async function fromBuffer(settings, channelRef, since, now, io) {
    const client = (0,context/* bufferClient */.kN)({ ...settings, apiKey: settings.apiKey });
    const { organization, channels } = await (0,connect/* connect */.N)(client, settings.organizationId);
    let window;
    try {
        window = since.at((0,time_days/* laterOf */.eG)(now, client.serverTime));
    }
    catch (error) {
        if (error instanceof ReportUsage)
            return error.message;
        throw error;
    }
    // Buffer refuses a longer range: say so in the flag's words rather than pass its error on.
    const days = (0,metrics_window/* windowDays */.so)(window);
    if (days > MAX_DAYS)
        return `--since ${since.text}: ${days} days; Buffer's totals cover at most ${MAX_DAYS} days (e.g. --since ${MAX_DAYS}d).`;
    let only;
    if (channelRef !== undefined) {
        const resolved = (0,resolve/* resolveChannel */.OP)(channelRef, channels);
        if (!resolved.ok)
            return `--channel ${channelRef}: ${resolved.message}`;
        only = resolved.channel;
    }
    const read = await readReportFromBuffer(client, {
        organizationId: organization.id,
        channels,
        only,
        window,
        tracked: await trackedPosts(settings),
        onNote: (note) => io.stderr.write(`${note}\n`),
    });
    return { window, ...read };
}
/** The posts the repository's files track, as their `buffer:` blocks name them: the files sync reads, read as sync reads them. */
async function trackedPosts(settings) {
    const collected = await (0,collect/* collectFiles */.C0)(undefined, {
        workspace: settings.workspace,
        postsDir: settings.postsDir,
        ideasDir: settings.ideasDir,
        timezone: settings.timezone,
    });
    const posts = collected.posts.map((c) => c.current).filter((p) => Boolean(p));
    return (0,tracked/* trackedRefs */.H)(posts).map((t) => ({ file: t.file, channel: t.ref, postId: t.entry.id }));
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
/* harmony export */   Rk: () => (/* binding */ latestRefresh),
/* harmony export */   Xt: () => (/* binding */ totalsColumns),
/* harmony export */   _A: () => (/* binding */ headlineColumns),
/* harmony export */   b_: () => (/* binding */ metricsView),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   he: () => (/* binding */ isCounted),
/* harmony export */   kE: () => (/* binding */ zoneOf)
/* harmony export */ });
/* harmony import */ var _time_wall_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4383);
/* harmony import */ var _text_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1670);
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9200);



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
        (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .U)(a.postId, b.postId));
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
/** Channels of the rows, in first-seen order. */
function channelsOf(rows) {
    return [...new Set(rows.map((row) => row.channel))];
}
function metricsView(report) {
    const zone = zoneOf(report);
    const range = `${localDay(report.since, zone)} to ${localDay(report.until, zone)} (${zone})`;
    const top = rankRows(report.rows).slice(0, TOP_POSTS);
    const waiting = report.rows.filter((row) => !isCounted(row)).length;
    const refreshed = latestRefresh(report.rows);
    const totals = report.totals
        .filter((t) => t.postCount > 0)
        .sort((a, b) => b.postCount - a.postCount || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .U)(a.channel, b.channel));
    return {
        zone,
        range,
        ...(report.rows.length > 0
            ? {
                sent: `${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.rows.length, 'post')} sent on ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(channelsOf(report.rows).length, 'channel')} from ${range}`,
            }
            : {}),
        ...(refreshed ? { refreshed: localMinute(refreshed, zone) } : {}),
        top,
        ...(top.length > 0 && waiting > 0
            ? {
                waiting: `${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(waiting, 'post')} sent since Buffer's last refresh ${waiting === 1 ? 'is' : 'are'} not counted yet.`,
            }
            : {}),
        totals,
        idle: report.totals.length - totals.length,
    };
}


/***/ }),

/***/ 2373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ graphemes)
/* harmony export */ });
/**
 * Grapheme segmentation (user-perceived characters), one Segmenter for the
 * process, created on first use: it loads ICU's break rules (about 10 ms at
 * start-up), which most runs never need.
 */
let segmenter;
function graphemes(text) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return segmenter.segment(text);
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
