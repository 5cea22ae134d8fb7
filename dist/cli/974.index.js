export const id = 974;
export const ids = [974];
export const modules = {

/***/ 3974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  Q: () => (/* binding */ describeWhen)
});

// EXTERNAL MODULE: ./src/channels/resolve.ts
var resolve = __webpack_require__(5352);
// EXTERNAL MODULE: ./src/posts/service-names.ts
var service_names = __webpack_require__(5529);
// EXTERNAL MODULE: ./src/validate/length.ts
var validate_length = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/buffer/post-content.ts
var post_content = __webpack_require__(4322);
// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/plan/post-input.ts
var post_input = __webpack_require__(1216);
;// CONCATENATED MODULE: ./src/plan/compare.ts
/**
 * Compares what a file wants (its `CreatePostInput`) with what Buffer holds
 * for a tracked post, field by field: text, every thread item with its
 * assets, assets, the channel's metadata, draft, schedule and scheduling
 * type (SPEC §3, issue 11). The answer is one of
 * - equal: nothing to send;
 * - edit: the `EditPostInput` whose result equals the file (a thread edit
 *   sends the whole thread with `text` equal to item 1; a metadata change
 *   sends the service's whole entry; a draft stays a draft);
 * - replace: `editPost` cannot express the change, because Buffer keeps what
 *   an edit omits (a metadata field removed, a thread made a single post).
 *
 * "What Buffer holds" is a snapshot: read from Buffer's post (the full
 * fragment), or, when Buffer's copy is unknown, the file as it was before.
 */



/** The file's side: the input a create would send. */
function snapshotOfInput(input, service) {
    const key = types/* METADATA_KEY */.KK[service];
    const { thread, ...options } = (key ? input.metadata?.[key] : undefined) ?? {};
    return {
        text: input.text ?? '',
        assets: input.assets ?? [],
        thread: threadOf(thread),
        metadata: (0,post_content/* withoutDefaults */.n)(service, options) ?? {},
        draft: input.saveToDraft === true,
        mode: input.mode,
        exactMode: true,
        dueAt: input.mode === 'customScheduled' ? input.dueAt : undefined,
        schedulingType: input.schedulingType,
        fromBuffer: false,
    };
}
/** Buffer's side; undefined when the post was read without its content (PostFields only). */
function snapshotOfPost(post, service) {
    if (!post.content)
        return undefined;
    const key = types/* METADATA_KEY */.KK[service];
    return {
        text: post.text ?? '',
        assets: post.content.assets,
        thread: threadOf(post.content.thread),
        metadata: (key ? post.content.metadata?.[key] : undefined) ?? {},
        draft: post.status === 'draft',
        mode: post.shareMode,
        exactMode: false,
        dueAt: post.dueAt ?? undefined,
        schedulingType: post.schedulingType ?? undefined,
        fromBuffer: true,
    };
}
/**
 * What turns `current` into the file's `desired` input. `postId` is the
 * tracked post; `service` names the metadata key.
 */
