export const id = 220;
export const ids = [220];
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
            ? (await __webpack_require__.e(/* import() */ 742).then(__webpack_require__.bind(__webpack_require__, 2742))).metricsSummaryMarkdown(report.metrics)
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

/***/ 7042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ POST_KEYS),
/* harmony export */   CZ: () => (/* binding */ WIRE_ASSET_VARIANTS),
/* harmony export */   DS: () => (/* binding */ METADATA_ALIASES),
/* harmony export */   It: () => (/* binding */ SEED_ASSET_KEYS),
/* harmony export */   JM: () => (/* binding */ MODE_ALIASES),
/* harmony export */   aB: () => (/* binding */ IDEA_FIELDS),
/* harmony export */   ag: () => (/* binding */ TRACKED_POST_FIELDS),
/* harmony export */   gL: () => (/* binding */ SEED_ASSETS),
/* harmony export */   jw: () => (/* binding */ IDEA_KEYS)
/* harmony export */ });
/* unused harmony exports POST_FIELDS, POST_CHANNEL_KEYS */
/* harmony import */ var _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/**
 * The front-matter keys of post and idea files (SPEC §2) as data: the one
 * place that says which keys exist, how each is spelt (the seed document's
 * spellings included), what type and values it takes and what it means. The
 * parser (parse.ts, idea.ts, frontmatter-*.ts) reads its key lists and
 * aliases from here (the enums are Buffer's own lists from buffer/types.ts,
 * which both name), and scripts/schemas.ts turns the same definitions into
 * the JSON Schemas shipped in schemas/, so an editor and `validate` cannot
 * disagree about what a key is. How a value is read (positions, messages,
 * conversions) stays in the parser; only the vocabulary lives here.
 */

/** The seed document's spelling of a mode, accepted and mapped to the wire's. */
const MODE_ALIASES = { customSchedule: 'customScheduled' };
/** The seed's spellings of `metadata` service keys, mapped to `PostInputMetaData`'s. */
const METADATA_ALIASES = { googlebusiness: 'google' };
/**
 * A post's front-matter keys, in the order the docs list them. `channel` or
 * `channels` is required (exactly one of them); every other key is optional,
 * and a key with no value (`mode:`) counts as absent. Any other key is an
 * error (`unknown-key`).
 */
const POST_FIELDS = {
    channel: {
        type: { kind: 'channel' },
        description: 'The channel to post to: a Buffer channel ID, a service name (`twitter`, `linkedin`, …) when the organization has one channel of that service, or `service:name` (`buffer-gitops channels` lists what to write). Use `channels` for several; not both.',
    },
    channels: {
        type: { kind: 'channels' },
        description: 'The channels to post to, e.g. `[twitter, "linkedin:Acme Inc"]`: channel IDs, service names or `service:name`. Use `channel` for one; not both.',
    },
    mode: {
        type: { kind: 'enum', values: _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARE_MODES */ .NB, aliases: MODE_ALIASES },
        description: 'How Buffer schedules the post: `addToQueue` (the next queue slot; the default without dueAt), `shareNext` (top of the queue), `shareNow` (at once) or `customScheduled` (at dueAt; the default with dueAt). A dueAt with another mode is an error.',
    },
    dueAt: {
        type: { kind: 'date-time' },
        description: 'When to publish, e.g. `2026-12-01T09:00:00+01:00`. Without a UTC offset the `timezone` setting applies. Implies `mode: customScheduled`; a time in the past is an error for a new post.',
    },
    schedulingType: {
        type: { kind: 'enum', values: _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEDULING_TYPES */ .pE },
        description: '`automatic` (Buffer publishes; the default) or `notification` (Buffer reminds you to publish).',
    },
    draft: {
        type: { kind: 'boolean' },
        description: '`true`: create the post as a Buffer draft instead of scheduling it.',
    },
    assets: {
        type: { kind: 'assets' },
        description: "Media for the post: Buffer's list (`- image: {url: https://…, metadata: {altText: …}}`) or `{images, videos, documents, link}`. URLs must be absolute https. Images in the body are added too.",
    },
    metadata: {
        type: { kind: 'metadata', aliases: METADATA_ALIASES },
        description: "Per-service options, Buffer's PostInputMetaData keyed by service, e.g. `instagram: {type: post, shouldShareToFeed: true}`.",
    },
    buffer: {
        type: { kind: 'tracked-post' },
        description: 'Written by buffer-gitops after a run: each channel reference → the Buffer post it created. Do not edit; removing an entry creates the post again.',
    },
};
const POST_KEYS = Object.keys(POST_FIELDS);
/** The keys of which a post needs exactly one. */
const POST_CHANNEL_KEYS = (/* unused pure expression or super */ null && (['channel', 'channels']));
/**
 * An idea's front-matter keys. None is required (the body or a title is
 * enough). An unknown key with a value is an error (`unknown-key`); one
 * with no value is ignored, like every key with no value.
 */
