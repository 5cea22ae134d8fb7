export const id = 182;
export const ids = [182];
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

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_IMPORT_STATUSES: () => (/* binding */ DEFAULT_IMPORT_STATUSES),
  parseStatuses: () => (/* binding */ parseStatuses),
  runImport: () => (/* binding */ runImport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/git/write-back.ts
var write_back = __webpack_require__(6171);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/channels/resolve.ts
var resolve = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/posts/parse.ts + 2 modules
var parse = __webpack_require__(5040);
// EXTERNAL MODULE: ./src/time/zoned-time.ts
var zoned_time = __webpack_require__(3341);
;// CONCATENATED MODULE: ./src/import/file-name.ts

const MAX_SLUG_LENGTH = 48;
const MAX_SLUG_WORDS = 6;
function slugOf(text) {
    const words = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/https?:\/\/\S+/g, ' ')
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .slice(0, MAX_SLUG_WORDS);
    let slug = '';
    for (const word of words) {
        const next = slug ? `${slug}-${word}` : word;
        if (next.length > MAX_SLUG_LENGTH)
            break;
        slug = next;
    }
    return slug || 'post';
}
/** `dir/DATE-slug.md`, with `-service` and then a counter added until `taken` does not have it. */
function fileNameFor(post, channel, dir, taken) {
    const when = post.dueAt ?? post.createdAt;
    const date = when ? (0,zoned_time/* localDate */.g)(new Date(when), channel?.timezone || 'UTC') : 'undated';
    const stem = `${dir}/${date}-${slugOf(post.text)}`;
    const candidates = [stem, `${stem}-${channel?.service ?? 'post'}`];
    for (const candidate of candidates)
        if (!taken(`${candidate}.md`))
            return `${candidate}.md`;
    for (let n = 2;; n++) {
        const candidate = `${candidates[1]}-${n}.md`;
        if (!taken(candidate))
            return candidate;
    }
}

// EXTERNAL MODULE: ./src/writeback/frontmatter-emit.ts
var frontmatter_emit = __webpack_require__(7512);
// EXTERNAL MODULE: ./src/writeback/tracked-updates.ts
var tracked_updates = __webpack_require__(4613);
// EXTERNAL MODULE: ./src/posts/render.ts
var render = __webpack_require__(1771);
;// CONCATENATED MODULE: ./src/import/markdown-text.ts

