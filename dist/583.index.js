export const id = 583;
export const ids = [583];
export const modules = {

/***/ 741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ filesAt)
/* harmony export */ });
/**
 * A reader of files at `rev`: `paths` are read up front in one process; any
 * other path, or an answer the batch could not read with certainty, goes
 * through `git.show`.
 */
async function filesAt(git, rev, paths) {
    const known = await showAll(git, rev, paths);
    return async (path) => (known.has(path) ? known.get(path) : await git.show(rev, path));
}
/**
 * The text of many files at one revision from a single `git cat-file --batch`,
 * each exactly as `git.show(rev, path)` gives it (undefined when absent). Any
 * answer it cannot read with certainty is left out of the map, and the caller
 * asks `git.show` for that file.
 */
async function showAll(git, rev, paths) {
    const found = new Map();
    const wanted = [...new Set(paths)].filter((p) => !/[\r\n]/.test(p));
    if (wanted.length < 2 || rev.startsWith('-'))
        return found;
    const { exitCode, stdout } = await git.exec(['cat-file', '--batch'], {
        input: wanted.map((p) => `${rev}:${p}\n`).join(''),
        allowFailure: true,
    });
    // Replacement characters mean bytes that are not UTF-8: byte sizes no longer map to text offsets.
    if (exitCode !== 0 || stdout.includes('\ufffd'))
        return found;
    let at = 0;
    for (const path of wanted) {
        const eol = stdout.indexOf('\n', at);
        if (eol === -1)
            break;
        const header = stdout.slice(at, eol);
        at = eol + 1;
        const object = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!object) {
            if (header === `${rev}:${path} missing`) {
                found.set(path, undefined);
                continue;
            }
            break; // not an answer we can read: the rest go one by one
        }
        const end = utf8Prefix(stdout, at, Number(object[2]));
        if (end === undefined || stdout[end] !== '\n')
            break;
        // `cat-file blob` fails on anything but a blob, and show() answers undefined.
        found.set(path, object[1] === 'blob' ? stdout.slice(at, end) : undefined);
        at = end + 1;
    }
    return found;
}
/** The offset in `text` where `bytes` UTF-8 bytes from `start` end, if a character boundary falls exactly there. */
function utf8Prefix(text, start, bytes) {
    // At most `bytes` characters: each is at least one byte. Byte length only grows with the prefix: bisect.
    let lo = 0;
    let hi = Math.min(bytes, text.length - start);
    if (Buffer.byteLength(text.slice(start, start + hi)) === bytes)
        return start + hi;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const length = Buffer.byteLength(text.slice(start, start + mid));
        if (length === bytes)
            return start + mid;
        if (length < bytes)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return undefined;
}


/***/ }),

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ tipFileOf),
/* harmony export */   Zx: () => (/* binding */ settleClaims),
/* harmony export */   cY: () => (/* binding */ resolveClaims),
/* harmony export */   ot: () => (/* binding */ applyClaimDecisions)
/* harmony export */ });
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9200);

