export const id = 974;
export const ids = [974];
export const modules = {

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ resolveChannel),
/* harmony export */   R7: () => (/* binding */ chooseOrganization),
/* harmony export */   zt: () => (/* binding */ referenceFor)
/* harmony export */ });
/* unused harmony export OrganizationError */
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
// EXTERNAL MODULE: ./src/validate/length.ts + 2 modules
var validate_length = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/buffer/post-content.ts
var post_content = __webpack_require__(4322);
// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/plan/post-input.ts
var post_input = __webpack_require__(8835);
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

/***/ 8835:
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

/***/ 9344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AZ: () => (/* binding */ extractUrlsX)
});

// UNUSED EXPORTS: mayHaveLinkX, xUrlPatternSource

;// CONCATENATED MODULE: ./src/text/x-idna.ts
/**
 * X's check that a link's domain could exist: every label, once punycode
 * encoded (`xn--…`, RFC 3492), is 1 to 63 characters long. Without this,
 * `https://<100 letters>.com` would count as a 23-character link.
 *
 * This is our own RFC 3492 encoder (only the output length is kept) instead
 * of twitter-text's `punycode` package, whose `require` prints a deprecation
 * warning on Node 22+. Node's `url.domainToASCII` is no substitute: it applies
 * IDNA mapping and validity rules first, so it lower-cases (`MÜNCHEN` encodes
 * shorter), drops soft hyphens, and rejects a label with a zero-width joiner
 * outright, which would make `👨‍👩‍👧example.com` stop being a link where
 * X's counter still finds `example.com`. Encoding the label as written is what
 * twitter-text does, so counts stay the same.
 */
const MAX_LABEL_LENGTH = 63;
// RFC 3492 §5 parameter values for Punycode.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff;
/** The separators punycode.js treats as dots inside a label (IDNA2003 §3.1). */
const SEPARATORS = /[\u002E\u3002\uFF0E\uFF61]/;
const NON_ASCII = /[^\0-\x7F]/;
/**
 * Code points the way punycode.js's `ucs2decode` reads them, which is how a
 * string iterates: a surrogate pair is one code point, a lone surrogate is
 * kept as its own value.
 */
function codePoints(text) {
    return Array.from(text, (char) => char.codePointAt(0));
}
/** RFC 3492 §6.1 bias adaptation. */
function adapt(delta, points, first) {
    let d = first ? Math.floor(delta / DAMP) : delta >> 1;
    d += Math.floor(d / points);
    let k = 0;
    while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
        d = Math.floor(d / (BASE - T_MIN));
        k += BASE;
    }
    return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + SKEW));
}
/**
 * The length of the RFC 3492 encoding of `label` (without `xn--`), or
 * Infinity where the encoder overflows (only for labels thousands of
 * characters long, far over 63 anyway; punycode.js throws there).
 */
function punycodeLength(label) {
    const input = codePoints(label);
    const basic = input.filter((c) => c < 0x80).length;
    let length = basic > 0 ? basic + 1 : 0; // the basic code points, then `-`
    let n = INITIAL_N;
    let delta = 0;
    let bias = INITIAL_BIAS;
    let handled = basic;
    while (handled < input.length) {
        let m = MAX_INT;
        for (const c of input)
            if (c >= n && c < m)
                m = c;
        if (m - n > Math.floor((MAX_INT - delta) / (handled + 1)))
            return Infinity;
        delta += (m - n) * (handled + 1);
        n = m;
        for (const c of input) {
            if (c < n && ++delta > MAX_INT)
                return Infinity;
            if (c !== n)
                continue;
            // Each variable-length integer is written in base-36 digits; only their count matters here.
            let q = delta;
            for (let k = BASE;; k += BASE) {
                const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
                if (q < t)
                    break;
                length++;
                q = Math.floor((q - t) / (BASE - t));
            }
            length++;
            bias = adapt(delta, handled + 1, handled === basic);
            delta = 0;
            handled++;
        }
        delta++;
        n++;
    }
    return length;
}
/** The length of punycode.js's `toASCII(label)`: sub-labels split at IDNA dots, each encoded if non-ASCII. */
function asciiLabelLength(label) {
    const parts = label.split(SEPARATORS);
    let length = parts.length - 1; // the dots between them
    for (const part of parts)
        length += NON_ASCII.test(part) ? 4 + punycodeLength(part) : part.length;
    return length;
}
/** Whether every dot-separated label of `domain` is 1–63 characters once encoded for DNS. */
function hasValidLabelLengths(domain) {
    return domain.split('.').every((label) => {
        const length = asciiLabelLength(label);
        return length >= 1 && length <= MAX_LABEL_LENGTH;
    });
}

