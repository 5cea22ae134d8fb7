import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/**
 * Buffer's public API (requests go to `<api-url>/graphql`). A module of its
 * own so settings can name the default without loading the HTTP transport.
 */
const DEFAULT_API_URL = 'https://api.buffer.com';


/***/ }),

/***/ 2656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ CHANNEL_QUERY),
/* harmony export */   $k: () => (/* binding */ IMPORT_POSTS_QUERY),
/* harmony export */   At: () => (/* binding */ buildSyncSnapshotQuery),
/* harmony export */   Di: () => (/* binding */ POSTS_QUERY),
/* harmony export */   Gm: () => (/* binding */ buildMutationBatch),
/* harmony export */   Gr: () => (/* binding */ CHANNELS_QUERY),
/* harmony export */   H2: () => (/* binding */ DAILY_POSTING_LIMITS_QUERY),
/* harmony export */   HL: () => (/* binding */ buildPostsByIdsQuery),
/* harmony export */   K1: () => (/* binding */ MAX_ALIASES),
/* harmony export */   Op: () => (/* binding */ EDIT_POST_MUTATION),
/* harmony export */   Q1: () => (/* binding */ IDEAS_QUERY),
/* harmony export */   QA: () => (/* binding */ CREATE_POST_MUTATION),
/* harmony export */   Ut: () => (/* binding */ POSTS_WITH_METRICS_QUERY),
/* harmony export */   Wc: () => (/* binding */ ACCOUNT_AND_CHANNELS_QUERY),
/* harmony export */   bu: () => (/* binding */ buildChannelTotalsQuery),
/* harmony export */   d0: () => (/* binding */ CREATE_IDEA_MUTATION),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   ps: () => (/* binding */ DELETE_POST_MUTATION),
/* harmony export */   qw: () => (/* binding */ POST_QUERY),
/* harmony export */   r6: () => (/* binding */ ACCOUNT_QUERY),
/* harmony export */   rG: () => (/* binding */ syncSnapshotOperation),
/* harmony export */   wM: () => (/* binding */ buildDailyPostingLimitsQuery),
/* harmony export */   wO: () => (/* binding */ buildConnectDocument)
/* harmony export */ });
/* unused harmony exports POST_FIELDS, POST_METRICS_FIELDS, CHANNEL_FIELDS, ACCOUNT_FIELDS, IDEA_FIELDS, ASSET_CONTENT_FIELDS, POST_CONTENT_FIELDS, LINK_ATTACHMENT_CONTENT_FIELDS, CHANNELS_LISTING_QUERY, DOCUMENTS */
/**
 * Every GraphQL document the client sends. All are named operations, and every
 * argument travels as a variable: user text never enters a document. Batch
 * builders give each alias its own variable (`m0: createPost(input: $i0)`).
 *
 * Fields are those of shared/reference/buffer-api-reference.md (not the seed
 * doc): `channel(input: {id})`, `deletePost(input: {id})`, no `totalCount`.
 * Fragments are included only where used, because GraphQL validation rejects
 * unused fragments.
 */
/** Buffer's query-limit cap on aliases per document. */
const MAX_ALIASES = 30;
/** Default aliases per batch: room under the cap for fragments' complexity. */
const DEFAULT_BATCH_SIZE = 25;
const POST_FIELDS = /* GraphQL */ `
  fragment PostFields on Post {
    id
    channelId
    channelService
    status
    text
    dueAt
    sentAt
    createdAt
    updatedAt
    externalLink
    shareMode
    schedulingType
    error {
      message
    }
    metadata {
      __typename
      ... on ThreadedPostMetadata {
        thread {
          text
        }
      }
    }
  }
`;
/**
 * A sent post's numbers (issue 15). A fragment of its own, selected only by
 * the lists that feed the metrics file (sync's `recent` list and
 * PostsWithMetrics): mutations and every other read stay as lean as before.
 */
const POST_METRICS_FIELDS = /* GraphQL */ `
  fragment PostMetricsFields on Post {
    metrics {
      type
      name
      value
      unit
    }
    metricsUpdatedAt
  }
`;
const CHANNEL_FIELDS = /* GraphQL */ `
  fragment ChannelFields on Channel {
    id
    name
    displayName
    service
    organizationId
    timezone
    isLocked
    isDisconnected
    metadata {
      __typename
      ... on MastodonMetadata {
        maxCharacters
      }
    }
  }
`;
const ACCOUNT_FIELDS = /* GraphQL */ `
  fragment AccountFields on Account {
    id
    email
    timezone
    organizations {
      id
      name
      channelCount
    }
  }
`;
const IDEA_FIELDS = /* GraphQL */ `
  fragment IdeaFields on Idea {
    id
    organizationId
    content {
      title
      text
    }
  }
`;
/** Selection of a `PostActionPayload` (createPost, editPost): success or any MutationError. */
const POST_ACTION_SELECTION = `{
    __typename
    ... on PostActionSuccess {
      post {
        ...PostFields
      }
    }
    ... on MutationError {
      message
    }
    ... on RestProxyError {
      code
      link
    }
  }`;
/** `DeletePostPayload = DeletePostSuccess | VoidMutationError`. */
const DELETE_POST_SELECTION = `{
    __typename
    ... on DeletePostSuccess {
      id
    }
    ... on MutationError {
      message
    }
  }`;
/** `CreateIdeaPayload`: both `Idea` and `IdeaResponse` are successes. */
const CREATE_IDEA_SELECTION = `{
    __typename
    ... on Idea {
      ...IdeaFields
    }
    ... on IdeaResponse {
      idea {
        ...IdeaFields
      }
    }
    ... on MutationError {
      message
    }
  }`;
function withFragments(operation, ...fragments) {
    return [operation, ...fragments].join('\n\n');
}
const ACCOUNT_QUERY = withFragments(`query Account {
  account {
    ...AccountFields
  }
}`, ACCOUNT_FIELDS);
const CHANNELS_QUERY = withFragments(`query Channels($input: ChannelsInput!) {
  channels(input: $input) {
    ...ChannelFields
  }
}`, CHANNEL_FIELDS);
/** Account and channels in one request: the request budget is per HTTP request. */
const ACCOUNT_AND_CHANNELS_QUERY = withFragments(`query AccountAndChannels($input: ChannelsInput!) {
  account {
    ...AccountFields
  }
  channels(input: $input) {
    ...ChannelFields
  }
}`, ACCOUNT_FIELDS, CHANNEL_FIELDS);
/**
 * The channels and the organization's recently created posts in ONE request
 * (with the account too when the organization is known): what apply needs
 * before creating, so the exactly-once check costs no request of its own
 * (SPEC §8: queries that can share a document share it).
 */
function buildConnectDocument(withAccount) {
    return withFragments(`query Connect${withAccount ? 'WithAccount' : ''}($input: ChannelsInput!, $recent: PostsInput!, $first: Int) {
${withAccount ? '  account {\n    ...AccountFields\n  }\n' : ''}  channels(input: $input) {
    ...ChannelFields
  }
  recent: posts(input: $recent, first: $first) ${postsPageSelection('PostFields')}
}`, ...(withAccount ? [ACCOUNT_FIELDS] : []), CHANNEL_FIELDS, POST_FIELDS);
}
const CHANNEL_QUERY = withFragments(`query Channel($input: ChannelInput!) {
  channel(input: $input) {
    ...ChannelFields
  }
}`, CHANNEL_FIELDS);
const POST_QUERY = withFragments(`query Post($input: PostInput!) {
  post(input: $input) {
    ...PostFields
  }
}`, POST_FIELDS);
const POSTS_QUERY = withFragments(`query Posts($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) ${postsPageSelection('PostFields')}
}`, POST_FIELDS);
const DAILY_POSTING_LIMITS_QUERY = `query DailyPostingLimits($input: DailyPostingLimitsInput!) {
  dailyPostingLimits(input: $input) {
    channelId
    sent
    scheduled
    limit
    isAtLimit
  }
}`;
const CREATE_POST_MUTATION = withFragments(`mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) ${POST_ACTION_SELECTION}
}`, POST_FIELDS);
const EDIT_POST_MUTATION = withFragments(`mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) ${POST_ACTION_SELECTION}
}`, POST_FIELDS);
const DELETE_POST_MUTATION = `mutation DeletePost($input: DeletePostInput!) {
  deletePost(input: $input) ${DELETE_POST_SELECTION}
}`;
const CREATE_IDEA_MUTATION = withFragments(`mutation CreateIdea($input: CreateIdeaInput!) {
  createIdea(input: $input) ${CREATE_IDEA_SELECTION}
}`, IDEA_FIELDS);
/** Selection of one page of a `posts` connection, with the page's cursor. */
function postsPageSelection(...fragments) {
    return `{
    edges {
      node {
${fragments.map((f) => `        ...${f}`).join('\n')}
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }`;
}
/**
 * Sync's first read, in one request (the status budget is per request): the
 * channels, every post still waiting in Buffer (`pending`: its status for
 * tracked posts, and the scheduled posts no file tracks), and optionally the
 * posts sent or failed since a date (`recent`: what happened to the tracked
 * posts that were waiting at the last sync), plus the account when the
 * organization is configured. Lists, not aliased `post` lookups: a post that
 * was deleted in Buffer cannot null the whole answer, and one page holds
 * 100 posts instead of 25 aliases.
 */
function buildSyncSnapshotQuery(opts) {
    // With metrics on, the `recent` list also carries the sent posts' numbers (no extra request).
    const metrics = Boolean(opts.metrics && opts.recent);
    const params = [
        '$channels: ChannelsInput!',
        '$pending: PostsInput!',
        ...(opts.recent ? ['$recent: PostsInput!'] : []),
        '$first: Int',
    ];
    const roots = [
        ...(opts.account ? ['  account {\n    ...AccountFields\n  }'] : []),
        '  channels(input: $channels) {\n    ...ChannelFields\n  }',
        `  pending: posts(input: $pending, first: $first) ${postsPageSelection('PostFields')}`,
        ...(opts.recent
            ? [
                `  recent: posts(input: $recent, first: $first) ${postsPageSelection('PostFields', ...(metrics ? ['PostMetricsFields'] : []))}`,
            ]
            : []),
    ];
    return withFragments(`query ${syncSnapshotOperation(metrics)}(${params.join(', ')}) {\n${roots.join('\n')}\n}`, ...(opts.account ? [ACCOUNT_FIELDS] : []), CHANNEL_FIELDS, POST_FIELDS, ...(metrics ? [POST_METRICS_FIELDS] : []));
}
/** The snapshot's operation name: with the metrics fragment it is a different document. */
function syncSnapshotOperation(metrics) {
    return metrics ? 'SyncSnapshotWithMetrics' : 'SyncSnapshot';
}
/**
 * One page of posts with their numbers: the snapshot's further `recent` pages
 * and the metrics reads (metrics/buffer-reads.ts).
 */
const POSTS_WITH_METRICS_QUERY = withFragments(`query PostsWithMetrics($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) ${postsPageSelection('PostFields', 'PostMetricsFields')}
}`, POST_FIELDS, POST_METRICS_FIELDS);
/**
 * Per-channel totals in ONE request: one aliased `aggregatedPostMetrics` per
 * channel (`t0: aggregatedPostMetrics(input: $t0)`), at most MAX_ALIASES.
 * One alias per channel, not one filter over all of them: Buffer keeps a
 * metric in a mixed filter only when every channel supports it, so per-channel
 * aliases keep each network's richer numbers.
 */
function buildChannelTotalsQuery(channels) {
    return aliasedInputQuery('ChannelTotals', channels, { alias: 't', field: 'aggregatedPostMetrics', inputType: 'AggregatedPostMetricsInput' }, '{\n    metrics {\n      type\n      name\n      value\n      unit\n    }\n    metricsUpdatedAt\n  }');
}
/** What import and the tracked-post lookup read of an asset: enough to write it back as an `AssetInput`. */
const ASSET_CONTENT_FIELDS = /* GraphQL */ `
  fragment AssetContentFields on Asset {
    __typename
    source
    thumbnail
    ... on ImageAsset {
      image {
        altText
      }
    }
    ... on VideoAsset {
      video {
        title
        thumbnailOffset
      }
    }
    ... on DocumentAsset {
      document {
        title
      }
    }
  }
`;
/**
 * A post's content: everything a post file records (text, thread items with
 * their media, schedule, assets) and every per-network option of the
 * reference's `PostMetadata` members that has a `PostInputMetaData`
 * counterpart (issue 12). Import writes it into files; the tracked-post
 * lookup compares it with them (plan/compare.ts), so an imported file says
 * what Buffer has and plans to nothing. Left out: `annotations` (their output shape is not the input's)
 * and the retweet's display fields (the input takes only its id and comment).
 */
const POST_CONTENT_FIELDS = /* GraphQL */ `
  fragment PostContentFields on Post {
    id
    channelId
    channelService
    status
    text
    dueAt
    createdAt
    shareMode
    schedulingType
    assets {
      ...AssetContentFields
    }
    metadata {
      __typename
      ... on ThreadedPostMetadata {
        thread {
          text
          assets {
            ...AssetContentFields
          }
        }
      }
      ... on TwitterPostMetadata {
        isAiGenerated
        retweet {
          id
        }
      }
      ... on MastodonPostMetadata {
        spoilerText
      }
      ... on BlueskyPostMetadata {
        linkAttachment {
          ...LinkAttachmentContentFields
        }
      }
      ... on ThreadsPostMetadata {
        type
        topic
        locationId
        locationName
        linkAttachment {
          ...LinkAttachmentContentFields
        }
      }
      ... on LinkedInPostMetadata {
        firstComment
        linkAttachment {
          ...LinkAttachmentContentFields
        }
      }
      ... on FacebookPostMetadata {
        type
        firstComment
        linkAttachment {
          ...LinkAttachmentContentFields
        }
      }
      ... on InstagramPostMetadata {
        type
        shouldShareToFeed
        firstComment
        link
        isAiGenerated
        geolocation {
          id
          text
        }
        stickerFields {
          text
          music
          products
          topics
          other
        }
      }
      ... on PinterestPostMetadata {
        title
        url
        board {
          serviceId
        }
      }
      ... on TiktokPostMetadata {
        title
        isAiGenerated
      }
      ... on YoutubePostMetadata {
        title
        category {
          categoryId
        }
        privacy
        license
        notifySubscribers
        embeddable
        madeForKids
        isAiGenerated
      }
      ... on GoogleBusinessPostMetadata {
        type
        title
        details {
          __typename
          ... on GoogleBusinessWhatsNewMetaData {
            button
            link
          }
          ... on GoogleBusinessOfferMetaData {
            title
            startDate
            endDate
            code
            link
            terms
          }
          ... on GoogleBusinessEventMetaData {
            title
            startDate
            endDate
            isFullDayEvent
            button
            link
          }
        }
      }
    }
  }
`;
/** A link card as `LinkAttachmentInput` takes it back. */
const LINK_ATTACHMENT_CONTENT_FIELDS = /* GraphQL */ `
  fragment LinkAttachmentContentFields on LinkAttachment {
    url
    title
    text
    thumbnail
  }
`;
/** One page of posts for import. */
const IMPORT_POSTS_QUERY = withFragments(`query ImportPosts($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) ${postsPageSelection('PostContentFields')}
}`, POST_CONTENT_FIELDS, ASSET_CONTENT_FIELDS, LINK_ATTACHMENT_CONTENT_FIELDS);
/**
 * Daily posting limits for several days in one request, one alias a day
 * (`d0: dailyPostingLimits(input: $d0)`): a sync that creates posts due on
 * different days checks every day at once.
 */
function buildDailyPostingLimitsQuery(days) {
    return aliasedInputQuery('DailyPostingLimitsByDay', days, { alias: 'd', field: 'dailyPostingLimits', inputType: 'DailyPostingLimitsInput' }, '{\n    channelId\n    sent\n    scheduled\n    limit\n    isAtLimit\n  }');
}
/**
 * The channels as `buffer-gitops channels` lists them: what to write in
 * front-matter, plus the Pinterest boards whose `serviceId` goes in
 * `metadata.pinterest.boardServiceId`.
 */
const CHANNELS_LISTING_QUERY = withFragments(`query ChannelsListing($input: ChannelsInput!) {
  channels(input: $input) {
    ...ChannelFields
    metadata {
      ... on PinterestMetadata {
        boards {
          name
          serviceId
        }
      }
    }
  }
}`, CHANNEL_FIELDS);
/**
 * One page of the organization's ideas board, oldest first, with each idea's
 * creation time: the exactly-once check for ideas (apply/exactly-once.ts)
 * looks here for an idea an interrupted attempt already made.
 */
const IDEAS_QUERY = withFragments(`query Ideas($input: IdeasInput!, $first: Int, $after: String) {
  ideas(input: $input, first: $first, after: $after) {
    edges {
      node {
        ...IdeaFields
        createdAt
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}`, IDEA_FIELDS);
/** Every fixed document, by operation name (the schema test walks this). */
const DOCUMENTS = {
    Account: ACCOUNT_QUERY,
    Channels: CHANNELS_QUERY,
    AccountAndChannels: ACCOUNT_AND_CHANNELS_QUERY,
    Connect: buildConnectDocument(false),
    ConnectWithAccount: buildConnectDocument(true),
    Channel: CHANNEL_QUERY,
    Post: POST_QUERY,
    Posts: POSTS_QUERY,
    DailyPostingLimits: DAILY_POSTING_LIMITS_QUERY,
    CreatePost: CREATE_POST_MUTATION,
    EditPost: EDIT_POST_MUTATION,
    DeletePost: DELETE_POST_MUTATION,
    CreateIdea: CREATE_IDEA_MUTATION,
    Ideas: IDEAS_QUERY,
    SyncSnapshot: buildSyncSnapshotQuery({ account: true, recent: true }),
    SyncSnapshotWithMetrics: buildSyncSnapshotQuery({ account: true, recent: true, metrics: true }),
    PostsWithMetrics: POSTS_WITH_METRICS_QUERY,
    ImportPosts: IMPORT_POSTS_QUERY,
    ChannelsListing: CHANNELS_LISTING_QUERY,
};
const MUTATION_SHAPES = {
    createPost: { inputType: 'CreatePostInput', selection: POST_ACTION_SELECTION, fragment: POST_FIELDS },
    editPost: { inputType: 'EditPostInput', selection: POST_ACTION_SELECTION, fragment: POST_FIELDS },
    deletePost: { inputType: 'DeletePostInput', selection: DELETE_POST_SELECTION, fragment: undefined },
    createIdea: { inputType: 'CreateIdeaInput', selection: CREATE_IDEA_SELECTION, fragment: IDEA_FIELDS },
};
/**
 * `<operation><count>`: one aliased root field per item, each with an input
 * variable named like its alias (`d0: dailyPostingLimits(input: $d0)`); the
 * caller fills `variables[aliases[i]]`.
 */
function aliasedInputQuery(operation, count, root, selection) {
    assertAliasCount(count);
    const aliases = Array.from({ length: count }, (_, i) => `${root.alias}${i}`);
    const params = aliases.map((a) => `$${a}: ${root.inputType}!`);
    const fields = aliases.map((a) => `  ${a}: ${root.field}(input: $${a}) ${selection}`);
    return {
        query: `query ${operation}${count}(${params.join(', ')}) {\n${fields.join('\n')}\n}`,
        variables: {},
        aliases,
    };
}
function assertAliasCount(n) {
    if (n < 1)
        throw new RangeError('a batch needs at least one item');
    if (n > MAX_ALIASES)
        throw new RangeError(`a batch may hold at most ${MAX_ALIASES} aliases (Buffer's query limit), got ${n}`);
}
/**
 * One document with one aliased root field per mutation, executed by Buffer
 * serially in order. `inputs[i]` becomes variable `$i<i>`.
 */
function buildMutationBatch(items) {
    assertAliasCount(items.length);
    const params = [];
    const fields = [];
    const variables = {};
    const aliases = [];
    const fragments = new Set();
    items.forEach((item, i) => {
        const shape = MUTATION_SHAPES[item.kind];
        params.push(`$i${i}: ${shape.inputType}!`);
        fields.push(`  m${i}: ${item.kind}(input: $i${i}) ${shape.selection}`);
        variables[`i${i}`] = item.input;
        aliases.push(`m${i}`);
        if (shape.fragment)
            fragments.add(shape.fragment);
    });
    const query = withFragments(`mutation Batch${items.length}(${params.join(', ')}) {\n${fields.join('\n')}\n}`, ...fragments);
    return { query, variables, aliases };
}
/**
 * Several `post` lookups in one request: `p0: post(input: $i0)`. Each reads
 * everything a post file says (text, thread items and their assets, assets,
 * metadata, status, shareMode, dueAt, schedulingType), so the plan can compare
 * Buffer's copy of a tracked post with its file field by field (plan/compare.ts).
 * The fragments are shared by all aliases, so 30 aliases stay far under
 * Buffer's complexity cap (test/buffer/documents.test.ts measures it).
 */
