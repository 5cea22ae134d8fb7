export const id = 648;
export const ids = [648];
export const modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_ACTIONS_LOGIN: () => (/* binding */ GITHUB_ACTIONS_LOGIN),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3326);

/** The login comments made with GITHUB_TOKEN carry. */
const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';
async function upsertStickyComment(comments, issueNumber, marker, body, secrets = []) {
    try {
        const candidates = (await comments.list(issueNumber)).filter((c) => c.body.trimStart().startsWith(marker));
        const existing = await pickOurs(candidates, () => comments.identity());
        if (existing) {
            if (existing.body === body)
                return { status: 'unchanged', id: existing.id, url: existing.htmlUrl };
            const updated = await comments.update(existing.id, body);
            return { status: 'updated', id: updated.id, url: updated.htmlUrl };
        }
        const created = await comments.create(issueNumber, body);
        return { status: 'created', id: created.id, url: created.htmlUrl };
    }
    catch (error) {
        const httpStatus = typeof error.status === 'number' ? error.status : undefined;
        return {
            status: 'failed',
            httpStatus,
            message: (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .f)(error instanceof Error ? error.message : String(error), secrets),
        };
    }
}
/**
 * Only a comment the action itself wrote is ever updated: a human's comment
 * that starts with the marker (a pasted plan) is never the target, even when
 * no comment of ours exists yet. GITHUB_TOKEN comments are github-actions[bot]'s
 * (taken without asking); otherwise the token says who it is (one request,
 * only when there is a candidate to judge).
 */
async function pickOurs(candidates, identity) {
    if (candidates.length === 0)
        return undefined;
    const actions = candidates.find((c) => c.userType === 'Bot' && c.userLogin === GITHUB_ACTIONS_LOGIN);
    if (actions)
        return actions;
    const self = await identity();
    return 'login' in self
        ? candidates.find((c) => c.userLogin === self.login)
        : candidates.find((c) => c.userType === 'Bot');
}
/** Error texts come from the network; never let a token they might echo reach the log. */


/***/ })

};
