export const id = 61;
export const ids = [61];
export const modules = {

/***/ 2656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony export */   lW: () => (/* binding */ CHANNELS_LISTING_QUERY),
/* harmony export */   ps: () => (/* binding */ DELETE_POST_MUTATION),
/* harmony export */   qw: () => (/* binding */ POST_QUERY),
/* harmony export */   r6: () => (/* binding */ ACCOUNT_QUERY),
/* harmony export */   rG: () => (/* binding */ syncSnapshotOperation),
/* harmony export */   wM: () => (/* binding */ buildDailyPostingLimitsQuery),
/* harmony export */   wO: () => (/* binding */ buildConnectDocument)
/* harmony export */ });
/* unused harmony exports POST_FIELDS, POST_METRICS_FIELDS, CHANNEL_FIELDS, ACCOUNT_FIELDS, IDEA_FIELDS, ASSET_CONTENT_FIELDS, POST_CONTENT_FIELDS, LINK_ATTACHMENT_CONTENT_FIELDS, DOCUMENTS */
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

/***/ 1932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iR: () => (/* binding */ toPost),
/* harmony export */   mZ: () => (/* binding */ toPostMetric),
/* harmony export */   pr: () => (/* binding */ toChannel),
/* harmony export */   qM: () => (/* binding */ toPostsPage),
/* harmony export */   t$: () => (/* binding */ toIdea),
/* harmony export */   tf: () => (/* binding */ toAccount)
/* harmony export */ });
/* harmony import */ var _post_content_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4322);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ toPostContent),
/* harmony export */   n: () => (/* binding */ withoutDefaults)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
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

/***/ 1082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kN: () => (/* binding */ bufferClient),
  $V: () => (/* binding */ clientFor),
  ww: () => (/* binding */ gitFor),
  To: () => (/* binding */ runSecrets)
});

// EXTERNAL MODULE: ./src/buffer/errors.ts
var errors = __webpack_require__(2963);
// EXTERNAL MODULE: ./src/buffer/documents.ts
var documents = __webpack_require__(2656);
// EXTERNAL MODULE: ./src/buffer/mappers.ts
var mappers = __webpack_require__(1932);
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

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/buffer/api-url.ts
var api_url = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/http/exchange.ts
var exchange = __webpack_require__(1823);
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
const USER_AGENT = `buffer-gitops/${version/* VERSION */.x} (+https://github.com/features/actions)`;
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
var git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/commands/missing-api-key.ts
var missing_api_key = __webpack_require__(4965);
;// CONCATENATED MODULE: ./src/commands/context.ts
/** What every command gets: settings, the event, where to report, and injectable clocks and clients. */



/** The Buffer client for `command`; fails at once, before any other work, without a key. Constructing it sends nothing. */
function clientFor(ctx, command) {
    if (ctx.createClient)
        return ctx.createClient(ctx.settings);
    if (!ctx.settings.apiKey)
        throw new missing_api_key/* MissingApiKeyError */.g(command, ctx.surface);
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

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 9200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
/**
 * Code-unit order, what `<` does on strings: the same on every machine and
 * in every locale (unlike localeCompare), so sorted output (the metrics CSV,
 * the applied state, plans) never changes with where it ran.
 */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