function buildPostsByIdsQuery(ids) {
    assertAliasCount(ids.length);
    const params = ids.map((_, i) => `$i${i}: PostInput!`);
    const fields = ids.map((_, i) => `  p${i}: post(input: $i${i}) {\n    ...PostFields\n    ...PostContentFields\n  }`);
    const variables = {};
    ids.forEach((id, i) => (variables[`i${i}`] = { id }));
    const query = withFragments(`query PostsByIds${ids.length}(${params.join(', ')}) {\n${fields.join('\n')}\n}`, POST_FIELDS, POST_CONTENT_FIELDS, ASSET_CONTENT_FIELDS, LINK_ATTACHMENT_CONTENT_FIELDS);
    return { query, variables, aliases: ids.map((_, i) => `p${i}`) };
}


/***/ }),

/***/ 2963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ BufferGraphQLError),
/* harmony export */   SH: () => (/* binding */ BufferTransportError),
/* harmony export */   Ve: () => (/* binding */ BufferApiError),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gI: () => (/* binding */ BufferNotFoundError),
/* harmony export */   n5: () => (/* binding */ BufferAuthError),
/* harmony export */   sO: () => (/* binding */ BufferRateLimitError),
/* harmony export */   vC: () => (/* binding */ API_KEY_SETTINGS_URL)
/* harmony export */ });
/**
 * Errors the Buffer client throws. Typed mutation errors (the union members in
 * `data`) are NOT thrown: they come back as `MutationResult` values, because a
 * batch has one per item. What is thrown here is what stops a whole request.
 *
 * No message ever contains the API key: messages are built from the response
 * body and fixed text only.
 */
/** Where users create a key; quoted in every authentication failure. */
const API_KEY_SETTINGS_URL = 'https://publish.buffer.com/settings/api';
class BufferApiError extends Error {
    /** Machine-readable reason: a GraphQL `extensions.code` or one of ours. */
    code;
    constructor(message, code, options) {
        super(message, options);
        this.name = new.target.name;
        this.code = code;
    }
}
/** 401/403, or `UNAUTHENTICATED` / `UNAUTHORIZED` / `FORBIDDEN` in `errors[]`; also a key refused locally. */
class BufferAuthError extends BufferApiError {
    status;
    detail;
    local;
    /**
     * @param detail what Buffer said, or (local) why the key cannot be sent
     * @param local true when the key was refused before any request was made
     */
    constructor(detail, code, status, local = false) {
        super(authMessage(detail, code, status, local, 'action'), code);
        this.status = status;
        this.detail = detail;
        this.local = local;
    }
    /** The message in the words of who runs: the action names its input, the CLI the environment variable. */
    messageFor(surface) {
        return authMessage(this.detail, this.code, this.status, this.local, surface);
    }
}
function authMessage(detail, code, status, local, surface) {
    const said = detail ? (local ? `: ${detail}` : ` (Buffer said: ${detail})`) : '';
    const how = surface === 'cli'
        ? `Create one at ${API_KEY_SETTINGS_URL} and set it in the BUFFER_API_KEY environment variable.`
        : `Create one at ${API_KEY_SETTINGS_URL} and pass it as the \`buffer-api-key\` input / BUFFER_API_KEY.`;
    if (local)
        return `The Buffer API key cannot be used${said}. ${how}`;
    if (code === 'FORBIDDEN' || status === 403)
        return `Buffer accepted the API key but refused access${said}. Use a key of the account that owns the organization and channels. ${how}`;
    return `Buffer rejected the API key${said}. ${how}`;
}
/** 429, after the retry policy gave up (or the wait would exceed the bound). */
class BufferRateLimitError extends BufferApiError {
    window;
    /** Seconds until a retry can succeed, when Buffer said (Retry-After). */
    retryAfterSeconds;
    constructor(window, retryAfterSeconds, extra = '') {
        const which = window ? ` (\`${window}\` window)` : '';
        const when = retryAfterSeconds !== undefined
            ? `Retry after ${formatDuration(retryAfterSeconds)}.`
            : 'Retry after the window resets.';
        super(`Buffer rate limit exceeded${which}. ${when}${extra}`, 'RATE_LIMIT_EXCEEDED');
        this.window = window;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
/** A non-empty `errors` array that is not auth, not-found or rate limiting. */
class BufferGraphQLError extends BufferApiError {
    /** Every message of `errors[]`; the error message joins them with "; ". */
    messages;
    /** True when Buffer rejected the document itself (validation or query limits): nothing executed. */
    rejectedDocument;
    constructor(messages, code, rejectedDocument) {
        super(messages.join('; ') || 'Buffer returned an error without a message', code ?? 'GRAPHQL_ERROR');
        this.messages = messages;
        this.rejectedDocument = rejectedDocument;
    }
}
/** `NOT_FOUND` on a read of one resource (channel); `post()` maps it to null instead. */
class BufferNotFoundError extends BufferApiError {
    constructor(message) {
        super(message, 'NOT_FOUND');
    }
}
/**
 * The request failed below GraphQL: network error, timeout, HTTP 5xx, a body
 * that is not a GraphQL response, or `data: null` with `UNEXPECTED`.
 */
class BufferTransportError extends BufferApiError {
    /** False only when we know Buffer never received the request (e.g. connection refused). */
    mayHaveExecuted;
    status;
    constructor(message, opts) {
        super(message, opts.code ?? 'TRANSPORT_ERROR', { cause: opts.cause });
        this.mayHaveExecuted = opts.mayHaveExecuted;
        this.status = opts.status;
    }
}
/** "4m 12s" style, as the official CLI prints waits. */
function formatDuration(totalSeconds) {
    const s = Math.max(0, Math.ceil(totalSeconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    const parts = [];
    if (h)
        parts.push(`${h}h`);
    if (m)
        parts.push(`${m}m`);
    if (rest || parts.length === 0)
        parts.push(`${rest}s`);
    return parts.join(' ');
}


/***/ }),

/***/ 1932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iR: () => (/* binding */ toPost),
/* harmony export */   mZ: () => (/* binding */ toPostMetric),
/* harmony export */   pr: () => (/* binding */ toChannel),
/* harmony export */   qM: () => (/* binding */ toPostsPage),
/* harmony export */   t$: () => (/* binding */ toIdea),
/* harmony export */   tf: () => (/* binding */ toAccount)
/* harmony export */ });
/* harmony import */ var _post_content_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4322);

function obj(value) {
    return value && typeof value === 'object' ? value : {};
}
function toAccount(wire) {
    const w = obj(wire);
    const orgs = Array.isArray(w.organizations) ? w.organizations : [];
    return {
        id: String(w.id),
        email: String(w.email ?? ''),
        timezone: w.timezone ?? null,
        organizations: orgs.map((o) => {
            const org = obj(o);
            return {
                id: String(org.id),
                name: String(org.name ?? ''),
                ...(typeof org.channelCount === 'number' ? { channelCount: org.channelCount } : {}),
            };
        }),
    };
}
function toChannel(wire) {
    const w = obj(wire);
    const metadata = obj(w.metadata);
    const channel = {
        id: String(w.id),
        name: String(w.name ?? ''),
        displayName: w.displayName ?? null,
        service: w.service,
        organizationId: String(w.organizationId ?? ''),
        timezone: String(w.timezone ?? ''),
    };
    if (typeof w.isLocked === 'boolean')
        channel.isLocked = w.isLocked;
    if (typeof w.isDisconnected === 'boolean')
        channel.isDisconnected = w.isDisconnected;
    if (typeof metadata.maxCharacters === 'number')
        channel.maxCharacters = metadata.maxCharacters;
    return channel;
}
function toPost(wire) {
    const w = obj(wire);
    const metadata = obj(w.metadata);
    const thread = Array.isArray(metadata.thread)
        ? metadata.thread.map((item) => ({ text: String(obj(item).text ?? '') }))
        : null;
    const error = w.error ? { message: String(obj(w.error).message ?? '') } : null;
    const post = {
        id: String(w.id),
        channelId: String(w.channelId ?? ''),
        status: w.status,
        text: String(w.text ?? ''),
        dueAt: w.dueAt ?? null,
        sentAt: w.sentAt ?? null,
        externalLink: w.externalLink ?? null,
        error,
        thread: thread && thread.length > 0 ? thread : null,
    };
    if (w.channelService)
        post.channelService = w.channelService;
    if (typeof w.createdAt === 'string')
        post.createdAt = w.createdAt;
    if (typeof w.updatedAt === 'string')
        post.updatedAt = w.updatedAt;
    if (w.shareMode)
        post.shareMode = w.shareMode;
    if (w.schedulingType !== undefined)
        post.schedulingType = w.schedulingType ?? null;
    // Only the full fragment selects `assets`: without it, what the post holds is unknown, not empty.
    if (Array.isArray(w.assets))
        post.content = (0,_post_content_js__WEBPACK_IMPORTED_MODULE_0__/* .toPostContent */ .h)(w, post.channelService);
    // Only the metrics fragment selects these: absent means "not asked", not "none".
    if ('metrics' in w)
        post.metrics = Array.isArray(w.metrics) ? w.metrics.map(toPostMetric) : null;
    if ('metricsUpdatedAt' in w)
        post.metricsUpdatedAt = w.metricsUpdatedAt ?? null;
    return post;
}
/** One page of a `posts` connection (edges and pageInfo, as documents.ts selects them). */
function toPostsPage(wire) {
    const w = (wire ?? {});
    return {
        posts: (w.edges ?? []).filter((e) => e?.node).map((e) => toPost(e.node)),
        endCursor: w.pageInfo?.endCursor ?? undefined,
        hasNextPage: Boolean(w.pageInfo?.hasNextPage),
    };
}
/** One `PostMetric` entry (also what `aggregatedPostMetrics` lists). */
function toPostMetric(wire) {
    const w = obj(wire);
    const metric = {
        type: String(w.type ?? ''),
        value: Number(w.value),
        unit: w.unit === 'percentage' ? 'percentage' : 'count',
    };
    if (typeof w.name === 'string')
        metric.name = w.name;
    return metric;
}
function toIdea(wire) {
    const w = obj(wire);
    const content = obj(w.content);
    return {
        id: String(w.id),
        organizationId: String(w.organizationId ?? ''),
        content: {
            title: content.title ?? null,
            text: content.text ?? null,
        },
        ...(typeof w.createdAt === 'number' ? { createdAt: w.createdAt } : {}),
    };
}


/***/ }),

/***/ 4322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ toPostContent),
/* harmony export */   n: () => (/* binding */ withoutDefaults)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7071);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 4613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kN: () => (/* binding */ bufferClient),
  $V: () => (/* binding */ clientFor),
  ww: () => (/* binding */ gitFor),
  To: () => (/* binding */ runSecrets)
});

// EXTERNAL MODULE: ./src/buffer/errors.ts
var errors = __nccwpck_require__(2963);
// EXTERNAL MODULE: ./src/buffer/documents.ts
var documents = __nccwpck_require__(2656);
// EXTERNAL MODULE: ./src/buffer/mappers.ts
var mappers = __nccwpck_require__(1932);
;// CONCATENATED MODULE: ./src/buffer/payload.ts
/**
 * Mutation payload unions → a typed success or a typed error. Buffer returns
 * user-fixable failures (InvalidInputError, LimitReachedError, NotFoundError,
 * UnauthorizedError, UnexpectedError, RestProxyError, VoidMutationError) as
 * union members in `data`, not in `errors[]`; each becomes a value, because a
 * batch holds one per item and one failure must not hide the others.
 */

/** Success members per mutation, as the official CLI's `successTypes`. */
const SUCCESS_TYPES = {
    createPost: ['PostActionSuccess'],
    editPost: ['PostActionSuccess'],
    deletePost: ['DeletePostSuccess'],
    createIdea: ['Idea', 'IdeaResponse'],
};
function toMutationError(payload) {
    const type = typeof payload.__typename === 'string' ? payload.__typename : 'UnknownError';
    const error = {
        type,
        message: typeof payload.message === 'string' ? payload.message : `Operation returned error type \`${type}\``,
    };
    if (typeof payload.code === 'number')
        error.code = payload.code;
    if (typeof payload.link === 'string')
        error.link = payload.link;
    return error;
}
/**
 * Map one payload. A payload whose success member lacks its object (e.g. an
 * `IdeaResponse` with `idea: null`) is an UnexpectedError, not a crash.
 */
function mapPayload(kind, payload) {
    const p = (payload && typeof payload === 'object' ? payload : {});
    const typename = p.__typename;
    if (typeof typename === 'string' && !SUCCESS_TYPES[kind].includes(typename)) {
        return { ok: false, error: toMutationError(p) };
    }
    switch (kind) {
        case 'createPost':
        case 'editPost':
            return p.post ? { ok: true, value: (0,mappers/* toPost */.iR)(p.post) } : missing(kind);
        case 'deletePost':
            return typeof p.id === 'string' ? { ok: true, value: { id: p.id } } : missing(kind);
        case 'createIdea': {
            const idea = typename === 'IdeaResponse' ? p.idea : p;
            return idea && typeof idea === 'object' && 'id' in idea ? { ok: true, value: (0,mappers/* toIdea */.t$)(idea) } : missing(kind);
        }
    }
}
function missing(kind) {
    return { ok: false, error: { type: 'UnexpectedError', message: `Buffer's ${kind} answer carried no result` } };
}
/** Buffer's answer to deleting a post that is not there (any more). */
function isNotFoundError(error) {
    return error.type === 'NotFoundError' || /not\s*found|does not exist|no longer exists/i.test(error.message);
}

;// CONCATENATED MODULE: ./src/buffer/rate-limit.ts
const WINDOW_BY_SECONDS = { 900: '15m', 86400: '24h', 2592000: '30d' };
function readHeader(headers, name) {
    if (typeof headers.get === 'function') {
        return headers.get(name) ?? undefined;
    }
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() !== wanted || value === undefined)
            continue;
        return Array.isArray(value) ? value.join(', ') : String(value);
    }
    return undefined;
}
/** Split on commas and semicolons that are outside quoted strings and byte sequences. */
function splitTopLevel(value, separator) {
    const parts = [];
    let current = '';
    let quoted = false;
    let inBytes = false;
    for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (quoted) {
            current += ch;
            if (ch === '\\' && i + 1 < value.length)
                current += value[++i];
            else if (ch === '"')
                quoted = false;
            continue;
        }
        if (ch === '"')
            quoted = true;
        else if (ch === ':')
            inBytes = !inBytes;
        if (ch === separator && !inBytes) {
            parts.push(current.trim());
            current = '';
        }
        else {
            current += ch;
        }
    }
    if (current.trim() !== '')
        parts.push(current.trim());
    return parts.filter((p) => p !== '');
}
function unquote(value) {
    const v = value.trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
        return v.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    return v;
}
function parseStructuredList(value) {
    return splitTopLevel(value, ',').map((member) => {
        const [head = '', ...rest] = splitTopLevel(member, ';');
        const params = new Map();
        for (const param of rest) {
            const eq = param.indexOf('=');
            // A bare key is boolean true in structured fields.
            if (eq < 0)
                params.set(param.trim().toLowerCase(), '?1');
            else
                params.set(param.slice(0, eq).trim().toLowerCase(), unquote(param.slice(eq + 1)));
        }
        return { name: unquote(head), params };
    });
}
function intParam(params, ...keys) {
    if (!params)
        return undefined;
    for (const key of keys) {
        const raw = params.get(key);
        if (raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw))
            return Number(raw);
    }
    return undefined;
}
function windowName(seconds, fallback) {
    if (seconds === undefined)
        return fallback;
    return WINDOW_BY_SECONDS[seconds] ?? `${seconds}s`;
}
function pickTightest(windows) {
    let best;
    for (const w of windows) {
        if (w.remaining === undefined)
            continue;
        if (!best ||
            w.remaining < best.remaining ||
            (w.remaining === best.remaining && (w.resetSeconds ?? 0) > (best.resetSeconds ?? 0))) {
            best = w;
        }
    }
    return best ?? windows[0];
}
function parseDraft8(state, policy) {
    const states = state ? parseStructuredList(state) : [];
    const policies = policy ? parseStructuredList(policy) : [];
    const byName = new Map(policies.map((p) => [p.name, p]));
    const windows = [];
    const usedPolicies = new Set();
    states.forEach((item, index) => {
        // Pair state with its policy by name; fall back to position like the official CLI.
        const pol = byName.get(item.name) ?? policies[index];
        if (pol)
            usedPolicies.add(pol);
        const seconds = intParam(pol?.params, 'w') ?? intParam(item.params, 'w');
        windows.push({
            window: windowName(seconds, item.name),
            limit: intParam(pol?.params, 'q', 'limit') ?? intParam(item.params, 'q', 'limit'),
            remaining: intParam(item.params, 'r', 'remaining'),
            resetSeconds: intParam(item.params, 't', 'reset'),
        });
    });
    // A policy without a state line still tells the quota.
    for (const pol of policies) {
        if (usedPolicies.has(pol))
            continue;
        windows.push({
            window: windowName(intParam(pol.params, 'w'), pol.name),
            limit: intParam(pol.params, 'q', 'limit'),
            remaining: undefined,
            resetSeconds: undefined,
        });
    }
    return windows;
}
/**
 * Parse the rate-limit headers of one response; `undefined` when it carries none
 * (Buffer's 401 has none). `nowMs` turns the legacy epoch Reset into seconds.
 */
function parseRateLimitHeaders(headers, nowMs = Date.now()) {
    const state = readHeader(headers, 'ratelimit');
    const policy = readHeader(headers, 'ratelimit-policy');
    let windows = [];
    if (state || policy) {
        windows = parseDraft8(state, policy);
    }
    else {
        const limit = readHeader(headers, 'x-ratelimit-limit');
        const remaining = readHeader(headers, 'x-ratelimit-remaining');
        const reset = readHeader(headers, 'x-ratelimit-reset');
        if (limit !== undefined || remaining !== undefined || reset !== undefined) {
            const num = (v) => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);
            const resetEpoch = num(reset);
            windows = [
                {
                    window: 'legacy',
                    limit: num(limit),
                    remaining: num(remaining),
                    resetSeconds: resetEpoch === undefined ? undefined : Math.max(0, Math.ceil(resetEpoch - nowMs / 1000)),
                },
            ];
        }
    }
    if (windows.length === 0)
        return undefined;
    return { windows, tightest: pickTightest(windows) };
}
/** `Retry-After` as delta-seconds or an HTTP-date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs = Date.now()) {
    if (value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v);
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

;// CONCATENATED MODULE: ./src/buffer/response.ts
/**
 * What an HTTP result from Buffer means. Buffer answers GraphQL errors with
 * 200 (docs), but its gateway answers auth failures with 401 and rate limiting
 * with 429, so both the status and `errors[].extensions.code` are read.
 *
 * `interpretHttpResult` throws for whole-request failures (auth, 429, 5xx,
 * unreadable body) and otherwise returns the GraphQL body; `errorFromGraphQL`
 * turns a non-empty `errors[]` into the matching thrown error.
 */


