export const id = 441;
export const ids = [441];
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
