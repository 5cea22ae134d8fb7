import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
  validate,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_FIELDS, buildSandboxSchema, typeDefs } from '../../src/sandbox/schema.js';

// ---------------------------------------------------------------------------
// Fixtures: the GraphQL documents (and variables) the official CLI 1.2.0 sends,
// copied verbatim from buffer-api-facts.md §4.1–4.10 (captured wire traffic).
// ---------------------------------------------------------------------------
const CLI_DOCUMENTS: ReadonlyArray<{ id: string; title: string; variables: Record<string, unknown>; query: string }> = [
  {
    id: '4.1',
    title: '`buffer account`',
    variables: {},
    query: `query Account {
  account {
        id
    email
    organizations {
      id
      channelCount
    }
    timezone
  }
}`,
  },
  {
    id: '4.2',
    title: '`buffer channels list --organization-id O`',
    variables: { input: { organizationId: 'O' } },
    query: `query Channels($input: ChannelsInput!) {
  channels(input: $input) {
        id
    name
    service
  }
}`,
  },
  {
    id: '4.3',
    title: '`buffer channels get --id C`',
    variables: { input: { id: 'C' } },
    query: `query Channel($input: ChannelInput!) {
  channel(input: $input) {
        id
    displayName
    service
    timezone
    serviceId
  }
}`,
  },
  {
    id: '4.4',
    title: '`buffer posts list --organization-id O`',
    variables: { input: { organizationId: 'O' }, first: 25 },
    query: `query Posts($input: PostsInput!, $first: Int, $after: String) {
  posts(input: $input, first: $first, after: $after) {
        edges {
      node {
        id
        text
        status
      }
    }
    pageInfo {
      startCursor
      endCursor
      hasPreviousPage
      hasNextPage
    }
  }
}`,
  },
  {
    id: '4.5',
    title: '`buffer posts get --id P`',
    variables: { input: { id: 'P' } },
    query: `query Post($input: PostInput!) {
  post(input: $input) {
        id
    text
    status
    channel {
      name
      id
    }
    createdAt
  }
}`,
  },
  {
    id: '4.6',
    title: '`buffer posts create --channel-id C --scheduling-type automatic --mode addToQueue --text Hello`',
    variables: { input: { schedulingType: 'automatic', text: 'Hello', channelId: 'C', mode: 'addToQueue' } },
    query: `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
        __typename
    ... on PostActionSuccess {
      post {
        id
        status
      }
    }
    ... on NotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
    }
    ... on UnexpectedError {
      message
    }
    ... on RestProxyError {
      message
    }
    ... on LimitReachedError {
      message
    }
    ... on InvalidInputError {
      message
    }
  }
}`,
  },
  {
    id: '4.7',
    title: '`buffer posts edit --id P --scheduling-type automatic --mode addToQueue --text Hello2`',
    variables: { input: { id: 'P', schedulingType: 'automatic', text: 'Hello2', mode: 'addToQueue' } },
    query: `mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) {
        __typename
    ... on PostActionSuccess {
      post {
        id
        ideaId
        status
        via
        schedulingType
        author {
          id
          email
          avatar
          isDeleted
          name
        }
        isCustomScheduled
        createdAt
        updatedAt
        dueAt
        sentAt
        text
        externalLink
        metadata {
          __typename
          ... on InstagramPostMetadata {
            firstComment
            link
            type
            shouldShareToFeed
            isAiGenerated
          }
          ... on FacebookPostMetadata {
            firstComment
            type
            title
          }
          ... on LinkedInPostMetadata {
            firstComment
            type
          }
          ... on TwitterPostMetadata {
            type
            isAiGenerated
            threadCount
          }
          ... on PinterestPostMetadata {
            type
            title
            url
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
                link
                title
                startDate
                endDate
                code
                terms
              }
              ... on GoogleBusinessEventMetaData {
                button
                link
                title
                startDate
                endDate
                startTime
                endTime
                isFullDayEvent
              }
            }
          }
          ... on YoutubePostMetadata {
            type
            isAiGenerated
            title
            privacy
            license
            notifySubscribers
            embeddable
            madeForKids
          }
          ... on MastodonPostMetadata {
            type
            threadCount
            spoilerText
          }
          ... on TiktokPostMetadata {
            type
            isAiGenerated
            title
          }
          ... on ThreadsPostMetadata {
            type
            threadCount
            topic
            locationId
            locationName
          }
          ... on BlueskyPostMetadata {
            type
            threadCount
          }
        }
        channelId
        channelService
        channel {
          id
          allowedActions
          scopes
          avatar
          createdAt
          descriptor
          displayName
          isDisconnected
          isLocked
          isNew
          isQueuePaused
          showTrendingTopicSuggestions
          metadata {
            __typename
            ... on InstagramMetadata {
              defaultToReminders
            }
            ... on TiktokMetadata {
              defaultToReminders
            }
            ... on YoutubeMetadata {
              defaultToReminders
            }
            ... on MastodonMetadata {
              serverUrl
            }
            ... on BlueskyMetadata {
              serverUrl
            }
            ... on TwitterMetadata {
              subscriptionType
            }
            ... on LinkedInMetadata {
              shouldShowLinkedinAnalyticsRefreshBanner
            }
          }
          name
          organizationId
          products
          service
          serviceId
          timezone
          type
          updatedAt
          hasActiveMemberDevice
          externalLink
        }
        tags {
          id
          color
          name
          isLocked
        }
        notes {
          id
          text
          type
          createdAt
          updatedAt
          allowedActions
        }
        notificationStatus
        error {
          message
          supportUrl
          rawError
        }
        assets {
          __typename
          id
          type
          mimeType
          source
          thumbnail
        }
        metrics {
          type
          name
          description
          value
          unit
        }
        metricsUpdatedAt
        allowedActions
        sharedNow
        shareMode
      }
    }
    ... on NotFoundError {
      message
    }
    ... on UnauthorizedError {
      message
    }
    ... on UnexpectedError {
      message
    }
    ... on RestProxyError {
      message
      link
      code
    }
    ... on LimitReachedError {
      message
    }
    ... on InvalidInputError {
      message
    }
  }
}`,
  },
  {
    id: '4.8',
    title: '`buffer posts delete --id P`',
    variables: { input: { id: 'P' } },
    query: `mutation DeletePost($input: DeletePostInput!) {
  deletePost(input: $input) {
        __typename
    ... on DeletePostSuccess {
      id
    }
    ... on VoidMutationError {
      message
    }
  }
}`,
  },
  {
    id: '4.9',
    title: '`buffer ideas create --organization-id O --title T --text X`',
    variables: { input: { organizationId: 'O', content: { text: 'X', title: 'T' } } },
    query: `mutation CreateIdea($input: CreateIdeaInput!) {
  createIdea(input: $input) {
        __typename
    ... on Idea {
      id
      organizationId
      content {
        title
        text
        media {
          id
          url
          alt
          thumbnailUrl
          type
          size
        }
        tags {
          id
          color
          name
        }
        aiAssisted
        services
        date
      }
      groupId
      position
      createdAt
      updatedAt
    }
    ... on IdeaResponse {
      idea {
        id
        organizationId
        content {
          title
          text
          aiAssisted
          services
          date
        }
        groupId
        position
        createdAt
        updatedAt
      }
      refreshIdeas
    }
    ... on InvalidInputError {
      message
    }
    ... on UnauthorizedError {
      message
    }
    ... on UnexpectedError {
      message
    }
    ... on LimitReachedError {
      message
    }
  }
}`,
  },
  {
    id: '4.10',
    title: '`buffer dailyPostingLimits list --channel-ids C1,C2`',
    variables: { input: { channelIds: ['C1', 'C2'] } },
    query: `query DailyPostingLimits($input: DailyPostingLimitsInput!) {
  dailyPostingLimits(input: $input) {
        channelId
    sent
    scheduled
    limit
    isAtLimit
  }
}`,
  },
];

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------
let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSandboxSchema();
});