function resolveClaims(input) {
    return resolveIndexed(input).decisions;
}
function resolveIndexed(input) {
    const { state } = input;
    const unreadable = new Set();
    const decisions = {
        copied: new Map(),
        contested: new Map(),
        recovered: new Map(),
        removals: [],
        taken: new Set(),
    };
    // Who the state says holds each ID.
    const stateHolder = new Map();
    for (const [path, entry] of Object.entries(state?.files ?? {})) {
        for (const [ref, id] of Object.entries(entry.posts))
            stateHolder.set(id, { path, ref });
    }
    for (const orphan of state?.orphans ?? [])
        if (!stateHolder.has(orphan.id))
            stateHolder.set(orphan.id, { path: orphan.file, ref: orphan.ref });
    for (const id of stateHolder.keys())
        decisions.taken.add(id);
    // Ten thousand files claim ten thousand IDs, nearly all once: one pass, no object per claim, and
    // a list only where an ID is shared (a claimant's channel is found again only then).
    const first = new Map();
    const shared = new Map();
    for (const file of input.files) {
        const claims = file.claims;
        if (!claims) {
            unreadable.add(file.path);
            continue;
        }
        for (const ref in claims) {
            const id = claims[ref];
            decisions.taken.add(id);
            const earlier = first.get(id);
            if (!earlier) {
                first.set(id, file);
            }
            else {
                const list = shared.get(id);
                if (list)
                    list.push({ path: file.path, ref });
                else
                    shared.set(id, [
                        { path: earlier.path, ref: firstRef(earlier, id) },
                        { path: file.path, ref },
                    ]);
            }
        }
    }
    /** IDs the state gives back to a file that lost them. */
    const recoveredIds = new Set();
    const held = (id) => first.has(id) || recoveredIds.has(id);
    // In the order of first claims, as before the lists were made lazily (the order of findings in a file).
    for (const id of shared.size > 0 ? first.keys() : []) {
        const list = shared.get(id);
        if (!list)
            continue;
        const owner = ownerOf(list, stateHolder.get(id), input.added, unreadable, input.renamedFrom);
        for (const claimant of list) {
            if (owner && claimant.path === owner.path && claimant.ref === owner.ref)
                continue;
            if (owner)
                push(decisions.copied, claimant.path, { ref: claimant.ref, id, owner: owner.path });
            else
                push(decisions.contested, claimant.path, {
                    ref: claimant.ref,
                    id,
                    others: list.filter((c) => c.path !== claimant.path).map((c) => c.path),
                });
        }
    }
    // A channel the file lists without an ID, for which the state holds one
    // nobody else claims: recorded for the file, or left over for that file and
    // channel (a delete not done yet, a version of the file the push replaced).
    for (const file of state ? input.files : []) {
        if (!file.claims)
            continue;
        for (const ref of file.channels) {
            if (file.claims[ref])
                continue;
            const id = state.files[file.path]?.posts[ref] ??
                state.orphans.find((o) => o.file === file.path && o.ref === ref && !held(o.id))?.id;
            if (!id || held(id))
                continue;
            const mine = decisions.recovered.get(file.path) ?? {};
            mine[ref] = id;
            decisions.recovered.set(file.path, mine);
            recoveredIds.add(id);
        }
    }
    // What the state holds that no file does. A file that cannot be read keeps
    // its posts: its channel list is unknown, and a typo must never delete one.
    let tipPaths;
    for (const [id, holder] of stateHolder) {
        if (held(id) || unreadable.has(holder.path))
            continue;
        tipPaths ??= new Set(input.files.map((f) => f.path));
        decisions.removals.push({
            file: holder.path,
            ref: holder.ref,
            id,
            reason: tipPaths.has(holder.path) ? 'channel-removed' : 'file-removed',
        });
    }
    decisions.removals.sort((a, b) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.file, b.file) || (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.ref, b.ref));
    return { decisions, first, shared };
}
/** The first of a file's channels whose claim is `id` (the order a claims loop meets them). */
function firstRef(file, id) {
    for (const ref in file.claims)
        if (file.claims[ref] === id)
            return ref;
    throw new Error(`claims: ${file.path} does not claim ${id}`);
}
/** The claimant history says holds the post, or undefined when history does not say. */
function ownerOf(list, recorded, added, unreadable, renamedFrom) {
    if (recorded) {
        let same = list.filter((c) => c.path === recorded.path);
        if (same.length === 0)
            same = list.filter((c) => renamedFrom?.get(c.path) === recorded.path);
        if (same.length === 1)
            return same[0];
        const exact = same.find((c) => c.ref === recorded.ref);
        if (exact)
            return exact;
        // The holder is still in the tree but cannot be read: every readable claimant is a copy.
        if (unreadable.has(recorded.path))
            return recorded;
    }
    if (added) {
        const kept = list.filter((c) => !added.has(c.path));
        if (kept.length === 1)
            return kept[0];
    }
    return undefined;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** What a read file claims; undefined claims when it cannot be read (its channels are unknown). */
function tipFileOf(post) {
    const unreadable = post.findings.some((f) => f.severity === 'error');
    const claims = {};
    for (const [ref, entry] of Object.entries(post.tracked))
        if (entry.id)
            claims[ref] = entry.id;
    return { path: post.path, claims: unreadable ? undefined : claims, channels: post.channels.map((c) => c.ref) };
}
/**
 * Makes a read file say what history decided: a copied entry is dropped (the
 * channel gets a post of its own, and the write-back replaces the entry), a
 * contested one blocks the file, a lost one comes back from the state.
 */
function applyClaimDecisions(post, decisions) {
    const line = bufferBlockLine(post);
    const copied = decisions.copied.get(post.path) ?? [];
    const contested = decisions.contested.get(post.path) ?? [];
    const recovered = decisions.recovered.get(post.path) ?? {};
    if (copied.length === 0 && contested.length === 0 && Object.keys(recovered).length === 0)
        return;
    post.tracked = { ...post.tracked };
    for (const claim of copied) {
        delete post.tracked[claim.ref];
        post.findings.push({
            file: post.path,
            line,
            column: 1,
            severity: 'warning',
            code: 'copied-buffer-entry',
            message: `The \`buffer:\` entry for ${claim.ref} (post ${claim.id}) belongs to ${claim.owner}; this file gets a post of its own and its entry is replaced.`,
        });
    }
    for (const claim of contested) {
        post.findings.push({
            file: post.path,
            line,
            column: 1,
            severity: 'error',
            code: 'shared-buffer-entry',
            message: `Post ${claim.id} (${claim.ref}) is also in the \`buffer:\` block of ${claim.others.join(', ')}, and nothing records which file it belongs to. Remove the entry from the file that is the copy; until then neither file changes Buffer.`,
        });
    }
    for (const [ref, id] of Object.entries(recovered))
        post.tracked[ref] = { id };
}
/** The line of the `buffer:` key, where a finding about an entry points. */
function bufferBlockLine(post) {
    const index = post.raw.split('\n').findIndex((l) => /^buffer:\s*$/.test(l.replace(/\r$/, '')));
    return index >= 0 ? index + 1 : 1;
}
/**
 * Without an applied state (a plan over a range, a first run): the claims of
 * the files at the tip decide with the range's history (`added`: the copy is
 * the file the range added), read files are made to say so, and a previous
 * version's IDs that another file holds now (a rename-and-replace, a
 * move-and-rewrite) are no longer the changed file's to edit or delete.
 */
function settleClaims(tipFiles, changes, added) {
    const { decisions, first, shared } = resolveIndexed({ files: tipFiles, added });
    /**
     * The file that holds an ID at the tip: the last claimant that did not lose
     * it as a copy or a contested entry (an ID claimed once is its first
     * claimant's). Asked only for the previous versions' IDs, a few.
     */
    const holder = (id) => {
        const list = shared.get(id);
        if (!list)
            return first.get(id)?.path;
        let found;
        for (const claimant of list) {
            const lost = decisions.copied.get(claimant.path)?.some((c) => c.id === id) ||
                decisions.contested.get(claimant.path)?.some((c) => c.id === id);
            if (!lost)
                found = claimant.path;
        }
        return found;
    };
    for (const change of changes) {
        if (change.current)
            applyClaimDecisions(change.current, decisions);
        const previous = change.previous;
        if (!previous)
            continue;
        const kept = Object.entries(previous.tracked).filter(([, entry]) => {
            const owner = holder(entry.id);
            return owner === undefined || owner === change.path;
        });
        if (kept.length !== Object.keys(previous.tracked).length)
            change.previous = { ...previous, tracked: Object.fromEntries(kept) };
    }
    return decisions;
}


/***/ }),

