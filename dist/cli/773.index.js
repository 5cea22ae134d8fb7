export const id = 773;
export const ids = [773];
export const modules = {

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

/***/ 8357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preparePlan: () => (/* binding */ preparePlan)
/* harmony export */ });
/* harmony import */ var _plan_build_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3974);
/* harmony import */ var _plan_claims_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7998);
/* harmony import */ var _plan_collect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5583);
/* harmony import */ var _posts_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1771);
/* harmony import */ var _validate_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7244);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2456);






async function preparePlan(ctx, changes, git, client, 
/** apply: fetch the posts created since then with the channels, for the exactly-once check. */
recentSince, 
/** The files already read against the applied state (apply); otherwise read here from `changes`. */
given) {
    const { settings, reporter } = ctx;
    const collected = given ??
        (await reporter.group('Reading post files', async () => {
            const result = await (0,_plan_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectFiles */ .C0)(changes, {
                workspace: settings.workspace,
                postsDir: settings.postsDir,
                ideasDir: settings.ideasDir,
                timezone: settings.timezone,
                git,
            });
            reporter.info(`${result.basis === 'diff' ? 'Changed' : 'Reconciling'}: ${result.posts.length} post file(s), ${result.ideas.length} idea file(s)` +
                (result.basisReason ? ` (${result.basisReason})` : ''));
            // One file, one claim: without an applied state, the range's history says which file a shared ID belongs to.
            const added = changes?.kind === 'diff'
                ? new Set(changes.changes.filter((c) => c.status === 'added').map((c) => c.path))
                : undefined;
            result.decisions = (0,_plan_claims_js__WEBPACK_IMPORTED_MODULE_5__/* .settleClaims */ .Zx)(result.tipFiles, result.posts, added);
            return result;
        }));
    let connection;
    let remote;
    if (client && needsBuffer(collected)) {
        connection = await reporter.group('Connecting to Buffer', async () => {
            const c = await (0,_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connect */ .N)(client, settings.organizationId, recentSince && mayCreate(collected) ? recentSince : undefined);
            reporter.info(`Organization ${c.organization.name} (${c.organization.id}), ${c.channels.length} channel(s)`);
            return c;
        });
        const ids = idsToLookUp(collected);
        if (ids.length > 0) {
            remote = await reporter.group('Looking up tracked Buffer posts', () => client.postsByIds(ids));
        }
    }
    const plan = (0,_plan_build_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlan */ .G)({
        basis: client ? collected.basis : 'offline',
        basisReason: collected.basisReason,
        posts: collected.posts,
        ideas: collected.ideas,
        channels: connection?.channels,
        remote,
        deleteSent: settings.deleteSent,
        now: ctx.now(),
        render: _posts_render_js__WEBPACK_IMPORTED_MODULE_2__.renderPost,
        validate: _validate_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePost */ .T$,
    });
    return { collected, connection, plan };
}
/**
 * Whether anything could change in Buffer. A push of only write-back commits
 * or renames costs no request at all (SPEC §3: no loop, no spend).
 */
function needsBuffer(collected) {
    return (collected.posts.some((p) => p.kind === 'added' || p.kind === 'deleted' || p.kind === 'unchanged' || !p.onlyBufferBlockChanged) || collected.ideas.some((i) => i.kind !== 'renamed'));
}
/** Whether a file has a channel without a Buffer ID: only then is the exactly-once look-up worth fetching. */
function mayCreate(collected) {
    return collected.posts.some((p) => p.current?.channels.some((c) => !p.current.tracked[c.ref]?.id));
}
/** Tracked posts whose Buffer state decides the plan: edits, deletes, and every one in a full reconcile. */
function idsToLookUp(collected) {
    const ids = new Set();
    for (const change of collected.posts) {
        const contentChanged = change.kind !== 'unchanged' && !change.onlyBufferBlockChanged;
        if (change.kind === 'deleted' || contentChanged || collected.basis === 'full') {
            for (const entry of Object.values(change.previous?.tracked ?? {}))
                if (entry.id)
                    ids.add(entry.id);
            for (const entry of Object.values(change.current?.tracked ?? {}))
                if (entry.id)
                    ids.add(entry.id);
        }
    }
    return [...ids].sort();
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