;// CONCATENATED MODULE: ./src/text/x-tlds.ts
// Generated by scripts/x-tlds.mjs from twitter-text 3.1.0
// (dist/regexp/validGTLD.js and validCCTLD.js); do not edit, rerun the script.
// The top-level domains X accepts at the end of a URL's domain (a domain
// ending otherwise is not a link, with or without https://), as
// regular-expression alternations in twitter-text's order (longest first
// where one is a prefix of another).
/** Generic TLDs (1259). */
const x_tlds_X_GENERIC_TLDS = '삼성|닷컴|닷넷|香格里拉|餐厅|食品|飞利浦|電訊盈科|集团|通販|购物|谷歌|诺基亚|联通|网络|网站|网店|网址|组织机构|移动|珠宝|点看|游戏|淡马锡|机构|書籍|时尚|新闻|政府|政务|招聘|手表|手机|我爱你|慈善|微博|广东|工行|家電|娱乐|天主教|大拿|大众汽车|在线|嘉里大酒店|嘉里|商标|商店|商城|公益|公司|八卦|健康|信息|佛山|企业|中文网|中信|世界|ポイント|ファッション|セール|ストア|コム|グーグル|クラウド|みんな|คอม|संगठन|नेट|कॉम|همراه|موقع|موبايلي|كوم|كاثوليك|عرب|شبكة|بيتك|بازار|العليان|ارامكو|اتصالات|ابوظبي|קום|сайт|рус|орг|онлайн|москва|ком|католик|дети|zuerich|zone|zippo|zip|zero|zara|zappos|yun|youtube|you|yokohama|yoga|yodobashi|yandex|yamaxun|yahoo|yachts|xyz|xxx|xperia|xin|xihuan|xfinity|xerox|xbox|wtf|wtc|wow|world|works|work|woodside|wolterskluwer|wme|winners|wine|windows|win|williamhill|wiki|wien|whoswho|weir|weibo|wedding|wed|website|weber|webcam|weatherchannel|weather|watches|watch|warman|wanggou|wang|walter|walmart|wales|vuelos|voyage|voto|voting|vote|volvo|volkswagen|vodka|vlaanderen|vivo|viva|vistaprint|vista|vision|visa|virgin|vip|vin|villas|viking|vig|video|viajes|vet|versicherung|vermögensberatung|vermögensberater|verisign|ventures|vegas|vanguard|vana|vacations|ups|uol|uno|university|unicom|uconnect|ubs|ubank|tvs|tushu|tunes|tui|tube|trv|trust|travelersinsurance|travelers|travelchannel|travel|training|trading|trade|toys|toyota|town|tours|total|toshiba|toray|top|tools|tokyo|today|tmall|tkmaxx|tjx|tjmaxx|tirol|tires|tips|tiffany|tienda|tickets|tiaa|theatre|theater|thd|teva|tennis|temasek|telefonica|telecity|tel|technology|tech|team|tdk|tci|taxi|tax|tattoo|tatar|tatamotors|target|taobao|talk|taipei|tab|systems|symantec|sydney|swiss|swiftcover|swatch|suzuki|surgery|surf|support|supply|supplies|sucks|style|study|studio|stream|store|storage|stockholm|stcgroup|stc|statoil|statefarm|statebank|starhub|star|staples|stada|srt|srl|spreadbetting|spot|sport|spiegel|space|soy|sony|song|solutions|solar|sohu|software|softbank|social|soccer|sncf|smile|smart|sling|skype|sky|skin|ski|site|singles|sina|silk|shriram|showtime|show|shouji|shopping|shop|shoes|shiksha|shia|shell|shaw|sharp|shangrila|sfr|sexy|sex|sew|seven|ses|services|sener|select|seek|security|secure|seat|search|scot|scor|scjohnson|science|schwarz|schule|school|scholarships|schmidt|schaeffler|scb|sca|sbs|sbi|saxo|save|sas|sarl|sapo|sap|sanofi|sandvikcoromant|sandvik|samsung|samsclub|salon|sale|sakura|safety|safe|saarland|ryukyu|rwe|run|ruhr|rugby|rsvp|room|rogers|rodeo|rocks|rocher|rmit|rip|rio|ril|rightathome|ricoh|richardli|rich|rexroth|reviews|review|restaurant|rest|republican|report|repair|rentals|rent|ren|reliance|reit|reisen|reise|rehab|redumbrella|redstone|red|recipes|realty|realtor|realestate|read|raid|radio|racing|qvc|quest|quebec|qpon|pwc|pub|prudential|pru|protection|property|properties|promo|progressive|prof|productions|prod|pro|prime|press|praxi|pramerica|post|porn|politie|poker|pohl|pnc|plus|plumbing|playstation|play|place|pizza|pioneer|pink|ping|pin|pid|pictures|pictet|pics|piaget|physio|photos|photography|photo|phone|philips|phd|pharmacy|pfizer|pet|pccw|pay|passagens|party|parts|partners|pars|paris|panerai|panasonic|pamperedchef|page|ovh|ott|otsuka|osaka|origins|orientexpress|organic|org|orange|oracle|open|ooo|onyourside|online|onl|ong|one|omega|ollo|oldnavy|olayangroup|olayan|okinawa|office|off|observer|obi|nyc|ntt|nrw|nra|nowtv|nowruz|now|norton|northwesternmutual|nokia|nissay|nissan|ninja|nikon|nike|nico|nhk|ngo|nfl|nexus|nextdirect|next|news|newholland|new|neustar|network|netflix|netbank|net|nec|nba|navy|natura|nationwide|name|nagoya|nadex|nab|mutuelle|mutual|museum|mtr|mtpc|mtn|msd|movistar|movie|mov|motorcycles|moto|moscow|mortgage|mormon|mopar|montblanc|monster|money|monash|mom|moi|moe|moda|mobily|mobile|mobi|mma|mls|mlb|mitsubishi|mit|mint|mini|mil|microsoft|miami|metlife|merckmsd|meo|menu|men|memorial|meme|melbourne|meet|media|med|mckinsey|mcdonalds|mcd|mba|mattel|maserati|marshalls|marriott|markets|marketing|market|map|mango|management|man|makeup|maison|maif|madrid|macys|luxury|luxe|lupin|lundbeck|ltda|ltd|lplfinancial|lpl|love|lotto|lotte|london|lol|loft|locus|locker|loans|loan|llp|llc|lixil|living|live|lipsy|link|linde|lincoln|limo|limited|lilly|like|lighting|lifestyle|lifeinsurance|life|lidl|liaison|lgbt|lexus|lego|legal|lefrak|leclerc|lease|lds|lawyer|law|latrobe|latino|lat|lasalle|lanxess|landrover|land|lancome|lancia|lancaster|lamer|lamborghini|ladbrokes|lacaixa|kyoto|kuokgroup|kred|krd|kpn|kpmg|kosher|komatsu|koeln|kiwi|kitchen|kindle|kinder|kim|kia|kfh|kerryproperties|kerrylogistics|kerryhotels|kddi|kaufen|juniper|juegos|jprs|jpmorgan|joy|jot|joburg|jobs|jnj|jmp|jll|jlc|jio|jewelry|jetzt|jeep|jcp|jcb|java|jaguar|iwc|iveco|itv|itau|istanbul|ist|ismaili|iselect|irish|ipiranga|investments|intuit|international|intel|int|insure|insurance|institute|ink|ing|info|infiniti|industries|inc|immobilien|immo|imdb|imamat|ikano|iinet|ifm|ieee|icu|ice|icbc|ibm|hyundai|hyatt|hughes|htc|hsbc|how|house|hotmail|hotels|hoteles|hot|hosting|host|hospital|horse|honeywell|honda|homesense|homes|homegoods|homedepot|holiday|holdings|hockey|hkt|hiv|hitachi|hisamitsu|hiphop|hgtv|hermes|here|helsinki|help|healthcare|health|hdfcbank|hdfc|hbo|haus|hangout|hamburg|hair|guru|guitars|guide|guge|gucci|guardian|group|grocery|gripe|green|gratis|graphics|grainger|gov|got|gop|google|goog|goodyear|goodhands|goo|golf|goldpoint|gold|godaddy|gmx|gmo|gmbh|gmail|globo|global|gle|glass|glade|giving|gives|gifts|gift|ggee|george|genting|gent|gea|gdn|gbiz|gay|garden|gap|games|game|gallup|gallo|gallery|gal|fyi|futbol|furniture|fund|fun|fujixerox|fujitsu|ftr|frontier|frontdoor|frogans|frl|fresenius|free|fox|foundation|forum|forsale|forex|ford|football|foodnetwork|food|foo|fly|flsmidth|flowers|florist|flir|flights|flickr|fitness|fit|fishing|fish|firmdale|firestone|fire|financial|finance|final|film|fido|fidelity|fiat|ferrero|ferrari|feedback|fedex|fast|fashion|farmers|farm|fans|fan|family|faith|fairwinds|fail|fage|extraspace|express|exposed|expert|exchange|everbank|events|eus|eurovision|etisalat|esurance|estate|esq|erni|ericsson|equipment|epson|epost|enterprises|engineering|engineer|energy|emerck|email|education|edu|edeka|eco|eat|earth|dvr|dvag|durban|dupont|duns|dunlop|duck|dubai|dtv|drive|download|dot|doosan|domains|doha|dog|dodge|doctor|docs|dnp|diy|dish|discover|discount|directory|direct|digital|diet|diamonds|dhl|dev|design|desi|dentist|dental|democrat|delta|deloitte|dell|delivery|degree|deals|dealer|deal|dds|dclk|day|datsun|dating|date|data|dance|dad|dabur|cyou|cymru|cuisinella|csc|cruises|cruise|crs|crown|cricket|creditunion|creditcard|credit|cpa|courses|coupons|coupon|country|corsica|coop|cool|cookingchannel|cooking|contractors|contact|consulting|construction|condos|comsec|computer|compare|company|community|commbank|comcast|com|cologne|college|coffee|codes|coach|clubmed|club|cloud|clothing|clinique|clinic|click|cleaning|claims|cityeats|city|citic|citi|citadel|cisco|circle|cipriani|church|chrysler|chrome|christmas|chloe|chintai|cheap|chat|chase|charity|channel|chanel|cfd|cfa|cern|ceo|center|ceb|cbs|cbre|cbn|cba|catholic|catering|cat|casino|cash|caseih|case|casa|cartier|cars|careers|career|care|cards|caravan|car|capitalone|capital|capetown|canon|cancerresearch|camp|camera|cam|calvinklein|call|cal|cafe|cab|bzh|buzz|buy|business|builders|build|bugatti|budapest|brussels|brother|broker|broadway|bridgestone|bradesco|box|boutique|bot|boston|bostik|bosch|boots|booking|book|boo|bond|bom|bofa|boehringer|boats|bnpparibas|bnl|bmw|bms|blue|bloomberg|blog|blockbuster|blanco|blackfriday|black|biz|bio|bingo|bing|bike|bid|bible|bharti|bet|bestbuy|best|berlin|bentley|beer|beauty|beats|bcn|bcg|bbva|bbt|bbc|bayern|bauhaus|basketball|baseball|bargains|barefoot|barclays|barclaycard|barcelona|bar|bank|band|bananarepublic|banamex|baidu|baby|azure|axa|aws|avianca|autos|auto|author|auspost|audio|audible|audi|auction|attorney|athleta|associates|asia|asda|arte|art|arpa|army|archi|aramco|arab|aquarelle|apple|app|apartments|aol|anz|anquan|android|analytics|amsterdam|amica|amfam|amex|americanfamily|americanexpress|alstom|alsace|ally|allstate|allfinanz|alipay|alibaba|alfaromeo|akdn|airtel|airforce|airbus|aigo|aig|agency|agakhan|africa|afl|afamilycompany|aetna|aero|aeg|adult|ads|adac|actor|active|aco|accountants|accountant|accenture|academy|abudhabi|abogado|able|abc|abbvie|abbott|abb|abarth|aarp|aaa|onion';
/** Country-code TLDs (315). */
const x_tlds_X_COUNTRY_TLDS = '한국|香港|澳門|新加坡|台灣|台湾|中國|中国|გე|ລາວ|ไทย|ලංකා|ഭാരതം|ಭಾರತ|భారత్|சிங்கப்பூர்|இலங்கை|இந்தியா|ଭାରତ|ભારત|ਭਾਰਤ|ভাৰত|ভারত|বাংলা|भारोत|भारतम्|भारत|ڀارت|پاکستان|موريتانيا|مليسيا|مصر|قطر|فلسطين|عمان|عراق|سورية|سودان|تونس|بھارت|بارت|ایران|امارات|المغرب|السعودية|الجزائر|البحرين|الاردن|հայ|қаз|укр|срб|рф|мон|мкд|ею|бел|бг|ευ|ελ|zw|zm|za|yt|ye|ws|wf|vu|vn|vi|vg|ve|vc|va|uz|uy|us|um|uk|ug|ua|tz|tw|tv|tt|tr|tp|to|tn|tm|tl|tk|tj|th|tg|tf|td|tc|sz|sy|sx|sv|su|st|ss|sr|so|sn|sm|sl|sk|sj|si|sh|sg|se|sd|sc|sb|sa|rw|ru|rs|ro|re|qa|py|pw|pt|ps|pr|pn|pm|pl|pk|ph|pg|pf|pe|pa|om|nz|nu|nr|np|no|nl|ni|ng|nf|ne|nc|na|mz|my|mx|mw|mv|mu|mt|ms|mr|mq|mp|mo|mn|mm|ml|mk|mh|mg|mf|me|md|mc|ma|ly|lv|lu|lt|ls|lr|lk|li|lc|lb|la|kz|ky|kw|kr|kp|kn|km|ki|kh|kg|ke|jp|jo|jm|je|it|is|ir|iq|io|in|im|il|ie|id|hu|ht|hr|hn|hm|hk|gy|gw|gu|gt|gs|gr|gq|gp|gn|gm|gl|gi|gh|gg|gf|ge|gd|gb|ga|fr|fo|fm|fk|fj|fi|eu|et|es|er|eh|eg|ee|ec|dz|do|dm|dk|dj|de|cz|cy|cx|cw|cv|cu|cr|co|cn|cm|cl|ck|ci|ch|cg|cf|cd|cc|ca|bz|by|bw|bv|bt|bs|br|bq|bo|bn|bm|bl|bj|bi|bh|bg|bf|be|bd|bb|ba|az|ax|aw|au|at|as|ar|aq|ao|an|am|al|ai|ag|af|ae|ad|ac';

