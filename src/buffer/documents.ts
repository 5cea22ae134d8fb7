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
export const MAX_ALIASES = 30;
/** Default aliases per batch: room under the cap for fragments' complexity. */
export const DEFAULT_BATCH_SIZE = 25;

export const POST_FIELDS = /* GraphQL */ `
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
export const POST_METRICS_FIELDS = /* GraphQL */ `
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

export const CHANNEL_FIELDS = /* GraphQL */ `
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

export const ACCOUNT_FIELDS = /* GraphQL */ `
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

export const IDEA_FIELDS = /* GraphQL */ `
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

function withFragments(operation: string, ...fragments: string[]): string {
  return [operation, ...fragments].join('\n\n');
}

export const ACCOUNT_QUERY = withFragments(
  `query Account {
  account {
    ...AccountFields
  }
}`,
  ACCOUNT_FIELDS,
);

export const CHANNELS_QUERY = withFragments(
  `query Channels($input: ChannelsInput!) {
  channels(input: $input) {
    ...ChannelFields
  }
}`,
  CHANNEL_FIELDS,
);

/** Account and channels in one request: the request budget is per HTTP request. */
export const ACCOUNT_AND_CHANNELS_QUERY = withFragments(
  `query AccountAndChannels($input: ChannelsInput!) {
  account {
    ...AccountFields
  }
  channels(input: $input) {
    ...ChannelFields
  }
}`,
  ACCOUNT_FIELDS,
  CHANNEL_FIELDS,
);

/**
 * The channels and the organization's recently created posts in ONE request
 * (with the account too when the organization is known): what apply needs
 * before creating, so the exactly-once check costs no request of its own
 * (SPEC §8: queries that can share a document share it).
 */
export function buildConnectDocument(withAccount: boolean): string {
  return withFragments(
    `query Connect${withAccount ? 'WithAccount' : ''}($input: ChannelsInput!, $recent: PostsInput!, $first: Int) {
${withAccount ? '  account {\n    ...AccountFields\n  }\n' : ''}  channels(input: $input) {
    ...ChannelFields
  }
  recent: posts(input: $recent, first: $first) ${postsPageSelection('PostFields')}
}`,
    ...(withAccount ? [ACCOUNT_FIELDS] : []),
    CHANNEL_FIELDS,
    POST_FIELDS,
  );
}

export const CHANNEL_QUERY = withFragments(
  `query Channel($input: ChannelInput!) {
  channel(input: $input) {
    ...ChannelFields
  }
}`,
  CHANNEL_FIELDS,
);

export const POST_QUERY = withFragments(
  `query Post($input: PostInput!) {
  post(input: $input) {
    ...PostFields
  }
}`,
  POST_FIELDS,
);

export const POSTS_QUERY = withFragments(
  `query Posts($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) ${postsPageSelection('PostFields')}
}`,
  POST_FIELDS,
);

export const DAILY_POSTING_LIMITS_QUERY = `query DailyPostingLimits($input: DailyPostingLimitsInput!) {
  dailyPostingLimits(input: $input) {
    channelId
    sent
    scheduled
    limit
    isAtLimit
  }
}`;

export const CREATE_POST_MUTATION = withFragments(
  `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) ${POST_ACTION_SELECTION}
}`,
  POST_FIELDS,
);

export const EDIT_POST_MUTATION = withFragments(
  `mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) ${POST_ACTION_SELECTION}
}`,
  POST_FIELDS,
);

export const DELETE_POST_MUTATION = `mutation DeletePost($input: DeletePostInput!) {
  deletePost(input: $input) ${DELETE_POST_SELECTION}
}`;

export const CREATE_IDEA_MUTATION = withFragments(
  `mutation CreateIdea($input: CreateIdeaInput!) {
  createIdea(input: $input) ${CREATE_IDEA_SELECTION}
}`,
  IDEA_FIELDS,
);

/** Selection of one page of a `posts` connection, with the page's cursor. */
function postsPageSelection(...fragments: string[]): string {
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
export function buildSyncSnapshotQuery(opts: { account: boolean; recent: boolean; metrics?: boolean }): string {
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
  return withFragments(
    `query ${syncSnapshotOperation(metrics)}(${params.join(', ')}) {\n${roots.join('\n')}\n}`,
    ...(opts.account ? [ACCOUNT_FIELDS] : []),
    CHANNEL_FIELDS,
    POST_FIELDS,
    ...(metrics ? [POST_METRICS_FIELDS] : []),
  );
}

/** The snapshot's operation name: with the metrics fragment it is a different document. */
export function syncSnapshotOperation(metrics: boolean): string {
  return metrics ? 'SyncSnapshotWithMetrics' : 'SyncSnapshot';
}

/**
 * One page of posts with their numbers: the snapshot's further `recent` pages
 * and the metrics reads (metrics/buffer-reads.ts).
 */
export const POSTS_WITH_METRICS_QUERY = withFragments(
  `query PostsWithMetrics($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) ${postsPageSelection('PostFields', 'PostMetricsFields')}
}`,
  POST_FIELDS,
  POST_METRICS_FIELDS,
);

/**
 * Per-channel totals in ONE request: one aliased `aggregatedPostMetrics` per
 * channel (`t0: aggregatedPostMetrics(input: $t0)`), at most MAX_ALIASES.
 * One alias per channel, not one filter over all of them: Buffer keeps a
 * metric in a mixed filter only when every channel supports it, so per-channel
 * aliases keep each network's richer numbers.
 */
export function buildChannelTotalsQuery(channels: number): BuiltDocument {
  return aliasedInputQuery(
    'ChannelTotals',
    channels,
    { alias: 't', field: 'aggregatedPostMetrics', inputType: 'AggregatedPostMetricsInput' },
    '{\n    metrics {\n      type\n      name\n      value\n      unit\n    }\n    metricsUpdatedAt\n  }',
  );
}

/** What import and the tracked-post lookup read of an asset: enough to write it back as an `AssetInput`. */
export const ASSET_CONTENT_FIELDS = /* GraphQL */ `
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
export const POST_CONTENT_FIELDS = /* GraphQL */ `
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
export const LINK_ATTACHMENT_CONTENT_FIELDS = /* GraphQL */ `
  fragment LinkAttachmentContentFields on LinkAttachment {
    url
    title
    text
    thumbnail
  }