/***/ 5583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C0: () => (/* binding */ collectFiles),
  ei: () => (/* binding */ ideaFileChange)
});

// UNUSED EXPORTS: readPost, sameOutsideBufferBlock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/git/files-at.ts
var files_at = __webpack_require__(741);
// EXTERNAL MODULE: ./src/posts/parse.ts + 2 modules
var parse = __webpack_require__(5040);
// EXTERNAL MODULE: ./src/posts/idea.ts
var idea = __webpack_require__(8368);
// EXTERNAL MODULE: ./src/posts/frontmatter.ts
var frontmatter = __webpack_require__(6845);
// EXTERNAL MODULE: ./src/writeback/buffer-block.ts
var buffer_block = __webpack_require__(80);
// EXTERNAL MODULE: ./src/plan/list-files.ts
var list_files = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/posts/read-post-file.ts
var read_post_file = __webpack_require__(7805);
;// CONCATENATED MODULE: ./src/plan/tracked-scan.ts
/**
 * A cheap look at a post file the push did not change: which Buffer IDs it
 * tracks, and whether every channel it names already has one. That is all
 * `collect` needs from such a file, and on a repository of thousands of posts
 * the full parser (YAML documents and Markdown) would spend most of a run's
 * CPU on files that change nothing (SPEC §8: a plan over 10,000 files with 10
 * changed stays under a second of CPU).
 *
 * The scan accepts only a strict, line-based subset of YAML: the shape the
 * action itself writes and users typically type (`channel:`/`channels:`,
 * single-line `mode`/`dueAt`/`schedulingType`/`draft`, and a `buffer:` block of
 * one-line flow mappings). For that subset its answer is the one the full
 * parser gives. Anything else (assets, metadata, comments, anchors, quotes
 * with escapes, unusual indentation, a channel without an ID…) answers
 * `undefined`, and the caller parses the file fully, so the plan never
 * depends on the shortcut being clever.
 */