;// CONCATENATED MODULE: ./src/text/x-urls.ts
/**
 * The links X finds in a post's text, each counted as 23 characters: a port
 * of twitter-text 3.1's `extractUrlsWithIndices` (the library X published for
 * its own counting), written out so the action does not ship that library.
 *
 * The pattern is twitter-text's, piece by piece and in its order, with the
 * same flags (`gi`, no `u`: `[a-z]` with `u` and `i` would also match `ſ` and
 * the Kelvin sign, which twitter-text does not). test/text/x-urls.test.ts
 * checks that the assembled pattern is character for character twitter-text's.
 * Mastodon uses the same finder with a scheme required (its URL rules are
 * twitter-text's too).
 */


const SPACES = String.raw `\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`;
const INVALID = String.raw `\uFFFE\uFEFF\uFFFF`;
const PUNCTUATION = String.raw `\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$`;
const DIRECTIONAL_MARKS = String.raw `\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069`;
const LATIN_ACCENTS = String.raw `\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF`;
const CYRILLIC = String.raw `\u0400-\u04FF`;
/** A URL may not start right after a letter, digit, `@`, `$` or `#` (that is a mention, cashtag or hashtag). */
const PRECEDING = String.raw `(?:[^A-Za-z0-9@＠$#＃${INVALID}]|[${DIRECTIONAL_MARKS}]|^)`;
/** Any character but ASCII punctuation, spaces and invisible marks: domains may be in any script. */
const DOMAIN_CHAR = `[^${PUNCTUATION}${SPACES}${INVALID}${DIRECTIONAL_MARKS}]`;
const SUBDOMAIN = String.raw `(?:(?:${DOMAIN_CHAR}(?:[_-]|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\.)`;
const DOMAIN_NAME = String.raw `(?:(?:${DOMAIN_CHAR}(?:-|${DOMAIN_CHAR})*)?${DOMAIN_CHAR}\.)`;
const TLD_END = '(?=[^0-9a-zA-Z@+-]|$)';
/** One list of TLD alternatives; an empty list can never match. */
const tldGroup = (alternatives) => (alternatives ? `(?:(?:${alternatives})${TLD_END})` : '(?!)');
const GENERIC_TLD = tldGroup(x_tlds_X_GENERIC_TLDS);
const COUNTRY_TLD = tldGroup(x_tlds_X_COUNTRY_TLDS);
const PUNYCODE_TLD = String.raw `(?:xn--[\-0-9a-z]+)`;
/** A domain ending in one of these TLDs (twitter-text's: the whole lists). */
const domain = (genericTlds, countryTlds) => `(?:${SUBDOMAIN}*${DOMAIN_NAME}(?:${tldGroup(genericTlds)}|${tldGroup(countryTlds)}|${PUNYCODE_TLD}))`;
const PATH_CHAR = String.raw `[a-z${CYRILLIC}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&${LATIN_ACCENTS}]`;
/** `(…)` in a path, one level of nesting allowed: Wikipedia links keep their closing parenthesis. */
const BALANCED_PARENS = String.raw `\((?:${PATH_CHAR}+|(?:${PATH_CHAR}*\(${PATH_CHAR}+\)${PATH_CHAR}*))\)`;
/** A path does not end in punctuation: `see example.com/a.` leaves the full stop out. */
const PATH_END = String.raw `[\+\-a-z${CYRILLIC}0-9=_#\/${LATIN_ACCENTS}]|(?:${BALANCED_PARENS})`;
const PATH = `(?:(?:${PATH_CHAR}*(?:${BALANCED_PARENS}${PATH_CHAR}*)*${PATH_END})|(?:@${PATH_CHAR}+/))`;
const QUERY_CHAR = String.raw `[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]`;
const QUERY_END = String.raw `[a-z0-9\-_&=#\/]`;
/*
 * The patterns below are compiled on first use, not when the module loads:
 * with 1,500 TLDs in them, V8 takes 5–20 ms to compile the URL pattern on
 * its first run, which a post without a link never needs to pay.
 */
