export const id = 453;
export const ids = [453];
export const modules = {

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

/***/ 2373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ graphemes)
/* harmony export */ });
/**
 * Grapheme segmentation (user-perceived characters), one Segmenter for the
 * process, created on first use: it loads ICU's break rules (about 10 ms at
 * start-up), which most runs never need.
 */
let segmenter;
function graphemes(text) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return segmenter.segment(text);
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ countLength),
/* harmony export */   yA: () => (/* binding */ characterLength)
/* harmony export */ });
/* unused harmony exports MASTODON_URL_LENGTH, simpleGraphemeLength, graphemeLength, byteLength, mastodonLength, threadsLength */
/* harmony import */ var _text_x_urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9344);
/* harmony import */ var _text_x_weighted_length_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6134);
/* harmony import */ var _network_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4693);
/* harmony import */ var _text_graphemes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2373);



// Text of the common scripts below U+0300 never needs the Segmenter (simpleGraphemeLength).

/** Mastodon replaces every URL by this many characters when counting (`characters_reserved_per_url`). */
const MASTODON_URL_LENGTH = 23;
const utf8 = new TextEncoder();
/**
 * Characters that never join a neighbour into one grapheme (except CR
 * followed by LF): everything below U+0300 (ASCII, Latin-1, Latin Extended,
 * IPA, spacing modifiers), and general punctuation and currency signs
 * (U+2000–U+20CF: dashes, curly quotes, `…`, `€`) but the joiners U+200C and
 * U+200D. Combining marks, Hangul jamo, emoji modifiers and the like all lie
 * outside. Checked against Intl.Segmenter for every pair of them in
 * test/validate/length-graphemes.test.ts.
 */
const MAY_JOIN = /[^\0-\u02FF\u2000-\u200B\u200E-\u20CF]/;
/**
 * The grapheme count of `text` if none of its characters joins a neighbour
 * (CRLF aside), without Intl.Segmenter; undefined for other text. Exported
 * for the test that checks it against Intl.Segmenter.
 */
function simpleGraphemeLength(text) {
    if (MAY_JOIN.test(text))
        return undefined;
    let count = text.length;
    for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2))
        count -= 1;
    return count;
}
/** User-perceived characters: a ZWJ family, a flag or a letter with combining marks is one. */
function graphemeLength(text) {
    const nfc = text.normalize('NFC');
    const simple = simpleGraphemeLength(nfc);
    if (simple !== undefined)
        return simple;
    let count = 0;
    for (const _ of (0,_text_graphemes_js__WEBPACK_IMPORTED_MODULE_3__/* .graphemes */ .l)(nfc))
        count += 1;
    return count;
}
/** UTF-16 code units of the NFC text. */
function characterLength(text) {
    return text.normalize('NFC').length;
}
/** UTF-8 bytes of the NFC text. */
function byteLength(text) {
    return utf8.encode(text.normalize('NFC')).length;
}
/**
 * Mastodon's count: graphemes, with every http(s) URL counted as 23 and a
 * remote mention `@user@example.social` counted as its local part `@user`
 * (the server only stores the domain for routing, so it is free).
 */
function mastodonLength(text) {
    const nfc = text.normalize('NFC');
    // X's URL finder is Mastodon's (Mastodon's URL regex is twitter-text's),
    // here with a scheme required; indices are UTF-16 offsets into `nfc`.
    const urls = (0,_text_x_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .extractUrlsX */ .AZ)(nfc, { withoutProtocol: false });
    let withoutUrls = '';
    let cursor = 0;
    for (const { indices } of urls) {
        withoutUrls += nfc.slice(cursor, indices[0]) + 'x'.repeat(MASTODON_URL_LENGTH);
        cursor = indices[1];
    }
    withoutUrls += nfc.slice(cursor);
    const localMentions = withoutUrls.replace(
    // Same shape as Mastodon's own counter: ASCII usernames, a dotted domain.
    /(^|[^/\w])@([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]/giu, (_m, before, user) => `${before}@${user}`);
    return graphemeLength(localMentions);
}
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
/**
 * Threads' count: characters, except that "emojis are counted as the number of
 * UTF-8 bytes" (Meta's Threads API, Posts → Limitations). 👍 is 4, a ZWJ family 25.
 */
function threadsLength(text) {
    const nfc = text.normalize('NFC');
    // ASCII holds no emoji (no Extended_Pictographic, regional indicator or keycap mark).
    if (/^[\0-\x7F]*$/.test(nfc))
        return simpleGraphemeLength(nfc) ?? nfc.length;
    let count = 0;
    for (const { segment } of (0,_text_graphemes_js__WEBPACK_IMPORTED_MODULE_3__/* .graphemes */ .l)(nfc)) {
        count += EMOJI.test(segment) ? utf8.encode(segment).length : 1;
    }
    return count;
}
/**
 * The length of `text` on `service`, in that network's unit, with its limit.
 * Mastodon's limit is the instance's (`channel.maxCharacters`); without a
 * channel (offline) it is Mastodon's default of 500.
 */
function countLength(text, service, channel) {
    const rules = _network_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .NETWORK_LIMITS */ .o[service];
    switch (service) {
        case 'twitter':
            return { count: (0,_text_x_weighted_length_js__WEBPACK_IMPORTED_MODULE_1__/* .weightedLengthX */ .U)(text), limit: rules.length.limit, unit: 'weighted' };
        case 'mastodon':
            return {
                count: mastodonLength(text),
                limit: channel?.maxCharacters ?? _network_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MASTODON_DEFAULT_LIMIT */ .Y,
                unit: 'graphemes',
            };
        case 'threads':
            return { count: threadsLength(text), limit: rules.length.limit, unit: 'weighted' };
        default:
            return { count: measure(text, rules.length.unit), limit: rules.length.limit, unit: rules.length.unit };
    }
}
function measure(text, unit) {
    switch (unit) {
        case 'graphemes':
            return graphemeLength(text);
        case 'bytes':
            return byteLength(text);
        case 'characters':
        case 'weighted': // no generic weighting exists; networks with one are handled above
            return characterLength(text);
    }
}


/***/ }),