function comparePost(postId, desired, current, service) {
    const want = snapshotOfInput(desired, service);
    const key = types/* METADATA_KEY */.KK[service];
    const changed = [];
    const input = { id: postId };
    const wantThread = current.fromBuffer
        ? want.thread.map((t) => ({ text: t.text, assets: observableAssets(t.assets) }))
        : want.thread;
    const haveThread = current.fromBuffer
        ? current.thread.map((t) => ({ text: t.text, assets: observableAssets(t.assets) }))
        : current.thread;
    const threadChanged = !(0,post_input/* sameJson */.Vk)(wantThread, haveThread);
    if (threadChanged && want.thread.length === 0) {
        return {
            kind: 'replace',
            why: `the thread of ${current.thread.length} became a single post, and Buffer keeps a thread an edit leaves out`,
            changed: ['thread'],
        };
    }
    const wantOptions = current.fromBuffer ? observableMetadata(want.metadata) : want.metadata;
    const removed = removedPaths(current.metadata, wantOptions);
    if (removed.length > 0) {
        const names = removed.map((p) => `\`metadata.${key}.${p}\``).join(', ');
        return {
            kind: 'replace',
            why: `${names} was removed, and Buffer keeps metadata an edit leaves out`,
            changed: ['metadata'],
        };
    }
    const metadataChanged = !covers(current.metadata, wantOptions);
    if (want.text !== current.text)
        changed.push('text');
    if (threadChanged)
        changed.push('thread');
    if (!(0,post_input/* sameJson */.Vk)(observableAssets(want.assets, current.fromBuffer), observableAssets(current.assets, current.fromBuffer))) {
        input.assets = desired.assets;
        changed.push('assets');
    }
    if (metadataChanged)
        changed.push('metadata');
    // Buffer requires `text` equal to the thread's first item: whenever the
    // thread or the text is sent, both go, from the file.
    if (want.text !== current.text || threadChanged)
        input.text = desired.text ?? '';
    if ((threadChanged || metadataChanged || (want.thread.length > 0 && input.text !== undefined)) &&
        key &&
        desired.metadata?.[key]) {
        input.metadata = { [key]: desired.metadata[key] };
    }
    scheduleChange(desired, want, current, input, changed);
    if (want.schedulingType && current.schedulingType && want.schedulingType !== current.schedulingType) {
        input.schedulingType = want.schedulingType;
        changed.push('schedulingType');
    }
    if (changed.length === 0)
        return { kind: 'equal' };
    // A draft stays a draft: Buffer schedules a draft edited without it.
    if (want.draft && input.saveToDraft === undefined)
        input.saveToDraft = true;
    return { kind: 'edit', input, changed };
}
/** Draft and time: what `mode`, `dueAt` and `saveToDraft` the edit carries. */
function scheduleChange(desired, want, current, input, changed) {
    const custom = desired.mode === 'customScheduled';
    const dueDiffers = custom && Boolean(want.dueAt) && !sameInstant(want.dueAt, current.dueAt);
    if (want.draft) {
        if (!current.draft) {
            input.saveToDraft = true;
            changed.push('draft');
        }
        // A draft keeps its time: Buffer stores a draft's dueAt for when it is scheduled.
        if (dueDiffers) {
            input.saveToDraft = true;
            input.mode = 'customScheduled';
            input.dueAt = want.dueAt;
            changed.push('schedule');
        }
        return;
    }
    if (current.draft) {
        // draft: true → false schedules the post as the file says.
        input.saveToDraft = false;
        input.mode = desired.mode;
        if (custom && want.dueAt)
            input.dueAt = want.dueAt;
        changed.push('draft');
        return;
    }
    const currentCustom = current.mode === 'customScheduled';
    const modeDiffers = current.mode !== undefined && (current.exactMode ? current.mode !== desired.mode : currentCustom !== custom);
    if (dueDiffers || modeDiffers) {
        input.mode = desired.mode;
        if (custom && want.dueAt)
            input.dueAt = want.dueAt;
        changed.push('schedule');
    }
}
function sameInstant(a, b) {
    if (!a || !b)
        return a === b;
    return Date.parse(a) === Date.parse(b);
}
function threadOf(value) {
    if (!Array.isArray(value) || value.length <= 1)
        return [];
    return value.map((item) => {
        const t = (item ?? {});
        return {
            text: typeof t.text === 'string' ? t.text : '',
            assets: Array.isArray(t.assets) ? t.assets : [],
        };
    });
}
/**
 * Assets as Buffer echoes them: a link asset has no output member, an image
 * comes back without its thumbnail, user tags or animated thumbnail, and
 * unset optional values come back empty. Compared in this form on both sides
 * when one side is Buffer's, else as written.
 */