const IDEA_FIELDS = {
    title: {
        type: { kind: 'input', type: 'IdeaContentInput', field: 'title' },
        description: "The idea's title on Buffer's ideas board.",
    },
    services: {
        type: { kind: 'services', aliases: _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_SERVICE_SPELLINGS */ .cR },
        description: `Services the idea is for, e.g. \`[linkedin, twitter]\`: ${_buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.join(', ')}.`,
    },
    date: {
        type: { kind: 'input', type: 'IdeaContentInput', field: 'date' },
        description: "The idea's date: a date (`2027-02-01`, midnight in the `timezone` setting, UTC when none is set) or a date and time (`2027-02-01T09:00:00+01:00`).",
    },
    buffer: {
        type: { kind: 'tracked-idea' },
        description: 'Written by buffer-gitops after a run: the ID of the idea it created. Do not edit; removing it creates the idea again.',
    },
};
const IDEA_KEYS = Object.keys(IDEA_FIELDS);
const SEED_ASSETS = {
    images: {
        variant: 'image',
        list: true,
        description: 'Images: each a URL or `{url, alt}`.',
        keys: {
            url: { description: "The image's absolute https URL.", url: true },
            alt: { description: "Alt text (Buffer's `metadata.altText`)." },
            altText: { description: "Alt text, Buffer's spelling of `alt`." },
        },
    },
    videos: {
        variant: 'video',
        list: true,
        description: 'Videos: each a URL or `{url, title}`.',
        keys: {
            url: { description: "The video's absolute https URL.", url: true },
            title: { description: "The video's title." },
        },
    },
    documents: {
        variant: 'document',
        list: true,
        description: 'Documents (LinkedIn PDFs): each `{url, title, thumbnail}`; Buffer requires all three.',
        keys: {
            url: { description: "The document's absolute https URL.", url: true },
            title: { description: "The document's title." },
            thumbnail: { description: "An https image URL shown as the document's cover.", url: true },
            thumbnailUrl: { description: "Buffer's spelling of `thumbnail`.", url: true },
        },
        required: ['url', 'title', ['thumbnail', 'thumbnailUrl']],
    },
    link: {
        variant: 'link',
        list: false,
        description: 'A link preview: a URL or `{url, title, description, thumbnail}`.',
        keys: {
            url: { description: "The page's absolute https URL.", url: true },
            title: { description: "The preview's title." },
            description: { description: "The preview's description." },
            thumbnail: { description: 'An https image URL for the preview.', url: true },
            thumbnailUrl: { description: "Buffer's spelling of `thumbnail`.", url: true },
        },
    },
};
const SEED_ASSET_KEYS = Object.keys(SEED_ASSETS);
/** The asset variants of Buffer's `AssetInput` list form (one per entry). */
const WIRE_ASSET_VARIANTS = ['image', 'video', 'document', 'link'];
/**
 * The fields of one `buffer:` entry of a post, as Buffer types them (all
 * text, so an ID like `675e10` stays text). Only `id` is required; other
 * keys are kept as written.
 */
const TRACKED_POST_FIELDS = {
    id: 'The Buffer post ID.',
    status: "The post's status in Buffer when last seen (`scheduled`, `sent`, …).",
    dueAt: 'When Buffer publishes or published it (UTC).',
    sentAt: 'When Buffer published it (UTC).',
    link: "The published post's address.",
    error: 'Why Buffer could not publish it.',
};


/***/ }),

