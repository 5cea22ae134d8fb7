export const id = 333;
export const ids = [333];
export const modules = {

/***/ 4333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectAgainstState: () => (/* binding */ collectAgainstState),
/* harmony export */   removalChanges: () => (/* binding */ removalChanges)
/* harmony export */ });
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(308);
/* harmony import */ var _git_files_at_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(741);
/* harmony import */ var _posts_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5040);
/* harmony import */ var _state_applied_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7324);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7998);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5583);
/* harmony import */ var _list_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4261);
/* harmony import */ var _posts_read_post_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7805);








async function collectAgainstState(opts) {
    const { state } = opts;
    const links = [];
    const postPaths = await (0,_list_files_js__WEBPACK_IMPORTED_MODULE_4__.listMarkdownFiles)(opts.workspace, opts.postsDir, links);
    const ideaPaths = await (0,_list_files_js__WEBPACK_IMPORTED_MODULE_4__.listMarkdownFiles)(opts.workspace, opts.ideasDir);
    const tipFiles = [];
    const read = new Map();
    const trusted = new Map();
    // A file renamed without a change keeps its blob: the record of its old path still holds.
    const tip = new Set(postPaths);
    const moved = new Map();
    const renamedFrom = new Map();
    for (const [path, entry] of Object.entries(state.files)) {
        if (!tip.has(path) && entry.complete && entry.blob && !moved.has(entry.blob))
            moved.set(entry.blob, entry);
    }
    for (const path of postPaths) {
        const blob = opts.blobs.get(path);
        const own = state.files[path];
        const recorded = (0,_state_applied_state_js__WEBPACK_IMPORTED_MODULE_2__/* .vouchesFor */ .B6)(own, blob) ? own : !own && blob ? moved.get(blob) : undefined;
        if (recorded) {
            if (recorded !== own) {
                moved.delete(blob);
                const from = Object.entries(state.files).find(([, entry]) => entry === recorded)?.[0];
                if (from)
                    renamedFrom.set(path, from);
            }
            trusted.set(path, recorded);
            tipFiles.push({ path, claims: { ...recorded.posts }, channels: Object.keys(recorded.posts) });
            continue;
        }
        const post = (0,_posts_read_post_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readPostFile */ .h2)(opts.workspace, path, { timezone: opts.timezone });
        read.set(path, post);
        tipFiles.push((0,_claims_js__WEBPACK_IMPORTED_MODULE_6__/* .tipFileOf */ .DF)(post));
    }
    for (const path of links) {
        const post = (0,_posts_read_post_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readPostFile */ .h2)(opts.workspace, path, { timezone: opts.timezone });
        read.set(path, post);
        tipFiles.push((0,_claims_js__WEBPACK_IMPORTED_MODULE_6__/* .tipFileOf */ .DF)(post));
    }
    // IDs the push's previous versions held that the state does not know: removals too, when no file holds them now.
    const known = new Set([
        ...Object.values(state.files).flatMap((f) => Object.values(f.posts)),
        ...state.orphans.map((o) => o.id),
    ]);
    const past = [];
    // The previous version of every file the push changed (posts and ideas), read by one git process.
    const pushDiff = opts.pushChanges?.kind === 'diff' ? opts.pushChanges : undefined;
    const showBefore = pushDiff && opts.git
        ? await (0,_git_files_at_js__WEBPACK_IMPORTED_MODULE_7__/* .filesAt */ .T)(opts.git, pushDiff.before, pushDiff.changes.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path))
        : undefined;
    if (pushDiff && showBefore) {
        for (const change of pushDiff.changes) {
            const oldPath = change.oldPath ?? change.path;
            if (change.status === 'added' || !(0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnderDirs */ .bj)(oldPath, [(0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeDir */ .Rn)(opts.postsDir)]))
                continue;
            const raw = await showBefore(oldPath);
            if (raw === undefined)
                continue;
            for (const [ref, entry] of Object.entries((0,_posts_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePostFile */ .a)(oldPath, raw, { timezone: opts.timezone }).tracked)) {
                if (entry.id && !known.has(entry.id)) {
                    past.push({ id: entry.id, file: oldPath, ref });
                    known.add(entry.id);
                }
            }
        }
    }
    if (pushDiff) {
        for (const change of pushDiff.changes)
            if (change.status === 'renamed' && change.oldPath && !renamedFrom.has(change.path))
                renamedFrom.set(change.path, change.oldPath);
    }
    const decisions = (0,_claims_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveClaims */ .cY)({
        files: tipFiles,
        state: past.length ? { ...state, orphans: [...state.orphans, ...past] } : state,
        renamedFrom,
    });
    const posts = [];
    for (const [path, post] of read) {
        (0,_claims_js__WEBPACK_IMPORTED_MODULE_6__/* .applyClaimDecisions */ .ot)(post, decisions);
        posts.push({ path, kind: state.files[path] ? 'modified' : 'added', current: post });
    }
    posts.push(...removalChanges(decisions));
    const ideas = new Map();
    const trackedIdeaIds = new Set(Object.values(state.ideas));
    // Buffer's API can neither edit nor delete an idea: the push's own edits and removals are only reported.
    if (pushDiff && showBefore) {
        for (const change of pushDiff.changes) {
            if (change.status === 'added' || !(0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnderDirs */ .bj)(change.oldPath ?? change.path, [(0,_git_git_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeDir */ .Rn)(opts.ideasDir)]))
                continue;
            ideas.set(change.path, await (0,_collect_js__WEBPACK_IMPORTED_MODULE_3__/* .ideaFileChange */ .ei)(change, opts, showBefore));
        }
    }
    for (const path of ideaPaths) {
        const known = ideas.get(path);
        const idea = known?.current ?? (0,_posts_read_post_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readIdeaFile */ .M9)(opts.workspace, path, { timezone: opts.timezone });
        if (idea.tracked?.id)
            trackedIdeaIds.add(idea.tracked.id);
        if (!known && !idea.tracked?.id)
            ideas.set(path, { path, kind: 'added', current: idea });
    }
    return {
        basis: 'diff',
        posts,
        ideas: [...ideas.values()],
        trackedIds: decisions.taken,
        trackedIdeaIds,
        allPostPaths: postPaths,
        tipFiles,
        decisions,
        trusted,
    };
}
/** The state's posts no file holds, as deleted changes, one per file. */
function removalChanges(decisions) {
    const byFile = new Map();
    for (const removal of decisions.removals) {
        let change = byFile.get(removal.file);
        if (!change) {
            change = {
                path: removal.file,
                kind: 'deleted',
                previous: (0,_posts_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyPostFile */ .c)(removal.file, '', []),
                removalReason: removal.reason,
            };
            byFile.set(removal.file, change);
        }
        change.previous.tracked[removal.ref] = { id: removal.id };
    }
    return [...byFile.values()];
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


/***/ })

};
