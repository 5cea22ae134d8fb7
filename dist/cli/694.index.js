export const id = 694;
export const ids = [694];
export const modules = {

/***/ 4322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ toPostContent),
/* harmony export */   n: () => (/* binding */ withoutDefaults)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/**
 * What a post holds beyond its status, read from Buffer with the full
 * fragment (documents.ts POST_CONTENT_FIELDS) and spelled as Buffer's inputs
 * spell it: the assets as an `AssetInput` list, every thread item with its
 * media, and the channel's own `PostInputMetaData` entry. Shared by import
 * (which writes it into a file) and the plan (which compares it with a file),
 * so both read Buffer's post the same way.
 */

function obj(value) {
    return value && typeof value === 'object' ? value : {};
}
/** A `Post` read with the full fragment → its content; the service picks the metadata member's names. */
function toPostContent(wire, service) {
    const w = obj(wire);
    const meta = obj(w.metadata);
    const thread = Array.isArray(meta.thread) ? meta.thread.map(obj) : [];
    const content = {
        assets: assetsOf(w.assets),
        thread: thread.map((item) => ({
            text: typeof item.text === 'string' ? item.text : '',
            assets: assetsOf(item.assets),
        })),
    };
    const options = service ? metadataOf(service, meta) : undefined;
    if (options)
        content.metadata = options;
    return content;
}
/** `Asset` members → `AssetInput`; an asset Buffer could not name is left out. */
function assetsOf(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const raw of value) {
        const a = obj(raw);
        const url = typeof a.source === 'string' ? a.source : undefined;
        if (!url)
            continue;
        switch (a.__typename) {
            case 'ImageAsset': {
                const alt = obj(a.image).altText;
                out.push({ image: typeof alt === 'string' && alt !== '' ? { url, metadata: { altText: alt } } : { url } });
                break;
            }
            case 'VideoAsset': {
                const video = obj(a.video);
                const metadata = {};
                if (typeof video.title === 'string' && video.title !== '')
                    metadata.title = video.title;
                if (typeof video.thumbnailOffset === 'number')
                    metadata.thumbnailOffset = video.thumbnailOffset;
                out.push({ video: Object.keys(metadata).length > 0 ? { url, metadata } : { url } });
                break;
            }
            case 'DocumentAsset': {
                const title = obj(a.document).title;
                const thumbnailUrl = typeof a.thumbnail === 'string' ? a.thumbnail : url;
                out.push({ document: { url, title: typeof title === 'string' && title !== '' ? title : url, thumbnailUrl } });
                break;
            }
        }
    }
    return out;
}
/**
 * Values Buffer fills in on its own when an input leaves the field out, per
 * the reference's field descriptions (YouTube's privacy `public`, an
 * `isAiGenerated` false, …). A value equal to one of these says nothing the
 * user chose: import does not write it, and the plan compares it equal to
 * the field being absent (else a freshly created post would differ from its
 * file forever).
 */
const METADATA_DEFAULTS = {
    instagram: { isAiGenerated: false },
    youtube: {
        privacy: 'public',
        license: 'youtube',
        notifySubscribers: true,
        embeddable: true,
        madeForKids: false,
        isAiGenerated: false,
    },
    tiktok: { isAiGenerated: false },
    twitter: { isAiGenerated: false },
};
/**
 * A service's metadata entry (input names) without unset values and without
 * values equal to what Buffer fills in: Threads' `type` of `post`/`thread`
 * (derived from the thread's length), a Google Business button `none`.
 * Undefined when nothing is left.
 */
