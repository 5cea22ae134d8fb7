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

export const POST_FIELDS = /* GraphQL */ `fragment PostFields on Post {
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
}`;

export const CHANNEL_FIELDS = /* GraphQL */ `fragment ChannelFields on Channel {
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
}`;

export const ACCOUNT_FIELDS = /* GraphQL */ `fragment AccountFields on Account {
  id
  email
  timezone
  organizations {
    id
    name
    channelCount
  }
}`;

export const IDEA_FIELDS = /* GraphQL */ `fragment IdeaFields on Idea {
  id
  organizationId
  content {
    title
    text
  }
}`;

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
  posts(input: $input, first: $first, after: $after) {
    edges {
      node {
        ...PostFields
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
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

/** Every fixed document, by operation name (the schema test walks this). */
export const DOCUMENTS = {
  Account: ACCOUNT_QUERY,
  Channels: CHANNELS_QUERY,
  AccountAndChannels: ACCOUNT_AND_CHANNELS_QUERY,
  Channel: CHANNEL_QUERY,
  Post: POST_QUERY,
  Posts: POSTS_QUERY,
  DailyPostingLimits: DAILY_POSTING_LIMITS_QUERY,
  CreatePost: CREATE_POST_MUTATION,
  EditPost: EDIT_POST_MUTATION,
  DeletePost: DELETE_POST_MUTATION,
  CreateIdea: CREATE_IDEA_MUTATION,
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

function assertAliasCount(n: number): void {
  if (n < 1) throw new RangeError('a batch needs at least one item');
  if (n > MAX_ALIASES) throw new RangeError(`a batch may hold at most ${MAX_ALIASES} aliases (Buffer's query limit), got ${n}`);
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
  const query = withFragments(`mutation Batch${items.length}(${params.join(', ')}) {\n${fields.join('\n')}\n}`, ...fragments);
  return { query, variables, aliases };
}

/** Several `post` lookups in one request: `p0: post(input: $i0)`. */
export function buildPostsByIdsQuery(ids: string[]): BuiltDocument {
  assertAliasCount(ids.length);
  const params = ids.map((_, i) => `$i${i}: PostInput!`);
  const fields = ids.map((_, i) => `  p${i}: post(input: $i${i}) {\n    ...PostFields\n  }`);
  const variables: Record<string, unknown> = {};
  ids.forEach((id, i) => (variables[`i${i}`] = { id }));
  const query = withFragments(`query PostsByIds${ids.length}(${params.join(', ')}) {\n${fields.join('\n')}\n}`, POST_FIELDS);
  return { query, variables, aliases: ids.map((_, i) => `p${i}`) };
}