/***/ 7421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ FindingList)
/* harmony export */ });
/** Collects the findings of one file. */
class FindingList {
    file;
    items = [];
    constructor(file) {
        this.file = file;
    }
    add(severity, code, at, message) {
        this.items.push({ file: this.file, line: at.line, column: at.column, severity, code, message });
    }
    error(code, at, message) {
        this.add('error', code, at, message);
    }
    warning(code, at, message) {
        this.add('warning', code, at, message);
    }
    notice(code, at, message) {
        this.add('notice', code, at, message);
    }
}


/***/ }),

/***/ 3690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readTracked)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7042);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9420);
/**
 * The `buffer:` block the action writes back: channel reference → what Buffer
 * holds for it. Read leniently (it is machine-written) but an entry without an
 * `id` is an error: tracking it would risk posting twice or losing a post.
 */



/** Fields Buffer defines as strings (fields.ts); read as typed so an ID like `675e10` stays text. */
const STRING_FIELDS = new Set(Object.keys(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .TRACKED_POST_FIELDS */ .ag));
function readTracked(node, source, findings) {
    const { doc } = source;
    const tracked = {};
    if ((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isNullNode */ .uc)(doc, node))
        return tracked;
    const map = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asMap */ .$H)(doc, node);
    if (!map) {
        findings.error('invalid-buffer-block', source.at((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveNode */ .hl)(doc, node)), `\`buffer:\` is written by the action and must map channel references to post IDs; found ${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNode */ .WQ)(doc, node)}. Restore it or remove it.`);
        return tracked;
    }
    for (const pair of map.items) {
        const ref = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .keyText */ .Pu)(pair);
        const entry = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asMap */ .$H)(doc, pair.value);
        if (!entry) {
            findings.error('invalid-buffer-block', source.at(pair.key), `\`buffer.${ref}\` must be a mapping like \`{id: …, status: …}\`; restore it or remove the entry.`);
            continue;
        }
        const post = {};
        for (const field of entry.items) {
            const name = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .keyText */ .Pu)(field);
            const value = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveNode */ .hl)(doc, field.value);
            if (STRING_FIELDS.has(name) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value !== null)
                post[name] = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarSourceText */ .FP)(value);
            else
                post[name] = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .toPlain */ .Ul)(doc, field.value) ?? null;
        }
        if (typeof post.id !== 'string' || post.id === '') {
            findings.error('invalid-buffer-block', source.at(pair.key), `\`buffer.${ref}\` has no \`id\`; restore the Buffer post ID or remove the entry (the post would then be created again).`);
            continue;
        }
        tracked[ref] = post;
    }
    return tracked;
}


/***/ }),

/***/ 6845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mP: () => (/* binding */ scanFrontMatter),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/* unused harmony export detectEol */
/**
 * Where the front-matter is in a file's raw text, by byte offset.
 *
 * The delimiters are gray-matter's (a first line `---`, closed by the next line
 * `---`), but we locate them ourselves because both the parser (positions for
 * findings) and the write-back (replace one key's text, keep every other byte)
 * need exact offsets, which gray-matter does not expose.
 */
const DELIMITER = /^---[ \t]*$/;
/** The line ending a file uses: the first one found, LF when there is none. */
function detectEol(raw) {
    const lf = raw.indexOf('\n');
    return lf > 0 && raw[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** Splits `raw` into lines, keeping each line's terminator so offsets add up. */
function* linesWithOffsets(raw, from) {
    let start = from;
    while (start < raw.length) {
        const lf = raw.indexOf('\n', start);
        const next = lf === -1 ? raw.length : lf + 1;
        let end = lf === -1 ? raw.length : lf;
        if (end > start && raw[end - 1] === '\r')
            end -= 1;
        yield { start, text: raw.slice(start, end), next };
        start = next;
    }
}
function scanFrontMatter(raw) {
    const bomLength = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const eol = detectEol(raw);
    const lines = linesWithOffsets(raw, bomLength);
    const first = lines.next();
    if (first.done || !DELIMITER.test(first.value.text))
        return { kind: 'absent', bomLength, eol };
    let lineNumber = 1;
    for (const line of lines) {
        lineNumber += 1;
        if (DELIMITER.test(line.text)) {
            return {
                kind: 'present',
                bomLength,
                eol,
                yamlStart: first.value.next,
                yamlEnd: line.start,
                yamlLine: 2,
                bodyStart: line.next,
                // A closing delimiter at the very end of the file (no line break) leaves
                // the body empty, on the line after it.
                bodyLine: lineNumber + 1,
            };
        }
    }
    return { kind: 'unclosed', bomLength, eol };
}
/** 1-based line and column of an offset in `text` (columns count UTF-16 units, the BOM excluded). */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    const bom = lineStart === 0 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
    return { line, column: offset - lineStart - bom + 1 };
}


/***/ }),