/**
 * twitter-text's URL pattern with the given TLD alternatives (`|`-separated,
 * in its order). Groups as twitter-text numbers them: 2 the character before,
 * 3 the URL, 4 the scheme, 5 the domain, 6 the port, 7 the path, 8 the query.
 */
function urlPatternSource(genericTlds, countryTlds) {
    return String.raw `((${PRECEDING})((https?:\/\/)?(${domain(genericTlds, countryTlds)})(?::([0-9]+))?(\/${PATH}*)?(\?${QUERY_CHAR}*${QUERY_END})?))`;
}
/** twitter-text's own pattern, with every TLD. */
let urlPattern;
function urlPatternX() {
    urlPattern ??= new RegExp(urlPatternSource(x_tlds_X_GENERIC_TLDS, x_tlds_X_COUNTRY_TLDS), 'gi');
    return urlPattern;
}
/**
 * The URL pattern for one text: twitter-text's, keeping of its TLD
 * alternatives only those that can match somewhere in the text: right after
 * a `.` (the pattern's domain part ends in `\.`, then the TLD) and before
 * what may end a TLD (`TLD_END`, right after the alternatives). An
 * alternative that matches nowhere in the text changes nothing about which
 * match the pattern finds, or how; so the result is the full pattern's
 * (test/text/x-urls.test.ts), and a text with a `.com` link compiles a pattern with one TLD
 * (~0.3 ms) instead of 1,500 (issue 16: 5–10 ms on every CLI start that
 * checks a post with a link). A few such patterns are kept for texts that
 * share their TLDs; past that many, the full pattern is compiled and used.
 */