function errorsOf(source: string): string[] {
  return validate(schema, parse(source)).map((e) => e.message);
}

function variableErrors(source: string, variables: Record<string, unknown>): string[] {
  const op = parse(source).definitions[0] as OperationDefinitionNode;
  const res = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  return res.errors ? res.errors.map((e) => e.message) : [];
}

function type(name: string): GraphQLNamedType {
  const t = schema.getType(name);
  if (!t) throw new Error(`type ${name} missing`);
  return t;
}

function fieldsOf(name: string): Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> {
  const t = type(name);
  if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) return t.getFields();
  throw new Error(`${name} has no fields`);
}

/** "name: Type = default" signature of every field of a type, in order. */
function signature(name: string): string[] {
  return Object.values(fieldsOf(name)).map((f) => {
    const dflt = 'defaultValue' in f && f.defaultValue !== undefined ? ` = ${JSON.stringify(f.defaultValue)}` : '';
    return `${f.name}: ${String(f.type)}${dflt}`;
  });
}

function enumValues(name: string): string[] {
  const t = type(name);
  if (!isEnumType(t)) throw new Error(`${name} is not an enum`);
  return t.getValues().map((v) => v.name);
}

function members(name: string): string[] {
  const t = type(name);
  if (!isUnionType(t)) throw new Error(`${name} is not a union`);
  return t.getTypes().map((m) => m.name);
}

function argsOf(root: 'query' | 'mutation', field: string): string[] {
  const rootType = root === 'query' ? schema.getQueryType() : schema.getMutationType();
  const f = rootType?.getFields()[field];
  if (!f) throw new Error(`${root}.${field} missing`);
  return f.args.map((a: GraphQLArgument) => `${a.name}: ${String(a.type)}`);
}