`;

/** One page of posts for import. */
export const IMPORT_POSTS_QUERY = withFragments(
  `query ImportPosts($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) ${postsPageSelection('PostContentFields')}
}`,
  POST_CONTENT_FIELDS,
  ASSET_CONTENT_FIELDS,
  LINK_ATTACHMENT_CONTENT_FIELDS,
);

/**
 * Daily posting limits for several days in one request, one alias a day
 * (`d0: dailyPostingLimits(input: $d0)`): a sync that creates posts due on
 * different days checks every day at once.
 */
export function buildDailyPostingLimitsQuery(days: number): BuiltDocument {
  return aliasedInputQuery(
    'DailyPostingLimitsByDay',
    days,
    { alias: 'd', field: 'dailyPostingLimits', inputType: 'DailyPostingLimitsInput' },
    '{\n    channelId\n    sent\n    scheduled\n    limit\n    isAtLimit\n  }',
  );
}

/**
 * The channels as `buffer-gitops channels` lists them: what to write in
 * front-matter, plus the Pinterest boards whose `serviceId` goes in
 * `metadata.pinterest.boardServiceId`.
 */
export const CHANNELS_LISTING_QUERY = withFragments(
  `query ChannelsListing($input: ChannelsInput!) {
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
}`,
  CHANNEL_FIELDS,
);

/**
 * One page of the organization's ideas board, oldest first, with each idea's
 * creation time: the exactly-once check for ideas (apply/exactly-once.ts)
 * looks here for an idea an interrupted attempt already made.
 */
export const IDEAS_QUERY = withFragments(
  `query Ideas($input: IdeasInput!, $first: Int, $after: String) {
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
}`,
  IDEA_FIELDS,
);

/** Every fixed document, by operation name (the schema test walks this). */
export const DOCUMENTS = {
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
} as const;

export type MutationKind = 'createPost' | 'editPost' | 'deletePost' | 'createIdea';

const MUTATION_SHAPES: Record<MutationKind, { inputType: string; selection: string; fragment: string | undefined }> = {
  createPost: { inputType: 'CreatePostInput', selection: POST_ACTION_SELECTION, fragment: POST_FIELDS },
  editPost: { inputType: 'EditPostInput', selection: POST_ACTION_SELECTION, fragment: POST_FIELDS },
  deletePost: { inputType: 'DeletePostInput', selection: DELETE_POST_SELECTION, fragment: undefined },
  createIdea: { inputType: 'CreateIdeaInput', selection: CREATE_IDEA_SELECTION, fragment: IDEA_FIELDS },
};

export interface BuiltDocument {
  query: string;
  variables: Record<string, unknown>;
  /** aliases[i] is the response key of item i. */
  aliases: string[];
}

/**
 * `<operation><count>`: one aliased root field per item, each with an input
 * variable named like its alias (`d0: dailyPostingLimits(input: $d0)`); the
 * caller fills `variables[aliases[i]]`.
 */
function aliasedInputQuery(
  operation: string,
  count: number,
  root: { alias: string; field: string; inputType: string },
  selection: string,
): BuiltDocument {
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

function assertAliasCount(n: number): void {
  if (n < 1) throw new RangeError('a batch needs at least one item');
  if (n > MAX_ALIASES)
    throw new RangeError(`a batch may hold at most ${MAX_ALIASES} aliases (Buffer's query limit), got ${n}`);
}

/**
 * One document with one aliased root field per mutation, executed by Buffer
 * serially in order. `inputs[i]` becomes variable `$i<i>`.
 */
export function buildMutationBatch(items: { kind: MutationKind; input: unknown }[]): BuiltDocument {
  assertAliasCount(items.length);
  const params: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  const aliases: string[] = [];
  const fragments = new Set<string>();
  items.forEach((item, i) => {
    const shape = MUTATION_SHAPES[item.kind];
    params.push(`$i${i}: ${shape.inputType}!`);
    fields.push(`  m${i}: ${item.kind}(input: $i${i}) ${shape.selection}`);
    variables[`i${i}`] = item.input;
    aliases.push(`m${i}`);
    if (shape.fragment) fragments.add(shape.fragment);
  });
  const query = withFragments(
    `mutation Batch${items.length}(${params.join(', ')}) {\n${fields.join('\n')}\n}`,
    ...fragments,
  );
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
export function buildPostsByIdsQuery(ids: string[]): BuiltDocument {
  assertAliasCount(ids.length);
  const params = ids.map((_, i) => `$i${i}: PostInput!`);
  const fields = ids.map((_, i) => `  p${i}: post(input: $i${i}) {\n    ...PostFields\n    ...PostContentFields\n  }`);
  const variables: Record<string, unknown> = {};
  ids.forEach((id, i) => (variables[`i${i}`] = { id }));
  const query = withFragments(
    `query PostsByIds${ids.length}(${params.join(', ')}) {\n${fields.join('\n')}\n}`,
    POST_FIELDS,
    POST_CONTENT_FIELDS,
    ASSET_CONTENT_FIELDS,
    LINK_ATTACHMENT_CONTENT_FIELDS,
  );
  return { query, variables, aliases: ids.map((_, i) => `p${i}`) };
}