/** The top-level keys the scan understands (the rest take the full parser), as bits to spot a duplicate. */
const KEY_BITS = Object.assign(Object.create(null), {
    channel: 1,
    channels: 2,
    buffer: 4,
    // Keys whose one-line value the scan can step over.
    mode: 8,
    dueAt: 16,
    schedulingType: 32,
    draft: 64,
});
/** No tabs, comments, anchors, aliases, tags, escapes, control characters, Unicode spaces or lone CRs: none of the subset needs them. */
const BANNED = /[\t#&*!\\`%|>]|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]|[\u0085\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]|\r(?!\n)/;
const CRLF = /\r\n/g;
const BLANK = /^ *$/;
const SEQ_START = /^ +- /;
const SEQ_ITEM = /^( +)- +(.*?) *$/;
const ENTRY = /^( +)("[^"]*"|'[^']*'|[A-Za-z0-9_.][A-Za-z0-9_@.:/ -]*?): +\{(.*)\} *$/;
/** Plain scalars YAML's core schema reads as null or booleans; `stringOf` would not give their text. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_]*):(?: +(.*?))? *$/;
/** A plain scalar that stays one string in block and flow context, with no comment and no indicator. */
const PLAIN_REF = /^[A-Za-z0-9_.][A-Za-z0-9_@.:/ -]*$/;
const PLAIN_VALUE = /^[A-Za-z0-9_.+][A-Za-z0-9_.+: -]*$/;
const PLAIN_ID = /^[A-Za-z0-9_-]+$/;
/** Services whose seed spelling the parser rewrites; such references take the full parser. */
const ALIASED_SERVICE = /^startpage(?::|$)/;
/**
 * The IDs a post file tracks when every channel it names is tracked, read
 * without the full parser; `undefined` when the file is outside the subset or
 * has a channel without an ID (the caller then parses it fully).
 */
function scanFullyTracked(raw) {
    // `raw` may be only the file's first lines: everything read comes before the closing delimiter.
    const range = locateYaml(raw);
    if (!range)
        return undefined;
    let yaml = raw.slice(range[0], range[1]);
    if (BANNED.test(yaml))
        return undefined;
    if (yaml.includes('\r'))
        yaml = yaml.replace(CRLF, '\n');
    const lines = yaml.split('\n');
    let seen = 0;
    let channels;
    let tracked;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (BLANK.test(line))
            continue;
        const match = KEY_LINE.exec(line);
        if (!match)
            return undefined;
        const key = match[1];
        const value = match[2] ?? '';
        const bit = KEY_BITS[key];
        if (bit === undefined || seen & bit)
            return undefined;
        seen |= bit;
        if (key === 'channel') {
            const ref = scalar(value, PLAIN_REF);
            if (ref === undefined || channels || nextIsIndented(lines, i))
                return undefined;
            channels = [ref];
        }
        else if (key === 'channels') {
            if (channels)
                return undefined;
            if (value === '') {
                // A block sequence: `  - twitter` lines, all at one indentation.
                const items = [];
                let indent;
                while (i + 1 < lines.length && SEQ_START.test(lines[i + 1])) {
                    const item = SEQ_ITEM.exec(lines[++i]);
                    if (!item)
                        return undefined;
                    if (indent === undefined)
                        indent = item[1];
                    else if (item[1] !== indent)
                        return undefined;
                    const ref = scalar(item[2], PLAIN_REF);
                    if (ref === undefined)
                        return undefined;
                    items.push(ref);
                }
                channels = items;
            }
            else {
                const items = flowSequence(value);
                if (!items)
                    return undefined;
                channels = items;
            }
            if (nextIsIndented(lines, i))
                return undefined;
        }
        else if (key === 'buffer') {
            if (value !== '')
                return undefined;
            tracked = new Map();
            let indent;
            while (i + 1 < lines.length && lines[i + 1].startsWith(' ')) {
                const entry = ENTRY.exec(lines[++i]);
                if (!entry)
                    return undefined;
                if (indent === undefined)
                    indent = entry[1];
                else if (entry[1] !== indent)
                    return undefined;
                const ref = scalar(entry[2], PLAIN_REF);
                if (ref === undefined || tracked.has(ref))
                    return undefined;
                const id = flowMappingId(entry[3]);
                if (id === undefined)
                    return undefined;
                tracked.set(ref, id);
            }
        }
        else {
            // mode, dueAt, schedulingType, draft: only well-formedness matters here.
            if (!isSimpleValue(value) || nextIsIndented(lines, i))
                return undefined;
        }
    }
    if (!channels || channels.length === 0 || !tracked)
        return undefined;
    for (const ref of channels) {
        if (ALIASED_SERVICE.test(ref) || !tracked.has(ref))
            return undefined;
    }
    return { ids: [...tracked.values()], claims: Object.fromEntries(tracked) };
}
/** A one-line value of a key whose meaning does not matter here (mode, dueAt, …): any well-formed simple scalar. */
function isSimpleValue(text) {
    if (/^"[^"]*"$|^'[^']*'$/.test(text))
        return true;
    return PLAIN_VALUE.test(text) && !text.includes(': ') && !text.endsWith(':');
}
/**
 * Where the YAML between the delimiter lines is, exactly as scanFrontMatter
 * (posts/frontmatter.ts) finds it, without its line generator: a first line
 * `---` (after an optional BOM) and the next line that is `---`, each
 * optionally followed by spaces or tabs and a CR.
 */