const AUTH_CODES = new Set(['UNAUTHENTICATED', 'UNAUTHORIZED', 'FORBIDDEN']);
/** Codes under which Buffer executed nothing because the document itself was refused. */
const DOCUMENT_REJECTED_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
/** Query-limit errors carry no code; Buffer's messages name the limit. */
const QUERY_LIMIT_MESSAGE = /(exceeds|maximum|too many|limit|simplify|complex|depth|alias|token|directive)/i;
const SERVER_FAULT_CODES = new Set(['UNEXPECTED', 'INTERNAL_SERVER_ERROR']);
function asGraphQLBody(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return undefined;
    const record = body;
    if (!('data' in record) && !('errors' in record))
        return undefined;
    const rawErrors = Array.isArray(record.errors) ? record.errors : [];
    const errors = rawErrors.map((e) => {
        const entry = (e && typeof e === 'object' ? e : {});
        return {
            message: typeof entry.message === 'string' ? entry.message : String(entry.message ?? ''),
            path: Array.isArray(entry.path) ? entry.path : undefined,
            extensions: entry.extensions && typeof entry.extensions === 'object'
                ? entry.extensions
                : undefined,
        };
    });
    const data = 'data' in record ? record.data : undefined;
    return { data, errors };
}
function firstCode(errors, wanted) {
    for (const e of errors) {
        const code = e.extensions?.code;
        if (code && wanted.has(code))
            return code;
    }
    return undefined;
}
function joinedMessages(errors) {
    const text = errors
        .map((e) => e.message)
        .filter(Boolean)
        .join('; ');
    return text || undefined;
}
/** A 429 (or a 200 carrying RATE_LIMIT_EXCEEDED): when may we retry? */
function rateLimitError(result, body, nowMs) {
    const window = body?.errors.find((e) => e.extensions?.window)?.extensions?.window;
    let retryAfter = parseRetryAfter(result.headers['retry-after'], nowMs);
    if (retryAfter === undefined && window) {
        // No header: the exhausted window's reset time is the next best hint.
        retryAfter = parseRateLimitHeaders(result.headers, nowMs)?.windows.find((w) => w.window === window)?.resetSeconds;
    }
    return new errors/* BufferRateLimitError */.sO(window, retryAfter);
}
function interpretHttpResult(result, nowMs = Date.now()) {
    const body = asGraphQLBody(result.body);
    const { status } = result;
    if (status === 429 || (body && firstCode(body.errors, new Set(['RATE_LIMIT_EXCEEDED'])))) {
        throw rateLimitError(result, body, nowMs);
    }
    if (status === 401 || status === 403) {
        const code = (body && firstCode(body.errors, AUTH_CODES)) ?? (status === 403 ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        throw new errors/* BufferAuthError */.n5(body && joinedMessages(body.errors), code, status);
    }
    if (status >= 500) {
        throw new errors/* BufferTransportError */.SH(`Buffer answered HTTP ${status}${body ? `: ${joinedMessages(body.errors) ?? ''}` : ''}`, {
            mayHaveExecuted: true,
            status,
            code: 'HTTP_' + status,
        });
    }
    if (!body) {
        // 2xx that is not a GraphQL response (a proxy page, a body cut off mid-stream).
        throw new errors/* BufferTransportError */.SH(`HTTP ${status}: failed to parse Buffer's response as a GraphQL response`, {
            mayHaveExecuted: status < 300,
            status,
            code: 'UNPARSABLE_RESPONSE',
        });
    }
    if (status >= 300 && body.errors.length === 0) {
        throw new errors/* BufferTransportError */.SH(`Buffer answered HTTP ${status} without errors`, { mayHaveExecuted: false, status });
    }
    const authCode = firstCode(body.errors, AUTH_CODES);
    if (authCode)
        throw new errors/* BufferAuthError */.n5(joinedMessages(body.errors), authCode, status);
    if (body.errors.length > 0 && !body.data && firstCode(body.errors, SERVER_FAULT_CODES)) {
        // Executed or not, the result is lost: same as a lost response.
        throw new errors/* BufferTransportError */.SH(`Buffer reported an unexpected error: ${joinedMessages(body.errors) ?? ''}`, {
            mayHaveExecuted: true,
            status,
            code: 'UNEXPECTED',
        });
    }
    if (body.data === undefined && body.errors.length === 0) {
        throw new errors/* BufferTransportError */.SH('Buffer response contains no data', {
            mayHaveExecuted: true,
            status,
            code: 'NO_DATA',
        });
    }
    return body;
}
/** True when Buffer refused the whole document (validation / query limits): nothing ran. */
function isDocumentRejected(body) {
    if (body.errors.length === 0)
        return false;
    if (body.data === undefined)
        return true;
    if (body.data !== null)
        return false;
    return body.errors.every((e) => {
        const code = e.extensions?.code;
        return code ? DOCUMENT_REJECTED_CODES.has(code) : !e.path && QUERY_LIMIT_MESSAGE.test(e.message);
    });
}
/** The error to throw for a body whose `errors[]` is non-empty. */
function errorFromGraphQL(body) {
    const codes = body.errors.map((e) => e.extensions?.code).filter((c) => typeof c === 'string');
    const message = joinedMessages(body.errors) ?? 'Buffer returned an error without a message';
    if (codes.length > 0 && codes.every((c) => c === 'NOT_FOUND'))
        return new errors/* BufferNotFoundError */.gI(message);
    return new errors/* BufferGraphQLError */.Qo(body.errors.map((e) => e.message), codes[0], isDocumentRejected(body));
}
/** `data[field]`, or a thrown error when `errors[]` is non-empty or the field is missing. */
function requireField(body, field) {
    if (body.errors.length > 0)
        throw errorFromGraphQL(body);
    const value = body.data?.[field];
    if (value === undefined || value === null) {
        throw new errors/* BufferTransportError */.SH(`Expected field \`${field}\` not found in Buffer's response`, {
            mayHaveExecuted: true,
            code: 'NO_DATA',
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./src/buffer/batch.ts
/**
 * Many mutations in few requests: Buffer's budget is per HTTP request (100 per
 * 15 min on the free plan), so N posts are sent as aliases of one document
 * (`m0: createPost(input: $i0) …`), at most 30 per document (query limit).
 *
 * Every item ends with a known result or, when Buffer may or may not have
 * executed it (lost response, 5xx, data nulled), `unknown`:
 * - a document refused as a whole (validation, query limits) executed nothing:
 *   it is split in halves and retried smaller; a bad variable is pinned to its
 *   item by name (`$i3`) and the rest resent together;
 * - a batch containing a create is never resent after a lost answer: its items
 *   become `unknown` (the caller does the exactly-once check), but its edits
 *   and deletes, which are safe to repeat, are resent on their own;
 * - a delete retried after a lost answer that now says "not found" was deleted.
 */




function isCreate(op) {
    return op.kind === 'createPost' || op.kind === 'createIdea';
}
function wireInput(op) {
    return op.kind === 'deletePost' ? { id: op.id } : op.input;
}
function clampBatchSize(maxBatch) {
    const n = Math.floor(maxBatch ?? documents/* DEFAULT_BATCH_SIZE */.jg);
    if (!Number.isFinite(n) || n < 1)
        return 1;
    return Math.min(n, documents/* MAX_ALIASES */.K1);
}
/** An error code as a per-item error; used where Buffer refused without executing. */
function refused(error) {
    // A rate-limit refusal keeps its hint, so the caller can stop and say when the rest can go.
    const hint = error instanceof errors/* BufferRateLimitError */.sO ? { window: error.window, retryAfterSeconds: error.retryAfterSeconds } : {};
    return { ok: false, error: { type: error.name, message: error.message, ...hint } };
}
class BatchRunner {
    ops;
    send;
    outcomes;
    constructor(ops, send) {
        this.ops = ops;
        this.send = send;
        this.outcomes = new Array(ops.length).fill(undefined);
    }
    async run(maxBatch) {
        const size = clampBatchSize(maxBatch);
        const items = this.ops.map((op, index) => ({ index, op, resent: false }));
        for (let start = 0; start < items.length; start += size) {
            await this.runChunk(items.slice(start, start + size));
        }
        return this.outcomes.map((o) => o ?? { ok: 'unknown', reason: 'no answer was recorded for this item' });
    }
    async runChunk(items) {
        if (items.length === 0)
            return;
        const built = (0,documents/* buildMutationBatch */.Gm)(items.map((it) => ({ kind: it.op.kind, input: wireInput(it.op) })));
        const safety = items.some((it) => isCreate(it.op)) ? 'unsafe' : 'idempotent';
        let body;
        try {
            body = await this.send(built, safety);
        }
        catch (error) {
            if (error instanceof errors/* BufferTransportError */.SH) {
                return this.answerLost(items, error.message);
            }
            if (error instanceof errors/* BufferApiError */.Ve) {
                // Auth, rate limit past the bound, …: refused before execution.
                for (const it of items)
                    this.outcomes[it.index] = refused(error);
                return;
            }
            throw error;
        }
        if (isDocumentRejected(body))
            return this.documentRejected(items, body);
        const data = body.data;
        const lost = [];
        items.forEach((it, i) => {
            const alias = built.aliases[i];
            const payload = data?.[alias];
            const fieldErrors = body.errors.filter((e) => e.path?.[0] === alias);
            if (payload !== undefined && payload !== null) {
                this.settle(it, mapPayload(it.op.kind, payload));
            }
            else if (fieldErrors.length > 0 && !fieldErrors.some((e) => e.extensions?.code === 'UNEXPECTED')) {
                // The field itself failed with a definite error (e.g. NOT_FOUND).
                const first = fieldErrors[0];
                this.settle(it, { ok: false, error: { type: codeToType(first), message: first.message } });
            }
            else {
                lost.push(it);
            }
        });
        if (lost.length > 0) {
            const reason = body.errors.map((e) => e.message).join('; ') || 'Buffer returned no result for this item';
            // A definite error on one alias nulls `data` (payloads are non-null) and
            // stops the serial execution there. That item is settled, so resending
            // the others makes progress and may repeat as often as it does.
            await this.answerLost(lost, reason, lost.length < items.length);
        }
    }
    /** Record an answer; a retried delete that finds nothing did delete. */
    settle(it, outcome) {
        if (it.op.kind === 'deletePost' && it.resent && outcome.ok === false && isNotFoundError(outcome.error)) {
            this.outcomes[it.index] = { ok: true, value: { id: it.op.id } };
            return;
        }
        this.outcomes[it.index] = outcome;
    }
    /** Creates become `unknown`; edits and deletes are resent once, on their own. */
    async answerLost(items, reason, madeProgress = false) {
        const retry = [];
        for (const it of items) {
            if (!isCreate(it.op) && (!it.resent || madeProgress))
                retry.push({ ...it, resent: true });
            else
                this.outcomes[it.index] = {
                    ok: 'unknown',
                    reason: `the answer was lost (${reason}); Buffer may or may not have executed it`,
                };
        }
        if (retry.length > 0)
            await this.runChunk(retry);
    }
    async documentRejected(items, body) {
        const badVariables = variableIndexes(body.errors);
        if (badVariables.size > 0 && [...badVariables].every((i) => i < items.length)) {
            // Variable coercion failed for named items: those inputs are invalid, the rest are fine.
            const rest = [];
            items.forEach((it, i) => {
                if (badVariables.has(i)) {
                    const messages = body.errors.filter((e) => variableIndexes([e]).has(i)).map((e) => e.message);
                    this.outcomes[it.index] = { ok: false, error: { type: 'InvalidInputError', message: messages.join('; ') } };
                }
                else {
                    rest.push(it);
                }
            });
            return this.runChunk(rest);
        }
        if (items.length > 1) {
            // Too big or too complex: nothing ran, so halves are safe to send.
            const half = Math.ceil(items.length / 2);
            await this.runChunk(items.slice(0, half));
            await this.runChunk(items.slice(half));
            return;
        }
        const error = new errors/* BufferGraphQLError */.Qo(body.errors.map((e) => e.message), body.errors[0]?.extensions?.code, true);
        this.outcomes[items[0].index] = { ok: false, error: { type: 'GraphQLError', message: error.message } };
    }
}
function codeToType(error) {
    switch (error.extensions?.code) {
        case 'NOT_FOUND':
            return 'NotFoundError';
        case 'FORBIDDEN':
        case 'UNAUTHORIZED':
            return 'UnauthorizedError';
        default:
            return error.extensions?.code ?? 'GraphQLError';
    }
}
/** Items named by variable errors: `Variable "$i3" got invalid value …`. */
function variableIndexes(errors) {
    const found = new Set();
    for (const e of errors) {
        const m = /Variable "\$i(\d+)"/.exec(e.message);
        if (m)
            found.add(Number(m[1]));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/buffer/retry.ts
/**
 * When a failed request may be sent again. Buffer has no idempotency key, so
 * the answer depends on the operation (reference/buffer-idempotency.md):
 *
 * - 429: the gateway refused before executing anything, so every operation may
 *   wait `Retry-After` and retry. Buffer's published policy: sleep Retry-After,
 *   retry once; on a second 429 double the sleep, retry once more; then surface.
 *   A single wait longer than `maxWaitMs` is not waited: the error surfaces.
 * - Transport failure (network, timeout, 5xx, lost answer): reads and
 *   idempotent writes (editPost, deletePost) retry after a short bounded
 *   backoff; creates never do, unless we know the request never reached Buffer,
 *   because a second create would duplicate the post.
 *
 * Delays are parameters and `sleep` is injected, so tests never sleep.
 */

const DEFAULT_RATE_LIMIT_RETRIES = 2;
const DEFAULT_TRANSPORT_DELAYS_MS = [500, 2_000];
/** Whether a transport failure may be retried for this kind of operation. */
function mayRetryTransport(safety, error) {
    return safety !== 'unsafe' || !error.mayHaveExecuted;
}
/**
 * The wait before retry number `retryIndex` (0-based) after a 429, or
 * undefined when the 429 must surface (no hint, budget spent, wait too long).
 */
function rateLimitWaitMs(error, retryIndex, previousWaitMs, maxRetries, maxWaitMs) {
    if (retryIndex >= maxRetries || error.retryAfterSeconds === undefined)
        return undefined;
    const hinted = error.retryAfterSeconds * 1000;
    // Second 429 in a row: double the previous sleep (but never wait less than Buffer asks).
    const wait = previousWaitMs === undefined ? hinted : Math.max(hinted, previousWaitMs * 2);
    return wait > maxWaitMs ? undefined : wait;
}
async function withRetry(attempt, opts) {
    const maxRateRetries = opts.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
    const transportDelays = opts.transportDelaysMs ?? DEFAULT_TRANSPORT_DELAYS_MS;
    let rateRetries = 0;
    let transportRetries = 0;
    let previousWait;
    for (;;) {
        try {
            return await attempt();
        }
        catch (error) {
            if (error instanceof errors/* BufferRateLimitError */.sO) {
                const wait = rateLimitWaitMs(error, rateRetries, previousWait, maxRateRetries, opts.maxWaitMs);
                if (wait === undefined)
                    throw error;
                rateRetries++;
                previousWait = wait;
                await opts.sleep(wait);
                continue;
            }
            if (error instanceof errors/* BufferTransportError */.SH) {
                const delay = transportDelays[transportRetries];
                if (delay === undefined || !mayRetryTransport(opts.safety, error))
                    throw error;
                transportRetries++;
                await opts.sleep(delay);
                continue;
            }
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/version.ts
/** The product's version: the CLI's --version, init's `uses:` tag, the user-agent. Kept equal to package.json's by test/version.test.ts. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/buffer/api-url.ts
var api_url = __nccwpck_require__(5242);
// EXTERNAL MODULE: ./src/http/exchange.ts
var exchange = __nccwpck_require__(1823);
;// CONCATENATED MODULE: ./src/buffer/transport.ts
/**
 * One HTTP round trip to Buffer's GraphQL endpoint, over node:http /
 * node:https (../http/exchange.ts), with a keep-alive agent per transport.
 *
 * Why not Node's fetch, which Octokit's request library used: Node loads undici on the
 * first fetch and compiles its WebAssembly HTTP parser. Measured (issue 16;
 * Node 24, clean environment, one request from a cold process, medians of 21
 * to 31 alternating runs on a loaded 2-CPU machine): to the local sandbox over
 * http, first response 133 → 64 ms after the process started, 78 → 37 ms CPU,
 * 62 → 47 MB peak RSS; over https, 88 → 49 ms, 79 → 49 ms CPU, 63 → 53 MB.
 * Octokit's request with a `request.fetch` written on node:http measured the
 * same as this file (64 ms, 38 ms CPU, 47 MB: it reads `globalThis.fetch` only
 * when no fetch is given), so simplicity decided: that fetch has to imitate a
 * Response (iterable headers, `text()`, `arrayBuffer()`) for a library whose
 * work here is `JSON.stringify` and a content-type switch, whose errors we
 * then unwrap again, and it cannot say whether a failed request left this
 * machine, which node:http can (exchange.ts). So the transport speaks HTTP itself.
 *
 * This layer only moves bytes: it returns every response that arrived (any
 * status) and throws `BufferTransportError` when none did, with
 * `mayHaveExecuted` false only when the connection never came up (refused,
 * DNS, TLS handshake, a timeout while connecting). Deciding what a status or
 * an `errors[]` entry means is `response.ts`'s job.
 *
 * Redirects are not followed (fetch followed them): Buffer's API does not
 * redirect, and following one would replay a create at another URL (fetch
 * even turned a POST into a GET on 301/302). The 3xx is returned like any
 * status; response.ts reports it as no GraphQL answer, nothing executed.
 *
 * Proxies: as with Node's fetch, HTTP(S)_PROXY is used only when Node is told
 * to (NODE_USE_ENV_PROXY=1 or --use-env-proxy): the agent takes the proxy
 * settings of Node's global agent (exchange.ts `keepAliveAgent`). node:http obeys
 * that switch from Node 24.5 (fetch from 24.0), so on Node 24.0–24.4 a proxy
 * set that way is no longer used; without the switch nothing changed.
 */




const DEFAULT_TIMEOUT_MS = 30_000;
const USER_AGENT = `buffer-gitops/${VERSION} (+https://github.com/features/actions)`;
/**
 * `<apiUrl>/graphql`, as the official CLI posts. A URL already ending in
 * /graphql is used as is, and a proxy's path prefix is kept
 * (`https://proxy/buffer` → `https://proxy/buffer/graphql`).
 */
function resolveGraphQLEndpoint(apiUrl = api_url/* DEFAULT_API_URL */.r) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        throw new TypeError(`api-url is not an absolute URL: ${JSON.stringify(apiUrl)} (expected e.g. ${api_url/* DEFAULT_API_URL */.r})`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new TypeError(`api-url must be http(s), got ${url.protocol}`);
    }
    const path = url.pathname.replace(/\/+$/, '');
    url.pathname = path.endsWith('/graphql') ? path : `${path}/graphql`;
    return url.toString();
}
/**
 * Refuse keys that would corrupt the Authorization header (a pasted newline
 * could inject headers). Same rule as the official CLI: printable ASCII and tab.
 * The message never echoes the key.
 */
function assertUsableApiKey(apiKey) {
    if (typeof apiKey !== 'string' || apiKey.trim() === '') {
        throw new errors/* BufferAuthError */.n5('no API key was given', 'MISSING_API_KEY', undefined, true);
    }
    if (!/^[\x20-\x7E\t]+$/.test(apiKey)) {
        throw new errors/* BufferAuthError */.n5('it contains characters outside printable ASCII (a pasted newline or a typographic quote?)', 'INVALID_API_KEY', undefined, true);
    }
}
/** A JSON media type: application/json, or any `+json` type (application/graphql-response+json…). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;
/** Parsed JSON when the content-type says JSON and it parses; otherwise the text ("" when it could not be read). */
function parseBody(bytes, contentType) {
    if (bytes === undefined)
        return '';
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (!JSON_MEDIA_TYPE.test((contentType ?? '').split(';')[0].trim()))
        return text;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** One keep-alive agent per transport (per client), made on its first request. */
const connections = new WeakMap();
function connectionFor(opts, url) {
    let connection = connections.get(opts);
    if (!connection)
        connections.set(opts, (connection = new exchange/* KeepAlive */.PR()));
    return connection.for(url);
}
async function postGraphQL(opts, query, variables, 
/** Ends the request when aborted (client.ts: a read sent ahead that nobody claimed). */
signal) {
    assertUsableApiKey(opts.apiKey);
    const url = new URL(opts.endpoint);
    const { mod, agent } = connectionFor(opts, url);
    try {
        const response = await (0,exchange/* exchange */.cv)(url, JSON.stringify({ query, variables }), {
            mod,
            agent,
            timeoutMs: opts.timeoutMs,
            signal,
            headers: {
                authorization: `Bearer ${opts.apiKey}`,
                'content-type': 'application/json',
                accept: 'application/json',
                'accept-encoding': 'gzip',
                'user-agent': USER_AGENT,
            },
        });
        return {
            status: response.status,
            headers: response.headers,
            body: parseBody(response.body, response.headers['content-type']),
        };
    }
    catch (error) {
        if (!(error instanceof exchange/* ExchangeFailure */.u7))
            throw error;
        const sent = error.mayHaveLeft;
        if (error.timedOut) {
            const message = sent
                ? `Buffer did not answer within ${opts.timeoutMs} ms`
                : `Could not connect to Buffer at ${opts.endpoint} within ${opts.timeoutMs} ms`;
            throw new errors/* BufferTransportError */.SH(message, { mayHaveExecuted: sent, code: 'TIMEOUT', cause: error });
        }
        const message = sent
            ? `The connection to Buffer at ${opts.endpoint} failed before its answer arrived: ${error.message}`
            : `Could not reach Buffer at ${opts.endpoint}: ${error.message}`;
        throw new errors/* BufferTransportError */.SH(message, { mayHaveExecuted: sent, code: 'NETWORK_ERROR', cause: error });
    }
}

;// CONCATENATED MODULE: ./src/buffer/client.ts
/**
 * Typed client for Buffer's GraphQL API: one method per operation this
 * product needs, every document from documents.ts, arguments only as
 * variables. Each HTTP request goes through the retry policy of retry.ts for
 * its kind of operation, and its rate-limit headers update `rateLimit`.
 */









const DEFAULT_MAX_WAIT_MS = 5 * 60_000;
const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_MAX_PAGES = 100;
const SAFETY = {
    createPost: 'unsafe',
    createIdea: 'unsafe',
    editPost: 'idempotent',
    deletePost: 'idempotent',
};
const realSleep = (ms, signal) => process.getBuiltinModule('node:timers/promises').setTimeout(ms, undefined, { signal });
class BufferClient {
    transport;
    sleep;
    maxWaitMs;
    now;
    transportDelays;
    onRequest;
    sent = 0;
    latestRateLimit;
    /** When `latestRateLimit` arrived (client clock): its reset times count from then. */
    latestRateLimitAt = 0;
    latestServerTime;
    /** An account read started ahead of need (readAccountAhead); `claimed` once account() took its answer. */
    accountAhead;
    constructor(opts) {
        // Fail at construction, before anything is sent, when the key is unusable.
        assertUsableApiKey(opts.apiKey);
        this.transport = {
            apiKey: opts.apiKey,
            endpoint: resolveGraphQLEndpoint(opts.apiUrl),
            timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        };
        this.sleep = opts.sleep ?? realSleep;
        this.maxWaitMs = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
        this.now = opts.now ?? Date.now;
        this.transportDelays = opts.transportRetryDelaysMs ?? DEFAULT_TRANSPORT_DELAYS_MS;
        this.onRequest = opts.onRequest;
    }
    /** HTTP requests sent so far (retries included): what Buffer's rate limits count. */
    get requestCount() {
        return this.sent;
    }
    /** Budget from the latest response that carried rate-limit headers. */
    get rateLimit() {
        return this.latestRateLimit;
    }
    /**
     * Buffer's clock at its latest answer (the HTTP Date header), or undefined
     * before one. Windows such as "the last 30 days" end at the later of this and
     * the machine's clock, so a runner whose clock lags Buffer's (or a sandbox
     * whose clock was moved ahead) still sees the posts Buffer just sent.
     */
    get serverTime() {
        return this.latestServerTime;
    }
    /** The endpoint requests go to (for logs; holds no secret). */
    get endpoint() {
        return this.transport.endpoint;
    }
    // ---- queries ------------------------------------------------------------
    async account() {
        const ahead = this.accountAhead;
        if (ahead && !ahead.claimed) {
            // The answer of the read sent ahead, or its error, exactly as a read sent now would give it.
            ahead.claimed = true;
            return ahead.answer;
        }
        return this.readAccount();
    }
    /**
     * Sends the account read now, for a caller that will most likely need it
     * soon (the action on a push, while git fetches); the next account()
     * returns this answer instead of asking again. It counts as any request, and
     * its failure is held for account() to throw. abandonReadAhead() ends it
     * when nobody took it.
     */
    readAccountAhead() {
        if (this.accountAhead)
            return;
        const controller = new AbortController();
        const answer = this.readAccount(controller.signal);
        answer.catch(() => undefined);
        this.accountAhead = { answer, claimed: false, controller };
    }
    /**
     * The run is over without account() taking the read sent ahead: its request
     * (it counts as sent) and any wait between its attempts (a Retry-After, a
     * transport retry's backoff) end at once, so the process does not wait for
     * Buffer's answer or the request's timeout, and no error comes of it.
     */
    abandonReadAhead() {
        if (this.accountAhead && !this.accountAhead.claimed)
            this.accountAhead.controller.abort();
    }
    async readAccount(signal) {
        const body = await this.execute('Account', documents/* ACCOUNT_QUERY */.r6, {}, 'read', 1, undefined, signal);
        return (0,mappers/* toAccount */.tf)(requireField(body, 'account'));
    }
    async channels(organizationId) {
        const body = await this.execute('Channels', documents/* CHANNELS_QUERY */.Gr, { input: { organizationId } }, 'read', 1);
        return requireField(body, 'channels').map(mappers/* toChannel */.pr);
    }
    /** Account and channels in one request (two root fields, one unit of budget). */
    async accountAndChannels(organizationId) {
        const body = await this.execute('AccountAndChannels', documents/* ACCOUNT_AND_CHANNELS_QUERY */.Wc, { input: { organizationId } }, 'read', 2);
        return {
            account: (0,mappers/* toAccount */.tf)(requireField(body, 'account')),
            channels: requireField(body, 'channels').map(mappers/* toChannel */.pr),
        };
    }
    /**
     * Channels plus the posts created since `createdSince` (first page of 100),
     * and the account when asked: one request. `recentComplete` is false when
     * more pages exist; the caller then queries them itself.
     */
    async connect(organizationId, createdSince, withAccount) {
        const query = (0,documents/* buildConnectDocument */.wO)(withAccount);
        const variables = {
            input: { organizationId },
            recent: {
                organizationId,
                filter: { createdAt: { start: createdSince } },
                sort: [{ field: 'createdAt', direction: 'asc' }],
            },
            first: 100,
        };
        const body = await this.execute(withAccount ? 'ConnectWithAccount' : 'Connect', query, variables, 'read', withAccount ? 3 : 2);
        const recent = requireField(body, 'recent');
        return {
            account: withAccount ? (0,mappers/* toAccount */.tf)(requireField(body, 'account')) : undefined,
            channels: requireField(body, 'channels').map(mappers/* toChannel */.pr),
            recentPosts: (recent.edges ?? []).flatMap((e) => (e?.node ? [(0,mappers/* toPost */.iR)(e.node)] : [])),
            recentComplete: recent.pageInfo?.hasNextPage !== true,
        };
    }
    /** Throws BufferNotFoundError for an unknown id. */
    async channel(id) {
        const body = await this.execute('Channel', documents/* CHANNEL_QUERY */.$4, { input: { id } }, 'read', 1);
        return (0,mappers/* toChannel */.pr)(requireField(body, 'channel'));
    }
    /** null when Buffer says NOT_FOUND (deleted in Buffer, or never existed). */
    async post(id) {
        const body = await this.execute('Post', documents/* POST_QUERY */.qw, { input: { id } }, 'read', 1);
        try {
            return (0,mappers/* toPost */.iR)(requireField(body, 'post'));
        }
        catch (error) {
            if (error instanceof errors/* BufferNotFoundError */.gI)
                return null;
            throw error;
        }
    }
    /**
     * Many posts by id with aliased `post` lookups, ≤ maxAliases per request.
     * Unknown ids map to null. `post` is non-null in the schema, so one unknown
     * id can null the whole `data`; the errors' paths name it, and the rest is
     * asked again.
     */
    async postsByIds(ids, opts = {}) {
        const result = new Map();
        const unique = [...new Set(ids)];
        const size = Math.max(1, Math.min(opts.maxAliases ?? documents/* DEFAULT_BATCH_SIZE */.jg, 30));
        for (let start = 0; start < unique.length; start += size) {
            let pending = unique.slice(start, start + size);
            while (pending.length > 0) {
                const built = (0,documents/* buildPostsByIdsQuery */.HL)(pending);
                const body = await this.execute('PostsByIds', built.query, built.variables, 'read', pending.length);
                const notFound = new Set();
                const otherErrors = [];
                for (const e of body.errors) {
                    const i = built.aliases.indexOf(String(e.path?.[0]));
                    if (e.extensions?.code === 'NOT_FOUND' && i >= 0)
                        notFound.add(pending[i]);
                    else
                        otherErrors.push(e);
                }
                if (otherErrors.length > 0)
                    throw errorFromGraphQL({ data: body.data, errors: otherErrors });
                const next = [];
                pending.forEach((id, i) => {
                    const wire = body.data?.[built.aliases[i]];
                    if (notFound.has(id))
                        result.set(id, null);
                    else if (wire)
                        result.set(id, (0,mappers/* toPost */.iR)(wire));
                    else
                        next.push(id); // lost to null propagation: ask again
                });
                if (next.length === pending.length) {
                    throw new errors/* BufferApiError */.Ve('Buffer answered the post lookup without data or a reason', 'NO_DATA');
                }
                pending = next;
            }
        }
        return result;
    }
    /**
     * Every page of `posts` (follows pageInfo.hasNextPage), up to maxPages;
     * `withMetrics` also selects each post's numbers (PostsWithMetrics).
     */
    async posts(input, opts = {}) {
        const first = opts.pageSize ?? DEFAULT_PAGE_SIZE;
        const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
        const [operation, query] = opts.withMetrics
            ? ['PostsWithMetrics', documents/* POSTS_WITH_METRICS_QUERY */.Ut]
            : ['Posts', documents/* POSTS_QUERY */.Di];
        const posts = [];
        let after;
        for (let page = 0;; page++) {
            if (page >= maxPages) {
                throw new errors/* BufferApiError */.Ve(`posts: more than ${maxPages} pages of ${first}; narrow the filter`, 'TOO_MANY_PAGES');
            }
            // An omitted cursor is left out of variables, as the official CLI does.
            const variables = { input, first };
            if (after !== undefined)
                variables.after = after;
            const body = await this.execute(operation, query, variables, 'read', 1);
            const results = requireField(body, 'posts');
            for (const edge of results.edges ?? [])
                if (edge?.node)
                    posts.push((0,mappers/* toPost */.iR)(edge.node));
            const next = results.pageInfo?.endCursor ?? undefined;
            if (!results.pageInfo?.hasNextPage || !next || next === after)
                break;
            after = next;
        }
        return posts;
    }
    /**
     * Every idea of the organization (all pages, oldest first), up to maxPages.
     * Buffer cannot filter ideas by creation time, so the exactly-once check
     * for ideas reads the board and filters here.
     */
    async ideas(organizationId, opts = {}) {
        const first = opts.pageSize ?? 100;
        const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
        const ideas = [];
        let after;
        for (let page = 0;; page++) {
            if (page >= maxPages)
                throw new errors/* BufferApiError */.Ve(`ideas: more than ${maxPages} pages of ${first}`, 'TOO_MANY_PAGES');
            const variables = { input: { organizationId }, first };
            if (after !== undefined)
                variables.after = after;
            const body = await this.execute('Ideas', documents/* IDEAS_QUERY */.Q1, variables, 'read', 1);
            const results = requireField(body, 'ideas');
            for (const edge of results.edges ?? [])
                if (edge?.node)
                    ideas.push((0,mappers/* toIdea */.t$)(edge.node));
            const next = results.pageInfo?.endCursor ?? undefined;
            if (!results.pageInfo?.hasNextPage || !next || next === after)
                break;
            after = next;
        }
        return ideas;
    }
    async dailyPostingLimits(channelIds, date) {
        const input = { channelIds };
        if (date !== undefined)
            input.date = date;
        const body = await this.execute('DailyPostingLimits', documents/* DAILY_POSTING_LIMITS_QUERY */.H2, { input }, 'read', 1);
        return requireField(body, 'dailyPostingLimits').map((s) => ({
            channelId: s.channelId,
            sent: s.sent,
            scheduled: s.scheduled,
            limit: s.limit ?? null,
            isAtLimit: s.isAtLimit,
        }));
    }
    /**
     * A read document of documents.ts that combines root fields (sync's
     * snapshot, import's page of posts): the answer's `data`, or the error
     * Buffer gave. Callers map the fields with mappers.ts.
     */
    async read(operation, query, variables, rootFields) {
        const body = await this.execute(operation, query, variables, 'read', rootFields);
        if (body.errors.length > 0)
            throw errorFromGraphQL(body);
        if (!body.data)
            throw new errors/* BufferApiError */.Ve(`Buffer answered ${operation} without data`, 'NO_DATA');
        return body.data;
    }
    // ---- mutations ----------------------------------------------------------
    /**
     * Never retried after a lost answer (Buffer has no idempotency key): that
     * throws BufferTransportError with `mayHaveExecuted`, and the caller checks.
     */
    createPost(input) {
        return this.mutateOne('createPost', 'CreatePost', documents/* CREATE_POST_MUTATION */.QA, input);
    }
    editPost(input) {
        return this.mutateOne('editPost', 'EditPost', documents/* EDIT_POST_MUTATION */.Op, input);
    }
    /** Retried after a lost answer; a retry that finds nothing counts as deleted. */
    deletePost(id) {
        return this.mutateOne('deletePost', 'DeletePost', documents/* DELETE_POST_MUTATION */.ps, { id });
    }
    createIdea(input) {
        return this.mutateOne('createIdea', 'CreateIdea', documents/* CREATE_IDEA_MUTATION */.d0, input);
    }
    /** Aliased mutations, ≤ maxBatch (default 25, never > 30) per request; see batch.ts. */
    mutateBatch(ops, opts = {}) {
        const send = (built, safety) => this.execute(`Batch${built.aliases.length}`, built.query, built.variables, safety, built.aliases.length);
        return new BatchRunner(ops, send).run(opts.maxBatch);
    }
    async mutateOne(kind, operation, query, input) {
        const attempts = { count: 0 };
        const body = await this.execute(operation, query, { input }, SAFETY[kind], 1, attempts);
        const retried = attempts.count > 1;
        if (body.errors.length > 0) {
            const error = errorFromGraphQL(body);
            if (!(error instanceof errors/* BufferNotFoundError */.gI))
                throw error;
            if (kind === 'deletePost' && retried)
                return { ok: true, value: input };
            return { ok: false, error: { type: 'NotFoundError', message: error.message } };
        }
        const result = mapPayload(kind, body.data?.[kind]);
        if (kind === 'deletePost' && retried && !result.ok && isNotFoundError(result.error)) {
            return { ok: true, value: { id: input.id } };
        }
        return result;
    }
    /** One logical request: retried per `safety`, counted, rate-limit headers recorded. */
    /**
     * Never spend past Buffer's budget: when the latest answer said a window
     * has no request left, a request now would only be refused (and, on
     * Buffer, still count). Wait until the window frees if that fits
     * `maxWaitMs`; otherwise stop before sending, with the time it frees.
     */
    async waitForBudget(sleep) {
        const status = this.latestRateLimit;
        if (!status)
            return;
        const elapsed = (this.now() - this.latestRateLimitAt) / 1000;
        let seconds = 0;
        let window;
        for (const w of status.windows) {
            if (w.remaining !== 0 || w.resetSeconds === undefined)
                continue;
            const left = Math.ceil(w.resetSeconds - elapsed);
            if (left > seconds) {
                seconds = left;
                window = w.window;
            }
        }
        if (seconds <= 0)
            return;
        if (seconds * 1000 > this.maxWaitMs) {
            throw new errors/* BufferRateLimitError */.sO(window, seconds, ' Nothing more was sent: the budget is spent and the wait is longer than `max-wait`.');
        }
        await sleep(seconds * 1000);
        // The next answer's headers say where the budget stands now.
        this.latestRateLimit = undefined;
    }
    execute(operation, query, variables, safety, rootFields, attempts, 
    /** A read sent ahead: aborting it ends its request and its waits, and no further attempt is made. */
    signal) {
        const sleep = (ms) => this.sleep(ms, signal);
        return withRetry(async () => {
            signal?.throwIfAborted();
            await this.waitForBudget(sleep);
            signal?.throwIfAborted();
            if (attempts)
                attempts.count++;
            this.sent++;
            this.onRequest?.({ operation, rootFields });
            const result = await postGraphQL(this.transport, query, variables, signal);
            const date = Date.parse(result.headers.date ?? '');
            if (Number.isFinite(date))
                this.latestServerTime = new Date(date);
            const status = parseRateLimitHeaders(result.headers, this.now());
            if (status) {
                this.latestRateLimit = status;
                this.latestRateLimitAt = this.now();
            }
            return interpretHttpResult(result, this.now());
        }, { safety, sleep, maxWaitMs: this.maxWaitMs, transportDelaysMs: this.transportDelays });
    }
}

// EXTERNAL MODULE: ./src/git/git.ts
var git = __nccwpck_require__(308);
;// CONCATENATED MODULE: ./src/commands/missing-api-key.ts
/**
 * The error every command that talks to Buffer throws without a key, in the
 * words of the surface that runs it. A file of its own so the CLI can tell it
 * apart without loading the Buffer client (commands/context.ts).
 */

class MissingApiKeyError extends Error {
    constructor(command, surface = 'action') {
        super(surface === 'cli'
            ? `${command} needs a Buffer API key: set the BUFFER_API_KEY environment variable (e.g. \`export BUFFER_API_KEY=…\`; the key is never read from buffer-gitops.yml). Create a key at ${errors/* API_KEY_SETTINGS_URL */.vC}.`
            : `${command} needs a Buffer API key: set the \`buffer-api-key\` input (e.g. \`buffer-api-key: \${{ secrets.BUFFER_API_KEY }}\`) or the BUFFER_API_KEY environment variable. Create a key at ${errors/* API_KEY_SETTINGS_URL */.vC}.`);
        this.name = 'MissingApiKeyError';
    }
}

;// CONCATENATED MODULE: ./src/commands/context.ts
/** What every command gets: settings, the event, where to report, and injectable clocks and clients. */



/** The Buffer client for `command`; fails at once, before any other work, without a key. Constructing it sends nothing. */
function clientFor(ctx, command) {
    if (ctx.createClient)
        return ctx.createClient(ctx.settings);
    if (!ctx.settings.apiKey)
        throw new MissingApiKeyError(command, ctx.surface);
    if (ctx.client)
        return ctx.client;
    return bufferClient({ ...ctx.settings, apiKey: ctx.settings.apiKey });
}
/** A Buffer client as the settings say (key, endpoint, longest rate-limit wait); for callers that checked the key. */
function bufferClient(settings) {
    return new BufferClient({ apiKey: settings.apiKey, apiUrl: settings.apiUrl, maxWaitMs: settings.maxWaitMs });
}
/** The repository's git, with the token for pushes and both secrets redacted from every error. */
function gitFor(ctx) {
    const { settings, event } = ctx;
    return new git/* Git */.TU({
        cwd: settings.workspace,
        token: settings.githubToken,
        serverUrl: event.serverUrl,
        secrets: runSecrets(settings),
    });
}
/** The secrets a run holds: redacted from git errors and GitHub API messages. */
function runSecrets(settings) {
    return [settings.apiKey, settings.githubToken].filter((s) => Boolean(s));
}


/***/ }),

/***/ 3370:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ TRUE_TEXTS),
/* harmony export */   H2: () => (/* binding */ FALSE_TEXTS),
/* harmony export */   Ul: () => (/* binding */ SETTINGS_FILE_KEYS),
/* harmony export */   ff: () => (/* binding */ SETTINGS_FILE_FIELDS)
/* harmony export */ });
/* unused harmony export DRIFT_POLICIES */
/**
 * The keys of `buffer-gitops.yml` (SPEC §5, "Settings file") as data: name,
 * the kind of value, the accepted values of an enum and what the key means.
 * settings-file.ts takes its key list and list-valued keys from here,
 * settings.ts its enums, and scripts/schemas.ts writes
 * schemas/settings.schema.json from the same definitions, so an editor and
 * the action cannot disagree about what the file may say. How each value is
 * checked (time zones, branch patterns, folders) stays in settings.ts.
 */
const DRIFT_POLICIES = ['report', 'restore'];
/** The texts a boolean setting takes: YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
const TRUE_TEXTS = ['true', 'True', 'TRUE'];
const FALSE_TEXTS = ['false', 'False', 'FALSE'];
const SETTINGS_FILE_FIELDS = {
    timezone: {
        type: { kind: 'time-zone' },
        description: 'IANA time zone (e.g. Europe/Berlin) for dueAt values and idea dates written without a UTC offset.',
    },
    'posts-dir': {
        type: { kind: 'folder' },
        description: 'Folder of post files (Markdown with front-matter), searched recursively for *.md. Default: posts.',
    },
    'ideas-dir': {
        type: { kind: 'folder' },
        description: "Folder of idea files, one entry on Buffer's ideas board each. Default: ideas.",
    },
    'organization-id': {
        type: { kind: 'text' },
        description: 'Buffer organization ID. Needed only when the account has several organizations.',
    },
    branches: {
        type: { kind: 'branches' },
        description: "Branches where apply and sync may change Buffer or push: a name or pattern, or a list (`*` stays within one `/` segment, `**` crosses them, a leading `!` excludes). Default: the repository's default branch.",
    },
    'delete-sent': {
        type: { kind: 'boolean' },
        description: 'Also delete posts Buffer has already sent when their file is removed. Default: false.',
    },
    'on-drift': {
        type: { kind: 'enum', values: DRIFT_POLICIES },
        description: "What sync does when a post was changed or removed in Buffer's app: report, or restore (make Buffer match the file again). Default: report.",
    },
    'max-wait': {
        type: { kind: 'seconds' },
        description: 'Longest wait, in seconds, for a single Buffer rate-limit Retry-After before the run stops cleanly. Default: 300.',
    },
    'metrics-file': {
        type: { kind: 'text' },
        description: "Where sync writes post metrics (a CSV, one row per post file and channel), relative to the repository's top folder; none turns metrics off. Default: metrics.csv in the posts folder.",
    },
    'api-url': {
        type: { kind: 'url' },
        description: 'Buffer API endpoint (a proxy, or the buffer-gitops sandbox). The BUFFER_API_URL environment variable wins over it. Default: https://api.buffer.com.',
    },
};
const SETTINGS_FILE_KEYS = Object.keys(SETTINGS_FILE_FIELDS);


/***/ }),

/***/ 989:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   sb: () => (/* binding */ SettingsFileError),
/* harmony export */   wq: () => (/* binding */ loadSettingsFile)
/* harmony export */ });
/* unused harmony exports SETTINGS_FILE_PATHS, findSettingsFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where buffer-gitops.yml is and what reading it gives, without its YAML
 * parser: the parser (settings-file.ts, with the `yaml` package) is loaded only
 * when a file exists, so a run without one never evaluates it (≈ 5 ms of every
 * start, issue 16).
 */


/** Where the file may be, relative to the repository root; both at once is an error. */
const SETTINGS_FILE_PATHS = ['buffer-gitops.yml', '.github/buffer-gitops.yml'];
class SettingsFileError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
        this.name = 'SettingsFileError';
    }
}
/** The settings file at `root`, or undefined when there is none. */
function findSettingsFile(root) {
    const present = SETTINGS_FILE_PATHS.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, p)));
    if (present.length > 1) {
        throw new SettingsFileError(present[1], 1, `both ${present.map((p) => `\`${p}\``).join(' and ')} exist; keep one of them.`);
    }
    return present[0];
}
/** Reads and checks the settings file at `root` (the repository's top folder); undefined when there is none. */
async function loadSettingsFile(root, surface) {
    const path = findSettingsFile(root);
    if (path === undefined)
        return undefined;
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), 'utf8');
    const { parseSettingsFile } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(140)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4140));
    return parseSettingsFile(path, text, surface);
}


/***/ }),

/***/ 9025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ resolveCommand),
/* harmony export */   bT: () => (/* binding */ foreignHeadReason)
/* harmony export */ });
/* unused harmony exports isUntrustedEvent, hasForeignHead */
function resolveCommand(settings, event) {
    if (settings.command !== 'auto')
        return settings.command;
    switch (event.name) {
        case 'pull_request':
        case 'pull_request_target':
        case 'merge_group':
            return 'plan';
        case 'push':
            return 'apply';
        case 'schedule':
        case 'workflow_dispatch':
        case 'repository_dispatch':
            return 'sync';
        default:
            throw new Error(`The event \`${event.name}\` has no default command. Set the \`command\` input to plan, apply or sync.`);
    }
}
/**
 * Events whose code or content may come from someone without write access.
 * On these the action never sends mutations (SPEC §3, issue 6 item 6).
 * `pull_request_target` is one even from the same repository: it runs with
 * the base's secrets for whatever the pull request contains.
 */
