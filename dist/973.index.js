export const id = 973;
export const ids = [973];
export const modules = {

/***/ 7973:
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
/* harmony import */ var _validate_length_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1842);
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


/***/ })

};