// ---------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------
describe('sandbox schema: construction and root fields', () => {
  it('typeDefs parses and builds into a valid schema', () => {
    expect(typeof typeDefs).toBe('string');
    expect(() => parse(typeDefs)).not.toThrow();
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getMutationType()?.name).toBe('Mutation');
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('exposes exactly the root fields listed in ROOT_FIELDS: every root field of the reference (issue 15)', () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual([...ROOT_FIELDS.query].sort());
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual([...ROOT_FIELDS.mutation].sort());
    // The reference's "## Queries" and "## Mutations" headings, all of them.
    expect([...ROOT_FIELDS.query].sort()).toEqual([
      'account',
      'aggregatedPostMetrics',
      'channel',
      'channels',
      'dailyPostingLimits',
      'ideaGroups',
      'ideas',
      'post',
      'postTemplate',
      'postTemplates',
      'posts',
    ]);
    expect([...ROOT_FIELDS.mutation].sort()).toEqual([
      'createIdea',
      'createPost',
      'createPostTemplate',
      'deletePost',
      'deletePostTemplate',
      'editPost',
      'movePostInQueue',
      'updatePostTemplate',
    ]);
  });

  it('root field signatures match the reference', () => {
    const q = schema.getQueryType()!.getFields();
    const m = schema.getMutationType()!.getFields();
    expect(String(q.account!.type)).toBe('Account!');
    expect(argsOf('query', 'account')).toEqual([]);
    expect(String(q.channel!.type)).toBe('Channel!');
    expect(argsOf('query', 'channel')).toEqual(['input: ChannelInput!']);
    expect(String(q.channels!.type)).toBe('[Channel!]!');
    // Issue 6: the exactly-once check for ideas reads the ideas board.
    expect(String(q.ideas!.type)).toBe('IdeasConnection!');
    expect(argsOf('query', 'ideas').sort()).toEqual(['after: String', 'first: Int', 'input: IdeasInput!']);
    expect(argsOf('query', 'channels')).toEqual(['input: ChannelsInput!']);
    expect(String(q.post!.type)).toBe('Post!');
    expect(argsOf('query', 'post')).toEqual(['input: PostInput!']);
    expect(String(q.posts!.type)).toBe('PostsResults!');
    expect(argsOf('query', 'posts').sort()).toEqual(['after: String', 'first: Int', 'input: PostsInput!']);
    expect(String(q.dailyPostingLimits!.type)).toBe('[DailyPostingLimitStatus!]!');
    expect(argsOf('query', 'dailyPostingLimits')).toEqual(['input: DailyPostingLimitsInput!']);
    expect(String(m.createPost!.type)).toBe('PostActionPayload!');
    expect(argsOf('mutation', 'createPost')).toEqual(['input: CreatePostInput!']);
    expect(String(m.editPost!.type)).toBe('PostActionPayload!');
    expect(argsOf('mutation', 'editPost')).toEqual(['input: EditPostInput!']);
    expect(String(m.deletePost!.type)).toBe('DeletePostPayload!');
    expect(argsOf('mutation', 'deletePost')).toEqual(['input: DeletePostInput!']);
    expect(String(m.createIdea!.type)).toBe('CreateIdeaPayload!');
    expect(argsOf('mutation', 'createIdea')).toEqual(['input: CreateIdeaInput!']);
    // Issue 15: the rest of the reference.
    expect(String(q.aggregatedPostMetrics!.type)).toBe('AggregatedPostMetrics!');
    expect(argsOf('query', 'aggregatedPostMetrics')).toEqual(['input: AggregatedPostMetricsInput!']);
    expect(String(q.ideaGroups!.type)).toBe('[IdeaGroup!]!');
    expect(argsOf('query', 'ideaGroups')).toEqual(['input: IdeaGroupsInput!']);
    // "Returns null if not found": the only nullable root field.
    expect(String(q.postTemplate!.type)).toBe('PostTemplate');
    expect(argsOf('query', 'postTemplate')).toEqual(['input: PostTemplateInput!']);
    expect(String(q.postTemplates!.type)).toBe('PostTemplatesConnection!');
    expect(argsOf('query', 'postTemplates')).toEqual(['after: String', 'first: Int', 'input: PostTemplatesInput!']);
    expect(String(m.createPostTemplate!.type)).toBe('CreatePostTemplatePayload!');
    expect(argsOf('mutation', 'createPostTemplate')).toEqual(['input: CreatePostTemplateInput!']);
    expect(String(m.updatePostTemplate!.type)).toBe('UpdatePostTemplatePayload!');
    expect(argsOf('mutation', 'updatePostTemplate')).toEqual(['input: UpdatePostTemplateInput!']);
    expect(String(m.deletePostTemplate!.type)).toBe('DeletePostTemplatePayload!');
    expect(argsOf('mutation', 'deletePostTemplate')).toEqual(['input: DeletePostTemplateInput!']);
    expect(String(m.movePostInQueue!.type)).toBe('MovePostInQueuePayload!');
    expect(argsOf('mutation', 'movePostInQueue')).toEqual(['input: MovePostInQueueInput!']);
  });

  it('contains every type reachable from the roots and nothing else', () => {
    const seen = new Set<string>();
    const visit = (t: GraphQLNamedType): void => {
      if (seen.has(t.name)) return;
      seen.add(t.name);
      if (isObjectType(t) || isInterfaceType(t)) {
        for (const f of Object.values(t.getFields())) {
          visit(getNamedType(f.type));
          f.args.forEach((a) => visit(getNamedType(a.type)));
        }
        t.getInterfaces().forEach(visit);
        if (isInterfaceType(t)) schema.getPossibleTypes(t).forEach(visit);
      } else if (isUnionType(t)) t.getTypes().forEach(visit);
      else if (isInputObjectType(t)) Object.values(t.getFields()).forEach((f) => visit(getNamedType(f.type)));
    };
    visit(schema.getQueryType()!);
    visit(schema.getMutationType()!);
    const declared = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__'));
    const unreachable = declared.filter((n) => !seen.has(n) && !isSpecifiedScalarType(schema.getType(n)!));
    expect(unreachable).toEqual([]);
    // 212 named types transcribed from the reference (+ Query, Mutation): 182 for
    // SPEC §7's ten roots, 5 for `ideas` (IdeasConnection, IdeaEdge, IdeasInput,
    // IdeasGroupFilter, IdeaGroupMembership), 25 for issue 15's eight roots.
    const custom = declared.filter(
      (n) => !isSpecifiedScalarType(schema.getType(n)!) && n !== 'Query' && n !== 'Mutation',
    );
    expect(custom).toHaveLength(212);
  });

  it("declares issue 15's types, and only the five the reference lists that no root field reaches are absent", () => {
    for (const n of [
      'AggregatedPostMetrics',
      'AggregatedPostMetricsInput',
      'IdeaGroup',
      'IdeaGroupsInput',
      'PostTemplate',
      'PostTemplateEdge',
      'PostTemplatesConnection',
      'PostTemplateInput',
      'PostTemplatesInput',
      'PostTemplatesFilterInput',
      'PostTemplateVisibility',
      'CreatePostTemplateInput',
      'CreatePostTemplatePayload',
      'CreatePostTemplateSuccess',
      'UpdatePostTemplateInput',
      'UpdatePostTemplatePayload',
      'UpdatePostTemplateSuccess',
      'DeletePostTemplateInput',
      'DeletePostTemplatePayload',
      'EmptySuccess',
      'MutationSuccess',
      'MovePostInQueueInput',
      'MovePostInQueuePayload',
      'QueuePosition',
      'PostTemplateId',
    ]) {
      expect(schema.getType(n), n).toBeDefined();
    }
    for (const n of ['OrganizationAction', 'Email', 'InvitationId', 'PostGroupId', 'Uuid']) {
      expect(schema.getType(n), n).toBeUndefined();
    }
    // The ideas list's group filter is @oneOf as the reference says.
    expect(errorsOf('{ ideas(input:{organizationId:"o"}) { edges { cursor } } }')).toEqual([]);
    expect(
      errorsOf(
        '{ ideas(input:{organizationId:"o", groupFilter:{groups:["g"], membership: grouped}}) { edges { cursor } } }',
      )[0],
    ).toMatch(/exactly one key/);
    expect(errorsOf('{ ideaGroups(input:{organizationId:"o"}) { id name isLocked } }')).toEqual([]);
    expect(errorsOf('mutation { movePostInQueue(input:{id:"p", position: top}) { __typename } }')).toEqual([]);
    expect(errorsOf('mutation { movePostInQueue(input:{id:"p", position: first}) { __typename } }')[0]).toMatch(
      /Value "first" does not exist in "QueuePosition" enum/,
    );
  });

  it("issue 15's types: unions, enums, inputs and shapes as the reference has them", () => {
    expect(members('CreatePostTemplatePayload')).toEqual(['CreatePostTemplateSuccess', 'VoidMutationError']);
    expect(members('UpdatePostTemplatePayload')).toEqual(['UpdatePostTemplateSuccess', 'VoidMutationError']);
    expect(members('DeletePostTemplatePayload')).toEqual(['EmptySuccess', 'VoidMutationError']);
    expect(members('MovePostInQueuePayload')).toEqual(['PostActionSuccess', 'VoidMutationError']);
    expect(enumValues('PostTemplateVisibility')).toEqual(['internal', 'private', 'public']);
    expect(enumValues('QueuePosition')).toEqual(['bottom', 'top']);
    expect(signature('PostTemplate')).toEqual([
      'id: PostTemplateId!',
      'body: String!',
      'description: String!',
      'emoji: String!',
      'organizationId: OrganizationId!',
      'title: String!',
      'visibility: PostTemplateVisibility!',
      'createdAt: DateTime!',
      'updatedAt: DateTime!',
    ]);
    expect(signature('PostTemplatesConnection')).toEqual([
      'edges: [PostTemplateEdge!]!',
      'pageInfo: PaginationPageInfo!',
      'totalCount: Int!',
    ]);
    expect(signature('PostTemplateEdge')).toEqual(['cursor: String!', 'node: PostTemplate!']);
    expect(signature('CreatePostTemplateInput')).toEqual([
      'body: String!',
      'description: String',
      'emoji: String',
      'organizationId: OrganizationId!',
      'title: String!',
      'visibility: PostTemplateVisibility',
    ]);
    expect(signature('UpdatePostTemplateInput')).toEqual([
      'id: PostTemplateId!',
      'body: String',
      'description: String',
      'emoji: String',
      'title: String',
      'visibility: PostTemplateVisibility',
    ]);
    expect(signature('DeletePostTemplateInput')).toEqual(['id: PostTemplateId!']);
    expect(signature('PostTemplateInput')).toEqual(['id: PostTemplateId!']);
    expect(signature('PostTemplatesInput')).toEqual([
      'filter: PostTemplatesFilterInput',
      'organizationId: OrganizationId!',
    ]);
    expect(signature('PostTemplatesFilterInput')).toEqual(['visibility: PostTemplateVisibility']);
    expect(signature('IdeaGroup')).toEqual(['id: ID!', 'isLocked: Boolean!', 'name: String!']);
    expect(signature('IdeaGroupsInput')).toEqual(['organizationId: ID!']);
    expect(signature('MovePostInQueueInput')).toEqual(['id: PostId!', 'position: QueuePosition!']);
    expect(signature('EmptySuccess')).toEqual(['_empty: String!']);
    expect(signature('AggregatedPostMetrics')).toEqual(['metrics: [PostMetric!]!', 'metricsUpdatedAt: DateTime']);
    expect(signature('AggregatedPostMetricsInput')).toEqual([
      'channelIds: [ChannelId!]',
      'endDateTime: DateTime!',
      'organizationId: OrganizationId!',
      'startDateTime: DateTime!',
      'tags: TagComparator',
    ]);
    const empty = type('EmptySuccess');
    expect(isObjectType(empty) && empty.getInterfaces().map((i) => i.name)).toEqual(['MutationSuccess']);
    // A PostTemplateId is as strict as the other ObjectId scalars: a number is refused.
    expect(
      variableErrors('query T($input: PostTemplateInput!) { postTemplate(input: $input) { id } }', {
        input: { id: 7 },
      }).join('\n'),
    ).toMatch(/PostTemplateId cannot represent a non-string value: 7/);
  });

  it('declares the custom scalars the reference uses', () => {
    for (const n of [
      'DateTime',
      'PostId',
      'PostTemplateId',
      'ChannelId',
      'OrganizationId',
      'AccountId',
      'TagId',
      'IdeaId',
      'DraftId',
      'NoteId',
    ]) {
      expect(isScalarType(type(n)), n).toBe(true);
    }
  });
});