function isUntrustedEvent(event) {
    return event.name === 'pull_request_target' || hasForeignHead(event);
}
/**
 * Events whose head is not known to be this repository's: a fork's pull
 * request (or a review of one, a `workflow_run` it started), and one whose
 * head repository is missing or null (GitHub sends null for a deleted fork).
 * These never use the Buffer key at all: the plan is offline.
 */
function hasForeignHead(event) {
    return foreignHeadReason(event) !== undefined;
}
/** Why an event's head is foreign (the offline plan says so), or undefined when it is this repository's. */
function foreignHeadReason(event) {
    const fork = 'this pull request comes from a fork, so the Buffer key is not available to it';
    // Other events about a pull request (reviews, review comments) carry its
    // head too: from a fork, they are as untrusted as the pull request.
    const pr = record(event.payload.pull_request);
    if (pr) {
        const prHead = repoName(record(pr.head)?.repo);
        if (prHead === undefined)
            return "this pull request's head repository is gone (a deleted fork) or not named, so the Buffer key is not used";
        const prBase = repoName(record(pr.base)?.repo) ?? repoName(event.payload.repository) ?? event.repository;
        if (prHead !== prBase)
            return fork;
    }
    if (event.pullRequest?.fromFork === true)
        return fork;
    // A workflow_run runs with secrets after a workflow another event started
    // (the classic way fork code reaches secrets): trusted only when the run's
    // head is this repository.
    if (event.name === 'workflow_run') {
        const run = record(event.payload.workflow_run);
        const head = repoName(run?.head_repository);
        const base = repoName(run?.repository) ?? repoName(event.payload.repository) ?? event.repository;
        if (head === undefined || head !== base)
            return 'this workflow_run was started by a workflow from a fork, so the Buffer key is not used';
    }
    return undefined;
}
function record(value) {
    return value && typeof value === 'object' ? value : undefined;
}
function repoName(repo) {
    const name = record(repo)?.full_name;
    return typeof name === 'string' && name !== '' ? name : undefined;
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ isNullSha),
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   Rn: () => (/* binding */ normalizeDir),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   Wf: () => (/* binding */ isFullSha),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   bj: () => (/* binding */ isUnderDirs),
/* harmony export */   fb: () => (/* binding */ decisiveLine)
/* harmony export */ });
/* unused harmony export basicCredential */
/* harmony import */ var _text_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3326);