function markdownFor(text, service) {
    const normalized = text.replace(/\r\n?/g, '\n');
    for (const escape of [escapeReadable, escapeAll]) {
        const markdown = escapeText(normalized, escape);
        if ((0,render.renderMarkdown)(markdown, service) === text)
            return { markdown, exact: true };
    }
    return { markdown: escapeText(normalized, escapeReadable), exact: false };
}
function escapeText(text, escape) {
    return text
        .split('\n')
        .map((line) => (line.trim() === '' ? '' : keepIndent(line, escape)))
        .join('\n');
}
/** Leading blanks would be dropped (or start code): they are written as character references. */
function keepIndent(line, escape) {
    const indent = /^[ \t]*/.exec(line)[0];
    const refs = indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
    return refs + escape(line.slice(indent.length));
}
const URL = /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]/g;
function escapeReadable(line) {
    let out = '';
    let cursor = 0;
    for (const match of line.matchAll(URL)) {
        out += escapeInline(line.slice(cursor, match.index));
        out += match[0];
        cursor = match.index + match[0].length;
    }
    out += escapeInline(line.slice(cursor));
    return escapeLineStart(out);
}
function escapeInline(text) {
    return (text
        .replace(/[\\`*[\]<~|]/g, (c) => `\\${c}`)
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
        // `_` inside a word is never emphasis in GFM; at a word edge it can be.
        .replace(/_/g, (c, at, all) => /[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + 1] ?? '') ? c : `\\${c}`));
}
/** Markers that start a block at the beginning of a line: headings, quotes, lists, breaks, setext underlines. */
function escapeLineStart(line) {
    if (/^(#{1,6})(?=[ \t]|$)/.test(line))
        return `\\${line}`;
    if (/^[>+=-]/.test(line))
        return `\\${line}`;
    const ordered = /^(\d{1,9})([.)])/.exec(line);
    if (ordered)
        return `${ordered[1]}\\${line.slice(ordered[1].length)}`;
    return line;
}
function escapeAll(line) {
    return line.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

;// CONCATENATED MODULE: ./src/import/post-file.ts
/**
 * One Buffer post → the text of a post file (SPEC §2) that the product reads
 * back as that same post: channel reference, schedule, assets, options, the
 * body (thread items separated by `---`), and the `buffer:` block with its ID.
 * Every scalar goes through the write-back emitter, which quotes whatever a
 * YAML reader could take for something else.
 */





function postFileText(imported, channel, ref) {
    const { post } = imported;
    const warnings = [];
    const lines = ['---', `channel: ${(0,frontmatter_emit/* emitString */.Pq)(ref)}`];
    // A scheduled post keeps its time: Buffer's queue must not move it when the file is applied again.
    if (post.dueAt && (post.status !== 'draft' || post.shareMode === 'customScheduled')) {
        lines.push('mode: customScheduled', `dueAt: ${(0,zoned_time/* localTime */.H)(post.dueAt, channel.timezone)}`);
    }
    if (post.schedulingType === 'notification')
        lines.push('schedulingType: notification');
    if (post.status === 'draft')
        lines.push('draft: true');
    if (imported.assets.length > 0) {
        lines.push('assets:');
        for (const asset of imported.assets)
            lines.push(`  - ${(0,frontmatter_emit/* emitFlow */.Wl)(asset)}`);
    }
    if (imported.metadata) {
        lines.push('metadata:');
        for (const [key, value] of Object.entries(imported.metadata))
            lines.push(`  ${(0,frontmatter_emit/* emitString */.Pq)(key)}: ${(0,frontmatter_emit/* emitFlow */.Wl)(value)}`);
    }
    lines.push(...(0,frontmatter_emit/* emitBufferBlock */.h)({ [ref]: (0,tracked_updates/* entryFor */.cy)(post) }, '\n')
        .trimEnd()
        .split('\n'), '---');
    const threaded = types/* THREAD_SERVICES */.uL.includes(channel.service) && (post.thread?.length ?? 0) > 1;
    const items = threaded ? post.thread.map((t) => t.text) : [post.text];
    const bodies = items.map((text, index) => {
        const { markdown, exact } = markdownFor(text, channel.service);
        if (!exact)
            warnings.push(`the text${threaded ? ` of thread item ${index + 1}` : ''} has blank-line runs, leading or trailing spaces that Markdown cannot keep; applying this file would change them in Buffer`);
        // Item 0's media are the post's assets (front-matter); later items carry theirs as body images.
        const media = index === 0 ? [] : (imported.threadAssets[index] ?? []);
        const images = media.map((asset) => imageMarkdown(asset)).filter((m) => m !== undefined);
        if (images.length < media.length)
            warnings.push(`thread item ${index + 1} has a video or document, which a post file can only attach to the first item; it was left out`);
        return [markdown, ...images].filter((part) => part !== '').join('\n\n');
    });
    return { text: `${lines.join('\n')}\n${bodies.join('\n\n---\n\n')}\n`, warnings };
}
function imageMarkdown(asset) {
    if (!('image' in asset))
        return undefined;
    const alt = (asset.image.metadata?.altText ?? '').replace(/[\\[\]]/g, (c) => `\\${c}`);
    const url = /[\s()<>]/.test(asset.image.url)
        ? `<${asset.image.url.replace(/[<>]/g, encodeURIComponent)}>`
        : asset.image.url;
    return `![${alt}](${url})`;
}

;// CONCATENATED MODULE: ./src/import/plan-files.ts
/**
 * Which files an import writes: one per Buffer post no file tracks, with a
 * name free on disk, and a check that the product reads each file back as
 * the post it came from (the channel reference resolves to its channel and the
 * `buffer:` block carries its ID).
 */






function planFiles(posts, opts) {
    const byId = new Map(opts.channels.map((c) => [c.id, c]));
    const planned = new Set();
    // Case-folded: two names that differ only in case are one file on macOS and Windows.
    const taken = (path) => planned.has(path.toLowerCase()) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(opts.workspace, path));
    const files = [];
    for (const imported of posts) {
        const { post } = imported;
        if (opts.trackedIds.has(post.id))
            continue;
        const channel = byId.get(post.channelId);
        const path = fileNameFor(post, channel, opts.postsDir, taken);
        planned.add(path.toLowerCase());
        if (!channel) {
            files.push({
                path,
                text: '',
                postId: post.id,
                ref: post.channelId,
                status: post.status,
                findings: [
                    problem(path, `post ${post.id} is on channel ${post.channelId}, which is not a channel of this organization; not imported`),
                ],
            });
            continue;
        }
        const ref = (0,resolve/* referenceFor */.zt)(channel, opts.channels);
        const { text, warnings } = postFileText(imported, channel, ref);
        const findings = [...warnings.map((w) => problem(path, `post ${post.id}: ${w}`, 'warning'))];
        const parsed = (0,parse/* parsePostFile */.a)(path, text, { timezone: opts.timezone });
        const resolved = (0,resolve/* resolveChannel */.OP)(ref, opts.channels);
        if (parsed.tracked[ref]?.id !== post.id || !resolved.ok || resolved.channel.id !== channel.id) {
            findings.push(problem(path, `post ${post.id}: the written file would not read back as this post; not imported`));
        }
        findings.push(...parsed.findings.filter((f) => f.severity === 'error'));
        files.push({ path, text, postId: post.id, ref, status: post.status, findings });
    }
    return files;
}
function isWritable(file) {
    return file.text !== '' && !file.findings.some((f) => f.severity === 'error' && f.code === 'import-failed');
}
function problem(file, message, severity = 'error') {
    return {
        file,
        line: 1,
        column: 1,
        severity,
        code: severity === 'error' ? 'import-failed' : 'import-inexact',
        message,
    };
}

// EXTERNAL MODULE: ./src/buffer/documents.ts
var documents = __webpack_require__(2656);
// EXTERNAL MODULE: ./src/buffer/mappers.ts
var mappers = __webpack_require__(1932);
// EXTERNAL MODULE: ./src/buffer/post-content.ts
var post_content = __webpack_require__(4322);
;// CONCATENATED MODULE: ./src/import/wire-post.ts
/**
 * A post as import reads it (documents.ts POST_CONTENT_FIELDS) → what a post
 * file records: the shared `Post`, its assets as Buffer's `AssetInput`
 * list, each thread item's media, and the per-network options under their
 * `PostInputMetaData` names. The reading itself is buffer/post-content.ts,
 * shared with the plan's comparison of tracked posts.
 */


function toImportedPost(wire) {
    const post = (0,mappers/* toPost */.iR)(wire);
    const content = post.content ?? (0,post_content/* toPostContent */.h)(wire, post.channelService);
    const imported = {
        post,
        assets: content.assets,
        threadAssets: content.thread.map((item) => item.assets),
    };
    if (content.metadata)
        imported.metadata = content.metadata;
    return imported;
}

;// CONCATENATED MODULE: ./src/import/read-queue.ts


const PAGE_SIZE = 100;
/** A queue larger than this is not one a team adopts by import in one go. */
const MAX_PAGES = 100;
async function readQueue(client, organizationId, statuses) {
    const input = { organizationId, filter: { status: statuses }, sort: [{ field: 'dueAt', direction: 'asc' }] };
    const posts = [];
    let after;
    for (let page = 0; page < MAX_PAGES; page++) {
        const variables = { input, first: PAGE_SIZE };
        if (after)
            variables.after = after;
        const data = await client.read('ImportPosts', documents/* IMPORT_POSTS_QUERY */.$k, variables, 1);
        const result = (data.posts ?? {});
        for (const edge of result.edges ?? [])
            if (edge?.node)
                posts.push(toImportedPost(edge.node));
        const next = result.pageInfo?.endCursor ?? undefined;
        if (!result.pageInfo?.hasNextPage || !next || next === after)
            return posts;
        after = next;
    }
    throw new Error(`Buffer has more than ${MAX_PAGES * PAGE_SIZE} posts in the statuses to import; import fewer at a time with --status.`);
}

// EXTERNAL MODULE: ./src/plan/collect.ts + 1 modules
var collect = __webpack_require__(5583);
// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(7330);
// EXTERNAL MODULE: ./src/commands/finish.ts
var finish = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/commands/connect.ts
var connect = __webpack_require__(2456);
// EXTERNAL MODULE: ./src/commands/context.ts + 7 modules
var context = __webpack_require__(1082);
;// CONCATENATED MODULE: ./src/commands/import.ts
/**
 * `import` (CLI, and `command: import` for a manual workflow run): a team
 * with an existing Buffer queue adopts the tool by getting one post file per
 * Buffer post that no file tracks yet (scheduled and draft by default). Files
 * already tracking a post are never touched, so a second import writes
 * nothing, and a plan right after shows nothing to do.
 */











const DEFAULT_IMPORT_STATUSES = ['scheduled', 'draft'];
/** `scheduled,draft` → statuses, or a message naming the ones Buffer does not have. */
function parseStatuses(text) {
    const wanted = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const unknown = wanted.filter((s) => !types/* POST_STATUSES */.ux.includes(s));
    if (wanted.length === 0 || unknown.length > 0) {
        return {
            error: `--status takes a comma-separated list of ${types/* POST_STATUSES */.ux.join(', ')}${unknown.length ? `; not a status: ${unknown.join(', ')}` : ''}`,
        };
    }
    return [...new Set(wanted)];
}
async function runImport(ctx, opts = {}) {
    const { settings, reporter, event } = ctx;
    const client = (0,context/* clientFor */.$V)(ctx, 'import');
    const statuses = opts.statuses ?? DEFAULT_IMPORT_STATUSES;
    const { connection, queue } = await reporter.group('Reading Buffer', async () => {
        const c = await (0,connect/* connect */.N)(client, settings.organizationId);
        const q = await readQueue(client, c.organization.id, statuses);
        reporter.info(`Organization ${c.organization.name} (${c.organization.id}): ${q.length} post(s) ${statuses.join(' or ')}`);
        return { connection: c, queue: q };
    });
    /** The files to write on the work tree as it is now (again after a rejected push: the tip moved). */
    const plan = async () => {
        const collected = await (0,collect/* collectFiles */.C0)(undefined, {
            workspace: settings.workspace,
            postsDir: settings.postsDir,
            ideasDir: settings.ideasDir,
            timezone: settings.timezone,
        });
        return planFiles(queue, {
            workspace: settings.workspace,
            postsDir: settings.postsDir,
            channels: connection.channels,
            trackedIds: collected.trackedIds,
            timezone: settings.timezone,
        });
    };
    let files = await plan();
    const write = async (list) => {
        const written = [];
        for (const file of list.filter(isWritable)) {
            const absolute = (0,external_node_path_.join)(settings.workspace, file.path);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
            // `wx`: never overwrite a file, whatever happened since the names were chosen.
            await (0,promises_.writeFile)(absolute, file.text, { encoding: 'utf8', flag: 'wx' });
            written.push(file.path);
        }
        return written;
    };
    const writeBack = await reporter.group(settings.dryRun ? 'Files to write (dry run)' : 'Writing post files', async () => {
        for (const file of files)
            reporter.info(`${file.path} ← ${file.ref} ${file.status} (${file.postId})`);
        const count = files.filter(isWritable).length;
        if (count === 0)
            return { status: 'nothing-to-record', files: [] };
        if (settings.dryRun)
            return { status: 'skipped (dry run)', files: files.map((f) => f.path) };
        if (ctx.writeFilesOnly || settings.writeBack === 'none')
            return { status: 'written', files: await write(files) };
        const branch = event.ref?.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : event.branch;
        if (!branch)
            return { status: 'failed', files: [], message: 'no branch to push to (the event has no branch ref)' };
        const git = (0,context/* gitFor */.ww)(ctx);
        let written = [];
        let first = true;
        try {
            const result = await (0,write_back/* commitAndPush */.tk)(git, {
                branch,
                message: `buffer-gitops: import ${count} Buffer post${count === 1 ? '' : 's'} as files [skip ci]`,
                apply: async () => {
                    if (!first)
                        files = await plan();
                    first = false;
                    return (written = await write(files));
                },
                onAttempt: (n, reason) => reporter.info(`Push attempt ${n}: the branch moved (${reason}); importing again on the new tip`),
            });
            if (result.status === 'nothing-to-commit')
                return { status: 'nothing-to-commit', files: written };
            reporter.info(`Pushed ${result.commit.slice(0, 7)} to ${branch} (${written.length} file(s))`);
            return { status: 'pushed', commit: result.commit, files: written };
        }
        catch (error) {
            if (error instanceof write_back/* WriteBackRejectedError */.lK || error instanceof write_back/* WriteBackRetriesExhaustedError */.wB) {
                reporter.error(error.message);
                return { status: 'failed', files: written, message: error.message };
            }
            throw error;
        }
    });
    const findings = files.flatMap((f) => f.findings);
    for (const finding of findings)
        reporter.finding(finding);
    const result = { basis: 'full', items: [], findings, notes: importNotes(queue, files, writeBack, statuses) };
    for (const note of result.notes)
        reporter.info(note);
    const report = Object.assign((0,run_report/* buildRunReport */.IW)('import', result, [], settings.dryRun), {
        import: {
            statuses,
            files: files.map((f) => ({
                file: f.path,
                postId: f.postId,
                channel: f.ref,
                status: f.status,
                written: writeBack.files.includes(f.path),
            })),
        },
    });
    report.requests = client.requestCount;
    report.writeBack = writeBack;
    return (0,finish/* finish */.O)(ctx, report, result);
}
function importNotes(queue, files, writeBack, statuses) {
    const already = queue.length - files.length;
    const notes = [
        `Buffer has ${queue.length} post(s) ${statuses.join(' or ')}; ${already} already tracked by a file; ${writeBack.files.length} file(s) ${writeBack.status === 'pushed' ? 'committed and pushed' : writeBack.status.startsWith('skipped') ? 'to write' : 'written'}.`,
    ];
    // The CLI leaves the files for a person to review; the action has pushed them.
    if (writeBack.status === 'written' && writeBack.files.length > 0)
        notes.push('Review the new files and commit them; `buffer-gitops plan` then shows nothing to do.');
    return notes;
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


/***/ })

};