describe('sandbox schema: documents the official CLI sends (facts §4) validate', () => {
  it.each(CLI_DOCUMENTS.map((d) => [d.id, d] as const))('§%s validates with its captured variables', (_id, d) => {
    expect(errorsOf(d.query)).toEqual([]);
    expect(variableErrors(d.query, d.variables)).toEqual([]);
  });

  it('§4.4 also accepts --limit/--after variables', () => {
    const d = CLI_DOCUMENTS.find((x) => x.id === '4.4')!;
    expect(variableErrors(d.query, { input: { organizationId: 'O' }, first: 10, after: 'xyz' })).toEqual([]);
    // `first` must be an integer.
    expect(variableErrors(d.query, { input: { organizationId: 'O' }, first: '10' })).not.toEqual([]);
  });

  it('the variables are actually checked (control cases fail)', () => {
    const create = CLI_DOCUMENTS.find((x) => x.id === '4.6')!;
    expect(
      variableErrors(create.query, {
        input: { schedulingType: 'automatic', channelId: 'C', mode: 'customSchedule' },
      }).join('\n'),
    ).toMatch(/customSchedule/);
    expect(variableErrors(create.query, { input: { channelId: 'C', mode: 'addToQueue' } }).join('\n')).toMatch(
      /schedulingType/,
    );
    const del = CLI_DOCUMENTS.find((x) => x.id === '4.8')!;
    expect(variableErrors(del.query, { input: { postId: 'P' } }).join('\n')).toMatch(/postId|"id"/);
  });

  // Cross-check against the CLI's generated selection trees (every field its
  // --fields flag can select), read from the installed package's source maps.
  const cliBuilt = join(dirname(createRequire(import.meta.url).resolve('graphql')), '..', '@bufferapp', 'cli', 'built');
  it('every field the CLI 1.2.0 can select for the roots validates', () => {
    type Node = {
      kind: string;
      fields?: Record<string, Node>;
      members?: Record<string, Node>;
      items?: Node;
      shared?: Record<string, Node>;
      impls?: Record<string, Node>;
    };
    const render = (n: Node): string => {
      switch (n.kind) {
        case 'leaf':
          return '';
        case 'connection':
          return `{ edges { node ${render(n.items!)} } pageInfo { startCursor endCursor hasPreviousPage hasNextPage } }`;
        case 'interface':
          return `{ __typename ${Object.keys(n.shared ?? {}).join(' ')} ${Object.entries(n.impls ?? {})
            .map(([t, s]) => `... on ${t} ${render(s)}`)
            .join(' ')} }`;
        case 'union':
          return `{ __typename ${Object.entries(n.members ?? {})
            .map(([t, s]) => `... on ${t} ${render(s)}`)
            .join(' ')} }`;
        default:
          return `{ ${Object.entries(n.fields ?? {})
            .map(([k, s]) => `${k} ${render(s)}`)
            .join(' ')} }`;
      }
    };
    const checked: string[] = [];
    const roots: readonly string[] = [...ROOT_FIELDS.query, ...ROOT_FIELDS.mutation];
    for (const file of readdirSync(cliBuilt).filter((f) => f.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(join(cliBuilt, file), 'utf8')) as {
        sources: string[];
        sourcesContent: string[];
      };
      map.sources.forEach((src, i) => {
        const m = /generated\/documents\/(\w+)\.ts$/.exec(src);
        if (!m || !roots.includes(m[1]!)) return;
        const code = map.sourcesContent[i]!.replace(/^import type.*$/m, '').replace(
          /export const (\w+)(: [\w[\]]+)? =/g,
          'exports.$1 =',
        );
        const mod: { operationShell?: string; selectionTree?: Node } = {};
        new Function('exports', code)(mod);
        const doc = mod.operationShell!.replace('%SELECTIONS%', render(mod.selectionTree!).slice(1, -1));
        expect(errorsOf(doc), m[1]).toEqual([]);
        checked.push(m[1]!);
      });
    }
    expect(checked.sort()).toEqual([...roots].sort());
  });
});

