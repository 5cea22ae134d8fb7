export const id = 580;
export const ids = [580];
export const modules = {

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

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSandboxCommand: () => (/* binding */ runSandboxCommand)
});

// UNUSED EXPORTS: EXAMPLE_PORT, EXAMPLE_START, EXAMPLE_STEPS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/sandbox/control-routes.ts
/**
 * The sandbox's control endpoints under `/__sandbox/`, as a table: the HTTP
 * server dispatches by it (http-server.ts has one handler per entry, checked
 * by the compiler), `buffer-gitops sandbox --help` prints it, and a test
 * checks the README documents every entry. So an endpoint cannot be served
 * without being documented, and the docs cannot name one that is not served.
 */
const CONTROL_ROUTES = [
    {
        method: 'GET',
        path: '/__sandbox/state',
        summary: 'Everything the sandbox holds, with the sandbox clock and request counts (publishes posts whose time has come first)',
        body: 'none',
        answer: '200 {"now", "accounts", "organizations", "channels", "posts", "ideas", "ideaGroups", "postTemplates", "stats": {"requests", "byApiKey", "byRootField", "byOperation", "rateLimited", "unauthenticated"}}; each post carries "metrics" and "metricsUpdatedAt" as the API answers them at "now" (API keys are never included)',
    },
    {
        method: 'POST',
        path: '/__sandbox/reset',
        summary: 'Start over: posts, ideas, idea groups, post templates, request counts, faults and rate-limit windows are cleared; the clock stays',
        body: 'none for the default seed (one organization, Acme Inc, with 12 channels, and Buffer\'s two public post templates), or a seed {"accounts", "organizations", "channels", "posts"?, "ideas"?, "ideaGroups"?, "postTemplates"?, "metricsSalt"?} (the --seed file format; a seed post may carry "pinnedMetrics")',
        answer: '200 {"ok": true, "now"}; 400 {"error"} for a seed that does not load',
    },
    {
        method: 'POST',
        path: '/__sandbox/clock',
        summary: 'Move the sandbox clock; scheduled posts whose dueAt has passed become sent (sentAt = dueAt, with a link)',
        body: '{"advanceSeconds": N} or {"now": "<ISO 8601 date-time>"}',
        answer: '200 {"now", "published": <posts that became sent>}; 400 {"error"} for any other body',
    },
    {
        method: 'POST',
        path: '/__sandbox/faults',
        summary: 'Make later GraphQL requests fail (replaces the previous faults; {} clears them)',
        body: '{"rules"?: [{"operation": "<root field, e.g. createPost, or *>", "fault": "drop-before-commit" | "drop-after-commit" | "http-500" | "unexpected" | "limit-reached" | "rate-limit" | "typed-error", "nth"?: 1, "times"?: 1, "member"?: "<typed-error only: e.g. RestProxyError>", "message"?: "<typed-error only>"}], "latencyMs"?: N, "ideaResponseEvery"?: N}',
        answer: '200 {"ok": true}; 400 {"error"} naming what is wrong (an unknown fault, a member the mutation cannot answer)',
    },
    {
        method: 'PATCH',
        path: '/__sandbox/posts/:id',
        summary: "Edit a post as someone in Buffer's app would (drift for sync to report or restore)",
        body: '{"text"?, "dueAt"?: "<ISO 8601>" | null, "status"?: "draft" | "error" | "needs_approval" | "scheduled" | "sending" | "sent", "sentAt"?, "error"?: "<message>", "externalLink"?}',
        answer: '200 the post as stored; 400 {"error"} for a bad value; 404 {"error"} for an unknown ID',
    },
    {
        method: 'DELETE',
        path: '/__sandbox/posts/:id',
        summary: "Delete a post as someone in Buffer's app would",
        body: 'none',
        answer: '204 (no body); 404 {"error"} for an unknown ID',
    },
];
/** The route a request names, with its `:id` segment decoded; undefined when no entry matches the method and path. */
function matchControlRoute(method, path) {
    for (const route of CONTROL_ROUTES) {
        if (route.method !== method)
            continue;
        const pattern = new RegExp(`^${route.path.replace(/:id/, '([^/]+)')}$`);
        const match = pattern.exec(path);
        if (match)
            return {
                key: `${route.method} ${route.path}`,
                id: match[1] === undefined ? undefined : decodeURIComponent(match[1]),
            };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/sandbox/clock.ts
class SandboxClock {
    mode;
    realNow;
    /** Sandbox time (ms) at the moment `anchorRealMs` was taken. */
    anchorSandboxMs;
    anchorRealMs;
    constructor(mode, initial, realNow = Date.now) {
        this.mode = mode;
        this.realNow = realNow;
        this.anchorRealMs = realNow();
        this.anchorSandboxMs = initial === undefined ? this.anchorRealMs : parseInstant(initial);
    }
    nowMs() {
        if (this.mode === 'frozen')
            return this.anchorSandboxMs;
        return this.anchorSandboxMs + (this.realNow() - this.anchorRealMs);
    }
    nowIso() {
        return new Date(this.nowMs()).toISOString();
    }
    advance(seconds) {
        this.set(this.nowMs() + seconds * 1000);
    }
    set(instant) {
        this.anchorSandboxMs = typeof instant === 'number' ? instant : parseInstant(instant);
        this.anchorRealMs = this.realNow();
    }
}
function parseInstant(value) {
    const ms = value instanceof Date ? value.getTime() : Date.parse(value);
    if (Number.isNaN(ms))
        throw new Error(`Invalid clock time: ${String(value)}`);
    return ms;
}

// EXTERNAL MODULE: ./node_modules/graphql/index.js
var graphql = __webpack_require__(7645);
;// CONCATENATED MODULE: ./src/sandbox/errors.ts
/**
 * The two ways Buffer reports failure (facts §1.5–1.6): typed members of a
 * mutation's payload union (in `data`), and non-recoverable GraphQL errors
 * with `extensions.code` (in `errors`, HTTP 200).
 */

/** The typed error members of Buffer's mutation payload unions (reference). */
const MUTATION_ERROR_TYPES = [
    'RestProxyError',
    'UnexpectedError',
    'VoidMutationError',
    'NotFoundError',
    'UnauthorizedError',
    'LimitReachedError',
    'InvalidInputError',
];
function typedError(type, message) {
    return { __typename: type, message };
}
function codedError(code, message) {
    return new graphql/* GraphQLError */.eOn(message, { extensions: { code } });
}

;// CONCATENATED MODULE: ./src/sandbox/faults.ts
/**
 * Fault injection (`POST /__sandbox/faults`), so the product's tests can prove
 * "no duplicate and no lost ID under any single crash or fault".
 *
 * Semantics (the product's fault-matrix tests rely on these):
 * - A rule `{operation, nth = 1, times = 1, fault}` watches invocations of the
 *   root field `operation` (`"*"` = any root field), counted since the faults
 *   were set, across requests. Aliases in one document are separate
 *   invocations, counted in document order. Invocations `nth` … `nth+times-1`
 *   (consecutive matches that actually reach the server) are faulted.
 * - Mutations in one document run serially in alias order, as on Buffer;
 *   query fields run in document order too (resolvers are synchronous).
 * - When the faulted field is reached:
 *   - `drop-before-commit`: the field is NOT executed, later fields are not
 *     executed, earlier ones stay committed; the TCP connection is destroyed
 *     without an HTTP response.
 *   - `drop-after-commit`: the field IS executed and committed, later fields
 *     are not; then the connection is destroyed without a response.
 *   - `http-500`: the field and later ones are not executed; HTTP 500 with a
 *     JSON `errors` body.
 *   - `unexpected`: the field is not executed and resolves to a GraphQL error
 *     with `extensions.code: UNEXPECTED`, HTTP 200. Root payloads are non-null,
 *     so graphql-js nulls `data` and stops a mutation batch there: that is
 *     real GraphQL behaviour and is kept.
 *   - `limit-reached`: the field is not executed and returns a
 *     `LimitReachedError` (on fields without that union member: a GraphQL
 *     error with code LIMIT_REACHED); other fields run normally.
 *   - `rate-limit`: decided at the gateway, before execution: if the document
 *     would reach a faulted invocation, the whole request gets HTTP 429
 *     (`Retry-After: 1`, window `15m`) and nothing executes. The invocations up to
 *     and including the faulted one count as seen, so a retry moves on.
 *   - `typed-error` (with `member`, optional `message`): the field is not
 *     executed and answers that typed member of its payload union, HTTP 200;
 *     other fields run normally. `member` must belong to the operation's
 *     union in the reference, checked against the sandbox's schema when the
 *     faults are set (HTTP 400 otherwise), so `operation` must name one
 *     mutation, not `"*"`:
 *       createPost, editPost (PostActionPayload): NotFoundError,
 *         UnauthorizedError, UnexpectedError, RestProxyError (with `code` and
 *         `link`), LimitReachedError, InvalidInputError;
 *       deletePost (DeletePostPayload): VoidMutationError;
 *       createIdea (CreateIdeaPayload): InvalidInputError, UnauthorizedError,
 *         UnexpectedError, LimitReachedError;
 *       createPostTemplate, updatePostTemplate, deletePostTemplate
 *         (Create/Update/DeletePostTemplatePayload) and movePostInQueue
 *         (MovePostInQueuePayload): VoidMutationError.
 *     The table is the schema's: a mutation added to the SDL gets its members
 *     here without a change to this file.
 * - `latencyMs` is added before every GraphQL answer.
 * - `ideaResponseEvery: N` (a non-negative integer; 0 = never, the default
 *   unless the sandbox was started with the `ideaResponseEvery` option):
 *   every Nth `createIdea` since the faults were set (the Nth, 2Nth, …)
 *   answers `IdeaResponse { idea, refreshIdeas }` instead of `Idea`, both
 *   being success members of CreateIdeaPayload (reference; facts §3
 *   createIdea). Independently, a `createIdea` placed in a group after
 *   another idea (`group.placeAfterId`) always answers `IdeaResponse` with
 *   `refreshIdeas: true`, the case the reference's "other ideas might have
 *   been moved" describes. Not a fault: the idea is created either way.
 *
 * Example: `{"rules": [{"operation": "deletePost", "fault": "typed-error",
 * "member": "VoidMutationError"}], "ideaResponseEvery": 2}`.
 */

const FAULT_KINDS = [
    'drop-before-commit',
    'drop-after-commit',
    'http-500',
    'unexpected',
    'limit-reached',
    'rate-limit',
    'typed-error',
];
class FaultPlan {
    latencyMs;
    /** Undefined: the sandbox option's value applies. */
    ideaResponseEvery;
    rules;
    constructor(config = {}) {
        this.latencyMs = config.latencyMs ?? 0;
        this.ideaResponseEvery = config.ideaResponseEvery;
        this.rules = (config.rules ?? []).map((r) => ({ rule: { nth: 1, times: 1, ...r }, seen: 0, fired: 0 }));
    }
    /** Rejects malformed control requests with a message for the test author. */
    static parse(body, unionMembersOf = () => null) {
        if (!body || typeof body !== 'object')
            throw new Error('Fault config must be a JSON object');
        const b = body;
        if (b.latencyMs !== undefined && (typeof b.latencyMs !== 'number' || b.latencyMs < 0))
            throw new Error('latencyMs must be a non-negative number');
        const rules = b.rules === undefined ? [] : b.rules;
        if (!Array.isArray(rules))
            throw new Error('rules must be an array');
        for (const r of rules) {
            if (typeof r.operation !== 'string')
                throw new Error('Each rule needs an "operation" (a root field name or "*")');
            if (!FAULT_KINDS.includes(r.fault))
                throw new Error(`Unknown fault ${String(r.fault)}; expected one of ${FAULT_KINDS.join(', ')}`);
            for (const k of ['nth', 'times']) {
                if (r[k] !== undefined && (!Number.isInteger(r[k]) || r[k] < 1))
                    throw new Error(`${k} must be a positive integer`);
            }
            if (r.fault === 'typed-error')
                checkTypedError(r, unionMembersOf);
            else if (r.member !== undefined)
                throw new Error(`"member" goes with the fault "typed-error" only, not ${String(r.fault)}`);
        }
        const every = b.ideaResponseEvery;
        if (every !== undefined && (!Number.isInteger(every) || every < 0))
            throw new Error('ideaResponseEvery must be a non-negative integer (0 = never)');
        return {
            latencyMs: b.latencyMs,
            rules: rules,
            ideaResponseEvery: every,
        };
    }
    matches(state, field) {
        return state.rule.operation === '*' || state.rule.operation === field;
    }
    due(state, invocation) {
        return invocation >= state.rule.nth && state.fired < state.rule.times;
    }
    /**
     * Gateway check for `rate-limit` rules over the root fields the document will
     * invoke, in order. True = answer 429 and execute nothing.
     */
    rateLimitBefore(rootFields) {
        for (let i = 0; i < rootFields.length; i++) {
            const prefix = rootFields.slice(0, i + 1);
            const hit = this.rules.find((s) => s.rule.fault === 'rate-limit' &&
                this.matches(s, rootFields[i]) &&
                this.due(s, s.seen + prefix.filter((f) => this.matches(s, f)).length));
            if (hit) {
                for (const s of this.rules)
                    s.seen += prefix.filter((f) => this.matches(s, f)).length;
                hit.fired++;
                return true;
            }
        }
        return false;
    }
    /** Called as each root field starts executing; returns the fault to apply, if any. */
    onInvocation(field) {
        let hit = null;
        for (const s of this.rules) {
            if (!this.matches(s, field))
                continue;
            s.seen++;
            if (hit === null && s.rule.fault !== 'rate-limit' && this.due(s, s.seen)) {
                s.fired++;
                const { fault, member, message } = s.rule;
                hit = fault === 'typed-error' ? { kind: fault, member: member, message } : { kind: fault };
            }
        }
        return hit;
    }
}
const TYPED_ERRORS = MUTATION_ERROR_TYPES;
/** A typed error only where the reference's payload union has that member: anything else Buffer could never answer. */
function checkTypedError(r, unionMembersOf) {
    if (!TYPED_ERRORS.includes(String(r.member))) {
        throw new Error(`The fault "typed-error" needs a "member", one of ${TYPED_ERRORS.join(', ')}; got ${JSON.stringify(r.member)}`);
    }
    if (r.message !== undefined && typeof r.message !== 'string')
        throw new Error('"message" must be a string');
    const members = unionMembersOf(String(r.operation));
    if (!members) {
        throw new Error(`The fault "typed-error" needs "operation" to be one mutation with a payload union (e.g. createPost, deletePost, createPostTemplate, movePostInQueue); got ${JSON.stringify(r.operation)}`);
    }
    if (!members.includes(String(r.member))) {
        const possible = members.filter((m) => TYPED_ERRORS.includes(m));
        throw new Error(`${String(r.operation)} cannot answer ${String(r.member)}: its payload union's error members are ${possible.join(', ')}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/time/days.ts
var days = __webpack_require__(8174);
;// CONCATENATED MODULE: ./src/sandbox/tags.ts
function matchesTags(tagIds, tags) {
    if (!tags)
        return true;
    return tagIds.some((t) => tags.in.includes(t)) || (tags.isEmpty === true && tagIds.length === 0);
}

;// CONCATENATED MODULE: ./src/sandbox/visibility.ts
/**
 * What an API key can see: the organizations its account belongs to, and their
 * channels and posts. Anything else does not exist for the caller (NOT_FOUND),
 * the one refusal every organization-scoped root field shares (operations,
 * templates, idea groups, movePostInQueue, aggregatedPostMetrics).
 */

function visibleOrganization(ctx, organizationId) {
    if (!ctx.store.organizations.has(organizationId) || !ctx.store.canSee(ctx.account, organizationId)) {
        throw codedError('NOT_FOUND', `Organization ${organizationId} not found`);
    }
}
function visibleChannel(ctx, id) {
    const c = ctx.store.channels.get(id);
    return c && ctx.store.canSee(ctx.account, c.organizationId) ? c : undefined;
}
function visiblePost(ctx, id) {
    const p = ctx.store.posts.get(id);
    return p && ctx.store.canSee(ctx.account, p.organizationId) ? p : undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/metrics.ts
/**
 * Post metrics as Buffer serves them (issue 15): `Post.metrics`,
 * `Post.metricsUpdatedAt` and the `aggregatedPostMetrics` query.
 *
 * Nothing here is stored. Numbers are a pure function of (post ID, the seed's
 * `metricsSalt`, whole days between `sentAt` and the latest refresh), and the
 * latest refresh is read off the sandbox clock when a field resolves, so
 * `POST /__sandbox/clock` past a refresh changes them with no timer running.
 *
 * Refresh: Buffer "pulls fresh metrics once per day" (reference,
 * Post.metricsUpdatedAt); the sandbox's daily ingestion runs at 06:00:00.000
 * UTC (METRICS_REFRESH_UTC_HOUR), and `metricsUpdatedAt` is that instant.
 *
 * Null before the first refresh: Buffer says `metrics` is null for a post not
 * yet sent, and `metricsUpdatedAt` is "null until the daily ingestion job has
 * processed the post". It says nothing about `metrics` of a sent post the job
 * has not processed yet; the sandbox answers null there too (no numbers yet),
 * never `[]` or zeros a client could take for measurements. So a client must
 * handle a sent post with null metrics, which is the stricter contract.
 */





/** Every `PostMetricType` the sandbox emits per post, in the order a `metrics` list answers them. */
const POST_METRIC_TYPES = [
    'reactions',
    'comments',
    'likes',
    'shares',
    'reposts',
    'quotes',
    'saves',
    'follows',
    'clicks',
    'impressions',
    'reach',
    'views',
    'viewers',
    'totalTimeWatched',
    'engagementRate',
];
/**
 * `name`: the reference's examples are "Reactions" and "Eng. Rate"; the rest
 * follow that style. `description`: the reference's `PostMetricType` text.
 * `engagementRate` is the only percentage (Buffer's post-metrics guide).
 * The deprecated values (favorites, link_clicks, other, reblogs, repins,
 * replies, retweets) are "never emitted" and have no entry.
 */
const METRIC_INFO = {
    postCount: {
        name: 'Posts',
        description: 'The count of posts included in an aggregated response. Only meaningful on aggregate endpoints — never emitted per-post.',
        unit: 'count',
    },
    reactions: {
        name: 'Reactions',
        description: 'How many people reacted to your post. Unified across networks: Instagram/Twitter `likes`, Mastodon `favorites`, etc. all map to this value.',
        unit: 'count',
    },
    comments: {
        name: 'Comments',
        description: 'The count of comments and replies on your post. Unified across networks (Threads `replies` maps here).',
        unit: 'count',
    },
    likes: {
        name: 'Likes',
        description: "The Like-reaction subcount on Facebook. Distinct from `reactions` (which is the total of all reaction types — Like, Love, Care, Haha, Wow, Sad, Angry); Facebook's Graph API reports them separately and we mirror that.",
        unit: 'count',
    },
    shares: { name: 'Shares', description: 'How many times your post was shared or forwarded by others.', unit: 'count' },
    reposts: {
        name: 'Reposts',
        description: 'How many times your post was reposted by others. Twitter `retweets`, Mastodon `reblogs`, Threads `reposts` all normalize to this value.',
        unit: 'count',
    },
    quotes: { name: 'Quotes', description: 'How many times your post was quoted (Threads).', unit: 'count' },
    saves: {
        name: 'Saves',
        description: 'How many times people saved your post (Instagram, Pinterest). A strong signal that the content is worth revisiting.',
        unit: 'count',
    },
    follows: {
        name: 'Follows',
        description: 'The number of new followers gained from this post (Instagram).',
        unit: 'count',
    },
    clicks: { name: 'Clicks', description: 'How many times people clicked on your post.', unit: 'count' },
    impressions: {
        name: 'Impressions',
        description: 'How many times your post was shown on screen. May include multiple views by the same person — useful for spotting how often the content gets surfaced.',
        unit: 'count',
    },
    reach: { name: 'Reach', description: 'The number of unique people who saw your post.', unit: 'count' },
    views: {
        name: 'Views',
        description: 'How many times your post was viewed. Used for video-style posts and on networks that report views distinctly from impressions.',
        unit: 'count',
    },
    viewers: {
        name: 'Viewers',
        description: 'Unique viewer count for video-style posts (LinkedIn).',
        unit: 'count',
    },
    totalTimeWatched: {
        name: 'Watch Time',
        description: 'Total time watched, in minutes, for video-style posts (LinkedIn).',
        unit: 'count',
    },
    engagementRate: {
        name: 'Eng. Rate',
        description: 'The percentage of people who interacted with your post compared to how many saw it. Unit: percentage.',
        unit: 'percentage',
    },
};
/**
 * Which types each service emits per post. Buffer publishes no per-network
 * table; these sets are OUR MODEL, built from Buffer's post-metrics guide
 * (node_modules/@bufferapp/cli/skills/post-metrics.md) and the
 * `PostMetricType` descriptions:
 * - the guide: a single LinkedIn channel aggregates to exactly the trio plus
 *   impressions, reach, engagementRate, viewers, totalTimeWatched, so that is
 *   LinkedIn's whole set; saves on Instagram/Pinterest, quotes on Threads.
 * - the enum: follows (Instagram), likes (Facebook, a subcount of reactions),
 *   reposts where Twitter retweets / Mastodon reblogs / Threads reposts land.
 * - "Posts on networks that don't track reactions or comments contribute 0":
 *   Google Business reports only views and clicks; StartPage's only metric
 *   was the deprecated `link_clicks`, never emitted, so it reports nothing
 *   (a sent StartPage post answers `[]` once refreshed).
 * - engagementRate only where the network reports an audience (reach,
 *   impressions or views) to divide by.
 */
const SERVICE_METRICS = {
    bluesky: ['reactions', 'comments', 'reposts'],
    facebook: ['reactions', 'comments', 'likes', 'shares', 'clicks', 'impressions', 'reach', 'engagementRate'],
    googlebusiness: ['clicks', 'views'],
    instagram: ['reactions', 'comments', 'shares', 'saves', 'follows', 'impressions', 'reach', 'engagementRate'],
    linkedin: ['reactions', 'comments', 'impressions', 'reach', 'viewers', 'totalTimeWatched', 'engagementRate'],
    mastodon: ['reactions', 'comments', 'reposts'],
    pinterest: ['reactions', 'comments', 'saves', 'clicks', 'impressions', 'engagementRate'],
    startPage: [],
    threads: ['reactions', 'comments', 'shares', 'reposts', 'quotes', 'views', 'engagementRate'],
    tiktok: ['reactions', 'comments', 'shares', 'reach', 'views', 'engagementRate'],
    twitter: ['reactions', 'comments', 'reposts', 'clicks', 'impressions', 'engagementRate'],
    youtube: ['reactions', 'comments', 'shares', 'views'],
};
// ---------------------------------------------------------------- refresh clock
/** The daily ingestion's instant, UTC. */
const METRICS_REFRESH_UTC_HOUR = 6;
const REFRESH_OFFSET_MS = METRICS_REFRESH_UTC_HOUR * 3_600_000;
/** The latest daily refresh at or before `ms`. */
function latestRefreshAtOrBefore(ms) {
    return (0,days/* utcDayStart */.lZ)(ms - REFRESH_OFFSET_MS) + REFRESH_OFFSET_MS;
}
/** The first daily refresh strictly after `ms` (a post sent at 06:00:00.000 waits for the next day's). */
function firstRefreshAfter(ms) {
    return latestRefreshAtOrBefore(ms) + days/* DAY_MS */.sO;
}
// ---------------------------------------------------------------- values
/** A number in [0, 1) from SHA-256 of the parts: the same inputs give the same number in every sandbox. */
function unitHash(...parts) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest();
    return digest.readUIntBE(0, 6) / 2 ** 48;
}
/** What each count is, as a share of the post's audience at full growth: [lowest, highest]. */
const AUDIENCE_SHARE = {
    reach: [0.8, 1],
    impressions: [1.2, 3],
    views: [0.6, 2],
    viewers: [0.2, 0.6],
    totalTimeWatched: [0.1, 0.8],
    reactions: [0.01, 0.08],
    comments: [0.001, 0.012],
    shares: [0.001, 0.01],
    reposts: [0.002, 0.015],
    quotes: [0.0005, 0.004],
    saves: [0.002, 0.02],
    follows: [0.0002, 0.003],
    clicks: [0.005, 0.04],
};
/** Interactions: the numerator of engagementRate (likes is a subcount of reactions, so it is left out). */
const INTERACTIONS = [
    'reactions',
    'comments',
    'shares',
    'reposts',
    'quotes',
    'saves',
    'clicks',
];
/** The denominator of engagementRate, the first the service reports ("compared to how many saw it"). */
const AUDIENCE = ['reach', 'impressions', 'views'];
/**
 * The service's counts for a post `ageDays` whole days after it was sent:
 * each is a fixed share of a per-post audience (500–50,000) times a growth
 * curve 1 − e^(−(age+1)/τ), τ of 1–4 days per post. Rounded, so integers
 * that never shrink from one refresh to the next and level off within weeks.
 */
function derivedCounts(postId, salt, service, ageDays) {
    const audience = Math.exp(Math.log(500) + unitHash(salt, postId, 'audience') * Math.log(100));
    const tau = 1 + 3 * unitHash(salt, postId, 'tau');
    const growth = 1 - Math.exp(-(Math.max(0, ageDays) + 1) / tau);
    const out = {};
    for (const type of SERVICE_METRICS[service]) {
        if (type === 'engagementRate' || type === 'likes')
            continue;
        const [lo, hi] = AUDIENCE_SHARE[type];
        const share = lo + (hi - lo) * unitHash(salt, postId, type);
        out[type] = Math.round(audience * share * growth);
    }
    if (SERVICE_METRICS[service].includes('likes')) {
        out.likes = Math.round((out.reactions ?? 0) * (0.6 + 0.3 * unitHash(salt, postId, 'likes')));
    }
    return out;
}
/** 100 × interactions ÷ audience, two decimals, within 0–100; 0 when nobody saw the post. */
function engagementRate(counts) {
    const audienceType = AUDIENCE.find((t) => counts[t] !== undefined);
    const audience = audienceType ? (counts[audienceType] ?? 0) : 0;
    if (audience <= 0)
        return 0;
    const interactions = INTERACTIONS.reduce((sum, t) => sum + (counts[t] ?? 0), 0);
    return Math.min(100, Math.round((10_000 * interactions) / audience) / 100);
}
function metric(type, value) {
    return { type, ...METRIC_INFO[type], value };
}
/** `Post.metrics` and `Post.metricsUpdatedAt` at sandbox time `nowMs`. */
function postMetricsAt(post, salt, nowMs) {
    if (post.status !== 'sent' || post.sentAt === null)
        return { metrics: null, metricsUpdatedAt: null };
    const sentMs = Date.parse(post.sentAt);
    if (Number.isNaN(sentMs) || nowMs < firstRefreshAfter(sentMs))
        return { metrics: null, metricsUpdatedAt: null };
    const refreshedMs = latestRefreshAtOrBefore(nowMs);
    const ageDays = Math.floor((refreshedMs - sentMs) / days/* DAY_MS */.sO);
    const counts = { ...derivedCounts(post.id, salt, post.channelService, ageDays) };
    const pinned = post.pinnedMetrics ?? {};
    for (const type of SERVICE_METRICS[post.channelService]) {
        if (type !== 'engagementRate' && pinned[type] !== undefined)
            counts[type] = pinned[type];
    }
    const metrics = SERVICE_METRICS[post.channelService].map((type) => metric(type, type === 'engagementRate' ? (pinned.engagementRate ?? engagementRate(counts)) : (counts[type] ?? 0)));
    return { metrics, metricsUpdatedAt: new Date(refreshedMs).toISOString() };
}
/** Refuses a seed post whose `pinnedMetrics` Buffer could never send for its service. */
function assertPinnedMetrics(post, service) {
    if (post.pinnedMetrics === undefined)
        return;
    const where = `Seed post ${post.id}: "pinnedMetrics"`;
    if (!post.pinnedMetrics || typeof post.pinnedMetrics !== 'object' || Array.isArray(post.pinnedMetrics))
        throw new Error(`${where} must be an object of metric type → number`);
    const allowed = SERVICE_METRICS[service];
    for (const [type, value] of Object.entries(post.pinnedMetrics)) {
        if (!allowed.includes(type))
            throw new Error(`${where} names "${type}", which ${service} does not report (it reports: ${allowed.join(', ')})`);
        const percentage = type === 'engagementRate';
        if (typeof value !== 'number' ||
            !Number.isFinite(value) ||
            value < 0 ||
            (percentage ? value > 100 : !Number.isInteger(value)))
            throw new Error(`${where}.${type} must be ${percentage ? 'a percentage from 0 to 100' : 'a whole number of at least 0'}`);
    }
}
/** "Date range is capped to 365 days" (reference, AggregatedPostMetricsInput). */
const MAX_AGGREGATION_DAYS = 365;
/**
 * The window a post's `sentAt` must fall in: from `startDateTime` (inclusive)
 * to the end of `endDateTime`'s UTC calendar day ("the backend treats the
 * range as inclusive of that day"; consumers pass UTC midnight of the last
 * day). The cap is read strictly: the window, whole end day included, may
 * span at most 365 × 24 h, so 2026-01-01 → 2026-12-31 passes and a leap
 * year's 1 Jan → 31 Dec (366 days) is refused. An end day before the start is
 * refused too rather than answered empty. Both are BAD_USER_INPUT GraphQL
 * errors: `AggregatedPostMetrics!` is not a union, Buffer documents no code
 * for bad query input, and BAD_USER_INPUT is what the sandbox answers every
 * other bad query argument with (cursors, `first`, dailyPostingLimits).
 */
function aggregationWindow(startDateTime, endDateTime) {
    const startMs = Date.parse(startDateTime);
    const endDayStart = (0,days/* utcDayStart */.lZ)(Date.parse(endDateTime));
    const endMs = endDayStart + days/* DAY_MS */.sO; // exclusive
    if (endMs <= startMs)
        throw codedError('BAD_USER_INPUT', `endDateTime (${endDateTime}) is on a day before startDateTime (${startDateTime})`);
    if (endMs - startMs > MAX_AGGREGATION_DAYS * days/* DAY_MS */.sO)
        throw codedError('BAD_USER_INPUT', `Date range is capped to ${MAX_AGGREGATION_DAYS} days: ${startDateTime} to the end of ${new Date(endDayStart).toISOString().slice(0, 10)} is ${Math.ceil((endMs - startMs) / days/* DAY_MS */.sO)} days; split the range`);
    return { startMs, endMs };
}
/**
 * Sums over the matched posts' answers. The baseline trio (postCount,
 * reactions, comments) always, first, in that order; then every other type
 * that all `services` (the filter's channels) emit, in POST_METRIC_TYPES
 * order — none for an empty set. Counts are sums; a post whose metrics are
 * still null counts in postCount and adds 0. engagementRate is the mean of
 * the rates of the posts that have one (two decimals), 0 when none does: a
 * mean of per-post percentages, because a sum of percentages means nothing
 * and the audiences behind them are not comparable across days.
 */
function aggregate(services, answers) {
    const extras = services.length === 0
        ? []
        : POST_METRIC_TYPES.filter((t) => t !== 'reactions' && t !== 'comments' && services.every((s) => SERVICE_METRICS[s].includes(t)));
    const valueOf = (type) => {
        const values = answers.map((a) => a.metrics?.find((m) => m.type === type)?.value);
        if (type !== 'engagementRate')
            return values.reduce((sum, v) => sum + (v ?? 0), 0);
        const rates = values.filter((v) => v !== undefined);
        return rates.length === 0 ? 0 : Math.round((100 * rates.reduce((a, b) => a + b, 0)) / rates.length) / 100;
    };
    const updated = answers.map((a) => a.metricsUpdatedAt).filter((u) => u !== null);
    return {
        metrics: [
            metric('postCount', answers.length),
            ...['reactions', 'comments', ...extras].map((t) => metric(t, valueOf(t))),
        ],
        metricsUpdatedAt: updated.length === 0 ? null : updated.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
    };
}
/** The `aggregatedPostMetrics` root field. */
function aggregatedPostMetrics(ctx, input) {
    const { store } = ctx;
    visibleOrganization(ctx, input.organizationId);
    const { startMs, endMs } = aggregationWindow(input.startDateTime, input.endDateTime);
    const orgChannels = [...store.channels.values()].filter((c) => c.organizationId === input.organizationId);
    const channels = input.channelIds == null
        ? orgChannels
        : [...new Set(input.channelIds)].map((id) => {
            // The same refusal as `channel` with an ID the key cannot see in this organization.
            const c = orgChannels.find((o) => o.id === id);
            if (!c)
                throw codedError('NOT_FOUND', `Channel ${id} not found`);
            return c;
        });
    const channelIds = new Set(channels.map((c) => c.id));
    const nowMs = ctx.nowMs();
    const answers = [...store.posts.values()]
        .filter((p) => p.organizationId === input.organizationId && channelIds.has(p.channelId))
        .filter((p) => p.status === 'sent' && p.sentAt !== null)
        .filter((p) => {
        const sent = Date.parse(p.sentAt);
        return sent >= startMs && sent < endMs;
    })
        .filter((p) => matchesTags(p.tagIds, input.tags))
        .map((p) => postMetricsAt(p, store.metricsSalt, nowMs));
    return aggregate(channels.map((c) => c.service), answers);
}

;// CONCATENATED MODULE: ./src/sandbox/idea-groups.ts

/** The organization's groups, in the seed's (the board's) order. */
function ideaGroups(ctx, input) {
    visibleOrganization(ctx, input.organizationId);
    return [...ctx.store.ideaGroups.values()]
        .filter((g) => g.organizationId === input.organizationId)
        .map((g) => ({ id: g.id, name: g.name, isLocked: g.isLocked }));
}
/**
 * Where a new idea lands, or the InvalidInputError message. The reference's
 * IdeaGroupInput: `groupId` null = the unassigned group, `placeAfterId` null =
 * the top. Positions are floats ("numerical position for ordering within a
 * group"): a placement between two ideas takes the midpoint, so no other idea
 * is renumbered. Without `group` the idea goes to the bottom of the
 * unassigned ideas, as before groups existed.
 */
function placeIdea(ctx, organizationId, group) {
    const groupId = group?.groupId ?? null;
    if (groupId !== null) {
        const g = ctx.store.ideaGroups.get(groupId);
        if (!g || g.organizationId !== organizationId)
            return `Idea group ${groupId} not found in organization ${organizationId}`;
        if (g.isLocked)
            return `Idea group ${g.name} is locked; your plan does not include it`;
    }
    const members = [...ctx.store.ideas.values()]
        .filter((i) => i.organizationId === organizationId && i.groupId === groupId)
        .sort((a, b) => a.position - b.position);
    if (!group)
        return { groupId, position: members.length === 0 ? 0 : members[members.length - 1].position + 1 };
    const afterId = group.placeAfterId ?? null;
    if (afterId === null)
        return { groupId, position: members.length === 0 ? 0 : members[0].position - 1 };
    const at = members.findIndex((i) => i.id === afterId);
    if (at === -1)
        return groupId === null
            ? `Idea ${afterId} is not an unassigned idea of organization ${organizationId}`
            : `Idea ${afterId} is not in idea group ${groupId}`;
    const after = members[at].position;
    const next = members[at + 1]?.position;
    return { groupId, position: next === undefined ? after + 1 : (after + next) / 2 };
}

// EXTERNAL MODULE: ./src/buffer/types.ts
var types = __webpack_require__(7071);
// EXTERNAL MODULE: ./src/text/x-weighted-length.ts + 1 modules
var x_weighted_length = __webpack_require__(6134);
;// CONCATENATED MODULE: ./src/sandbox/post-validation.ts
/**
 * What Buffer's backend rejects in a post (→ `InvalidInputError`), beyond what
 * GraphQL's input types already enforce: the pitfalls table's per-service
 * minimum payloads, thread and link-attachment rules, asset shape, control
 * characters and each network's length limit.
 *
 * Deliberately written apart from the product's validator (src/validate/):
 * the sandbox stands in for Buffer, so it must not share the product's
 * mistakes — a bug in one is caught by a test that goes through the other.
 * The exception is X's weighted length, which is X's own published rules
 * (src/text/, tested against twitter-text) rather than a product judgement.
 */


const ASSET_VARIANTS = ['image', 'video', 'document', 'link'];
/** Length limits in each network's own unit (SPEC §6). */
const LENGTH_LIMITS = {
    bluesky: 300,
    threads: 500,
    linkedin: 3000,
    instagram: 2200,
    facebook: 63206,
    tiktok: 2200,
    pinterest: 500,
    youtube: 5000,
    googlebusiness: 1500,
};
const MASTODON_URL_LENGTH = 23;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
function graphemeCount(text) {
    let n = 0;
    for (const _ of graphemes.segment(text))
        n++;
    return n;
}
/** The length the network counts, and its limit, for one piece of text. */
function measure(service, channel, text) {
    if (service === 'twitter')
        return { length: (0,x_weighted_length/* weightedLengthX */.U)(text), limit: 280 };
    if (service === 'mastodon') {
        // Mastodon counts every URL as 23 characters whatever its length.
        const withShortUrls = text.replace(/https?:\/\/[^\s]+/g, 'x'.repeat(MASTODON_URL_LENGTH));
        return { length: graphemeCount(withShortUrls), limit: channel.maxCharacters ?? 500 };
    }
    return { length: graphemeCount(text), limit: LENGTH_LIMITS[service] ?? null };
}
// U+0000–U+001F except tab, LF and CR (pitfalls: "Control characters … are rejected").
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
function assetProblem(asset, where) {
    if (!asset || typeof asset !== 'object')
        return `${where} must be an object`;
    const set = ASSET_VARIANTS.filter((k) => asset[k] != null);
    if (set.length !== 1)
        return `${where} must provide exactly one of image, video, document or link (got ${set.length})`;
    const kind = set[0];
    const value = asset[kind];
    for (const key of ['url', 'thumbnailUrl']) {
        const url = value[key];
        if (url == null)
            continue;
        if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+/i.test(url)) {
            return `${where}.${kind}.${key} must be an absolute http(s) URL`;
        }
    }
    if (kind === 'video' && value.thumbnailUrl != null) {
        return `${where}.video.thumbnailUrl is not supported for video assets; omit it`;
    }
    return null;
}
function kinds(assets) {
    return assets.map((a) => ASSET_VARIANTS.find((k) => a[k] != null) ?? 'unknown');
}
/** The first problem Buffer would report, or null when the post is acceptable. */
function validatePost(c) {
    const service = c.channel.service;
    const key = types/* METADATA_KEY */.KK[service] ?? service;
    const meta = c.metadata ?? {};
    const thread = Array.isArray(meta.thread) ? meta.thread : null;
    if (CONTROL.test(c.text))
        return 'Text contains control characters, which are not allowed';
    for (const [i, a] of c.assets.entries()) {
        const p = assetProblem(a, `assets[${i}]`);
        if (p)
            return p;
    }
    if (meta.linkAttachment != null && c.assets.length > 0) {
        return `metadata.${key}.linkAttachment cannot be combined with assets; remove one of them`;
    }
    if (thread && thread.length > 0) {
        if (!types/* THREAD_SERVICES */.uL.includes(service))
            return `Threads are not supported for ${service}`;
        const root = thread[0]?.text ?? '';
        if (root !== c.text) {
            return `The post text must match the first item of metadata.${key}.thread`;
        }
        for (const [i, item] of thread.entries()) {
            const itemText = item.text ?? '';
            if (CONTROL.test(itemText))
                return `metadata.${key}.thread[${i}].text contains control characters`;
            for (const [j, a] of (item.assets ?? []).entries()) {
                const p = assetProblem(a, `metadata.${key}.thread[${i}].assets[${j}]`);
                if (p)
                    return p;
            }
            if (!itemText && (item.assets ?? []).length === 0)
                return `metadata.${key}.thread[${i}] needs text or assets`;
        }
    }
    if (!c.isDraft) {
        const required = requiredProblem(service, c, meta);
        if (required)
            return required;
    }
    const pieces = thread && thread.length > 0 ? thread.map((t) => t.text ?? '') : [c.text];
    for (const [i, piece] of pieces.entries()) {
        const { length, limit } = measure(service, c.channel, piece);
        if (limit !== null && length > limit) {
            const which = pieces.length > 1 ? `Thread item ${i + 1}` : 'Text';
            return `${which} is too long for ${service}: ${length} characters, the limit is ${limit}`;
        }
    }
    return null;
}
/** The pitfalls table's "Required besides text" column. */
function requiredProblem(service, c, meta) {
    const k = kinds(c.assets);
    const hasVisual = k.includes('image') || k.includes('video');
    switch (service) {
        case 'instagram':
            if (!hasVisual)
                return 'Instagram posts require at least one image or video asset';
            if (meta.type == null)
                return 'Instagram posts require metadata.instagram.type';
            if (meta.shouldShareToFeed == null)
                return 'Instagram posts require metadata.instagram.shouldShareToFeed';
            return null;
        case 'tiktok':
            return hasVisual ? null : 'TikTok posts require an image or video asset';
        case 'pinterest': {
            if (!k.includes('image'))
                return 'Pinterest posts require an image asset';
            const board = meta.boardServiceId;
            if (typeof board !== 'string' || board === '')
                return 'Pinterest posts require metadata.pinterest.boardServiceId';
            const boards = c.channel.boards ?? [];
            if (boards.length > 0 && !boards.some((b) => b.serviceId === board)) {
                return `Pinterest board ${board} was not found on this channel`;
            }
            return null;
        }
        case 'youtube':
            if (!k.includes('video'))
                return 'YouTube posts require a video asset';
            if (!meta.title)
                return 'YouTube posts require metadata.youtube.title';
            if (!meta.categoryId)
                return 'YouTube posts require metadata.youtube.categoryId';
            return null;
        case 'googlebusiness':
            if (meta.type == null)
                return 'Google Business posts require metadata.google.type';
            if (!c.text)
                return 'Text is required for Google Business posts';
            return null;
        default:
            if (!c.text && c.assets.length === 0)
                return 'Text is required when the post has no assets';
            return null;
    }
}

// EXTERNAL MODULE: ./src/time/wall-time.ts
var wall_time = __webpack_require__(4383);
;// CONCATENATED MODULE: ./src/sandbox/queue-slots.ts

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The instant the zone's clock shows this local time (DST gaps resolve forwards). */
function fromLocal(year, month, day, hour, minute, timeZone) {
    return (0,wall_time/* wallTimeToUtc */.X9)({ year, month, day, hour, minute, second: 0, millisecond: 0 }, timeZone).epochMs;
}
/** How far ahead the sandbox looks for a slot before giving up on the schedule. */
const HORIZON_DAYS = 800;
/**
 * Queue slot instants strictly after `afterMs`, in order, skipping `taken` ones,
 * lazily (a queue of N posts needs N slots).
 */
function* freeSlots(schedule, timeZone, afterMs, taken) {
    const byDay = new Map();
    for (const slot of schedule) {
        if (slot.paused)
            continue;
        const times = [...(byDay.get(slot.day) ?? []), ...slot.times].sort();
        byDay.set(slot.day, times);
    }
    if ([...byDay.values()].every((t) => t.length === 0)) {
        // No schedule: Buffer "silently lands in an empty slot" (pitfalls); we use
        // the top of each following hour so the post still gets a deterministic time.
        let t = Math.floor(afterMs / 3_600_000) * 3_600_000 + 3_600_000;
        for (;;) {
            if (!taken.has(t))
                yield t;
            t += 3_600_000;
        }
    }
    const start = (0,wall_time/* toWallTime */.pY)(afterMs, timeZone);
    for (let d = 0; d < HORIZON_DAYS; d++) {
        const date = new Date(Date.UTC(start.year, start.month - 1, start.day + d));
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        // A calendar date's weekday does not depend on the zone.
        const weekday = WEEKDAYS[date.getUTCDay()];
        for (const hhmm of byDay.get(weekday) ?? []) {
            const [hh, mm] = hhmm.split(':').map(Number);
            const instant = fromLocal(y, m, day, hh ?? 0, mm ?? 0, timeZone);
            if (instant > afterMs && !taken.has(instant))
                yield instant;
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/shapes.ts

const SCHEDULED_POSTS_PER_CHANNEL = {
    free: 10,
    essentials: 2000,
    team: 2000,
};
const CHANNELS_PER_PLAN = { free: 3, essentials: 100, team: 100 };
function scheduledPostLimit(org) {
    return SCHEDULED_POSTS_PER_CHANNEL[org.plan];
}
function accountShape(store, account) {
    return {
        id: account.id,
        email: account.email,
        backupEmail: null,
        avatar: `https://www.gravatar.com/avatar/${account.id}`,
        createdAt: '2025-01-01T00:00:00.000Z',
        organizations: (args) => store
            .organizationsOf(account)
            .filter((o) => !args.filter || o.id === args.filter.organizationId)
            .map((o) => organizationShape(store, o)),
        timezone: account.timezone,
        name: account.name ?? null,
        preferences: { timeFormat: '24h', startOfWeek: 'monday', defaultScheduleOption: 'Queue' },
        connectedApps: [],
    };
}
function organizationShape(store, org) {
    const channelCount = [...store.channels.values()].filter((c) => c.organizationId === org.id).length;
    return {
        id: org.id,
        name: org.name,
        channelCount,
        ownerEmail: org.ownerEmail ?? '',
        shouldEnforce2FASetup: false,
        members: { totalCount: 1 },
        limits: {
            channels: CHANNELS_PER_PLAN[org.plan],
            generateContent: org.plan === 'free' ? 0 : 100,
            ideaGroups: org.plan === 'free' ? 3 : 100,
            ideas: org.plan === 'free' ? 100 : 10000,
            members: org.plan === 'team' ? 100 : 1,
            postTemplates: org.plan === 'free' ? 3 : 100,
            savedReplies: org.plan === 'free' ? 0 : 100,
            scheduledPosts: SCHEDULED_POSTS_PER_CHANNEL[org.plan],
            scheduledStoriesPerChannel: SCHEDULED_POSTS_PER_CHANNEL[org.plan],
            scheduledThreadsPerChannel: SCHEDULED_POSTS_PER_CHANNEL[org.plan],
            tags: org.plan === 'free' ? 3 : 250,
        },
    };
}
const CHANNEL_TYPE = {
    bluesky: 'profile',
    facebook: 'page',
    googlebusiness: 'business',
    instagram: 'business',
    linkedin: 'page',
    mastodon: 'profile',
    pinterest: 'business',
    startPage: 'page',
    threads: 'profile',
    tiktok: 'business',
    twitter: 'profile',
    youtube: 'channel',
};
function channelMetadata(c) {
    switch (c.service) {
        case 'instagram':
            return { __typename: 'InstagramMetadata', defaultToReminders: false };
        case 'tiktok':
            return { __typename: 'TiktokMetadata', defaultToReminders: false };
        case 'youtube':
            return { __typename: 'YoutubeMetadata', defaultToReminders: false };
        case 'pinterest':
            return {
                __typename: 'PinterestMetadata',
                boards: (c.boards ?? []).map((b) => ({ avatar: null, description: null, ...b })),
            };
        case 'mastodon':
            return {
                __typename: 'MastodonMetadata',
                maxCharacters: c.maxCharacters ?? 500,
                serverUrl: c.serverUrl ?? 'https://mastodon.social',
            };
        case 'bluesky':
            return { __typename: 'BlueskyMetadata', serverUrl: c.serverUrl ?? 'https://bsky.social' };
        case 'googlebusiness':
            return {
                __typename: 'GoogleBusinessMetadata',
                locationData: { googleAccountId: null, location: 'Acme Inc', mapsLink: null },
            };
        case 'facebook':
            return { __typename: 'FacebookMetadata', locationData: null };
        case 'twitter':
            return { __typename: 'TwitterMetadata', subscriptionType: null };
        case 'linkedin':
            return { __typename: 'LinkedInMetadata', shouldShowLinkedinAnalyticsRefreshBanner: false };
        default:
            return null; // ChannelMetadata has no Threads or StartPage member.
    }
}
function channelShape(c) {
    const created = c.createdAt ?? '2025-01-01T00:00:00.000Z';
    return {
        id: c.id,
        allowedActions: ['viewChannel', 'viewPublish', 'readUpdates', 'manageUpdates', 'managePostingSchedule'],
        avatar: `https://avatars.example.com/${c.service}/${c.id}.png`,
        descriptor: CHANNEL_TYPE[c.service][0].toUpperCase() + CHANNEL_TYPE[c.service].slice(1),
        displayName: c.displayName ?? c.name,
        externalLink: null,
        hasActiveMemberDevice: false,
        isDisconnected: c.isDisconnected ?? false,
        isLocked: c.isLocked ?? false,
        isNew: false,
        isQueuePaused: c.isQueuePaused ?? false,
        linkShortening: { isEnabled: false, config: null },
        metadata: channelMetadata(c),
        name: c.name,
        organizationId: c.organizationId,
        postingGoal: null,
        postingSchedule: (c.postingSchedule ?? []).map((s) => ({ day: s.day, times: s.times, paused: s.paused ?? false })),
        products: ['publish'],
        scopes: [],
        service: c.service,
        serviceId: c.serviceId ?? c.id,
        showTrendingTopicSuggestions: false,
        timezone: c.timezone,
        type: CHANNEL_TYPE[c.service],
        weeklyPostingLimit: null,
        createdAt: created,
        updatedAt: created,
    };
}
function mimeFor(url, fallback) {
    const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
    const known = {
        jpg: 'image/jpeg',
        jpeg: 'image/jpeg',
        png: 'image/png',
        gif: 'image/gif',
        webp: 'image/webp',
        mp4: 'video/mp4',
        mov: 'video/quicktime',
        pdf: 'application/pdf',
    };
    return (ext && known[ext]) || fallback;
}
/** `AssetInput` → the `Asset` interface's members (a link input has no output member, so it is dropped). */
function assetShapes(assets, postId) {
    const out = [];
    assets.forEach((raw, i) => {
        const a = raw;
        const id = `${postId}-${i}`;
        if (a.image) {
            const meta = (a.image.metadata ?? {});
            const url = String(a.image.url);
            out.push({
                __typename: 'ImageAsset',
                id,
                type: 'image',
                source: url,
                mimeType: mimeFor(url, 'image/jpeg'),
                thumbnail: a.image.thumbnailUrl ?? url,
                image: {
                    altText: meta.altText ?? '',
                    animatedThumbnail: meta.animatedThumbnail ?? null,
                    height: 1080,
                    width: 1080,
                    isAnimated: url.toLowerCase().endsWith('.gif'),
                    userTags: meta.userTags ?? null,
                },
            });
        }
        else if (a.video) {
            const meta = (a.video.metadata ?? {});
            const url = String(a.video.url);
            out.push({
                __typename: 'VideoAsset',
                id,
                type: 'video',
                source: url,
                mimeType: mimeFor(url, 'video/mp4'),
                thumbnail: url,
                video: {
                    durationMs: 30_000,
                    height: 1920,
                    width: 1080,
                    isTranscodingRequired: false,
                    isVideoProcessing: false,
                    thumbnailOffset: meta.thumbnailOffset ?? null,
                    title: meta.title ?? null,
                },
            });
        }
        else if (a.document) {
            const url = String(a.document.url);
            out.push({
                __typename: 'DocumentAsset',
                id,
                type: 'document',
                source: url,
                mimeType: mimeFor(url, 'application/pdf'),
                thumbnail: String(a.document.thumbnailUrl ?? url),
                document: {
                    title: a.document.title ?? null,
                    numPages: 1,
                    thumbnails: [String(a.document.thumbnailUrl ?? url)],
                    filesize: null,
                },
            });
        }
    });
    return out;
}
function linkAttachmentShape(input) {
    if (!input || typeof input !== 'object')
        return null;
    const l = input;
    return {
        url: l.url,
        expandedUrl: l.url,
        title: l.title ?? l.url,
        text: l.description ?? '',
        thumbnail: l.thumbnail?.url ?? null,
        thumbnails: l.thumbnail ? [l.thumbnail.url] : [],
    };
}
/** A retweet as Buffer shows it: the input carries only the tweet's id (and a comment it does not echo). */
function retweetShape(input, createdAt) {
    if (!input || typeof input !== 'object')
        return null;
    const id = String(input.id);
    return {
        id,
        text: '',
        thumbnails: [],
        url: `https://x.com/i/status/${id}`,
        user: { avatar: '', name: 'Original author', username: 'original' },
        createdAt,
    };
}
/** The board a Pin is saved to: the channel's board with that `boardServiceId` (null when it has none). */
function boardShape(channel, boardServiceId) {
    if (typeof boardServiceId !== 'string')
        return null;
    const board = (channel?.boards ?? []).find((b) => b.serviceId === boardServiceId);
    return board ? { avatar: null, description: null, ...board } : null;
}
function threadShape(meta, postId) {
    const thread = Array.isArray(meta.thread) ? meta.thread : [];
    return thread.map((t, i) => ({
        text: t.text ?? '',
        assets: assetShapes(t.assets ?? [], `${postId}-t${i}`),
        linkAttachment: null,
    }));
}
/**
 * The `PostMetadata` union member for the post's service, from the stored
 * metadata input: every field the input set comes back (issue 12: import
 * round-trips it), the rest at the defaults the reference documents.
 */
function postMetadataShape(p, channel) {
    const m = (p.metadata ?? {});
    const annotations = [];
    const thread = threadShape(m, p.id);
    const threaded = { thread, threadCount: thread.length };
    const type = thread.length > 1 ? 'thread' : 'post';
    switch (p.channelService) {
        case 'twitter':
            return {
                __typename: 'TwitterPostMetadata',
                annotations,
                type,
                isAiGenerated: m.isAiGenerated ?? false,
                retweet: retweetShape(m.retweet, p.createdAt),
                ...threaded,
            };
        case 'mastodon':
            return { __typename: 'MastodonPostMetadata', annotations, type, spoilerText: m.spoilerText ?? null, ...threaded };
        case 'bluesky':
            return {
                __typename: 'BlueskyPostMetadata',
                annotations,
                type,
                linkAttachment: linkAttachmentShape(m.linkAttachment),
                ...threaded,
            };
        case 'threads':
            return {
                __typename: 'ThreadsPostMetadata',
                annotations,
                type: m.type ?? type,
                linkAttachment: linkAttachmentShape(m.linkAttachment),
                locationId: m.locationId ?? null,
                locationName: m.locationName ?? null,
                topic: m.topic ?? null,
                ...threaded,
            };
        case 'linkedin':
            return {
                __typename: 'LinkedInPostMetadata',
                annotations,
                type: 'post',
                firstComment: m.firstComment ?? null,
                linkAttachment: linkAttachmentShape(m.linkAttachment),
            };
        case 'facebook':
            return {
                __typename: 'FacebookPostMetadata',
                annotations,
                type: m.type ?? 'post',
                firstComment: m.firstComment ?? null,
                linkAttachment: linkAttachmentShape(m.linkAttachment),
                title: null,
            };
        case 'instagram':
            return {
                __typename: 'InstagramPostMetadata',
                annotations,
                type: m.type ?? 'post',
                firstComment: m.firstComment ?? null,
                geolocation: m.geolocation ?? null,
                isAiGenerated: m.isAiGenerated ?? false,
                link: m.link ?? null,
                shouldShareToFeed: m.shouldShareToFeed ?? true,
                stickerFields: m.stickerFields ?? null,
            };
        case 'pinterest':
            return {
                __typename: 'PinterestPostMetadata',
                annotations,
                type: 'post',
                title: m.title ?? null,
                url: m.url ?? null,
                board: boardShape(channel, m.boardServiceId),
            };
        case 'tiktok':
            return {
                __typename: 'TiktokPostMetadata',
                annotations,
                type: 'post',
                isAiGenerated: m.isAiGenerated ?? false,
                title: m.title ?? null,
            };
        case 'youtube':
            return {
                __typename: 'YoutubePostMetadata',
                annotations,
                type: 'short',
                title: m.title ?? null,
                isAiGenerated: m.isAiGenerated ?? false,
                category: m.categoryId
                    ? {
                        categoryId: String(m.categoryId),
                        title: YOUTUBE_CATEGORIES[String(m.categoryId)] ?? `Category ${String(m.categoryId)}`,
                    }
                    : null,
                embeddable: m.embeddable ?? true,
                license: m.license ?? 'youtube',
                madeForKids: m.madeForKids ?? false,
                notifySubscribers: m.notifySubscribers ?? true,
                privacy: m.privacy ?? 'public',
            };
        case 'googlebusiness':
            return {
                __typename: 'GoogleBusinessPostMetadata',
                annotations,
                type: m.type ?? 'whats_new',
                title: m.title ?? null,
                details: googleDetails(m),
            };
        default:
            return null;
    }
}
/** YoutubePostMetadataInput.categoryId's list in the reference. */
const YOUTUBE_CATEGORIES = {
    '1': 'Film & Animation',
    '2': 'Autos & Vehicles',
    '10': 'Music',
    '15': 'Pets & Animals',
    '17': 'Sports',
    '19': 'Travel & Events',
    '20': 'Gaming',
    '22': 'People & Blogs',
    '23': 'Comedy',
    '24': 'Entertainment',
    '25': 'News & Politics',
    '26': 'Howto & Style',
    '27': 'Education',
    '28': 'Science & Technology',
    '29': 'Nonprofits & Activism',
};
/** A DateTime as Buffer answers one (UTC, milliseconds); what it cannot read stays as written. */
function utc(value, fallback) {
    if (typeof value !== 'string')
        return fallback;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
/** `HH:mm` of a DateTime, for the deprecated start/endTime fields ("get time from the startDate"). */
function timeOf(iso) {
    return iso.slice(11, 16);
}
function googleDetails(m) {
    const d = (x) => (x && typeof x === 'object' ? x : {});
    if (m.type === 'offer') {
        const o = d(m.detailsOffer);
        return {
            __typename: 'GoogleBusinessOfferMetaData',
            title: o.title ?? '',
            startDate: utc(o.startDate, '1970-01-01T00:00:00.000Z'),
            endDate: utc(o.endDate, '1970-01-01T00:00:00.000Z'),
            code: o.code ?? null,
            link: o.link ?? null,
            terms: o.terms ?? null,
        };
    }
    if (m.type === 'event') {
        const e = d(m.detailsEvent);
        const startDate = utc(e.startDate, '1970-01-01T00:00:00.000Z');
        const endDate = utc(e.endDate, '1970-01-01T00:00:00.000Z');
        const fullDay = e.isFullDayEvent === true;
        return {
            __typename: 'GoogleBusinessEventMetaData',
            title: e.title ?? '',
            startDate,
            endDate,
            button: e.button ?? 'none',
            link: e.link ?? null,
            isFullDayEvent: fullDay,
            startTime: fullDay ? null : timeOf(startDate),
            endTime: fullDay ? null : timeOf(endDate),
        };
    }
    const w = d(m.detailsWhatsNew);
    return { __typename: 'GoogleBusinessWhatsNewMetaData', button: w.button ?? 'none', link: w.link ?? null };
}
function postActions(p) {
    if (p.status === 'sent')
        return ['viewPost', 'copyPostLink', 'duplicatePost', 'deletePost'];
    return [
        'viewPost',
        'updatePost',
        'deletePost',
        'duplicatePost',
        'publishPostNow',
        'publishPostNext',
        'movePostToDraft',
        'addPostToQueue',
        'updatePostSchedule',
    ];
}
function postShape(store, p) {
    const account = p.authorId ? store.accounts.find((a) => a.id === p.authorId) : store.accounts[0];
    return {
        ...p,
        assets: assetShapes(p.assets, p.id),
        metadata: postMetadataShape(p, store.channels.get(p.channelId)),
        // Resolved lazily: most documents do not select the channel.
        channel: () => {
            const c = store.channels.get(p.channelId);
            return c ? channelShape(c) : null;
        },
        author: account
            ? { id: account.id, email: account.email, avatar: '', isDeleted: false, name: account.name ?? null }
            : null,
        allowedActions: postActions(p),
        tags: [],
        notes: [],
        notificationStatus: null,
        // Read off the sandbox clock when selected: graphql-js calls a function-valued field
        // with (args, context), and the request context carries the clock (engine.ts).
        metrics: (_args, ctx) => postMetricsAt(p, store.metricsSalt, ctx.op.nowMs()).metrics,
        metricsUpdatedAt: (_args, ctx) => postMetricsAt(p, store.metricsSalt, ctx.op.nowMs()).metricsUpdatedAt,
        error: p.error ? { message: p.error.message, supportUrl: null, rawError: null } : null,
    };
}
function ideaShape(i) {
    return {
        __typename: 'Idea',
        ...i,
        content: {
            ...i.content,
            media: i.content.media.map((m) => ({ ...m, source: null })),
            tags: i.content.tags.map((t) => ({ ...t, colorName: null })),
        },
    };
}

;// CONCATENATED MODULE: ./src/sandbox/external-links.ts
function digits(postId, length) {
    const n = BigInt(`0x${postId.replace(/[^0-9a-f]/gi, '') || '0'}`);
    return n.toString().padStart(length, '7').slice(-length).replace(/^0/, '1');
}
function code(postId, length) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let n = BigInt(`0x${postId.replace(/[^0-9a-f]/gi, '') || '0'}`);
    let out = '';
    while (out.length < length) {
        out += alphabet[Number(n % 62n)];
        n = n / 62n + 7n;
    }
    return out;
}
/** `handle` is the channel's name (`acme`, `acme.bsky.social`, `acme@mastodon.social`). */
function externalLinkFor(service, handle, postId) {
    const slug = handle.replace(/\s+/g, '').toLowerCase();
    switch (service) {
        case 'twitter':
            return `https://x.com/${slug}/status/${digits(postId, 19)}`;
        case 'mastodon': {
            const [user, server] = slug.split('@');
            return `https://${server || 'mastodon.social'}/@${user}/${digits(postId, 18)}`;
        }
        case 'bluesky':
            return `https://bsky.app/profile/${slug}/post/${code(postId, 13).toLowerCase()}`;
        case 'threads':
            return `https://www.threads.net/@${slug}/post/${code(postId, 11)}`;
        case 'instagram':
            return `https://www.instagram.com/p/${code(postId, 11)}/`;
        case 'linkedin':
            return `https://www.linkedin.com/feed/update/urn:li:share:${digits(postId, 19)}`;
        case 'facebook':
            return `https://www.facebook.com/${digits(postId, 15)}/posts/${digits(postId, 16)}`;
        case 'tiktok':
            return `https://www.tiktok.com/@${slug}/video/${digits(postId, 19)}`;
        case 'youtube':
            return `https://www.youtube.com/watch?v=${code(postId, 11)}`;
        case 'pinterest':
            return `https://www.pinterest.com/pin/${digits(postId, 18)}/`;
        case 'googlebusiness':
            return `https://local.google.com/place?use=posts&lpsid=${digits(postId, 19)}`;
        case 'startPage':
            return `https://start.page/${slug}`;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/seed.ts
/**
 * The sandbox's seed: the accounts, organizations and channels it starts with
 * (and optionally posts, ideas, idea groups and post templates).
 * A seed is plain JSON (`buffer-gitops sandbox --seed FILE`), so every field is a
 * JSON value and dates are ISO strings.
 */

const DEFAULT_DAILY_POSTING_LIMIT = 50;
const DEFAULT_API_KEY = 'sandbox';
/** Three slots a day, every day: a plausible "optimal times" schedule. */
function everyDaySchedule(times = ['09:00', '13:00', '17:00']) {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    return days.map((day) => ({ day, times: [...times], paused: false }));
}
/**
 * A stable 24-hex ID shaped like a Mongo ObjectId (Buffer's IDs look like that):
 * a fixed "timestamp" part, a kind tag and a counter, so docs and tests can
 * quote the default seed's IDs.
 */
function seedObjectId(kind, index) {
    return `65f0c0de${kind.toString(16).padStart(4, '0')}${index.toString(16).padStart(12, '0')}`;
}
const HANDLES = {
    bluesky: 'acme.bsky.social',
    facebook: 'Acme Inc',
    googlebusiness: 'Acme Inc',
    instagram: 'acme',
    linkedin: 'Acme Inc',
    mastodon: 'acme@mastodon.social',
    pinterest: 'Acme Inc',
    startPage: 'Acme Inc',
    threads: 'acme',
    tiktok: 'acme',
    twitter: 'acme',
    youtube: 'Acme Inc',
};
const DEFAULT_ACCOUNT_ID = seedObjectId(1, 1);
const DEFAULT_ORGANIZATION_ID = seedObjectId(2, 1);
/** The organization Buffer's curated `public` templates belong to (no account is a member). */
const BUFFER_TEMPLATES_ORGANIZATION_ID = seedObjectId(2, 0xb0ff);
/**
 * Buffer's curated template library: `public` templates every caller sees in
 * `postTemplates` (reference: "`public` is returned for Buffer-managed
 * templates") and none can create, change or delete.
 */
function publicTemplates() {
    const at = '2025-01-01T00:00:00.000Z';
    const template = (index, title, emoji, description, body) => ({
        id: seedObjectId(5, index),
        organizationId: BUFFER_TEMPLATES_ORGANIZATION_ID,
        accountId: null,
        title,
        body,
        description,
        emoji,
        visibility: 'public',
        createdAt: at,
        updatedAt: at,
    });
    return [
        template(1, 'Product launch', '🚀', 'Announce something new', 'Introducing {{product}}: {{one-line benefit}}. Try it today: {{link}}'),
        template(2, 'Behind the scenes', '🎬', 'Show how the work gets done', 'A peek behind the scenes at {{team}}: {{what we are working on}}.'),
    ];
}
/** The ID of the default seed's channel for a service (channels are numbered in SERVICES order). */
function defaultChannelId(service) {
    return seedObjectId(3, types/* SERVICES */.Bg.indexOf(service) + 1);
}
/** One account (key `sandbox`), one free organization "Acme Inc", one channel per service. */
function defaultSeed() {
    const channels = types/* SERVICES */.Bg.map((service) => {
        const channel = {
            id: defaultChannelId(service),
            organizationId: DEFAULT_ORGANIZATION_ID,
            service,
            name: HANDLES[service],
            displayName: 'Acme Inc',
            serviceId: String(1000000000 + types/* SERVICES */.Bg.indexOf(service) + 1),
            timezone: 'Europe/London',
            postingSchedule: everyDaySchedule(),
            createdAt: '2025-01-01T00:00:00.000Z',
        };
        if (service === 'mastodon') {
            channel.maxCharacters = 500;
            channel.serverUrl = 'https://mastodon.social';
        }
        if (service === 'bluesky')
            channel.serverUrl = 'https://bsky.social';
        if (service === 'pinterest') {
            channel.boards = [
                {
                    id: seedObjectId(4, 1),
                    serviceId: '900000000000000001',
                    name: 'Product news',
                    url: 'https://www.pinterest.com/acme/product-news/',
                },
                {
                    id: seedObjectId(4, 2),
                    serviceId: '900000000000000002',
                    name: 'Behind the scenes',
                    url: 'https://www.pinterest.com/acme/behind-the-scenes/',
                },
            ];
        }
        return channel;
    });
    return {
        accounts: [
            {
                id: DEFAULT_ACCOUNT_ID,
                email: 'sandbox@example.com',
                name: 'Sandbox User',
                timezone: 'Europe/London',
                apiKeys: [DEFAULT_API_KEY],
            },
        ],
        organizations: [{ id: DEFAULT_ORGANIZATION_ID, name: 'Acme Inc', plan: 'free', ownerEmail: 'sandbox@example.com' }],
        channels,
        posts: [],
        ideas: [],
        ideaGroups: [],
        postTemplates: publicTemplates(),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/store.ts



class SandboxStore {
    accounts = [];
    organizations = new Map();
    channels = new Map();
    posts = new Map();
    ideas = new Map();
    ideaGroups = new Map();
    postTemplates = new Map();
    /** The seed's `metricsSalt` ('' when it has none): metrics are derived from it, never stored. */
    metricsSalt = '';
    nextId = 1;
    constructor(seed, nowIso) {
        this.load(seed, nowIso);
    }
    load(seed, nowIso, nextId = 1) {
        assertSeed(seed);
        this.accounts = structuredClone(seed.accounts);
        this.organizations = new Map(seed.organizations.map((o) => [o.id, structuredClone(o)]));
        this.channels = new Map(seed.channels.map((c) => [c.id, structuredClone(c)]));
        this.posts = new Map();
        for (const p of seed.posts ?? []) {
            const channel = this.channels.get(p.channelId);
            if (!channel)
                throw new Error(`Seed post ${p.id} names unknown channel ${p.channelId}`);
            this.posts.set(p.id, completePost(p, channel, nowIso));
        }
        this.ideas = new Map((seed.ideas ?? []).map((i) => [i.id, structuredClone(i)]));
        this.ideaGroups = new Map((seed.ideaGroups ?? []).map((g) => [g.id, structuredClone(g)]));
        this.postTemplates = new Map((seed.postTemplates ?? []).map((t) => [t.id, structuredClone(t)]));
        this.metricsSalt = seed.metricsSalt ?? '';
        this.nextId = nextId;
    }
    /** A fresh 24-hex ID: creation second (sandbox clock) + a counter, like an ObjectId. */
    newId(nowMs) {
        const seconds = Math.floor(nowMs / 1000)
            .toString(16)
            .padStart(8, '0')
            .slice(-8);
        return `${seconds}${(this.nextId++).toString(16).padStart(16, '0')}`;
    }
    accountForKey(key) {
        return this.accounts.find((a) => a.apiKeys.includes(key));
    }
    organizationsOf(account) {
        const all = [...this.organizations.values()];
        return account.organizationIds ? all.filter((o) => account.organizationIds.includes(o.id)) : all;
    }
    canSee(account, organizationId) {
        return this.organizationsOf(account).some((o) => o.id === organizationId);
    }
    /** An admin or the owner (by `ownerEmail`) of an organization the account belongs to. */
    isAdmin(account, organizationId) {
        const org = this.organizations.get(organizationId);
        if (!org || !this.canSee(account, organizationId))
            return false;
        return org.ownerEmail === account.email || (account.adminOrganizationIds ?? []).includes(organizationId);
    }
    dailyLimit(channel) {
        return channel.dailyPostingLimit === undefined ? DEFAULT_DAILY_POSTING_LIMIT : channel.dailyPostingLimit;
    }
    /** Publishes every scheduled post due by `nowMs`, as Buffer would have. Returns how many. */
    publishDue(nowMs) {
        let n = 0;
        for (const post of this.posts.values()) {
            if (post.status !== 'scheduled' || !post.dueAt || Date.parse(post.dueAt) > nowMs)
                continue;
            markSent(post, this.channels.get(post.channelId), post.dueAt);
            n++;
        }
        return n;
    }
    /** `nowMs`: the sandbox time the posts' derived metrics are read at. */
    snapshot(nowMs) {
        return structuredClone({
            accounts: this.accounts.map(({ apiKeys: _keys, ...rest }) => rest),
            organizations: [...this.organizations.values()],
            channels: [...this.channels.values()],
            posts: [...this.posts.values()].map((p) => ({ ...p, ...postMetricsAt(p, this.metricsSalt, nowMs) })),
            ideas: [...this.ideas.values()],
            ideaGroups: [...this.ideaGroups.values()],
            postTemplates: [...this.postTemplates.values()],
        });
    }
    persisted(nowIso) {
        return {
            version: 1,
            now: nowIso,
            nextId: this.nextId,
            seed: structuredClone({
                accounts: this.accounts,
                organizations: [...this.organizations.values()],
                channels: [...this.channels.values()],
                posts: [...this.posts.values()],
                ideas: [...this.ideas.values()],
                ideaGroups: [...this.ideaGroups.values()],
                postTemplates: [...this.postTemplates.values()],
                ...(this.metricsSalt === '' ? {} : { metricsSalt: this.metricsSalt }),
            }),
        };
    }
}
function markSent(post, channel, sentAt) {
    post.status = 'sent';
    post.sentAt = sentAt;
    post.updatedAt = sentAt;
    post.error = null;
    post.externalLink = externalLinkFor(post.channelService, channel?.name ?? 'acme', post.id);
}
function completePost(p, channel, nowIso) {
    const service = channel.service;
    // A state snapshot fed back as a seed carries derived metrics; they are recomputed, never stored.
    const { metrics: _metrics, metricsUpdatedAt: _updated, ...fields } = p;
    return {
        organizationId: channel.organizationId,
        channelService: service,
        status: 'scheduled',
        text: '',
        assets: [],
        metadata: null,
        dueAt: null,
        sentAt: null,
        createdAt: nowIso,
        updatedAt: nowIso,
        shareMode: 'addToQueue',
        schedulingType: 'automatic',
        isCustomScheduled: false,
        sharedNow: false,
        via: 'buffer',
        externalLink: null,
        error: null,
        tagIds: [],
        ideaId: null,
        authorId: null,
        ...structuredClone(fields),
    };
}
/** Fails early with a readable message on a malformed `--seed` file. */
function assertSeed(seed) {
    if (!seed || !Array.isArray(seed.accounts) || !Array.isArray(seed.organizations) || !Array.isArray(seed.channels)) {
        throw new Error('A sandbox seed needs arrays "accounts", "organizations" and "channels"');
    }
    const orgs = new Set(seed.organizations.map((o) => o.id));
    for (const c of seed.channels) {
        if (!orgs.has(c.organizationId))
            throw new Error(`Seed channel ${c.id} names unknown organization ${c.organizationId}`);
    }
    for (const a of seed.accounts) {
        if (!Array.isArray(a.apiKeys))
            throw new Error(`Seed account ${a.id} needs "apiKeys"`);
    }
    for (const g of seed.ideaGroups ?? []) {
        if (!orgs.has(g.organizationId))
            throw new Error(`Seed idea group ${g.id} names unknown organization ${g.organizationId}`);
    }
    for (const t of seed.postTemplates ?? []) {
        // Buffer's curated public templates belong to Buffer, not to an organization of the seed.
        if (t.visibility !== 'public' && !orgs.has(t.organizationId))
            throw new Error(`Seed post template ${t.id} names unknown organization ${t.organizationId}`);
        if (t.visibility !== 'public' && !seed.accounts.some((a) => a.id === t.accountId))
            throw new Error(`Seed post template ${t.id} needs "accountId", the account that created it`);
    }
    if (seed.metricsSalt !== undefined && typeof seed.metricsSalt !== 'string')
        throw new Error('A sandbox seed\'s "metricsSalt" must be a string');
    const services = new Map(seed.channels.map((c) => [c.id, c.service]));
    for (const p of seed.posts ?? []) {
        const service = services.get(p.channelId);
        if (service)
            assertPinnedMetrics(p, service);
    }
}

;// CONCATENATED MODULE: ./src/sandbox/operations.ts
/**
 * The root fields' behaviour, as Buffer documents it: what each query
 * returns and what each mutation changes. Pure functions of (store, clock,
 * account, input); the HTTP gateway and fault injection live elsewhere.
 */










// ---------------------------------------------------------------- queries
function account(ctx) {
    return accountShape(ctx.store, ctx.account);
}
function channels(ctx, input) {
    visibleOrganization(ctx, input.organizationId);
    return [...ctx.store.channels.values()]
        .filter((c) => c.organizationId === input.organizationId)
        .filter((c) => input.filter?.isLocked == null || (c.isLocked ?? false) === input.filter.isLocked)
        .filter(() => input.filter?.product == null || input.filter.product === 'publish' || input.filter.product === 'buffer')
        .map(channelShape);
}
function channel(ctx, input) {
    const c = visibleChannel(ctx, input.id);
    if (!c)
        throw codedError('NOT_FOUND', `Channel ${input.id} not found`);
    return channelShape(c);
}
function post(ctx, input) {
    const p = visiblePost(ctx, input.id);
    if (!p)
        throw codedError('NOT_FOUND', `Post ${input.id} not found`);
    return postShape(ctx.store, p);
}
function inRange(value, range) {
    if (!range)
        return true;
    if (value === null)
        return range.start == null && range.end == null;
    const v = Date.parse(value);
    if (range.start != null && v < Date.parse(range.start))
        return false;
    if (range.end != null && v > Date.parse(range.end))
        return false;
    return true;
}
/** Cursors are opaque to clients (facts §5); inside they hold the sort key and ID of the last item, so a page boundary survives inserts and deletes. */
function encodeCursor(key) {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor) {
    try {
        const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(v))
            return v;
    }
    catch {
        // fall through
    }
    throw codedError('BAD_USER_INPUT', 'Invalid cursor');
}
function posts(ctx, args) {
    const { input } = args;
    visibleOrganization(ctx, input.organizationId);
    const f = input.filter ?? {};
    let list = [...ctx.store.posts.values()].filter((p) => p.organizationId === input.organizationId);
    if (f.channelIds)
        list = list.filter((p) => f.channelIds.includes(p.channelId));
    if (f.status && f.status.length > 0)
        list = list.filter((p) => f.status.includes(p.status));
    if (f.tagIds && f.tagIds.length > 0)
        list = list.filter((p) => p.tagIds.some((t) => f.tagIds.includes(t)));
    if (f.tags)
        list = list.filter((p) => matchesTags(p.tagIds, f.tags));
    if (f.dueAtPresence === 'present')
        list = list.filter((p) => p.dueAt !== null);
    if (f.dueAtPresence === 'absent')
        list = list.filter((p) => p.dueAt === null);
    if (f.dueAt)
        list = list.filter((p) => p.dueAt !== null && inRange(p.dueAt, f.dueAt));
    if (f.createdAt)
        list = list.filter((p) => inRange(p.createdAt, f.createdAt));
    if (f.startDate != null || f.endDate != null)
        list = list.filter((p) => p.dueAt !== null && inRange(p.dueAt, { start: f.startDate, end: f.endDate }));
    const sort = input.sort && input.sort.length > 0 ? input.sort : [{ field: 'dueAt', direction: 'asc' }];
    // A post without dueAt (draft) sorts after every dated one in ascending order.
    const keyOf = (p) => [
        ...sort.map((s) => {
            const v = s.field === 'dueAt' ? p.dueAt : p.createdAt;
            const ms = v === null ? Number.MAX_SAFE_INTEGER : Date.parse(v);
            return s.direction === 'desc' ? -ms : ms;
        }),
        Date.parse(p.createdAt),
        p.id,
    ];
    return keysetPage(list, keyOf, args, 20, (p) => postShape(ctx.store, p));
}
/**
 * One page of a connection with opaque keyset cursors (a cursor is the
 * encoded sort key of the last item), as `posts`, `ideas` and `postTemplates` page.
 */
function keysetPage(list, keyOf, args, defaultFirst, node) {
    const keyed = list.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
    let start = 0;
    if (args.after != null) {
        const after = decodeCursor(args.after);
        start = keyed.findIndex((k) => compareKeys(k.key, after) > 0);
        if (start === -1)
            start = keyed.length;
    }
    const first = args.first ?? defaultFirst;
    if (first < 0)
        throw codedError('BAD_USER_INPUT', '`first` must not be negative');
    const edges = keyed.slice(start, start + first).map((k) => ({ cursor: encodeCursor(k.key), node: node(k.item) }));
    return {
        edges,
        pageInfo: {
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
            hasNextPage: start + first < keyed.length,
            hasPreviousPage: false, // Buffer documents it as always false (forward-only pagination).
        },
    };
}
/**
 * The ideas board, oldest first (creation second, then ID), with the same
 * opaque keyset cursors as `posts`. The product reads it to tell whether a
 * `createIdea` whose answer was lost created the idea.
 */
function ideas(ctx, args) {
    const { input } = args;
    visibleOrganization(ctx, input.organizationId);
    let list = [...ctx.store.ideas.values()].filter((i) => i.organizationId === input.organizationId);
    const group = input.groupFilter;
    if (group?.groups)
        list = list.filter((i) => i.groupId !== null && group.groups.includes(i.groupId));
    if (group?.membership)
        list = list.filter((i) => (group.membership === 'grouped') === (i.groupId !== null));
    if (input.tagsFilter)
        list = list.filter((i) => matchesTags(i.content.tags.map((t) => t.id), input.tagsFilter));
    // The official CLI's `ideas list` defaults to 25 (facts §5).
    return keysetPage(list, (i) => [i.createdAt, i.id], args, 25, ideaShape);
}
function compareKeys(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function dayCounts(store, channel, dayMs, exceptPostId) {
    const [from, to] = (0,wall_time/* localDayBounds */.fM)(dayMs, channel.timezone);
    let sent = 0;
    let scheduled = 0;
    for (const p of store.posts.values()) {
        if (p.channelId !== channel.id || p.id === exceptPostId)
            continue;
        if (p.status === 'sent' && p.sentAt && Date.parse(p.sentAt) >= from && Date.parse(p.sentAt) < to)
            sent++;
        if (p.status === 'scheduled' && p.dueAt && Date.parse(p.dueAt) >= from && Date.parse(p.dueAt) < to)
            scheduled++;
    }
    return { sent, scheduled };
}
function dailyPostingLimits(ctx, input) {
    const chans = input.channelIds.map((id) => {
        const c = visibleChannel(ctx, id);
        if (!c)
            throw codedError('NOT_FOUND', `Channel ${id} not found`);
        return c;
    });
    const orgs = new Set(chans.map((c) => c.organizationId));
    if (orgs.size > 1)
        throw codedError('BAD_USER_INPUT', 'All channelIds must belong to the same organization');
    const dayMs = input.date != null ? parseDate(input.date) : ctx.nowMs();
    if (Number.isNaN(dayMs))
        throw codedError('BAD_USER_INPUT', `Invalid date: ${input.date}`);
    return chans.map((c) => {
        // The date is a calendar day in the channel's timezone; the time part is ignored (pitfalls).
        const day = input.date != null && /^\d{4}-\d{2}-\d{2}/.test(input.date) ? midday(input.date) : dayMs;
        const { sent, scheduled } = dayCounts(ctx.store, c, day);
        const limit = ctx.store.dailyLimit(c);
        return { channelId: c.id, sent, scheduled, limit, isAtLimit: limit !== null && sent + scheduled >= limit };
    });
}
function parseDate(s) {
    return Date.parse(s);
}
/** Noon UTC of the written calendar date lands inside that local day in every zone within ±11h. */
function midday(s) {
    return Date.parse(`${s.slice(0, 10)}T12:00:00.000Z`);
}
function scheduledOn(store, channelId, exceptId) {
    return [...store.posts.values()].filter((p) => p.channelId === channelId && p.status === 'scheduled' && p.dueAt !== null && p.id !== exceptId);
}
/**
 * A channel's queue as `shareNext` and `movePostInQueue` re-slot it: the
 * instants custom-scheduled posts keep (their slots stay taken), and the
 * queued posts in queue order.
 */
function channelQueue(store, channelId, exceptId) {
    const scheduled = scheduledOn(store, channelId, exceptId);
    return {
        fixed: new Set(scheduled.filter((p) => p.isCustomScheduled).map((p) => Date.parse(p.dueAt))),
        queued: scheduled
            .filter((p) => !p.isCustomScheduled)
            .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.createdAt.localeCompare(b.createdAt)),
    };
}
/** Where a post lands for a ShareMode, or the InvalidInputError message. */
function schedule(ctx, channel, mode, dueAtInput, exceptId) {
    const now = ctx.nowMs();
    const schedule = channel.postingSchedule ?? [];
    switch (mode) {
        case 'shareNow':
            return { status: 'sent', dueAt: new Date(now).toISOString(), sentAt: new Date(now).toISOString(), pushBack: [] };
        case 'customScheduled': {
            if (dueAtInput == null)
                return 'dueAt is required when mode is customScheduled';
            const due = Date.parse(dueAtInput);
            if (Number.isNaN(due))
                return `dueAt is not a valid ISO-8601 date-time: ${dueAtInput}`;
            if (due <= now)
                return `dueAt must be in the future (got ${dueAtInput}, now is ${new Date(now).toISOString()})`;
            return { status: 'scheduled', dueAt: new Date(due).toISOString(), sentAt: null, pushBack: [] };
        }
        case 'addToQueue': {
            const taken = new Set(scheduledOn(ctx.store, channel.id, exceptId).map((p) => Date.parse(p.dueAt)));
            const slot = freeSlots(schedule, channel.timezone, now, taken).next().value;
            return { status: 'scheduled', dueAt: new Date(slot).toISOString(), sentAt: null, pushBack: [] };
        }
        case 'shareNext': {
            // The new post takes the first slot; every queued (non-custom) post moves to the next free one.
            const { fixed, queued } = channelQueue(ctx.store, channel.id, exceptId);
            const slots = freeSlots(schedule, channel.timezone, now, fixed);
            const first = slots.next().value;
            const pushBack = queued.map((post) => ({ post, dueAt: new Date(slots.next().value).toISOString() }));
            return { status: 'scheduled', dueAt: new Date(first).toISOString(), sentAt: null, pushBack };
        }
    }
}
/** Plan and daily limits for a post about to be scheduled or sent (drafts are exempt). */
function limitProblem(ctx, channel, result, exceptId) {
    const org = ctx.store.organizations.get(channel.organizationId);
    if (result.status === 'scheduled') {
        const limit = scheduledPostLimit(org);
        if (scheduledOn(ctx.store, channel.id, exceptId).length >= limit) {
            return `You have reached the limit of ${limit} scheduled posts per channel on the ${org.plan} plan. Upgrade your plan to schedule more posts.`;
        }
    }
    const daily = ctx.store.dailyLimit(channel);
    if (daily !== null) {
        const day = Date.parse(result.dueAt ?? new Date(ctx.nowMs()).toISOString());
        const { sent, scheduled } = dayCounts(ctx.store, channel, day, exceptId);
        if (sent + scheduled >= daily) {
            return `This channel has reached its daily posting limit of ${daily} posts for that day.`;
        }
    }
    return null;
}
function channelProblem(channel) {
    if (channel.isDisconnected)
        return typedError('UnauthorizedError', `Channel ${channel.id} is disconnected; reconnect it in Buffer`);
    if (channel.isLocked)
        return typedError('UnauthorizedError', `Channel ${channel.id} is locked; your plan does not include it`);
    return null;
}
function metadataFor(channel, metadata) {
    const key = types/* METADATA_KEY */.KK[channel.service];
    if (!key || !metadata || typeof metadata !== 'object')
        return null;
    const m = metadata[key];
    return m && typeof m === 'object' ? structuredClone(m) : null;
}
function createPost(ctx, input) {
    const channel = visibleChannel(ctx, String(input.channelId));
    if (!channel)
        return typedError('NotFoundError', `Channel ${String(input.channelId)} not found`);
    const blocked = channelProblem(channel);
    if (blocked)
        return blocked;
    const isDraft = input.saveToDraft === true;
    const text = typeof input.text === 'string' ? input.text : '';
    const assets = input.assets ?? [];
    const metadata = metadataFor(channel, input.metadata);
    const problem = validatePost({ channel, text, assets, metadata, isDraft });
    if (problem)
        return typedError('InvalidInputError', problem);
    const mode = input.mode;
    const nowIso = new Date(ctx.nowMs()).toISOString();
    let result;
    if (isDraft) {
        // Drafts need no dueAt and skip posting limits ("Posting limits are not checked").
        const due = mode === 'customScheduled' && typeof input.dueAt === 'string' && !Number.isNaN(Date.parse(input.dueAt))
            ? new Date(input.dueAt).toISOString()
            : null;
        result = { status: 'draft', dueAt: due, sentAt: null, pushBack: [] };
    }
    else {
        const s = schedule(ctx, channel, mode, input.dueAt);
        if (typeof s === 'string')
            return typedError('InvalidInputError', s);
        const limit = limitProblem(ctx, channel, s);
        if (limit)
            return typedError('LimitReachedError', limit);
        result = s;
    }
    const id = ctx.store.newId(ctx.nowMs());
    const stored = {
        id,
        organizationId: channel.organizationId,
        channelId: channel.id,
        channelService: channel.service,
        status: result.status,
        text,
        assets: structuredClone(assets),
        metadata,
        dueAt: result.dueAt,
        sentAt: null,
        createdAt: nowIso,
        updatedAt: nowIso,
        shareMode: mode,
        schedulingType: input.schedulingType ?? 'automatic',
        isCustomScheduled: !isDraft && mode === 'customScheduled',
        sharedNow: !isDraft && mode === 'shareNow',
        via: 'api',
        externalLink: null,
        error: null,
        tagIds: input.tagIds ?? [],
        ideaId: input.ideaId ?? null,
        authorId: ctx.account.id,
    };
    if (result.status === 'sent')
        markSent(stored, channel, result.sentAt);
    for (const move of result.pushBack) {
        move.post.dueAt = move.dueAt;
        move.post.updatedAt = nowIso;
    }
    ctx.store.posts.set(id, stored);
    ctx.changed();
    return { __typename: 'PostActionSuccess', post: postShape(ctx.store, stored) };
}
function editPost(ctx, input) {
    const existing = visiblePost(ctx, String(input.id));
    if (!existing)
        return typedError('NotFoundError', `Post ${String(input.id)} not found`);
    if (existing.status === 'sent')
        return typedError('InvalidInputError', 'This post has already been sent and can no longer be edited');
    const channel = ctx.store.channels.get(existing.channelId);
    const blocked = channelProblem(channel);
    if (blocked)
        return blocked;
    // Omitted = keep; `text: ""` or null = clear; `assets: []` = clear (reference, EditPostInput).
    const text = 'text' in input ? (typeof input.text === 'string' ? input.text : '') : existing.text;
    const assets = Array.isArray(input.assets) ? input.assets : existing.assets;
    const incoming = metadataFor(channel, input.metadata);
    // Metadata fields omitted on edit keep their value ("optional on edit (omitted preserves existing value)").
    const metadata = incoming ? { ...(existing.metadata ?? {}), ...incoming } : existing.metadata;
    const mode = input.mode ?? null;
    const isDraft = input.saveToDraft === true || (existing.status === 'draft' && mode === null && input.saveToDraft !== false);
    const problem = validatePost({ channel, text, assets, metadata, isDraft });
    if (problem)
        return typedError('InvalidInputError', problem);
    const nowIso = new Date(ctx.nowMs()).toISOString();
    let result = null;
    if (input.saveToDraft === true) {
        // As on create, a draft keeps the custom time it is given (for when it is scheduled).
        const given = mode === 'customScheduled' && typeof input.dueAt === 'string' && !Number.isNaN(Date.parse(input.dueAt))
            ? new Date(input.dueAt).toISOString()
            : null;
        result = { status: 'draft', dueAt: given ?? existing.dueAt, sentAt: null, pushBack: [] };
    }
    else if (mode !== null || (input.dueAt != null && existing.isCustomScheduled)) {
        // A new dueAt on a custom-scheduled post without a mode is a reschedule at that time.
        const effective = mode ?? 'customScheduled';
        const s = schedule(ctx, channel, effective, input.dueAt ?? (effective === 'customScheduled' ? existing.dueAt : null), existing.id);
        if (typeof s === 'string')
            return typedError('InvalidInputError', s);
        const limit = limitProblem(ctx, channel, s, existing.id);
        if (limit)
            return typedError('LimitReachedError', limit);
        result = s;
    }
    existing.text = text;
    existing.assets = structuredClone(assets);
    existing.metadata = metadata ?? null;
    if (input.schedulingType != null)
        existing.schedulingType = input.schedulingType;
    if (Array.isArray(input.tagIds))
        existing.tagIds = input.tagIds;
    existing.updatedAt = nowIso;
    if (result) {
        const effective = mode ?? (result.status === 'draft' ? existing.shareMode : 'customScheduled');
        existing.status = result.status;
        existing.dueAt = result.dueAt;
        existing.shareMode = effective;
        existing.isCustomScheduled = result.status !== 'draft' && effective === 'customScheduled';
        existing.sharedNow = effective === 'shareNow';
        existing.error = null;
        if (result.status === 'sent')
            markSent(existing, channel, result.sentAt);
        for (const move of result.pushBack) {
            move.post.dueAt = move.dueAt;
            move.post.updatedAt = nowIso;
        }
    }
    ctx.changed();
    return { __typename: 'PostActionSuccess', post: postShape(ctx.store, existing) };
}
function deletePost(ctx, input) {
    const existing = visiblePost(ctx, input.id);
    // Deleting an unknown or already-deleted post: Buffer's agent docs say a second
    // `posts delete` "returns exit 3, not found" (buffer-idempotency.md). Buffer's
    // documented representation of "not found" on a read is a GraphQL error with
    // `extensions.code: NOT_FOUND` (facts §1.6); DeletePostPayload has no
    // NotFoundError member, and a VoidMutationError carries no code a client could
    // tell apart from other failures. So: a NOT_FOUND error, HTTP 200.
    if (!existing)
        throw codedError('NOT_FOUND', `Post ${input.id} not found`);
    ctx.store.posts.delete(existing.id);
    ctx.changed();
    return { __typename: 'DeletePostSuccess', id: existing.id };
}
/**
 * `answerWithResponse`: this call is one of the configured share that answers
 * `IdeaResponse` (faults.ts `ideaResponseEvery`). A placement after another
 * idea of the group always does, with `refreshIdeas: true`: the reference's
 * "other ideas might have been moved".
 */
function createIdea(ctx, input, answerWithResponse = false) {
    const organizationId = String(input.organizationId);
    if (!ctx.store.organizations.has(organizationId) || !ctx.store.canSee(ctx.account, organizationId)) {
        return typedError('UnauthorizedError', `You do not have access to organization ${organizationId}`);
    }
    const content = (input.content ?? {});
    const title = typeof content.title === 'string' && content.title.trim() !== '' ? content.title : null;
    const text = typeof content.text === 'string' && content.text.trim() !== '' ? content.text : null;
    if (title === null && text === null)
        return typedError('InvalidInputError', 'An idea needs a title or text');
    const group = input.group;
    const placement = placeIdea(ctx, organizationId, group);
    if (typeof placement === 'string')
        return typedError('InvalidInputError', placement);
    const nowMs = ctx.nowMs();
    const id = ctx.store.newId(nowMs);
    const media = (content.media ?? []).map((m, i) => ({
        id: `${id}-m${i}`,
        url: String(m.url),
        type: String(m.type),
        alt: m.alt ?? null,
        thumbnailUrl: m.thumbnailUrl ?? null,
        size: m.size ?? null,
    }));
    const seconds = Math.floor(nowMs / 1000);
    const idea = {
        id,
        organizationId,
        content: {
            title,
            text,
            media,
            services: content.services ?? [],
            tags: content.tags ?? [],
            date: content.date ?? null,
            aiAssisted: content.aiAssisted === true,
        },
        groupId: placement.groupId,
        position: placement.position,
        createdAt: seconds,
        updatedAt: seconds,
    };
    ctx.store.ideas.set(id, idea);
    ctx.changed();
    const movedOthers = typeof group?.placeAfterId === 'string';
    if (movedOthers || answerWithResponse)
        return { __typename: 'IdeaResponse', idea: ideaShape(idea), refreshIdeas: movedOthers };
    return ideaShape(idea);
}

;// CONCATENATED MODULE: ./src/sandbox/queue-move.ts
/**
 * `movePostInQueue`: a queued post to the top or bottom of its channel's queue.
 * "A scheduling-only operation that never re-validates the post's content"
 * (reference), so neither the post rules nor the posting limits run: the
 * queue holds as many posts before as after.
 *
 * The queue is the channel's scheduled posts that took a queue slot
 * (`addToQueue`, `shareNext`); custom-scheduled posts keep their time and
 * their slot stays taken. Moving re-slots the queued posts in their new
 * order into the free slots from now on, as `shareNext` re-slots them when
 * it puts a post first (queue-slots.ts): `top` takes the next available
 * slot, `bottom` the last one, and the posts in between close up.
 *
 * An unknown ID is a NOT_FOUND error, as for `deletePost`. A post that is
 * not queued (a draft, a sent post, a custom-scheduled one) or a channel
 * that cannot publish answers VoidMutationError, the payload union's only
 * error member, with a message that says why.
 */





function movePostInQueue(ctx, input) {
    const post = visiblePost(ctx, input.id);
    if (!post)
        throw codedError('NOT_FOUND', `Post ${input.id} not found`);
    if (post.status !== 'scheduled' || post.dueAt === null)
        return typedError('VoidMutationError', `Post ${post.id} is not in a queue (its status is ${post.status})`);
    if (post.isCustomScheduled)
        return typedError('VoidMutationError', `Post ${post.id} is scheduled for a fixed time, not queued; change its time with editPost`);
    const channel = ctx.store.channels.get(post.channelId);
    const blocked = channelProblem(channel);
    if (blocked)
        return typedError('VoidMutationError', blocked.message);
    const { fixed, queued } = channelQueue(ctx.store, channel.id);
    const others = queued.filter((p) => p !== post);
    const order = input.position === 'top' ? [post, ...others] : [...others, post];
    const slots = freeSlots(channel.postingSchedule ?? [], channel.timezone, ctx.nowMs(), fixed);
    const nowIso = new Date(ctx.nowMs()).toISOString();
    for (const p of order) {
        const dueAt = new Date(slots.next().value).toISOString();
        if (p.dueAt !== dueAt || p === post)
            p.updatedAt = nowIso;
        p.dueAt = dueAt;
    }
    ctx.changed();
    return { __typename: 'PostActionSuccess', post: postShape(ctx.store, post) };
}

;// CONCATENATED MODULE: ./src/sandbox/templates.ts
/**
 * Post templates (`postTemplate`, `postTemplates`, `createPostTemplate`,
 * `updatePostTemplate`, `deletePostTemplate`), as the reference describes them:
 *
 * - Visibility: `private` (only the creator sees it, whatever its
 *   organization), `internal` (every member of its organization), `public`
 *   (Buffer's curated library, everyone). Create defaults to `private`;
 *   `public` is refused on create and update ("only available to official
 *   Buffer clients").
 * - Who may change or delete one: its creator, or an admin/owner of its
 *   organization for an `internal` one. Nobody changes a `public` one.
 * - `postTemplate` answers null for an ID the caller cannot see (missing, or
 *   someone else's private template); the mutations answer such an ID with a
 *   NOT_FOUND error, as `deletePost` does for a post.
 * - `postTemplates` is pinned to the caller and the organization; its filter
 *   only narrows. An organization the caller is not a member of is NOT_FOUND,
 *   for the list and for `createPostTemplate`, as for every organization-scoped
 *   field here.
 * - The payload unions' only error member is VoidMutationError, so every
 *   user-fixable refusal (public visibility, an empty title, body or
 *   description, the plan's template limit) is one, with a message that says
 *   what to change. A caller who may see but not change a template gets a
 *   FORBIDDEN error ("valid key, but no permission", buffer-error-codes.yml).
 */




const PUBLIC_REFUSED = 'The visibility `public` is only available to official Buffer clients; use `private` (the default) or `internal`';
function templateShape(t) {
    return {
        id: t.id,
        body: t.body,
        description: t.description,
        emoji: t.emoji,
        organizationId: t.organizationId,
        title: t.title,
        visibility: t.visibility,
        createdAt: t.createdAt,
        updatedAt: t.updatedAt,
    };
}
/** Whether the caller may see the template at all (the library's scope). */
function canSee(ctx, t) {
    switch (t.visibility) {
        case 'public':
            return true;
        case 'internal':
            return ctx.store.canSee(ctx.account, t.organizationId);
        case 'private':
            return t.accountId === ctx.account.id;
    }
}
function canChange(ctx, t) {
    if (t.visibility === 'public')
        return false;
    if (t.accountId === ctx.account.id)
        return true;
    return t.visibility === 'internal' && ctx.store.isAdmin(ctx.account, t.organizationId);
}
/** The template the caller may change, or the typed error to answer (unknown IDs and missing rights throw). */
function changeable(ctx, id) {
    const t = ctx.store.postTemplates.get(id);
    if (!t || !canSee(ctx, t))
        throw codedError('NOT_FOUND', `Post template ${id} not found`);
    if (t.visibility === 'public')
        return typedError('VoidMutationError', `Post template ${id} is one of Buffer's public templates; it cannot be changed`);
    if (!canChange(ctx, t))
        throw codedError('FORBIDDEN', `Only the creator of post template ${id} or an admin of its organization can change or delete it`);
    return t;
}
/** The message for a text field that must be a non-empty string, or null when it is one. */
function blank(name, value) {
    return typeof value === 'string' && value.trim() !== '' ? null : `A post template needs a non-empty ${name}`;
}
// ---------------------------------------------------------------- queries
function postTemplate(ctx, input) {
    const t = ctx.store.postTemplates.get(input.id);
    return t && canSee(ctx, t) ? templateShape(t) : null;
}
function postTemplates(ctx, args) {
    const { organizationId, filter } = args.input;
    visibleOrganization(ctx, organizationId);
    // The scope is pinned whatever the input says: public, this organization's internal, the caller's private.
    const list = [...ctx.store.postTemplates.values()].filter((t) => (t.visibility === 'public' ||
        (t.visibility === 'internal' && t.organizationId === organizationId) ||
        (t.visibility === 'private' && t.accountId === ctx.account.id)) &&
        (filter?.visibility == null || t.visibility === filter.visibility));
    // The official CLI's `postTemplates list` defaults to 25 (facts §5); oldest first, as `ideas`.
    const page = keysetPage(list, (t) => [Date.parse(t.createdAt), t.id], args, 25, templateShape);
    return { ...page, totalCount: list.length };
}
// ---------------------------------------------------------------- mutations
function createPostTemplate(ctx, input) {
    const organizationId = String(input.organizationId);
    // "The caller must be a member of this organization."
    visibleOrganization(ctx, organizationId);
    const visibility = input.visibility ?? 'private';
    if (visibility === 'public')
        return typedError('VoidMutationError', PUBLIC_REFUSED);
    // `description` is nullable "for backwards-compat" only: null or empty is refused.
    const problem = blank('title', input.title) ?? blank('body', input.body) ?? blank('description', input.description);
    if (problem)
        return typedError('VoidMutationError', problem);
    if (input.emoji === null)
        return typedError('VoidMutationError', 'A post template emoji cannot be null; omit it');
    const org = ctx.store.organizations.get(organizationId);
    const limit = organizationShape(ctx.store, org).limits;
    const used = [...ctx.store.postTemplates.values()].filter((t) => t.visibility !== 'public' && t.organizationId === organizationId).length;
    if (used >= limit.postTemplates)
        return typedError('VoidMutationError', `You have reached the limit of ${limit.postTemplates} post templates on the ${org.plan} plan. Upgrade your plan or delete a template.`);
    const nowIso = new Date(ctx.nowMs()).toISOString();
    const t = {
        id: ctx.store.newId(ctx.nowMs()),
        organizationId,
        accountId: ctx.account.id,
        title: String(input.title),
        body: String(input.body),
        description: String(input.description),
        emoji: typeof input.emoji === 'string' ? input.emoji : '',
        visibility,
        createdAt: nowIso,
        updatedAt: nowIso,
    };
    ctx.store.postTemplates.set(t.id, t);
    ctx.changed();
    return { __typename: 'CreatePostTemplateSuccess', postTemplate: templateShape(t) };
}
/**
 * Omitted fields keep their value. A field sent as null is refused rather than
 * guessed at: every stored field is a string, and title, body and description
 * must not be empty (the storage contract the reference states for
 * description). Nothing changes unless every field is acceptable.
 */
function updatePostTemplate(ctx, input) {
    const found = changeable(ctx, String(input.id));
    if ('__typename' in found)
        return found;
    if (input.visibility === 'public')
        return typedError('VoidMutationError', PUBLIC_REFUSED);
    for (const key of ['title', 'body', 'description', 'emoji', 'visibility']) {
        if (key in input && input[key] === null)
            return typedError('VoidMutationError', `A post template ${key} cannot be null; omit it to keep the current one`);
    }
    for (const key of ['title', 'body', 'description']) {
        const problem = key in input ? blank(key, input[key]) : null;
        if (problem)
            return typedError('VoidMutationError', problem);
    }
    for (const key of ['title', 'body', 'description', 'emoji']) {
        if (typeof input[key] === 'string')
            found[key] = input[key];
    }
    if (typeof input.visibility === 'string')
        found.visibility = input.visibility;
    found.updatedAt = new Date(ctx.nowMs()).toISOString();
    ctx.changed();
    return { __typename: 'UpdatePostTemplateSuccess', postTemplate: templateShape(found) };
}
function deletePostTemplate(ctx, input) {
    const found = changeable(ctx, input.id);
    if ('__typename' in found)
        return found;
    ctx.store.postTemplates.delete(found.id);
    ctx.changed();
    return { __typename: 'EmptySuccess', _empty: '' };
}

;// CONCATENATED MODULE: ./src/sandbox/query-limits.ts
/**
 * Buffer's query limits (facts §2): depth 25, aliases 30, complexity 175,000
 * (scalar 1, object 2, ×1.5 per nesting level), directives 50, tokens 15,000.
 * A violation is a plain GraphQL error with no `extensions.code` whose message
 * names the limit (facts §1.6).
 */

const QUERY_LIMITS = { depth: 25, aliases: 30, complexity: 175_000, directives: 50, tokens: 15_000 };
function tokenLimitError() {
    return new graphql/* GraphQLError */.eOn(`Query exceeds maximum allowed number of tokens (${QUERY_LIMITS.tokens}). Please simplify your query.`);
}
/** Returns the first violated limit for the operation that will run, or null. */
function checkQueryLimits(document, operation) {
    let aliases = 0;
    let directives = 0;
    const fragments = new Map();
    for (const def of document.definitions) {
        if (def.kind === graphql/* Kind */.b8C.FRAGMENT_DEFINITION)
            fragments.set(def.name.value, def);
    }
    // Aliases and directives are counted over the whole document: they cost the server to parse either way.
    const countNodes = (node) => {
        if (!node || typeof node !== 'object')
            return;
        if (Array.isArray(node))
            return node.forEach(countNodes);
        const n = node;
        if (n.kind === graphql/* Kind */.b8C.FIELD && n.alias)
            aliases++;
        if (n.kind === graphql/* Kind */.b8C.DIRECTIVE)
            directives++;
        for (const [k, v] of Object.entries(node))
            if (k !== 'loc')
                countNodes(v);
    };
    countNodes(document);
    if (aliases > QUERY_LIMITS.aliases) {
        return new graphql/* GraphQLError */.eOn(`Query exceeds maximum allowed number of aliases (${QUERY_LIMITS.aliases}). Please simplify your query.`);
    }
    if (directives > QUERY_LIMITS.directives) {
        return new graphql/* GraphQLError */.eOn(`Query exceeds maximum allowed number of directives (${QUERY_LIMITS.directives}). Please simplify your query.`);
    }
    let maxDepth = 0;
    let complexity = 0;
    const walk = (set, level, seen) => {
        for (const sel of set.selections) {
            if (sel.kind === graphql/* Kind */.b8C.FIELD) {
                maxDepth = Math.max(maxDepth, level + 1);
                complexity += (sel.selectionSet ? 2 : 1) * 1.5 ** level;
                if (sel.selectionSet && maxDepth <= QUERY_LIMITS.depth)
                    walk(sel.selectionSet, level + 1, seen);
            }
            else if (sel.kind === graphql/* Kind */.b8C.INLINE_FRAGMENT) {
                walk(sel.selectionSet, level, seen);
            }
            else {
                const frag = fragments.get(sel.name.value);
                // A fragment cycle is a validation error reported later; stop here.
                if (frag && !seen.has(frag.name.value))
                    walk(frag.selectionSet, level, new Set([...seen, frag.name.value]));
            }
        }
    };
    walk(operation.selectionSet, 0, new Set());
    if (maxDepth > QUERY_LIMITS.depth) {
        return new graphql/* GraphQLError */.eOn(`Query exceeds maximum allowed depth (${QUERY_LIMITS.depth}). Please simplify your query.`);
    }
    if (complexity > QUERY_LIMITS.complexity) {
        return new graphql/* GraphQLError */.eOn('Query exceeds maximum allowed complexity. Please simplify your query.');
    }
    return null;
}

;// CONCATENATED MODULE: ./src/sandbox/rate-limiter.ts
/**
 * Buffer's request budget: three rolling windows per API key (15 minutes,
 * 24 hours, 30 days), reported with IETF draft-8 `RateLimit` /
 * `RateLimit-Policy` headers (facts §1.7). Time is the sandbox clock, so tests
 * can exhaust and refill a window without waiting.
 */

/** Buffer's free plan (facts §2). */
const FREE_PLAN_RATE_LIMITS = { '15m': 100, '24h': 250, '30d': 3000 };
const WINDOWS = [
    { name: '15m', seconds: 900, label: '15min' },
    { name: '24h', seconds: 86_400, label: '1day' },
    { name: '30d', seconds: 2_592_000, label: '30days' },
];
class RateLimiter {
    limits;
    /** Accepted request instants (ms) per key, oldest first. Rejected requests are not recorded, so waiting `Retry-After` always works. */
    hits = new Map();
    constructor(limits) {
        this.limits = limits;
    }
    reset() {
        this.hits.clear();
    }
    /** Records one request for `key` at `nowMs` unless a window is exhausted. */
    take(key, nowMs) {
        const all = this.prune(key, nowMs);
        const exceeded = WINDOWS.map((w) => {
            const inWindow = this.inWindow(all, w.seconds, nowMs);
            return {
                w,
                inWindow,
                retry: inWindow.length >= this.limits[w.name]
                    ? this.secondsUntilSlotFrees(inWindow, w.seconds, nowMs, this.limits[w.name])
                    : 0,
            };
        }).filter((x) => x.inWindow.length >= this.limits[x.w.name]);
        if (exceeded.length > 0) {
            // Report the window that keeps the client waiting longest: retrying earlier would fail again.
            const worst = exceeded.reduce((a, b) => (b.retry > a.retry ? b : a));
            return {
                allowed: false,
                window: worst.w.name,
                retryAfterSeconds: worst.retry,
                headers: this.headers(key, all, nowMs),
            };
        }
        all.push(nowMs);
        return { allowed: true, headers: this.headers(key, all, nowMs) };
    }
    prune(key, nowMs) {
        const longest = WINDOWS[WINDOWS.length - 1].seconds * 1000;
        let all = this.hits.get(key);
        if (!all) {
            all = [];
            this.hits.set(key, all);
        }
        const firstLive = all.findIndex((t) => t > nowMs - longest);
        if (firstLive === -1)
            all.length = 0;
        else if (firstLive > 0)
            all.splice(0, firstLive);
        return all;
    }
    inWindow(all, seconds, nowMs) {
        const from = nowMs - seconds * 1000;
        return all.filter((t) => t > from);
    }
    /** Seconds until enough old hits leave the window for one more request to fit. */
    secondsUntilSlotFrees(inWindow, seconds, nowMs, limit) {
        const mustExpire = inWindow[inWindow.length - limit] ?? inWindow[0] ?? nowMs;
        return Math.max(1, Math.ceil((mustExpire + seconds * 1000 - nowMs) / 1000));
    }
    headers(key, all, nowMs) {
        const pk = `:${Buffer.from((0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 12)).toString('base64')}:`;
        const state = [];
        const policy = [];
        for (const w of WINDOWS) {
            const q = this.limits[w.name];
            const name = `"${q}-in-${w.label}"`;
            const inWindow = this.inWindow(all, w.seconds, nowMs);
            const oldest = inWindow[0];
            const t = oldest === undefined ? w.seconds : Math.max(0, Math.ceil((oldest + w.seconds * 1000 - nowMs) / 1000));
            state.push(`${name};r=${Math.max(0, q - inWindow.length)};t=${t}`);
            policy.push(`${name};q=${q};w=${w.seconds};pk=${pk}`);
        }
        return { RateLimit: state, 'RateLimit-Policy': policy };
    }
}

;// CONCATENATED MODULE: ./src/sandbox/strict-scalars.ts
/**
 * Buffer's custom scalars, as strict as Buffer's gateway (issue 12): the SDL
 * alone (`buildSchema`) gives every custom scalar graphql-js's default
 * behaviour, which accepts any JSON, so `28` as a `ChannelId` or
 * `"next tuesday"` as a `DateTime` used to pass here and fail on Buffer.
 *
 * - The ObjectId scalars (reference "Scalars": `AccountId`, `ChannelId`, …
 *   "represents the MongoDB ObjectId of a Buffer …") accept only strings.
 *   Only the type is enforced: the reference describes the IDs but says
 *   nothing of refusing a badly shaped string at coercion, and an unknown ID
 *   already answers as Buffer does for an unknown resource (NotFoundError /
 *   NOT_FOUND), so a stricter format check would be a guess. The built-in
 *   `ID` (e.g. `CreateIdeaInput.organizationId: ID!`) keeps the GraphQL
 *   spec's coercion, which takes an integer as its decimal string, as any
 *   spec-compliant server does.
 * - `DateTime` ("a date and time following the ISO 8601 standard") accepts
 *   only a string holding a calendar date, a time and a UTC offset (`Z` or
 *   ±hh:mm), the form every Buffer answer uses; a bare date, a date-time with
 *   no offset or free text is refused.
 *
 * A refused variable is a variable-coercion error (no `data`); a refused
 * literal in the document fails validation (ValuesOfCorrectTypeRule calls
 * parseLiteral). engine.ts gives those their `extensions.code`.
 */

/** The ObjectId scalars of the reference that the sandbox's SDL carries. */
const ID_SCALARS = [
    'AccountId',
    'ChannelId',
    'DraftId',
    'IdeaId',
    'NoteId',
    'OrganizationId',
    'PostId',
    'PostTemplateId',
    'TagId',
];
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;
/** True for an ISO 8601 date-time with offset that names a real instant (no Feb 30). */
function isIsoDateTime(value) {
    const m = ISO_DATE_TIME.exec(value);
    if (!m)
        return false;
    const [, y, mo, d, h, mi, s] = m;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
        return false;
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return (day.getUTCFullYear() === Number(y) &&
        day.getUTCMonth() === Number(mo) - 1 &&
        day.getUTCDate() === Number(d) &&
        !Number.isNaN(Date.parse(value)));
}
/** How the value reads in an error message (JSON, as it was sent). */
function inspect(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
function literalString(name, ast) {
    if (ast.kind !== graphql/* Kind */.b8C.STRING)
        throw new graphql/* GraphQLError */.eOn(`${name} cannot represent a non-string value: ${ast.kind === graphql/* Kind */.b8C.INT || ast.kind === graphql/* Kind */.b8C.FLOAT || ast.kind === graphql/* Kind */.b8C.BOOLEAN || ast.kind === graphql/* Kind */.b8C.ENUM ? String(ast.value) : ast.kind}`, { nodes: ast });
    return ast.value;
}
function idScalar(scalar) {
    const name = scalar.name;
    const parse = (value) => {
        if (typeof value !== 'string')
            throw new graphql/* GraphQLError */.eOn(`${name} cannot represent a non-string value: ${inspect(value)}`);
        return value;
    };
    // Output is the sandbox's own data: passed through, only input is policed.
    Object.assign(scalar, {
        parseValue: parse,
        serialize: (v) => v,
        parseLiteral: (ast) => literalString(name, ast),
    });
}
function dateTimeScalar(scalar) {
    const parse = (value) => {
        if (typeof value !== 'string')
            throw new graphql/* GraphQLError */.eOn(`DateTime cannot represent a non-string value: ${inspect(value)}`);
        if (!isIsoDateTime(value))
            throw new graphql/* GraphQLError */.eOn(`DateTime cannot represent an invalid date-time string ${inspect(value)}: expected ISO 8601 with a time and an offset, e.g. 2027-02-01T09:00:00.000Z`);
        return value;
    };
    Object.assign(scalar, {
        parseValue: parse,
        serialize: (v) => v,
        parseLiteral: (ast) => {
            const text = literalString('DateTime', ast);
            try {
                return parse(text);
            }
            catch (e) {
                throw new graphql/* GraphQLError */.eOn(e.message, { nodes: ast });
            }
        },
    });
}
/** Replaces the permissive default behaviour of the schema's custom scalars, in place. */
function makeScalarsStrict(schema) {
    for (const name of ID_SCALARS) {
        const type = schema.getType(name);
        if (!(type instanceof graphql/* GraphQLScalarType */.AgT))
            throw new Error(`The sandbox SDL has no scalar ${name}`);
        idScalar(type);
    }
    const dateTime = schema.getType('DateTime');
    if (!(dateTime instanceof graphql/* GraphQLScalarType */.AgT))
        throw new Error('The sandbox SDL has no scalar DateTime');
    dateTimeScalar(dateTime);
    return schema;
}

;// CONCATENATED MODULE: ./src/sandbox/schema.ts
/**
 * GraphQL SDL of Buffer's public API, as served by our local Buffer sandbox.
 *
 * Transcribed from /work/shared/reference/buffer-api-reference.md (the provider's
 * reference, 2026-08-13). Every root field of the reference is served (issue 15:
 * posts, ideas, idea groups, post templates, `movePostInQueue` and
 * `aggregatedPostMetrics`, so every command of the official CLI works), in
 * ROOT_FIELDS; every type reachable from them (field types, argument types,
 * union members, interfaces and their implementations, transitively) is
 * included. Resolvers are attached elsewhere; they import `typeDefs`.
 *
 * Transcription notes / ambiguities resolved:
 * - Every reachable type is defined in the reference, so no type had to be invented.
 * - Root fields, fields, input fields and enum values keep the reference's order
 *   (mostly alphabetical, e.g. `posts(after, first, input)`); types are sorted by kind, then name.
 * - "(default: X)" in the reference becomes an SDL default (`assets: [AssetInput!]! = []`,
 *   `needsApproval: Boolean! = false`, `TagComparator.isEmpty: Boolean! = false`).
 * - "*(Deprecated: reason)*" becomes `@deprecated(reason: ...)`; "🧪 Preview" and "⚠️ Experimental"
 *   markers are dropped (the fields are served as documented).
 * - `AssetInput` says "Exactly one variant must be provided" but, unlike `IdeasGroupFilter`,
 *   is not marked `@oneOf` in the reference, so no directive here: enforce it in the resolver.
 * - Nothing the public API can return or take is omitted. The reference also lists five
 *   types that no root field reaches (the OrganizationAction enum and the Email,
 *   InvitationId, PostGroupId and Uuid scalars); no request can name or receive them,
 *   so they are left out rather than declared unused.
 * - Where CLI 1.2.0 drifts from the reference (facts §3: EditPostInput.mode/schedulingType
 *   required there, no approvalChange/needsApproval, LinkAttachmentInput = {url}), the reference wins.
 */


const ROOT_FIELDS = {
    query: [
        'account',
        'aggregatedPostMetrics',
        'channel',
        'channels',
        'ideaGroups',
        'ideas',
        'post',
        'posts',
        'postTemplate',
        'postTemplates',
        'dailyPostingLimits',
    ],
    mutation: [
        'createPost',
        'editPost',
        'deletePost',
        'createIdea',
        'createPostTemplate',
        'updatePostTemplate',
        'deletePostTemplate',
        'movePostInQueue',
    ],
};
const typeDefs = /* GraphQL */ `
  type Query {
    """
    Retrieves the authenticated user's account information
    """
    account: Account!
    """
    Aggregate normalized post metrics across a filtered post set. Useful
    for yearly summaries, channel-level rollups, and BI exports without
    paginating through thousands of posts.

    For per-post metrics, use \`posts(input)\` or \`post(input)\` with a
    \`metrics { … }\` selection — this query is purely for aggregation.

    The result always contains a baseline trio of entries: \`postCount\`
    (number of matched posts in the window), \`reactions\`, and \`comments\`.
    Posts on networks that don't track reactions or comments contribute 0
    to those totals.

    Beyond the baseline, additional metric types are returned only when
    every channel in the filter set supports them. A single-network filter
    surfaces that network's richer metrics (e.g. impressions, reach,
    engagementRate on LinkedIn); a mixed-network filter trims the extras
    to those common to every network in the set.
    """
    aggregatedPostMetrics(
      """
      Query's input: organization, date range, optional channel and tag
      filters. Date range is capped to 365 days.
      """
      input: AggregatedPostMetricsInput!
    ): AggregatedPostMetrics!
    """
    Fetches a single channel using the provided ID
    """
    channel(
      """
      Query's input.
      """
      input: ChannelInput!
    ): Channel!
    """
    Fetch all channels for the organization taking into account the current's user permissions
    """
    channels(
      """
      Query's input.
      """
      input: ChannelsInput!
    ): [Channel!]!
    """
    Retrieves idea groups based on the provided input parameters.
    """
    ideaGroups(
      """
      Input for retrieving idea groups.
      """
      input: IdeaGroupsInput!
    ): [IdeaGroup!]!
    """
    Fetch a paginated list of ideas with optional filtering
    """
    ideas(
      """
      Cursor for pagination, marks where to start fetching from
      """
      after: String
      """
      Maximum number of items to return
      """
      first: Int
      """
      Filtering criteria for the ideas list
      """
      input: IdeasInput!
    ): IdeasConnection!
    """
    Fetches a post by PostID for the given organization: first and last can be set for forward pagination using Relay convention
    """
    post(
      """
      Query's input.
      """
      input: PostInput!
    ): Post!
    """
    Fetches posts for the given organization: first and last can be set for forward pagination using Relay convention
    """
    posts(
      """
      The cursor of the post to start fetching from
      """
      after: String
      """
      The number of posts to return
      """
      first: Int
      """
      Query's input.
      """
      input: PostsInput!
    ): PostsResults!
    """
    Fetch a single post template by ID. Returns null if not found.
    """
    postTemplate(
      """
      Input for fetching a single post template.
      """
      input: PostTemplateInput!
    ): PostTemplate
    """
    Fetch the templates visible to the current actor for the template
    library: public templates, plus internal templates from the supplied
    \`organizationId\`, plus private templates owned by the actor's
    account. The visibility scope is always pinned to the actor and the
    supplied organization — the input filter can only narrow within that
    scope, never widen it.
    """
    postTemplates(
      """
      The cursor after which to return results.
      """
      after: String
      """
      The number of templates to return.
      """
      first: Int
      """
      Input containing the organization scope and optional filters.
      """
      input: PostTemplatesInput!
    ): PostTemplatesConnection!
    """
    Returns daily posting limit status for the given channels on the specified date.
    """
    dailyPostingLimits(
      """
      Query's input.
      """
      input: DailyPostingLimitsInput!
    ): [DailyPostingLimitStatus!]!
  }

  type Mutation {
    """
    Create post for channel
    """
    createPost(
      """
      The mutation's input
      """
      input: CreatePostInput!
    ): PostActionPayload!
    """
    Edit post for channel
    """
    editPost(
      """
      The mutation's input
      """
      input: EditPostInput!
    ): PostActionPayload!
    """
    Delete a post by id.
    """
    deletePost(
      """
      Input for the deletePost mutation.
      """
      input: DeletePostInput!
    ): DeletePostPayload!
    """
    Create a new idea with the given content and metadata
    """
    createIdea(
      """
      Input to create an idea
      """
      input: CreateIdeaInput!
    ): CreateIdeaPayload!
    """
    Create a post template visible only to the caller (\`private\`) or to
    the caller's organization (\`internal\`).
    """
    createPostTemplate(
      """
      Input for creating a post template.
      """
      input: CreatePostTemplateInput!
    ): CreatePostTemplatePayload!
    """
    Update a post template owned by the caller (or an internal template
    in the caller's organization, if the caller is an org admin/owner).
    """
    updatePostTemplate(
      """
      Input for updating a post template.
      """
      input: UpdatePostTemplateInput!
    ): UpdatePostTemplatePayload!
    """
    Delete a post template owned by the caller (or an internal template
    in the caller's organization, if the caller is an org admin/owner).
    """
    deletePostTemplate(
      """
      Input for deleting a post template.
      """
      input: DeletePostTemplateInput!
    ): DeletePostTemplatePayload!
    """
    Move a queued post to the top or bottom of its channel's queue. Unlike editPost, this
    is a scheduling-only operation that never re-validates the post's content.
    """
    movePostInQueue(
      """
      The mutation's input
      """
      input: MovePostInQueueInput!
    ): MovePostInQueuePayload!
  }

  """
  The \`AccountId\` scalar represents the MongoDB ObjectId of a Buffer Account
  """
  scalar AccountId

  """
  The \`ChannelId\` scalar represents the MongoDB ObjectId of a Buffer Channel
  """
  scalar ChannelId

  """
  The \`DateTime\` scalar represents a date and time following the ISO 8601 standard.
  """
  scalar DateTime

  """
  The \`DraftId\` scalar represents the MongoDB ObjectId of a Buffer Draft
  """
  scalar DraftId

  """
  The \`IdeaId\` scalar represents the MongoDB ObjectId of a Buffer Idea
  """
  scalar IdeaId

  """
  The \`NoteId\` scalar represents the MongoDB ObjectId of a Buffer Note
  """
  scalar NoteId

  """
  The \`OrganizationId\` scalar represents the MongoDB ObjectId of a Buffer Organization
  """
  scalar OrganizationId

  """
  The \`PostId\` scalar represents the MongoDB ObjectId of a Buffer Post
  """
  scalar PostId

  """
  The \`PostTemplateId\` scalar represents the MongoDB ObjectId of a Post Template.
  """
  scalar PostTemplateId

  """
  The \`TagId\` scalar represents the MongoDB ObjectId of a Buffer Tag
  """
  scalar TagId

  """
  List of possible types for an annotation
  """
  enum AnnotationType {
    annotation
    cashtag
    hashtag
    mention
    url
  }

  """
  Asset types
  """
  enum AssetType {
    document
    image
    video
  }

  """
  List of possible actions that can be performed on a Channel
  """
  enum ChannelAction {
    backfillChannel
    manageCapabilities
    manageComments
    manageIntegrations
    managePostingSchedule
    manageUpdates
    publishStartPage
    readUpdates
    reconnectChannel
    removeChannel
    viewCapabilities
    viewChannel
    viewComments
    viewInsights
    viewPublish
    viewUpdates
      @deprecated(
        reason: "Renamed to \`viewPublish\`. Still emitted for backward-compat with clients that gate on \`viewUpdates\`; use \`viewPublish\` to gate the Publish UI or \`readUpdates\` to gate reading post data. Will be removed once no client reads it."
      )
  }

  """
  Channel is a representation of a social media account or page that can be connected to Buffer.
  """
  enum ChannelType {
    account
    business
    channel
    group
    page
    profile
  }

  """
  The category of a connected app.
  """
  enum ConnectedAppCategory {
    """
    An MCP client connection.
    """
    mcp
  }

  """
  Presence filter for nullable date fields.
  When filtering the same field, absent dates cannot also match a date comparator range.
  """
  enum DateTimePresence {
    """
    Include results where the date field is missing or null
    """
    absent
    """
    Include results where the date field exists and is not null
    """
    present
  }

  """
  Day of the week.
  """
  enum DayOfWeek {
    fri
    mon
    sat
    sun
    thu
    tue
    wed
  }

  """
  List of possible types for GBP cta
  """
  enum GoogleBusinessPostActionType {
    book
    call
    learn_more
    none
    order
    shop
    signup
  }

  """
  Named buckets for filtering ideas by their group membership.
  """
  enum IdeaGroupMembership {
    """
    Only ideas that are assigned to a group.
    """
    grouped
    """
    Only ideas that are not assigned to any group.
    """
    ungrouped
  }

  """
  The type of media attached to a post
  """
  enum MediaType {
    image
    gif
    video
    link
    document
    unsupported
  }

  """
  List of possible actions that can be performed on a note
  """
  enum NoteAction {
    """
    The user can delete the note.
    """
    deleteNote
    """
    The user can update the note.
    """
    updateNote
  }

  """
  The type of a note.
  """
  enum NoteType {
    """
    A note that was generated by our AI system.
    """
    aiGenerated
    """
    A note that was generated by our internal system. Can be used for approval flows notifications or other automated processes.
    """
    bufferGenerated
    """
    A note that was manually written by a user.
    """
    userGenerated
  }

  """
  List of possible statuses for a notification
  """
  enum NotificationStatus {
    markedAsPublished
    notified
  }

  """
  List of possible actions that can be performed on a Post
  """
  enum PostAction {
    addPostNote
    addPostToQueue
    approvePost
    cancelPostRecurrence
    copyPostLink
    createPostRecurrence
    deletePost
    duplicatePost
    editPostRecurrence
    movePostToDraft
    publishPostNext
    publishPostNow
    rejectPost
    removePostScheduledTime
    requestPostApproval
    revertPostApprovalRequest
    sharePostLink
    updatePost
    updatePostSchedule
    updatePostTags
    updateShopGridLink
    viewPost
  }

  """
  A change to a post's approval state, for a post that is already a draft.
  """
  enum PostApprovalChange {
    """
    Submit the draft for approval.
    """
    request
    """
    Withdraw a pending approval request, returning the post to a plain draft.
    """
    revert
  }

  """
  PostingGoalStatus is used to track the status of a posting goal.
  """
  enum PostingGoalStatus {
    AtRisk
    Hit
    OnTrack
  }

  """
  List of possible metrics available for a Post.

  Values fall into three groups:
  - **Cross-network normalized** (reactions, comments, shares, reposts, reach, impressions, views, clicks, engagementRate): Used wherever a concept maps cleanly across networks. Per-network adapters normalize their native names (e.g., Instagram \`likes\` → \`reactions\`, Twitter \`retweets\` → \`reposts\`).
  - **Network-specific** (saves, follows, quotes, viewers, totalTimeWatched, likes): Real metrics that don't have a cross-network equivalent. \`likes\` is intentionally distinct from \`reactions\` on Facebook — Facebook's Graph API surfaces them separately.
  - **Aggregation-only** (postCount): Meaningful only on aggregate endpoints; never emitted per-post.

  Deprecated values are pre-normalization legacy or tied to features being removed. They're kept in the enum for backwards compatibility until clients migrate.
  """
  enum PostMetricType {
    """
    How many times people clicked on your post.
    """
    clicks
    """
    The count of comments and replies on your post. Unified across networks (Threads \`replies\` maps here).
    """
    comments
    """
    The percentage of people who interacted with your post compared to how many saw it. Unit: percentage.
    """
    engagementRate
    """
    Deprecated: not emitted by any per-network definition. Use \`reactions\` instead — Twitter and Mastodon favorites normalize into \`reactions\`. Will be removed on 2026-12-01.
    """
    favorites
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`reactions\` instead. Will be removed on 2026-12-01."
      )
    """
    The number of new followers gained from this post (Instagram).
    """
    follows
    """
    How many times your post was shown on screen. May include multiple views by the same person — useful for spotting how often the content gets surfaced.
    """
    impressions
    """
    The Like-reaction subcount on Facebook. Distinct from \`reactions\` (which is the total of all reaction types — Like, Love, Care, Haha, Wow, Sad, Angry); Facebook's Graph API reports them separately and we mirror that.
    """
    likes
    """
    Deprecated: StartPage link-clicks metric. StartPage is being deprecated as a product. Will be removed on 2026-12-01.
    """
    link_clicks @deprecated(reason: "StartPage is being deprecated as a product. Will be removed on 2026-12-01.")
    """
    Deprecated catch-all from pre-normalization. Never emitted. Will be removed on 2026-12-01.
    """
    other @deprecated(reason: "Catch-all from pre-normalization; never emitted. Will be removed on 2026-12-01.")
    """
    The count of posts included in an aggregated response. Only meaningful on aggregate endpoints — never emitted per-post.
    """
    postCount
    """
    How many times your post was quoted (Threads).
    """
    quotes
    """
    The number of unique people who saw your post.
    """
    reach
    """
    How many people reacted to your post. Unified across networks: Instagram/Twitter \`likes\`, Mastodon \`favorites\`, etc. all map to this value.
    """
    reactions
    """
    Deprecated: not emitted by any per-network definition. Use \`reposts\` instead — Mastodon reblogs normalize into \`reposts\`. Will be removed on 2026-12-01.
    """
    reblogs
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`reposts\` instead. Will be removed on 2026-12-01."
      )
    """
    Deprecated: not emitted by any per-network definition. Pre-normalization legacy from the Pinterest era. Will be removed on 2026-12-01.
    """
    repins @deprecated(reason: "Not emitted by any per-network definition. Will be removed on 2026-12-01.")
    """
    Deprecated: not emitted by any per-network definition. Use \`comments\` instead — replies are normalized into \`comments\` on the networks that distinguish them (Threads). Will be removed on 2026-12-01.
    """
    replies
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`comments\` instead. Will be removed on 2026-12-01."
      )
    """
    How many times your post was reposted by others. Twitter \`retweets\`, Mastodon \`reblogs\`, Threads \`reposts\` all normalize to this value.
    """
    reposts
    """
    Deprecated: not emitted by any per-network definition. Use \`reposts\` instead — Twitter retweets normalize into \`reposts\`. Will be removed on 2026-12-01.
    """
    retweets
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`reposts\` instead. Will be removed on 2026-12-01."
      )
    """
    How many times people saved your post (Instagram, Pinterest). A strong signal that the content is worth revisiting.
    """
    saves
    """
    How many times your post was shared or forwarded by others.
    """
    shares
    """
    Total time watched, in minutes, for video-style posts (LinkedIn).
    """
    totalTimeWatched
    """
    Unique viewer count for video-style posts (LinkedIn).
    """
    viewers
    """
    How many times your post was viewed. Used for video-style posts and on networks that report views distinctly from impressions.
    """
    views
  }

  """
  The unit representing the value of a PostMetric.
  """
  enum PostMetricUnit {
    """
    An integer count (e.g. number of reactions, impressions, reach).
    """
    count
    """
    A percentage value between 0 and 100 (e.g. engagement rate).
    """
    percentage
  }

  """
  Key of collection to use for sorting
  """
  enum PostSortableKey {
    """
    Sort by the post's dueAt field.
    Due at is the date when the post is scheduled to be published.
    """
    dueAt
    """
    Sort by the post's createdAt field.
    Created at is the date when the post was created.
    """
    createdAt
  }

  """
  List of possible statuses for a Post
  """
  enum PostStatus {
    draft
    error
    needs_approval
    scheduled
    sending
    sent
  }

  """
  The visibility level of a post template. \`public\` is reserved for
  Buffer-curated templates; setting it is only available to official
  Buffer clients.
  """
  enum PostTemplateVisibility {
    """
    All members of the template's organization can access this template.
    """
    internal
    """
    Only the creator can access this template.
    """
    private
    """
    Anyone across all organizations can access this template. Reserved
    for Buffer-curated templates — \`createPostTemplate\` and
    \`updatePostTemplate\` reject this value; setting it is only available
    to official Buffer clients. It appears in read results.
    """
    public
  }

  """
  List of possible types for a Post. Some services may have different types (e.g., Instagram has story, reel, post but Twitter has only post)
  """
  enum PostType {
    carousel
    event
    ghost_post
    offer
    post
    reel
    short
    story
    thread
    whats_new
  }

  """
  List of specific post types available for Facebook
  """
  enum PostTypeFacebook {
    post
    reel
    story
  }

  """
  List of specific post types available for Google Business profiles
  """
  enum PostTypeGoogleBusiness {
    event
    offer
    whats_new
  }

  """
  List of possible ways to create a Post
  """
  enum PostVia {
    api
    buffer
    network
  }

  """
  Buffer products, buffer is used as all products
  """
  enum Product {
    analyze
    buffer
    comments
    engage
    publish
    startPage
  }

  """
  Target position within a channel's queue that a post can be moved to.
  """
  enum QueuePosition {
    """
    Move the post to the bottom of the queue, taking the last slot.
    """
    bottom
    """
    Move the post to the top of the queue, taking the next available slot.
    """
    top
  }

  enum ScheduleOption {
    Queue
    Prioritize
    FixedTime
    Now
  }

  """
  Indicates whether the post was scheduled for notification publishing or automatic publishing
  """
  enum SchedulingType {
    """
    Buffer's publishing workers send the post, with nobody having to act
    """
    automatic
    """
    Buffer reminds someone to publish the post by hand
    """
    notification
  }

  """
  The list of services that can be authorized.
  """
  enum Service {
    bluesky
    facebook
    googlebusiness
    instagram
    linkedin
    mastodon
    pinterest
    startPage
    threads
    tiktok
    twitter
    youtube
  }

  """
  How the post is being scheduled.
  """
  enum ShareMode {
    addToQueue
    customScheduled
    shareNext
    shareNow
  }

  """
  Direction to sort the results by.
  """
  enum SortDirection {
    """
    Sort records in ascending order.
    """
    asc
    """
    Sort records in descending order.
    """
    desc
  }

  """
  Stable Buffer identifiers for the supported tag color palette.
  Clients map these values to platform- and theme-specific presentation.
  Values ending in \`Light\` are lighter palette variants, not UI theme modes.
  """
  enum TagColorName {
    """
    The standard blue palette color.
    """
    blue
    """
    The lighter blue palette color.
    """
    blueLight
    """
    The standard gray palette color.
    """
    gray
    """
    The lighter gray palette color.
    """
    grayLight
    """
    The standard green palette color.
    """
    green
    """
    The lighter green palette color.
    """
    greenLight
    """
    The standard orange palette color.
    """
    orange
    """
    The lighter orange palette color.
    """
    orangeLight
    """
    The standard pink palette color.
    """
    pink
    """
    The lighter pink palette color.
    """
    pinkLight
    """
    The standard purple palette color.
    """
    purple
    """
    The lighter purple palette color.
    """
    purpleLight
    """
    The standard red palette color.
    """
    red
    """
    The lighter red palette color.
    """
    redLight
    """
    The standard teal palette color.
    """
    teal
    """
    The lighter teal palette color.
    """
    tealLight
    """
    The standard yellow palette color.
    """
    yellow
    """
    The lighter yellow palette color.
    """
    yellowLight
  }

  """
  List of license types
  """
  enum YoutubeLicense {
    creativeCommon
    youtube
  }

  """
  List of privacy types
  """
  enum YoutubePrivacy {
    private
    public
    unlisted
  }

  """
  Asset interface with common fields
  """
  interface Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
  }

  """
  Common properties for all post metadata types
  """
  interface CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Base Mutation Error type
  """
  interface MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Base Mutation Success type
  Used when we have a success response with no data, we return this type with empty string
  """
  interface MutationSuccess {
    """
    The value is alwaus an empty string ''
    Note: GraphQL doesn't allow types with no fields, so we have to add this field
    """
    _empty: String!
  }

  """
  Link data for link preview
  """
  interface ScrapedLink {
    """
    Description for the scraped link
    """
    text: String!
    """
    Thumbnails of media available in the link
    """
    thumbnails: [String!]!
    """
    URL that the link asset has been built from
    """
    url: String!
  }

  """
  Common properties for all posts that support threaded replies.
  See ThreadedPost for more details.
  """
  interface ThreadedPostMetadata {
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
  }

  """
  Metadata or settings about the channel depending on the service type
  """
  union ChannelMetadata =
    | InstagramMetadata
    | TiktokMetadata
    | YoutubeMetadata
    | PinterestMetadata
    | MastodonMetadata
    | BlueskyMetadata
    | GoogleBusinessMetadata
    | FacebookMetadata
    | TwitterMetadata
    | LinkedInMetadata

  """
  createIdea response (including errors)
  """
  union CreateIdeaPayload =
    | Idea
    | IdeaResponse
    | InvalidInputError
    | UnauthorizedError
    | UnexpectedError
    | LimitReachedError

  """
  Result of an end user creating a post template.
  """
  union CreatePostTemplatePayload = CreatePostTemplateSuccess | VoidMutationError

  """
  All possible response types for the deletePost mutation.
  """
  union DeletePostPayload = DeletePostSuccess | VoidMutationError

  """
  Result of an end user deleting a post template.
  """
  union DeletePostTemplatePayload = EmptySuccess | VoidMutationError

  """
  GoogleBusiness Metadata details
  """
  union GoogleBusinessPostDetails =
    | GoogleBusinessWhatsNewMetaData
    | GoogleBusinessOfferMetaData
    | GoogleBusinessEventMetaData

  """
  All possible response types that can be returned by movePostInQueue mutation.
  """
  union MovePostInQueuePayload = PostActionSuccess | VoidMutationError

  """
  Create post's request response payload.
  """
  union PostActionPayload =
    | PostActionSuccess
    | NotFoundError
    | UnauthorizedError
    | UnexpectedError
    | RestProxyError
    | LimitReachedError
    | InvalidInputError

  """
  Post metadata union type. Contains all possible types of post metadata.
  """
  union PostMetadata =
    | InstagramPostMetadata
    | FacebookPostMetadata
    | LinkedInPostMetadata
    | TwitterPostMetadata
    | PinterestPostMetadata
    | GoogleBusinessPostMetadata
    | YoutubePostMetadata
    | MastodonPostMetadata
    | TiktokPostMetadata
    | ThreadsPostMetadata
    | BlueskyPostMetadata

  """
  Result of an end user updating a post template.
  """
  union UpdatePostTemplatePayload = UpdatePostTemplateSuccess | VoidMutationError

  """
  Account is a representation of a Buffer user.
  """
  type Account {
    """
    Unique identifier for the account
    """
    id: ID!
    """
    Primary email address for the account
    """
    email: String!
    """
    Backup email address for account recovery
    """
    backupEmail: String
    """
    URL to the account's avatar image
    """
    avatar: String!
    """
    Date the account was created in the Core DB. For older customers, it's possible a Publish account existed in the Publish DB for this customer before this date
    """
    createdAt: DateTime
    organizations(filter: OrganizationFilterInput): [Organization!]!
    """
    The account-level timezone - this is used as a default input for streaks, posting plans, and new channel channel connections.
    """
    timezone: String
    """
    The account name, different from the organization name
    """
    name: String
    """
    The accounts preferences
    """
    preferences: Preferences
    """
    The connected apps for the account
    """
    connectedApps: [ConnectedApp!]
  }

  """
  Aggregated post metrics across a filtered post set. Each entry in
  \`metrics\` mirrors the shape of a \`Post.metrics\` entry; the total number
  of matched posts is carried as a regular \`PostMetric\` entry with
  \`type: postCount\`.
  """
  type AggregatedPostMetrics {
    """
    Normalized metric aggregates across the matched posts. Always includes
    a baseline trio (\`postCount\`, \`reactions\`, \`comments\`) — posts on
    networks that don't track reactions or comments contribute 0 to those
    totals. Beyond the baseline, additional metric types are included only
    when every channel in the filter set supports them.
    """
    metrics: [PostMetric!]!
    """
    The latest \`metricsUpdatedAt\` across the matched posts, indicating the
    freshness of the aggregate. Metrics are refreshed daily, so values can
    be up to ~24h behind the source network. Null when no posts matched
    the filter.
    """
    metricsUpdatedAt: DateTime
  }

  """
  Annotation representing all the entities in the text
  """
  type Annotation {
    """
    The content of the annotation. Annotations can sometimes be different from the actual text content.
    E.g., Mastodon mentions have 'text: @buffer', but includes the server name in the content, 'content: @buffer@threads.net'
    """
    content: String!
    """
    The indices of the annotation in the text
    """
    indices: [Int!]!
    """
    The text representation of the annotation, eg '@buffer'
    """
    text: String!
    """
    The type of the annotation
    """
    type: AnnotationType!
    """
    The URL the annotation points to
    """
    url: String!
  }

  """
  Represent the author of a post or note.
  """
  type Author {
    """
    The unique identifier of the author.
    """
    id: AccountId!
    """
    The avatar URL of the author.
    """
    avatar: String!
    """
    The email address of the author.
    """
    email: String!
    """
    Indicates whether the author is a deleted.
    """
    isDeleted: Boolean!
    """
    The name of the author. Null if the user has not yet set a name.
    """
    name: String
  }

  """
  Bluesky metadata
  """
  type BlueskyMetadata {
    """
    The instance of bluesky of the channel
    """
    serverUrl: String!
  }

  """
  Bluesky post metadata
  """
  type BlueskyPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Channel entity
  """
  type Channel {
    """
    The ID of the channel
    """
    id: ChannelId!
    """
    The allowed actions for the current user
    """
    allowedActions: [ChannelAction!]!
    """
    The avatar URL of the channel
    """
    avatar: String!
    """
    Formatted name of the channel service and type: e.g. 'Twitter Profile' or 'Facebook Page'
    """
    descriptor: String!
    """
    The display name of the channel - nullable (reason?)
    """
    displayName: String
    """
    The channel's URL on the social network (e.g. instagram.com/username or facebook.com/page)
    Returns null if the channel is not supported
    """
    externalLink: String
    """
    Whether at least one member of the orginization who have access to this channel
    also has a user device registered for push notifications
    """
    hasActiveMemberDevice: Boolean!
    """
    Indicates if the channel is properly connected to Buffer
    """
    isDisconnected: Boolean!
    """
    Indicates if the channel is locked - Locked channels can't be used for posting.
    A channel can be locked when the organization downgrades and reduces the channel quantity of their plan.
    """
    isLocked: Boolean!
    """
    Indicates if the channel was recently created (in less than 10 seconds). This is used to determine the redirect modal after channel authorization
    """
    isNew: Boolean!
    """
    Indicates is the queue is paused for the channel. A paused queue means schedules posts won't be published.
    """
    isQueuePaused: Boolean!
    """
    Link Shortening settings for the channel
    """
    linkShortening: ChannelLinkShortening!
    """
    Metadata or settings depending on the service type - such as the server URL for Mastodon or Location data for Facebook/GPB
    """
    metadata: ChannelMetadata
    """
    The name of the channel - the handle name, username, etc.
    """
    name: String!
    """
    The organization ID of the channel
    """
    organizationId: OrganizationId!
    """
    The posting goal for the channel
    """
    postingGoal: PostingGoal
    """
    Provides the posting slots for each day of the week
    """
    postingSchedule: [ScheduleV2!]!
    """
    Products that support a given channel
    """
    products: [Product!]
    """
    Scopes requested for a given channel - empty array if we don't have them tracked
    """
    scopes: [String]!
    """
    Represents the social network
    """
    service: Service!
    """
    Represents the external ID of the channel on social network API
    """
    serviceId: String!
    """
    Indicates if trending topic suggestions should be shown in the composer.
    When false, users can still access trends via the trending icon button.
    Defaults to true for backward compatibility.
    """
    showTrendingTopicSuggestions: Boolean!
    """
    The timezone of the channel - Default if not set is Europe/London
    """
    timezone: String!
    """
    The type of the channel - Page, Profile, Business, Group, Account, etc.
    """
    type: ChannelType!
    """
    Weekly posting limit for the channel
    """
    weeklyPostingLimit: WeeklyPostingLimit @deprecated(reason: "This field is not used anymore")
    """
    The creation date of the channel
    """
    createdAt: DateTime!
    """
    The last time the channel was updated
    """
    updatedAt: DateTime!
  }

  """
  Settings for link shortening
  """
  type ChannelLinkShortening {
    """
    Configuration of link shortening integration. Null if disabled.
    """
    config: LinkShorteningConfig
    """
    If link shortening is enabled for the channel
    """
    isEnabled: Boolean!
  }

  """
  Connected App
  """
  type ConnectedApp {
    """
    The category of the connected app, when known.
    """
    category: ConnectedAppCategory
    """
    The id of the connectedApp.
    """
    clientId: ID!
    """
    A brief description of the connected app.
    """
    description: String!
    """
    The name of the connected app.
    """
    name: String!
    """
    The access scopes granted to this connection for Buffer's public API
    resources. Empty when the connection holds none.
    """
    scopes: [String!]!
    """
    The id of the user that has granted access to the app.
    """
    userId: ID!
    """
    The website URL of the connected app.
    """
    website: String!
    """
    The date and time when the connected app was created.
    """
    createdAt: DateTime!
  }

  """
  Successful result of an end user creating a post template.
  """
  type CreatePostTemplateSuccess {
    """
    The newly created post template.
    """
    postTemplate: PostTemplate!
  }

  """
  Status of daily posting limits for a channel on a given day.
  """
  type DailyPostingLimitStatus {
    """
    The channel ID this status refers to.
    """
    channelId: ChannelId!
    """
    Whether the channel has reached its daily posting limit.
    """
    isAtLimit: Boolean!
    """
    The network daily posting limit. Null means unlimited.
    """
    limit: Int
    """
    Number of posts scheduled for this day.
    """
    scheduled: Int!
    """
    Number of posts already sent on this day.
    """
    sent: Int!
  }

  """
  deletePost success response returns the post id that was deleted.
  """
  type DeletePostSuccess {
    """
    Post id that was delete.
    """
    id: PostId!
  }

  """
  Document asset
  """
  type DocumentAsset implements Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    Document specific metadata
    """
    document: DocumentMetadata!
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
  }

  """
  Document metadata
  """
  type DocumentMetadata {
    """
    Document fileSize in bytes
    """
    filesize: Int
    """
    Number of pages in the document
    """
    numPages: Int!
    """
    URLs to the static thumbnails of the document pages
    """
    thumbnails: [String!]!
    """
    Document title
    """
    title: String
  }

  """
  Empty mutation success response used when client doesn't need any data back
  or simply needs to respond to a success or error.
  """
  type EmptySuccess implements MutationSuccess {
    """
    The value is always an empty string ''
    Note: GraphQL doesn't allow types with no fields, so we have to add this field
    """
    _empty: String!
  }

  """
  Facebook metadata
  """
  type FacebookMetadata {
    """
    Metadata about the location of the business associated with the channel. Only available for Facebook and GPB
    """
    locationData: LocationData
  }

  """
  Facebook post metadata
  """
  type FacebookPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Facebook post's first comment
    """
    firstComment: String
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    Title of Facebook reel
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Metadata for a GBP post that is an event
  """
  type GoogleBusinessEventMetaData {
    """
    Action button
    """
    button: GoogleBusinessPostActionType!
    """
    End date of the event
    """
    endDate: DateTime!
    """
    End time of the event
    """
    endTime: String @deprecated(reason: "get time from the endDate")
    """
    Indicate whether the event has a start or end time.
    """
    isFullDayEvent: Boolean!
    """
    Link to the action
    """
    link: String
    """
    Start date of the event
    """
    startDate: DateTime!
    """
    Start time of the event
    """
    startTime: String @deprecated(reason: "get time from the startDate")
    """
    Title of the event
    """
    title: String!
  }

  """
  Google Business metadata
  """
  type GoogleBusinessMetadata {
    """
    Metadata about the location of the business associated with the channel. Only available for Facebook and GPB
    """
    locationData: LocationData
  }

  """
  Metadata for a GBP post that is an offer
  """
  type GoogleBusinessOfferMetaData {
    """
    Coupon code for the offer
    """
    code: String
    """
    End date of the offer
    """
    endDate: DateTime!
    """
    Link to the offer
    """
    link: String
    """
    Start date of the offer
    """
    startDate: DateTime!
    """
    Terms and Conditions
    """
    terms: String
    """
    Title of the offer
    """
    title: String!
  }

  """
  Google Business Profile post metadata
  @deprecated: pending proposal for specific GBP post types: update, offer and event metadata types
  """
  type GoogleBusinessPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Details of the metadata
    """
    details: GoogleBusinessPostDetails
    """
    Title if available in the given GBP post type: event and offer
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Metadata for a GBP post of type Whats new
  """
  type GoogleBusinessWhatsNewMetaData {
    """
    Action button
    """
    button: GoogleBusinessPostActionType!
    """
    Link to the action
    """
    link: String
  }

  """
  Ideas are the main entity in the create space
  """
  type Idea {
    """
    Unique identifier for the idea
    """
    id: ID!
    """
    The actual content and metadata of the idea
    """
    content: IdeaContent!
    """
    ID of the group this idea belongs to (if any)
    """
    groupId: ID
    """
    ID of the organization that owns this idea
    """
    organizationId: ID!
    """
    Numerical position for ordering within a group
    """
    position: Float
    """
    Unix timestamp of when the idea was created
    """
    createdAt: Int!
    """
    Unix timestamp of when the idea was last modified
    """
    updatedAt: Int!
  }

  """
  Content of an idea
  """
  type IdeaContent {
    """
    Indicates whether AI tools were used in creating this idea
    """
    aiAssisted: Boolean!
    """
    DateTime set by user associated with the idea - this often reflects a target publish date.
    """
    date: DateTime
    """
    List of media items attached to the idea
    """
    media: [IdeaMedia!]
    """
    Services tagged by the user - this is typically used to annotate ideas with their target services
    """
    services: [Service!]!
    """
    Tags used to categorize and organize the idea
    """
    tags: [PublishingTag!]!
    """
    Main body text or description of the idea
    """
    text: String
    """
    Title or headline of the idea
    """
    title: String
  }

  """
  Media attached to an idea
  """
  type IdeaMedia {
    """
    Unique identifier for the media in Buffer's upload system
    """
    id: ID!
    """
    Alternative text description for accessibility
    """
    alt: String
    """
    File size in bytes
    """
    size: Int
    """
    Source platform information for the media
    """
    source: IdeaMediaSource
    """
    URL to a smaller version of the media for preview purposes
    """
    thumbnailUrl: String
    """
    Type of media (e.g., image, video, gif)
    """
    type: MediaType!
    """
    Direct URL to access the media file
    """
    url: String!
  }

  """
  Media source for the idea, e.g. Unsplash, Gifphy, etc.
  """
  type IdeaMediaSource {
    """
    Unique identifier from the source platform
    """
    id: String
    """
    Name of the content creator/author
    """
    author: String
    """
    URL to the author's profile on the source platform
    """
    authorUrl: String
    """
    Name of the media source platform (e.g., 'Unsplash', 'Giphy')
    """
    name: String!
  }

  """
  Pagination type for Ideas
  """
  type IdeaEdge {
    """
    Opaque cursor for pagination, used to fetch subsequent pages
    """
    cursor: String!
    """
    The idea object
    """
    node: Idea!
  }

  """
  Idea groups are used to organize ideas in the board
  """
  type IdeaGroup {
    """
    Unique identifier for the idea group.
    """
    id: ID!
    """
    Whether the idea group is locked.
    """
    isLocked: Boolean!
    """
    The name of the idea group.
    """
    name: String!
  }

  """
  createIdea response type
  """
  type IdeaResponse {
    """
    The affected idea
    """
    idea: Idea
    """
    If true, the client should refresh the ideas list because other ideas might have been moved
    """
    refreshIdeas: Boolean!
  }

  """
  Relay connection for paginated ideas.
  """
  type IdeasConnection {
    """
    List of idea edges containing the ideas and their cursors
    """
    edges: [IdeaEdge!]!
    """
    Pagination metadata including hasNextPage and endCursor
    """
    pageInfo: PaginationPageInfo!
  }

  """
  Image asset
  """
  type ImageAsset implements Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    Image specific metadata
    """
    image: ImageMetadata!
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
  }

  """
  Image metadata
  """
  type ImageMetadata {
    """
    Alternative text for accessibility
    """
    altText: String!
    """
    Animated thumbnail URL
    """
    animatedThumbnail: String
    """
    Image height in pixels
    """
    height: Int!
    """
    Is the image animated?
    """
    isAnimated: Boolean!
    """
    User tags in the image
    """
    userTags: [UserTag!]
    """
    Image width in pixels
    """
    width: Int!
  }

  """
  Instagram Geolocation
  """
  type InstagramGeolocation {
    """
    The id of this location
    """
    id: String
    """
    The name of this location
    """
    text: String
  }

  """
  Instagram metadata
  """
  type InstagramMetadata {
    """
    Indicates if we should default to reminder for Instagram
    """
    defaultToReminders: Boolean!
  }

  """
  Instagram post metadata
  """
  type InstagramPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Instagram post's first comment
    """
    firstComment: String
    """
    Geolocation of the post
    """
    geolocation: InstagramGeolocation
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean!
    """
    Shop Grid link for the post
    """
    link: String
    """
    Indicates whether post should be shared to feed
    """
    shouldShareToFeed: Boolean!
    """
    Sticker fields for reminder-based publishing
    """
    stickerFields: InstagramStickerFields
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Instagram fields for reminder-based publishing. Upon the reminder for publishing, the user
  is prompted to copy and paste these fields into the Instagram app to complete the post.
  """
  type InstagramStickerFields {
    """
    Placeholder text for the post's music
    """
    music: String
    """
    Additional field for any other post content
    """
    other: String
    """
    Placeholder text for the post's linked products
    """
    products: String
    """
    Text for the Story or Reel
    """
    text: String
    """
    Placeholder text for the post's topics (Reels only)
    """
    topics: String
  }

  """
  Error returned when the input is invalid
  """
  type InvalidInputError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Error returned when the limit is reached
  """
  type LimitReachedError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Link attachment
  """
  type LinkAttachment implements ScrapedLink {
    """
    Full URL that the link asset has been built from
    """
    expandedUrl: String
    """
    Description for the scraped link
    """
    text: String!
    """
    Selected thumbnail for this link preview
    """
    thumbnail: String
    """
    Thumbnails of media available in the link
    """
    thumbnails: [String!]!
    """
    Title for the link attachment
    """
    title: String!
    """
    URL that the link asset has been built from
    """
    url: String!
  }

  """
  LinkedIn metadata
  """
  type LinkedInMetadata {
    """
    Property parsed from scopes indicating whether the client should show the LinkedIn analytics refresh banner
    """
    shouldShowLinkedinAnalyticsRefreshBanner: Boolean!
  }

  """
  LinkedIn post metadata
  """
  type LinkedInPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    LinkedIn post's first comment
    """
    firstComment: String
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Link Shortening Configuration
  """
  type LinkShorteningConfig {
    """
    Domain of the link shortener - eg buff.ly, dub.co,
    or the user's custom domain.
    """
    domain: String!
    """
    Human readable string to describe the link shortening
    service.
    """
    name: String!
  }

  """
  Location data about the channel
  """
  type LocationData {
    """
    Google Account Id of the business
    """
    googleAccountId: String
    """
    Location of the business associated with the channel
    """
    location: String
    """
    Link to the map
    """
    mapsLink: String
  }

  """
  Mastodon metadata
  """
  type MastodonMetadata {
    """
    Maximum character limit allowed for this channel's server instance
    """
    maxCharacters: Int!
    """
    The instance of mastodon of the channel
    """
    serverUrl: String!
  }

  """
  Mastodon post metadata
  """
  type MastodonPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Spoiler text hiding the root text of this post
    """
    spoilerText: String
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Represents the members connection edge. Later, we can add the list of members with the page info to follow our connection edge pattern.
  """
  type MemberConnection {
    """
    The total count of team members counting the org owner and team members from the Publish DB.
    """
    totalCount: Int!
  }

  """
  Note entity
  """
  type Note {
    """
    The unique identifier of the note.
    """
    id: NoteId!
    """
    The allowed actions a user can perform on the note.
    """
    allowedActions: [NoteAction!]!
    """
    The author of the note - null if the user is deleted or left the organization.
    """
    author: Author!
    """
    The content of the note.
    """
    text: String!
    """
    The type of the note.
    """
    type: NoteType!
    """
    The date and time when the note was created.
    """
    createdAt: DateTime!
    """
    The date and time when the note was last edited.
    """
    updatedAt: DateTime
  }

  """
  Error returned when the resource is not found
  """
  type NotFoundError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Organization is a representation of a Buffer Organization.
  """
  type Organization {
    """
    The ID of the organization.
    """
    id: OrganizationId!
    """
    The total number of channels connected to the organization.
    """
    channelCount: Int!
    """
    The limits of the organization. Can be used to check if the organization has reached the limit of channels, members, etc.
    """
    limits: OrganizationLimits!
    """
    The members of the organization. Can be used to check the total number of members in the organization. In the future, it might contain more information about the members.
    """
    members: MemberConnection!
    """
    The name of the organization.
    """
    name: String!
    """
    The owner email of the organization.
    """
    ownerEmail: String!
    """
    Whether the requesting actor should be sent through 2FA setup before they
    can use this organization. Derived: true only when the org has
    \`settings.enforce2FA\` ON, the \`organization-enforced-2fa\` rollout Split is
    ON for the org, and the actor has no 2FA configured on their own account.

    This is the single source of truth for the forced-2FA gate; app-shell and
    publish-frontend redirect to the setup flow when it's true. Exposed to the
    API gateway so any stitched consumer reads the same value.
    """
    shouldEnforce2FASetup: Boolean!
  }

  """
  Resource limits for an organization including channels, members, and content limits
  """
  type OrganizationLimits {
    """
    The maximum number of channels allowed for the organization.
    """
    channels: Int!
    """
    The maximum number of content generations allowed for the organization.
    """
    generateContent: Int!
    """
    The maximum number of idea groups allowed for the organization.
    """
    ideaGroups: Int!
    """
    The maximum number of ideas allowed for the organization.
    """
    ideas: Int!
    """
    The maximum number of members allowed for the organization.
    """
    members: Int!
    """
    The maximum number of post templates allowed for the organization.
    """
    postTemplates: Int!
    """
    The maximum number of saved replies allowed for the organization.
    """
    savedReplies: Int!
    """
    The maximum number of scheduled posts allowed for the organization.
    """
    scheduledPosts: Int!
    """
    The maximum number of scheduled stories allowed per channel.
    """
    scheduledStoriesPerChannel: Int!
    """
    The maximum number of scheduled threads allowed per channel.
    """
    scheduledThreadsPerChannel: Int!
    """
    The maximum number of tags allowed for the organization.
    """
    tags: Int!
  }

  """
  Information to aid in pagination.
  """
  type PaginationPageInfo {
    """
    The last cursor in the list. It can be used to fetch the next page.
    """
    endCursor: String
    """
    When set to true, it means there is a next page available.
    """
    hasNextPage: Boolean!
    """
    When set to true, it means there is a previous page available. Will always return false for now as we only support forward pagination.
    """
    hasPreviousPage: Boolean!
    """
    The first cursor in the list. It can be used to fetch the previous page.
    """
    startCursor: String
  }

  """
  A Pinterest board
  """
  type PinterestBoard {
    """
    The ID of the board
    """
    id: String!
    """
    The board avatar
    """
    avatar: String
    """
    The board description
    """
    description: String
    """
    The board name
    """
    name: String!
    """
    The ID of the service
    """
    serviceId: String!
    """
    The board URL
    """
    url: String!
  }

  """
  Pinterest metadata
  """
  type PinterestMetadata {
    """
    The list of boards the user has on Pinterest
    """
    boards: [PinterestBoard!]!
  }

  """
  Pinterest post metadata
  """
  type PinterestPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    The board the Pin is saved to
    """
    board: PinterestBoard
    """
    The title of the Pin
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
    """
    The Pin destination link
    """
    url: String
  }

  """
  Post entity
  """
  type Post {
    """
    ObjectId of the post
    """
    id: PostId!
    """
    Indicates what actions the current account can perform on the post
    """
    allowedActions: [PostAction!]!
    """
    assets
    """
    assets: [Asset!]!
    """
    Represents the user who created the post
    """
    author: Author
    """
    channel
    """
    channel: Channel!
    """
    channel ID (faster than resolving the channnel.id)
    """
    channelId: ChannelId!
    """
    channel service (faster than resolving the channnel.service)
    """
    channelService: Service!
    """
    Date when the post is scheduled to be published
    """
    dueAt: DateTime
    """
    error
    """
    error: PostPublishingError
    """
    The external URL of the post at the destination service
    """
    externalLink: String
    """
    Is set when the Post is generated from an Idea
    """
    ideaId: IdeaId
    """
    Indicates whether time to publish was manually selected by the user
    """
    isCustomScheduled: Boolean!
    """
    Metadata of the post which differs based on the social network/service
    @see post.metadata.graphql
    """
    metadata: PostMetadata
    """
    Metrics for the sent post. If post is not yet sent, this field will be null
    """
    metrics: [PostMetric!]
    """
    Timestamp of when \`metrics\` were last refreshed from the network. Null
    until the daily ingestion job has processed the post. Buffer pulls
    fresh metrics once per day, so this can lag the network value by ~24h.
    """
    metricsUpdatedAt: DateTime
    """
    notes
    """
    notes: [Note!]!
    """
    notificationStatus: notified or markedAsPublished
    """
    notificationStatus: NotificationStatus
    """
    How the post publishes: \`notification\` for a reminder that asks someone to
    publish it by hand, \`automatic\` for one the publishing workers send.
    """
    schedulingType: SchedulingType
    """
    Date when the post is published
    """
    sentAt: DateTime
    """
    Indicates whether the post was shared via publish now action
    """
    sharedNow: Boolean!
    """
    Indicates the share mode of the post (e.g., addToQueue, shareNext, shareNow, customScheduled)
    """
    shareMode: ShareMode!
    """
    status
    """
    status: PostStatus!
    """
    tags - sorted by name in ascending order
    """
    tags: [Tag!]!
    """
    Text content of the Post
    """
    text: String!
    """
    Indicates if the post is created from Buffer or the API
    """
    via: PostVia!
    """
    Date when the post was created
    """
    createdAt: DateTime!
    """
    Date when the post was updated
    """
    updatedAt: DateTime!
  }

  """
  Success response returns the full up-to-date post from after the action was performed.
  """
  type PostActionSuccess {
    """
    Post on which the action was successfully performed.
    """
    post: Post!
  }

  """
  Represents a posting goal for a channel, including target, progress, and status information.
  """
  type PostingGoal {
    """
    The target number of posts for this goal.
    """
    goal: Int!
    """
    The end date of the period for this posting goal.
    """
    periodEnd: DateTime!
    """
    The start date of the period for this posting goal.
    """
    periodStart: DateTime!
    """
    The number of posts that are scheduled to be sent for this goal.
    """
    scheduledCount: Int!
    """
    The number of posts that have been sent (published or ingested) for this goal.
    """
    sentCount: Int!
    """
    The current status of the posting goal.
    """
    status: PostingGoalStatus!
  }

  """
  A single metric for a post (or an entry in an aggregated metrics response).
  """
  type PostMetric {
    """
    A human-readable description of what the metric represents.
    """
    description: String!
    """
    The human-readable name of the metric (e.g. "Reactions", "Eng. Rate").
    """
    name: String!
    """
    The type of metric. Cross-network metrics use unified naming (\`reactions\`,
    \`comments\`, etc.); network-specific metrics retain their network's
    vocabulary (\`saves\`, \`quotes\`, etc.). See \`PostMetricType\` for the full
    catalog including deprecated values.
    """
    type: PostMetricType!
    """
    The unit (count vs percentage) of \`value\`.
    """
    unit: PostMetricUnit!
    """
    The metric value. Defaults to 0 when the network did not report the metric.
    """
    value: Float!
  }

  """
  Post publishing error
  """
  type PostPublishingError {
    """
    Error message to display
    """
    message: String!
    """
    The original error from the publishing service (internal use only)
    """
    rawError: String
    """
    Link to a help center article to help resolve the error
    """
    supportUrl: String
  }

  """
  Represent a node in the pagination result using the Connect Relay convention.
  """
  type PostsEdge {
    """
    Opaque cursor to be used in pagination to fetch from current node.
    """
    cursor: String!
    """
    Represents the current post in the list.
    """
    node: Post!
  }

  """
  Results for the posts query.
  """
  type PostsResults {
    """
    The list of posts that match the query.
    """
    edges: [PostsEdge!]
    """
    Information to aid in pagination.
    """
    pageInfo: PaginationPageInfo!
  }

  """
  A post template used for content inspiration.
  """
  type PostTemplate {
    """
    The unique identifier for the template.
    """
    id: PostTemplateId!
    """
    The main content body of the template, may contain {{placeholders}}.
    """
    body: String!
    """
    A short user-facing description of the template.
    """
    description: String!
    """
    The emoji associated with the template.
    """
    emoji: String!
    """
    The organization that owns this template.
    """
    organizationId: OrganizationId!
    """
    The title of the template.
    """
    title: String!
    """
    The visibility level of the template. \`public\` is returned for
    Buffer-managed templates.
    """
    visibility: PostTemplateVisibility!
    """
    The date and time the template was created.
    """
    createdAt: DateTime!
    """
    The date and time the template was last updated.
    """
    updatedAt: DateTime!
  }

  """
  An edge in a post template connection.
  """
  type PostTemplateEdge {
    """
    A cursor for pagination.
    """
    cursor: String!
    """
    The post template node at the end of the edge.
    """
    node: PostTemplate!
  }

  """
  A paginated connection of post templates.
  """
  type PostTemplatesConnection {
    """
    The list of post template edges.
    """
    edges: [PostTemplateEdge!]!
    """
    Pagination information for the connection.
    """
    pageInfo: PaginationPageInfo!
    """
    The total number of templates matching the filters.
    """
    totalCount: Int!
  }

  """
  Account preferences
  """
  type Preferences {
    timeFormat: String
    startOfWeek: String
    defaultScheduleOption: ScheduleOption!
  }

  """
  Tag snapshot associated with content
  """
  type PublishingTag {
    id: ID!
    """
    Hex color for tag e.g #F523F1
    """
    color: String!
    """
    Stable Buffer palette identifier derived from \`color\`.
    Clients should map this value to platform- and theme-specific presentation,
    falling back to \`color\` when this field is null or unsupported.
    Returns null for custom or unrecognized colors.
    """
    colorName: TagColorName
    name: String!
  }

  """
  Error proxied from the REST API response
  """
  type RestProxyError implements MutationError {
    """
    Error code from the REST API response - https://buffer.com/developers/api/errors
    """
    code: Int
    """
    Link to our Help center from the REST API response
    """
    link: String
    """
    An error message from the REST API response that we proxied here
    """
    message: String!
  }

  """
  Information about the initial Tweet that was retweeted
  """
  type RetweetMetadata implements ScrapedLink {
    """
    Retweet ID
    """
    id: String!
    """
    Text of the original tweet
    """
    text: String!
    """
    Thumbnails to media available in the link
    """
    thumbnails: [String!]!
    """
    Link to original tweet
    """
    url: String!
    """
    User who created the original tweet
    """
    user: RetweetUserMetadata!
    """
    Date when the original tweet was created
    """
    createdAt: DateTime!
  }

  """
  Information about the initial author of the Tweet that was retweeted
  """
  type RetweetUserMetadata {
    """
    Avatar of the user who created the original Tweet
    """
    avatar: String!
    """
    Name of the user who created the original Tweet
    """
    name: String!
    """
    Username of the user who created the original Tweet
    """
    username: String!
  }

  """
  Posting schedule for a specific day of the week
  """
  type ScheduleV2 {
    """
    The day of the week: mon, tue, wed, thu, fri, sat, sun
    """
    day: DayOfWeek!
    """
    Indicates if this day is paused in the posting schedule.
    """
    paused: Boolean!
    """
    The times the channel is scheduled to post on the day: HH:MM
    """
    times: [String!]!
  }

  """
  Tag entity
  """
  type Tag {
    """
    ObjectId of the tag
    """
    id: TagId!
    """
    Hex color for tag e.g '#F523F1'
    """
    color: String!
    """
    Stable Buffer palette identifier derived from \`color\`.
    Clients should map this value to platform- and theme-specific presentation,
    falling back to \`color\` when this field is null or unsupported.
    Returns null for custom or unrecognized colors.
    """
    colorName: TagColorName
    """
    Locked tag cannot be assigned to new items in the UI.
    A Tag is locked after a customer downgrades and has more tags than the free plan limit allows
    """
    isLocked: Boolean!
    """
    Name of the tag e.g 'Summer sales'
    """
    name: String!
  }

  """
  A post authored by the user which is posted to a thread.
  This is commonly used for long-format twitter and meta threads posts to
  allow authored content to span multiple threads.
  Threads are represented as a list of replies, each replying to the previous one.
  """
  type ThreadedPost {
    """
    Media assets of the threaded post
    """
    assets: [Asset!]!
    """
    Link attachment for the threaded post
    """
    linkAttachment: LinkAttachment
    """
    The text body content of the threaded post
    """
    text: String!
  }

  """
  Threads post metadata
  """
  type ThreadsPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    LocationId associated with the post
    """
    locationId: String
    """
    Location name associated with the post
    """
    locationName: String
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    Topic associated with the post
    """
    topic: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Tiktok metadata
  """
  type TiktokMetadata {
    """
    Indicates if we should default to reminder for Tiktok
    """
    defaultToReminders: Boolean!
  }

  """
  Tiktok post metadata
  """
  type TiktokPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Whether the post discloses AI-generated content (TikTok video only)
    """
    isAiGenerated: Boolean!
    """
    The title of the TikTok post (for photo posts)
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Twitter metadata
  """
  type TwitterMetadata {
    """
    Indicates the type of subscription the user has on Twitter
    """
    subscriptionType: String
  }

  """
  Twitter post metadata
  """
  type TwitterPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean!
    """
    The details of the tweet being retweeted
    """
    retweet: RetweetMetadata
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Error returned when the user is not authorized to perform the action
  """
  type UnauthorizedError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Error returned when unexpected error occurs
  """
  type UnexpectedError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Successful result of an end user updating a post template.
  """
  type UpdatePostTemplateSuccess {
    """
    The updated post template.
    """
    postTemplate: PostTemplate!
  }

  """
  User tag in the image
  """
  type UserTag {
    """
    The handle (username) of the tagged account, without the leading @.
    """
    handle: String!
    """
    Horizontal position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image width from the left edge (0.5 is the horizontal center).
    """
    x: Float!
    """
    Vertical position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image height from the top edge (0.5 is the vertical center).
    """
    y: Float!
  }

  """
  Video asset
  """
  type VideoAsset implements Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
    """
    Video specific metadata
    """
    video: VideoMetadata!
  }

  """
  Video metadata
  """
  type VideoMetadata {
    """
    Audio codec
    """
    audioCodec: String
    """
    Video container format
    """
    containerFormat: String
    """
    Video duration in seconds
    """
    durationMs: Int!
    """
    Video fileSize in bytes
    """
    fileSize: Int
    """
    Video framerate
    """
    frameRate: Int
    """
    Video height in pixels
    """
    height: Int!
    """
    Whether the video needs to be transcoded before it can be broadcasted
    """
    isTranscodingRequired: Boolean!
    """
    Whether the video is currently being processed (transcoding in progress)
    """
    isVideoProcessing: Boolean!
    """
    Rotation degree
    """
    rotationDegree: Int
    """
    Offset of the thumbnail chosen for the video, in ms
    """
    thumbnailOffset: Int
    """
    Video title
    """
    title: String
    """
    Video bitrate in kbps
    """
    videoBitRate: Int
    """
    Video codec
    """
    videoCodec: String
    """
    Video width in pixels
    """
    width: Int!
  }

  """
  Error implementation that allows clients to resolve the MutationError on mutations that do not currently have typed errors.
  This allows clients to automatically handle errors that may be added to a mutation in future.

  Do not directly throw this error, use a custom typed error instead
  """
  type VoidMutationError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Weekly posting limit for a channel
  """
  type WeeklyPostingLimit {
    """
    The weekly posting limit for the channel
    """
    limit: Int!
    """
    The number of posts the channel has scheduled for this week
    """
    scheduled: Int!
    """
    The number of posts the channel has sent this week
    """
    sent: Int!
  }

  type YoutubeCategory {
    categoryId: String!
    title: String!
  }

  """
  Youtube metadata
  """
  type YoutubeMetadata {
    """
    Indicates if we should default to reminder for Youtube
    """
    defaultToReminders: Boolean!
  }

  """
  Youtube post metadata
  """
  type YoutubePostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Post category
    """
    category: YoutubeCategory
    """
    Indicates whether the video allows embedding
    """
    embeddable: Boolean!
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean!
    """
    Video license
    """
    license: YoutubeLicense
    """
    Indicates whether the video is suitable for kids
    """
    madeForKids: Boolean!
    """
    Indicates whether to notify subscribers on publish video
    """
    notifySubscribers: Boolean!
    """
    Privacy setting for post
    """
    privacy: YoutubePrivacy
    """
    Title of the Youtube post
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Youtube
    """
    type: PostType!
  }

  """
  Input for the \`aggregatedPostMetrics\` query.
  """
  input AggregatedPostMetricsInput {
    """
    Optional list of channel IDs to filter by. When omitted (null), the
    aggregate spans every channel in the organization the actor has
    insights access to. When set to an empty array, no channels match and
    the result is empty.
    """
    channelIds: [ChannelId!]
    """
    End of the aggregation window. Consumers typically pass UTC midnight of
    the last calendar day in the window (the backend treats the range as
    inclusive of that day), for example \`2026-01-31T00:00:00Z\`. Date range
    is capped to 365 days.
    """
    endDateTime: DateTime!
    """
    The organization ID
    """
    organizationId: OrganizationId!
    """
    Start of the aggregation window. Consumers typically pass UTC midnight
    of the first calendar day in the window, for example
    \`2026-01-01T00:00:00Z\`.
    """
    startDateTime: DateTime!
    """
    Filter to posts with specific tags.
    When omitted, all posts are included regardless of tags.
    """
    tags: TagComparator
  }

  """
  Annotation representing all the entities in the text
  """
  input AnnotationInputFacebook {
    """
    The content of the annotation, e.g. '107509875938399'
    """
    content: String!
    """
    The indices of the annotation in the text, e.g. [6, 9] (from 6 to 9 characters in the text)
    """
    indices: [Int!]!
    """
    The text representation of the annotation, eg 'Buffer'
    """
    text: String!
    """
    The URL the annotation points to, e.g. https://www.facebook.com/107509875938399
    """
    url: String!
  }

  """
  Annotation representing all the entities in the text
  """
  input AnnotationInputLinkedIn {
    """
    The id of the annotation, e.g. 1521226
    """
    id: String!
    """
    The entity of the annotation, e.g. urn:li:organization:1521226
    """
    entity: String!
    """
    The length of the annotation, e.g. 6
    """
    length: Int!
    """
    The link of the annotation, e.g. https://www.linkedin.com/company/bufferapp
    """
    link: String!
    """
    The localized name of the annotation, e.g. Buffer
    """
    localizedName: String!
    """
    The start of the annotation, e.g. 5
    """
    start: Int!
    """
    The vanity name of the annotation, e.g. bufferapp
    """
    vanityName: String!
  }

  """
  A single entity's asset. Exactly one variant must be provided.
  """
  input AssetInput {
    """
    Document asset
    """
    document: DocumentAssetInput
    """
    Image asset
    """
    image: ImageAssetInput
    """
    Link asset
    """
    link: LinkAssetInput
    """
    Video asset
    """
    video: VideoAssetInput
  }

  """
  Bluesky post metadata
  """
  input BlueskyPostMetadataInput {
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
  }

  """
  Input for the channel query
  """
  input ChannelInput {
    """
    The ID of the channel to be retrieved
    """
    id: ChannelId!
  }

  """
  Filter to pass when fetching channels.
  """
  input ChannelsFiltersInput {
    """
    If not defined, it returns all channels
    Else,
      if true, it only returns locked channels
      if false, it only returns not locked channels
    """
    isLocked: Boolean
    """
    If not passed, it return all channels
    Else, it filters the channels based on what the product supports.
    """
    product: Product
  }

  """
  Input to pass when fetching channels.
  """
  input ChannelsInput {
    """
    A list of option filters - passing null means we don't want to filter
    """
    filter: ChannelsFiltersInput
    """
    The Organization id to fetch channels for
    """
    organizationId: OrganizationId!
  }

  """
  createIdea input type
  """
  input CreateIdeaInput {
    """
    Content and metadata for the new idea
    """
    content: IdeaContentInput!
    """
    Call-to-action identifier for analytics tracking
    """
    cta: String
    """
    Group placement (null for unassigned group)
    """
    group: IdeaGroupInput
    """
    Organization ID that will own the idea
    """
    organizationId: ID!
    """
    Template ID used to create the idea
    """
    templateId: String
  }

  """
  Create post's request input.

  Note: \`metadata.{service}.linkAttachment\` is mutually exclusive with a non-empty \`assets\`
  array. Input providing both is rejected.
  """
  input CreatePostInput {
    """
    If this post was created with the help of AI
    """
    aiAssisted: Boolean
    """
    Ordered list of assets on this post.
    """
    assets: [AssetInput!]! = []
    """
    Channel's Id for which we want to create the post
    """
    channelId: ChannelId!
    """
    Is set when the Post is generated from a Draft
    """
    draftId: DraftId
    """
    Date when the post is scheduled to be published
    """
    dueAt: DateTime
    """
    Is set when the Post is generated from an Idea
    """
    ideaId: IdeaId
    """
    Metadata of the post which differs based on the social network/service
    """
    metadata: PostInputMetaData
    """
    How the post is being scheduled.
    """
    mode: ShareMode!
    """
    Submit the post for approval instead of scheduling it. A post submitted for
    approval is always a draft, so this conflicts with turning \`saveToDraft\` off.

    Only valid when your posting policy on the target channel requires approval.
    """
    needsApproval: Boolean! = false
    """
    If true, saves the post as a draft instead of scheduling it.
    When saving as draft:
    - Post status will be 'draft' instead of 'buffer'
    - Posting limits are not checked
    - The post will not be published until explicitly scheduled
    """
    saveToDraft: Boolean
    """
    Scheduling type to indicate notification publishing or automatic publishing
    """
    schedulingType: SchedulingType!
    """
    source where the composer was initiated from, used for tracking.
    """
    source: String
    """
    List of tag IDs
    """
    tagIds: [TagId!]
    """
    Text content of the Post.

    Note: for threaded posts, this needs to match the first item in the \`thread\` array.
    """
    text: String
  }

  """
  Input for an end user creating a post template. Buffer-curated
  taxonomy fields are server-defaulted; setting them is only available
  to official Buffer clients.
  """
  input CreatePostTemplateInput {
    """
    The main content body of the template, may contain {{placeholders}}.
    """
    body: String!
    """
    A short user-facing description of the template. Nullable for
    backwards-compat at the GraphQL boundary — the resolver rejects
    null/empty values with a clear input error so the underlying
    storage contract (non-empty string) is still honored.
    """
    description: String
    """
    The emoji associated with the template.
    """
    emoji: String
    """
    Organization the template belongs to. The caller must be a member of
    this organization. For \`internal\` visibility this is the team scope;
    for \`private\` it's recorded on the template but does not affect
    visibility.
    """
    organizationId: OrganizationId!
    """
    The title of the template.
    """
    title: String!
    """
    Defaults to \`private\` if omitted. \`public\` is rejected — it is only
    available to official Buffer clients.
    """
    visibility: PostTemplateVisibility
  }

  """
  Input for the dailyPostingLimits query.
  """
  input DailyPostingLimitsInput {
    """
    List of channel IDs to check limits for. All channels must belong to the same organization.
    """
    channelIds: [ChannelId!]!
    """
    The date to check limits for. Defaults to today if not provided.
    """
    date: DateTime
  }

  """
  Comparator for filtering by date
  """
  input DateTimeComparator {
    """
    Include results with dates equal to or before
    the specified date
    """
    end: DateTime
    """
    Include results with dates equal to or after
    the specified date
    """
    start: DateTime
  }

  """
  deletePost mutation deletes a post by id.
  """
  input DeletePostInput {
    """
    Post id to delete.
    """
    id: PostId!
  }

  """
  Input for an end user deleting a post template.
  """
  input DeletePostTemplateInput {
    """
    The ID of the template to delete.
    """
    id: PostTemplateId!
  }

  """
  Document asset
  """
  input DocumentAssetInput {
    """
    Document thumbnail URL
    """
    thumbnailUrl: String!
    """
    Document title
    """
    title: String!
    """
    Document URL
    """
    url: String!
  }

  """
  Edit post's request input.

  Note: \`metadata.{service}.linkAttachment\` is mutually exclusive with a non-empty \`assets\`
  array. Input providing both is rejected.
  """
  input EditPostInput {
    """
    ID of the post to edit
    """
    id: PostId!
    """
    If this post was edited with the help of AI
    """
    aiAssisted: Boolean
    """
    Change the post's approval state alongside this edit. Leave unset to keep the
    post's current approval state.

    Only valid when your posting policy on the post's channel requires approval,
    and only on your own drafts. Asking for the state the post is already in does
    nothing.
    """
    approvalChange: PostApprovalChange
    """
    Ordered list of assets on this post. Omit to preserve the existing list,
    pass an empty array to clear it
    """
    assets: [AssetInput!]
    """
    Is set when the Post is generated from a Draft
    """
    draftId: DraftId
    """
    Date when the post is scheduled to be published
    """
    dueAt: DateTime
    """
    Is set when the Post is generated from an Idea
    """
    ideaId: IdeaId
    """
    Metadata of the post which differs based on the social network/service
    """
    metadata: PostInputMetaData
    """
    How the post is being scheduled. Omit the field or pass null to make no
    scheduling change — null does not clear or reset the schedule: a scheduled post
    keeps its current share mode, queue slot, and any custom time, and the edit
    applies only the other provided fields. Pass a non-null ShareMode to apply that
    mode.
    """
    mode: ShareMode
    """
    If true, saves the post as a draft instead of keeping it scheduled.
    When saving as draft:
    - Post status will be 'draft' instead of 'buffer'
    - The post will not be published until explicitly scheduled
    """
    saveToDraft: Boolean
    """
    Scheduling type to indicate notification publishing or automatic publishing.

    Omit it, or send null, to leave the post publishing the way it already does.
    """
    schedulingType: SchedulingType
    """
    source where the composer was initiated from, used for tracking.
    """
    source: String
    """
    tags
    """
    tagIds: [TagId!]
    """
    Text content of the Post. Omit the field to keep the current text; pass an
    empty string or null to clear it.

    Note: for threaded posts, this needs to match the first item in the \`thread\` array.
    """
    text: String
  }

  """
  Facebook post metadata
  """
  input FacebookPostMetadataInput {
    """
    Annotations representing entities in the text
    """
    annotations: [AnnotationInputFacebook!]
    """
    Facebook post's first comment
    """
    firstComment: String
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
    """
    The channel-specific type of the post, eg, post, story, reel for Facebook
    """
    type: PostTypeFacebook!
  }

  """
  Metadata for a GBP post that is an event
  """
  input GoogleBusinessEventMetaDataInput {
    """
    Action button. Optional: a post with no button, or \`none\`, publishes without a call-to-action. On edit, omitting it preserves the existing value.
    """
    button: GoogleBusinessPostActionType
    """
    End date of the event. Required on create; optional on edit (omitted preserves existing value).
    """
    endDate: DateTime
    """
    Indicate whether the event has a start or end time.
    """
    isFullDayEvent: Boolean!
    """
    Link to the action
    """
    link: String
    """
    Start date of the event. Required on create; optional on edit (omitted preserves existing value).
    """
    startDate: DateTime
    """
    Title of the event. Required on create; optional on edit (omitted preserves existing value).
    """
    title: String
  }

  """
  Metadata for a GBP post that is an offer
  """
  input GoogleBusinessOfferMetaDataInput {
    """
    Coupon code for the offer
    """
    code: String
    """
    End date of the offer. Required on create; optional on edit (omitted preserves existing value).
    """
    endDate: DateTime
    """
    Link to the offer
    """
    link: String
    """
    Start date of the offer. Required on create; optional on edit (omitted preserves existing value).
    """
    startDate: DateTime
    """
    Terms and Conditions
    """
    terms: String
    """
    Title of the offer. Required on create; optional on edit (omitted preserves existing value).
    """
    title: String
  }

  """
  Google Business Profile post metadata
  @deprecated: pending proposal for specific GBP post types: update, offer and event metadata types
  """
  input GoogleBusinessPostMetadataInput {
    """
    Details of the Event metadata
    """
    detailsEvent: GoogleBusinessEventMetaDataInput
    """
    Details of the Offer metadata
    """
    detailsOffer: GoogleBusinessOfferMetaDataInput
    """
    Details of the Whats new metadata
    """
    detailsWhatsNew: GoogleBusinessWhatsNewMetaDataInput
    """
    Title if available in the given GBP post type: event and offer
    """
    title: String
    """
    The channel-specific type of the post, eg, post, offer, event for Google Business Profile
    """
    type: PostTypeGoogleBusiness!
  }

  """
  Metadata for a GBP post of type Whats new
  """
  input GoogleBusinessWhatsNewMetaDataInput {
    """
    Action button. Optional: a post with no button, or \`none\`, publishes without a call-to-action. On edit, omitting it preserves the existing value.
    """
    button: GoogleBusinessPostActionType
    """
    Link to the action
    """
    link: String
  }

  """
  content input for creating/updating an idea
  """
  input IdeaContentInput {
    """
    Whether AI tools were used in creation
    """
    aiAssisted: Boolean
    """
    Target date for the idea, often used for planning publish schedules
    """
    date: DateTime
    """
    List of media items to attach
    """
    media: [IdeaMediaInput!]
    """
    Services associated with the idea for targeting specific platforms
    """
    services: [Service!]
    """
    Tags to categorize the idea
    """
    tags: [TagInput!]
    """
    Main body text or description
    """
    text: String
    """
    Title or headline of the idea
    """
    title: String
  }

  """
  idea group input for create/update
  """
  input IdeaGroupInput {
    """
    Target group ID (null for unassigned group)
    """
    groupId: ID
    """
    ID of idea to place after (null for top position)
    """
    placeAfterId: ID
  }

  """
  Input type for retrieving idea groups by organization ID.
  """
  input IdeaGroupsInput {
    """
    Unique identifier for the organization.
    """
    organizationId: ID!
  }

  input IdeaMediaInput {
    """
    The URL of the media
    """
    url: String!
    """
    Alternative text for the media
    """
    alt: String
    """
    Thumbnail URL for the media
    """
    thumbnailUrl: String
    """
    The type of media (image, gif, video, link, document, unsupported). Note: 'video' is not supported via public API
    """
    type: MediaType!
    """
    The size of the media in bytes
    """
    size: Int
    """
    Source information for the media
    """
    source: IdeaMediaSourceInput
  }

  """
  Input type for the source information of media attached to an idea
  """
  input IdeaMediaSourceInput {
    name: String!
    id: String
    trigger: String
    """
    for unsplash only
    """
    author: String
    authorUrl: String
  }

  """
  Selects which ideas to return by group membership. Exactly one field must be
  provided (enforced by @oneOf). To return ideas from all groups, omit
  \`groupFilter\` on IdeasInput rather than setting a field here.
  """
  input IdeasGroupFilter @oneOf {
    """
    Return only ideas that belong to these specific groups (union/OR).
    """
    groups: [ID!]
    """
    Return ideas by a group-membership bucket rather than by specific group IDs.
    """
    membership: IdeaGroupMembership
  }

  """
  Filtering criteria for the ideas list.
  """
  input IdeasInput {
    """
    Filter ideas by group membership. Omit this field entirely to return ideas
    across all groups.
    """
    groupFilter: IdeasGroupFilter
    """
    The organization to fetch ideas from.
    """
    organizationId: OrganizationId!
    """
    Filter ideas by tags using TagComparator.
    """
    tagsFilter: TagComparator
  }

  """
  Image asset
  """
  input ImageAssetInput {
    """
    Image specific metadata
    """
    metadata: ImageMetadataInput
    """
    URL to the static thumbnail of the asset
    """
    thumbnailUrl: String
    """
    URL to the file source
    """
    url: String!
  }

  """
  Image dimensions
  """
  input ImageDimensionsInput {
    """
    Image height in pixels
    """
    height: Int!
    """
    Image width in pixels
    """
    width: Int!
  }

  """
  Image metadata
  """
  input ImageMetadataInput {
    """
    Alternative text for accessibility
    """
    altText: String!
    """
    Animated thumbnail URL
    """
    animatedThumbnail: String
    """
    Ignored — the API resolves image dimensions itself.
    """
    dimensions: ImageDimensionsInput
    """
    Accounts to tag at specific points on the image. Each tag's x/y position uses normalized 0.0-1.0 coordinates - see UserTagInput.
    """
    userTags: [UserTagInput!]
  }

  """
  Instagram Geolocation
  """
  input InstagramGeolocationInput {
    """
    The id of this location
    """
    id: String
    """
    The name of this location
    """
    text: String
  }

  """
  Instagram post metadata
  """
  input InstagramPostMetadataInput {
    """
    Instagram post's first comment
    """
    firstComment: String
    """
    Geolocation of the post
    """
    geolocation: InstagramGeolocationInput
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean
    """
    Shop Grid link for the post
    """
    link: String
    """
    Indicates whether post should be shared to feed
    """
    shouldShareToFeed: Boolean!
    """
    Sticker fields for reminder-based publishing
    """
    stickerFields: InstagramStickerFieldsInput
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Instagram fields for reminder-based publishing. Upon the reminder for publishing, the user
  is prompted to copy and paste these fields into the Instagram app to complete the post.
  """
  input InstagramStickerFieldsInput {
    """
    Placeholder text for the post's music
    """
    music: String
    """
    Additional field for any other post content
    """
    other: String
    """
    Placeholder text for the post's linked products
    """
    products: String
    """
    Text for the Story or Reel
    """
    text: String
    """
    Placeholder text for the post's topics (Reels only)
    """
    topics: String
  }

  """
  Link attached to the post
  """
  input LinkAssetInput {
    """
    Description of the link
    """
    description: String
    """
    Thumbnail URL of the link
    """
    thumbnailUrl: String
    """
    Title of the link
    """
    title: String
    """
    URL to the link
    """
    url: String!
  }

  """
  Link attachment
  """
  input LinkAttachmentInput {
    """
    Description shown on the link card
    """
    description: String
    """
    Thumbnail shown on the link card
    """
    thumbnail: LinkAttachmentThumbnailInput
    """
    Title shown on the link card
    """
    title: String
    """
    URL that the link asset has been built from
    """
    url: String!
  }

  """
  Thumbnail of a link attachment
  """
  input LinkAttachmentThumbnailInput {
    """
    URL of the thumbnail image
    """
    url: String!
  }

  """
  LinkedIn post metadata
  """
  input LinkedInPostMetadataInput {
    """
    Annotations representing entities in the text
    """
    annotations: [AnnotationInputLinkedIn!]
    """
    LinkedIn post's first comment
    """
    firstComment: String
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
  }

  """
  Mastodon post metadata
  """
  input MastodonPostMetadataInput {
    """
    Spoiler text hiding the root text of this post
    """
    spoilerText: String
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
  }

  """
  movePostInQueue mutation moves a queued post to the top or bottom of its channel's queue.
  """
  input MovePostInQueueInput {
    """
    ID of the post to move.
    """
    id: PostId!
    """
    Target position within the channel's queue.
    """
    position: QueuePosition!
  }

  """
  Allow retrieving a specific Organization
  """
  input OrganizationFilterInput {
    organizationId: String!
  }

  """
  Pinterest post metadata
  """
  input PinterestPostMetadataInput {
    """
    The board ID of the Pin, can be obtained when fetching the channel details with the following query:
    \`\`\`
    query GetChannelWithSubprofiles {
      channel(input: { id: "[CHANNEL_ID_HERE]" }) {
        metadata {
          ... on PinterestMetadata {
            boards {
              serviceId
            }
          }
        }
      }
    }
    \`\`\`
    Required on create; optional on edit (omitted preserves existing board).
    """
    boardServiceId: String
    """
    The title of the Pin
    """
    title: String
    """
    The Pin destination link
    """
    url: String
  }

  """
  Input for the post query
  """
  input PostInput {
    """
    The ID of the post to be retrieved
    """
    id: PostId!
  }

  """
  Metadata of the post which differs based on the social network/service
  """
  input PostInputMetaData {
    """
    Metadata for Bluesky post
    """
    bluesky: BlueskyPostMetadataInput
    """
    Metadata for Facebook post
    """
    facebook: FacebookPostMetadataInput
    """
    Metadata for Google Business Profile post
    """
    google: GoogleBusinessPostMetadataInput
    """
    Metadata for Instagram post
    """
    instagram: InstagramPostMetadataInput
    """
    Metadata for LinkedIn post
    """
    linkedin: LinkedInPostMetadataInput
    """
    Metadata for Mastodon post
    """
    mastodon: MastodonPostMetadataInput
    """
    Metadata for Pinterest post
    """
    pinterest: PinterestPostMetadataInput
    """
    Metadata for Threads post
    """
    threads: ThreadsPostMetadataInput
    """
    Metadata for TikTok post
    """
    tiktok: TikTokPostMetadataInput
    """
    Metadata for Twitter post
    """
    twitter: TwitterPostMetadataInput
    """
    Metadata for Youtube post
    """
    youtube: YoutubePostMetadataInput
  }

  """
  Filter to apply to the posts query
  """
  input PostsFiltersInput {
    """
    When set, it will filter posts by channel
    """
    channelIds: [ChannelId!]
    """
    When set, it will filter posts by their scheduled posting date
    """
    dueAt: DateTimeComparator
    """
    When set, it will filter posts by whether their scheduled posting date exists.
    \`absent\` cannot be combined with \`dueAt\`, because absent dates cannot also match a date range.
    """
    dueAtPresence: DateTimePresence
    """
    When set, it will return posts with createdAt or dueAt date before endDate
    """
    endDate: DateTime
    """
    When set, it will return posts with createdAt or dueAt date after startDate
    """
    startDate: DateTime
    """
    When set, it will filter posts by status
    """
    status: [PostStatus!]
    """
    When set, it will filter posts by tag
    """
    tagIds: [TagId!]
    """
    Filter posts by tags. Supports specific tags, untagged posts, or union of both.
    """
    tags: TagComparator
    """
    When set, it will filter posts by the date they were created
    """
    createdAt: DateTimeComparator
  }

  """
  Input for the posts query
  """
  input PostsInput {
    """
    The filters to apply to the posts query
    """
    filter: PostsFiltersInput
    """
    The Organization id to fetch posts for
    """
    organizationId: OrganizationId!
    """
    The sort to apply to the posts results
    """
    sort: [PostSortInput!]
  }

  """
  Sort order of post results. List multiple to create tie-breaking order.
  """
  input PostSortInput {
    """
    The direction to sort by.
    """
    direction: SortDirection!
    """
    The field to sort by.
    """
    field: PostSortableKey!
  }

  """
  Input for fetching a single post template by ID.
  """
  input PostTemplateInput {
    """
    The unique identifier of the template to fetch.
    """
    id: PostTemplateId!
  }

  """
  Filters for the template library. Visibility narrows the actor-scoped
  result set; it can never widen it.
  """
  input PostTemplatesFilterInput {
    """
    Narrow the result to a single visibility scope. Omit to receive the
    union of: public templates, internal templates from the supplied
    organization, and private templates from the actor's account.
    """
    visibility: PostTemplateVisibility
  }

  """
  Input for fetching templates accessible to the current actor for the
  template library. A caller can never reach templates outside their own
  scope — the server pins \`private\` to the actor's account and \`internal\`
  to the supplied \`organizationId\` regardless of input.
  """
  input PostTemplatesInput {
    """
    Optional filters to narrow the template list.
    """
    filter: PostTemplatesFilterInput
    """
    Organization to scope \`internal\`-visibility templates to. The caller
    must be a member of this organization.
    """
    organizationId: OrganizationId!
  }

  """
  Information about the initial Tweet that was retweeted
  """
  input RetweetMetadataInput {
    """
    Retweet ID
    """
    id: String!
    """
    Optional user comment shown above the embedded retweet
    """
    comment: String
  }

  """
  Comparator for filtering by tags
  """
  input TagComparator {
    """
    Include results that have any of the specified tags (union/OR).
    """
    in: [TagId!]!
    """
    When true, include results that have no tags assigned.
    Can be combined with 'in' for union filtering.
    Defaults to false if not specified.
    """
    isEmpty: Boolean! = false
  }

  """
  Input type for tag information used in idea creation
  """
  input TagInput {
    id: ID!
    name: String!
    color: String!
  }

  """
  A post authored by the user which is posted to a thread.
  This is commonly used for long-format twitter and meta threads posts to
  allow authored content to span multiple threads.
  Threads are represented as a list of replies, each replying to the previous one.
  The first item in the list is the root post of the thread and should match the
  top-level \`text\` on the post input; the remaining items are replies.
  """
  input ThreadedPostInput {
    """
    Ordered list of assets on this threaded post
    """
    assets: [AssetInput!]! = []
    """
    The text body content of the threaded post
    """
    text: String
  }

  """
  Threads post metadata
  """
  input ThreadsPostMetadataInput {
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
    """
    LocationId associated with the post
    """
    locationId: String
    """
    Location name associated with the post
    """
    locationName: String
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
    """
    Topic associated with the post
    """
    topic: String
    """
    The type of the post
    """
    type: PostType
  }

  """
  TikTok post metadata
  """
  input TikTokPostMetadataInput {
    """
    Whether the post discloses AI-generated content (TikTok video only)
    """
    isAiGenerated: Boolean
    """
    The title of the TikTok post (for photo posts)
    """
    title: String
  }

  """
  Twitter post metadata
  """
  input TwitterPostMetadataInput {
    """
    Whether the post discloses AI-generated content (original tweets only, never retweets)
    """
    isAiGenerated: Boolean
    """
    The details of the tweet being retweeted
    """
    retweet: RetweetMetadataInput
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
  }

  """
  Input for an end user updating a post template. Buffer-curated
  taxonomy fields are ignored; setting them is only available to
  official Buffer clients.
  """
  input UpdatePostTemplateInput {
    """
    The ID of the template to update.
    """
    id: PostTemplateId!
    """
    The main content body of the template, may contain {{placeholders}}.
    """
    body: String
    """
    A short user-facing description of the template.
    """
    description: String
    """
    The emoji associated with the template.
    """
    emoji: String
    """
    The title of the template.
    """
    title: String
    """
    \`public\` is rejected — it is only available to official Buffer
    clients.
    """
    visibility: PostTemplateVisibility
  }

  """
  User tag in the image
  """
  input UserTagInput {
    """
    The handle (username) of the account to tag, without the leading @.
    """
    handle: String!
    """
    Horizontal position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image width from the left edge (0.5 is the horizontal center). Pass a number, not a string, and do not use pixel coordinates; to convert, divide the pixel X by the image width.
    """
    x: Float!
    """
    Vertical position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image height from the top edge (0.5 is the vertical center). Pass a number, not a string, and do not use pixel coordinates; to convert, divide the pixel Y by the image height.
    """
    y: Float!
  }

  """
  Video asset
  """
  input VideoAssetInput {
    """
    Video specific metadata
    """
    metadata: VideoMetadataInput
    """
    Do not use: social networks do not accept custom video thumbnail images, and
    the API rejects video assets that set this field. To choose the video
    thumbnail, set \`metadata.thumbnailOffset\` to select a frame from the video
    (supported for Instagram, TikTok, and Pinterest only).
    """
    thumbnailUrl: String
    """
    URL to the file source
    """
    url: String!
  }

  """
  Video metadata
  """
  input VideoMetadataInput {
    """
    Offset of the thumbnail chosen for the video, in ms
    """
    thumbnailOffset: Int
    """
    Video title
    """
    title: String
  }

  """
  Youtube post metadata
  """
  input YoutubePostMetadataInput {
    """
    Youtube Category ID, one ID of this list:
    ID: 1 -> Film & Animation
    ID: 2 -> Autos & Vehicles
    ID: 10 -> Music
    ID: 15 -> Pets & Animals
    ID: 17 -> Sports
    ID: 19 -> Travel & Events
    ID: 20 -> Gaming
    ID: 22 -> People & Blogs
    ID: 23 -> Comedy
    ID: 24 -> Entertainment
    ID: 25 -> News & Politics
    ID: 26 -> Howto & Style
    ID: 27 -> Education
    ID: 28 -> Science & Technology
    ID: 29 -> Nonprofits & Activism

    Required on create; optional on edit (omitted preserves existing value).
    """
    categoryId: String
    """
    Indicates whether the video allows embedding (default: true)
    """
    embeddable: Boolean
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean
    """
    Video license (default: youtube)
    """
    license: YoutubeLicense
    """
    Indicates whether the video is suitable for kids (default: false)
    """
    madeForKids: Boolean
    """
    Indicates whether to notify subscribers on publish video (default: true)
    """
    notifySubscribers: Boolean
    """
    Privacy setting for post (default: public)
    """
    privacy: YoutubePrivacy
    """
    Title of the Youtube post. Required on create; optional on edit (omitted preserves existing value).
    """
    title: String
  }
`;
/** Builds the executable-less schema (no resolvers) from `typeDefs`, its custom scalars as strict as Buffer's. */
function buildSandboxSchema() {
    return makeScalarsStrict((0,graphql/* buildSchema */.IV5)(typeDefs));
}

;// CONCATENATED MODULE: ./src/sandbox/violations.ts
const KEY = Symbol.for('buffer-gitops.sandbox.schema-violations');
function list() {
    const holder = globalThis;
    return (holder[KEY] ??= []);
}
/** A long-running sandbox (`buffer-gitops sandbox`, `npm start`) nobody drains keeps only the latest. */
const KEEP = 1000;
function recordSchemaViolation(violation) {
    const violations = list();
    violations.push(violation);
    if (violations.length > KEEP)
        violations.splice(0, violations.length - KEEP);
}
/** Returns the violations recorded since the last call and forgets them. */
function takeSchemaViolations() {
    return list().splice(0);
}

;// CONCATENATED MODULE: ./src/sandbox/engine.ts
/**
 * The sandbox's GraphQL gateway, independent of HTTP: authentication first (as
 * Buffer's gateway does), then the rate-limit windows, then parsing, query
 * limits, validation and execution with graphql-js against the SDL in
 * schema.ts. Also owns the sandbox's state for the control endpoints.
 */















class AbortExecution extends Error {
}
const MUTATION_UNION_WITH_LIMIT = new Set(['createPost', 'editPost', 'createIdea']);
function emptyStats() {
    return { requests: 0, byApiKey: {}, byRootField: {}, byOperation: {}, rateLimited: 0, unauthenticated: 0 };
}
const UNAUTHENTICATED_MISSING = {
    errors: [{ message: 'An authentication JWT or Access Token is required', extensions: { code: 'UNAUTHENTICATED' } }],
};
const UNAUTHENTICATED_INVALID = {
    errors: [{ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } }],
};
class SandboxEngine {
    opts;
    store;
    clock;
    schema = buildSandboxSchema();
    limiter;
    faults = new FaultPlan();
    stats = emptyStats();
    ideasCreated = 0;
    rootValue;
    constructor(opts) {
        this.opts = opts;
        this.clock = opts.clock;
        this.store = new SandboxStore(opts.seed, this.clock.nowIso());
        if (opts.persisted) {
            this.clock.set(opts.persisted.now);
            this.store.load(opts.persisted.seed, opts.persisted.now, opts.persisted.nextId);
        }
        this.limiter = opts.rateLimits === false ? null : new RateLimiter(opts.rateLimits);
        this.rootValue = this.buildRootValue();
    }
    // ------------------------------------------------------------ control
    state() {
        this.store.publishDue(this.clock.nowMs());
        return { now: this.clock.nowIso(), ...this.store.snapshot(this.clock.nowMs()), stats: structuredClone(this.stats) };
    }
    reset(seed) {
        this.store.load(seed, this.clock.nowIso());
        this.stats = emptyStats();
        this.faults = new FaultPlan();
        this.ideasCreated = 0;
        this.limiter?.reset();
        this.persist();
    }
    advanceClock(seconds) {
        this.clock.advance(seconds);
        return this.afterClockMove();
    }
    setClock(iso) {
        this.clock.set(iso);
        return this.afterClockMove();
    }
    afterClockMove() {
        const published = this.store.publishDue(this.clock.nowMs());
        this.persist();
        return published;
    }
    setFaults(config) {
        this.faults = new FaultPlan(FaultPlan.parse(config, (operation) => this.payloadMembers(operation)));
        this.ideasCreated = 0;
    }
    /** The payload union members of a mutation root field, as the schema (the reference) has them. */
    payloadMembers(operation) {
        if (!ROOT_FIELDS.mutation.includes(operation))
            return null;
        const type = (0,graphql/* getNamedType */.MR_)(this.schema.getMutationType()?.getFields()[operation]?.type);
        return type instanceof graphql/* GraphQLUnionType */.hIY ? type.getTypes().map((t) => t.name) : null;
    }
    ideaResponseDue() {
        const every = this.faults.ideaResponseEvery ?? this.opts.ideaResponseEvery ?? 0;
        this.ideasCreated++;
        return every > 0 && this.ideasCreated % every === 0;
    }
    get latencyMs() {
        return this.opts.latencyMs + this.faults.latencyMs;
    }
    /** Saves `--state FILE` atomically (write + rename) so a killed sandbox never leaves half a file. */
    persist() {
        if (!this.opts.statePath)
            return;
        const tmp = `${this.opts.statePath}.tmp-${process.pid}`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(this.store.persisted(this.clock.nowIso()), null, 2));
        (0,external_node_fs_.renameSync)(tmp, this.opts.statePath);
    }
    // ------------------------------------------------------------ GraphQL
    async handleGraphQL(authorization, bodyText) {
        this.stats.requests++;
        const json = (status, body, headers = {}) => ({
            kind: 'response',
            status,
            headers,
            body,
        });
        // 1. Authentication comes before anything else, and a 401 carries no rate-limit headers (facts §1.5).
        const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
        if (!match) {
            this.stats.unauthenticated++;
            return json(401, UNAUTHENTICATED_MISSING);
        }
        const key = match[1];
        const account = this.store.accountForKey(key);
        if (!account) {
            this.stats.unauthenticated++;
            this.stats.byApiKey.unknown = (this.stats.byApiKey.unknown ?? 0) + 1;
            return json(401, UNAUTHENTICATED_INVALID);
        }
        this.stats.byApiKey[key] = (this.stats.byApiKey[key] ?? 0) + 1;
        const nowMs = this.clock.nowMs();
        this.store.publishDue(nowMs);
        // 2. Every authenticated request counts against the key's windows, valid or not.
        let headers = {};
        if (this.limiter) {
            const decision = this.limiter.take(key, nowMs);
            headers = { ...decision.headers };
            if (!decision.allowed) {
                this.stats.rateLimited++;
                return json(429, rateLimitedBody(decision.window), {
                    ...headers,
                    'Retry-After': String(decision.retryAfterSeconds),
                });
            }
        }
        const ok = (body) => json(200, body, headers);
        // 3. Body, parse, limits, validation.
        let body;
        try {
            body = JSON.parse(bodyText);
        }
        catch {
            recordSchemaViolation({
                stage: 'request',
                operationName: null,
                messages: ['body is not JSON'],
                query: bodyText.slice(0, 2000),
                variables: undefined,
            });
            return json(400, {
                errors: [
                    {
                        message: 'Request body must be JSON: {"query": "...", "variables": {...}}',
                        extensions: { code: 'BAD_REQUEST' },
                    },
                ],
            }, headers);
        }
        // Every refusal from here to execution is also recorded for the test suite (violations.ts).
        const refused = (stage, errors) => recordSchemaViolation({
            stage,
            operationName: typeof body?.operationName === 'string'
                ? body.operationName
                : (/^\s*(?:query|mutation)\s+(\w+)/.exec(String(body?.query ?? ''))?.[1] ?? null),
            messages: errors.map((e) => e.message),
            query: String(body?.query ?? ''),
            variables: body?.variables,
        });
        if (!body || typeof body.query !== 'string' || body.query.trim() === '') {
            refused('request', [{ message: 'no query' }]);
            return json(400, {
                errors: [
                    { message: 'GraphQL operations must contain a non-empty `query`.', extensions: { code: 'BAD_REQUEST' } },
                ],
            }, headers);
        }
        let document;
        try {
            document = (0,graphql/* parse */.qgA)(body.query, { maxTokens: QUERY_LIMITS.tokens });
        }
        catch (e) {
            const err = e;
            refused('parse', [err]);
            if (/tokens/.test(err.message) && /Parsing aborted/.test(err.message))
                return ok({ errors: [tokenLimitError().toJSON()] });
            return ok({ errors: [withCode(err, 'GRAPHQL_PARSE_FAILED')] });
        }
        const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
        const operation = (0,graphql/* getOperationAST */.APv)(document, operationName);
        if (!operation) {
            const err = new graphql/* GraphQLError */.eOn('Could not determine which operation to run: name it with operationName or send one operation.');
            refused('validation', [err]);
            return ok({ errors: [withCode(err, 'GRAPHQL_VALIDATION_FAILED')] });
        }
        const limitError = checkQueryLimits(document, operation);
        if (limitError) {
            refused('limits', [limitError]);
            return ok({ errors: [limitError.toJSON()] });
        }
        // A bad literal in the document (`channelId: 28`, `dueAt: "next tuesday"`) fails here:
        // validation runs each literal through its scalar's parseLiteral (strict-scalars.ts).
        const validationErrors = (0,graphql/* validate */.tfT)(this.schema, document);
        if (validationErrors.length > 0) {
            refused('validation', validationErrors);
            return ok({ errors: validationErrors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')) });
        }
        // 4. Faults decided at the gateway, then execution.
        const rootFields = rootFieldNames(document, operation);
        if (this.faults.rateLimitBefore(rootFields)) {
            this.stats.rateLimited++;
            // Retry-After 1: an injected 429 is about the client's handling, and a client
            // that really sleeps must not stall a test suite for 15 minutes.
            return json(429, rateLimitedBody('15m'), { ...headers, 'Retry-After': '1' });
        }
        for (const f of rootFields)
            this.stats.byRootField[f] = (this.stats.byRootField[f] ?? 0) + 1;
        const opName = operation.name?.value ?? 'anonymous';
        this.stats.byOperation[opName] = (this.stats.byOperation[opName] ?? 0) + 1;
        const ctx = {
            op: { store: this.store, nowMs: () => this.clock.nowMs(), account, changed: () => this.persist() },
            faults: this.faults,
            aborted: null,
            ideaResponseDue: () => this.ideaResponseDue(),
        };
        const result = await (0,graphql/* execute */.g7Y)({
            schema: this.schema,
            document,
            rootValue: this.rootValue,
            contextValue: ctx,
            variableValues: body.variables && typeof body.variables === 'object' ? body.variables : undefined,
            operationName,
        });
        // No `data` at all: the request failed before execution, i.e. a variable did not coerce.
        if (!('data' in result) && result.errors)
            refused('variables', result.errors);
        if (ctx.aborted === 'drop')
            return { kind: 'drop' };
        if (ctx.aborted === 'http-500') {
            return json(500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, headers);
        }
        return ok(formatResult(result));
    }
    /** Root resolvers, each wrapped so faults apply per root-field invocation. */
    buildRootValue() {
        const resolvers = {
            account: (_a, c) => account(c.op),
            channels: (a, c) => channels(c.op, a.input),
            channel: (a, c) => channel(c.op, a.input),
            ideas: (a, c) => ideas(c.op, a),
            post: (a, c) => post(c.op, a.input),
            posts: (a, c) => posts(c.op, a),
            dailyPostingLimits: (a, c) => dailyPostingLimits(c.op, a.input),
            createPost: (a, c) => createPost(c.op, a.input),
            editPost: (a, c) => editPost(c.op, a.input),
            deletePost: (a, c) => deletePost(c.op, a.input),
            createIdea: (a, c) => createIdea(c.op, a.input, c.ideaResponseDue()),
            ideaGroups: (a, c) => ideaGroups(c.op, a.input),
            postTemplate: (a, c) => postTemplate(c.op, a.input),
            postTemplates: (a, c) => postTemplates(c.op, a),
            createPostTemplate: (a, c) => createPostTemplate(c.op, a.input),
            updatePostTemplate: (a, c) => updatePostTemplate(c.op, a.input),
            deletePostTemplate: (a, c) => deletePostTemplate(c.op, a.input),
            movePostInQueue: (a, c) => movePostInQueue(c.op, a.input),
            aggregatedPostMetrics: (a, c) => aggregatedPostMetrics(c.op, a.input),
        };
        const root = {};
        for (const [name, resolve] of Object.entries(resolvers)) {
            root[name] = (args, ctx) => {
                if (ctx.aborted)
                    throw new AbortExecution('aborted');
                const fault = ctx.faults.onInvocation(name);
                switch (fault?.kind) {
                    case 'drop-before-commit':
                        ctx.aborted = 'drop';
                        throw new AbortExecution('dropped before commit');
                    case 'http-500':
                        ctx.aborted = 'http-500';
                        throw new AbortExecution('http 500');
                    case 'unexpected':
                        throw codedError('UNEXPECTED', 'An unexpected error occurred. Please try again later.');
                    case 'limit-reached':
                        if (MUTATION_UNION_WITH_LIMIT.has(name))
                            return typedError('LimitReachedError', 'You have reached a limit of your plan (injected fault).');
                        throw new graphql/* GraphQLError */.eOn('You have reached a limit of your plan (injected fault).', {
                            extensions: { code: 'LIMIT_REACHED' },
                        });
                    case 'typed-error':
                        // FaultPlan.parse admitted only members of this field's payload union.
                        return injectedTypedError(fault.member, fault.message);
                    case 'drop-after-commit': {
                        const value = resolve(args, ctx);
                        ctx.aborted = 'drop';
                        void value;
                        throw new AbortExecution('dropped after commit');
                    }
                    default:
                        return resolve(args, ctx);
                }
            };
        }
        return root;
    }
}
/** Default messages say what Buffer means by each member (buffer-error-codes.yml), marked as injected. */
const INJECTED_MESSAGES = {
    InvalidInputError: 'Input validation failed (injected fault).',
    LimitReachedError: 'You have reached a limit of your plan (injected fault).',
    NotFoundError: 'The referenced resource does not exist (injected fault).',
    UnauthorizedError: 'You are not authorized to perform this action (injected fault).',
    UnexpectedError: 'An unexpected error occurred (injected fault).',
    RestProxyError: 'The legacy REST API refused the request (injected fault).',
    VoidMutationError: 'The mutation failed (injected fault).',
};
function injectedTypedError(member, message) {
    const error = typedError(member, message ?? INJECTED_MESSAGES[member]);
    // RestProxyError carries the legacy REST error's code and a help-centre link (reference; buffer-error-codes.yml).
    if (member === 'RestProxyError')
        Object.assign(error, { code: 1000, link: 'https://buffer.com/developers/api/errors' });
    return error;
}
function rateLimitedBody(window) {
    return {
        errors: [
            {
                message: 'Too many requests from this client. Please try again later.',
                extensions: { code: 'RATE_LIMIT_EXCEEDED', window },
            },
        ],
    };
}
function withCode(error, code) {
    const json = error.toJSON();
    return { ...json, extensions: { ...(json.extensions ?? {}), code } };
}
/**
 * Resolver errors keep their code; variable-coercion errors (no data) become
 * BAD_USER_INPUT; anything else UNEXPECTED. All with HTTP 200: "GraphQL always
 * returns HTTP 200. Check the response body" (facts §1.5 [ERR-DOC];
 * buffer-error-codes.yml: only RATE_LIMIT_EXCEEDED is 429). The reference
 * documents no code for request-level errors (validation, coercion), so the
 * sandbox uses the Apollo/graphql-js convention (GRAPHQL_VALIDATION_FAILED,
 * BAD_USER_INPUT) and the client must treat any `errors` without `data` as
 * a refusal of the whole request, whatever the code.
 */
function formatResult(result) {
    const out = {};
    if (result.errors && result.errors.length > 0) {
        const noData = !('data' in result);
        out.errors = result.errors.map((e) => {
            const json = e.toJSON();
            if (json.extensions?.code)
                return json;
            const original = e.originalError;
            const code = noData
                ? 'BAD_USER_INPUT'
                : original && !(original instanceof graphql/* GraphQLError */.eOn)
                    ? 'UNEXPECTED'
                    : undefined;
            return code ? { ...json, extensions: { ...(json.extensions ?? {}), code } } : json;
        });
    }
    if ('data' in result)
        out.data = result.data ?? null;
    return out;
}
/** Root fields the operation will invoke, in document order, aliases counted individually. */
function rootFieldNames(document, operation) {
    const fragments = new Map();
    for (const d of document.definitions)
        if (d.kind === graphql/* Kind */.b8C.FRAGMENT_DEFINITION)
            fragments.set(d.name.value, d);
    const out = [];
    const walk = (set, seen) => {
        for (const s of set.selections) {
            if (s.kind === graphql/* Kind */.b8C.FIELD) {
                if (!s.name.value.startsWith('__'))
                    out.push(s.name.value);
            }
            else if (s.kind === graphql/* Kind */.b8C.INLINE_FRAGMENT)
                walk(s.selectionSet, seen);
            else {
                const f = fragments.get(s.name.value);
                if (f && !seen.has(f.name.value))
                    walk(f.selectionSet, new Set([...seen, f.name.value]));
            }
        }
    };
    walk(operation.selectionSet, new Set());
    return out;
}
function defaultRateLimits() {
    return { ...FREE_PLAN_RATE_LIMITS };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/sandbox/http-server.ts
/**
 * HTTP transport for the sandbox: Buffer's GraphQL endpoint (`POST /` and
 * `POST /graphql`) and the sandbox's own control endpoints under `/__sandbox/`
 * (no auth: they are for tests, benchmarks and demos on 127.0.0.1), served
 * exactly as control-routes.ts lists and documents them.
 */



const MAX_BODY_BYTES = 10 * 1024 * 1024;
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > MAX_BODY_BYTES) {
                reject(new Error('Request body too large'));
                req.destroy();
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
function send(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
        'Access-Control-Allow-Origin': '*',
        ...headers,
    });
    res.end(text);
}
function controlError(res, status, message) {
    send(res, status, { error: message });
}
function observed(body) {
    try {
        const parsed = JSON.parse(body);
        return {
            query: typeof parsed.query === 'string' ? parsed.query : '',
            variables: parsed.variables && typeof parsed.variables === 'object' ? parsed.variables : {},
        };
    }
    catch {
        return { query: '', variables: {} };
    }
}
function parseJson(text) {
    return text.trim() === '' ? undefined : JSON.parse(text);
}
function createSandboxServer(engine, defaultSeed, sleep, onRequest) {
    return (0,external_node_http_.createServer)((req, res) => {
        handle(engine, defaultSeed, sleep, req, res, onRequest).catch((e) => {
            if (!res.headersSent)
                send(res, 500, {
                    errors: [
                        { message: `Sandbox error: ${e.message}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
                    ],
                });
            else
                res.destroy();
        });
    });
}
async function handle(engine, defaultSeed, sleep, req, res, onRequest) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    // Every HTTP answer carries the server's clock; Buffer's is Buffer's time, the sandbox's is its own (moved by /__sandbox/clock).
    res.setHeader('Date', new Date(engine.clock.nowMs()).toUTCString());
    if (method === 'OPTIONS') {
        // CORS preflight; `buffer doctor` probes reachability with OPTIONS /graphql (facts §1.1).
        return send(res, 204, undefined, {
            'Access-Control-Allow-Methods': 'POST, OPTIONS',
            'Access-Control-Allow-Headers': 'Content-Type, Authorization, x-buffer-client-id, x-buffer-client-name, x-buffer-client-version',
        });
    }
    if (path === '/' || path === '/graphql') {
        const body = await readBody(req);
        if (method !== 'POST') {
            // Buffer answers GET with 401 before anything else; with a valid key we say what to do instead.
            const result = await engine.handleGraphQL(req.headers.authorization, '');
            if (result.kind === 'response' && result.status === 401)
                return send(res, 401, result.body);
            return send(res, 405, {
                errors: [
                    { message: 'Use POST with a JSON body {"query", "variables"}', extensions: { code: 'METHOD_NOT_ALLOWED' } },
                ],
            }, { Allow: 'POST, OPTIONS' });
        }
        if (onRequest)
            await onRequest(observed(body));
        const result = await engine.handleGraphQL(req.headers.authorization, body);
        if (engine.latencyMs > 0)
            await sleep(engine.latencyMs);
        if (result.kind === 'drop') {
            req.socket.destroy();
            return;
        }
        return send(res, result.status, result.body, result.headers);
    }
    if (!path.startsWith('/__sandbox/'))
        return send(res, 404, { errors: [{ message: `Not found: ${method} ${path}` }] });
    const body = await readBody(req);
    let json;
    try {
        json = parseJson(body);
    }
    catch {
        return controlError(res, 400, 'Body must be JSON');
    }
    const route = matchControlRoute(method, path);
    if (!route)
        return controlError(res, 404, `Unknown control endpoint: ${method} ${path}`);
    return CONTROL_HANDLERS[route.key]({ engine, defaultSeed, json, id: route.id ?? '', res });
}
/** One handler per entry of CONTROL_ROUTES: the compiler refuses a documented route without a handler, and a handler without a documented route. */
const CONTROL_HANDLERS = {
    'GET /__sandbox/state': ({ engine, res }) => send(res, 200, engine.state()),
    'POST /__sandbox/reset': ({ engine, defaultSeed, json, res }) => {
        try {
            engine.reset(json ?? defaultSeed());
        }
        catch (e) {
            return controlError(res, 400, e.message);
        }
        send(res, 200, { ok: true, now: engine.clock.nowIso() });
    },
    'POST /__sandbox/clock': ({ engine, json, res }) => {
        const b = (json ?? {});
        let published;
        if (typeof b.advanceSeconds === 'number' && Number.isFinite(b.advanceSeconds))
            published = engine.advanceClock(b.advanceSeconds);
        else if (typeof b.now === 'string' && !Number.isNaN(Date.parse(b.now)))
            published = engine.setClock(b.now);
        else
            return controlError(res, 400, 'Send {"advanceSeconds": N} or {"now": "<ISO date-time>"}');
        send(res, 200, { now: engine.clock.nowIso(), published });
    },
    'POST /__sandbox/faults': ({ engine, json, res }) => {
        try {
            engine.setFaults((json ?? {}));
        }
        catch (e) {
            return controlError(res, 400, e.message);
        }
        send(res, 200, { ok: true });
    },
    'PATCH /__sandbox/posts/:id': ({ engine, json, id, res }) => {
        const post = engine.store.posts.get(id);
        if (!post)
            return controlError(res, 404, `Post ${id} not found`);
        const problem = patchPost(engine, post, (json ?? {}));
        if (problem)
            return controlError(res, 400, problem);
        engine.persist();
        send(res, 200, post);
    },
    'DELETE /__sandbox/posts/:id': ({ engine, id, res }) => {
        if (!engine.store.posts.delete(id))
            return controlError(res, 404, `Post ${id} not found`);
        engine.persist();
        send(res, 204, undefined);
    },
};
const STATUSES = ['draft', 'error', 'needs_approval', 'scheduled', 'sending', 'sent'];
/** Simulates a person editing the post in Buffer's web app (drift for `sync` to notice). */
function patchPost(engine, post, patch) {
    const nowIso = engine.clock.nowIso();
    if (patch.text !== undefined) {
        if (typeof patch.text !== 'string')
            return 'text must be a string';
        post.text = patch.text;
        // The app edits a thread's first item and the post's text as one: they stay equal, as Buffer requires.
        const thread = post.metadata?.thread;
        if (Array.isArray(thread) && thread.length > 0)
            thread[0] = { ...thread[0], text: patch.text };
    }
    if (patch.dueAt !== undefined) {
        if (patch.dueAt !== null && (typeof patch.dueAt !== 'string' || Number.isNaN(Date.parse(patch.dueAt))))
            return 'dueAt must be an ISO date-time or null';
        post.dueAt = patch.dueAt === null ? null : new Date(patch.dueAt).toISOString();
        post.isCustomScheduled = post.dueAt !== null;
        // A time picked in Buffer's app is a custom schedule: the post leaves the queue.
        if (post.dueAt !== null && post.status !== 'draft')
            post.shareMode = 'customScheduled';
    }
    if (patch.error !== undefined) {
        const message = typeof patch.error === 'string' ? patch.error : patch.error?.message;
        post.error = message ? { message } : null;
        if (message && patch.status === undefined)
            post.status = 'error';
    }
    if (patch.status !== undefined) {
        if (!STATUSES.includes(String(patch.status)))
            return `status must be one of ${STATUSES.join(', ')}`;
        post.status = patch.status;
        if (post.status === 'sent')
            markSent(post, engine.store.channels.get(post.channelId), typeof patch.sentAt === 'string' ? patch.sentAt : (post.dueAt ?? nowIso));
    }
    if (typeof patch.externalLink === 'string')
        post.externalLink = patch.externalLink;
    post.via = 'buffer';
    post.updatedAt = nowIso;
    return null;
}

;// CONCATENATED MODULE: ./src/sandbox/index.ts
/**
 * The Buffer sandbox (SPEC §7): a local emulator of Buffer's public GraphQL API
 * for tests, `npm start` and users trying a workflow without their real queue.
 */







async function startSandbox(opts = {}) {
    const seed = opts.seed ?? defaultSeed();
    let persisted;
    if (opts.statePath && (0,external_node_fs_.existsSync)(opts.statePath)) {
        persisted = JSON.parse((0,external_node_fs_.readFileSync)(opts.statePath, 'utf8'));
    }
    const engine = new SandboxEngine({
        seed,
        clock: new SandboxClock(opts.clock ?? 'frozen', opts.now),
        rateLimits: opts.rateLimits === undefined ? defaultRateLimits() : opts.rateLimits,
        latencyMs: opts.latencyMs ?? 0,
        statePath: opts.statePath,
        ideaResponseEvery: opts.ideaResponseEvery,
        persisted,
    });
    engine.persist();
    const server = createSandboxServer(engine, defaultSeed, (ms) => (0,promises_.setTimeout)(ms), opts.onRequest);
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    const apiKey = engine.store.accounts[0]?.apiKeys[0] ?? 'sandbox';
    return {
        url: `http://127.0.0.1:${port}`,
        port,
        apiKey,
        close: () => new Promise((resolve, reject) => {
            server.close((err) => (err ? reject(err) : resolve()));
            server.closeAllConnections();
        }),
        state: () => engine.state(),
        reset: (s) => engine.reset(s ?? defaultSeed()),
        advanceClock: (seconds) => void engine.advanceClock(seconds),
        setClock: (iso) => void engine.setClock(iso),
        setFaults: (config) => engine.setFaults(config),
    };
}

;// CONCATENATED MODULE: ./src/sandbox/cli.ts
/**
 * `buffer-gitops sandbox [--port N] [--seed FILE] [--state FILE] [--latency MS] [--no-rate-limits] [--idea-response-every N]`:
 * serves the Buffer sandbox on 127.0.0.1 with a wall clock until SIGINT/SIGTERM.
 * The first line printed is exactly `Buffer sandbox listening on http://127.0.0.1:PORT`
 * (scripts wait for it to learn the port). `--help` documents every control
 * endpoint (from control-routes.ts) and a worked example the README repeats.
 */




const OPTIONS_TEXT = `Usage: buffer-gitops sandbox [--port N] [--seed FILE] [--state FILE] [--latency MS] [--no-rate-limits] [--idea-response-every N]

Serves a local emulator of Buffer's GraphQL API on 127.0.0.1, with a wall
clock, until Ctrl-C. Point the CLI at it with BUFFER_API_URL (the action with
its "api-url: http://127.0.0.1:PORT"); the default API key is "sandbox".
  --port N           port to listen on (default 0: a free port)
  --seed FILE        JSON seed (accounts, organizations, channels, posts, ideas,
                     ideaGroups, postTemplates, metricsSalt)
  --state FILE       load state from FILE if it exists; save it after every change
  --latency MS       delay every GraphQL answer by MS milliseconds
  --no-rate-limits   disable the 15m/24h/30d request windows
  --idea-response-every N  every Nth createIdea answers IdeaResponse instead of Idea (default 0: never)`;
/** The port the worked example uses (the README shows the same example). */
const EXAMPLE_PORT = 4777;
/** Started in a first terminal; it keeps running. */
const EXAMPLE_START = `buffer-gitops sandbox --port ${EXAMPLE_PORT}
# Buffer sandbox listening on http://127.0.0.1:${EXAMPLE_PORT}`;
/**
 * Run in a second terminal, in a scratch folder. A line starting with `#`
 * shows what the command before it prints (… stands for any text): a test
 * runs these exact lines against a live sandbox and checks those outputs.
 */
const EXAMPLE_STEPS = `export BUFFER_API_URL=http://127.0.0.1:${EXAMPLE_PORT} BUFFER_API_KEY=sandbox
git init --quiet -b main social && cd social
mkdir posts && cat > posts/hello.md <<'END'
---
channel: twitter
dueAt: 2099-01-01T09:00:00Z
---
Hello from the sandbox.
END
git add posts && git commit --quiet -m 'A first post'
buffer-gitops apply --branches main   # creates the post, writes its Buffer ID into posts/hello.md
git commit --quiet -am 'Record the Buffer ID'
curl -s -X POST $BUFFER_API_URL/__sandbox/clock -d '{"now": "2099-01-01T09:01:00Z"}'; echo
# {"now":"2099-01-01T09:01:00.…Z","published":1}
buffer-gitops sync --branches main    # writes Buffer's status back into the file
grep status posts/hello.md
#   twitter: {id: …, status: sent, dueAt: "2099-01-01T09:00:00.000Z", sentAt: "2099-01-01T09:00:00.000Z", link: "https://x.com/acme/status/…"}`;
/** Every control endpoint with its method, body and answers, from the table the server dispatches by. */
function controlEndpointsText() {
    const lines = [
        'Control endpoints, on the URL the sandbox prints (no key; JSON bodies; a body that is not JSON answers',
        '400 {"error"}, any other method or path 404 {"error": "Unknown control endpoint: ..."}):',
    ];
    for (const route of CONTROL_ROUTES) {
        lines.push(`  ${route.method} ${route.path}`, `      ${route.summary}.`, `      body:   ${route.body}`, `      answer: ${route.answer}`);
    }
    return lines.join('\n');
}
const USAGE = `${OPTIONS_TEXT}

${controlEndpointsText()}

Worked example: publish a post, move the clock past its time, sync, see "sent".
In a first terminal:

${EXAMPLE_START}

In a second terminal, in a scratch folder (buffer-gitops on your PATH: npx buffer-gitops
where the package is installed, or npm link once in a clone of buffer-gitops):

${EXAMPLE_STEPS}`;
/** Resolves with the exit code once a signal stops the server (or at once on a usage error). */
async function runSandboxCommand(argv, io = { stdout: process.stdout, stderr: process.stderr }, signals = process) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                port: { type: 'string' },
                seed: { type: 'string' },
                state: { type: 'string' },
                latency: { type: 'string' },
                'no-rate-limits': { type: 'boolean' },
                'idea-response-every': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (e) {
        io.stderr.write(`buffer-gitops sandbox: ${e.message}\n${USAGE}\n`);
        return 2;
    }
    if (values.help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr.write(`buffer-gitops sandbox: --port must be an integer 0-65535 (got ${values.port})\n`);
        return 2;
    }
    const latencyMs = values.latency === undefined ? 0 : Number(values.latency);
    if (!Number.isFinite(latencyMs) || latencyMs < 0) {
        io.stderr.write(`buffer-gitops sandbox: --latency must be a non-negative number of milliseconds (got ${values.latency})\n`);
        return 2;
    }
    const ideaResponseEvery = values['idea-response-every'] === undefined ? 0 : Number(values['idea-response-every']);
    if (!Number.isInteger(ideaResponseEvery) || ideaResponseEvery < 0) {
        io.stderr.write(`buffer-gitops sandbox: --idea-response-every must be a non-negative integer (got ${values['idea-response-every']})\n`);
        return 2;
    }
    let seed;
    if (values.seed !== undefined) {
        try {
            seed = JSON.parse((0,external_node_fs_.readFileSync)(values.seed, 'utf8'));
        }
        catch (e) {
            io.stderr.write(`buffer-gitops sandbox: cannot read seed ${values.seed}: ${e.message}\n`);
            return 1;
        }
    }
    let sandbox;
    try {
        sandbox = await startSandbox({
            port,
            seed,
            statePath: values.state,
            latencyMs,
            ideaResponseEvery,
            rateLimits: values['no-rate-limits'] ? false : undefined,
            clock: 'wall',
        });
    }
    catch (e) {
        io.stderr.write(`buffer-gitops sandbox: ${e.message}\n`);
        return 1;
    }
    io.stdout.write(`Buffer sandbox listening on ${sandbox.url}\n`);
    io.stdout.write(`API key: ${sandbox.apiKey}  (export BUFFER_API_URL=${sandbox.url} BUFFER_API_KEY=${sandbox.apiKey})\n`);
    await new Promise((resolve) => {
        const stop = () => {
            signals.off('SIGINT', stop);
            signals.off('SIGTERM', stop);
            resolve();
        };
        signals.on('SIGINT', stop);
        signals.on('SIGTERM', stop);
    });
    await sandbox.close();
    return 0;
}


/***/ })

};