function withoutDefaults(service, entry) {
    if (!entry)
        return undefined;
    const defaults = METADATA_DEFAULTS[service] ?? {};
    const out = {};
    for (const [field, value] of Object.entries(entry)) {
        if (!isSet(value) || (field in defaults && defaults[field] === value))
            continue;
        if (service === 'threads' && field === 'type' && (value === 'post' || value === 'thread'))
            continue;
        if (service === 'googlebusiness' && /^details/.test(field) && value && typeof value === 'object') {
            const details = { ...value };
            if (details.button === 'none')
                delete details.button;
            for (const [k, v] of Object.entries(details))
                if (!isSet(v))
                    delete details[k];
            if (Object.keys(details).length > 0)
                out[field] = details;
            continue;
        }
        out[field] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/**
 * Every option of the post's `PostMetadata` member that has a
 * `PostInputMetaData` field, renamed to the input's names (issue 12: the file
 * must say what Buffer has, for every service), defaults left out
 * (`withoutDefaults`).
 */
function metadataOf(service, m) {
    const key = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_KEY */ .KK[service];
    if (!key)
        return undefined;
    const picked = {};
    const copy = (from, to = from) => {
        const value = m[from];
        if (isSet(value))
            picked[to] = value;
    };
    const link = () => {
        const attachment = linkAttachmentOf(m.linkAttachment);
        if (attachment)
            picked.linkAttachment = attachment;
    };
    switch (service) {
        case 'instagram': {
            copy('type');
            copy('shouldShareToFeed');
            copy('firstComment');
            copy('link');
            copy('isAiGenerated');
            const geolocation = present(obj(m.geolocation), ['id', 'text']);
            if (geolocation)
                picked.geolocation = geolocation;
            const stickers = present(obj(m.stickerFields), ['text', 'music', 'products', 'topics', 'other']);
            if (stickers)
                picked.stickerFields = stickers;
            break;
        }
        case 'facebook':
            copy('type');
            copy('firstComment');
            link();
            break;
        case 'linkedin':
            copy('firstComment');
            link();
            break;
        case 'pinterest': {
            copy('title');
            copy('url');
            const board = obj(m.board).serviceId;
            if (typeof board === 'string' && board !== '')
                picked.boardServiceId = board;
            break;
        }
        case 'youtube': {
            copy('title');
            const category = obj(m.category).categoryId;
            if (typeof category === 'string' && category !== '')
                picked.categoryId = category;
            copy('privacy');
            copy('license');
            copy('notifySubscribers');
            copy('embeddable');
            copy('madeForKids');
            copy('isAiGenerated');
            break;
        }
        case 'googlebusiness': {
            copy('type');
            copy('title');
            const details = googleDetailsOf(obj(m.details));
            if (details)
                picked[details[0]] = details[1];
            break;
        }
        case 'tiktok':
            copy('title');
            copy('isAiGenerated');
            break;
        case 'threads':
            copy('type');
            copy('topic');
            copy('locationId');
            copy('locationName');
            link();
            break;
        case 'mastodon':
            copy('spoilerText');
            break;
        case 'bluesky':
            link();
            break;
        case 'twitter': {
            copy('isAiGenerated');
            const retweet = obj(m.retweet).id;
            if (typeof retweet === 'string' && retweet !== '')
                picked.retweet = { id: retweet };
            break;
        }
        default:
            break;
    }
    const options = withoutDefaults(service, picked);
    return options ? { [key]: options } : undefined;
}
/** Buffer answers an unset option as null or '' (or leaves it out): nothing to write. */
function isSet(value) {
    return value !== undefined && value !== null && value !== '';
}
/** The named fields that are set, or undefined when none is. */
function present(w, fields) {
    const out = {};
    for (const f of fields)
        if (isSet(w[f]))
            out[f] = w[f];
    return Object.keys(out).length > 0 ? out : undefined;
}
/** `LinkAttachment` → `LinkAttachmentInput` (`text` is the card's description). */
function linkAttachmentOf(value) {
    const l = obj(value);
    if (typeof l.url !== 'string' || l.url === '')
        return undefined;
    const out = { url: l.url };
    if (typeof l.title === 'string' && l.title !== '')
        out.title = l.title;
    if (typeof l.text === 'string' && l.text !== '')
        out.description = l.text;
    if (typeof l.thumbnail === 'string' && l.thumbnail !== '')
        out.thumbnail = { url: l.thumbnail };
    return out;
}
/** `GoogleBusinessPostDetails` member → its `details*` input and fields; a `none` button is the default. */
function googleDetailsOf(d) {
    const pick = (fields) => {
        const out = present(d, fields) ?? {};
        if (out.button === 'none')
            delete out.button;
        return out;
    };
    switch (d.__typename) {
        case 'GoogleBusinessOfferMetaData':
            return ['detailsOffer', pick(['title', 'startDate', 'endDate', 'code', 'link', 'terms'])];
        case 'GoogleBusinessEventMetaData':
            return [
                'detailsEvent',
                { ...pick(['title', 'startDate', 'endDate', 'button', 'link']), isFullDayEvent: d.isFullDayEvent === true },
            ];
        case 'GoogleBusinessWhatsNewMetaData': {
            const whatsNew = pick(['button', 'link']);
            return Object.keys(whatsNew).length > 0 ? ['detailsWhatsNew', whatsNew] : undefined;
        }
        default:
            return undefined;
    }
}


/***/ }),