describe("sandbox schema: the seed document's wrong spellings fail validation", () => {
  it('channel(input:{channelId}) is rejected; channel(input:{id}) is accepted', () => {
    const errs = errorsOf('{ channel(input:{channelId:"x"}) { id } }');
    expect(errs.join('\n')).toMatch(/Field "channelId" is not defined by type "ChannelInput"/);
    expect(errs.join('\n')).toMatch(/Field "ChannelInput.id" of required type "ChannelId!" was not provided/);
    expect(errorsOf('{ channel(input:{id:"x"}) { id } }')).toEqual([]);
  });

  it('deletePost(input:{postId}) is rejected; deletePost(input:{id}) is accepted', () => {
    const errs = errorsOf('mutation { deletePost(input:{postId:"x"}) { __typename } }');
    expect(errs.join('\n')).toMatch(/Field "postId" is not defined by type "DeletePostInput"/);
    expect(errorsOf('mutation { deletePost(input:{id:"x"}) { __typename } }')).toEqual([]);
  });

  it('posts { totalCount } is rejected', () => {
    expect(errorsOf('{ posts(input:{organizationId:"o"}) { totalCount } }')).toEqual([
      'Cannot query field "totalCount" on type "PostsResults".',
    ]);
    expect(errorsOf('{ posts(input:{organizationId:"o"}) { pageInfo { hasNextPage } } }')).toEqual([]);
  });

  it('... on DeletePostSuccess { post { id } } is rejected; { id } is accepted', () => {
    expect(errorsOf('mutation { deletePost(input:{id:"x"}) { ... on DeletePostSuccess { post { id } } } }')).toEqual([
      'Cannot query field "post" on type "DeletePostSuccess".',
    ]);
    expect(errorsOf('mutation { deletePost(input:{id:"x"}) { ... on DeletePostSuccess { id } } }')).toEqual([]);
  });

  it('ShareMode customSchedule is rejected; customScheduled is accepted', () => {
    const doc = (mode: string): string =>
      `mutation { createPost(input:{channelId:"c", schedulingType: automatic, mode: ${mode}, dueAt:"2026-01-01T00:00:00Z"}) { __typename } }`;
    expect(errorsOf(doc('customSchedule')).join('\n')).toMatch(
      /Value "customSchedule" does not exist in "ShareMode" enum/,
    );
    expect(errorsOf(doc('customScheduled'))).toEqual([]);
  });

  it('Service startpage is rejected; startPage is accepted', () => {
    const doc = (svc: string): string =>
      `mutation { createIdea(input:{organizationId:"o", content:{text:"t", services:[${svc}]}}) { __typename } }`;
    expect(errorsOf(doc('startpage')).join('\n')).toMatch(/Value "startpage" does not exist in "Service" enum/);
    expect(errorsOf(doc('startPage'))).toEqual([]);
  });

  it('channels filter { services } is rejected; { isLocked, product } is accepted', () => {
    expect(
      errorsOf('{ channels(input:{organizationId:"o", filter:{services:[linkedin]}}) { id } }').join('\n'),
    ).toMatch(/Field "services" is not defined by type "ChannelsFiltersInput"/);
    expect(
      errorsOf('{ channels(input:{organizationId:"o", filter:{isLocked:false, product: publish}}) { id } }'),
    ).toEqual([]);
  });

  it('other seed mistakes are rejected too', () => {
    // PostStatus values the seed invents
    expect(
      errorsOf(
        '{ posts(input:{organizationId:"o", filter:{status:[approval_pending]}}) { pageInfo { hasNextPage } } }',
      ),
    ).not.toEqual([]);
    // channel metadata fields the seed invents
    expect(errorsOf('{ channel(input:{id:"c"}) { metadata { ... on LinkedInMetadata { handle } } } }')).toEqual([
      'Cannot query field "handle" on type "LinkedInMetadata".',
    ]);
    // error types the seed invents / misplaces
    expect(
      errorsOf(
        'mutation { createPost(input:{channelId:"c", schedulingType: automatic, mode: addToQueue}) { ... on QueueLimitError { message } } }',
      ),
      // graphql-js suggests the nearest real type (QueuePosition, since issue 15).
    ).toEqual(['Unknown type "QueueLimitError". Did you mean "QueuePosition"?']);
    expect(
      errorsOf(
        'mutation { createPost(input:{channelId:"c", schedulingType: automatic, mode: addToQueue}) { ... on VoidMutationError { message } } }',
      ).join('\n'),
    ).toMatch(/can never be of type "VoidMutationError"/);
    // seed-style asset object instead of a list of variants
    expect(
      errorsOf(
        'mutation { createPost(input:{channelId:"c", schedulingType: automatic, mode: addToQueue, assets:{images:[{url:"u"}]}}) { __typename } }',
      ),
    ).not.toEqual([]);
    // LinkedIn has no thread
    expect(
      errorsOf(
        'mutation { createPost(input:{channelId:"c", schedulingType: automatic, mode: addToQueue, metadata:{linkedin:{thread:[{text:"a"}]}}}) { __typename } }',
      ).join('\n'),
    ).toMatch(/Field "thread" is not defined by type "LinkedInPostMetadataInput"/);
  });
});