const narrowPatterns = new Map();
/** Past this many different TLD sets, compiling the full pattern once costs less than more narrow ones. */
const MAX_NARROW_PATTERNS = 16;
function urlPatternFor(text) {
    if (urlPattern)
        return urlPattern;
    const { generic, country } = tldsIn(text);
    const key = `${generic} ${country}`;
    let pattern = narrowPatterns.get(key);
    if (!pattern) {
        if (narrowPatterns.size >= MAX_NARROW_PATTERNS) {
            narrowPatterns.clear();
            return urlPatternX();
        }
        pattern = new RegExp(urlPatternSource(generic, country), 'gi');
        narrowPatterns.set(key, pattern);
    }
    return pattern;
}
/** Of each TLD list, the alternatives that may end a domain in `text` (tldsAfterDots), in the list's order. */
function tldsIn(text) {
    const { written, countryFrom } = tldTextX();
    const positions = tldsAfterDots(text, false).sort((x, y) => x - y);
    const keep = (from, to) => [...new Set(positions.filter((at) => at >= from && at < to))]
        .map((at) => written.slice(at + 1, written.indexOf('|', at + 1)))
        .join('|');
    return { generic: keep(0, countryFrom), country: keep(countryFrom, written.length) };
}
/** The ASCII domains inside a domain match: a bare link is only found if its domain is ASCII. */
const ASCII_DOMAIN_SOURCE = String.raw `(?:(?:[\-a-z0-9${LATIN_ACCENTS}]+)\.)+(?:${GENERIC_TLD}|${COUNTRY_TLD}|${PUNYCODE_TLD})`;
let asciiDomainPattern;
const PLAIN_ASCII_DOMAIN = /^[-a-zA-Z0-9.]+$/;
/**
 * The ASCII domains in a domain the URL pattern matched. A domain of ASCII
 * letters, digits, `-` and `.` only is one whole ASCII domain (its last label
 * is the TLD the URL pattern found, ending the string), so the long pattern
 * is only compiled for domains with other characters in them.
 */
function asciiDomainsIn(domain) {
    if (PLAIN_ASCII_DOMAIN.test(domain))
        return [domain];
    asciiDomainPattern ??= new RegExp(ASCII_DOMAIN_SOURCE, 'gi');
    return domain.match(asciiDomainPattern) ?? [];
}
/**
 * Every link needs a `.` right before its TLD, and every TLD starts with an
 * ASCII letter or a non-ASCII character (`xn--`, `com`, `рус`, `삼성`; the
 * `i` flag without `u` never matches a non-ASCII character to an ASCII one).
 * Text without such a `.` (`Done. Next`, `v1.2`) has no link, whatever its
 * scheme.
 */
const MAY_HAVE_TLD = /\.[A-Za-z\u0080-\uFFFF]/;
const ASCII = /^[\0-\x7F]*$/;
/**
 * A UTF-16 code unit as the `i` flag without `u` compares it (ECMAScript's
 * Canonicalize): upper-cased, unless that gives more than one unit or takes
 * a non-ASCII character to ASCII (`ſ` stays `ſ`).
 */
function canonical(text) {
    if (ASCII.test(text))
        return text.toUpperCase(); // the same, unit by unit, and quicker
    let out = '';
    for (let at = 0; at < text.length; at++) {
        const unit = text.charAt(at);
        const upper = unit.toUpperCase();
        out += upper.length !== 1 || (unit.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80) ? unit : upper;
    }
    return out;
}
/**
 * Every TLD as written and as the URL pattern compares it, each between `|`s,
 * generic then country in their order. Compared: both lists upper-cased in one
 * call, which for every character in them is what canonical() gives
 * (test/text/x-urls.test.ts checks it). The few look-ups one post needs search
 * this one string (~0.1 ms) rather than build a set of 1,500 first (~1–2 ms on
 * a start, issue 16); after many, a map is built and used.
 */