function locateYaml(raw) {
    const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const yamlStart = delimiterLineEnd(raw, start);
    if (yamlStart === undefined || yamlStart === raw.length)
        return undefined;
    for (let at = yamlStart; at < raw.length;) {
        if (delimiterLineEnd(raw, at) !== undefined)
            return [yamlStart, at];
        const next = raw.indexOf('\n', at);
        if (next === -1)
            return undefined;
        at = next + 1;
    }
    return undefined;
}
/** If the line at `at` is a delimiter (`---`, spaces or tabs, an optional CR), the offset after its line break (or the end). */
function delimiterLineEnd(raw, at) {
    if (!raw.startsWith('---', at))
        return undefined;
    let i = at + 3;
    while (raw[i] === ' ' || raw[i] === '\t')
        i++;
    if (raw[i] === '\r' && (i + 1 === raw.length || raw[i + 1] === '\n'))
        i++;
    if (i === raw.length)
        return i;
    return raw[i] === '\n' ? i + 1 : undefined;
}
function nextIsIndented(lines, i) {
    const next = lines[i + 1];
    return next !== undefined && /^\s+\S/.test(next);
}
/** A one-line scalar: quoted without escapes, or plain text matching `plain` that YAML keeps as a string. */
function scalar(text, plain) {
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
        const inner = text.slice(1, -1);
        return inner.includes('"') || !/^\S(?:.*\S)?$/.test(inner) ? undefined : inner;
    }
    if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
        const inner = text.slice(1, -1);
        return inner.includes("'") || !/^\S(?:.*\S)?$/.test(inner) ? undefined : inner;
    }
    if (!plain.test(text) || NOT_TEXT.test(text) || text.includes(': ') || text.endsWith(':'))
        return undefined;
    return text;
}
/** `[twitter, "linkedin:Acme Inc"]` → its items; undefined for anything nested or unusual. */
function flowSequence(text) {
    const match = /^\[(.*)\]$/.exec(text);
    if (!match)
        return undefined;
    const inner = match[1];
    if (/[[\]{}]/.test(inner))
        return undefined;
    const items = [];
    for (const part of splitFlow(inner)) {
        const ref = scalar(part.replace(/^ +| +$/g, ''), PLAIN_REF);
        if (ref === undefined || ref.includes(','))
            return undefined;
        items.push(ref);
    }
    return items;
}
/** One `key: value` of a one-line flow mapping, the value quoted without escapes or plain without indicators. */
const FLOW_PAIR = / *([A-Za-z][A-Za-z0-9_]*): +("[^"]*"|'[^']*'|[A-Za-z0-9_.+][A-Za-z0-9_.+:/-]*) *(?:,|$)/y;
/** The `id` of a one-line flow mapping's content (`id: 6750…, status: scheduled, dueAt: "…"`). */
function flowMappingId(inner) {
    let id;
    let keys = '';
    FLOW_PAIR.lastIndex = 0;
    while (FLOW_PAIR.lastIndex < inner.length) {
        const at = FLOW_PAIR.lastIndex;
        const pair = FLOW_PAIR.exec(inner);
        if (!pair)
            return undefined;
        // `{a: 1, }`: YAML allows a trailing comma, the scan does not bother.
        if (FLOW_PAIR.lastIndex === at || (inner[FLOW_PAIR.lastIndex - 1] === ',' && FLOW_PAIR.lastIndex === inner.length))
            return undefined;
        const key = pair[1];
        if (keys.includes(` ${key} `))
            return undefined;
        keys += ` ${key} `;
        if (key === 'id') {
            const text = scalar(pair[2], PLAIN_ID);
            if (text === undefined || !PLAIN_ID.test(text))
                return undefined;
            id = text;
        }
    }
    return id;
}
/** Splits flow content on top-level commas (outside quotes); undefined parts never occur. */
function splitFlow(inner) {
    const parts = [];
    let current = '';
    let quote;
    for (const ch of inner) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
            current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            current += ch;
        }
        else if (ch === ',') {
            parts.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    if (!/^ *$/.test(current) || parts.length > 0)
        parts.push(current);
    return parts;
}