/** A failed git command. Its message, arguments and stderr are redacted: they never contain the token. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    stdout;
    constructor(message, args, exitCode, stderr, stdout = '') {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.stdout = stdout;
        this.name = 'GitError';
    }
}
/** The all-zero object name GitHub sends as `before` when a branch is created. */
function isNullSha(sha) {
    return sha === undefined || sha === '' || /^0+$/.test(sha);
}
/** A full object name (SHA-1 or SHA-256). Refs from event payloads are checked before they reach git's command line. */
function isFullSha(sha) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha);
}
/** Strips `./` and trailing slashes so `./posts/` and `posts` name the same directory; `.` means the whole repository. */
function normalizeDir(dir) {
    let d = dir.replace(/\\/g, '/').trim();
    while (d.startsWith('./'))
        d = d.slice(2);
    d = d.replace(/\/+$/, '');
    return d === '.' ? '' : d;
}
/** Whether a repository path lies under one of the (normalized) directories. */
function isUnderDirs(path, dirs) {
    return dirs.some((dir) => dir === '' || path.startsWith(`${dir}/`));
}
class Git {
    cwd;
    env;
    token;
    serverUrl;
    secrets;
    /**
     * Answers that cannot change within a run, asked once (issue 16: every git
     * process costs the action a few ms). Promises, so concurrent callers share
     * the one process in flight.
     */
    shallow;
    refFormats = new Map();
    /** Full object names known to be commits in the local store: objects are never removed during a run. */
    commits = new Set();
    constructor(opts) {
        this.cwd = opts.cwd;
        this.env = opts.env ?? process.env;
        this.token = opts.token || undefined;
        this.serverUrl = opts.serverUrl ? opts.serverUrl.replace(/\/+$/, '') : undefined;
        const secrets = [...(opts.secrets ?? [])];
        if (this.token) {
            // The header carries the token base64-encoded; redact both spellings.
            secrets.push(this.token, basicCredential(this.token));
        }
        this.secrets = secrets;
    }
    /** Runs `git <args>`. Throws a redacted `GitError` on a non-zero exit unless `allowFailure`. */
    async exec(args, opts = {}) {
        const result = await this.execBytes(args, opts);
        return { exitCode: result.exitCode, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
    }
    /** `exec` with stdout as git wrote it: bytes, decoded once by the caller (or never). */
    async execBytes(args, opts) {
        const env = { ...this.env };
        // A CI job has no one to answer a username prompt: fail instead of hanging.
        env.GIT_TERMINAL_PROMPT = '0';
        for (const [key, value] of Object.entries(opts.env ?? {})) {
            if (value === undefined)
                delete env[key];
            else
                env[key] = value;
        }
        if (opts.auth && this.token)
            this.addAuthHeader(env, this.token);
        const result = await run(args, this.cwd, env, opts.input).catch((err) => {
            const reason = err instanceof Error ? err.message : String(err);
            throw new GitError(this.redact(`git ${args.join(' ')} could not start: ${reason}`), this.redactAll(args), -1, '');
        });
        // A fetch may change whether the repository is shallow (--unshallow, or history reaching the root): ask again.
        if (args.includes('fetch'))
            this.shallow = undefined;
        if (result.exitCode !== 0 && !opts.allowFailure) {
            const stdout = this.redact(result.stdout.toString('utf8'));
            const stderr = this.redact(result.stderr);
            const detail = stderr.trim() || stdout.trim();
            throw new GitError(this.redact(`git ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `: ${detail}` : ''}`), this.redactAll(args), result.exitCode, stderr, stdout);
        }
        return result;
    }
    /**
     * A blob's exact bytes, undecoded: a file that is not UTF-8 must reach the
     * post reader as it is (which reports it), never silently repaired.
     */
    async blob(object) {
        return (await this.execBytes(['cat-file', 'blob', object], {})).stdout;
    }
    /**
     * Fetches the given commits that are not in the object store, one commit
     * deep (a depth-1 checkout has only its own commit; one is enough for a tree
     * diff). Returns those still missing, and git's first line on why.
     */
    async fetchMissing(shas, remote = 'origin') {
        const missing = await this.missingCommits(shas);
        const fetchable = missing.filter(isFullSha);
        if (fetchable.length === 0)
            return { missing };
        const fetched = await this.exec(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, ...fetchable], { allowFailure: true, auth: true });
        const fetchedNow = await Promise.all(missing.map((sha) => this.commitExists(sha)));
        const still = missing.filter((_, i) => !fetchedNow[i]);
        const detail = decisiveLine(fetched.stderr);
        return still.length > 0 && detail ? { missing: still, detail } : { missing: still };
    }
    /** The given commits (each once) that are not in the object store. */
    async missingCommits(shas) {
        const unique = [...new Set(shas)];
        const present = await Promise.all(unique.map((sha) => this.commitExists(sha)));
        return unique.filter((_, i) => !present[i]);
    }
    /** Replaces every secret in a text with `***`. */
    redact(text) {
        return (0,_text_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .f)(text, this.secrets);
    }
    /** The object name a revision resolves to, as a commit. Throws when it does not resolve. */
    async revParse(ref) {
        // A full name already known as a commit resolves to itself: no process.
        if (isFullSha(ref) && this.commits.has(ref.toLowerCase()))
            return ref.toLowerCase();
        const { stdout } = await this.exec(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]);
        const sha = stdout.trim();
        this.commits.add(sha);
        return sha;
    }
    /** The checked-out commit, or `undefined` when there is none (an unborn branch). Git that cannot start still throws. */
    async headCommit() {
        return this.revParse('HEAD').catch((err) => {
            if (err instanceof GitError && err.exitCode >= 0)
                return undefined;
            throw err;
        });
    }
    /** Whether a commit is present in the local object store (it may be missing in a shallow clone). */
    async commitExists(sha) {
        if (sha.startsWith('-'))
            return false;
        // Only a yes is remembered: a missing commit may be fetched later in the run.
        if (isFullSha(sha) && this.commits.has(sha.toLowerCase()))
            return true;
        const { exitCode } = await this.exec(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
        if (exitCode === 0 && isFullSha(sha))
            this.commits.add(sha.toLowerCase());
        return exitCode === 0;
    }
    /** Whether the repository is a shallow clone (actions/checkout's default). Asked once until the next fetch. */
    isShallow() {
        this.shallow ??= this.exec(['rev-parse', '--is-shallow-repository']).then(({ stdout }) => stdout.trim() === 'true', (err) => {
            this.shallow = undefined;
            throw err;
        });
        return this.shallow;
    }
    /** Whether git accepts a full ref name (`git check-ref-format`); a pure function of the name, so asked once per name. */
    checkRefFormat(ref) {
        let answer = this.refFormats.get(ref);
        if (!answer) {
            answer = this.exec(['check-ref-format', ref], { allowFailure: true }).then((r) => r.exitCode === 0);
            this.refFormats.set(ref, answer);
        }
        return answer;
    }
    /**
     * A branch given as `main` or `refs/heads/main`, by its short name; undefined
     * when git would not accept it as a branch, or it would read as an option.
     */
    async branchName(branch) {
        const name = branch.replace(/^refs\/heads\//, '');
        if (name === '' || name.startsWith('-'))
            return undefined;
        return (await this.checkRefFormat(`refs/heads/${name}`)) ? name : undefined;
    }
    /** The checked-out branch, or `undefined` on a detached HEAD. */
    async currentBranch() {
        const { exitCode, stdout } = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true,
        });
        return exitCode === 0 ? stdout.trim() : undefined;
    }
    /** When a commit was committed (its committer date), or `undefined` when git cannot tell (a commit not in this clone). */
    async commitTime(rev) {
        if (rev.startsWith('-'))
            return undefined;
        const { exitCode, stdout } = await this.exec(['show', '-s', '--format=%ct', rev], { allowFailure: true });
        const seconds = Number(stdout.trim());
        return exitCode === 0 && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
    }
    /** origin's default branch as this clone knows it (`refs/remotes/origin/HEAD`), or `undefined` when it does not. */
    async remoteDefaultBranch() {
        const { exitCode, stdout } = await this.exec(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
            allowFailure: true,
        });
        return (exitCode === 0 && stdout.trim().replace(/^origin\//, '')) || undefined;
    }
    /** A file's content at a revision, or `undefined` when the file (or the revision) does not exist. */
    async show(rev, path) {
        if (rev.startsWith('-'))
            return undefined;
        // cat-file gives the blob's exact bytes: no textconv, no end-of-line conversion.
        const { exitCode, stdout } = await this.exec(['cat-file', 'blob', `${rev}:${path}`], { allowFailure: true });
        return exitCode === 0 ? stdout : undefined;
    }
    /** Tracked files at a revision under the given directories (recursive) whose names end with `ext`, sorted. */
    async listFiles(dirs, ext = '.md', rev = 'HEAD') {
        return (await this.treeEntries(rev, dirs))
            .map((entry) => entry.path)
            .filter((path) => path.endsWith(ext))
            .sort();
    }
    /**
     * The entries of `rev`'s tree under the (normalized) directories,
     * recursive, read by one `git ls-tree`: links and submodules included,
     * `size` only when asked for (blobs only). No directories: no entries.
     */
    async treeEntries(rev, dirs, opts = {}) {
        const wanted = [...new Set(dirs.map(normalizeDir))];
        if (wanted.length === 0)
            return [];
        const pathspecs = wanted.includes('') ? [] : wanted;
        // -z: names with newlines, tabs or quotes arrive verbatim; literal pathspecs: `[draft]` is a name, not a glob.
        const { stdout } = await this.exec([
            '--literal-pathspecs',
            'ls-tree',
            '-r',
            '-z',
            ...(opts.sizes ? ['-l'] : []),
            '--full-tree',
            '--end-of-options',
            rev,
            '--',
            ...pathspecs,
        ]);
        const entries = [];
        for (const line of splitNul(stdout)) {
            const tab = line.indexOf('\t');
            if (tab < 0)
                continue;
            // `<mode> <type> <object>[ <size, space-padded>]\t<path>`
            const [mode = '', type = '', object = '', size] = line.slice(0, tab).split(/\s+/);
            const path = line.slice(tab + 1);
            if (!isUnderDirs(path, wanted))
                continue;
            entries.push({ mode, type, object, path, ...(opts.sizes && size !== '-' ? { size: Number(size) } : {}) });
        }
        return entries;
    }
    /**
     * Adds the authorization header through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`
     * (git ≥ 2.31): like `-c http.extraheader=…` it lives only for this call and
     * is never written to `.git/config`, and unlike `-c` it does not show up in
     * the process list or in the arguments of an error.
     */
    addAuthHeader(env, token) {
        const key = this.serverUrl ? `http.${this.serverUrl}/.extraheader` : 'http.extraheader';
        const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
        let n = Number.isFinite(existing) && existing > 0 ? existing : 0;
        const entries = [
            // An empty value resets the header list, so a header persisted by
            // actions/checkout (persist-credentials) is not sent a second time next to ours.
            [key, ''],
            [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        ];
        for (const [k, v] of entries) {
            env[`GIT_CONFIG_KEY_${n}`] = k;
            env[`GIT_CONFIG_VALUE_${n}`] = v;
            n++;
        }
        env.GIT_CONFIG_COUNT = String(n);
    }
    redactAll(args) {
        return args.map((a) => this.redact(a));
    }
}
/** `base64("x-access-token:<token>")`, the basic credential GitHub accepts for an installation or `GITHUB_TOKEN` token. */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/** Splits NUL-terminated output (`-z`), dropping the empty tail. */
function splitNul(text) {
    const parts = text.split('\0');
    if (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** The line of git's stderr that says why (its `fatal:` line, else the last one); '' when silent. */
function decisiveLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !l.startsWith('hint:'));
    return lines.find((l) => l.startsWith('fatal:')) ?? lines[lines.length - 1] ?? '';
}
/** stdout as bytes (decoded by `exec`, kept whole for `blob`), stderr as text. */
function run(args, cwd, env, input) {
    return new Promise((resolve, reject) => {
        // node:child_process is loaded on the first git call, not with the entry: the action's first Buffer read goes out before it (issue 16).
        const { spawn } = process.getBuiltinModule('node:child_process');
        const child = spawn('git', args, {
            cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        // Collect bytes and decode once: a multi-byte character may straddle two chunks.
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out),
                stderr: Buffer.concat(err).toString('utf8'),
            });
        });
        // git may exit before reading all of its input (e.g. on an early error); that is reported by the exit code.
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}


/***/ }),

/***/ 5438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ writeBackMessage),
/* harmony export */   aG: () => (/* binding */ WRITE_BACK_BRANCH_PREFIX),
/* harmony export */   fA: () => (/* binding */ WRITE_BACK_MESSAGE_PREFIX)
/* harmony export */ });
/**
 * How the write-back names what it pushes: its commit's first line and the
 * branch of `write-back: pull-request`. Kept apart from git/write-back.ts
 * (which runs git) so the action's entry can tell a write-back commit in a
 * push payload (event/push-files.ts) without loading it.
 */
/** Every write-back commit's first line starts so: `buffer-gitops: record Buffer post IDs in 1 file [skip ci]`. */
const WRITE_BACK_MESSAGE_PREFIX = 'buffer-gitops: record ';
/** `write-back: pull-request` pushes `buffer-gitops/ids-<12 hex of the commit>`. */
const WRITE_BACK_BRANCH_PREFIX = 'buffer-gitops/ids-';
/**
 * The write-back commit's message. `what` is e.g. "Buffer post IDs" or
 * "Buffer post statuses and metrics"; `[skip ci]` ends it, so the
 * write-back never triggers another run (SPEC §3).
 */
function writeBackMessage(what, files) {
    return `${WRITE_BACK_MESSAGE_PREFIX}${what} in ${files} file${files === 1 ? '' : 's'} [skip ci]`;
}


/***/ }),

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PR: () => (/* binding */ KeepAlive),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   u7: () => (/* binding */ ExchangeFailure)
/* harmony export */ });
/** The request failed before any response arrived. */
class ExchangeFailure extends Error {
    /** False only when no byte of the request can have left (the connection never came up). */
    mayHaveLeft;
    /** The deadline passed (otherwise a network error). */
    timedOut;
    /**
     * @param message Node's error code when there is one (ECONNREFUSED, ENOTFOUND,
     * DEPTH_ZERO_SELF_SIGNED_CERT, ECONNRESET…), else its message; "timed out" for the deadline
     */
    constructor(message, opts) {
        super(message, { cause: opts.cause });
        this.name = 'ExchangeFailure';
        this.mayHaveLeft = opts.mayHaveLeft;
        this.timedOut = opts.timedOut;
    }
}
/**
 * node:https is loaded only for an https URL: it loads TLS (≈ 10–20 ms
 * measured), which a request to the local sandbox never needs. Loaded with
 * `process.getBuiltinModule`, not `import()`: an ES import of node:http builds
 * its namespace from every export, and on Node 24 that runs the lazy
 * `http.WebSocket` getter, which loads undici, the very cost this transport
 * avoids (measured: `await import('node:http')` loads undici and tls).
 */
function httpModule(url) {
    return url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
}
/**
 * A keep-alive agent with the proxy settings Node gave its own global agent:
 * from Node 24.5 that is HTTP(S)_PROXY / NO_PROXY when NODE_USE_ENV_PROXY=1 or
 * --use-env-proxy is set (the switch Node's fetch obeys), and nothing
 * otherwise. Older Nodes have no such setting and ignore the option.
 */
function keepAliveAgent(mod) {
    const inherited = mod.globalAgent.options?.proxyEnv;
    const options = { keepAlive: true };
    if (inherited)
        options.proxyEnv = inherited;
    return new mod.Agent(options);
}
/**
 * The keep-alive agent of one client (a Buffer client, GitHub's REST client),
 * made on its first request and made anew only if the protocol changes (a
 * redirect from http to https).
 */