let tldText;
function tldTextX() {
    if (!tldText) {
        const written = `|${x_tlds_X_GENERIC_TLDS}|${x_tlds_X_COUNTRY_TLDS}|`;
        let longest = 0;
        for (let bar = 0, next = written.indexOf('|', 1); next !== -1; bar = next, next = written.indexOf('|', next + 1))
            longest = Math.max(longest, next - bar - 1);
        tldText = { written, compared: written.toUpperCase(), countryFrom: x_tlds_X_GENERIC_TLDS.length + 1, longest };
    }
    return tldText;
}
const MANY_LOOKUPS = 256;
let lookups = 0;
let tldMap;
/** Where the TLD `compared` (as compared) stands in the lists: the offsets of the `|` before each occurrence; none when it is not one. */
function tldPositions(compared) {
    const { compared: all } = tldTextX();
    if (!tldMap && ++lookups > MANY_LOOKUPS) {
        tldMap = new Map();
        for (let bar = 0, next = all.indexOf('|', 1); next !== -1; bar = next, next = all.indexOf('|', next + 1)) {
            const tld = all.slice(bar + 1, next);
            tldMap.set(tld, [...(tldMap.get(tld) ?? []), bar]);
        }
    }
    if (tldMap)
        return tldMap.get(compared) ?? [];
    const positions = [];
    for (let at = all.indexOf(`|${compared}|`); at !== -1; at = all.indexOf(`|${compared}|`, at + 1))
        positions.push(at);
    return positions;
}
/** What may follow a TLD (the pattern's `TLD_END`). */
const ENDS_TLD = (next) => next === '' || !/[0-9a-zA-Z@+-]/.test(next);
/** A unit a TLD may hold: every TLD is ASCII letters and digits or non-ASCII (test/text/x-urls.test.ts). */
const inTld = (unit) => (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit >= 0x80;
/**
 * The TLDs that stand in `text` right after a `.` and before what may end a
 * TLD, as their places in the lists (tldPositions, one look-up each): where the
 * URL pattern can match a TLD alternative (its domain part ends in `\.`, the
 * alternatives in `TLD_END`), and nowhere else. With `first`, stops at the
 * first TLD found.
 */
function tldsAfterDots(text, first) {
    const { longest } = tldTextX();
    const found = [];
    for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
        const from = dot + 1;
        const last = Math.min(text.length, from + longest);
        for (let end = from + 1; end <= last && inTld(text.charCodeAt(end - 1)); end++) {
            if (!ENDS_TLD(text.charAt(end)))
                continue;
            const positions = tldPositions(canonical(text.slice(from, end)));
            if (positions.length === 0)
                continue;
            found.push(...positions);
            if (first)
                return found;
        }
    }
    return found;
}
/**
 * Whether `text` can hold a link at all: some `.` is followed by one of X's
 * TLDs (compared as the URL pattern compares it, and followed by what may end
 * a TLD) or by `xn--` and a letter, digit or `-`. A link's domain ends so, with
 * or without a scheme, so text where this is false (`e.g. Node.js`) has none,
 * and skips the URL pattern, which takes 10–20 ms to compile. A look-up per
 * `.`, where the pattern tries 1,500 alternatives.
 */
function mayHaveLinkX(text) {
    if (!MAY_HAVE_TLD.test(text))
        return false;
    for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
        const from = dot + 1;
        if (canonical(text.slice(from, from + 4)) === 'XN--' && /[-0-9a-zA-Z]/.test(text.charAt(from + 4)))
            return true;
    }
    return tldsAfterDots(text, true).length > 0;
}
/** A bare domain right after one of these is part of something else (`a-example.com`, `/x.com`). */
const NOT_BEFORE_BARE_DOMAIN = /[-_./]$/;
/** A t.co link ends with its slug (and query): X's own short links take no path. */
const TCO_URL = new RegExp(String.raw `^https?:\/\/t\.co\/([a-z0-9]+)(?:\?${QUERY_CHAR}*${QUERY_END})?`, 'i');
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_URL_LENGTH = 4096;
const DEFAULT_SCHEME = 'https://';
/** For the pattern tests: the assembled pattern, to compare with twitter-text's; with `text`, the one narrowed for it. */
function xUrlPatternSource(text) {
    const { generic, country } = text === undefined ? { generic: X_GENERIC_TLDS, country: X_COUNTRY_TLDS } : tldsIn(text);
    // As RegExp spells it (`/` escaped), as twitter-text's source is read; not the compiled pattern, which would then be used.
    return new RegExp(urlPatternSource(generic, country), 'gi').source;
}
/**
 * twitter-text's `isValidUrl`: a punycode-looking domain must be ASCII, every
 * label must fit DNS, and the whole URL with a scheme at most 4096 characters.
 */
function isPlausible(url, scheme, domain) {
    if (domain.startsWith('xn--') && asciiDomainsIn(domain).length === 0)
        return false;
    if (!hasValidLabelLengths(domain))
        return false;
    return scheme.length + url.length <= MAX_URL_LENGTH;
}
/**
 * The links in `text`, in order, with their UTF-16 offsets. With
 * `withoutProtocol: false` only `http://` and `https://` links count (Mastodon).
 */
function extractUrlsX(text, { withoutProtocol = true } = {}) {
    if ((!withoutProtocol && !text.includes(':')) || !mayHaveLinkX(text))
        return [];
    const urls = [];
    const pattern = urlPatternFor(text);
    pattern.lastIndex = 0; // global: exec continues from lastIndex, which the loop below runs back to 0
    // The next link would lie wholly after lastIndex, its `.` and TLD too: when the rest can hold
    // none, the search stops without running the pattern again (V8 compiles a pattern to machine
    // code on its second run, another 5 ms for this one).
    const next = () => (mayHaveLinkX(text.slice(pattern.lastIndex)) ? pattern.exec(text) : null);
    for (let match = pattern.exec(text); match; match = next()) {
        const before = match[2] ?? '';
        let url = match[3] ?? '';
        const scheme = match[4];
        const domain = match[5] ?? '';
        const path = match[7];
        let end = pattern.lastIndex;
        const start = end - url.length;
        if (!isPlausible(url, scheme || DEFAULT_SCHEME, domain))
            continue;
        if (!scheme) {
            if (!withoutProtocol || NOT_BEFORE_BARE_DOMAIN.test(before))
                continue;
            // Only the ASCII domains inside count (`日本example.com` links `example.com`); the path
            // and query stay attached to the last of them, and only when there is a path.
            let last;
            let asciiEnd = 0;
            for (const ascii of asciiDomainsIn(domain)) {
                const asciiStart = domain.indexOf(ascii, asciiEnd);
                asciiEnd = asciiStart + ascii.length;
                last = { url: ascii, indices: [start + asciiStart, start + asciiEnd] };
                urls.push(last);
            }
            if (last && path) {
                const ascii = last.url;
                last.url = url.replace(domain, () => ascii);
                last.indices[1] = end;
            }
        }
        else {
            const tco = TCO_URL.exec(url);
            if (tco) {
                if (tco[1] && tco[1].length > MAX_TCO_SLUG_LENGTH)
                    continue;
                url = tco[0];
                end = start + url.length;
            }
            urls.push({ url, indices: [start, end] });
        }
    }
    return urls;
}


