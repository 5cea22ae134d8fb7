export const id = 612;
export const ids = [612];
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