function observableAssets(assets, fromBuffer = true) {
    if (!fromBuffer)
        return assets;
    const out = [];
    for (const a of assets) {
        if ('image' in a) {
            const alt = a.image.metadata?.altText;
            out.push({ image: { url: a.image.url, ...(alt ? { altText: alt } : {}) } });
        }
        else if ('video' in a) {
            const m = a.video.metadata ?? {};
            out.push({
                video: {
                    url: a.video.url,
                    ...(m.title ? { title: m.title } : {}),
                    ...(typeof m.thumbnailOffset === 'number' ? { thumbnailOffset: m.thumbnailOffset } : {}),
                },
            });
        }
        else if ('document' in a) {
            out.push({ document: { url: a.document.url, title: a.document.title, thumbnailUrl: a.document.thumbnailUrl } });
        }
    }
    return out;
}
/** Metadata as Buffer echoes it: annotations and a retweet's comment are not read back. */
function observableMetadata(entry) {
    const out = {};
    for (const [field, value] of Object.entries(entry)) {
        if (field === 'annotations')
            continue;
        if (field === 'retweet' && value && typeof value === 'object') {
            out.retweet = { id: value.id };
            continue;
        }
        out[field] = value;
    }
    return out;
}
/**
 * Buffer fills in a link card's title, description and thumbnail from the
 * page when the input leaves them out: inside `linkAttachment`, a field the
 * file does not set is not compared.
 */