/***/ 7071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SERVICES),
/* harmony export */   KK: () => (/* binding */ METADATA_KEY),
/* harmony export */   NB: () => (/* binding */ SHARE_MODES),
/* harmony export */   cR: () => (/* binding */ SEED_SERVICE_SPELLINGS),
/* harmony export */   pE: () => (/* binding */ SCHEDULING_TYPES),
/* harmony export */   uL: () => (/* binding */ THREAD_SERVICES),
/* harmony export */   ux: () => (/* binding */ POST_STATUSES)
/* harmony export */ });
/**
 * Buffer wire types, spelled exactly as `shared/reference/buffer-api-reference.md`.
 * Only the parts this product sends or reads are typed; everything here is what
 * travels in GraphQL variables or comes back in `data`.
 */
const SERVICES = [
    'bluesky',
    'facebook',
    'googlebusiness',
    'instagram',
    'linkedin',
    'mastodon',
    'pinterest',
    'startPage',
    'threads',
    'tiktok',
    'twitter',
    'youtube',
];
/** The seed document's spellings of services that differ from the wire's `Service` enum; accepted in files, never sent. */
const SEED_SERVICE_SPELLINGS = { startpage: 'startPage' };
const SHARE_MODES = ['addToQueue', 'customScheduled', 'shareNext', 'shareNow'];
const SCHEDULING_TYPES = ['automatic', 'notification'];
const POST_STATUSES = ['draft', 'error', 'needs_approval', 'scheduled', 'sending', 'sent'];
/** Services whose metadata input has a `thread: [ThreadedPostInput!]`. */
const THREAD_SERVICES = ['twitter', 'mastodon', 'bluesky', 'threads'];
/** The key of `PostInputMetaData` for a service (Google Business is `google`). */
const METADATA_KEY = {
    bluesky: 'bluesky',
    facebook: 'facebook',
    googlebusiness: 'google',
    instagram: 'instagram',
    linkedin: 'linkedin',
    mastodon: 'mastodon',
    pinterest: 'pinterest',
    startPage: undefined,
    threads: 'threads',
    tiktok: 'tiktok',
    twitter: 'twitter',
    youtube: 'youtube',
};


/***/ }),