/***/ 7244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T$: () => (/* binding */ validatePost)
});

// UNUSED EXPORTS: NETWORK_LIMITS, VALIDATION_CODES

;// CONCATENATED MODULE: ./src/validate/codes.ts
/**
 * Stable machine codes of validation findings. Reports, annotations and tests
 * match on these, so they never change once shipped; the parser may emit the
 * same code (e.g. `due-at-required`) and validation then stays quiet about it.
 */
const VALIDATION_CODES = {
    tooLong: 'too-long',
    tooManyHashtags: 'too-many-hashtags',
    tooManyLinks: 'too-many-links',
    titleTooLong: 'title-too-long',
    titleInvalid: 'title-invalid',
    mediaRequired: 'media-required',
    tooManyImages: 'too-many-images',
    tooManyVideos: 'too-many-videos',
    tooManyMedia: 'too-many-media',
    documentNotSupported: 'document-not-supported',
    mixedMedia: 'mixed-media',
    metadataRequired: 'metadata-required',
    metadataInvalid: 'metadata-invalid',
    metadataKeyUnknown: 'metadata-key-unknown',
    metadataUnused: 'metadata-unused',
    linkAttachmentWithAssets: 'link-attachment-with-assets',
    threadNotSupported: 'thread-not-supported',
    threadTextMismatch: 'thread-text-mismatch',
    emptyThreadItem: 'empty-thread-item',
    emptyPost: 'empty-post',
    assetVariant: 'asset-variant',
    assetUrlMissing: 'asset-url-missing',
    assetUrlNotHttps: 'asset-url-not-https',
    assetUrlRelative: 'asset-url-relative',
    assetUrlInvalid: 'asset-url-invalid',
    assetFieldMissing: 'asset-field-missing',
    videoThumbnailUrl: 'video-thumbnail-url',
    dueAtRequired: 'due-at-required',
    dueAtPast: 'due-at-past',
    offlinePartialCheck: 'offline-partial-check',
};

// EXTERNAL MODULE: ./src/posts/fields.ts
var fields = __webpack_require__(7042);
// EXTERNAL MODULE: ./src/validate/network-limits.ts
var network_limits = __webpack_require__(4693);
;// CONCATENATED MODULE: ./src/validate/finding.ts

function finding(post, at, severity, code, message) {
    return { file: post.path, line: at.line, column: at.column, severity, code, message };
}
/** "X", or "X channel "twitter:Acme"" when the reference says more than the service. */
function channelLabel(service, ref) {
    const label = network_limits/* NETWORK_LIMITS */.o[service].label;
    return ref === service ? label : `${label} channel "${ref}"`;
}

// EXTERNAL MODULE: ./src/text/words.ts
var words = __webpack_require__(1670);
;// CONCATENATED MODULE: ./src/validate/locate.ts
const FILE_START = { line: 1, column: 1 };
/** Line/column (1-based) of a UTF-16 offset into `text`. */
function positionOfOffset(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Offset where line `line` (1-based) starts, or the text's length past the end. */
function offsetOfLine(text, line) {
    let offset = 0;
    for (let current = 1; current < line; current += 1) {
        const next = text.indexOf('\n', offset);
        if (next === -1)
            return text.length;
        offset = next + 1;
    }
    return offset;
}
/** The front-matter part of the raw file: everything before the body. */
function frontMatter(post) {
    return post.raw.slice(0, offsetOfLine(post.raw, post.bodyLine));
}
/** Position of the first occurrence of `needle` in the whole file. */
function findInFile(post, needle) {
    if (!needle)
        return undefined;
    const at = post.raw.indexOf(needle);
    return at === -1 ? undefined : positionOfOffset(post.raw, at);
}
/** Position of the first front-matter match of `pattern` at or after `from` (an offset). */
function matchInFrontMatter(post, pattern, from = 0) {
    const fm = frontMatter(post);
    const sticky = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    sticky.lastIndex = from;
    const match = sticky.exec(fm);
    return match ? match.index + (match[1]?.length ?? 0) : undefined;
}
function keyPattern(key) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The key at a line start or after `{`/`,` (flow style), optionally quoted.
    return new RegExp(`((?:^|[\\n{,])[ \\t]*)["']?${escaped}["']?[ \\t]*:`, 'g');
}
/**
 * Position of a front-matter key path such as `metadata` → `instagram` → `type`:
 * the deepest key found, searching each one after its parent. Undefined when
 * even the first is absent.
 */
function findFrontMatterKey(post, path) {
    let offset;
    for (const key of path) {
        const found = matchInFrontMatter(post, keyPattern(key), offset ?? 0);
        if (found === undefined)
            break;
        offset = found;
    }
    return offset === undefined ? undefined : positionOfOffset(post.raw, offset);
}
/** Where a channel reference was written, else the first channel, else the file start. */
function channelPosition(post, ref) {
    return post.channels.find((c) => c.ref === ref)?.position ?? post.channels[0]?.position ?? FILE_START;
}
/** The first line of the body. */
function bodyPosition(post) {
    return { line: post.bodyLine, column: 1 };
}

;// CONCATENATED MODULE: ./src/validate/rules/asset-rules.ts