const FILLED_BY_BUFFER = new Set(['linkAttachment']);
/** Paths (`firstComment`, `geolocation.id`) Buffer holds that the file no longer sets. */
function removedPaths(have, want, prefix = '') {
    const out = [];
    for (const [field, value] of Object.entries(have)) {
        if (value === undefined || value === null || value === '')
            continue;
        const path = `${prefix}${field}`;
        const wanted = want[field];
        if (wanted === undefined || wanted === null || wanted === '') {
            out.push(path);
        }
        else if (isPlainObject(value) && isPlainObject(wanted) && !FILLED_BY_BUFFER.has(field)) {
            out.push(...removedPaths(value, wanted, `${path}.`));
        }
    }
    return out;
}
/** Whether Buffer's entry already says everything the file's does (after `removedPaths` found nothing missing). */
function covers(have, want) {
    for (const [field, value] of Object.entries(want)) {
        const current = have[field];
        if (FILLED_BY_BUFFER.has(field) && isPlainObject(value) && isPlainObject(current)) {
            if (!Object.entries(value).every(([k, v]) => (0,post_input/* sameJson */.Vk)(v, current[k])))
                return false;
        }
        else if (!(0,post_input/* sameJson */.Vk)(normalizeScalar(value), normalizeScalar(current))) {
            return false;
        }
    }
    return true;
}
/** Buffer answers DateTime fields in its own ISO spelling: compare instants, not strings. */
function normalizeScalar(value) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
        return new Date(value).toISOString();
    if (isPlainObject(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeScalar(v)]));
    return value;
}
function isPlainObject(value) {
    return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/text/compare.ts
var compare = __webpack_require__(9200);
;// CONCATENATED MODULE: ./src/plan/build-plan.ts






const SENT_STATUSES = new Set(['sent', 'sending']);
function buildPlan(input) {
    const items = [];
    const findings = [];
    const notes = [];
    if (input.basis === 'full' && input.basisReason) {
        notes.push(`Reconciled the whole directory: ${input.basisReason}.`);
    }
    for (const change of [...input.posts].sort((a, b) => (0,compare/* compareCodeUnits */.U)(a.path, b.path))) {
        planPostFile(change, input, items, findings, notes);
    }
    for (const change of [...(input.ideas ?? [])].sort((a, b) => (0,compare/* compareCodeUnits */.U)(a.path, b.path))) {
        planIdeaFile(change, items, findings);
    }
    return { basis: input.basis, basisReason: input.basisReason, items, findings: sortFindings(findings), notes };
}
function planPostFile(change, input, items, findings, notes) {
    const { current, previous } = change;
    if (!current) {
        // Deleted: the IDs come from the file as it was at `before`.
        for (const [ref, tracked] of Object.entries(previous?.tracked ?? {})) {
            planDelete(change.path, firstLine(previous), ref, tracked, change.removalReason ?? 'file-removed', input, items);
        }
        return;
    }
    findings.push(...current.findings);
    const parseErrors = current.findings.some((f) => f.severity === 'error');
    const tracked = { ...(previous?.tracked ?? {}), ...current.tracked };
    const refs = current.channels.map((c) => c.ref);
    // Channels removed from the file: delete what was posted there. Not while
    // the file cannot be read (a YAML typo, a binary or truncated file): its
    // channel list is then unknown, and a typo must never delete a published
    // post. The deletion happens on the push that fixes the file.
    for (const [ref, entry] of Object.entries(tracked)) {
        if (refs.includes(ref) || !entry.id)
            continue;
        if (parseErrors) {
            items.push({
                action: 'skip',
                file: change.path,
                line: firstLine(current),
                ref,
                service: (0,service_names/* serviceOfReference */.Qw)(ref),
                postId: entry.id,
                reason: 'kept in Buffer: the file has errors, so its channels cannot be read; fixing the file decides',
            });
            continue;
        }
        planDelete(change.path, firstLine(current), ref, entry, 'channel-removed', input, items);
    }
    const targets = [];
    for (const channelRef of current.channels) {
        const target = targetFor(channelRef.ref, input.channels);
        if ('message' in target) {
            findings.push({
                file: current.path,
                line: channelRef.position.line,
                column: channelRef.position.column,
                // Offline (fork PRs, no key) a channel ID may well be right: say it was not checked, don't fail on it.
                severity: target.offline ? 'warning' : 'error',
                code: target.offline ? 'channel-unchecked' : 'unknown-channel',
                message: target.message,
            });
            continue;
        }
        targets.push({ ...target, rendered: input.render(current, target.service), line: channelRef.position.line });
    }
    const hasNew = targets.some((t) => !tracked[t.ref]?.id);
    const validation = input.validate(current, targets, { now: input.now, isNew: hasNew, offline: !input.channels });
    findings.push(...validation);
    const blocked = parseErrors ||
        validation.some((f) => f.severity === 'error') ||
        findings.some((f) => f.file === current.path && f.code === 'unknown-channel' && f.severity === 'error');
    for (const target of targets) {
        const entry = tracked[target.ref];
        const base = { file: current.path, line: target.line, ref: target.ref, service: target.service };
        if (blocked) {
            const needsWork = !entry?.id || contentChanged(change);
            if (needsWork) {
                items.push({
                    ...base,
                    action: 'skip',
                    postId: entry?.id,
                    reason: 'the file has errors; it is sent once they are fixed',
                    blocked: true,
                });
            }
            continue;
        }
        if (!target.channel)
            continue; // offline: validated only
        const createInput = (0,post_input/* toCreatePostInput */.IK)(current, target.rendered, target.channel);
        const length = (0,validate_length/* countLength */.Q1)(target.rendered.text, target.service, target.channel);
        const when = describeWhen(createInput.mode, createInput.dueAt, createInput.saveToDraft);
        // What a create of this target is, whether the file is new to it or its post was deleted in Buffer.
        const create = {
            ...base,
            action: 'create',
            channelId: target.channel.id,
            input: createInput,
            rendered: target.rendered,
            length,
            when,
        };
        if (!entry?.id) {
            items.push(create);
            continue;
        }
        const remote = input.remote?.get(entry.id);
        if (remote === null && contentChanged(change)) {
            // Deleted in Buffer, and the file changed since: the file is what the
            // team wants now, so it is created again (its new ID replaces the old
            // one). An unchanged file's deleted post stays sync's drift to report.
            notes.push(`${current.path} (${target.ref}): post ${entry.id} is gone from Buffer (deleted there); the changed file creates it again.`);
            items.push(create);
            continue;
        }
        // Buffer's copy, when known, is what the file is compared with (every
        // field, in every basis); else the file as it was before, when the diff
        // says it changed.
        let held = remote ? snapshotOfPost(remote, target.service) : undefined;
        if (!held && previous && change.kind !== 'unchanged') {
            if (change.onlyBufferBlockChanged)
                continue;
            const previousTarget = previous.channels.some((c) => c.ref === target.ref);
            const previousUnreadable = previous.findings.some((f) => f.severity === 'error');
            // Tracked but not listed before, or the previous version could not be
            // read (a typo this push fixes): it cannot say what Buffer holds.
            if (previousTarget && !previousUnreadable) {
                held = snapshotOfInput((0,post_input/* toCreatePostInput */.IK)(previous, input.render(previous, target.service), target.channel), target.service);
            }
        }
        if (!held)
            continue;
        const comparison = comparePost(entry.id, createInput, held, target.service);
        if (comparison.kind === 'equal')
            continue;
        const status = remote?.status ?? entry.status;
        if (status && SENT_STATUSES.has(status)) {
            items.push({
                ...base,
                action: 'skip',
                postId: entry.id,
                reason: `already ${status} in Buffer; a sent post cannot be edited`,
            });
            continue;
        }
        if (comparison.kind === 'replace') {
            items.push({
                ...base,
                action: 'replace',
                channelId: target.channel.id,
                postId: entry.id,
                input: createInput,
                why: comparison.why,
                changed: comparison.changed,
                rendered: target.rendered,
                length,
                when,
            });
            continue;
        }
        const timed = comparison.changed.includes('schedule') || comparison.changed.includes('draft');
        items.push({
            ...base,
            action: 'edit',
            channelId: target.channel.id,
            postId: entry.id,
            input: comparison.input,
            changed: comparison.changed,
            rendered: target.rendered,
            length,
            when: timed ? when : undefined,
        });
    }
}
function planDelete(file, line, ref, tracked, reason, input, items) {
    if (!tracked.id)
        return;
    const remote = input.remote?.get(tracked.id);
    const status = remote?.status ?? tracked.status;
    const service = (0,service_names/* serviceOfReference */.Qw)(ref);
    const base = { file, line, ref, service, postId: tracked.id };
    if (remote === null) {
        items.push({ ...base, action: 'skip', reason: 'already gone from Buffer' });
        return;
    }
    if (status && SENT_STATUSES.has(status) && !input.deleteSent) {
        items.push({
            ...base,
            action: 'skip',
            reason: `already ${status}; kept in Buffer (set delete-sent: true to delete sent posts)`,
        });
        return;
    }
    items.push({ ...base, action: 'delete', reason });
}
function planIdeaFile(change, items, findings) {
    const { current, previous } = change;
    if (!current) {
        if (previous?.tracked?.id) {
            items.push({
                action: 'skip',
                file: change.path,
                line: 1,
                postId: previous.tracked.id,
                reason: "idea file removed; Buffer's API cannot delete ideas, remove it on Buffer's ideas board",
            });
        }
        return;
    }
    findings.push(...current.findings);
    if (current.findings.some((f) => f.severity === 'error')) {
        if (!current.tracked?.id)
            items.push({
                action: 'skip',
                file: change.path,
                line: 1,
                reason: 'the idea file has errors; it is sent once they are fixed',
                blocked: true,
            });
        return;
    }
    if (current.tracked?.id) {
        if (change.kind === 'modified' && previous && contentDiffers(previous.raw, current.raw)) {
            items.push({
                action: 'skip',
                file: change.path,
                line: 1,
                postId: current.tracked.id,
                reason: "idea edited; Buffer's API cannot edit ideas, change it on Buffer's ideas board",
            });
        }
        return;
    }
    const item = {
        action: 'create-idea',
        file: change.path,
        line: 1,
        input: {
            content: {
                ...(current.title ? { title: current.title } : {}),
                ...(current.body ? { text: current.body } : {}),
                ...(current.media.length
                    ? {
                        media: current.media.map((m) => ({
                            url: m.url,
                            type: 'image',
                            ...(m.alt ? { alt: m.alt } : {}),
                        })),
                    }
                    : {}),
                ...(current.services.length ? { services: current.services } : {}),
                ...(current.date ? { date: current.date } : {}),
            },
        },
    };
    items.push(item);
}
function contentDiffers(a, b) {
    return a.replace(/\r\n/g, '\n') !== b.replace(/\r\n/g, '\n');
}
function targetFor(ref, channels) {
    if (!channels) {
        const service = (0,service_names/* serviceOfReference */.Qw)(ref);
        return service
            ? { ref, service }
            : {
                offline: true,
                message: `Channel "${ref}" could not be checked without a Buffer key, nor its text validated for its network; a service name (e.g. twitter) or service:name can be checked offline.`,
            };
    }
    const resolved = (0,resolve/* resolveChannel */.OP)(ref, channels);
    return resolved.ok
        ? { ref, service: resolved.channel.service, channel: resolved.channel }
        : { message: resolved.message };
}
function contentChanged(change) {
    return (change.kind === 'added' ||
        ((change.kind === 'modified' || change.kind === 'renamed') && !change.onlyBufferBlockChanged));
}
function describeWhen(mode, dueAt, draft) {
    if (draft)
        return 'draft';
    switch (mode) {
        case 'customScheduled':
            return dueAt ?? 'custom time';
        case 'shareNow':
            return 'now';
        case 'shareNext':
            return 'top of the queue';
        default:
            return 'next queue slot';
    }
}
function firstLine(post) {
    return post?.channels[0]?.position.line ?? 1;
}
function sortFindings(findings) {
    const seen = new Set();
    return findings
        .filter((f) => {
        const key = `${f.file}:${f.line}:${f.column}:${f.code}:${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => (0,compare/* compareCodeUnits */.U)(a.file, b.file) || a.line - b.line || a.column - b.column);
}


/***/ }),

/***/ 1216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ toCreatePostInput),
/* harmony export */   Vk: () => (/* binding */ sameJson)
/* harmony export */ });
/* unused harmony exports POST_SOURCE, assetCount */
/* harmony import */ var _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/* harmony import */ var _text_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9200);
/**
 * From a post file, as one network renders it, to Buffer's mutation inputs.
 * Field names are the wire's (reference), whatever spelling the file used.
 */


/** Tells Buffer where the post came from (CreatePostInput.source). */
const POST_SOURCE = 'buffer-gitops';
function toCreatePostInput(post, rendered, channel) {
    const input = {
        channelId: channel.id,
        schedulingType: post.schedulingType,
        mode: post.mode,
        text: rendered.text,
        assets: rendered.assets,
        source: POST_SOURCE,
    };
    if (post.mode === 'customScheduled' && post.dueAt?.iso)
        input.dueAt = post.dueAt.iso;
    const metadata = metadataFor(post, rendered, channel);
    if (metadata)
        input.metadata = metadata;
    if (post.draft)
        input.saveToDraft = true;
    return input;
}
/**
 * Only the channel's own service key of `metadata` is sent: a post to X and
 * LinkedIn carries `metadata.linkedin` only in the LinkedIn request.
 * The thread, where the service threads, goes in `metadata.<service>.thread`.
 */
function metadataFor(post, rendered, channel) {
    const key = _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_KEY */ .KK[channel.service];
    if (!key)
        return undefined;
    const own = post.metadata?.[key];
    const entry = own ? { ...own } : {};
    if (rendered.thread && rendered.thread.length > 1 && _buffer_types_js__WEBPACK_IMPORTED_MODULE_0__/* .THREAD_SERVICES */ .uL.includes(channel.service)) {
        entry.thread = rendered.thread.map((item) => ({ text: item.text, assets: item.assets }));
    }
    return Object.keys(entry).length > 0 ? { [key]: entry } : undefined;
}
/** Deterministic comparison of JSON values regardless of key order. */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (0,_text_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
function assetCount(assets, kind) {
    return assets.filter((a) => kind in a).length;
}


/***/ })

};