describe('sandbox schema: faithful details from the reference', () => {
  it('enums carry exactly the reference values', () => {
    expect(enumValues('Service')).toEqual([
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
    ]);
    expect(enumValues('ShareMode')).toEqual(['addToQueue', 'customScheduled', 'shareNext', 'shareNow']);
    expect(enumValues('PostStatus')).toEqual(['draft', 'error', 'needs_approval', 'scheduled', 'sending', 'sent']);
    expect(enumValues('SchedulingType')).toEqual(['automatic', 'notification']);
    expect(enumValues('PostApprovalChange')).toEqual(['request', 'revert']);
    expect(enumValues('PostSortableKey')).toEqual(['dueAt', 'createdAt']);
    expect(enumValues('DateTimePresence')).toEqual(['absent', 'present']);
    expect(enumValues('MediaType')).toEqual(['image', 'gif', 'video', 'link', 'document', 'unsupported']);
    expect(enumValues('PostType')).toHaveLength(10);
    expect(enumValues('PostMetricType')).toHaveLength(23);
    expect(enumValues('TagColorName')).toHaveLength(18);
  });

  it('deprecations are carried over', () => {
    const action = type('ChannelAction');
    expect(isEnumType(action) && action.getValue('viewUpdates')?.deprecationReason).toMatch(/Renamed to `viewPublish`/);
    expect((fieldsOf('Channel').weeklyPostingLimit as GraphQLField<unknown, unknown>).deprecationReason).toBe(
      'This field is not used anymore',
    );
    expect((fieldsOf('GoogleBusinessEventMetaData').endTime as GraphQLField<unknown, unknown>).deprecationReason).toBe(
      'get time from the endDate',
    );
  });

  it('unions have exactly the reference members', () => {
    expect(members('PostActionPayload')).toEqual([
      'PostActionSuccess',
      'NotFoundError',
      'UnauthorizedError',
      'UnexpectedError',
      'RestProxyError',
      'LimitReachedError',
      'InvalidInputError',
    ]);
    expect(members('DeletePostPayload')).toEqual(['DeletePostSuccess', 'VoidMutationError']);
    expect(members('CreateIdeaPayload')).toEqual([
      'Idea',
      'IdeaResponse',
      'InvalidInputError',
      'UnauthorizedError',
      'UnexpectedError',
      'LimitReachedError',
    ]);
    expect(members('PostMetadata')).toHaveLength(11);
    expect(members('ChannelMetadata')).toEqual([
      'InstagramMetadata',
      'TiktokMetadata',
      'YoutubeMetadata',
      'PinterestMetadata',
      'MastodonMetadata',
      'BlueskyMetadata',
      'GoogleBusinessMetadata',
      'FacebookMetadata',
      'TwitterMetadata',
      'LinkedInMetadata',
    ]);
    expect(members('GoogleBusinessPostDetails')).toEqual([
      'GoogleBusinessWhatsNewMetaData',
      'GoogleBusinessOfferMetaData',
      'GoogleBusinessEventMetaData',
    ]);
  });

  it('interfaces and their implementations', () => {
    const impls = (n: string): string[] => {
      const t = type(n);
      if (!isInterfaceType(t)) throw new Error(`${n} is not an interface`);
      return schema
        .getPossibleTypes(t)
        .map((x) => x.name)
        .sort();
    };
    expect(impls('MutationError')).toEqual([
      'InvalidInputError',
      'LimitReachedError',
      'NotFoundError',
      'RestProxyError',
      'UnauthorizedError',
      'UnexpectedError',
      'VoidMutationError',
    ]);
    expect(impls('ThreadedPostMetadata')).toEqual([
      'BlueskyPostMetadata',
      'MastodonPostMetadata',
      'ThreadsPostMetadata',
      'TwitterPostMetadata',
    ]);
    expect(impls('Asset')).toEqual(['DocumentAsset', 'ImageAsset', 'VideoAsset']);
    expect(impls('ScrapedLink')).toEqual(['LinkAttachment', 'RetweetMetadata']);
    expect(impls('CommonPostMetadata')).toHaveLength(11);
    // `... on MutationError { message }` is valid on every payload union
    expect(errorsOf('mutation { deletePost(input:{id:"x"}) { ... on MutationError { message } } }')).toEqual([]);
  });

  it('post input types: nullability and defaults', () => {
    expect(signature('CreatePostInput')).toEqual([
      'aiAssisted: Boolean',
      'assets: [AssetInput!]! = []',
      'channelId: ChannelId!',
      'draftId: DraftId',
      'dueAt: DateTime',
      'ideaId: IdeaId',
      'metadata: PostInputMetaData',
      'mode: ShareMode!',
      'needsApproval: Boolean! = false',
      'saveToDraft: Boolean',
      'schedulingType: SchedulingType!',
      'source: String',
      'tagIds: [TagId!]',
      'text: String',
    ]);
    expect(signature('EditPostInput')).toEqual([
      'id: PostId!',
      'aiAssisted: Boolean',
      'approvalChange: PostApprovalChange',
      'assets: [AssetInput!]',
      'draftId: DraftId',
      'dueAt: DateTime',
      'ideaId: IdeaId',
      'metadata: PostInputMetaData',
      'mode: ShareMode',
      'saveToDraft: Boolean',
      'schedulingType: SchedulingType',
      'source: String',
      'tagIds: [TagId!]',
      'text: String',
    ]);
    expect(signature('DeletePostInput')).toEqual(['id: PostId!']);
    expect(signature('AssetInput')).toEqual([
      'document: DocumentAssetInput',
      'image: ImageAssetInput',
      'link: LinkAssetInput',
      'video: VideoAssetInput',
    ]);
    expect(signature('ThreadedPostInput')).toEqual(['assets: [AssetInput!]! = []', 'text: String']);
    expect(signature('LinkedInPostMetadataInput')).toEqual([
      'annotations: [AnnotationInputLinkedIn!]',
      'firstComment: String',
      'linkAttachment: LinkAttachmentInput',
    ]);
    expect(signature('LinkAttachmentInput')).toEqual([
      'description: String',
      'thumbnail: LinkAttachmentThumbnailInput',
      'title: String',
      'url: String!',
    ]);
    expect(signature('DocumentAssetInput')).toEqual(['thumbnailUrl: String!', 'title: String!', 'url: String!']);
    expect(signature('VideoMetadataInput')).toEqual(['thumbnailOffset: Int', 'title: String']);
    expect(Object.keys(fieldsOf('PostInputMetaData'))).toEqual([
      'bluesky',
      'facebook',
      'google',
      'instagram',
      'linkedin',
      'mastodon',
      'pinterest',
      'threads',
      'tiktok',
      'twitter',
      'youtube',
    ]);
  });

  it('query input types', () => {
    expect(signature('ChannelInput')).toEqual(['id: ChannelId!']);
    expect(signature('ChannelsInput')).toEqual(['filter: ChannelsFiltersInput', 'organizationId: OrganizationId!']);
    expect(signature('ChannelsFiltersInput')).toEqual(['isLocked: Boolean', 'product: Product']);
    expect(signature('PostInput')).toEqual(['id: PostId!']);
    expect(signature('PostsInput')).toEqual([
      'filter: PostsFiltersInput',
      'organizationId: OrganizationId!',
      'sort: [PostSortInput!]',
    ]);
    expect(signature('PostsFiltersInput')).toEqual([
      'channelIds: [ChannelId!]',
      'dueAt: DateTimeComparator',
      'dueAtPresence: DateTimePresence',
      'endDate: DateTime',
      'startDate: DateTime',
      'status: [PostStatus!]',
      'tagIds: [TagId!]',
      'tags: TagComparator',
      'createdAt: DateTimeComparator',
    ]);
    expect(signature('TagComparator')).toEqual(['in: [TagId!]!', 'isEmpty: Boolean! = false']);
    expect(signature('PostSortInput')).toEqual(['direction: SortDirection!', 'field: PostSortableKey!']);
    expect(signature('DailyPostingLimitsInput')).toEqual(['channelIds: [ChannelId!]!', 'date: DateTime']);
    expect(signature('CreateIdeaInput')).toEqual([
      'content: IdeaContentInput!',
      'cta: String',
      'group: IdeaGroupInput',
      'organizationId: ID!',
      'templateId: String',
    ]);
    expect(signature('IdeaContentInput')).toEqual([
      'aiAssisted: Boolean',
      'date: DateTime',
      'media: [IdeaMediaInput!]',
      'services: [Service!]',
      'tags: [TagInput!]',
      'text: String',
      'title: String',
    ]);
  });

  it('object types: selected shapes', () => {
    expect(signature('DeletePostSuccess')).toEqual(['id: PostId!']);
    expect(signature('PostsResults')).toEqual(['edges: [PostsEdge!]', 'pageInfo: PaginationPageInfo!']);
    expect(signature('PostsEdge')).toEqual(['cursor: String!', 'node: Post!']);
    expect(signature('PaginationPageInfo')).toEqual([
      'endCursor: String',
      'hasNextPage: Boolean!',
      'hasPreviousPage: Boolean!',
      'startCursor: String',
    ]);
    expect(signature('PostActionSuccess')).toEqual(['post: Post!']);
    expect(signature('RestProxyError')).toEqual(['code: Int', 'link: String', 'message: String!']);
    expect(signature('IdeaResponse')).toEqual(['idea: Idea', 'refreshIdeas: Boolean!']);
    expect(signature('Idea')).toEqual([
      'id: ID!',
      'content: IdeaContent!',
      'groupId: ID',
      'organizationId: ID!',
      'position: Float',
      'createdAt: Int!',
      'updatedAt: Int!',
    ]);
    expect(signature('DailyPostingLimitStatus')).toEqual([
      'channelId: ChannelId!',
      'isAtLimit: Boolean!',
      'limit: Int',
      'scheduled: Int!',
      'sent: Int!',
    ]);
    expect(signature('ThreadedPost')).toEqual(['assets: [Asset!]!', 'linkAttachment: LinkAttachment', 'text: String!']);
    const post = fieldsOf('Post');
    expect(Object.keys(post)).toHaveLength(27);
    expect(String(post.text!.type)).toBe('String!');
    expect(String(post.status!.type)).toBe('PostStatus!');
    expect(String(post.dueAt!.type)).toBe('DateTime');
    expect(String(post.schedulingType!.type)).toBe('SchedulingType');
    expect(String(post.metadata!.type)).toBe('PostMetadata');
    expect(String(post.assets!.type)).toBe('[Asset!]!');
    expect(String(fieldsOf('Channel').scopes!.type)).toBe('[String]!');
    expect(String(fieldsOf('Account').organizations!.type)).toBe('[Organization!]!');
  });

  it('field arguments on object fields: Account.organizations(filter)', () => {
    const orgs = fieldsOf('Account').organizations as GraphQLField<unknown, unknown>;
    expect(orgs.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['filter: OrganizationFilterInput']);
    expect(signature('OrganizationFilterInput')).toEqual(['organizationId: String!']);
    expect(errorsOf('{ account { organizations(filter:{organizationId:"o"}) { id name } } }')).toEqual([]);
    expect(errorsOf('{ account { organizations(filter:{id:"o"}) { id } } }')).not.toEqual([]);
  });
});