class KeepAlive {
    current;
    for(url) {
        if (this.current?.protocol !== url.protocol) {
            const mod = httpModule(url);
            this.current = { protocol: url.protocol, mod, agent: keepAliveAgent(mod) };
        }
        return this.current;
    }
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** `rawHeaders` keeps every line, where `headers` drops repeats of some names (content-type…). */
function joinHeaders(raw) {
    const out = {};
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i].toLowerCase();
        out[name] = name in out ? `${out[name]}, ${raw[i + 1]}` : raw[i + 1];
    }
    return out;
}
/**
 * The body without its content-coding; undefined for a coding we cannot undo
 * or a body that does not decode. Only gzip is undone: it is the one coding
 * any request here asks for (Buffer's `accept-encoding: gzip`; GitHub's
 * requests ask for none, and GitHub answers those uncompressed).
 */
function decode(body, coding) {
    const c = (coding ?? '').trim().toLowerCase();
    if (c === '' || c === 'identity')
        return body;
    if (c !== 'gzip' && c !== 'x-gzip')
        return undefined;
    try {
        // Loaded only when a server compressed (≈ 2 ms).
        return process.getBuiltinModule('node:zlib').gunzipSync(body);
    }
    catch {
        return undefined;
    }
}
/**
 * Sends `body` (when given) to `url`; resolves with any response, rejects with
 * `ExchangeFailure` when none arrived. Without a body no content-length is
 * sent, as for any GET.
 */
function exchange(url, body, opts) {
    return new Promise((resolve, reject) => {
        let settled = false;
        let timedOut = false;
        let timer;
        // No socket yet: nothing can have left (see the rule above).
        let mayHaveLeft = false;
        let answered;
        const settle = (finish) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            finish();
        };
        const fail = (error) => settle(() => {
            // A failure after the status line arrived cuts the body off; the answer stands.
            if (answered)
                return resolve({ ...answered, body: undefined });
            const message = timedOut
                ? 'timed out'
                : (errorCode(error) ?? error?.message ?? 'network error');
            reject(new ExchangeFailure(message, { mayHaveLeft, timedOut, cause: error }));
        });
        let req;
        try {
            req = opts.mod.request(url, {
                method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
                agent: opts.agent,
                signal: opts.signal,
                headers: body === undefined ? opts.headers : { ...opts.headers, 'content-length': Buffer.byteLength(body) },
            });
        }
        catch (error) {
            // Refused by Node before any socket was opened (an invalid header value).
            fail(error);
            return;
        }
        if (opts.timeoutMs > 0) {
            timer = setTimeout(() => {
                timedOut = true;
                req.destroy(new Error(`no complete answer within ${opts.timeoutMs} ms`));
            }, opts.timeoutMs);
        }
        req.on('socket', (socket) => {
            if (!socket.connecting) {
                // A reused keep-alive socket, or one connected out of our sight.
                mayHaveLeft = true;
                return;
            }
            socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
                mayHaveLeft = true;
            });
        });
        req.on('error', fail);
        req.on('response', (res) => {
            answered = { status: res.statusCode ?? 0, headers: joinHeaders(res.rawHeaders) };
            const { status, headers } = answered;
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', fail);
            res.on('close', () => {
                if (!res.complete)
                    fail(new Error('response cut off'));
            });
            res.on('end', () => {
                if (!res.complete)
                    return fail(new Error('response cut off'));
                // Settled here, so the deadline cannot cut off a body that fully arrived.
                settle(() => resolve({ status, headers, body: decode(Buffer.concat(chunks), headers['content-encoding']) }));
            });
        });
        if (body === undefined)
            req.end();
        else
            req.end(body);
    });
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5945);
/* harmony import */ var _report_toolkit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7952);
/** The action's entry point (action.yml `main`: dist/index.js). */


await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(_report_toolkit_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerToolkit */ .r);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/buffer/api-url.ts
var api_url = __nccwpck_require__(5242);
;// CONCATENATED MODULE: ./src/config/branch-patterns.ts
/**
 * Branch name patterns with the semantics of GitHub's `on.push.branches`
 * filter, so a team can copy the list it already has in its workflow:
 * `*` matches any characters except `/`, `**` any characters including `/`,
 * `?` makes the preceding character optional, `+` repeats it, `[...]` is a
 * character class, `\` escapes the next character, and a leading `!`
 * excludes. Patterns are read in order and the last one that matches decides,
 * as GitHub does; a name no pattern matches is not included.
 *
 * Own code rather than a dependency: it is a few lines, and a glob library
 * with shell semantics (`?` = one character) would disagree with GitHub.
 */
/** Compiles one pattern; throws with a message naming the problem. */
function compileBranchPattern(source) {
    const negated = source.startsWith('!');
    const body = negated ? source.slice(1) : source;
    if (body === '')
        throw new Error(`"${source}" is an empty pattern`);
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '*') {
            if (body[i + 1] === '*') {
                out += '.*';
                i++;
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?' || c === '+') {
            // Quantifies the previous atom; at the start there is none.
            if (out === '')
                throw new Error(`"${source}": \`${c}\` must follow a character it applies to`);
            out += c;
        }
        else if (c === '[') {
            const end = body.indexOf(']', i + 2);
            if (end === -1)
                throw new Error(`"${source}": \`[\` has no closing \`]\``);
            const inner = body.slice(i + 1, end);
            const negate = inner.startsWith('!') || inner.startsWith('^');
            const members = (negate ? inner.slice(1) : inner).replace(/[\\\]^]/g, (m) => `\\${m}`);
            out += `[${negate ? '^' : ''}${members}]`;
            i = end;
        }
        else if (c === '\\') {
            const next = body[i + 1];
            if (next === undefined)
                throw new Error(`"${source}" ends with \`\\\``);
            out += escapeRegex(next);
            i++;
        }
        else {
            out += escapeRegex(c);
        }
    }
    try {
        return { source, negated, regex: new RegExp(`^(?:${out})$`) };
    }
    catch {
        throw new Error(`"${source}" is not a pattern GitHub's branch filters accept (a \`?\` or \`+\` after another one?)`);
    }
}
/** Whether `branch` is included by the ordered list (the last matching pattern decides). */
function matchesBranches(branch, patterns) {
    let included = false;
    for (const p of patterns)
        if (p.regex.test(branch))
            included = !p.negated;
    return included;
}
/** One pattern per line, or comma-separated; blank entries and `#` comments dropped. */
function splitPatternList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
function escapeRegex(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

// EXTERNAL MODULE: ./src/config/settings-location.ts
var settings_location = __nccwpck_require__(989);
// EXTERNAL MODULE: ./src/config/settings-keys.ts
var settings_keys = __nccwpck_require__(3370);
// EXTERNAL MODULE: ./src/text/did-you-mean.ts
var did_you_mean = __nccwpck_require__(3180);
// EXTERNAL MODULE: ./src/text/words.ts
var words = __nccwpck_require__(1670);
// EXTERNAL MODULE: ./src/time/wall-time.ts
var wall_time = __nccwpck_require__(4383);
;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * One typed settings object for a run, built from the action's inputs or the
 * CLI's flags, then the environment, then the settings file
 * (`buffer-gitops.yml`, config/settings-file.ts), then the defaults. The
 * defaults live here, not in action.yml: an input's default would always win
 * over the file. Every problem names where the value came from (the input, the
 * flag, the variable, or file:line) and says what to write instead, so a
 * misconfigured run fails before anything touches Buffer.
 */








const COMMANDS = ['plan', 'apply', 'sync', 'import'];
const WRITE_BACK_MODES = ['commit', 'pull-request', 'none'];
class SettingsError extends Error {
    input;
    source;
    constructor(input, message, 
    /** Where the value came from: "Input `x`", "Option --x", "BUFFER_API_URL" or "buffer-gitops.yml:3: `x`". */
    source = `Input \`${input}\``) {
        super(`${source}: ${message}`);
        this.input = input;
        this.source = source;
        this.name = 'SettingsError';
    }
}
/**
 * readSettings with buffer-gitops.yml read from the workspace's folder (the
 * action). Async because the file's YAML parser is loaded only when there is a
 * file (settings-location.ts).
 */
async function readSettingsWithFile(read, workspace, env = process.env, opts = {}) {
    const root = insideWorkspace(workspace, read('working-directory') ?? '.');
    const file = await (0,settings_location/* loadSettingsFile */.wq)(root, opts.surface ?? 'action');
    return readSettings(read, workspace, env, { ...opts, settingsFile: file });
}
function readSettings(read, workspace, env = process.env, opts = {}) {
    const surface = opts.surface ?? 'action';
    const label = (name) => (surface === 'cli' ? `Option --${name}` : `Input \`${name}\``);
    const workingDirectory = read('working-directory') ?? '.';
    const root = insideWorkspace(workspace, workingDirectory);
    const file = opts.settingsFile;
    // Precedence: input or flag, then the environment, then the file, then the default.
    const layers = (name) => {
        const given = read(name);
        if (given !== undefined)
            return { value: given, source: label(name) };
        if (name === 'api-url') {
            const fromEnv = nonEmpty(env.BUFFER_API_URL);
            if (fromEnv)
                return { value: fromEnv, source: 'BUFFER_API_URL' };
        }
        const inFile = file?.values.get(name);
        if (inFile)
            return { value: inFile.value, source: `${file.path}:${inFile.line}: \`${name}\`` };
        return undefined;
    };
    const command = oneOf(layers, 'command', ['auto', ...COMMANDS], 'auto');
    const apiKey = read('buffer-api-key') ?? nonEmpty(env.BUFFER_API_KEY);
    const apiUrl = url(layers, 'api-url', api_url/* DEFAULT_API_URL */.r);
    const timezone = timeZone(layers);
    const maxWaitSeconds = number(layers, 'max-wait', 300);
    const organizationId = layers('organization-id')?.value;
    const postsDir = dir(layers, 'posts-dir', 'posts');
    const ideasDir = dir(layers, 'ideas-dir', 'ideas');
    return {
        command,
        apiKey,
        apiUrl,
        postsDir,
        ideasDir,
        organizationId,
        timezone,
        dryRun: bool(layers, 'dry-run', false),
        deleteSent: bool(layers, 'delete-sent', false),
        writeBack: oneOf(layers, 'write-back', WRITE_BACK_MODES, 'commit'),
        onDrift: oneOf(layers, 'on-drift', settings_keys/* SETTINGS_FILE_FIELDS */.ff['on-drift'].type.values, 'report'),
        maxWaitMs: maxWaitSeconds * 1000,
        batchSize: batchSize(layers),
        metricsFile: metricsFile(layers, postsDir, ideasDir),
        githubToken: read('github-token'),
        branches: branches(layers),
        ...(file ? { settingsFile: file.path } : {}),
        workspace: root,
        workingDirectory,
    };
}
function timeZone(layers) {
    const given = layers('timezone');
    if (given === undefined || (0,wall_time/* isValidTimeZone */.Aq)(given.value))
        return given?.value;
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const hint = (0,did_you_mean/* didYouMean */.a)(given.value, zones);
    throw new SettingsError('timezone', `"${given.value}" is not an IANA time zone.${hint} Use a name such as Europe/Berlin, America/New_York or UTC.`, given.source);
}
function branches(layers) {
    const given = layers('branches');
    if (given === undefined)
        return undefined;
    const patterns = [];
    for (const source of splitPatternList(given.value)) {
        try {
            patterns.push(compileBranchPattern(source));
        }
        catch (error) {
            throw new SettingsError('branches', `${error.message}. Write one branch name or pattern per line, e.g. \`main\` or \`release/**\`.`, given.source);
        }
    }
    if (patterns.length === 0)
        return undefined;
    if (!patterns.some((p) => !p.negated)) {
        throw new SettingsError('branches', `lists only exclusions (${(0,words/* codeList */.E5)(patterns.map((p) => p.source))}); name the branches to publish from too, e.g. \`main\`.`, given.source);
    }
    return patterns;
}
/** `working-directory` resolved against the workspace; it may not leave it (a checkout is always inside GITHUB_WORKSPACE). */
function insideWorkspace(workspace, dirInput) {
    const root = (0,external_node_path_.resolve)(workspace);
    const target = (0,external_node_path_.resolve)(root, dirInput);
    const rel = (0,external_node_path_.relative)(root, target);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new SettingsError('working-directory', `"${dirInput}" is outside the workspace. Write the folder relative to GITHUB_WORKSPACE, as given to actions/checkout's \`path:\` (e.g. \`social\`), or \`.\`.`);
    }
    return target;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
function oneOf(layers, name, allowed, fallback) {
    const given = layers(name);
    if (given === undefined)
        return fallback;
    if (allowed.includes(given.value))
        return given.value;
    throw new SettingsError(name, `"${given.value}" is not one of ${(0,words/* codeList */.E5)(allowed)}.${(0,did_you_mean/* didYouMean */.a)(given.value, allowed)}`, given.source);
}
function bool(layers, name, fallback) {
    const given = layers(name);
    if (given === undefined)
        return fallback;
    // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
    if (settings_keys/* TRUE_TEXTS */.G9.includes(given.value))
        return true;
    if (settings_keys/* FALSE_TEXTS */.H2.includes(given.value))
        return false;
    throw new SettingsError(name, `"${given.value}" is not a boolean. Write \`true\` or \`false\`.`, given.source);
}
function number(layers, name, fallback) {
    const given = layers(name);
    if (given === undefined)
        return fallback;
    const parsed = Number(given.value);
    if (given.value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
        throw new SettingsError(name, `"${given.value}" is not a number of seconds (0 or more).`, given.source);
    }
    return parsed;
}
/** Aliased mutations per request: Buffer allows 30 aliases per document; we stay at 25. */
function batchSize(layers) {
    const given = layers('batch-size');
    if (given === undefined)
        return 25;
    const parsed = Number(given.value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 25) {
        throw new SettingsError('batch-size', `"${given.value}" is not a whole number from 1 to 25.`, given.source);
    }
    return parsed;
}
function url(layers, name, fallback) {
    const given = layers(name);
    const value = given?.value ?? fallback;
    const source = given?.source;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new SettingsError(name, `"${value}" is not a URL. Write the endpoint, e.g. ${api_url/* DEFAULT_API_URL */.r}.`, source);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new SettingsError(name, `"${value}" must be an http(s) URL.`, source);
    }
    return value;
}
/**
 * `metrics-file`: a file inside the repository that no other part of the
 * product reads. Not a `.md` name (the posts folder would read it as a post),
 * not in the ideas folder; `none` turns metrics off.
 */
function metricsFile(layers, postsDir, ideasDir) {
    const given = layers('metrics-file');
    // posix.join tidies a posts-dir of `.` (the top folder) to `metrics.csv`, as a given path is tidied below.
    const fallback = external_node_path_.posix.join(postsDir, 'metrics.csv');
    if (given === undefined)
        return fallback;
    const raw = given.value.trim();
    if (raw === 'none')
        return null;
    const path = raw.replace(/\\/g, '/');
    const fail = (why) => {
        throw new SettingsError('metrics-file', `"${given.value}" ${why}. Write a file path from the repository's top folder, e.g. \`${fallback}\`, or \`none\` to turn metrics off.`, given.source);
    };
    if (path === '' || path.endsWith('/'))
        fail('is not a file name');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
        fail('is an absolute path');
    const value = external_node_path_.posix.normalize(path);
    if (value === '..' || value.startsWith('../') || value === '.')
        fail('is outside the repository');
    if (value.split('/')[0] === '.git')
        fail("is inside git's own folder (.git)");
    if (/\.md$/i.test(value))
        fail('ends in .md, so it would be read as a post file');
    if (value === ideasDir || value.startsWith(`${ideasDir}/`))
        fail(`is inside the ideas folder (${ideasDir})`);
    return value;
}
function dir(layers, name, fallback) {
    const given = layers(name);
    const value = (given?.value ?? fallback).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (value === '' || value.startsWith('/') || value.split('/').includes('..')) {
        throw new SettingsError(name, `"${value}" must be a folder inside the repository, e.g. \`${fallback}\`.`, given?.source);
    }
    return value;
}

// EXTERNAL MODULE: ./src/event/command.ts
var event_command = __nccwpck_require__(9025);
;// CONCATENATED MODULE: ./src/event/gate.ts