/***/ }),

/***/ 1842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yA: () => (/* binding */ characterLength),
  Q1: () => (/* binding */ countLength)
});

// UNUSED EXPORTS: MASTODON_URL_LENGTH, byteLength, graphemeLength, mastodonLength, simpleGraphemeLength, threadsLength

// EXTERNAL MODULE: ./src/text/x-urls.ts + 2 modules
var x_urls = __webpack_require__(9344);
;// CONCATENATED MODULE: ./src/text/x-emoji.ts
/**
 * The emoji X counts as 2 characters whatever their code points: 👍, 👍🏽,
 * 🇯🇵, a ZWJ family (11 UTF-16 units) are 2 each.
 *
 * What is one emoji is Unicode's list of recommended emoji (`\p{RGI_Emoji}`,
 * from the ICU data of the Node.js running us, Unicode 17 on Node 20.20 and
 * 24), so emoji newer than twitter-text's (it stopped at Emoji 11, 2018: 🫠,
 * ❤️‍🔥, 🐦‍🔥, 🧑‍🧑‍🧒) count 2 as X counts them today. A sequence Unicode
 * does not list (two emoji joined by a ZWJ that no vendor draws as one) falls
 * apart into its parts, as on X: each emoji 2, the joiner 1.
 *
 * Ahead of the list come the forms twitter-text (twemoji 11) also draws and
 * counts as one emoji that Unicode's list does not contain as written; X
 * counts them 2, so do we:
 * - a keycap without its U+FE0F (`1⃣`);
 * - an emoji-style character followed by the emoji selector U+FE0F (`⭐️`,
 *   `⚡️`, `☕️`: phones add it), for the 42 characters that Unicode's
 *   emoji-variation-sequences.txt also gives a text style;
 * - a text-style gesture with U+FE0F before its skin tone (`✌️🏽`), and the
 *   skier ⛷ with a skin tone (twemoji draws it; Unicode never listed it);
 * - 🕴 with a gender sign, and the unqualified eye in speech bubble `👁‍🗨`.
 * None of these is the start of a longer sequence in Unicode's list, so
 * trying them first never cuts a listed emoji short.
 */
/** Emoji-style by default, with a text style too: these take U+FE0F as part of the emoji. */
const EMOJI_STYLE_WITH_SELECTOR = String.raw `\u231A\u231B\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2757\u2B1B\u2B1C\u2B50\u2B55\u{1F004}\u{1F21A}\u{1F22F}`;
/**
 * The whole list, built on first use: compiling `\p{RGI_Emoji}` takes 30 to
 * 130 ms, which a post without emoji, or with only single-character ones
 * (below), never needs to pay.
 */
let emojiPattern;
function emojiAt() {
    emojiPattern ??= new RegExp([
        String.raw `[#*0-9]\uFE0F?\u20E3`,
        String.raw `[${EMOJI_STYLE_WITH_SELECTOR}]\uFE0F`,
        String.raw `[\p{Emoji_Modifier_Base}--\p{Emoji_Presentation}]\uFE0F\p{Emoji_Modifier}`,
        String.raw `\u26F7\uFE0F?\p{Emoji_Modifier}`,
        String.raw `\u{1F574}(?:\uFE0F|\p{Emoji_Modifier})\u200D[\u2640\u2642]\uFE0F`,
        String.raw `\u{1F441}\u200D\u{1F5E8}`,
        String.raw `\p{RGI_Emoji}`,
    ].join('|'), 
    // `v`: sets of strings (RGI_Emoji) and set difference; Node 20+. `y`: tried only where
    // an emoji can start (below), since trying the whole list at every character is slow.
    'vy');
    return emojiPattern;
}
/**
 * Where an emoji can start: every one above begins with an Emoji character,
 * and an ASCII digit, `#` or `*` only starts one as a keycap. Built on first use too.
 */
let emojiStartPattern;
function emojiStart() {
    emojiStartPattern ??= new RegExp(String.raw `[#*0-9](?=\uFE0F?\u20E3)|[\p{Emoji}--[#*0-9]]`, 'gv');
    return emojiStartPattern;
}
/**
 * A UTF-16 code unit of every character that can start an emoji: the Emoji
 * characters other than `#*0-9` are U+00A9, U+00AE and code points from
 * U+203C on (surrogates included), and a keycap needs U+20E3. Text with none
 * of these (most Latin-script posts) has no emoji, and skips compiling the
 * patterns above. Checked against `\p{Emoji}` for every code point in
 * test/text/x-emoji.test.ts.
 */
const MAY_START_EMOJI = /[\xA9\xAE\u203C-\uFFFF]/;
/**
 * What comes right after the first character of every emoji in the list that
 * is longer than one character: U+FE0F (or the text selector U+FE0E), a ZWJ,
 * the keycap mark, a skin tone, a second regional indicator, or a tag (the
 * England, Scotland and Wales flags). Every alternative above starts so too.
 */
const CONTINUES_EMOJI = /\uFE0E|\uFE0F|\u200D|\u20E3|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|[\u{E0020}-\u{E007F}]/uy;
/**
 * The one-character emoji of the list: exactly the Emoji_Presentation
 * characters but a lone regional indicator (checked against the whole list
 * for every emoji character in test/text/x-emoji.test.ts).
 */
