export const id = 139;
export const ids = [139];
export const modules = {

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ resolveChannel),
/* harmony export */   R7: () => (/* binding */ chooseOrganization),
/* harmony export */   zt: () => (/* binding */ referenceFor)
/* harmony export */ });
/* unused harmony export OrganizationError */
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
var tracked_updates = __webpack_require__(6994);
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
// EXTERNAL MODULE: ./src/commands/context.ts + 9 modules
var context = __webpack_require__(4613);
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