/***/ 6278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ keyValueHint),
/* harmony export */   i: () => (/* binding */ plainYamlProblems)
/* harmony export */ });
/* harmony import */ var _text_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1670);

/**
 * `errors` and `warnings` of one parsed document → one problem per line,
 * in line order. `text` is the YAML that was parsed; `firstLine`, the file
 * line it starts on, is only used for line numbers inside messages.
 */
function plainYamlProblems(text, errors, warnings, lineCounter, firstLine = 1) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const ctx = { lines, lineCounter, fileLine: (line) => line + firstLine - 1 };
    const candidates = [];
    for (const error of errors)
        candidates.push(explain(error, 'error', ctx));
    for (const warning of warnings)
        candidates.push(explain(warning, 'warning', ctx));
    const byLine = new Map();
    for (const c of candidates) {
        const kept = byLine.get(c.line);
        // Errors before warnings, then the explained before the library's wording; the first of equals.
        if (!kept ||
            (c.severity === 'error' && kept.severity === 'warning') ||
            (c.severity === kept.severity && c.rank < kept.rank))
            byLine.set(c.line, c);
    }
    return [...byLine.values()]
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map(({ rank: _rank, ...problem }) => problem);
}
function explain(error, severity, { lines, lineCounter, fileLine }) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const text = lines[line - 1] ?? '';
    const at = (l, c, message, code = 'yaml-syntax', breakColumn = c) => ({
        line: l,
        column: c,
        severity,
        code,
        message,
        breakColumn: Math.min(breakColumn, l === line ? col : breakColumn),
        rank: 0,
    });
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = /^\s*(?:-\s+)?["']?([^"':]*)/.exec(text.slice(col - 1))?.[1]?.trim() || 'A key';
            return at(line, col, `\`${key}\` is set more than once in the front-matter; keep one.`, 'duplicate-key');
        }
        case 'TAB_AS_INDENT':
            return at(line, col, 'YAML does not allow tabs for indentation; indent with spaces.');
        case 'BLOCK_AS_IMPLICIT_KEY':
        case 'BLOCK_IN_FLOW':
        case 'MULTILINE_IMPLICIT_KEY': {
            const colon = colonInValue(text, col);
            if (colon)
                return at(line, colon.column, colon.message, 'yaml-syntax', colon.breakColumn);
            const nested = indentedUnderValue(lines, line, fileLine);
            if (nested)
                return at(nested.line, nested.column, nested.message);
            const listItem = /^(\s*)-\s/.exec(text);
            if (listItem)
                return at(line, listItem[1].length + 1, listItemMessage(text));
            if (error.code === 'MULTILINE_IMPLICIT_KEY') {
                const missing = missingColon(text);
                if (missing)
                    return at(line, missing.column, missing.message);
            }
            break;
        }
        case 'MISSING_CHAR': {
            const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
            if (quote) {
                const opened = unclosedQuote(lines, line, quote);
                if (opened)
                    return at(opened.line, opened.column, `This value opens a ${quote === '"' ? 'double' : 'single'} quote (\`${quote}\`) that is never closed; end the value with \`${quote}\` on the same line.`);
                break;
            }
            if (/Implicit map keys need to be followed by map values/.test(error.message)) {
                const listItem = /^(\s*)-\s/.exec(text);
                if (listItem)
                    return at(line, listItem[1].length + 1, listItemMessage(text));
                const missing = missingColon(text);
                if (missing)
                    return at(line, missing.column, missing.message);
            }
            break;
        }
        case 'BAD_INDENT': {
            const bracket = /Flow (sequence|map) in block collection/.exec(error.message);
            if (bracket) {
                const found = unbalancedBracket(lines, line);
                if (found?.kind === 'mismatch') {
                    const want = found.open === '[' ? ']' : '}';
                    return at(found.line, found.column, `This \`${found.close}\` comes before the ${found.open === '[' ? 'list' : 'mapping'} opened with \`${found.open}\` at column ${found.openColumn} is closed; close it with \`${want}\` first.`);
                }
                if (found?.kind === 'unclosed') {
                    return at(found.line, found.column, found.open === '['
                        ? `This list opens with \`[\` but never closes; end it with \`]\` on the same line, e.g. \`channels: [twitter, linkedin]\`.`
                        : `This mapping opens with \`{\` but never closes; end it with \`}\` on the same line, e.g. \`link: {url: https://example.com}\`.`);
                }
            }
            break;
        }
        case 'UNEXPECTED_TOKEN': {
            const extra = /Unexpected flow-(?:seq|map)-end token in YAML stream: "([\]}])"/.exec(error.message)?.[1];
            if (extra)
                return at(line, col, `An extra \`${extra}\` here has no \`${extra === ']' ? '[' : '{'}\` to close; remove it.`);
            if (/Unexpected scalar at node end/.test(error.message) && /^\s*(?:-\s+)?[^:#]+:\s*["']/.test(text)) {
                return at(line, col, 'Text follows the closing quote of this value; put the whole value inside the quotes.');
            }
            break;
        }
        case 'BAD_SCALAR_START': {
            const char = /reserved character (\S)/.exec(error.message)?.[1] ?? text[col - 1] ?? '';
            const fix = quotedLine(text, col);
            const named = char === '`' ? 'a backtick' : `\`${char}\``;
            return at(line, col, `A YAML value cannot start with ${named}; put the value in quotes${fix ? `: ${fix}` : '.'}`);
        }
        case 'TAG_RESOLVE_FAILED': {
            const tag = /Unresolved tag: (\S+)/.exec(error.message)?.[1] ?? 'This tag';
            return at(line, col, `\`${tag}\` is a YAML tag this front-matter does not use; remove it, or put the whole value in quotes if it is text.`);
        }
        case 'BAD_DQ_ESCAPE':
            return at(line, col, 'A backslash in double quotes starts an escape (`\\n`, `\\"`); write `\\\\` for a backslash, or use single quotes around the value.');
        default:
            break;
    }
    const what = error.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').replace(/\.$/, '');
    return {
        line,
        column: col,
        severity,
        code: 'yaml-syntax',
        message: `This line is not valid YAML (${what}); check its quoting and indentation.`,
        breakColumn: col,
        rank: 1,
    };
}
// ---- recognisers ------------------------------------------------------------
/** `key: value` on one line: indent, an optional `- `, the key, and where the value starts. */
const PAIR = /^(\s*(?:-\s+)?)((?:"[^"]*"|'[^']*'|[^\s#"'{[\]},][^:#]*?)):[ \t]+(.*)$/;
/** A `: ` inside an unquoted value, block (`title: Launch: day one`) or flow (`{title: Launch: day one}`). */
function colonInValue(text, col) {
    const pair = PAIR.exec(text);
    if (pair) {
        const [, lead, key, rest] = pair;
        const value = withoutComment(rest);
        if (value && !/^["'[{|>]/.test(value) && /:(\s|$)/.test(value)) {
            const column = text.length - rest.length + 1;
            const list = asList(key, value);
            const fixed = `${lead}${key}: ${list ?? quote(value)}`.trim();
            return {
                column,
                breakColumn: column,
                message: list
                    ? `\`${unquoteKey(key)}\` takes a list, and YAML reads the \`: \` in this value as the start of another key; write a list: ${fixed}`
                    : colonMessage(key, value, fixed),
            };
        }
    }
    // Flow: the entry around the error, between `{`/`[`/`,` and `,`/`}`/`]`.
    const before = text.slice(0, col - 1);
    const start = Math.max(before.lastIndexOf('{'), before.lastIndexOf('['), before.lastIndexOf(',')) + 1;
    if (start === 0)
        return undefined;
    const after = text.slice(start);
    const endAt = after.search(/[,}\]]/);
    const entry = (endAt === -1 ? after : after.slice(0, endAt)).trim();
    const flow = /^([^:\s][^:]*?):\s+(.+)$/.exec(entry);
    if (!flow || !/:(\s|$)/.test(flow[2]) || /^["']/.test(flow[2]))
        return undefined;
    const keyColumn = start + (after.length - after.trimStart().length) + 1;
    const column = keyColumn + flow[1].length + (entry.length - flow[1].length - flow[2].length);
    // The key of a flow entry is where the guess starts: the parser attached the recovered mapping to it.
    return {
        column: Math.min(column, text.length),
        breakColumn: keyColumn,
        message: colonMessage(flow[1], flow[2], `${flow[1]}: ${quote(flow[2])}`),
    };
}
function colonMessage(key, value, fixed) {
    return `The value of \`${unquoteKey(key)}\` contains \`: \`, which YAML reads as the start of another key; put the value in quotes: ${fixed}`;
}
/** `channels: twitter, linkedin: Acme` meant a list: the list, with the entries that need it quoted. */
function asList(key, value) {
    if ((key !== 'channels' && key !== 'services') || !value.includes(','))
        return undefined;
    const items = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    return `[${items.map((v) => (/:\s|^[^\w]/.test(v) ? quote(v) : v)).join(', ')}]`;
}
/** A line indented deeper than the `key: value` above it, which YAML cannot nest under a value. */
function indentedUnderValue(lines, errorLine, fileLine) {
    const parentText = lines[errorLine - 1] ?? '';
    const parent = PAIR.exec(parentText);
    if (!parent || withoutComment(parent[3]) === '')
        return undefined;
    const parentIndent = indentOf(parentText);
    for (let i = errorLine; i < lines.length; i++) {
        const child = lines[i];
        if (child.trim() === '' || child.trim().startsWith('#'))
            continue;
        const indent = indentOf(child);
        if (indent <= parentIndent)
            return undefined;
        const key = unquoteKey(parent[2]);
        const like = parentIndent === 0 ? 'start it at the beginning of the line' : `indent it ${(0,_text_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(parentIndent, 'space')}`;
        return {
            line: i + 1,
            column: indent + 1,
            message: `This line is indented more than \`${key}\` on line ${fileLine(errorLine)}, which already has a value, so YAML cannot place it; ${like}, like \`${key}\`.`,
        };
    }
    return undefined;
}
function listItemMessage(text) {
    return `\`${text.trim()}\` is a list item where a \`key: value\` line is expected; put it under the key it belongs to, indented like the items above it (e.g. \`channels:\` then \`  - twitter\`), or remove it.`;
}
/**
 * For front-matter that parsed as one text instead of `key: value` lines
 * (`channel twitter`): how to write its first line, or '' when it has colons.
 */
function keyValueHint(firstLine) {
    const missing = missingColon(firstLine);
    return missing ? ` ${missing.message}` : '';
}
/** `key value` or `key` alone: a line that is not `key: value`. */
function missingColon(text) {
    const body = text.trim();
    if (body === '' || /:(\s|$)/.test(body))
        return undefined;
    const [key, ...rest] = body.split(/\s+/);
    const fixed = rest.length ? `${key}: ${rest.join(' ')}` : `${key}: <value>`;
    return {
        column: indentOf(text) + 1,
        message: `\`${body}\` is not a \`key: value\` line; write a colon and a space after the key (\`${fixed}\`), or remove the line.`,
    };
}
/** The line and column of the last quote of kind `q` left open at or before `errorLine`. */
function unclosedQuote(lines, errorLine, q) {
    for (let i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
        const open = scanQuotes(lines[i]);
        if (open?.quote === q)
            return { line: i + 1, column: open.at + 1 };
    }
    return undefined;
}
/**
 * The last line at or before `errorLine` whose brackets do not balance: a
 * `[` or `{` left open (where it opens), or a closer of the wrong kind
 * (`[{…}}`: where it is). Flow collections are written on one line in
 * front-matter, so one line is looked at a time.
 */
function unbalancedBracket(lines, errorLine) {
    const pairs = { ']': '[', '}': '{' };
    for (let i = Math.min(errorLine, lines.length) - 1; i >= 0; i--) {
        const text = withoutComment(lines[i]);
        const stack = [];
        let quoteChar;
        for (let k = 0; k < text.length; k++) {
            const ch = text[k];
            if (quoteChar) {
                if (ch === quoteChar)
                    quoteChar = undefined;
            }
            else if ((ch === '"' || ch === "'") && (k === 0 || /[\s:,[{]/.test(text[k - 1])))
                quoteChar = ch;
            else if (ch === '[' || ch === '{')
                stack.push({ ch, k });
            else if (ch === ']' || ch === '}') {
                const top = stack.pop();
                if (top && top.ch !== pairs[ch])
                    return { kind: 'mismatch', line: i + 1, column: k + 1, open: top.ch, openColumn: top.k + 1, close: ch };
            }
        }
        if (stack.length > 0)
            return { kind: 'unclosed', line: i + 1, column: stack[0].k + 1, open: stack[0].ch };
    }
    return undefined;
}
/** `handle: "@acme"` for a line whose value starts at `col`. */
function quotedLine(text, col) {
    const head = text.slice(0, col - 1);
    const value = withoutComment(text.slice(col - 1));
    if (!value || !/:\s*$|-\s*$/.test(head))
        return undefined;
    return `${head.trim()} ${quote(value)}`;
}
// ---- small helpers ----------------------------------------------------------
/**
 * Reads a line's quotes as YAML does (a quote opens at the start of a value;
 * `\"` escapes in double quotes, `''` in single ones): where a comment starts,
 * and the quote still open at the end of the line.
 */
function scanQuotes(text) {
    return scan(text).open;
}
function scan(text) {
    let open;
    for (let k = 0; k < text.length; k++) {
        const ch = text[k];
        if (open) {
            if (open.quote === '"' && ch === '\\')
                k++;
            else if (open.quote === "'" && ch === "'" && text[k + 1] === "'")
                k++;
            else if (ch === open.quote)
                open = undefined;
        }
        else if ((ch === '"' || ch === "'") && (k === 0 || /[\s:,[{-]/.test(text[k - 1])))
            open = { quote: ch, at: k };
        else if (ch === '#' && (k === 0 || /\s/.test(text[k - 1])))
            return { comment: k };
    }
    return { comment: text.length, open };
}
/** The text before a YAML comment (`#` at the start or after a space, outside quotes); leading spaces kept, so columns stay right. */
function withoutComment(text) {
    return text.slice(0, scan(text).comment).trimEnd();
}
/** `"Launch: day one"`, or single quotes when the text holds a double quote. */
function quote(text) {
    if (!text.includes('"') && !text.includes('\\'))
        return `"${text}"`;
    return `'${text.replace(/'/g, "''")}'`;
}
function unquoteKey(key) {
    return key.replace(/^(["'])(.*)\1$/, '$2').trim();
}
function indentOf(text) {
    return text.length - text.trimStart().length;
}


/***/ }),

/***/ 9420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ asMap),
/* harmony export */   FP: () => (/* binding */ scalarSourceText),
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   WF: () => (/* binding */ parseYamlSource),
/* harmony export */   WQ: () => (/* binding */ describeNode),
/* harmony export */   __: () => (/* binding */ asSeqItems),
/* harmony export */   hl: () => (/* binding */ resolveNode),
/* harmony export */   m8: () => (/* binding */ withoutGuesses),
/* harmony export */   uc: () => (/* binding */ isNullNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6278);
/**
 * Front-matter YAML parsed with the `yaml` Document API, so every value keeps
 * its source range (for findings at file:line:column) and its source text
 * (so `dueAt` and channel IDs are read as written, not as YAML would convert them).
 */


/**
 * Parses `text` (the YAML between the delimiters, starting on file line `firstLine`)
 * and reports syntax errors and duplicate keys as findings.
 */
function parseYamlSource(text, firstLine, findings) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // `core` schema: YAML 1.2 has no timestamp type, so no value becomes a Date.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: true });
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: line + firstLine - 1, column: col };
    };
    const at = (node) => {
        const range = node?.range;
        return position(range ? range[0] : 0);
    };
    const brokenLines = new Map();
    const broken = (where) => brokenLines.set(where.line, Math.min(where.column, brokenLines.get(where.line) ?? Infinity));
    for (const error of doc.errors)
        if (error.code !== 'DUPLICATE_KEY')
            broken(position(error.pos[0]));
    for (const problem of (0,_yaml_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .plainYamlProblems */ .i)(text, doc.errors, doc.warnings, lineCounter, firstLine)) {
        const where = { line: problem.line + firstLine - 1, column: problem.column };
        if (problem.severity === 'error' && problem.code !== 'duplicate-key')
            broken({ line: where.line, column: problem.breakColumn });
        findings.add(problem.severity, problem.code, where, problem.message);
    }
    return { doc, position, at, brokenLines };
}
/**
 * Drops the findings a YAML syntax error caused rather than the file: from
 * where a line stops being YAML, the value the parser recovered is a guess
 * (the `title` of `title: Launch: day one` became a mapping), and "`title`
 * must be text; found a mapping" would be a second message for the one
 * mistake. The syntax finding stays, and so does what lies before the break
 * on that line (an unknown key is read as written).
 */
function withoutGuesses(findings, source) {
    if (!source || source.brokenLines.size === 0)
        return;
    const guessed = (f) => {
        const from = source.brokenLines.get(f.line);
        return from !== undefined && f.column >= from && f.code !== 'yaml-syntax' && f.code !== 'duplicate-key';
    };
    const kept = findings.items.filter((f) => !guessed(f));
    findings.items.splice(0, findings.items.length, ...kept);
}
/** Follows an alias (`*name`) to the node it names; other nodes as they are. */
function resolveNode(doc, node) {
    let current = node;
    for (let depth = 0; depth < 16 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(current); depth++)
        current = current.resolve(doc);
    return current;
}
/** The key of a pair as text (keys are scalars in front-matter; anything else is shown as YAML). */
function keyText(pair) {
    const key = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return scalarSourceText(key);
    return String(key);
}
/**
 * The text a scalar stands for, as the user wrote it: quoted strings by value;
 * plain scalars by their source, so `6750c3e10` (a float to YAML) or `2026-12-01`
 * stay exactly the characters typed. Non-string values without source become String(value).
 */
function scalarSourceText(node) {
    if (typeof node.value === 'string')
        return node.value;
    if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && typeof node.source === 'string')
        return node.source;
    return String(node.value);
}
/** A scalar that should be a string: its text, or undefined when it is not a scalar / is null. */
function stringOf(doc, node) {
    const resolved = resolveNode(doc, node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved) || resolved.value === null || resolved.value === undefined)
        return undefined;
    if (typeof resolved.value === 'boolean')
        return undefined;
    return scalarSourceText(resolved);
}
/** True for an absent value or an explicit YAML null (`key:`, `key: ~`, `key: null`). */
function isNullNode(doc, node) {
    const resolved = resolveNode(doc, node);
    return resolved === null || resolved === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved) && resolved.value === null);
}
/** Plain JavaScript for a node; never throws (an unresolvable alias yields undefined). */
function toPlain(doc, node) {
    const resolved = resolveNode(doc, node);
    if (resolved === null || resolved === undefined)
        return undefined;
    try {
        return resolved.toJS(doc, { maxAliasCount: 100 });
    }
    catch {
        return undefined;
    }
}
function asMap(doc, node) {
    const resolved = resolveNode(doc, node);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved) ? resolved : undefined;
}
function asSeqItems(doc, node) {
    const resolved = resolveNode(doc, node);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) ? resolved.items : undefined;
}
/** A short name of a node's type for "expected a list, found …" messages. */
function describeNode(doc, node) {
    const resolved = resolveNode(doc, node);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved)) {
        const value = resolved.value;
        if (value === null)
            return 'nothing';
        if (typeof value === 'string')
            return `the text "${value}"`;
        return `${typeof value} ${String(value)}`;
    }
    return 'an unknown value';
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

/***/ 9200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
/**
 * Code-unit order, what `<` does on strings: the same on every machine and
 * in every locale (unlike localeCompare), so sorted output (the metrics CSV,
 * the applied state, plans) never changes with where it ran.
 */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