// EXTERNAL MODULE: ./src/plan/claims.ts
var claims = __webpack_require__(7998);
;// CONCATENATED MODULE: ./src/plan/collect.ts
/**
 * Reads the files a run is about: the ones the push changed (both ends of the
 * diff), plus every file that still lacks a Buffer ID for one of its channels
 * (an earlier run failed, a queue was full). In a full reconcile every file.
 */











async function collectFiles(changes, opts) {
    // Symbolic links are listed apart: never read, always reported (read-post-file.ts).
    const postLinks = [];
    const postPaths = await (0,list_files/* listMarkdownFiles */.p)(opts.workspace, opts.postsDir, postLinks);
    const ideaPaths = await (0,list_files/* listMarkdownFiles */.p)(opts.workspace, opts.ideasDir);
    const posts = new Map();
    const ideas = new Map();
    const inDir = (path, dir) => (0,git/* isUnderDirs */.bj)(path, [(0,git/* normalizeDir */.Rn)(dir)]);
    if (changes?.kind === 'diff') {
        // Every previous version in one git process, not one each.
        const previousPaths = changes.changes
            .filter((c) => c.status !== 'added' && (c.path.endsWith('.md') || (c.oldPath ?? '').endsWith('.md')))
            .map((c) => c.oldPath ?? c.path)
            .filter((p) => inDir(p, opts.postsDir) || inDir(p, opts.ideasDir));
        const showPrevious = opts.git ? await (0,files_at/* filesAt */.T)(opts.git, changes.before, previousPaths) : undefined;
        for (const change of changes.changes) {
            if (!change.path.endsWith('.md') && !(change.oldPath ?? '').endsWith('.md'))
                continue;
            const oldPath = change.oldPath ?? change.path;
            if (inDir(change.path, opts.postsDir) || inDir(oldPath, opts.postsDir)) {
                const current = change.status === 'deleted' || !inDir(change.path, opts.postsDir)
                    ? undefined
                    : await readPost(change.path, opts);
                const previousRaw = change.status === 'added' || !showPrevious ? undefined : await showPrevious(oldPath);
                const previous = previousRaw === undefined ? undefined : (0,parse/* parsePostFile */.a)(oldPath, previousRaw, { timezone: opts.timezone });
                const kind = !current ? 'deleted' : change.status === 'added' && !previous ? 'added' : change.status;
                posts.set(change.path, {
                    path: change.path,
                    kind,
                    current,
                    previous,
                    onlyBufferBlockChanged: current && previous ? sameOutsideBufferBlock(previous.raw, current.raw) : false,
                });
            }
            else if (inDir(change.path, opts.ideasDir) || inDir(oldPath, opts.ideasDir)) {
                ideas.set(change.path, await ideaFileChange(change, opts, showPrevious ?? (async () => undefined)));
            }
        }
    }
    // Every other file: untracked channels are picked up (SPEC §3: a file that
    // failed earlier is created on the next run without the user touching it).
    const { trackedIds, tipFiles, trustedFiles } = readTip(postPaths, posts, changes?.kind === 'diff', opts);
    for (const path of postLinks) {
        if (!posts.has(path))
            posts.set(path, { path, kind: 'unchanged', current: await readPost(path, opts) });
        tipFiles.push((0,claims/* tipFileOf */.DF)(posts.get(path).current));
    }
    const trackedIdeaIds = new Set();
    for (const path of ideaPaths) {
        const known = ideas.get(path);
        const idea = known?.current ?? (await readIdea(path, opts));
        if (idea.tracked?.id)
            trackedIdeaIds.add(idea.tracked.id);
        if (!known && !idea.tracked?.id)
            ideas.set(path, { path, kind: 'unchanged', current: idea });
    }
    return {
        basis: changes?.kind === 'diff' ? 'diff' : 'full',
        basisReason: changes?.kind === 'full' ? changes.reason : changes ? undefined : 'no push range to diff',
        posts: [...posts.values()],
        ideas: [...ideas.values()],
        trackedIds,
        trackedIdeaIds,
        allPostPaths: postPaths,
        tipFiles,
        ...(opts.trusted ? { trustedFiles } : {}),
    };
}
const HEAD_BYTES = 16 * 1024;
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);
/**
 * The post files at the tip: what each claims, and the ones the plan reads
 * (`posts` gets every file with a channel still to create, or every file
 * outside a diff). A function of its own, not inside the async collectFiles:
 * ten thousand files make V8 optimize this loop while it runs, and compiling
 * it as part of the async function took about 10 ms of CPU, against 5–6 ms on
 * its own (a plan over 10,000 files).
 */
