export const id = 261;
export const ids = [261,333];
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
    const postPaths = await (0,_list_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listMarkdownFiles */ .p)(opts.workspace, opts.postsDir, links);
    const ideaPaths = await (0,_list_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listMarkdownFiles */ .p)(opts.workspace, opts.ideasDir);
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

/***/ 5762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectRangeAgainstState: () => (/* binding */ collectRangeAgainstState)
/* harmony export */ });
/* harmony import */ var _state_applied_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7324);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7998);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5583);
/* harmony import */ var _collect_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4333);




async function collectRangeAgainstState(opts) {
    const { changes, state } = opts;
    const touched = new Set(changes.changes.flatMap((c) => [c.path, c.oldPath ?? c.path]));
    /** State files at the head the state does not vouch for: with the range's own, the only ones whose posts may be held by no file. */
    const refused = [];
    // Asked once per file at the head the range did not change, as collectFiles meets it: no pass over the state of its own.
    const trusted = {
        get(path) {
            const entry = Object.hasOwn(state.files, path) ? state.files[path] : undefined;
            if (entry === undefined)
                return undefined;
            if ((0,_state_applied_state_js__WEBPACK_IMPORTED_MODULE_0__/* .vouchesFor */ .B6)(entry, opts.blobs.get(path)) && !touched.has(path))
                return entry;
            refused.push(path);
            return undefined;
        },
    };
    const collected = await (0,_collect_js__WEBPACK_IMPORTED_MODULE_1__/* .collectFiles */ .C0)(changes, { ...opts, trusted });
    // One file, one claim, as without a state: the range's history says which file a shared ID belongs to.
    const added = new Set(changes.changes.filter((c) => c.status === 'added').map((c) => c.path));
    collected.decisions = (0,_claims_js__WEBPACK_IMPORTED_MODULE_3__/* .settleClaims */ .Zx)(collected.tipFiles, collected.posts, added);
    const trustedFiles = collected.trustedFiles ?? 0;
    let removed = [];
    if (opts.removals) {
        // A trusted file's posts are its claims. When the trusted files, the refused ones and the
        // range's own make up the whole state, only the last two need a look; otherwise every file does.
        const all = Object.keys(state.files);
        const others = new Set(refused);
        for (const path of touched)
            if (Object.hasOwn(state.files, path))
                others.add(path);
        removed = stateRemovals(state, collected, trustedFiles + others.size === all.length ? [...others] : all);
    }
    collected.posts.push(...removed);
    return {
        ...collected,
        trusted: trustedFiles,
        removals: removed.reduce((n, change) => n + Object.keys(change.previous?.tracked ?? {}).length, 0),
    };
}
/**
 * The state's posts no file at the head holds, as the apply finds them
 * (plan/claims.ts: an unreadable file keeps its posts, a lost ID comes back
 * to its file), less those the range's own changes already plan.
 */
function stateRemovals(state, collected, candidates) {
    // Usually every post the state holds is claimed by a file (the settled decisions' `taken`): nothing to remove.
    const claimed = collected.decisions?.taken;
    if (claimed && everyStatePostIn(state, candidates, claimed))
        return [];
    const planned = new Set();
    for (const change of collected.posts)
        for (const tracked of [change.previous?.tracked, change.current?.tracked])
            for (const entry of Object.values(tracked ?? {}))
                if (entry.id)
                    planned.add(entry.id);
    const decisions = (0,_claims_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveClaims */ .cY)({ files: collected.tipFiles, state });
    return (0,_collect_state_js__WEBPACK_IMPORTED_MODULE_2__.removalChanges)({ ...decisions, removals: decisions.removals.filter((r) => !planned.has(r.id)) });
}
/** Whether every post of these state files, and every orphan, is in `ids`. */
function everyStatePostIn(state, paths, ids) {
    for (const path of paths) {
        const posts = state.files[path].posts;
        for (const ref in posts)
            if (!ids.has(posts[ref]))
                return false;
    }
    return state.orphans.every((o) => ids.has(o.id));
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