/***/ 8644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidateCommand: () => (/* binding */ runValidateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 1 modules
var build_plan = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/posts/read-post-file.ts
var read_post_file = __webpack_require__(7805);
// EXTERNAL MODULE: ./src/posts/markdown-tree.ts + 1 modules
var markdown_tree = __webpack_require__(890);
// EXTERNAL MODULE: ./src/posts/render.ts
var render = __webpack_require__(1771);
// EXTERNAL MODULE: ./src/validate/rules.ts + 12 modules
var rules = __webpack_require__(7244);
;// CONCATENATED MODULE: ./src/validate/idea-file.ts
/**
 * `validate` for idea files (SPEC §2, "Idea files"): an idea is checked as
 * an idea (`title`, `services`, `date`, body and images), never as a post,
 * which would call its `title` an unknown key. The checks are the ones a
 * plan makes before `createIdea`, so `validate` and `plan` agree.
 */

// Reading goes through the reader a run uses, so `validate` refuses links,
// binaries, huge and non-UTF-8 files exactly as a run does.

/**
 * Every problem with the idea file at `path` (relative to `workspace`,
 * forward slashes), in file order. Offline: ideas name services, not
 * channels, so there is nothing more Buffer could check before `createIdea`.
 */
function validateIdeaFile(workspace, path, opts = {}) {
    return (0,read_post_file/* readIdeaFile */.M9)(workspace, path, { timezone: opts.timezone }).findings;
}
/**
 * True when `path` (repository-relative) is an idea file: under the ideas
 * folder and not under the posts folder (a run reads a file in both as a
 * post, so `validate` does too).
 */
function isIdeaPath(path, dirs) {
    return inDir(path, dirs.ideasDir) && !inDir(path, dirs.postsDir);
}
function inDir(path, dir) {
    const folder = external_node_path_.posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (folder === '.' || folder === '')
        return true;
    const file = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
    return file === folder || file.startsWith(`${folder}/`);
}

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
;// CONCATENATED MODULE: ./src/cli/validate.ts
/**
 * `buffer-gitops validate [paths]`: offline checks of post and idea files, as
 * `file:line:col: severity: message`. Without paths: the posts folder and the
 * ideas folder (when there is one). A file under the ideas folder is checked
 * as an idea (validate/idea-file.ts), everything else as a post, as a run
 * reads them. Paths are taken from the current folder; findings name files
 * from the repository's top folder, as plan and apply do.
 */
// node:fs, not node:fs/promises: loading that costs every start ~1.4 ms (issue 16); one stat per path.



// The file reader itself, not plan/collect.ts's readPost (the same call): importing that brought the plan's collector chunk along.






async function runValidateCommand(settings, paths, io) {
    const root = settings.workspace;
    const files = new Set();
    const targets = paths.length
        ? paths.map((p) => (0,external_node_path_.resolve)(io.cwd, p))
        : [(0,external_node_path_.resolve)(root, settings.postsDir), (0,external_node_path_.resolve)(root, settings.ideasDir)];
    for (const [i, target] of targets.entries()) {
        const rel = (0,external_node_path_.relative)(root, target).replace(/\\/g, '/') || '.';
        let info;
        try {
            info = (0,external_node_fs_.statSync)(target);
        }
        catch {
            // The ideas folder is optional; a path the user named is not (main.ts checked the posts folder).
            if (!paths.length && i === 1)
                continue;
            io.stderr.write(`buffer-gitops: ${paths[i] ?? rel}: no such file or folder (${target})\n`);
            return commands/* EXIT */.dc.usage;
        }
        if (rel === '..' || rel.startsWith('../')) {
            io.stderr.write(`buffer-gitops: ${paths[i]}: outside the repository at ${root}\n`);
            return commands/* EXIT */.dc.usage;
        }
        if (info.isDirectory()) {
            // Loaded for a folder only: it brings node:fs/promises (~1.4 ms, issue 16), which one named file never needs.
            const { listMarkdownFiles } = await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.bind(__webpack_require__, 4261));
            for (const f of await listMarkdownFiles(root, rel))
                files.add(f.replace(/^\.\//, ''));
        }
        else
            files.add(rel);
    }
    const sorted = [...files].sort();
    const ideas = sorted.filter((path) => isIdeaPath(path, settings));
    const now = new Date();
    // Reads and checks, changing nothing: when a body needs the Markdown parser, it is loaded and this runs again
    // (posts/markdown-tree.ts), so plain posts are checked without loading it.
    const { posts, findings } = await (0,markdown_tree/* withMarkdownParser */.V9)(() => {
        const posts = [];
        for (const path of sorted.filter((p) => !ideas.includes(p)))
            posts.push({
                path,
                kind: 'unchanged',
                current: (0,read_post_file/* readPostFile */.h2)(root, path, { timezone: settings.timezone }),
            });
        const plan = (0,build_plan/* buildPlan */.G)({
            basis: 'offline',
            posts,
            deleteSent: false,
            now,
            render: render.renderPost,
            validate: rules/* validatePost */.T$,
        });
        const findings = [
            ...plan.findings,
            ...ideas.flatMap((path) => validateIdeaFile(root, path, { timezone: settings.timezone })),
        ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
        return { posts, findings };
    });
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (io.json) {
        io.stdout.write(`${JSON.stringify({ files: files.size, posts: posts.length, ideas: ideas.length, errors, findings }, null, 2)}\n`);
    }
    else {
        for (const f of findings)
            io.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]\n`);
        io.stderr.write(`${files.size} file(s) checked (${posts.length} post(s), ${ideas.length} idea(s)), ${errors} error(s), ${findings.length - errors} warning(s)/notice(s)\n`);
    }
    return errors > 0 ? commands/* EXIT */.dc.problems : commands/* EXIT */.dc.ok;
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
