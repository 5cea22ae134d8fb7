export const id = 742;
export const ids = [742];
export const modules = {

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

/***/ 2742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_TOTALS: () => (/* binding */ MAX_TOTALS),
  metricsSummaryMarkdown: () => (/* binding */ metricsSummaryMarkdown)
});

// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(2573);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/time/days.ts
var days = __webpack_require__(8174);
// EXTERNAL MODULE: ./src/time/wall-time.ts
var wall_time = __webpack_require__(4383);
// EXTERNAL MODULE: ./src/text/excerpt.ts
var excerpt = __webpack_require__(214);
// EXTERNAL MODULE: ./src/text/compare.ts
var compare = __webpack_require__(9200);
;// CONCATENATED MODULE: ./src/report/metrics-rows.ts



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
    return (0,words/* formatNumber */.ZV)(Number.isInteger(value) ? value : Number(value.toFixed(1)));
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
        (0,compare/* compareCodeUnits */.U)(a.postId, b.postId));
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
    return report.timezone && (0,wall_time/* isValidTimeZone */.Aq)(report.timezone) ? report.timezone : 'UTC';
}
const pad = (n) => String(n).padStart(2, '0');
/** `2026-11-03` in `timeZone`. */
function localDay(iso, timeZone) {
    const w = (0,wall_time/* toWallTime */.pY)(Date.parse(iso), timeZone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}
/** `2026-11-03 09:00` in `timeZone`; empty for a missing or unreadable instant. */
function localMinute(iso, timeZone) {
    if (!iso || Number.isNaN(Date.parse(iso)))
        return '';
    const w = (0,wall_time/* toWallTime */.pY)(Date.parse(iso), timeZone);
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
        .sort((a, b) => b.postCount - a.postCount || (0,compare/* compareCodeUnits */.U)(a.channel, b.channel));
    return {
        zone,
        range,
        ...(report.rows.length > 0
            ? {
                sent: `${(0,words/* plural */.LS)(report.rows.length, 'post')} sent on ${(0,words/* plural */.LS)(channelsOf(report.rows).length, 'channel')} from ${range}`,
            }
            : {}),
        ...(refreshed ? { refreshed: localMinute(refreshed, zone) } : {}),
        top,
        ...(top.length > 0 && waiting > 0
            ? {
                waiting: `${(0,words/* plural */.LS)(waiting, 'post')} sent since Buffer's last refresh ${waiting === 1 ? 'is' : 'are'} not counted yet.`,
            }
            : {}),
        totals,
        idle: report.totals.length - totals.length,
    };
}

;// CONCATENATED MODULE: ./src/report/metrics-chart.ts





/** Line colours, each with the emoji square the text legend shows for it (no black or white: one theme hides each). */
const PALETTE = [
    { color: '#2563eb', square: '🟦' },
    { color: '#ea580c', square: '🟧' },
    { color: '#16a34a', square: '🟩' },
    { color: '#dc2626', square: '🟥' },
    { color: '#9333ea', square: '🟪' },
    { color: '#92400e', square: '🟫' },
    { color: '#ca8a04', square: '🟨' },
];
/** A year of weeks: 365 days touch at most 54 Monday weeks (Buffer's totals stop at 365 days); a longer window charts its last 54. */
const MAX_WEEKS = 54;
const LABEL_LENGTH = 40;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The local calendar day of an instant, as days since 1970-01-01. */
function dayNumber(epochMs, timeZone) {
    const w = (0,wall_time/* toWallTime */.pY)(epochMs, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day) / days/* DAY_MS */.sO;
}
/** The Monday on or before a day number (1970-01-01 was a Thursday). */
function mondayOf(day) {
    return day - ((day + 3) % 7);
}
function isoDay(day) {
    return new Date(day * days/* DAY_MS */.sO).toISOString().slice(0, 10);
}
/**
 * The chart of `report`'s counted posts, or undefined when none is counted yet
 * (nothing to draw).
 */
function weeklyChart(report) {
    const zone = zoneOf(report);
    const counted = report.rows.filter((row) => isCounted(row) && row.sentAt && !Number.isNaN(Date.parse(row.sentAt)));
    if (counted.length === 0)
        return undefined;
    const metric = counted.every((row) => row.metrics.impressions !== undefined) ? 'impressions' : 'reactions';
    const first = mondayOf(dayNumber(Date.parse(report.since), zone));
    const last = mondayOf(dayNumber(Date.parse(report.until), zone));
    const allWeeks = Math.max(1, Math.floor((last - first) / 7) + 1);
    const weekCount = Math.min(allWeeks, MAX_WEEKS);
    const start = last - (weekCount - 1) * 7;
    const weeks = Array.from({ length: weekCount }, (_, i) => isoDay(start + i * 7));
    const byChannel = new Map();
    for (const row of counted) {
        const week = Math.floor((mondayOf(dayNumber(Date.parse(row.sentAt), zone)) - start) / 7);
        if (week < 0 || week >= weekCount)
            continue;
        const values = byChannel.get(row.channel) ?? new Array(weekCount).fill(0);
        values[week] += row.metrics[metric] ?? 0;
        byChannel.set(row.channel, values);
    }
    // The largest channels get a line; ties by reference, so the colours stay put between runs.
    const total = (values) => values.reduce((a, b) => a + b, 0);
    const ranked = [...byChannel].sort(([a, va], [b, vb]) => total(vb) - total(va) || (0,compare/* compareCodeUnits */.U)(a, b));
    const series = ranked.slice(0, PALETTE.length).map(([channel, values], i) => ({
        channel,
        values: values.map((v) => Number(v.toFixed(2))),
        ...PALETTE[i],
    }));
    if (series.length === 0)
        return undefined;
    const omitted = ranked.slice(PALETTE.length).map(([channel]) => channel);
    const spansYears = weeks[0].slice(0, 4) !== weeks[weeks.length - 1].slice(0, 4);
    const weekLabel = (day) => spansYears ? day : `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
    const label = metricLabel(metric);
    const init = { themeVariables: { xyChart: { plotColorPalette: series.map((s) => s.color).join(', ') } } };
    const mermaid = [
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        `  title "${chartLabel(`Weekly ${metric} per channel`)}"`,
        `  x-axis "${chartLabel(`Week from Monday (${zone})`)}" [${weeks.map((w) => `"${weekLabel(w)}"`).join(', ')}]`,
        `  y-axis "${chartLabel(label)}"`,
        ...series.map((s) => `  line "${chartLabel(s.channel)}" [${s.values.join(', ')}]`),
    ].join('\n');
    return { metric, weeks, series, omitted, weeksOmitted: allWeeks - weekCount, mermaid };
}
/**
 * Text safe inside a Mermaid string in a Markdown fence: no `"` (Mermaid
 * strings have no escape; it becomes `'`), no backtick (a fence or Mermaid's
 * Markdown strings), no `%%` (a directive or comment), no `<`/`>` (Mermaid
 * rewrites tag-like text before parsing), no line breaks or control
 * characters; at most 40 characters (cut as excerpt cuts); never empty.
 */
function chartLabel(text) {
    const safe = text
        .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/%+/g, '%')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
    return (0,excerpt/* excerpt */.K)(safe, LABEL_LENGTH) || '(no name)';
}

// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
;// CONCATENATED MODULE: ./src/report/metrics-summary.ts






/** Channels listed in the totals table; an organization with more has the rest counted in a line. */
const MAX_TOTALS = 50;
/**
 * Text from outside (post text, channel names) as plain text on one line (a
 * table cell, the chart's legend): whitespace runs (a lone CR too) as one
 * space, Markdown's emphasis, code, link, mention and reference characters
 * escaped, entities kept literal, then `cell`'s pipes and `<`.
 */
function markdownText(text) {
    return (0,run_report/* cell */.Hn)(text
        .replace(/\s+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/[\\`*_[\]~#@]/g, '\\$&'));
}
/** A link cell: Buffer's address for the post when it is a web address, characters that would end the link encoded. */
function linkCell(link) {
    if (!link || !/^https?:\/\/\S+$/i.test(link))
        return link ? markdownText(link) : '—';
    const safe = link.replace(/[()<>|`\\[\]"' ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[View](${safe})`;
}
function metricsSummaryMarkdown(report) {
    const view = metricsView(report);
    const lines = [`### Post metrics: the last ${(0,words/* plural */.LS)((0,metrics_window/* windowDays */.so)(report), 'day')}`, ''];
    if (!view.sent) {
        lines.push(`Nothing was sent from ${view.range}.`, '');
    }
    else {
        lines.push(`${view.sent}.` +
            (view.refreshed ? ` Buffer refreshes the numbers once a day; these are from ${view.refreshed}.` : ''), '');
        if (view.top.length === 0) {
            lines.push(`Buffer has not counted ${report.rows.length === 1 ? 'it' : 'them'} yet: it refreshes post metrics once a day, and the numbers appear here after that.`, '');
        }
        else {
            lines.push('#### Top posts', '', ...topPostsTable(view.top, view.zone), '');
            lines.push(RANKING_RULE + (view.waiting ? ` ${view.waiting}` : ''), '');
        }
    }
    if (view.totals.length > 0)
        lines.push('#### Per channel', '', ...totalsTable(view.totals), '');
    const chart = weeklyChart(report);
    if (chart)
        lines.push(...chartSection(chart));
    return lines.join('\n');
}
function topPostsTable(rows, zone) {
    const columns = headlineColumns(rows);
    return [
        `| # | Post | Channel | Sent | ${columns.map(metricLabel).join(' | ')}${columns.length ? ' | ' : ''}Link |`,
        `| ---: | --- | --- | --- | ${columns.map(() => '---: | ').join('')}--- |`,
        ...rows.map((row, i) => `| ${i + 1} | ${markdownText((0,excerpt/* excerpt */.K)(row.text) || row.file || '') || '—'} | ${markdownText(row.channel)} | ${localMinute(row.sentAt, zone) || '—'} | ` +
            columns.map((type) => `${formatMetric(type, row.metrics[type])} | `).join('') +
            `${linkCell(row.link)} |`),
    ];
}
/** `sorted`: most posts first (metricsView). */
function totalsTable(sorted) {
    const shown = sorted.slice(0, MAX_TOTALS);
    const columns = totalsColumns(shown);
    const lines = [
        `| Channel | Posts | ${columns.map(metricLabel).join(' | ')}${columns.length ? ' |' : ''}`.trimEnd(),
        `| --- | ---: |${columns.map(() => ' ---: |').join('')}`,
        ...shown.map((t) => `| ${markdownText(t.channel)} | ${formatMetric('postCount', t.postCount)} |` +
            columns.map((type) => ` ${formatMetric(type, t.metrics[type])} |`).join('')),
    ];
    if (sorted.length > shown.length)
        lines.push('', `${(0,words/* plural */.LS)(sorted.length - shown.length, 'more channel')} with fewer posts not listed.`);
    return lines;
}
function chartSection(chart) {
    const title = `Weekly ${chart.metric} per channel`;
    const notes = [
        ...(chart.omitted.length > 0
            ? [
                `Not charted (${chart.series.length} lines at most): ${(0,words/* listWords */.yh)(chart.omitted.slice(0, 20).map(markdownText))}${chart.omitted.length > 20 ? ` and ${(0,words/* plural */.LS)(chart.omitted.length - 20, 'more channel')}` : ''}.`,
            ]
            : []),
        ...(chart.weeksOmitted > 0
            ? [
                `The window's first ${(0,words/* plural */.LS)(chart.weeksOmitted, 'week')} ${chart.weeksOmitted === 1 ? 'is' : 'are'} not charted.`,
            ]
            : []),
    ];
    return [
        `#### ${title}`,
        '',
        chart.series.map((s) => `${s.square} ${markdownText(s.channel)}`).join(' · '),
        '',
        '```mermaid',
        chart.mermaid,
        '```',
        '',
        ...notes.flatMap((note) => [note, '']),
    ];
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


/***/ })

};