const SINGLE_EMOJI = /^\p{Emoji_Presentation}$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;
/**
 * The characters that are one emoji together with a U+FE0F after them: the
 * emoji-style ones above, and in the list every Emoji character that is
 * text-style by default (`❤️`, `✈️`) but `#*0-9`, which need a keycap mark
 * (checked against the whole list for every emoji character, in the test).
 */
const TAKES_SELECTOR = new RegExp(String.raw `^(?:[${EMOJI_STYLE_WITH_SELECTOR}]|(?![#*0-9])(?!\p{Emoji_Presentation})\p{Emoji})$`, 'u');
/**
 * The end of the emoji starting at `start`, if one does. A character (with
 * or without a U+FE0F) not followed by anything that continues an emoji is
 * one emoji by itself or none, so 👍, 🚀 or ❤️ between words never needs
 * the whole list.
 */
function emojiEnd(text, start, shortcut) {
    const first = String.fromCodePoint(text.codePointAt(start) ?? 0);
    const after = start + first.length;
    const selector = text.charCodeAt(after) === 0xfe0f;
    CONTINUES_EMOJI.lastIndex = selector ? after + 1 : after;
    if (shortcut && !CONTINUES_EMOJI.test(text)) {
        if (selector && TAKES_SELECTOR.test(first))
            return after + 1;
        return SINGLE_EMOJI.test(first) && !REGIONAL_INDICATOR.test(first) ? after : undefined;
    }
    const pattern = emojiAt();
    pattern.lastIndex = start;
    const emoji = pattern.exec(text);
    return emoji ? start + emoji[0].length : undefined;
}
/**
 * Each emoji in `text` as UTF-16 [start, end) offsets, in order.
 * `shortcut: false` always uses the whole list (for the test that the
 * shortcut changes nothing).
 */
function emojiRanges(text, { shortcut = true } = {}) {
    const ranges = [];
    if (!MAY_START_EMOJI.test(text))
        return ranges;
    const starts = emojiStart();
    starts.lastIndex = 0;
    for (let start = starts.exec(text); start; start = starts.exec(text)) {
        const end = emojiEnd(text, start.index, shortcut);
        if (end === undefined)
            continue;
        ranges.push([start.index, end]);
        starts.lastIndex = end;
    }
    return ranges;
}

;// CONCATENATED MODULE: ./src/text/x-weighted-length.ts
/**
 * X's character count ("weighted length", twitter-text v3 configuration,
 * https://developer.x.com/en/docs/counting-characters): the text in NFC, every
 * link 23, every emoji 2, characters in the ranges below 1 and all others 2
 * (CJK, most symbols). A post may weigh at most 280.
 *
 * Our own implementation of those published rules, checked against
 * twitter-text (test/text/), which is too large to ship in the action and
 * prints a deprecation warning on Node 22+ (it requires `punycode`).
 */


/** What every link counts, however long (t.co's length). */
const X_URL_WEIGHT = 23;
const EMOJI_WEIGHT = 2;
const DEFAULT_WEIGHT = 2;
/**
 * UTF-16 code unit ranges that count 1: Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Indic scripts and the rest up to U+10FF, plus general punctuation
 * (spaces, dashes, quotes, primes).
 */
const LIGHT_RANGES = [
    [0x0000, 0x10ff],
    [0x2000, 0x200d],
    [0x2010, 0x201f],
    [0x2032, 0x2037],
];
function weightOf(unit) {
    return LIGHT_RANGES.some(([from, to]) => unit >= from && unit <= to) ? 1 : DEFAULT_WEIGHT;
}
function isSurrogatePair(text, at) {
    const high = text.charCodeAt(at);
    const low = text.charCodeAt(at + 1);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
/** X's weighted length of `text` (URL = 23, emoji and CJK = 2, after NFC). */
function weightedLengthX(text) {
    const nfc = text.normalize('NFC');
    // As in twitter-text: a link wins over an emoji starting at the same place, and
    // whatever starts inside a link or emoji already counted is skipped.
    const urlEnds = new Map((0,x_urls/* extractUrlsX */.AZ)(nfc).map(({ url, indices }) => [indices[0], indices[0] + url.length]));
    const emojiEnds = new Map(emojiRanges(nfc));
    let length = 0;
    for (let at = 0; at < nfc.length; at++) {
        const urlEnd = urlEnds.get(at);
        const emojiEnd = emojiEnds.get(at);
        if (urlEnd !== undefined) {
            length += X_URL_WEIGHT;
            at = urlEnd - 1;
        }
        else if (emojiEnd !== undefined) {
            length += EMOJI_WEIGHT;
            at = emojiEnd - 1;
        }
        else if (isSurrogatePair(nfc, at)) {
            // Every character outside the Basic Multilingual Plane is outside the light ranges.
            length += DEFAULT_WEIGHT;
            at += 1;
        }
        else {
            length += weightOf(nfc.charCodeAt(at));
        }
    }
    return length;
}

// EXTERNAL MODULE: ./src/validate/network-limits.ts
var network_limits = __webpack_require__(4693);
// EXTERNAL MODULE: ./src/text/graphemes.ts
var graphemes = __webpack_require__(2373);
;// CONCATENATED MODULE: ./src/validate/length.ts



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
    for (const _ of (0,graphemes/* graphemes */.l)(nfc))
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
    const urls = (0,x_urls/* extractUrlsX */.AZ)(nfc, { withoutProtocol: false });
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
    for (const { segment } of (0,graphemes/* graphemes */.l)(nfc)) {
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
    const rules = network_limits/* NETWORK_LIMITS */.o[service];
    switch (service) {
        case 'twitter':
            return { count: weightedLengthX(text), limit: rules.length.limit, unit: 'weighted' };
        case 'mastodon':
            return {
                count: mastodonLength(text),
                limit: channel?.maxCharacters ?? network_limits/* MASTODON_DEFAULT_LIMIT */.Y,
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