const DISPATCH_EVENTS = new Set(['workflow_dispatch', 'repository_dispatch']);
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
function decide(settings, event) {
    const nothing = (notice) => ({ command: 'none', mutate: false, online: false, notice });
    const pr = event.pullRequest;
    if (pr && PULL_REQUEST_EVENTS.has(event.name) && pr.action === 'closed') {
        return nothing(`Nothing to do: pull request #${pr.number} is closed; its plan comment is left as it was.`);
    }
    let command;
    if (settings.command === 'auto') {
        try {
            command = (0,event_command/* resolveCommand */.OK)(settings, event);
        }
        catch {
            return nothing(`Nothing to do: the \`${event.name}\` event has no default command. Set the \`command\` input (plan, apply or sync) to run one on it.`);
        }
    }
    else {
        command = settings.command;
    }
    const offlineReason = (0,event_command/* foreignHeadReason */.bT)(event);
    if (offlineReason) {
        const warning = command === 'plan'
            ? undefined
            : `The \`${event.name}\` event carries code or content from a fork; buffer-gitops only plans here and sends nothing to Buffer.`;
        return { command: 'plan', mutate: false, online: false, offlineReason, warning };
    }
    if (event.name === 'pull_request_target' && command !== 'plan') {
        return {
            command: 'plan',
            mutate: false,
            online: true,
            warning: `The \`pull_request_target\` event runs with this repository's secrets for a pull request's content; buffer-gitops only plans here and never changes Buffer.`,
        };
    }
    if (command === 'plan')
        return { command, mutate: false, online: true };
    const verb = command === 'apply' ? 'Nothing published' : command === 'sync' ? 'Nothing synced' : 'Nothing imported';
    const ref = event.push?.ref || event.ref;
    if (event.push?.deleted)
        return nothing(`${verb}: ${ref || 'the ref'} was deleted.`);
    if (!ref)
        return nothing(`${verb}: the run names no branch (GITHUB_REF is not set); buffer-gitops changes Buffer only from a branch listed in the input \`branches\`.`);
    const known = settings.branches ? settings.branches.map((p) => p.source).join(', ') : event.defaultBranch;
    const from = known ? `${known} (input \`branches\`)` : 'the branches listed in the input `branches`';
    if (ref.startsWith('refs/tags/'))
        return nothing(`${verb}: ${ref} is a tag; buffer-gitops publishes from ${from}.`);
    if (!ref.startsWith('refs/heads/'))
        return nothing(`${verb}: ${ref} is not a branch; buffer-gitops publishes from ${from}.`);
    const branch = ref.slice('refs/heads/'.length);
    let allowed;
    let why;
    if (settings.branches || event.defaultBranch) {
        allowed = settings.branches ? matchesBranches(branch, settings.branches) : branch === event.defaultBranch;
        why = `${ref} is another branch; buffer-gitops publishes from ${from}`;
    }
    else {
        // GitHub runs schedules on the default branch only, and its schedule payload may not name it.
        allowed = event.name === 'schedule';
        why = `the event does not name the repository's default branch, so buffer-gitops cannot tell whether ${ref} is where it publishes from; set the input \`branches\` (e.g. \`branches: main\`)`;
    }
    if (allowed)
        return { command, mutate: true, online: true };
    if (command === 'sync' && DISPATCH_EVENTS.has(event.name)) {
        return {
            command,
            mutate: false,
            online: true,
            notice: `Read-only report: ${why}. This shows what sync would do; nothing is changed in Buffer or pushed.`,
        };
    }
    return nothing(`${verb}: ${why}.`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/event/context.ts
/**
 * What triggered the run, read from the runner's environment (GITHUB_* and the
 * event payload at GITHUB_EVENT_PATH). Read explicitly rather than through
 * @actions/github's import-time singleton so tests can pass any environment.
 */

function readEventContext(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const name = env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
    const ref = env.GITHUB_REF;
    const repo = payload.repository;
    const context = {
        name,
        repository: env.GITHUB_REPOSITORY ?? repo?.full_name,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        sha: env.GITHUB_SHA,
        ref,
        branch: ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
        defaultBranch: repo?.default_branch,
        payload,
    };
    if (name === 'push') {
        const after = str(payload.after) ?? env.GITHUB_SHA;
        if (after) {
            const deleted = payload.deleted === true || /^0+$/.test(after);
            context.push = {
                before: str(payload.before),
                after,
                ref: str(payload.ref) ?? ref ?? '',
                forced: payload.forced === true,
                ...(deleted ? { deleted } : {}),
            };
        }
    }
    const group = payload.merge_group;
    if (name === 'merge_group' && group && typeof group === 'object') {
        context.mergeGroup = {
            baseSha: str(group.base_sha) ?? '',
            headSha: str(group.head_sha) ?? env.GITHUB_SHA ?? '',
            headRef: str(group.head_ref) ?? '',
        };
    }
    const pr = payload.pull_request;
    if (pr && typeof pr === 'object' && (name === 'pull_request' || name === 'pull_request_target')) {
        const headRepo = str(at(pr, 'head', 'repo', 'full_name'));
        const baseRepo = str(at(pr, 'base', 'repo', 'full_name')) ?? repo?.full_name ?? env.GITHUB_REPOSITORY;
        context.pullRequest = {
            number: Number(at(pr, 'number') ?? payload.number),
            headSha: str(at(pr, 'head', 'sha')) ?? '',
            baseSha: str(at(pr, 'base', 'sha')) ?? '',
            headRef: str(at(pr, 'head', 'ref')) ?? '',
            baseRef: str(at(pr, 'base', 'ref')) ?? '',
            // Unknown is untrusted: GitHub sends `head.repo: null` when the fork was deleted.
            fromFork: headRepo === undefined || headRepo !== baseRepo,
            action: str(payload.action),
        };
    }
    return context;
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** The value at a path of keys in parsed JSON, or undefined where the path breaks (a null fork repo, a missing field). */
function at(value, ...keys) {
    let here = value;
    for (const key of keys) {
        if (!here || typeof here !== 'object')
            return undefined;
        here = here[key];
    }
    return here;
}

// EXTERNAL MODULE: ./src/commands/context.ts + 9 modules
var context = __nccwpck_require__(4613);
// EXTERNAL MODULE: ./src/git/write-back-names.ts
var write_back_names = __nccwpck_require__(5438);
;// CONCATENATED MODULE: ./src/event/push-files.ts
/**
 * Whether a push will need Buffer, told from the push payload alone, before
 * any git work (issue 16). The action uses it to send its first read (the
 * account) while git fetches, instead of after: on a runner that fetch is a
 * round trip to GitHub. A wrong "yes" costs one read request a run without
 * Buffer would not have sent; a wrong "no" only costs the time saved.
 *
 * Two shapes of payload:
 * - GitHub Actions removes the per-commit file lists from the push payload it
 *   gives a workflow (GitHub changelog, 2019-10-16; "Events that trigger
 *   workflows"). Then every push with a commit the write-back did not make
 *   reads ahead: the README's workflow runs on pushes that touch the posts
 *   or ideas folder only, so the read is wasted only on a push that renames
 *   files and nothing else, or one that changes only `buffer:` blocks.
 * - Webhook deliveries (Gitea and Forgejo Actions, `act` with a saved event)
 *   list per commit the paths `added`, `modified` and `removed` (a rename is a
 *   removed path and an added one). Then the answer is "yes" only when they
 *   show a post or idea file changing in a way that needs Buffer.
 * "No" whenever the payload cannot tell: no commits, a list that may be cut
 * off, a forced push (the commits may be ones already applied, amended), or
 * anything it cannot read. The payload is not the truth the run acts on (the
 * diff of the branch tip against the applied state is): it only decides
 * whether to read ahead.
 */

/** GitHub's merge commit of a `write-back: pull-request` branch names it: `Merge pull request #7 from acme/buffer-gitops/ids-0123abcd4567`. */
const WRITE_BACK_MERGE = /^Merge pull request #\d+ from [^\s/]+\/(\S+)$/;
/**
 * GitHub lists at most this many commits in a push payload (its webhook
 * documentation: "a maximum of 2048 commits"); a list that long may be cut off.
 */
const MAX_LISTED_COMMITS = 2048;
/**
 * Without file lists (GitHub Actions): true when a commit of the push is not
 * the write-back's. With them: true when they show a post or idea file (a
 * `.md` file under one of `dirs`) added, changed or removed by a commit the
 * write-back did not make, other than what could be only renames. False
 * otherwise, for a forced push, when the commits may have been cut off, and
 * on anything it cannot read.
 */
function pushNeedsBuffer(payload, dirs) {
    const commits = payload.commits;
    // A branch created from existing commits, or a force push back to an older one, lists no commit: nothing to tell from.
    if (!Array.isArray(commits) || commits.length === 0 || commits.length >= MAX_LISTED_COMMITS)
        return false;
    if (payload.forced === true)
        return false;
    // The head commit missing from the list: the list is not the whole push.
    const head = payload.head_commit?.id;
    if (typeof head === 'string' && !commits.some((c) => c?.id === head))
        return false;
    const listed = (c) => 'added' in c || 'removed' in c || 'modified' in c;
    if (commits.every((c) => c !== null &&
        typeof c === 'object' &&
        typeof c.id === 'string' &&
        !listed(c)))
        // GitHub Actions' payload: no file lists; any commit but the write-back's may change posts.
        return commits.some((c) => !isWriteBack(c.message));
    // The settings' folders, normalized there (`./posts/` → `posts`); `.` is the whole repository.
    const folders = dirs.map((d) => (d === '.' ? '' : d));
    const matters = (path) => path.endsWith('.md') && folders.some((d) => d === '' || path.startsWith(`${d}/`));
    /** Each path's change over the whole push so far, relative to the commit before it. */
    const net = new Map();
    /** Paths added and then changed within the push (not what a rename alone does), while they exist. */
    const editedAfterAdding = new Set();
    for (const raw of commits) {
        const commit = raw;
        if (!commit || typeof commit !== 'object')
            return false;
        const lists = [commit.added, commit.removed, commit.modified];
        if (!lists.every((l) => Array.isArray(l) && l.every((p) => typeof p === 'string')))
            return false;
        if (isWriteBack(commit.message))
            continue;
        const [added, removed, modified] = lists;
        for (const path of added.filter(matters))
            net.set(path, net.get(path) === 'removed' ? 'modified' : 'added');
        for (const path of removed.filter(matters)) {
            // Added and removed within the push: the branch is as before for this path.
            editedAfterAdding.delete(path);
            if (net.get(path) === 'added')
                net.delete(path);
            else
                net.set(path, 'removed');
        }
        for (const path of modified.filter(matters)) {
            // A file added earlier in the push and then changed: not what a rename alone does.
            if (net.get(path) === 'added')
                editedAfterAdding.add(path);
            else
                net.set(path, 'modified');
        }
    }
    const count = { added: 0, removed: 0, modified: 0 };
    for (const change of net.values())
        count[change]++;
    if (net.size === 0)
        return false;
    // As many paths appeared as went, and none changed in place: maybe only renames, which cost no request (SPEC §3).
    if (count.modified === 0 && editedAfterAdding.size === 0 && count.added === count.removed)
        return false;
    return true;
}
function isWriteBack(message) {
    if (typeof message !== 'string')
        return false;
    const first = message.split('\n', 1)[0].trim();
    const merged = WRITE_BACK_MERGE.exec(first)?.[1];
    return (first.startsWith(write_back_names/* WRITE_BACK_MESSAGE_PREFIX */.fA) ||
        (merged !== undefined &&
            /^[0-9a-f]+$/.test(merged.slice(write_back_names/* WRITE_BACK_BRANCH_PREFIX */.aG.length)) &&
            merged.startsWith(write_back_names/* WRITE_BACK_BRANCH_PREFIX */.aG)));
}

;// CONCATENATED MODULE: ./src/commands/read-ahead.ts


/**
 * For an apply on a push whose payload says the run will likely need Buffer
 * (event/push-files.ts): the Buffer client, with its first read (the account) sent now, while git fetches the
 * branch tip, instead of after (issue 16). connect() then gets that answer
 * from account() without a second request. Undefined, sending nothing,
 * otherwise, on a re-run, and when `organization-id` is set: then the first document depends on the
 * applied state, read from git (whether the run may create posts, and the
 * posts created since when ride along), so there is nothing to send ahead.
 */
function clientReadingAhead(settings, event, env = process.env) {
    if (!settings.apiKey || settings.organizationId || !event.push)
        return undefined;
    // A re-run of a job: the push it answers was most likely applied by the first attempt.
    if (Number(env.GITHUB_RUN_ATTEMPT ?? '1') > 1)
        return undefined;
    if (!pushNeedsBuffer(event.payload, [settings.postsDir, settings.ideasDir]))
        return undefined;
    let client;
    try {
        client = (0,context/* bufferClient */.kN)({ ...settings, apiKey: settings.apiKey });
    }
    catch {
        // An unusable key or api-url: the command fails on it where it makes its client, as without this.
        return undefined;
    }
    client.readAccountAhead();
    return client;
}

;// CONCATENATED MODULE: ./src/commands/run-command.ts
/** Starts loading a command's code ahead of running it (e.g. while git works); runCommand then finds it loaded. */
function loadCommand(command) {
    switch (command) {
        case 'plan':
            return Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(220), __nccwpck_require__.e(574), __nccwpck_require__.e(492)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6492));
        case 'apply':
            return Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(220), __nccwpck_require__.e(170), __nccwpck_require__.e(574), __nccwpck_require__.e(525), __nccwpck_require__.e(652)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2652));
        case 'sync':
            return Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(220), __nccwpck_require__.e(170), __nccwpck_require__.e(574), __nccwpck_require__.e(525), __nccwpck_require__.e(652)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2652)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(583), __nccwpck_require__.e(805), __nccwpck_require__.e(974), __nccwpck_require__.e(220), __nccwpck_require__.e(244), __nccwpck_require__.e(170), __nccwpck_require__.e(525), __nccwpck_require__.e(997)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6625))]);
        case 'import':
            return Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(583), __nccwpck_require__.e(805), __nccwpck_require__.e(220), __nccwpck_require__.e(170), __nccwpck_require__.e(139)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2139));
    }
}
async function runCommand(command, ctx) {
    switch (command) {
        case 'plan': {
            const { runPlan } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(805), __nccwpck_require__.e(220), __nccwpck_require__.e(574), __nccwpck_require__.e(492)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6492));
            return runPlan(ctx);
        }
        case 'apply': {
            const { runApply } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(220), __nccwpck_require__.e(170), __nccwpck_require__.e(574), __nccwpck_require__.e(525), __nccwpck_require__.e(652)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2652));
            return runApply(ctx);
        }
        case 'sync': {
            const [{ reconcileBeforeSync }, { runSync }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(220), __nccwpck_require__.e(170), __nccwpck_require__.e(574), __nccwpck_require__.e(525), __nccwpck_require__.e(652)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2652)), Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(583), __nccwpck_require__.e(805), __nccwpck_require__.e(974), __nccwpck_require__.e(220), __nccwpck_require__.e(244), __nccwpck_require__.e(170), __nccwpck_require__.e(525), __nccwpck_require__.e(997)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6625))]);
            // Work an earlier run left undone is finished whatever triggers the next run (issue 11).
            return runSync(ctx, await reconcileBeforeSync(ctx));
        }
        case 'import': {
            const { runImport } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(583), __nccwpck_require__.e(805), __nccwpck_require__.e(220), __nccwpck_require__.e(170), __nccwpck_require__.e(139)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2139));
            return runImport(ctx);
        }
    }
}

;// CONCATENATED MODULE: ./src/git/repository.ts
/**
 * Whether a folder is the top of a git checkout, asked before any command
 * runs, so a workflow that checked out into a subfolder (actions/checkout
 * `path:`) gets one sentence naming what to set instead of git's raw
 * `fatal: not a git repository`.
 *
 * The top folder is read from the file system when the layout is plain (a
 * `.git` folder, or a `.git` file pointing at a linked worktree's folder):
 * a git process costs a CLI start several ms (issue 16). Anything else —
 * environment variables that steer git's search, a bare repository, a
 * `core.worktree`, a folder another user owns (safe.directory), a file
 * system boundary, a `.git` that is not a valid repository — is left to
 * `git rev-parse --show-toplevel`, so the answer is git's wherever git
 * gives one (test/cli/repository-root.test.ts compares both on real
 * repositories). A config file git refuses to read is not checked here: the
 * next git command reports it, in git's words.
 */


/** `env`: the environment `git` runs with; given, a plain layout is read without a git process (topLevel). */
async function checkRepository(git, env) {
    let folder;
    try {
        folder = (0,external_node_fs_.realpathSync)(git.cwd);
    }
    catch {
        return { ok: false, kind: 'missing' };
    }
    const top = await topLevel(git, env);
    if (top === undefined)
        return { ok: false, kind: 'not-a-repository' };
    let realTop = top;
    try {
        realTop = (0,external_node_fs_.realpathSync)(top);
    }
    catch {
        // git printed it, so it exists; keep git's spelling.
    }
    return realTop === folder ? { ok: true } : { ok: false, kind: 'not-the-top', top };
}
/**
 * The top folder of the work tree around `git.cwd`, as git finds it; undefined outside a repository.
 * `env`: the environment `git` runs with (the variables that steer git's search are read from it); given,
 * a plain layout is answered from the file system (plainTopLevel), anything else by git.
 */
async function topLevel(git, env) {
    const plain = env ? plainTopLevel(git.cwd, env) : undefined;
    if (plain !== undefined)
        return plain;
    const result = await git.exec(['rev-parse', '--show-toplevel'], { allowFailure: true });
    const top = result.stdout.trim();
    return result.exitCode === 0 && top ? top : undefined;
}
/** Variables that change where or whether git finds a repository (git's environment variables, setup.c). */
const STEERING_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_OBJECT_DIRECTORY',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    // Configuration given on git's command line (`git -c`) or through variables.
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    // The ownership check (safe.directory): trusts SUDO_UID when running as root; a test switch.
    'SUDO_UID',
    'GIT_TEST_ASSUME_DIFFERENT_OWNER',
];
/**
 * The top folder git would print for `rev-parse --show-toplevel` in `cwd`, when
 * the repository is laid out plainly enough to be sure without running git;
 * undefined whenever git itself must answer (including outside a repository).
 * Follows git's discovery (setup_git_directory_gently): from the physical
 * current folder upwards, the first folder whose `.git` is a valid git
 * directory, or a `gitdir:` file naming one, is the top.
 */
function plainTopLevel(cwd, env) {
    // Windows (drive letters, git's forward slashes) and macOS (core.precomposeunicode rewrites the folder's name) print paths git's own way.
    if (process.platform === 'win32')
        return undefined;
    if (STEERING_VARIABLES.some((name) => env[name] !== undefined))
        return undefined;
    const uid = process.geteuid?.();
    if (uid === undefined)
        return undefined;
    try {
        // git works from getcwd(): the physical path, symbolic links resolved.
        let dir = (0,external_node_fs_.realpathSync)(cwd);
        if (process.platform === 'darwin' && /[^\x20-\x7e]/.test(dir))
            return undefined;
        const device = (0,external_node_fs_.statSync)(dir).dev;
        for (;;) {
            const found = gitDirectoryIn(dir, uid);
            if (found === 'ask-git')
                return undefined;
            if (found)
                return dir === '/' ? undefined : dir;
            const parent = (0,external_node_path_.dirname)(dir);
            // The root reached without a repository, or a file system boundary git would stop at: git says what that means.
            if (parent === dir || (0,external_node_fs_.statSync)(parent).dev !== device)
                return undefined;
            dir = parent;
        }
    }
    catch {
        return undefined;
    }
}
/** Whether `dir` is a work tree's top git would accept without question: true, false (keep looking upwards), or 'ask-git'. */
function gitDirectoryIn(dir, uid) {
    const dotGit = (0,external_node_path_.join)(dir, '.git');
    const entry = (0,external_node_fs_.lstatSync)(dotGit, { throwIfNoEntry: false });
    if (!entry) {
        // git next asks whether `dir` itself is a git directory (a bare repository, or the inside of `.git`).
        return (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, 'HEAD'), { throwIfNoEntry: false }) ? 'ask-git' : false;
    }
    if (entry.uid !== uid || (0,external_node_fs_.lstatSync)(dir).uid !== uid)
        return 'ask-git';
    if (entry.isDirectory()) {
        // A `commondir` inside `.git` is a layout git allows but this reading does not follow.
        if ((0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dotGit, 'commondir'), { throwIfNoEntry: false }))
            return 'ask-git';
        return plainGitDirectory(dotGit, dotGit, uid) ? true : 'ask-git';
    }
    if (!entry.isFile())
        return 'ask-git';
    // A linked worktree (or a submodule): `gitdir: PATH`, relative to the file's folder.
    const match = /^gitdir: (.+?)[\r\n]*$/.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'));
    if (!match?.[1])
        return 'ask-git';
    const gitDir = (0,external_node_path_.isAbsolute)(match[1]) ? match[1] : (0,external_node_path_.resolve)(dir, match[1]);
    const common = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').replace(/[\r\n]+$/, '');
    const commonDir = (0,external_node_path_.isAbsolute)(common) ? common : (0,external_node_path_.resolve)(gitDir, common);
    return plainGitDirectory(gitDir, commonDir, uid) ? true : 'ask-git';
}
/**
 * A git directory git would accept as it is (is_git_directory, the repository
 * format check, the ownership check) whose configuration cannot move the work
 * tree elsewhere: the found folder is then the top.
 */