/** Every asset the post may send, once each, with the body item it came from if any. */
function collectAssets(ctx) {
    const seen = new Set();
    const all = [];
    const add = (asset, item) => {
        if (seen.has(asset))
            return;
        seen.add(asset);
        all.push(item ? { asset, item } : { asset });
    };
    for (const item of ctx.post.items)
        for (const asset of item.assets)
            add(asset, item.position);
    for (const asset of ctx.post.assets)
        add(asset);
    for (const target of ctx.targets) {
        for (const asset of target.rendered.assets)
            add(asset);
        for (const item of target.rendered.thread ?? [])
            for (const asset of item.assets)
                add(asset, item.position);
    }
    return all;
}
function variantsOf(asset) {
    const record = asset;
    return fields/* WIRE_ASSET_VARIANTS */.CZ.filter((v) => record[v] !== undefined && record[v] !== null);
}
/** The best place to point at: the URL itself, else its body item, else `assets:`. */
function assetPosition(ctx, needle, item) {
    return ((needle ? findInFile(ctx.post, needle) : undefined) ??
        item ??
        findFrontMatterKey(ctx.post, ['assets']) ??
        FILE_START);
}
/** Problem with a URL Buffer must fetch, or undefined when it is an absolute https URL. */
function urlProblem(url, what) {
    if (url.trim() === '') {
        return {
            code: VALIDATION_CODES.assetUrlMissing,
            message: `The ${what} has no URL: give the https URL of the file.`,
        };
    }
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme === 'https') {
        try {
            new URL(url);
            return undefined;
        }
        catch {
            return {
                code: VALIDATION_CODES.assetUrlInvalid,
                message: `The ${what} URL ${url} is not a valid URL: check it for spaces or typos.`,
            };
        }
    }
    if (scheme === 'http') {
        return {
            code: VALIDATION_CODES.assetUrlNotHttps,
            message: `The ${what} URL ${url} uses http: use https://${url.slice('http://'.length)} instead (Buffer only fetches https).`,
        };
    }
    if (scheme === undefined) {
        return {
            code: VALIDATION_CODES.assetUrlRelative,
            message: `The ${what} URL ${url} is not absolute, and Buffer cannot read files from this repository: upload the image somewhere public and use its https URL.`,
        };
    }
    return {
        code: VALIDATION_CODES.assetUrlInvalid,
        message: `The ${what} URL ${url} uses ${scheme}:, which Buffer cannot fetch: upload the file somewhere public and use its https URL.`,
    };
}
function checkAsset(ctx, asset, item) {
    const variants = variantsOf(asset);
    if (variants.length !== 1) {
        const at = assetPosition(ctx, undefined, item);
        const message = variants.length === 0
            ? 'An asset has none of image, video, document or link: give it exactly one (e.g. `{image: {url: https://…}}`).'
            : `An asset sets ${(0,words/* listWords */.yh)(variants)} at once; Buffer takes exactly one per entry: split it into ${variants.length} entries.`;
        return [finding(ctx.post, at, 'error', VALIDATION_CODES.assetVariant, message)];
    }
    const variant = variants[0];
    const body = asset[variant];
    const url = typeof body['url'] === 'string' ? body['url'] : '';
    const at = assetPosition(ctx, url, item);
    const found = [];
    const urlIssue = urlProblem(url, variant);
    if (urlIssue)
        found.push(finding(ctx.post, at, 'error', urlIssue.code, urlIssue.message));
    const thumbnail = body['thumbnailUrl'];
    if (variant === 'video' && thumbnail !== undefined && thumbnail !== null) {
        // "the API rejects video assets that set this field" (VideoAssetInput).
        found.push(finding(ctx.post, assetPosition(ctx, typeof thumbnail === 'string' ? thumbnail : url, item), 'error', VALIDATION_CODES.videoThumbnailUrl, 'Buffer rejects videos with a thumbnail URL: remove it, and pick the frame with `metadata.thumbnailOffset` (milliseconds) instead.'));
    }
    else if (typeof thumbnail === 'string') {
        const thumbIssue = urlProblem(thumbnail, `${variant} thumbnail`);
        if (thumbIssue)
            found.push(finding(ctx.post, assetPosition(ctx, thumbnail, item), 'error', thumbIssue.code, thumbIssue.message));
    }
    if (variant === 'document') {
        // DocumentAssetInput: `title: String!`, `thumbnailUrl: String!`.
        const missing = ['title', 'thumbnailUrl'].filter((f) => typeof body[f] !== 'string' || body[f] === '');
        if (missing.length > 0) {
            found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.assetFieldMissing, `The document ${url} needs ${(0,words/* listWords */.yh)(missing.map((f) => (f === 'thumbnailUrl' ? '`thumbnail` (an https image URL)' : `\`${f}\``)))}: add ${missing.length === 1 ? 'it' : 'them'} to the entry under \`assets: documents:\`.`));
        }
    }
    return found;
}
function assetRules(ctx) {
    return collectAssets(ctx).flatMap(({ asset, item }) => checkAsset(ctx, asset, item));
}

;// CONCATENATED MODULE: ./src/validate/rules/content-rules.ts





function contentRules(ctx) {
    const empty = ctx.targets.filter((t) => !network_limits/* NETWORK_LIMITS */.o[t.service].requiredMedia && t.rendered.text.trim() === '' && t.rendered.assets.length === 0);
    if (empty.length === 0)
        return [];
    // One finding for the file: the fix (write a body) is the same for every channel.
    const names = (0,words/* listWords */.yh)(empty.map((t) => channelLabel(t.service, t.ref)));
    return [
        finding(ctx.post, bodyPosition(ctx.post), 'error', VALIDATION_CODES.emptyPost, `${names} would get an empty post: write the text in the body below the front-matter, or add an image.`),
    ];
}

// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/text/x-urls.ts + 2 modules
var x_urls = __webpack_require__(9344);
;// CONCATENATED MODULE: ./src/text/x-hashtags.ts
/**
 * The hashtags in a post's text, found the way twitter-text 3.1's
 * `extractHashtags` finds them (we count them against Instagram's limit of 5).
 *
 * One deliberate difference: a hashtag's letters are any Unicode letter or
 * mark (`\p{L}\p{M}`, Unicode 17 in Node 20.20 and 24) and its digits any
 * decimal digit (`\p{Nd}`), where twitter-text has tables frozen at an older
 * Unicode; scripts added since (e.g. CJK extension blocks) make hashtags on
 * the networks today, so they count here too.
 */

const LETTER = String.raw `[\p{L}\p{M}]`;
/** Letters, digits, and the joiners and middle dots that occur inside words in some scripts. */
const WORD_CHAR = String.raw `(?:[\p{L}\p{M}\p{Nd}_\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7]|\u200c|\u200d)`;
/** A `#` counts after nothing, a variation selector, or any character that cannot be part of a word (nor `&`: `&#39;`). */
const BOUNDARY = String.raw `(?:^|\uFE0E|\uFE0F|$|(?!${WORD_CHAR}|&)[^])`;
/** `#` or fullwidth `＃`, not a keycap (`#️⃣`), then a word with at least one letter (`#2024` is not a hashtag). */
const HASHTAG_SOURCE = String.raw `(${BOUNDARY})([#＃])(?!\uFE0F|\u20E3)(${WORD_CHAR}*${LETTER}${WORD_CHAR}*)`;
/** Compiled on first use: loading the CLI should not pay for Unicode letter tables it may not need. */
let hashtagPattern;
/** A hashtag followed by another `#` or by `://` is part of something else. */
const NOT_AFTER = /^(?:[#＃]|:\/\/)/;
/** The hashtags in `text` (without `#`), in order; one inside a link is not a hashtag. */
function extractHashtagsX(text) {
    if (!/[#＃]/.test(text))
        return [];
    const tags = [];
    hashtagPattern ??= new RegExp(HASHTAG_SOURCE, 'giu');
    for (const match of text.matchAll(hashtagPattern)) {
        const [whole, before = '', , tag = ''] = match;
        if (NOT_AFTER.test(text.slice(match.index + whole.length)))
            continue;
        const start = match.index + before.length;
        tags.push({ tag, indices: [start, start + tag.length + 1] });
    }
    const urls = (0,x_urls/* extractUrlsX */.AZ)(text);
    if (urls.length === 0)
        return tags.map((t) => t.tag);
    // twitter-text's overlap rule: in order of start, anything starting inside the previous entity goes.
    const entities = [...tags, ...urls].sort((a, b) => a.indices[0] - b.indices[0]);
    const kept = [];
    for (const entity of entities) {
        const previous = kept[kept.length - 1];
        if (previous && previous.indices[1] > entity.indices[0])
            continue;
        kept.push(entity);
    }
    return kept.flatMap((e) => ('tag' in e ? [e.tag] : []));
}

// EXTERNAL MODULE: ./src/validate/length.ts
var validate_length = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/validate/rules/length-rules.ts
/**
 * Text length per network in its own unit, for the top-level text and every
 * thread item, plus the count limits that live in the text (hashtags, links)
 * and metadata titles.
 */









/** The pieces a target publishes, each with the position its text starts at. */
function piecesOf(ctx, target) {
    const thread = target.rendered.thread;
    if (thread && thread.length > 1 && types/* THREAD_SERVICES */.uL.includes(target.service)) {
        // The first item is the top-level text (checked by the thread rules), so counting
        // the items covers everything that is published.
        return thread.map((item, k) => ({
            text: item.text,
            at: item.position,
            name: k === 0 ? 'the first thread item' : `thread item ${k + 1}`,
        }));
    }
    return [{ text: target.rendered.text, at: bodyPosition(ctx.post), name: 'this post' }];
}
function unitWords(target, count) {
    switch (target.service) {
        case 'twitter':
            return 'characters (URLs count 23, emoji and CJK characters 2)';
        case 'mastodon':
            return 'characters (URLs count 23)';
        case 'threads':
            return 'characters (each emoji counts its UTF-8 bytes, e.g. 👍 = 4)';
        default:
            return count.unit === 'bytes' ? 'bytes (UTF-8; accented letters and emoji take several)' : 'characters';
    }
}
function tooLong(ctx, target, piece) {
    const count = (0,validate_length/* countLength */.Q1)(piece.text, target.service, target.channel);
    if (count.limit === null || count.count <= count.limit)
        return [];
    const over = count.count - count.limit;
    const canThread = types/* THREAD_SERVICES */.uL.includes(target.service);
    const fix = canThread
        ? `shorten it by ${(0,words/* formatNumber */.ZV)(over)} or split it into a thread with \`---\``
        : `shorten it by ${(0,words/* formatNumber */.ZV)(over)}`;
    const assumed = target.service === 'mastodon' && target.channel?.maxCharacters == null
        ? ' (the default limit; this instance may allow more)'
        : '';
    return [
        finding(ctx.post, piece.at, 'error', VALIDATION_CODES.tooLong, `${channelLabel(target.service, target.ref)} counts ${piece.name} as ${(0,words/* formatNumber */.ZV)(count.count)} of ${(0,words/* formatNumber */.ZV)(count.limit)} ${unitWords(target, count)}${assumed}; ${fix}.`),
    ];
}
function tooManyHashtags(ctx, target, piece) {
    const max = network_limits/* NETWORK_LIMITS */.o[target.service].maxHashtags;
    if (max === undefined)
        return [];
    const tags = extractHashtagsX(piece.text.normalize('NFC'));
    if (tags.length <= max)
        return [];
    return [
        finding(ctx.post, piece.at, 'error', VALIDATION_CODES.tooManyHashtags, `${channelLabel(target.service, target.ref)} allows at most ${(0,words/* plural */.LS)(max, 'hashtag')} per post; ${piece.name} has ${(0,words/* formatNumber */.ZV)(tags.length)} (${tags.map((t) => `#${t}`).join(' ')}). Remove ${(0,words/* formatNumber */.ZV)(tags.length - max)}.`),
    ];
}
function tooManyLinks(ctx, target, piece) {
    const max = network_limits/* NETWORK_LIMITS */.o[target.service].maxLinks;
    if (max === undefined)
        return [];
    // Threads counts distinct URLs, with or without a scheme (www.example.com is a link).
    const links = new Set((0,x_urls/* extractUrlsX */.AZ)(piece.text.normalize('NFC')).map((link) => link.url));
    if (links.size <= max)
        return [];
    return [
        finding(ctx.post, piece.at, 'error', VALIDATION_CODES.tooManyLinks, `${channelLabel(target.service, target.ref)} rejects posts with more than ${(0,words/* plural */.LS)(max, 'link')}; ${piece.name} has ${(0,words/* formatNumber */.ZV)(links.size)} different links. Remove ${(0,words/* formatNumber */.ZV)(links.size - max)}.`),
    ];
}
/** `metadata.<key>.title` where the network has titles (YouTube video, Pinterest Pin). */
function titleRules(ctx, target) {
    const rules = network_limits/* NETWORK_LIMITS */.o[target.service];
    const key = types/* METADATA_KEY */.KK[target.service];
    const title = key ? ctx.post.metadata?.[key]?.['title'] : undefined;
    if (rules.maxTitle === undefined || typeof title !== 'string' || !key)
        return [];
    const at = findFrontMatterKey(ctx.post, ['metadata', key, 'title']) ?? channelPosition(ctx.post, target.ref);
    const found = [];
    const length = (0,validate_length/* characterLength */.yA)(title);
    if (length > rules.maxTitle) {
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.titleTooLong, `${rules.label} titles are at most ${(0,words/* formatNumber */.ZV)(rules.maxTitle)} characters; \`metadata.${key}.title\` has ${(0,words/* formatNumber */.ZV)(length)}. Shorten it by ${(0,words/* formatNumber */.ZV)(length - rules.maxTitle)}.`));
    }
    // YouTube's API refuses `<` and `>` in titles (and descriptions).
    if (target.service === 'youtube' && /[<>]/.test(title)) {
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.titleInvalid, `YouTube titles cannot contain \`<\` or \`>\`; remove them from \`metadata.${key}.title\`.`));
    }
    return found;
}
function lengthRules(ctx) {
    const found = [];
    for (const target of ctx.targets) {
        for (const piece of piecesOf(ctx, target)) {
            found.push(...tooLong(ctx, target, piece), ...tooManyHashtags(ctx, target, piece), ...tooManyLinks(ctx, target, piece));
        }
        found.push(...titleRules(ctx, target));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/validate/rules/media-rules.ts
/**
 * Media a network needs or accepts: required image/video, how many images,
 * videos and documents one post (or one thread item) may carry, and whether
 * kinds may be mixed.
 */






function countMedia(assets) {
    const count = { images: 0, videos: 0, documents: 0 };
    for (const asset of assets) {
        if ('image' in asset && asset.image)
            count.images += 1;
        else if ('video' in asset && asset.video)
            count.videos += 1;
        else if ('document' in asset && asset.document)
            count.documents += 1;
    }
    return count;
}
const REQUIRED_WORDS = {
    image: 'an image',
    video: 'a video',
    imageOrVideo: 'an image or a video',
};
function hasRequired(media, need) {
    if (need === 'image')
        return media.images > 0;
    if (need === 'video')
        return media.videos > 0;
    return media.images + media.videos > 0;
}
/** Limits on one published piece's assets; `name` is "this post" or "thread item 2". */
function countLimits(ctx, target, media, at, name) {
    const rules = network_limits/* NETWORK_LIMITS */.o[target.service];
    const who = channelLabel(target.service, target.ref);
    const moveHint = types/* THREAD_SERVICES */.uL.includes(target.service) ? ', or move some into a later thread item' : '';
    const found = [];
    const over = (max, have) => max !== null && max !== undefined && have > max;
    if (over(rules.maxImages, media.images)) {
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.tooManyImages, rules.maxImages === 0
            ? `${who} publishes no images; ${name} has ${(0,words/* plural */.LS)(media.images, 'image')}. Remove them or publish this post to ${rules.label} from a separate file.`
            : `${who} takes at most ${(0,words/* plural */.LS)(rules.maxImages, 'image')} per post; ${name} has ${(0,words/* formatNumber */.ZV)(media.images)}. Remove ${(0,words/* formatNumber */.ZV)(media.images - rules.maxImages)}${moveHint}.`));
    }
    if (over(rules.maxVideos, media.videos)) {
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.tooManyVideos, `${who} takes at most ${(0,words/* plural */.LS)(rules.maxVideos, 'video')} per post; ${name} has ${(0,words/* formatNumber */.ZV)(media.videos)}. Remove ${(0,words/* formatNumber */.ZV)(media.videos - rules.maxVideos)}${moveHint}.`));
    }
    if (over(rules.maxMedia, media.images + media.videos)) {
        const total = media.images + media.videos;
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.tooManyMedia, `${who} takes at most ${(0,words/* formatNumber */.ZV)(rules.maxMedia)} images and videos together per post; ${name} has ${(0,words/* formatNumber */.ZV)(total)}. Remove ${(0,words/* formatNumber */.ZV)(total - rules.maxMedia)}.`));
    }
    if (media.documents > rules.maxDocuments) {
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.documentNotSupported, rules.maxDocuments === 0
            ? `${who} cannot publish documents (only LinkedIn takes a PDF); remove the document from ${name} or publish it to LinkedIn from a separate file.`
            : `${who} takes at most ${(0,words/* plural */.LS)(rules.maxDocuments, 'document')} per post; ${name} has ${(0,words/* formatNumber */.ZV)(media.documents)}. Remove ${(0,words/* formatNumber */.ZV)(media.documents - rules.maxDocuments)}.`));
    }
    const kinds = [
        media.images > 0 ? 'images' : '',
        media.videos > 0 ? 'a video' : '',
        media.documents > 0 ? 'a document' : '',
    ].filter(Boolean);
    if (!rules.mixesMediaKinds && kinds.length > 1) {
        found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.mixedMedia, `${who} cannot combine ${(0,words/* listWords */.yh)(kinds)} in one post; ${name} has both. Keep one kind${moveHint}.`));
    }
    return found;
}
function mediaRules(ctx) {
    const found = [];
    for (const target of ctx.targets) {
        const rules = network_limits/* NETWORK_LIMITS */.o[target.service];
        const at = channelPosition(ctx.post, target.ref);
        const media = countMedia(target.rendered.assets);
        if (rules.requiredMedia && !hasRequired(media, rules.requiredMedia)) {
            found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.mediaRequired, `${channelLabel(target.service, target.ref)} needs ${REQUIRED_WORDS[rules.requiredMedia]}: add one under \`assets:\` in the front-matter${rules.requiredMedia === 'video' ? '' : ', or as ![alt text](https://…) in the body'}.`));
        }
        found.push(...countLimits(ctx, target, media, at, 'this post'));
        // Replies of a thread each carry their own media; the first item's media are the post's.
        const thread = types/* THREAD_SERVICES */.uL.includes(target.service) ? (target.rendered.thread ?? []) : [];
        thread.forEach((item, k) => {
            if (k > 0)
                found.push(...countLimits(ctx, target, countMedia(item.assets), item.position, `thread item ${k + 1}`));
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/validate/rules/metadata-rules.ts
/**
 * `metadata:` in the front-matter, keyed by Buffer's PostInputMetaData names:
 * the fields each network requires on create (the reference says so in
 * prose, the types cannot), YouTube's category list, Google Business offer
 * and event details, blocks for networks the post does not go to, and
 * `linkAttachment` next to assets (the API rejects the pair). Types, enum
 * values and unknown keys are checked against the schema when the file is
 * read (posts/input-check.ts), not here.
 */






/** YouTube category IDs Buffer lists for `YoutubePostMetadataInput.categoryId`. */
const YOUTUBE_CATEGORIES = ['1', '2', '10', '15', '17', '19', '20', '22', '23', '24', '25', '26', '27', '28', '29'];
/** How to fill a required field, shown in the message. */
const FIELD_HINTS = {
    'instagram.type': '`post`, `story` or `reel`',
    'instagram.shouldShareToFeed': '`true` or `false`',
    'pinterest.boardServiceId': "the board's `serviceId`, listed by `buffer-gitops channels`",
    'youtube.title': 'the video title, up to 100 characters',
    'youtube.categoryId': 'a category ID such as `"22"` (People & Blogs) or `"28"` (Science & Technology)',
    'google.type': '`whats_new`, `offer` or `event`',
};
/** Details Buffer requires on create for a Google Business offer or event. */
const GOOGLE_DETAILS = {
    offer: { key: 'detailsOffer', fields: ['title', 'startDate', 'endDate'] },
    event: { key: 'detailsEvent', fields: ['title', 'startDate', 'endDate', 'isFullDayEvent'] },
};
const KNOWN_KEYS = new Set(types/* SERVICES */.Bg.map((s) => types/* METADATA_KEY */.KK[s]).filter((k) => k !== undefined));
function isMissing(value) {
    return value === undefined || value === null || value === '';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function metadataAt(ctx, path, fallback) {
    return findFrontMatterKey(ctx.post, ['metadata', ...path]) ?? fallback;
}
function requiredFields(ctx, target, key) {
    const rules = network_limits/* NETWORK_LIMITS */.o[target.service];
    const md = ctx.post.metadata?.[key];
    const found = [];
    for (const field of rules.requiredMetadata) {
        if (!isMissing(md?.[field]))
            continue;
        const hint = FIELD_HINTS[`${key}.${field}`];
        found.push(finding(ctx.post, metadataAt(ctx, [key, field], channelPosition(ctx.post, target.ref)), 'error', VALIDATION_CODES.metadataRequired, `${rules.label} needs \`metadata.${key}.${field}\`${hint ? ` (${hint})` : ''}: add it under \`metadata:\` → \`${key}:\` in the front-matter.`));
    }
    return found;
}
/** Per-service value checks that go beyond presence. */
function serviceValues(ctx, service, key) {
    const md = ctx.post.metadata?.[key];
    const found = [];
    switch (service) {
        case 'youtube': {
            const category = md?.['categoryId'];
            const asText = typeof category === 'number' ? String(category) : category;
            if (!isMissing(category) && !(typeof asText === 'string' && YOUTUBE_CATEGORIES.includes(asText))) {
                found.push(finding(ctx.post, metadataAt(ctx, [key, 'categoryId'], FILE_START), 'error', VALIDATION_CODES.metadataInvalid, `\`metadata.youtube.categoryId\` ${JSON.stringify(category)} is not one of YouTube's categories Buffer accepts; use one of ${YOUTUBE_CATEGORIES.join(', ')} (e.g. "22" People & Blogs).`));
            }
            break;
        }
        case 'googlebusiness': {
            const type = md?.['type'];
            const details = typeof type === 'string' ? GOOGLE_DETAILS[type] : undefined;
            if (details) {
                const block = md?.[details.key];
                const missing = details.fields.filter((f) => !isRecord(block) || isMissing(block[f]));
                if (missing.length > 0) {
                    found.push(finding(ctx.post, metadataAt(ctx, [key, details.key], metadataAt(ctx, [key, 'type'], FILE_START)), 'error', VALIDATION_CODES.metadataRequired, `A Google Business ${String(type)} needs \`metadata.google.${details.key}\` with ${(0,words/* listWords */.yh)(missing.map((f) => `\`${f}\``))}: add ${missing.length === 1 ? 'it' : 'them'} in the front-matter.`));
                }
            }
            break;
        }
        default:
            break;
    }
    return found;
}
function linkAttachmentWithAssets(ctx, target, key) {
    const link = ctx.post.metadata?.[key]?.['linkAttachment'];
    if (isMissing(link) || target.rendered.assets.length === 0)
        return [];
    return [
        finding(ctx.post, metadataAt(ctx, [key, 'linkAttachment'], channelPosition(ctx.post, target.ref)), 'error', VALIDATION_CODES.linkAttachmentWithAssets, `Buffer rejects \`metadata.${key}.linkAttachment\` together with assets, and ${channelLabel(target.service, target.ref)} would get ${target.rendered.assets.length === 1 ? 'an asset' : `${target.rendered.assets.length} assets`}: remove the link attachment (the URL in the text still shows a preview) or remove the images/videos.`),
    ];
}
/** Keys under `metadata:` that are not PostInputMetaData fields, and blocks for networks the post does not go to. */
function keyRules(ctx) {
    const metadata = ctx.post.metadata ?? {};
    const targeted = new Set(ctx.targets.map((t) => types/* METADATA_KEY */.KK[t.service]));
    const found = [];
    for (const key of Object.keys(metadata)) {
        const at = metadataAt(ctx, [key], FILE_START);
        if (!KNOWN_KEYS.has(key)) {
            const asService = types/* SERVICES */.Bg.find((s) => s.toLowerCase() === key.toLowerCase());
            const suggestion = asService && types/* METADATA_KEY */.KK[asService]
                ? `use \`${types/* METADATA_KEY */.KK[asService]}\``
                : `use one of ${(0,words/* codeList */.E5)([...KNOWN_KEYS])}`;
            found.push(finding(ctx.post, at, 'error', VALIDATION_CODES.metadataKeyUnknown, `\`metadata.${key}\` is not a Buffer metadata key; ${suggestion}.`));
        }
        else if (ctx.targets.length > 0 && !targeted.has(key)) {
            found.push(finding(ctx.post, at, 'warning', VALIDATION_CODES.metadataUnused, `\`metadata.${key}\` is ignored: this post has no ${key} channel. Remove it or add the channel under \`channels:\`.`));
        }
    }
    return found;
}
function metadataRules(ctx) {
    const found = [...keyRules(ctx)];
    const seenServices = new Set();
    for (const target of ctx.targets) {
        const key = types/* METADATA_KEY */.KK[target.service];
        if (!key)
            continue;
        found.push(...linkAttachmentWithAssets(ctx, target, key));
        // Metadata is per service, not per channel: report it once per service.
        if (seenServices.has(target.service))
            continue;
        seenServices.add(target.service);
        found.push(...requiredFields(ctx, target, key), ...serviceValues(ctx, target.service, key));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/validate/rules/offline-rules.ts





function offlineRules(ctx) {
    const unresolved = ctx.targets.filter((t) => !t.channel);
    const mastodonUnknown = ctx.targets.some((t) => t.service === 'mastodon' && t.channel?.maxCharacters == null);
    const skipped = [];
    if (ctx.opts.offline || unresolved.length > 0) {
        skipped.push('whether each channel reference exists in Buffer and is connected');
    }
    if (mastodonUnknown) {
        skipped.push(`the Mastodon instance's own character limit (counted against Mastodon's default of ${network_limits/* MASTODON_DEFAULT_LIMIT */.Y})`);
    }
    if (skipped.length === 0)
        return [];
    const why = ctx.opts.offline
        ? 'Validated without Buffer access'
        : unresolved.length > 0
            ? 'Some channels were not found in Buffer'
            : 'Buffer did not report every channel limit';
    return [
        finding(ctx.post, ctx.post.channels[0]?.position ?? FILE_START, 'notice', VALIDATION_CODES.offlinePartialCheck, `${why}, so this did not check ${(0,words/* listWords */.yh)(skipped)}. Run \`buffer-gitops plan\` with BUFFER_API_KEY set for the full check.`),
    ];
}

;// CONCATENATED MODULE: ./src/validate/rules/schedule-rules.ts



function missingDueAt(ctx) {
    if (ctx.post.mode !== 'customScheduled' || ctx.post.dueAt)
        return [];
    return [
        finding(ctx.post, findFrontMatterKey(ctx.post, ['mode']) ?? FILE_START, 'error', VALIDATION_CODES.dueAtRequired, '`mode: customScheduled` needs a `dueAt`: add e.g. `dueAt: 2026-12-01T09:00:00+01:00`, or use `mode: addToQueue`.'),
    ];
}
function pastDueAt(ctx) {
    const dueAt = ctx.post.dueAt;
    if (!dueAt?.iso)
        return []; // unparseable dueAt is the parser's finding
    const due = new Date(dueAt.iso);
    if (Number.isNaN(due.getTime()) || due.getTime() > ctx.opts.now.getTime())
        return [];
    // A post already in Buffer keeps its (now past) time, e.g. after it was sent. A channel
    // added to an existing file is still a creation, so it counts as new too.
    const creates = ctx.opts.isNew || ctx.targets.some((t) => !ctx.post.tracked[t.ref]?.id);
    if (!creates)
        return [];
    return [
        finding(ctx.post, dueAt.position, 'error', VALIDATION_CODES.dueAtPast, `dueAt ${dueAt.raw} (${due.toISOString()}) is in the past (now ${ctx.opts.now.toISOString()}): set a future time, or use \`mode: shareNow\` to publish at once.`),
    ];
}
function scheduleRules(ctx) {
    return [...missingDueAt(ctx), ...pastDueAt(ctx)];
}

;// CONCATENATED MODULE: ./src/validate/rules/thread-rules.ts
/**
 * Threads: several body items only go where Buffer threads; the top-level
 * text must equal the first thread item (Buffer's backend rejects a mismatch
 * the schema lets through); every reply needs text or media.
 */






function itemCount(ctx, target) {
    return Math.max(ctx.post.items.length, target.rendered.thread?.length ?? 0);
}
function notThreadable(ctx) {
    const refused = ctx.targets.filter((t) => !types/* THREAD_SERVICES */.uL.includes(t.service) && itemCount(ctx, t) > 1);
    const first = refused[0];
    if (!first)
        return [];
    const items = Math.max(...refused.map((t) => itemCount(ctx, t)));
    // Point at the second item: that is where the first `---` break ends the first one.
    const at = ctx.post.items[1]?.position ?? first.rendered.thread?.[1]?.position ?? bodyPosition(ctx.post);
    const names = (0,words/* listWords */.yh)([...new Set(refused.map((t) => channelLabel(t.service, t.ref)))]);
    const where = (0,words/* listWords */.yh)(types/* THREAD_SERVICES */.uL.map((s) => network_limits/* NETWORK_LIMITS */.o[s].label));
    return [
        finding(ctx.post, at, 'error', VALIDATION_CODES.threadNotSupported, `This body is a ${items}-item thread, but Buffer only publishes threads to ${where}; ${names} cannot take it. Remove the \`---\` breaks, or move ${refused.length === 1 ? 'that channel' : 'those channels'} to a separate post file.`),
    ];
}
function firstItemMismatch(ctx, target) {
    const first = target.rendered.thread?.[0];
    if (!first || first.text === target.rendered.text)
        return [];
    return [
        finding(ctx.post, first.position, 'error', VALIDATION_CODES.threadTextMismatch, `For ${channelLabel(target.service, target.ref)} the post text differs from the first thread item, which Buffer rejects. This is a rendering bug in buffer-gitops: please report it with this file.`),
    ];
}
function emptyReplies(ctx, target) {
    if (!types/* THREAD_SERVICES */.uL.includes(target.service))
        return [];
    const found = [];
    (target.rendered.thread ?? []).forEach((item, k) => {
        if (k === 0 || item.text.trim() !== '' || item.assets.length > 0)
            return;
        found.push(finding(ctx.post, item.position, 'error', VALIDATION_CODES.emptyThreadItem, `Thread item ${k + 1} is empty for ${channelLabel(target.service, target.ref)}: write text or add an image there, or remove the extra \`---\`.`));
    });
    return found;
}
/**
 * A thread written as `metadata.<service>.thread` would reach Buffer beside a
 * post text it does not start with (the body), which Buffer rejects, and it
 * would bypass every per-item check: threads are written in the body.
 */
function threadInMetadata(ctx) {
    const found = [];
    for (const [key, value] of Object.entries(ctx.post.metadata ?? {})) {
        if (value?.['thread'] === undefined)
            continue;
        found.push(finding(ctx.post, findFrontMatterKey(ctx.post, ['metadata', key, 'thread']) ??
            findFrontMatterKey(ctx.post, ['metadata']) ??
            bodyPosition(ctx.post), 'error', VALIDATION_CODES.threadTextMismatch, `\`metadata.${key}.thread\` would not match the post text, which Buffer rejects: write a thread in the body instead, its items separated by lines \`---\`, and remove \`thread\` from the metadata.`));
    }
    return found;
}
function threadRules(ctx) {
    const found = [...notThreadable(ctx), ...threadInMetadata(ctx)];
    for (const target of ctx.targets)
        found.push(...firstItemMismatch(ctx, target), ...emptyReplies(ctx, target));
    return found;
}

;// CONCATENATED MODULE: ./src/validate/rules.ts











const RULES = [
    scheduleRules,
    threadRules,
    contentRules,
    lengthRules,
    mediaRules,
    metadataRules,
    assetRules,
    offlineRules,
];
/**
 * Codes the parser may already have reported for the same problem. A parse
 * finding with one of these codes silences validation's own for that problem.
 */
const PARSER_EQUIVALENTS = {
    [VALIDATION_CODES.dueAtRequired]: ['due-at-required', 'missing-due-at', 'dueat-required', 'dueAt-required'],
    [VALIDATION_CODES.dueAtPast]: ['due-at-past', 'dueat-past'],
};
/**
 * Codes a parser finding at the same line also covers: a metadata field whose
 * value the schema check refused is left out of `post.metadata`, and is then
 * not also "missing".
 */
const SAME_LINE_EQUIVALENTS = {
    [VALIDATION_CODES.metadataRequired]: [VALIDATION_CODES.metadataInvalid],
};
function alreadyReported(post, f) {
    const equivalents = PARSER_EQUIVALENTS[f.code];
    // These are per-file problems: any parser finding of that kind covers it.
    if (equivalents)
        return post.findings.some((p) => equivalents.includes(p.code));
    const sameLine = [f.code, ...(SAME_LINE_EQUIVALENTS[f.code] ?? [])];
    return post.findings.some((p) => sameLine.includes(p.code) && p.line === f.line);
}
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * Every problem with sending `post` to `targets`, errors first, then by line.
 * Does not include `post.findings` (the parser's); callers report both.
 */
function validatePost(post, targets, opts) {
    const ctx = { post, targets, opts };
    const unique = new Map();
    for (const rule of RULES) {
        for (const f of rule(ctx)) {
            if (alreadyReported(post, f))
                continue;
            // The same asset or metadata problem is found once per channel; report it once.
            unique.set(`${f.line}:${f.column}:${f.code}:${f.message}`, f);
        }
    }
    return [...unique.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || a.column - b.column);
}


/***/ })

};