function readTip(postPaths, posts, diff, opts) {
    const trackedIds = new Set();
    const tipFiles = [];
    let trustedFiles = 0;
    for (const path of postPaths) {
        const known = posts.get(path);
        let post = known?.current;
        if (!post) {
            const vouched = diff && !known ? opts.trusted?.get(path) : undefined;
            if (vouched) {
                for (const ref in vouched.posts)
                    trackedIds.add(vouched.posts[ref]);
                tipFiles.push({ path, claims: vouched.posts, channels: Object.keys(vouched.posts) });
                trustedFiles++;
                continue;
            }
            const file = `${opts.workspace}/${path}`;
            let raw;
            if (diff) {
                // Unchanged and tracked on every channel: only its IDs matter, and a
                // cheap scan of the file's head reads them (the full parse would cost
                // most of a large plan's CPU).
                const head = readHead(file);
                // Only a whole file that decoded cleanly: anything odd takes the careful reader below.
                const clean = head.complete && !/[\0\uFFFD]/.test(head.text);
                const quick = clean ? scanFullyTracked(head.text) : undefined;
                if (quick) {
                    for (const id of quick.ids)
                        trackedIds.add(id);
                    tipFiles.push({ path, claims: quick.claims, channels: Object.keys(quick.claims) });
                    continue;
                }
                if (clean)
                    raw = head.text;
            }
            // A head that decoded cleanly is the file; anything odd (NUL, bytes that
            // are not UTF-8, a huge file) goes through the careful reader, which says what is wrong.
            post =
                raw !== undefined && !/[\0\uFFFD]/.test(raw)
                    ? (0,parse/* parsePostFile */.a)(path, raw, { timezone: opts.timezone })
                    : (0,read_post_file/* readPostFile */.h2)(opts.workspace, path, { timezone: opts.timezone });
        }
        for (const entry of Object.values(post.tracked))
            if (entry.id)
                trackedIds.add(entry.id);
        tipFiles.push((0,claims/* tipFileOf */.DF)(post));
        if (known)
            continue;
        const untracked = post.channels.some((c) => !post.tracked[c.ref]?.id);
        if (untracked || !diff) {
            posts.set(path, { path, kind: 'unchanged', current: post });
        }
    }
    return { trackedIds, tipFiles, trustedFiles };
}
/**
 * The start of a file, in whole lines: all of it when it is shorter than
 * HEAD_BYTES (`complete`). Synchronous on purpose: thousands of small files,
 * nothing to overlap with, and a promise per read costs more CPU than the read.
 */