function plainGitDirectory(gitDir, commonDir, uid) {
    if ((0,external_node_fs_.lstatSync)(gitDir).uid !== uid)
        return false;
    const head = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(gitDir, 'HEAD'), { throwIfNoEntry: false });
    if (!head?.isFile() ||
        !/^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\r?\n?$/.test((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8')))
        return false;
    for (const name of ['objects', 'refs']) {
        const path = (0,external_node_path_.join)(commonDir, name);
        if (!(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory())
            return false;
        // git's test is access(X_OK); throws (and git decides) when it fails.
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
    }
    return plainConfig((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(commonDir, 'config'), 'utf8'));
}
/**
 * A repository configuration that leaves the work tree where `.git` is: no
 * core.worktree, core.bare false or unset, format version 0 or 1 without
 * extensions (a worktree-specific config could say otherwise), no includes.
 * Anything this reading does not recognise (continuation lines, odd section
 * headers) counts as not plain.
 */
function plainConfig(text) {
    let section = '';
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.endsWith('\\'))
            return false;
        if (line.startsWith('[')) {
            const header = /^\[([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\]|\\.)*")?\]\s*(?:[#;].*)?$/.exec(line);
            if (!header?.[1])
                return false;
            const name = header[1].toLowerCase();
            if (name === 'include' || name === 'includeif' || name === 'extensions')
                return false;
            if (name === 'core' && line.includes('"'))
                return false;
            section = line.includes('"') ? `${name} "` : name;
            continue;
        }
        const pair = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
        if (!pair?.[1])
            return false;
        if (section !== 'core')
            continue;
        const key = pair[1].toLowerCase();
        const value = (pair[2] ?? 'true')
            .replace(/\s*[#;].*$/, '')
            .replace(/^"(.*)"$/, '$1')
            .trim()
            .toLowerCase();
        if (key === 'worktree')
            return false;
        if (key === 'bare' && !['false', 'no', 'off', '0'].includes(value))
            return false;
        if (key === 'repositoryformatversion' && value !== '0' && value !== '1')
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/posts/markdown-tree.ts + 1 modules
var markdown_tree = __nccwpck_require__(890);
;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
/**
 * Log text that carries user data (file names, channel references, Buffer's
 * messages quoting post text) must not become a workflow command: the runner
 * reads any output line that starts with `::` (after leading whitespace) or
 * `##[` as one, so a file named "a\n::error::x.md" or a post text line
 * "::add-mask::…" could fake annotations, mask log text or stop command
 * processing. Such text is printed inside GitHub's own quarantine,
 * `::stop-commands::<token>` … `::<token>::`, with a token nobody can guess:
 * the log shows it byte for byte and the runner ignores it.
 */
/** The runner splits output on \r\n, \n and a lone \r alike. */
const LINE_BREAK = /\r\n|\r|\n/;
function couldBeWorkflowCommand(text) {
    return text.split(LINE_BREAK).some((line) => /^\s*(?:::|##\[)/.test(line));
}
/** `text` as it is safe to write to the log: unchanged, or quarantined between stop-commands lines. */
function quarantined(text) {
    if (!couldBeWorkflowCommand(text))
        return [text];
    // node:crypto loaded here, on first need, not with the action's entry (≈ 5 ms, issue 16).
    const token = process.getBuiltinModule('node:crypto').randomUUID();
    return [`::stop-commands::${token}`, text, `::${token}::`];
}

;// CONCATENATED MODULE: ./src/report/actions-reporter.ts

class ActionsReporter {
    core;
    /** @actions/core, or the bundle's own runnerToolkit (report/toolkit.ts). */
    constructor(core) {
        this.core = core;
    }
    info(message) {
        // Annotations, warnings and group names are escaped by @actions/core; plain log lines are not.
        for (const line of quarantined(message))
            this.core.info(line);
    }
    finding(finding) {
        const properties = {
            file: finding.file,
            startLine: finding.line,
            startColumn: finding.column,
            title: `buffer-gitops: ${finding.code}`,
        };
        if (finding.severity === 'error')
            this.core.error(finding.message, properties);
        else if (finding.severity === 'warning')
            this.core.warning(finding.message, properties);
        else
            this.core.notice(finding.message, properties);
    }
    warning(message) {
        this.core.warning(message);
    }
    error(message) {
        this.core.error(message);
    }
    group(name, fn) {
        return this.core.group(name, fn);
    }
    setOutput(name, value) {
        this.core.setOutput(name, value);
    }
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await this.core.summary.addRaw(markdown, true).write();
    }
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: inputs (then buffer-gitops.yml) → settings, the event → a decision (event/gate.ts), the
 * command → outputs, annotations and the job summary. Mutations run only on
 * the branches the team publishes from, never on untrusted events.
 */











/**
 * `toolkit`: how the run talks to the runner. dist/index.js passes its own
 * (report/toolkit.ts); without one, @actions/core, which GitHub's
 * local-action replaces with its stub when it runs this file.
 */
async function run(toolkit) {
    const core = toolkit ?? (await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)));
    // The secrets are registered with the runner before anything prints; `mask` runs once, early or from the catch.
    let secrets = [];
    let ahead;
    const mask = () => {
        for (const secret of secrets)
            core.setSecret(secret);
        secrets = [];
    };
    try {
        const settings = await readSettingsWithFile((name) => core.getInput(name) || undefined, process.env.GITHUB_WORKSPACE ?? process.cwd(), process.env, { surface: 'action' });
        secrets = [settings.apiKey, settings.githubToken].filter((s) => Boolean(s));
        const event = readEventContext();
        const decision = decide(settings, event);
        // Buffer's first answer travels while git works (issue 16): a read, sent only when the push shows the run
        // needs Buffer, before the first log line (setting up the log takes a few milliseconds). It prints nothing.
        ahead =
            decision.command === 'apply' && decision.mutate && decision.online
                ? clientReadingAhead(settings, event)
                : undefined;
        // Two turns of the event loop before the thread is busy loading the command: the request's connection is
        // started (a local endpoint's is written; a remote one's name lookup and connect are under way).
        if (ahead)
            for (let turn = 0; turn < 2; turn++)
                await new Promise((resolve) => setImmediate(resolve));
        mask();
        if (decision.warning)
            core.warning(decision.warning);
        if (decision.notice)
            core.notice(decision.notice);
        if (decision.command === 'none') {
            for (const name of ['created', 'edited', 'replaced', 'deleted', 'failed'])
                core.setOutput(name, '0');
            core.setOutput('plan', '[]');
            return;
        }
        const reporter = new ActionsReporter(core);
        const runSettings = decision.mutate || decision.command === 'plan' ? settings : { ...settings, dryRun: true };
        const ctx = {
            settings: runSettings,
            event,
            reporter,
            now: () => new Date(),
            batchSize: settings.batchSize,
            offlineReason: decision.online ? undefined : decision.offlineReason,
            client: ahead,
        };
        // The command's code (its own chunk of dist/) loads while git checks the workspace.
        loadCommand(decision.command).catch(() => undefined);
        // So does the Markdown parser: every command may parse a post body, synchronously, so it is loaded before the
        // command runs (posts/markdown-tree.ts).
        const parserReady = (0,markdown_tree/* loadMarkdownParser */.jM)();
        parserReady.catch(() => undefined); // awaited below; a repository problem returns first
        const problem = await repositoryProblem(settings, (0,context/* gitFor */.ww)(ctx));
        if (problem) {
            core.setFailed(problem);
            return;
        }
        await parserReady;
        const result = await runCommand(decision.command, ctx);
        if (result.exitCode !== 0)
            core.setFailed(`buffer-gitops ${decision.command} finished with problems; see the annotations and the job summary.`);
    }
    catch (error) {
        mask();
        if (error instanceof settings_location/* SettingsFileError */.sb) {
            // A mistake in buffer-gitops.yml: one annotation, at its line.
            core.error(error.message, {
                file: external_node_path_.posix.join(core.getInput('working-directory') || '.', error.file),
                startLine: error.line,
            });
            process.exitCode = 1; // @actions/core's ExitCode.Failure
            return;
        }
        core.setFailed(error instanceof Error ? error.message : String(error));
    }
    finally {
        // A read sent ahead that the run never needed (a rename, a repository problem) does not hold the process.
        ahead?.abandonReadAhead();
    }
}
/** A workspace that is not a checkout's top folder, in the action's words (its inputs). */
async function repositoryProblem(settings, git) {
    const check = await checkRepository(git, process.env);
    if (check.ok)
        return undefined;
    const where = settings.workingDirectory === '.'
        ? `The workspace (${settings.workspace})`
        : `\`working-directory: ${settings.workingDirectory}\` (${settings.workspace})`;
    switch (check.kind) {
        case 'missing':
            return `${where} does not exist. Set the \`working-directory\` input to the folder actions/checkout checked out into (its \`path:\`).`;
        case 'not-a-repository':
            return `${where} is not a git repository. Run actions/checkout before this step; if actions/checkout uses \`path:\`, set the \`working-directory\` input to the same folder.`;
        case 'not-the-top':
            return `${where} is inside the git repository at ${check.top}, not its top folder. Set the \`working-directory\` input to the checkout's folder and \`posts-dir\`/\`ideas-dir\` to the folders inside it.`;
    }
}


/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jM: () => (/* binding */ loadMarkdownParser),
  Dd: () => (/* binding */ parseMarkdown)
});

// UNUSED EXPORTS: MarkdownParserNotLoaded, withMarkdownParser

;// CONCATENATED MODULE: ./src/posts/markdown-plain.ts
/**
 * Anywhere in a line, outside `**…**` and `[…](…)` as matched below: what can start inline syntax. An `@`
 * is taken only after a space or a line's start (`@name`): an e-mail literal needs a character before it.
 */
const INLINE_SYNTAX = /[\\`*_~<&|[\]\0-\x09\x0b-\x1f\x7f-\x9f]|[^\S \n]|!\[|:\/\/|www\.|[^ \n]@/i;
/**
 * A line's start that can open a block (heading, quote, list, setext underline, fence, HTML), or a space, or
 * begin a table's delimiter row (`|`, and `:-`/`:--`/`:-:`, which under a line of text make it a one-column table).
 */
const BLOCK_START = /^(?:[ >\-+=|:`~<]|#{1,6}(?:[ \t]|$)|\d+[.)])/;
/** A word or words of ASCII letters and digits: the only content taken inside `**…**` and `[…]`. */
const WORDS = '[A-Za-z0-9](?:[A-Za-z0-9 ]*[A-Za-z0-9])?';
const STRONG = new RegExp(String.raw `\*\*(${WORDS})\*\*`, 'y');
const LINK = new RegExp(String.raw `\[(${WORDS})\]\((https?:\/\/[A-Za-z0-9._~\/?#=%+-]+)\)`, 'y');
/** Around `**…**`: flanking is then unambiguous (an opening run only, a closing run only). */
const BEFORE_STRONG = new Set(['', ' ', '(']);
const AFTER_STRONG = new Set(['', ' ', '.', ',', ';', ':', '!', '?', ')']);
/** The mdast tree of `markdown` when it is plain paragraphs as described above; undefined otherwise. */
function plainMarkdownTree(markdown) {
    const lines = markdown.split('\n');
    const lineStarts = [];
    let offset = 0;
    for (const line of lines) {
        lineStarts.push(offset);
        offset += line.length + 1;
    }
    const point = (at) => {
        // The last line starting at or before `at`.
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= at)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: at - lineStarts[low] + 1, offset: at };
    };
    const children = [];
    let first = -1;
    for (let i = 0; i <= lines.length; i++) {
        const line = lines[i];
        if (line !== undefined && line !== '') {
            if (BLOCK_START.test(line) || line.endsWith(' '))
                return undefined;
            if (first === -1)
                first = i;
            continue;
        }
        if (first === -1)
            continue;
        const start = lineStarts[first];
        const end = lineStarts[i - 1] + lines[i - 1].length;
        const content = paragraphContent(markdown, start, end, point);
        if (!content)
            return undefined;
        children.push({ type: 'paragraph', children: content, position: { start: point(start), end: point(end) } });
        first = -1;
    }
    return { type: 'root', children, position: { start: point(0), end: point(markdown.length) } };
}
/** The inline nodes of markdown[start, end), or undefined when anything there could be other syntax. */
function paragraphContent(markdown, start, end, point) {
    const nodes = [];
    let textStart = start;
    const flushText = (upTo) => {
        if (upTo === textStart)
            return true;
        const value = markdown.slice(textStart, upTo);
        if (INLINE_SYNTAX.test(value))
            return false;
        // Right after `**…**` or `[…](…)`: an `@` there has no space before it either.
        if (value.startsWith('@') && textStart !== start)
            return false;
        nodes.push({ type: 'text', value, position: { start: point(textStart), end: point(upTo) } });
        return true;
    };
    const innerText = (from, value) => ({
        type: 'text',
        value,
        position: { start: point(from), end: point(from + value.length) },
    });
    let at = start;
    while (at < end) {
        const char = markdown.charAt(at);
        if (char !== '*' && char !== '[') {
            at++;
            continue;
        }
        const pattern = char === '*' ? STRONG : LINK;
        pattern.lastIndex = at;
        const match = pattern.exec(markdown);
        if (!match || at + match[0].length > end)
            return undefined;
        const after = at + match[0].length;
        const before = at === start ? '' : markdown.charAt(at - 1);
        if (char === '*') {
            const next = after === end ? '' : markdown.charAt(after);
            if (!BEFORE_STRONG.has(before === '\n' ? '' : before) || !AFTER_STRONG.has(next === '\n' ? '' : next))
                return undefined;
        }
        else if (before === '!') {
            return undefined; // `![…](…)` is an image
        }
        if (!flushText(at))
            return undefined;
        const position = { start: point(at), end: point(after) };
        const inner = innerText(at + (char === '*' ? 2 : 1), match[1]);
        const node = char === '*'
            ? { type: 'strong', children: [inner], position }
            : { type: 'link', title: null, url: match[2], children: [inner], position };
        nodes.push(node);
        at = after;
        textStart = after;
    }
    return flushText(end) ? nodes : undefined;
}

;// CONCATENATED MODULE: ./src/posts/markdown-tree.ts

let parser;
/** A parse needed micromark before the program loaded it (a missing loadMarkdownParser() call). */
class MarkdownParserNotLoaded extends Error {
    constructor() {
        super('internal error: a post body needs the Markdown parser, which was not loaded first (loadMarkdownParser in posts/markdown-tree.ts). Please report this.');
        this.name = 'MarkdownParserNotLoaded';
    }
}
/** Loads micromark for parseMarkdown; at once when already loaded. */
async function loadMarkdownParser() {
    parser ??= (await Promise.all(/* import() */[__nccwpck_require__.e(884), __nccwpck_require__.e(908)]).then(__nccwpck_require__.bind(__nccwpck_require__, 908))).parseWithMicromark;
}
/**
 * `work` without loading the parser when it needs none; when it does, the
 * parser is loaded and `work` runs again from the start. Only for work that
 * changes nothing outside itself (reads files, parses, returns a value), so a
 * second run gives what one run with the parser loaded would.
 */
async function withMarkdownParser(work) {
    if (parser)
        return work();
    try {
        // Awaited here, so that work returning a promise is retried too.
        return await work();
    }
    catch (error) {
        if (!(error instanceof MarkdownParserNotLoaded))
            throw error;
        await loadMarkdownParser();
        return work();
    }
}
/** The mdast tree of `markdown`; positions are relative to `markdown`. Plain paragraphs skip the parser (markdown-plain.ts). */
function parseMarkdown(markdown) {
    const plain = plainMarkdownTree(markdown);
    if (plain)
        return plain;
    if (!parser)
        throw new MarkdownParserNotLoaded();
    return parser(markdown);
}


/***/ }),

/***/ 7952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runnerToolkit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The part of GitHub's action toolkit (@actions/core) the action uses, and
 * that part written out directly against the runner's protocol: inputs from
 * INPUT_* variables, workflow commands (`::name props::message`) on stdout,
 * outputs appended to GITHUB_OUTPUT, the job summary appended to
 * GITHUB_STEP_SUMMARY. Byte for byte what @actions/core 3 writes
 * (test/report/toolkit.test.ts compares the two).
 *
 * Why not @actions/core itself in the bundle: importing it evaluates its OIDC
 * client, and with it undici (≈ 0.8 MB of the bundle), on every run, for a
 * feature the action never uses; that was the largest part of the action's
 * start-up (docs/benchmarks.md, "Cold start"). dist/index.js passes
 * `runnerToolkit` to run(); src/main.ts run() without one (GitHub's
 * local-action, which stubs @actions/core) imports @actions/core.
 */


const escapeData = (value) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * `::command key=value,…::message`. As @actions/core writes it: properties
 * without a value are left out, but any property key at all adds the space.
 */
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${Object.keys(properties).length > 0 ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/** The runner's names for an annotation's place, in @actions/core's order. */
function annotation(p = {}) {
    if (Object.keys(p).length === 0)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/** `name<<delimiter` … `delimiter`, the delimiter one nobody can put in a value. */
function keyValue(name, value) {
    // node:crypto is loaded here, on the first output, not with the entry (≈ 5 ms before the first request, issue 16).
    const delimiter = `ghadelimiter_${process.getBuiltinModule('node:crypto').randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
const runnerToolkit = {
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
    },
    setSecret(secret) {
        issue('add-mask', {}, secret);
    },
    setOutput(name, value) {
        const file = process.env.GITHUB_OUTPUT || '';
        if (file) {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                throw new Error(`Missing file at path: ${file}`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${keyValue(name, value)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
            return;
        }
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        issue('set-output', { name }, value);
    },
    setFailed(message) {
        process.exitCode = 1;
        runnerToolkit.error(message);
    },
    info(message) {
        process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    },
    error(message, properties) {
        issue('error', annotation(properties), message);
    },
    warning(message, properties) {
        issue('warning', annotation(properties), message);
    },
    notice(message, properties) {
        issue('notice', annotation(properties), message);
    },
    async group(name, fn) {
        issue('group', {}, name);
        try {
            return await fn();
        }
        finally {
            issue('endgroup', {}, '');
        }
    },
    summary: {
        addRaw(text, addEOL = false) {
            const buffered = addEOL ? text + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL : text;
            return {
                async write() {
                    const file = process.env.GITHUB_STEP_SUMMARY;
                    if (!file)
                        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
                    // node:fs/promises loaded on the first summary, not with the entry (issue 16).
                    const { access, appendFile } = process.getBuiltinModule('node:fs/promises');
                    try {
                        await access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
                    }
                    catch {
                        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
                    }
                    await appendFile(file, buffered, { encoding: 'utf8' });
                },
            };
        },
    },
};


/***/ }),

/***/ 3180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/**
 * "Did you mean …?" for misspelt keys, values and names. Shared by every
 * stage that reads what a person typed (front-matter, channel references,
 * the settings file, CLI flags), so one typo rule holds everywhere.
 */
function normalise(word) {
    return word.toLowerCase().replace(/[-_\s]/g, '');
}
/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), since swaps are the commonest typo. Inputs are
 * short keys, so the full table is fine.
 */
function distance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? 0;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            rows[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
/** The candidate closest to `word` when it is plausibly a typo of it, else undefined. */
function nearest(word, candidates) {
    const target = normalise(word);
    let best;
    for (const candidate of candidates) {
        const score = distance(target, normalise(candidate));
        if (!best || score < best.score)
            best = { candidate, score };
    }
    if (!best)
        return undefined;
    // Allow roughly one typo per three letters, at least one, at most three.
    const allowed = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
    return best.score <= allowed ? best.candidate : undefined;
}
/** ` Did you mean \`x\`?` or an empty string. */
function didYouMean(word, candidates) {
    const match = nearest(word, candidates);
    return match ? ` Did you mean \`${match}\`?` : '';
}


/***/ }),

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactSecrets)
/* harmony export */ });
/**
 * Secrets out of text that may reach a log, a comment or a report (git's and
 * GitHub's error messages can echo a URL or a header). The longest secret
 * goes first, so a secret that contains another is never left half-shown.
 */
function redactSecrets(text, secrets) {
    let out = text;
    for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 1670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ codeList),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/** Wording shared by every report: numbers as users read them, plurals, "a, b and c", names written as code. */
/** Numbers as users read them: 63,206 rather than 63206 (fixed locale: reports must not vary by runner). */
function formatNumber(n) {
    // Whole numbers, nearly all of them, grouped by hand: the first toLocaleString in a process loads ICU's
    // number data (≈ 13 ms and 8 MB in a plan, issue 16). The same text as toLocaleString('en-US') (tested).
    if (Number.isSafeInteger(n) && !Object.is(n, -0))
        return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
    return n.toLocaleString('en-US');
}
function plural(n, one, many = `${one}s`) {
    return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
/** "a, b and c" */
function listWords(words) {
    if (words.length <= 1)
        return words.join('');
    return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
/** "`a`, `b`, `c`": names a user writes (keys, values), each as code. */
function codeList(words) {
    return words.map((word) => `\`${word}\``).join(', ');
}


/***/ }),

/***/ 8174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eG: () => (/* binding */ laterOf),
/* harmony export */   lZ: () => (/* binding */ utcDayStart),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/** Whole UTC days, as Buffer's date-range inputs count them (AggregatedPostMetricsInput: "UTC midnight"). */
const DAY_MS = 86_400_000;
/** UTC midnight at or before the instant, in ms. */
function utcDayStart(ms) {
    return Math.floor(ms / DAY_MS) * DAY_MS;
}
/** The later of two clocks (the second may be unknown). */
function laterOf(a, b) {
    return b && b.getTime() > a.getTime() ? b : a;
}


/***/ }),

/***/ 4383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   HA: () => (/* binding */ offsetAt),
/* harmony export */   X9: () => (/* binding */ wallTimeToUtc),
/* harmony export */   pY: () => (/* binding */ toWallTime)
/* harmony export */ });
/* unused harmony export localDayBounds */
/* harmony import */ var _days_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8174);
/**
 * Wall-clock time in IANA time zones, using only Intl (Node 20 has no
 * Temporal). Shared by post files (a `dueAt` without an offset) and the
 * sandbox (queue slots and daily limits in the channel's local time).
 *
 * Wall-clock time → UTC instant: Handles DST: times that happen twice (autumn)
 * resolve to the earlier instant; times that never happen (spring gap) are moved
 * forward by the gap, as clocks do ("compatible" disambiguation in Temporal terms).
 */

const formatters = new Map();
function formatterFor(timeZone) {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        // Throws RangeError for an unknown zone; callers check with isValidTimeZone first.
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            era: 'short',
        });
        formatters.set(timeZone, formatter);
    }
    return formatter;
}
function isValidTimeZone(timeZone) {
    try {
        formatterFor(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
/** The zone's UTC offset in milliseconds at an instant (local = utc + offset). */
function offsetAt(timeZone, epochMs) {
    const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
    const get = (type) => Number(parts.find((p) => p.type === type)?.value);
    const era = parts.find((p) => p.type === 'era')?.value;
    const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
    const local = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    // Intl drops milliseconds; compare whole seconds.
    const wholeSecond = Math.floor(epochMs / 1000) * 1000;
    return local - wholeSecond;
}
function wallAsUtc(wall) {
    const date = new Date(0);
    date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
    date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
    return date.getTime();
}
/** The UTC instant a wall-clock time in `timeZone` denotes. */
function wallTimeToUtc(wall, timeZone) {
    const naive = wallAsUtc(wall);
    // Offsets either side of the candidate: a zone changes offset at most once
    // within any day around it, so these two cover both sides of a transition.
    const before = offsetAt(timeZone, naive - _days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    const after = offsetAt(timeZone, naive + _days_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    const candidates = [...new Set([before, after])]
        .map((offset) => naive - offset)
        .filter((epoch) => offsetAt(timeZone, epoch) === naive - epoch)
        .sort((a, b) => a - b);
    const first = candidates[0];
    if (first !== undefined)
        return { epochMs: first, kind: candidates.length > 1 ? 'ambiguous' : 'exact' };
    // In a gap: apply the offset from before the transition, which lands after it
    // (02:30 in a 02:00→03:00 spring-forward becomes 03:30).
    return { epochMs: naive - before, kind: 'skipped' };
}
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The wall-clock time a zone shows at an instant, with its weekday ('mon'..'sun'). */
function toWallTime(epochMs, timeZone) {
    const local = new Date(epochMs + offsetAt(timeZone, epochMs));
    return {
        year: local.getUTCFullYear(),
        month: local.getUTCMonth() + 1,
        day: local.getUTCDate(),
        hour: local.getUTCHours(),
        minute: local.getUTCMinutes(),
        second: local.getUTCSeconds(),
        millisecond: local.getUTCMilliseconds(),
        weekday: WEEKDAYS[local.getUTCDay()],
    };
}
/** [start, end) of the local calendar day containing an instant. */
function localDayBounds(epochMs, timeZone) {
    const l = toWallTime(epochMs, timeZone);
    const midnight = (day) => wallTimeToUtc({ year: l.year, month: l.month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone)
        .epochMs;
    // Date.UTC-style day overflow (day 32 → next month) is handled by wallAsUtc's setUTCFullYear.
    return [midnight(l.day), midnight(l.day + 1)];
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
