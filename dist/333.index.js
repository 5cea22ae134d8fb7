export const id = 333;
export const ids = [333];
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


/***/ })

};
