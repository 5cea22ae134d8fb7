/**
 * The sandbox as strict as Buffer (issue 12): custom scalars refuse what
 * Buffer refuses (in variables and in document literals), every refusal is
 * recorded for the suite-wide check, `createIdea` answers `IdeaResponse` in
 * a configurable share of calls, and the fault control injects each typed
 * error member where the operation's payload union has it, and nowhere else.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ORGANIZATION_ID,
  defaultChannelId,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';
import { isIsoDateTime } from '../../src/sandbox/strict-scalars.js';
import { takeSchemaViolations } from '../../src/sandbox/violations.js';
import { expectSchemaViolations } from '../helpers/schema-violations.js';
import { CREATE_POST, DELETE_POST, EDIT_POST, gql, httpRequest } from './http-client.js';

let sb: RunningSandbox;
beforeEach(async () => {
  sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false });
});
afterEach(async () => sb.close());

const post = (extra: Record<string, unknown> = {}) => ({
  channelId: defaultChannelId('linkedin'),
  schedulingType: 'automatic',
  mode: 'addToQueue',
  text: 'Hello',
  ...extra,
});

const CREATE_IDEA = `mutation CreateIdea($input: CreateIdeaInput!) {
  createIdea(input: $input) {
    __typename
    ... on Idea { id content { title } }
    ... on IdeaResponse { idea { id content { title } } refreshIdeas }
    ... on MutationError { message }
  }
}`;

describe('strict custom scalars', () => {
  it('refuses a JSON number as a ChannelId at variable coercion, with BAD_USER_INPUT at HTTP 200, and executes nothing', async () => {
    expectSchemaViolations();
    const r = await gql(sb.url, CREATE_POST, { input: post({ channelId: 28 }) });
    expect(r.status).toBe(200);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0].message).toMatch(
      /^Variable "\$input" got invalid value 28 at "input\.channelId"; ChannelId cannot represent a non-string value: 28/,
    );
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(sb.state().posts).toEqual([]);
    const recorded = takeSchemaViolations();
    expect(recorded).toEqual([
      expect.objectContaining({
        stage: 'variables',
        operationName: 'CreatePost',
        variables: { input: post({ channelId: 28 }) },
      }),
    ]);
  });

  it("accepts any string as an ID (only the type is checked): an unknown one is the resolver's NotFoundError", async () => {
    for (const channelId of ['28', 'twitter']) {
      const r = await gql(sb.url, CREATE_POST, { input: post({ channelId }) });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.createPost).toEqual({
        __typename: 'NotFoundError',
        message: `Channel ${channelId} not found`,
      });
    }
    expect(takeSchemaViolations()).toEqual([]);
  });

  it('refuses numbers for every ID scalar it meets: PostId on edit and delete, OrganizationId in queries, TagId in lists', async () => {
    expectSchemaViolations();
    const edit = await gql(sb.url, EDIT_POST, { input: { id: 12345, text: 'x' } });
    expect(edit.body.errors[0].message).toMatch(/PostId cannot represent a non-string value: 12345/);
    const del = await gql(sb.url, DELETE_POST, { input: { id: 7 } });
    expect(del.body.errors[0].message).toMatch(/PostId cannot represent a non-string value: 7/);
    const channels = await gql(sb.url, 'query Channels($input: ChannelsInput!) { channels(input: $input) { id } }', {
      input: { organizationId: 1 },
    });
    expect(channels.body.errors[0].message).toMatch(/OrganizationId cannot represent a non-string value: 1/);
    const tags = await gql(sb.url, CREATE_POST, { input: post({ tagIds: ['65f0c0de0000000000000001', 2] }) });
    expect(tags.body.errors[0].message).toMatch(
      /at "input\.tagIds\[1\]"; TagId cannot represent a non-string value: 2/,
    );
    expect(takeSchemaViolations().map((v) => v.stage)).toEqual(['variables', 'variables', 'variables', 'variables']);
  });

  it('refuses "next tuesday", a bare date and a date-time without offset as DateTime; accepts ISO 8601 date-times', async () => {
    expectSchemaViolations();
    for (const dueAt of ['next tuesday', '2026-03-10', '2026-03-10T09:00:00', '2026-02-30T09:00:00Z', 1772000000000]) {
      const r = await gql(sb.url, CREATE_POST, { input: post({ mode: 'customScheduled', dueAt }) });
      expect(r.body.errors?.[0]?.extensions.code, String(dueAt)).toBe('BAD_USER_INPUT');
      expect(r.body.errors[0].message).toContain('DateTime cannot represent');
    }
    expect(takeSchemaViolations()).toHaveLength(5);
    for (const dueAt of [
      '2026-03-10T09:00:00.000Z',
      '2026-03-10T09:00:00Z',
      '2026-03-10T10:00:00+01:00',
      '2026-03-10T09:00Z',
    ]) {
      const r = await gql(sb.url, CREATE_POST, { input: post({ mode: 'customScheduled', dueAt }) });
      expect(r.body.data?.createPost.__typename, `${dueAt}: ${JSON.stringify(r.body)}`).toBe('PostActionSuccess');
    }
    expect(takeSchemaViolations()).toEqual([]);
    expect(isIsoDateTime('2027-02-01')).toBe(false);
    expect(isIsoDateTime('2027-02-01T00:00:00.000Z')).toBe(true);
  });

  it('checks literals in the document too: a validation error (GRAPHQL_VALIDATION_FAILED), nothing executed', async () => {
    expectSchemaViolations();
    const byLiteral = (channelId: string, dueAt: string) =>
      `mutation Literal { createPost(input: {channelId: ${channelId}, schedulingType: automatic, mode: customScheduled, text: "Hi", dueAt: ${dueAt}}) { __typename } }`;
    const number = await gql(sb.url, byLiteral('28', '"2026-03-10T09:00:00Z"'));
    expect(number.status).toBe(200);
    expect(number.body.data).toBeUndefined();
    expect(number.body.errors[0].message).toMatch(/ChannelId cannot represent a non-string value: 28/);
    expect(number.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const date = await gql(sb.url, byLiteral(`"${defaultChannelId('linkedin')}"`, '"next tuesday"'));
    expect(date.body.errors[0].message).toMatch(/DateTime cannot represent an invalid date-time string "next tuesday"/);
    expect(date.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sb.state().posts).toEqual([]);
    expect(takeSchemaViolations().map((v) => [v.stage, v.operationName])).toEqual([
      ['validation', 'Literal'],
      ['validation', 'Literal'],
    ]);
    const good = await gql(sb.url, byLiteral(`"${defaultChannelId('linkedin')}"`, '"2026-03-10T09:00:00Z"'));
    expect(good.body.data.createPost.__typename).toBe('PostActionSuccess');
  });
});

describe('createIdea answers IdeaResponse in a configurable share of calls', () => {
  const idea = (n: number) => ({ input: { organizationId: DEFAULT_ORGANIZATION_ID, content: { title: `Idea ${n}` } } });

  it('never by default; every Nth call with the sandbox option; the control overrides it', async () => {
    const plain = await Promise.all(
      [1, 2, 3].map(async (n) => (await gql(sb.url, CREATE_IDEA, idea(n))).body.data.createIdea.__typename),
    );
    expect(plain).toEqual(['Idea', 'Idea', 'Idea']);
    await sb.close();
    sb = await startSandbox({ rateLimits: false, ideaResponseEvery: 3 });
    const answers = [];
    for (let n = 1; n <= 6; n++) answers.push((await gql(sb.url, CREATE_IDEA, idea(n))).body.data.createIdea);
    expect(answers.map((a) => a.__typename)).toEqual(['Idea', 'Idea', 'IdeaResponse', 'Idea', 'Idea', 'IdeaResponse']);
    expect(answers[2]).toEqual({
      __typename: 'IdeaResponse',
      idea: { id: expect.any(String), content: { title: 'Idea 3' } },
      refreshIdeas: false,
    });
    // Both kinds of answer created their idea.
    expect(sb.state().ideas.map((i) => i.content.title)).toEqual([
      'Idea 1',
      'Idea 2',
      'Idea 3',
      'Idea 4',
      'Idea 5',
      'Idea 6',
    ]);
    const set = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', { ideaResponseEvery: 1 });
    expect(set.status).toBe(200);
    expect((await gql(sb.url, CREATE_IDEA, idea(7))).body.data.createIdea.__typename).toBe('IdeaResponse');
  });

  it('a placement after another idea always answers IdeaResponse with refreshIdeas: true', async () => {
    const first = (await gql(sb.url, CREATE_IDEA, idea(1))).body.data.createIdea;
    const placed = await gql(sb.url, CREATE_IDEA, { input: { ...idea(2).input, group: { placeAfterId: first.id } } });
    expect(placed.body.data.createIdea).toMatchObject({
      __typename: 'IdeaResponse',
      refreshIdeas: true,
      idea: { content: { title: 'Idea 2' } },
    });
  });
});

describe('typed error members injected through POST /__sandbox/faults', () => {
  const members: [string, string, () => Promise<{ body: any }>][] = [];
  const create = () => gql(sb.url, CREATE_POST, { input: post() });
  const REST_PROXY_CREATE = `mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { __typename ... on RestProxyError { message code link } ... on MutationError { message } } }`;
  for (const m of [
    'NotFoundError',
    'UnauthorizedError',
    'UnexpectedError',
    'RestProxyError',
    'LimitReachedError',
    'InvalidInputError',
  ]) {
    members.push(['createPost', m, create]);
    members.push([
      'editPost',
      m,
      async () => {
        const made = await gql(sb.url, CREATE_POST, { input: post({ text: 'before' }) });
        sb.setFaults({ rules: [{ operation: 'editPost', fault: 'typed-error', member: m as never }] });
        return gql(sb.url, EDIT_POST, { input: { id: made.body.data.createPost.post.id, text: 'after' } });
      },
    ]);
  }
  members.push([
    'deletePost',
    'VoidMutationError',
    async () => {
      const made = await gql(sb.url, CREATE_POST, { input: post() });
      sb.setFaults({ rules: [{ operation: 'deletePost', fault: 'typed-error', member: 'VoidMutationError' }] });
      return gql(
        sb.url,
        `mutation DeletePost($input: DeletePostInput!) { deletePost(input: $input) { __typename ... on DeletePostSuccess { id } ... on VoidMutationError { message } } }`,
        { input: { id: made.body.data.createPost.post.id } },
      );
    },
  ]);
  for (const m of ['InvalidInputError', 'UnauthorizedError', 'UnexpectedError', 'LimitReachedError']) {
    members.push(['createIdea', m, () => gql(sb.url, CREATE_IDEA, idea())]);
  }
  function idea() {
    return { input: { organizationId: DEFAULT_ORGANIZATION_ID, content: { title: 'An idea' } } };
  }

  it.each(members)('%s answers %s, HTTP 200, and does not run', async (operation, member, send) => {
    const before = sb.state();
    if (operation === 'createPost' || operation === 'createIdea') {
      const set = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', {
        rules: [{ operation, fault: 'typed-error', member, message: `Injected ${member}` }],
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    const r = await send();
    const answer = r.body.data[operation];
    expect(answer.__typename).toBe(member);
    expect(answer.message).toMatch(/injected/i);
    const after = sb.state();
    if (operation === 'createPost') expect(after.posts).toEqual(before.posts);
    if (operation === 'createIdea') expect(after.ideas).toEqual(before.ideas);
    if (operation === 'editPost') expect(after.posts.map((p) => p.text)).toEqual(['before']);
    if (operation === 'deletePost') expect(after.posts).toHaveLength(1);
    // The fault fires once: the next call runs.
    if (operation === 'createPost') expect((await create()).body.data.createPost.__typename).toBe('PostActionSuccess');
    if (member === 'RestProxyError' && operation === 'createPost') {
      sb.setFaults({ rules: [{ operation, fault: 'typed-error', member }] });
      const proxied = await gql(sb.url, REST_PROXY_CREATE, { input: post() });
      expect(proxied.body.data.createPost).toEqual({
        __typename: 'RestProxyError',
        message: expect.any(String),
        code: expect.any(Number),
        link: expect.stringMatching(/^https:\/\//),
      });
    }
  });

  it("refuses, with a clear 400, a member the operation's union does not have, an unknown member and a wildcard operation", async () => {
    const cases: [unknown, RegExp][] = [
      [
        { operation: 'deletePost', fault: 'typed-error', member: 'NotFoundError' },
        /deletePost cannot answer NotFoundError: its payload union's error members are VoidMutationError/,
      ],
      [
        { operation: 'createPost', fault: 'typed-error', member: 'VoidMutationError' },
        /createPost cannot answer VoidMutationError: .*NotFoundError, UnauthorizedError, UnexpectedError, RestProxyError, LimitReachedError, InvalidInputError/,
      ],
      [
        { operation: 'createIdea', fault: 'typed-error', member: 'RestProxyError' },
        /createIdea cannot answer RestProxyError/,
      ],
      [
        { operation: 'createIdea', fault: 'typed-error', member: 'NotFoundError' },
        /createIdea cannot answer NotFoundError/,
      ],
      [
        { operation: 'createPost', fault: 'typed-error', member: 'QueueLimitError' },
        /needs a "member", one of RestProxyError, UnexpectedError, VoidMutationError/,
      ],
      [{ operation: '*', fault: 'typed-error', member: 'UnexpectedError' }, /needs "operation" to be one mutation/],
      [{ operation: 'posts', fault: 'typed-error', member: 'UnexpectedError' }, /needs "operation" to be one mutation/],
      [
        { operation: 'createPost', fault: 'unexpected', member: 'UnexpectedError' },
        /"member" goes with the fault "typed-error" only/,
      ],
    ];
    for (const [rule, message] of cases) {
      const r = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', { rules: [rule] });
      expect(r.status, JSON.stringify(rule)).toBe(400);
      expect(r.body.error, JSON.stringify(rule)).toMatch(message);
    }
    const bad = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', { ideaResponseEvery: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/ideaResponseEvery must be a non-negative integer/);
  });
});
