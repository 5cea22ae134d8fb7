export const id = 973;
export const ids = [973];
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

/***/ 354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   piecesOf: () => (/* binding */ piecesOf),
/* harmony export */   planRows: () => (/* binding */ planRows)
/* harmony export */ });
/* harmony import */ var _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/* harmony import */ var _channels_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5352);
/* harmony import */ var _posts_service_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5529);
/* harmony import */ var _plan_build_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3974);
/* harmony import */ var _validate_length_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9200);
/**
 * The plan as reviewers read it: one row per file × channel with what the
 * network will receive, piece by piece (the post, or every thread item) and
 * each piece's length in that network's unit.
 *
 * Rows come from the plan's items. Two cases need more than the items hold:
 * - a blocked file (it has errors) has no rendered text in its skip item, yet
 *   the reviewer most needs to see the too-long text and its count;
 * - offline (fork PRs, no key) the plan has no items for valid posts, because
 *   no channel could be resolved; the rows say what the merge would do by
 *   reading the files (create where no Buffer ID is recorded, edit where one is
 *   and the content changed), marked as unchecked against Buffer.
 */






function planRows(input) {
    const byPath = new Map(input.posts.map((p) => [p.path, p]));
    const rows = input.plan.items.map((item) => rowOfItem(item, byPath.get(item.file)?.current, input));
    if (!input.channels)
        rows.push(...offlineRows(input, rows));
    // Stable: within a file the plan's own order (channels as listed) is kept.
    return rows
        .map((row, i) => ({ row, i }))
        .sort((a, b) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodeUnits */ .U)(a.row.file, b.row.file) || a.i - b.i)
        .map(({ row }) => row);
}
function rowOfItem(item, post, input) {
    const base = {
        action: item.action,
        file: item.file,
        line: item.line,
        ref: item.ref,
        service: item.service,
        channelId: item.channelId,
        when: item.when,
        pieces: [],
    };
    switch (item.action) {
        case 'create':
            return {
                ...base,
                dueAt: fixedTime(item.input.mode, item.input.dueAt, item.input.saveToDraft),
                pieces: piecesOf(item.rendered, item.service, channelById(input.channels, item.channelId)),
            };
        case 'edit': {
            const service = item.service ?? (item.ref ? (0,_posts_service_names_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceOfReference */ .Qw)(item.ref) : undefined);
            return {
                ...base,
                postId: item.postId,
                detail: item.changed.join(', '),
                dueAt: item.changed.includes('schedule')
                    ? fixedTime(item.input.mode ?? 'customScheduled', item.input.dueAt, undefined)
                    : undefined,
                pieces: service ? piecesOf(item.rendered, service, channelById(input.channels, item.channelId)) : [],
            };
        }
        case 'replace':
            return {
                ...base,
                postId: item.postId,
                detail: item.why,
                dueAt: fixedTime(item.input.mode, item.input.dueAt, item.input.saveToDraft),
                pieces: piecesOf(item.rendered, item.service, channelById(input.channels, item.channelId)),
            };
        case 'delete':
            return {
                ...base,
                postId: item.postId,
                detail: item.reason === 'file-removed' ? 'file removed' : 'channel removed from the file',
            };
        case 'skip': {
            const row = { ...base, postId: item.postId, detail: item.reason, blocked: item.blocked };
            // A blocked file still shows what it would send, so the reviewer sees the count that blocks it.
            if (item.blocked && post && item.service && item.ref) {
                const channel = input.channels ? resolved(item.ref, input.channels) : undefined;
                row.pieces = piecesOf(input.render(post, item.service), item.service, channel);
                row.when = (0,_plan_build_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .describeWhen */ .Q)(post.mode, post.dueAt?.iso, post.draft);
                row.dueAt = fixedTime(post.mode, post.dueAt?.iso, post.draft);
            }
            return row;
        }
        case 'create-idea':
            return { ...base, detail: item.input.content.title ?? item.input.content.text?.slice(0, 60) };
    }
}
/** Offline: what the merge would do per channel, from the files alone. */
function offlineRows(input, existing) {
    const covered = new Set(existing.map((r) => `${r.file}\u0000${r.ref ?? ''}`));
    const rows = [];
    for (const change of input.posts) {
        const post = change.current;
        if (!post || post.findings.some((f) => f.severity === 'error'))
            continue;
        const tracked = { ...(change.previous?.tracked ?? {}), ...post.tracked };
        const changed = change.kind === 'added' ||
            ((change.kind === 'modified' || change.kind === 'renamed') && !change.onlyBufferBlockChanged);
        for (const { ref, position } of post.channels) {
            const service = (0,_posts_service_names_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceOfReference */ .Qw)(ref);
            if (!service || covered.has(`${post.path}\u0000${ref}`))
                continue;
            const id = tracked[ref]?.id;
            if (id && !changed)
                continue;
            rows.push({
                action: id ? 'edit' : 'create',
                file: post.path,
                line: position.line,
                ref,
                service,
                postId: id || undefined,
                when: (0,_plan_build_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .describeWhen */ .Q)(post.mode, post.dueAt?.iso, post.draft),
                dueAt: fixedTime(post.mode, post.dueAt?.iso, post.draft),
                offline: true,
                pieces: piecesOf(input.render(post, service), service, undefined),
            });
        }
    }
    return rows;
}
/** The pieces a network publishes: every thread item where the service threads, else the one post. */
function piecesOf(rendered, service, channel) {
    const items = rendered.thread && rendered.thread.length > 1 && _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .THREAD_SERVICES */ .uL.includes(service)
        ? rendered.thread
        : [{ text: rendered.text, assets: rendered.assets }];
    return items.map((item) => ({
        text: item.text,
        assets: item.assets,
        length: (0,_validate_length_js__WEBPACK_IMPORTED_MODULE_4__/* .countLength */ .Q1)(item.text, service, channel),
    }));
}
function fixedTime(mode, dueAt, draft) {
    return mode === 'customScheduled' && dueAt && !draft ? dueAt : undefined;
}
function channelById(channels, id) {
    return id ? channels?.find((c) => c.id === id) : undefined;
}
function resolved(ref, channels) {
    const r = (0,_channels_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveChannel */ .OP)(ref, channels);
    return r.ok ? r.channel : undefined;
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


/***/ })

};