function readHead(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let length;
    try {
        length = (0,external_node_fs_.readSync)(fd, headBuffer, 0, HEAD_BYTES, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (length < HEAD_BYTES)
        return { text: headBuffer.toString('utf8', 0, length), complete: true };
    // Cut after the last line break: no half line, no half character.
    const lastBreak = headBuffer.lastIndexOf(0x0a, length - 1);
    return { text: headBuffer.toString('utf8', 0, lastBreak + 1), complete: false };
}
/** A post file; links, binaries, huge or non-UTF-8 files come back as a post with one finding (read-post-file.ts). */
async function readPost(path, opts) {
    return (0,read_post_file/* readPostFile */.h2)(opts.workspace, path, { timezone: opts.timezone });
}
async function readIdea(path, opts) {
    return (0,read_post_file/* readIdeaFile */.M9)(opts.workspace, path, { timezone: opts.timezone });
}
/** Whether two versions of a post file differ only in their `buffer:` block (or not at all). */
function sameOutsideBufferBlock(a, b) {
    if (a === b)
        return true;
    // The same front matter, character for character, up to the body: stripping the block
    // leaves each body as it is, so two different files stay different. Most edits change
    // only the text, and this needs no YAML parse of either version (two per changed file).
    const scanned = (0,frontmatter/* scanFrontMatter */.mP)(a);
    if (scanned.kind === 'present' && b.startsWith(a.slice(0, scanned.bodyStart))) {
        const other = (0,frontmatter/* scanFrontMatter */.mP)(b);
        if (other.kind === 'present' && other.bodyStart === scanned.bodyStart)
            return false;
    }
    return (0,buffer_block/* stripBufferBlock */.U$)(a) === (0,buffer_block/* stripBufferBlock */.U$)(b);
}
/** An idea file a diff touched, at both ends: build-plan reports its edits and removals (Buffer's API can do neither). */
async function ideaFileChange(change, opts, previousText) {
    const oldPath = change.oldPath ?? change.path;
    const current = change.status === 'deleted' ? undefined : (0,read_post_file/* readIdeaFile */.M9)(opts.workspace, change.path, { timezone: opts.timezone });
    const previousRaw = change.status === 'added' ? undefined : await previousText(oldPath);
    return {
        path: change.path,
        kind: current ? change.status : 'deleted',
        current,
        previous: previousRaw === undefined ? undefined : (0,idea/* parseIdeaFile */.T)(oldPath, previousRaw, { timezone: opts.timezone }),
    };
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ listMarkdownFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The Markdown files under a folder of the repository, sorted, as
 * repository-relative paths with forward slashes. Symbolic links are not
 * followed: a link could point outside the repository. Links named `*.md`
 * go to `links` when given, so they can be reported.
 */


async function listMarkdownFiles(workspace, dir, links) {
    const found = [];
    async function walk(relative) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return;
            throw error;
        }
        for (const entry of entries) {
            const path = `${relative}/${entry.name}`;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    await walk(path);
            }
            else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
                found.push(path);
            }
            else if (links && entry.isSymbolicLink() && entry.name.toLowerCase().endsWith('.md')) {
                // Not followed, but not silently skipped either: the caller reports it.
                links.push(path);
            }
        }
    }
    await walk(dir);
    return found.sort();
}


/***/ })

};
