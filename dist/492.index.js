export const id = 492;
export const ids = [492];
export const modules = {

/***/ 6492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/event/command.ts
var command = __webpack_require__(9025);
// EXTERNAL MODULE: ./src/git/changes.ts
var git_changes = __webpack_require__(977);
;// CONCATENATED MODULE: ./src/git/tree-snapshot.ts
/**
 * A commit's post and idea folders written out as plain files, read from the
 * object database: for `pull_request_target`, whose checkout is the base, the
 * pull request's head is planned from here. Nothing is checked out, no
 * filter, hook or attribute runs: blobs are copied as data into a fresh
 * folder outside the checkout, and only what the plan reads (the given
 * folders) is copied. Symbolic links stay links (never followed, the reader
 * reports them); files over `maxBytes` keep their size but not their bytes
 * (the reader refuses them by size without reading).
 */


async function snapshotTree(git, rev, opts) {
    const written = [];
    for (const { mode, type, object, size, path } of await git.treeEntries(rev, opts.dirs, { sizes: true })) {
        if (type !== 'blob' || !object || !safePath(path))
            continue;
        const file = (0,external_node_path_.join)(opts.target, path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        if (mode === '120000') {
            await (0,promises_.symlink)((await git.blob(object)).toString('utf8'), file);
        }
        else if (size !== undefined && size > opts.maxBytes) {
            const handle = await (0,promises_.open)(file, 'w');
            await handle.truncate(size);
            await handle.close();
        }
        else {
            // The exact bytes: a file that is not UTF-8 reaches the reader as it is, and is reported.
            await (0,promises_.writeFile)(file, await git.blob(object));
        }
        written.push(path);
    }
    return written;
}
/** A relative path whose every segment is a plain name: never `..`, `.git`, empty or absolute. */
function safePath(path) {
    if (path.startsWith('/') || path.includes('\\'))
        return false;
    return path.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && s.toLowerCase() !== '.git');
}

;// CONCATENATED MODULE: ./src/git/merge-base.ts
/** Commits of history added per step; the sum bounds the work on a huge repository. */
const DEEPEN_STEPS = [50, 450, 4500];
async function findMergeBase(git, a, b, remote = 'origin') {
    const { missing } = await git.fetchMissing([a, b], remote);
    if (missing.length > 0)
        return {
            ok: false,
            reason: `${missing.map((s) => s.slice(0, 7)).join(' and ')} could not be fetched from ${remote}`,
        };
    for (let step = 0;; step++) {
        const result = await git.exec(['merge-base', a, b], { allowFailure: true });
        const base = result.stdout.trim();
        if (result.exitCode === 0 && base)
            return { ok: true, base };
        const deepen = DEEPEN_STEPS[step];
        if (deepen === undefined)
            return {
                ok: false,
                reason: `no common commit within ${DEEPEN_STEPS.reduce((x, y) => x + y, 0)} commits of history`,
            };
        if (!(await git.isShallow()))
            return { ok: false, reason: 'the two commits share no history' };
        // --deepen counts from the current shallow boundary: it never cuts history another step fetched.
        const fetched = await git.exec(['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${deepen}`, remote, a, b], { allowFailure: true, auth: true });
        if (fetched.exitCode !== 0)
            return { ok: false, reason: `deepening the history from ${remote} failed` };
    }
}
/** The parents of a commit, read from the commit object itself (a shallow clone grafts them away for rev-parse). */
async function parentsOf(git, rev) {
    const { exitCode, stdout } = await git.exec(['cat-file', 'commit', rev], { allowFailure: true });
    if (exitCode !== 0)
        return [];
    const parents = [];
    for (const line of stdout.split('\n')) {
        if (line === '')
            break;
        const match = /^parent ([0-9a-f]+)$/.exec(line);
        if (match)
            parents.push(match[1]);
    }
    return parents;
}
/** Whether `a` is `b` or in its history; no when git cannot tell (a shallow clone without it). */
async function isAncestor(git, a, b) {
    if (a.startsWith('-') || b.startsWith('-'))
        return false;
    if (a === b)
        return true;
    return (await git.exec(['merge-base', '--is-ancestor', a, b], { allowFailure: true })).exitCode === 0;
}

// EXTERNAL MODULE: ./src/git/tree-blobs.ts
var tree_blobs = __webpack_require__(4759);
// EXTERNAL MODULE: ./src/state/notes.ts
var notes = __webpack_require__(1772);
;// CONCATENATED MODULE: ./src/plan/base-state.ts



async function readBaseState(git, opts) {
    const { branch, base } = opts;
    try {
        const read = await (0,notes/* readAppliedState */.$8)(git, { branch, fetched: true });
        if (!read.state)
            return { branch, reason: read.reason };
        const { commit } = read.state;
        const dirs = [opts.postsDir];
        // Removals only where the state is the remote's and the base is the tip it will be applied on:
        // a merge base behind the tip has not seen files the base branch restored since.
        const noRemovals = opts.localCopy
            ? `this clone's copy of the notes may be older than ${branch}'s, so posts it holds may be deleted already; pull requests' plans show them`
            : !opts.baseIsTip
                ? `this plan's base ${base.slice(0, 7)} is the merge base, not ${branch}'s tip, which may hold files the pull request has never seen`
                : undefined;
        const [blobs, ancestor] = await Promise.all([
            opts.localCopy ? (0,tree_blobs/* workTreeBlobs */.Y5)(git, dirs) : (0,tree_blobs/* blobsAt */.cu)(git, opts.head, dirs),
            noRemovals === undefined && isAncestor(git, commit, base),
        ]);
        if (noRemovals !== undefined)
            return { branch, state: read.state, blobs, removals: false, noRemovals };
        if (!ancestor)
            return {
                branch,
                state: read.state,
                blobs,
                removals: false,
                noRemovals: `its commit is not known to be this plan's base ${base.slice(0, 7)} or before it (the base moved on, or a shallow clone)`,
            };
        return { branch, state: read.state, blobs, removals: true };
    }
    catch (error) {
        // The plan never depends on the shortcut: without it, every file is read as before.
        return { branch, reason: `it could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
}

// EXTERNAL MODULE: ./src/posts/read-post-file.ts
var read_post_file = __webpack_require__(7805);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
// EXTERNAL MODULE: ./src/validate/network-limits.ts
var network_limits = __webpack_require__(4693);
;// CONCATENATED MODULE: ./src/report/plan-comment-timeline.ts

/** Longest task label; Mermaid draws the label beside the marker, long ones run off the chart. */
const LABEL_MAX = 40;
function timelineMarkdown(input) {
    const moving = input.rows.filter((r) => (r.action === 'create' || r.action === 'edit' || r.action === 'replace') && !r.blocked);
    if (moving.length === 0)
        return undefined;
    const timed = moving.filter((r) => r.dueAt);
    const queued = moving.filter((r) => !r.dueAt);
    const zone = input.timeZone ?? 'UTC';
    const lines = ['#### Timeline', ''];
    if (timed.length > 0) {
        const sections = new Map();
        const sectionOf = (key, label) => {
            let s = sections.get(key);
            if (!s)
                sections.set(key, (s = { label, tasks: [] }));
            return s;
        };
        for (const row of timed) {
            const label = row.service
                ? `${network_limits/* NETWORK_LIMITS */.o[row.service].label} (${row.ref ?? row.service})`
                : (row.ref ?? row.file);
            sectionOf(row.channelId ?? row.ref ?? row.file, label).tasks.push({
                at: row.dueAt,
                text: `${row.action === 'edit' ? 'EDIT' : row.action === 'replace' ? 'REPLACE' : 'NEW'} ${row.pieces[0]?.text ?? row.file}`,
                isNew: true,
            });
        }
        const moved = new Set(timed.map((r) => r.postId).filter(Boolean));
        for (const post of input.scheduled ?? []) {
            if (!post.dueAt || moved.has(post.id))
                continue;
            const section = sections.get(post.channelId);
            if (!section)
                continue; // only channels that get a timed post
            section.tasks.push({ at: post.dueAt, text: post.text || '(no text)', isNew: false });
        }
        lines.push('```mermaid', 'gantt', `    title New posts among those already scheduled (${zone})`, '    dateFormat YYYY-MM-DD HH:mm', '    axisFormat %d %b %H:%M', '    todayMarker off');
        for (const { label, tasks } of sections.values()) {
            lines.push(`    section ${mermaidText(label)}`);
            for (const t of tasks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
                lines.push(`    ${mermaidText(t.text)} :${t.isNew ? 'crit, ' : ''}milestone, ${wallTime(t.at, zone)}, 0m`);
            }
        }
        lines.push('```', '');
        lines.push(input.scheduled
            ? "_NEW and EDIT mark this pull request's posts; the others are already scheduled in Buffer on the same channels._"
            : `_Only this pull request's posts are shown: Buffer's scheduled posts could not be read (${input.scheduledUnavailable ?? 'not available'})._`, '');
    }
    if (queued.length > 0) {
        const byFile = new Map();
        for (const r of queued)
            byFile.set(r.file, [...(byFile.get(r.file) ?? []), `${r.ref ?? r.service ?? ''}: ${r.when ?? 'queue'}`]);
        lines.push('Not at a fixed time (Buffer picks the slot when the post is created):', '', ...[...byFile].map(([file, where]) => `- \`${file}\` (${where.join(', ')})`), '');
    }
    return lines.join('\n');
}
/** `YYYY-MM-DD HH:mm` of an instant in a zone (Mermaid's dateFormat above). */
function wallTime(iso, timeZone) {
    const parts = formatter(timeZone).formatToParts(new Date(iso));
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '00';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
/** An instant as reviewers read it: `2027-03-02 09:00 Europe/Berlin`. Other text passes through. */
function readableWhen(when, timeZone = 'UTC') {
    if (!when)
        return '';
    return /^\d{4}-\d\d-\d\dT/.test(when) && !Number.isNaN(Date.parse(when))
        ? `${wallTime(when, timeZone)} ${timeZone}`
        : when;
}
const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
/**
 * Mermaid's gantt grammar ends a task name at `:` and treats `#` and `;`
 * specially; keep letters, digits and plain punctuation, one line, short.
 */
function mermaidText(text) {
    const flat = text
        .normalize('NFC')
        .replace(/[\s:;#,]+/g, ' ')
        .replace(/[^\p{L}\p{N} .,!?'()/@&+-]/gu, '')
        .replace(/ {2,}/g, ' ')
        .trim();
    const chars = [...flat];
    return ((chars.length > LABEL_MAX
        ? `${chars
            .slice(0, LABEL_MAX - 3)
            .join('')
            .trimEnd()}...`
        : flat) || 'post');
}

// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
;// CONCATENATED MODULE: ./src/report/plan-comment.ts




/** Finds the comment again on the next push; never shown. */
const PLAN_COMMENT_MARKER = '<!-- buffer-gitops:plan -->';
/** GitHub's limit on an issue comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The counts a reviewer needs first: "2 to create, 1 to edit, 0 to delete, 1 error". */
function planSummaryLine(rows, findings) {
    const live = rows.filter((r) => !r.blocked);
    const creates = live.filter((r) => r.action === 'create' || r.action === 'create-idea').length;
    const edits = live.filter((r) => r.action === 'edit').length;
    const replaces = live.filter((r) => r.action === 'replace').length;
    const deletes = live.filter((r) => r.action === 'delete').length;
    const errors = findings.filter((f) => f.severity === 'error').length;
    return `${creates} to create, ${edits} to edit, ${replaces ? `${replaces} to replace, ` : ''}${deletes} to delete, ${errors} ${errors === 1 ? 'error' : 'errors'}`;
}
/**
 * What an empty plan means: nothing changes Buffer, or, beside errors,
 * nothing can until they are fixed (never "nothing to do" next to "2 errors").
 */
function nothingToPlan(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    return errors === 0
        ? 'Nothing in this pull request changes Buffer.'
        : `Nothing can be sent to Buffer until the ${errors === 1 ? 'error below is' : `${errors} errors below are`} fixed.`;
}
function planCommentMarkdown(input, opts = {}) {
    const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
    const zone = input.timeZone ?? 'UTC';
    const warnings = input.findings.filter((f) => f.severity === 'warning').length;
    const head = [
        PLAN_COMMENT_MARKER,
        `### Buffer plan${input.source ? ` for \`${input.source.sha.slice(0, 7)}\`` : ''}`,
        '',
        `**${planSummaryLine(input.rows, input.findings)}**${warnings ? ` · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}`,
        '',
    ];
    if (input.offlineReason)
        head.push(...offlineNotice(input.offlineReason), '');
    for (const note of input.notes)
        if (!input.offlineReason || !note.startsWith('Offline'))
            head.push(`> ${(0,run_report/* cell */.Hn)(note)}`, '');
    const table = tableRows(input, zone);
    const problems = input.findings.map((f) => findingLine(f, input.source));
    const previews = previewBlocks(input);
    const parts = {
        head: head.join('\n'),
        table: table.length
            ? {
                title: `| File | Channel | Action | When | Length / limit |\n| --- | --- | --- | --- | --- |`,
                items: table,
                tail: `${legend(input.rows)}\n`,
            }
            : undefined,
        problems: problems.length ? { title: '#### Problems\n', items: problems, tail: '' } : undefined,
        previews: previews.length
            ? { title: '#### What each network will receive\n', items: previews, tail: '' }
            : undefined,
        timeline: input.timeline,
        footer: `<sub>buffer-gitops updates this comment on every push; annotations mark each problem in the diff.</sub>`,
    };
    if (table.length === 0)
        parts.head += `\n${nothingToPlan(input.findings)}\n`;
    return fit(parts, limit, input.fullPlanUrl, opts.fullPlanName ?? 'job summary');
}
// ---- parts ------------------------------------------------------------------
function offlineNotice(reason) {
    return [
        '> [!WARNING]',
        `> **Offline validation only**: ${(0,run_report/* cell */.Hn)(reason)}.`,
        "> Checked: the files, lengths against each network's published limit, media, metadata, thread rules and dates.",
        '> **Not checked**: that the channel references exist in the Buffer organization, per-instance limits (Mastodon is counted against its default of 500),',
        "> what Buffer holds now (posts already sent or deleted there), and the posts already scheduled. The merge's run checks these before anything is sent.",
    ];
}
function tableRows(input, zone) {
    const lines = [];
    let previousFile;
    for (const row of input.rows) {
        const file = row.file === previousFile ? '' : fileLink(row.file, row.line, input.source);
        previousFile = row.file;
        lines.push(`| ${file} | ${(0,run_report/* cell */.Hn)(row.ref ?? '')} | ${actionText(row)} | ${(0,run_report/* cell */.Hn)(readableWhen(row.when, zone))} | ${lengthText(row.pieces.map((p) => p.length))} |`);
    }
    return lines;
}
function actionText(row) {
    const offline = row.offline ? ' _(offline)_' : '';
    switch (row.action) {
        case 'create':
            return `create${offline}`;
        case 'edit':
            return `edit${row.detail ? ` (${(0,run_report/* cell */.Hn)(row.detail)})` : ''}${offline}`;
        case 'replace':
            return `replace: ${(0,run_report/* cell */.Hn)(row.detail ?? '')}`;
        case 'delete':
            return `delete (${(0,run_report/* cell */.Hn)(row.detail ?? '')})`;
        case 'create-idea':
            return `create idea${row.detail ? ` “${(0,run_report/* cell */.Hn)(row.detail)}”` : ''}`;
        case 'skip':
            return row.blocked ? '⛔ blocked: fix the errors' : `skip: ${(0,run_report/* cell */.Hn)(row.detail ?? '')}`;
    }
}
/** `95 / 280`, or for a thread every item's count: `71 · 62 · 95 / 280`; ❌ marks the ones over. */
function lengthText(lengths) {
    if (lengths.length === 0)
        return '';
    const counts = lengths.map((l) => `${(0,words/* formatNumber */.ZV)(l.count)}${isOver(l) ? ' ❌' : ''}`);
    const limit = lengths[0].limit;
    return `${counts.join(' · ')}${limit === null ? '' : ` / ${(0,words/* formatNumber */.ZV)(limit)}`}`;
}
function isOver(l) {
    return l.limit !== null && l.count > l.limit;
}
/** Which unit each network counts in, for the services in this plan. */
function legend(rows) {
    const services = [
        ...new Set(rows
            .filter((r) => r.pieces.length)
            .map((r) => r.service)
            .filter((s) => Boolean(s))),
    ];
    if (services.length === 0)
        return '';
    return `\n<sub>Lengths in each network's own unit: ${services.map((s) => `${network_limits/* NETWORK_LIMITS */.o[s].label} ${UNIT_WORDS[s] ?? unitOf(s)}`).join('; ')}.</sub>`;
}
const UNIT_WORDS = {
    twitter: 'weighted (URL 23, emoji and CJK 2)',
    mastodon: 'characters (URL 23)',
    threads: 'characters (emoji = UTF-8 bytes)',
};
function unitOf(service) {
    const unit = network_limits/* NETWORK_LIMITS */.o[service].length.unit;
    return unit === 'bytes' ? 'UTF-8 bytes' : unit === 'graphemes' ? 'characters' : 'UTF-16 characters';
}
function findingLine(f, source) {
    const icon = f.severity === 'error' ? '❌ **error**' : f.severity === 'warning' ? '⚠️ **warning**' : 'ℹ️ **notice**';
    const where = `${f.file}:${f.line}:${f.column}`;
    const link = source ? `[\`${where}\`](${blobUrl(source, f.file, f.line)})` : `\`${where}\``;
    return `- ${icon} ${link} ${(0,run_report/* oneLine */.TN)(f.message)}`;
}
/**
 * One collapsible block per file and distinct rendering: channels that get
 * byte-identical text share a block, so a post to four networks is not shown
 * four times.
 */
function previewBlocks(input) {
    const groups = new Map();
    for (const row of input.rows) {
        if (row.pieces.length === 0)
            continue;
        const key = `${row.file}\u0000${JSON.stringify(row.pieces.map((p) => [p.text, p.assets]))}`;
        const group = groups.get(key);
        if (group)
            group.push(row);
        else
            groups.set(key, [row]);
    }
    const blocks = [];
    for (const rows of groups.values()) {
        const first = rows[0];
        const n = first.pieces.length;
        const blocked = rows.some((r) => r.blocked);
        const where = rows.map((r) => `${r.service ? network_limits/* NETWORK_LIMITS */.o[r.service].label : ''} (${r.ref ?? ''})`).join(', ');
        const lines = [
            `<details${blocked ? ' open' : ''}><summary><code>${html(first.file)}</code> → ${html(where)}${n > 1 ? ` · thread of ${n}` : ''}${blocked ? ' · ⛔ has errors' : ''}</summary>`,
            '',
        ];
        first.pieces.forEach((piece, i) => {
            const counts = rows.map((r) => {
                const l = r.pieces[i].length;
                return `${r.service ? network_limits/* NETWORK_LIMITS */.o[r.service].label : r.ref}: ${(0,words/* formatNumber */.ZV)(l.count)}${l.limit === null ? '' : ` / ${(0,words/* formatNumber */.ZV)(l.limit)}`}${isOver(l) ? ' ❌ too long' : ''}`;
            });
            lines.push(`${n > 1 ? `**${i + 1}/${n}** · ` : ''}${counts.join(' · ')}`, '', fenced(piece.text), '');
            const media = assetLines(piece.assets);
            if (media.length)
                lines.push(...media, '');
        });
        lines.push('</details>', '');
        blocks.push(lines.join('\n'));
    }
    return blocks;
}
/** The exact text in a code fence longer than any backtick run inside it, so nothing can close it early. */
function fenced(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}text\n${text}\n${fence}`;
}
function assetLines(assets) {
    const lines = [];
    for (const asset of assets) {
        if ('image' in asset) {
            const alt = asset.image.metadata?.altText ?? '';
            lines.push(`<img src="${html(asset.image.url)}" alt="${html(alt)}" width="320">${alt ? `<br><sub>alt: ${html(alt)}</sub>` : '<br><sub>⚠️ no alt text</sub>'}`);
        }
        else if ('video' in asset) {
            lines.push(`🎬 video: [${(0,run_report/* cell */.Hn)(asset.video.metadata?.title ?? asset.video.url)}](${asset.video.url})`);
        }
        else if ('document' in asset) {
            lines.push(`📄 document: [${(0,run_report/* cell */.Hn)(asset.document.title)}](${asset.document.url})`);
        }
        else if ('link' in asset) {
            lines.push(`🔗 link card: ${asset.link.url}`);
        }
    }
    return lines;
}
/** Room kept for the "shortened" notice and the "… more" lines added while fitting. */
const NOTICE_RESERVE = 800;
function fit(parts, limit, fullPlanUrl, fullPlanName) {
    const full = assemble(parts, {});
    if (full.length <= limit)
        return full;
    // Lengths are tracked incrementally: re-joining a large plan per dropped item would be quadratic.
    const budget = limit - NOTICE_RESERVE;
    let size = full.length;
    const kept = {
        table: parts.table?.items.length ?? 0,
        problems: parts.problems?.items.length ?? 0,
        previews: parts.previews?.items.length ?? 0,
    };
    let timeline = parts.timeline;
    const drop = (list, key, floor) => {
        while (list && size > budget && kept[key] > floor) {
            kept[key] -= 1;
            size -= list.items[kept[key]].length + 1;
        }
    };
    drop(parts.previews, 'previews', 0);
    if (size > budget && timeline) {
        size -= timeline.length + 1;
        timeline = undefined;
    }
    drop(parts.problems, 'problems', 20);
    drop(parts.table, 'table', 20);
    drop(parts.problems, 'problems', 0);
    drop(parts.table, 'table', 0);
    const omitted = [
        parts.table && kept.table < parts.table.items.length ? `${parts.table.items.length - kept.table} table rows` : '',
        parts.problems && kept.problems < parts.problems.items.length
            ? `${parts.problems.items.length - kept.problems} problems`
            : '',
        parts.previews && kept.previews < parts.previews.items.length
            ? `${parts.previews.items.length - kept.previews} previews`
            : '',
        parts.timeline && !timeline ? 'the timeline' : '',
    ].filter(Boolean);
    const pointer = fullPlanUrl ? `[${fullPlanName}](${fullPlanUrl})` : `the run's ${fullPlanName}`;
    const notice = `> [!NOTE]\n> Shortened to stay under GitHub's ${(0,words/* formatNumber */.ZV)(GITHUB_COMMENT_LIMIT)}-character limit: ${omitted.join(', ') || 'part of the text'} left out. The whole plan is in the ${pointer}.\n`;
    const text = assemble({ ...parts, timeline, head: `${parts.head}\n${notice}` }, kept);
    // Last resort (a single enormous row or finding): cut, keeping the marker and the pointer.
    return text.length <= limit ? text : `${text.slice(0, limit - notice.length - 8)}\n\n…\n\n${notice}`;
}
function assemble(parts, kept) {
    const list = (part, key, more) => {
        if (!part)
            return [];
        const n = kept[key] ?? part.items.length;
        const items = part.items.slice(0, n);
        const rest = part.items.length - n;
        if (items.length === 0 && rest === 0)
            return [];
        return [part.title, ...items, ...(rest > 0 ? [more(rest)] : []), part.tail];
    };
    return [
        parts.head,
        ...list(parts.table, 'table', (n) => `| … | | ${n} more | | |`),
        ...list(parts.problems, 'problems', (n) => `- … ${n} more (see the annotations)\n`),
        ...list(parts.previews, 'previews', (n) => `_${n} more previews left out._\n`),
        ...(parts.timeline ? [parts.timeline] : []),
        parts.footer,
        '',
    ].join('\n');
}
// ---- small helpers ----------------------------------------------------------
function fileLink(file, line, source) {
    return source ? `[\`${(0,run_report/* cell */.Hn)(file)}\`](${blobUrl(source, file, line)})` : `\`${(0,run_report/* cell */.Hn)(file)}\``;
}
function blobUrl(source, file, line) {
    const path = file.split('/').map(encodeURIComponent).join('/');
    return `${source.serverUrl.replace(/\/+$/, '')}/${source.repository}/blob/${source.sha}/${path}#L${line}`;
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// EXTERNAL MODULE: ./src/commands/finish.ts
var finish = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/commands/context.ts + 9 modules
var context = __webpack_require__(4613);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/commands/plan-range.ts



async function planRange(git, event, opts) {
    if (opts.base !== undefined || opts.head !== undefined)
        return { base: opts.base, head: opts.head ?? 'HEAD', headIsCheckout: true };
    // Through revParse: the commit is then known, and the diff's own check of the head needs no process.
    const checkedOut = (await git.headCommit()) ?? '';
    const group = event.mergeGroup;
    if (group && (0,git_git/* isFullSha */.Wf)(group.headSha)) {
        const onHead = checkedOut === group.headSha;
        if (!onHead && (await git.fetchMissing([group.headSha])).missing.length > 0) {
            return {
                base: checkedOut,
                head: 'HEAD',
                headIsCheckout: true,
                note: `The merge queue's commit ${group.headSha.slice(0, 7)} could not be fetched; nothing it changes is planned.`,
            };
        }
        return { base: group.baseSha || undefined, head: onHead ? 'HEAD' : group.headSha, headIsCheckout: onHead };
    }
    const pr = event.pullRequest;
    if (pr && (0,git_git/* isFullSha */.Wf)(pr.headSha) && (0,git_git/* isFullSha */.Wf)(pr.baseSha)) {
        if (event.name === 'pull_request') {
            const parents = await parentsOf(git, 'HEAD');
            if (parents.length === 2 && parents[1] === pr.headSha) {
                const stateFetched = await fetchWithState(git, [parents[0]], pr.baseRef);
                return { base: parents[0], head: 'HEAD', headIsCheckout: true, stateFetched, baseIsTip: true };
            }
        }
        // pull_request_target checks out the base: the head is planned from the object database.
        const headIsCheckout = event.name !== 'pull_request_target' || checkedOut === pr.headSha;
        const head = headIsCheckout ? checkedOut || 'HEAD' : pr.headSha;
        const stateFetched = await fetchWithState(git, [pr.baseSha, head], pr.baseRef);
        const found = await findMergeBase(git, pr.baseSha, head);
        if (found.ok)
            return { base: found.base, head, headIsCheckout, stateFetched, baseIsTip: found.base === pr.baseSha };
        if (!headIsCheckout && !(await git.commitExists(pr.headSha))) {
            return {
                base: checkedOut,
                head: 'HEAD',
                headIsCheckout: true,
                note: `The pull request's head ${pr.headSha.slice(0, 7)} could not be fetched (${found.reason}); nothing it changes is planned.`,
            };
        }
        return {
            base: pr.baseSha,
            head,
            headIsCheckout,
            stateFetched,
            note: `The merge base of \`${pr.baseRef || 'the base branch'}\` and this pull request could not be found (${found.reason}). ` +
                `This plan compares with the base branch's commit ${pr.baseSha.slice(0, 7)}, so changes made on \`${pr.baseRef || 'the base branch'}\` since this branch started may show up as changes this pull request makes.`,
        };
    }
    if (pr)
        return { base: pr.baseSha || undefined, head: 'HEAD', headIsCheckout: true };
    if (event.push)
        return { base: event.push.before, head: event.push.after, headIsCheckout: true };
    return { head: 'HEAD', headIsCheckout: true };
}
/**
 * The range's commits that are not here yet (one commit deep in a shallow
 * clone) and the base branch's applied state, in one fetch (issue 16). A
 * commit already here is not named: fetching it with --depth=1 would make it
 * a shallow boundary and cut the history a deeper checkout has (a --depth=5
 * clone would keep one commit, and the merge base would then need a deepen).
 * A base branch without a state is not an error (the refspec then matches
 * nothing). When the fetch fails, the range's own steps fetch what they need
 * as before, and the plan goes without the state (false).
 */
async function fetchWithState(git, commits, branch) {
    if (!branch)
        return false;
    const [spec, shallow, missing] = await Promise.all([
        (0,notes/* optionalNotesRefspec */.gx)(git, branch),
        git.isShallow(),
        git.missingCommits(commits.filter(git_git/* isFullSha */.Wf)),
    ]);
    if (!spec)
        return false;
    const fetched = await git.exec([
        'fetch',
        '--prune',
        '--no-tags',
        '--no-recurse-submodules',
        // Only missing commits and the notes' own commit are fetched this shallow: nothing already here.
        ...(shallow ? ['--depth=1'] : []),
        'origin',
        ...missing,
        spec,
    ], { allowFailure: true, auth: true });
    return fetched.exitCode === 0;
}

// EXTERNAL MODULE: ./src/time/days.ts
var days = __webpack_require__(8174);
;// CONCATENATED MODULE: ./src/commands/plan.ts
/**
 * `plan` (pull requests, CLI): what a merge would do, with every finding, and
 * no Buffer mutation. On a pull request the plan becomes one sticky comment
 * (updated in place on every push) and the job summary; every finding becomes
 * an annotation. Offline (fork PRs, no key) it validates what can be
 * validated and says what could not be checked. The exit status reflects
 * errors in the files only: a comment that cannot be posted is a warning.
 */
















/** Job summaries take 1 MiB per step; characters here, so multi-byte text stays well inside. */
const SUMMARY_LIMIT = 400_000;
/** Buffer's scheduled posts this far either side of the new ones are shown beside them. */
const TIMELINE_MARGIN_MS = 3 * days/* DAY_MS */.sO;
async function runPlan(ctx, opts = {}) {
    const { settings, reporter, event } = ctx;
    // The file readers, parsers and rules (Markdown, the length counters: the largest chunks of dist/)
    // load while git works out the range below.
    const reading = Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(583), __webpack_require__.e(974), __webpack_require__.e(244), __webpack_require__.e(612)]).then(__webpack_require__.bind(__webpack_require__, 8357)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1771)),
        Promise.all(/* import() */[__webpack_require__.e(974), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 7973)),
    ]);
    reading.catch(() => undefined);
    const git = (0,context/* gitFor */.ww)(ctx);
    const pr = event.pullRequest;
    const range = await planRange(git, event, opts);
    if (range.note)
        reporter.warning(range.note);
    // The base branch's applied state, read while git diffs the range.
    const against = range.base ? baseState(ctx, git, range) : undefined;
    against?.catch(() => undefined);
    const changes = range.base
        ? await reporter.group('Detecting changes', () => (0,git_changes/* detectChanges */.f8)(git, { before: range.base, after: range.head, dirs: [settings.postsDir, settings.ideasDir] }))
        : undefined;
    const base = await against;
    // The CLI says nothing without one: most clones never fetch the notes, and the plan is as before.
    if (base && !base.state && (ctx.surface !== 'cli' || base.reason !== notes/* NO_STATE_YET */.BI))
        reporter.info(`No applied state of ${base.branch} to start from (${base.reason}).`);
    let offlineReason = ctx.offlineReason ?? (0,command/* foreignHeadReason */.bT)(event);
    if (!offlineReason && !settings.apiKey && !ctx.createClient)
        offlineReason =
            ctx.surface === 'cli'
                ? 'BUFFER_API_KEY is not set'
                : 'no Buffer API key is configured (the `buffer-api-key` input)';
    const client = offlineReason ? undefined : (0,context/* clientFor */.$V)(ctx, 'plan');
    if (offlineReason) {
        reporter.warning(`Offline plan: ${offlineReason}. Channels, Mastodon instance limits and Buffer's current state were not checked.`);
    }
    // A head that is not the checkout (pull_request_target) is read from the object database into a folder of its own.
    const snapshot = range.headIsCheckout
        ? undefined
        : await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'buffer-gitops-head-'));
    let prepared;
    try {
        if (snapshot) {
            await reporter.group(`Reading the pull request's files at ${range.head.slice(0, 7)} (as data, not checked out)`, () => snapshotTree(git, range.head, {
                dirs: [settings.postsDir, settings.ideasDir],
                target: snapshot,
                maxBytes: read_post_file/* MAX_POST_FILE_BYTES */.nk,
            }));
        }
        const planCtx = snapshot ? { ...ctx, settings: { ...settings, workspace: snapshot } } : ctx;
        const { preparePlan } = (await reading)[0];
        let given;
        if (base?.state && changes?.kind === 'diff') {
            const { state, branch, blobs, removals, noRemovals } = base;
            given = await reporter.group('Reading post files', async () => {
                const { collectRangeAgainstState } = await Promise.all(/* import() */[__webpack_require__.e(583), __webpack_require__.e(261)]).then(__webpack_require__.bind(__webpack_require__, 5762));
                const result = await collectRangeAgainstState({
                    workspace: planCtx.settings.workspace,
                    postsDir: settings.postsDir,
                    ideasDir: settings.ideasDir,
                    timezone: settings.timezone,
                    git,
                    changes,
                    state,
                    blobs: blobs,
                    removals: removals,
                });
                reporter.info(`Against the applied state of ${branch} at ${state.commit.slice(0, 7)} (${state.recordedAt}): ${result.trusted} file(s) unchanged since, ` +
                    `${result.posts.filter((p) => p.current).length} to compare, ${result.ideas.length} idea file(s)` +
                    (removals
                        ? `, ${result.removals} post(s) no file holds any more`
                        : `; posts only the state holds are not shown (${noRemovals}): the merge's apply decides`));
                return result;
            });
        }
        prepared = await preparePlan(planCtx, changes, git, client, undefined, given);
    }
    finally {
        if (snapshot)
            await (0,promises_.rm)(snapshot, { recursive: true, force: true });
    }
    const { plan, connection, collected } = prepared;
    if (range.note)
        plan.notes.push(range.note);
    if (offlineReason)
        plan.notes.push(`Offline validation only: ${offlineReason}. Channel references, per-instance limits and Buffer's current state could not be checked.`);
    for (const finding of plan.findings)
        reporter.finding(finding);
    const [, { renderPost }, { planRows }] = await reading;
    const rows = planRows({ plan, posts: collected.posts, channels: connection?.channels, render: renderPost });
    const scheduled = client && connection
        ? await scheduledAround(client, connection, rows, reporter)
        : { unavailable: offlineReason ?? 'Buffer was not asked' };
    const zone = settings.timezone ?? 'UTC';
    await reporter.group('Plan', async () => printPlan(reporter, rows, zone, plan.findings));
    const commentInput = {
        rows,
        findings: plan.findings,
        notes: plan.notes,
        offlineReason,
        timeline: timelineMarkdown({
            rows,
            scheduled: scheduled.posts,
            scheduledUnavailable: scheduled.unavailable,
            channels: connection?.channels,
            timeZone: zone,
        }),
        timeZone: zone,
        source: pr && event.repository
            ? { serverUrl: event.serverUrl, repository: event.repository, sha: pr.headSha }
            : undefined,
        fullPlanUrl: runUrl(ctx),
    };
    const markdown = planCommentMarkdown(commentInput);
    const summary = planCommentMarkdown(commentInput, {
        limit: SUMMARY_LIMIT,
        fullPlanName: 'JSON run report (the `report` output)',
    });
    const comment = pr ? await postPlanComment(ctx, pr, markdown, (0,context/* runSecrets */.To)(settings)) : undefined;
    const outcomes = plan.items.map((item) => ({
        item,
        status: item.action === 'skip' ? (item.blocked ? 'failed' : 'skipped') : 'dry-run',
    }));
    const report = (0,run_report/* buildRunReport */.IW)('plan', plan, outcomes, true);
    if (client)
        report.requests = client.requestCount;
    const result = await (0,finish/* finish */.O)(ctx, report, plan, summary, (0,run_report/* planJson */.iY)(plan, rows.filter((r) => r.offline)));
    return { ...result, offlineReason, rows, summaryLine: planSummaryLine(rows, plan.findings), markdown, comment };
}
/**
 * The applied state of the branch the range merges into: on a pull request
 * only when its notes came with the range's fetch; the CLI reads its clone's
 * copy. Undefined when the plan has no such branch (a push, a merge queue, a
 * clone without origin's HEAD).
 */
async function baseState(ctx, git, range) {
    const cli = ctx.surface === 'cli';
    const pr = ctx.event.pullRequest;
    const branch = cli ? await git.remoteDefaultBranch() : range.stateFetched && pr ? pr.baseRef : undefined;
    if (!branch || !range.base)
        return undefined;
    return readBaseState(git, {
        branch,
        base: range.base,
        head: range.head,
        postsDir: ctx.settings.postsDir,
        localCopy: cli,
        baseIsTip: range.baseIsTip === true,
    });
}
/**
 * The posts already scheduled on the channels that get a post at a fixed
 * time, around those times: one read-only request (two for a very full
 * queue). A failure costs the timeline's context, never the plan.
 */
async function scheduledAround(client, connection, rows, reporter) {
    const timed = rows.filter((r) => (r.action === 'create' || r.action === 'edit' || r.action === 'replace') && !r.blocked && r.dueAt && r.channelId);
    if (timed.length === 0)
        return { posts: [] };
    const times = timed.map((r) => Date.parse(r.dueAt));
    try {
        const posts = await client.posts({
            organizationId: connection.organization.id,
            filter: {
                channelIds: [...new Set(timed.map((r) => r.channelId))],
                status: ['scheduled'],
                dueAt: {
                    start: new Date(Math.min(...times) - TIMELINE_MARGIN_MS).toISOString(),
                    end: new Date(Math.max(...times) + TIMELINE_MARGIN_MS).toISOString(),
                },
            },
            sort: [{ field: 'dueAt', direction: 'asc' }],
        }, { pageSize: 50, maxPages: 2 });
        return { posts };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reporter.warning(`Could not read the posts already scheduled in Buffer (${message}); the timeline shows only this plan's posts.`);
        return { unavailable: message };
    }
}
/** The plan as lines for the log and the CLI: action, file:line → channel, when, length. */
function printPlan(reporter, rows, zone, findings) {
    for (const row of rows) {
        const what = row.action === 'skip' ? (row.blocked ? 'blocked' : 'skip') : row.action;
        const parts = [
            `${what.padEnd(11)} ${row.file}:${row.line}${row.ref ? ` → ${row.ref}` : ''}`,
            row.when ? readableWhen(row.when, zone) : '',
            row.pieces.length ? `length ${lengthText(row.pieces.map((p) => p.length)).replace(/ ❌/g, ' (too long)')}` : '',
            row.detail && row.action !== 'create' ? row.detail : '',
            row.offline ? '(offline)' : '',
        ].filter(Boolean);
        reporter.info(parts.join('  '));
    }
    // Beside errors an empty plan is not "nothing to do": the errors hold the work back.
    if (rows.length === 0)
        reporter.info(findings.some((f) => f.severity === 'error') ? 'Nothing to plan until the errors are fixed.' : 'Nothing to do.');
}
async function postPlanComment(ctx, pr, markdown, secrets) {
    const { settings, reporter, event } = ctx;
    const skip = (message) => {
        reporter.warning(`The plan comment was not posted: ${message}. The plan is in the job summary.`);
        return { status: 'failed', message };
    };
    if (!settings.githubToken)
        return skip('no `github-token`');
    if (!event.repository || !Number.isInteger(pr.number) || pr.number < 1)
        return skip('the event names no repository or pull request number');
    return reporter.group('Plan comment', async () => {
        // GitHub's REST client is loaded only here, when a comment is written.
        const [{ IssueComments }, { upsertStickyComment }] = await Promise.all([
            __webpack_require__.e(/* import() */ 863).then(__webpack_require__.bind(__webpack_require__, 6863)),
            __webpack_require__.e(/* import() */ 648).then(__webpack_require__.bind(__webpack_require__, 7648)),
        ]);
        const comments = new IssueComments({
            token: settings.githubToken,
            apiUrl: event.apiUrl,
            repository: event.repository,
        });
        const result = await upsertStickyComment(comments, pr.number, PLAN_COMMENT_MARKER, markdown, secrets);
        if (result.status === 'failed') {
            const why = result.httpStatus ? `GitHub answered ${result.httpStatus}: ${result.message}` : result.message;
            const hint = pr.fromFork
                ? 'A pull request from a fork gets a read-only token, so this is expected there'
                : 'Give the job `permissions: pull-requests: write`';
            reporter.warning(`Could not post the plan comment on #${pr.number} (${why}). ${hint}; the plan is in the job summary and the annotations.`);
        }
        else {
            reporter.info(`Plan comment ${result.status}${result.url ? `: ${result.url}` : ''}`);
        }
        return result;
    });
}
/** The run's page, where the job summary is (the runner sets GITHUB_RUN_ID). */
function runUrl(ctx) {
    const runId = process.env.GITHUB_RUN_ID;
    if (!runId || !ctx.event.repository)
        return undefined;
    return `${ctx.event.serverUrl.replace(/\/+$/, '')}/${ctx.event.repository}/actions/runs/${runId}`;
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
