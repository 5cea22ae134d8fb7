/**
 * Post templates in the sandbox (issue 15), over real HTTP, as the reference
 * describes them: `private` by default, `internal` for the organization,
 * `public` only Buffer's own (refused on create and update); the creator, or
 * an admin/owner for an `internal` one, may change or delete; `postTemplate`
 * answers null for what the caller cannot see; `postTemplates` is pinned to
 * the caller and the organization, pages with cursors, and its filter only
 * narrows; the plan's `postTemplates` limit holds.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_ORGANIZATION_ID,
  defaultSeed,
  startSandbox,
  type RunningSandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.js';
import { expectSchemaViolations } from '../helpers/schema-violations.js';
import { gql, httpRequest } from './http-client.js';

const NOW = '2026-03-02T10:00:00.000Z';
const OTHER_ORG = '65f0c0de0002000000000002';
const PUBLIC_IDS = ['65f0c0de0005000000000001', '65f0c0de0005000000000002'];

/**
 * Acme Inc (free plan) with its owner (key `sandbox`, the default account),
 * an admin (`admin`) and a plain member (`member`); Other Co with an
 * outsider (`outsider`) who is not in Acme.
 */
function world(plan: 'free' | 'team' = 'free'): SandboxSeed {
  const seed = defaultSeed();
  seed.organizations[0]!.plan = plan;
  seed.organizations.push({ id: OTHER_ORG, name: 'Other Co', plan: 'free', ownerEmail: 'outsider@example.com' });
  seed.accounts[0]!.organizationIds = [DEFAULT_ORGANIZATION_ID];
  const account = (n: number, key: string, extra: object) => ({
    id: `65f0c0de000100000000000${n}`,
    email: `${key}@example.com`,
    timezone: 'Europe/London',
    apiKeys: [key],
    ...extra,
  });
  seed.accounts.push(
    account(2, 'member', { organizationIds: [DEFAULT_ORGANIZATION_ID] }),
    account(3, 'admin', {
      organizationIds: [DEFAULT_ORGANIZATION_ID],
      adminOrganizationIds: [DEFAULT_ORGANIZATION_ID],
    }),
    account(4, 'outsider', { organizationIds: [OTHER_ORG] }),
  );
  return seed;
}

const FIELDS = 'id title body description emoji visibility organizationId createdAt updatedAt';
const CREATE = `mutation CreatePostTemplate($input: CreatePostTemplateInput!) {
  createPostTemplate(input: $input) { __typename ... on CreatePostTemplateSuccess { postTemplate { ${FIELDS} } } ... on VoidMutationError { message } }
}`;
const UPDATE = `mutation UpdatePostTemplate($input: UpdatePostTemplateInput!) {
  updatePostTemplate(input: $input) { __typename ... on UpdatePostTemplateSuccess { postTemplate { ${FIELDS} } } ... on MutationError { message } }
}`;
const DELETE = `mutation DeletePostTemplate($input: DeletePostTemplateInput!) {
  deletePostTemplate(input: $input) { __typename ... on EmptySuccess { _empty } ... on MutationSuccess { _empty } ... on VoidMutationError { message } }
}`;
const GET = `query PostTemplate($input: PostTemplateInput!) { postTemplate(input: $input) { ${FIELDS} } }`;
const LIST = `query PostTemplates($input: PostTemplatesInput!, $first: Int, $after: String) {
  postTemplates(input: $input, first: $first, after: $after) {
    totalCount edges { cursor node { id title visibility } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
  }
}`;

let sb: RunningSandbox;
afterEach(async () => sb?.close());

const start = async (seed = world()) => {
  sb = await startSandbox({ now: NOW, rateLimits: false, seed });
};
const create = async (input: Record<string, unknown>, key = 'sandbox') =>
  (
    await gql(
      sb.url,
      CREATE,
      { input: { organizationId: DEFAULT_ORGANIZATION_ID, description: 'd', body: 'b', ...input } },
      key,
    )
  ).body;
const made = async (title: string, visibility?: string, key = 'sandbox'): Promise<string> => {
  const r = await create({ title, ...(visibility ? { visibility } : {}) }, key);
  expect(r.data.createPostTemplate.__typename, JSON.stringify(r)).toBe('CreatePostTemplateSuccess');
  return r.data.createPostTemplate.postTemplate.id;
};
const list = async (key = 'sandbox', input: Record<string, unknown> = {}, page: Record<string, unknown> = {}) =>
  (await gql(sb.url, LIST, { input: { organizationId: DEFAULT_ORGANIZATION_ID, ...input }, ...page }, key)).body;
const titles = (body: any): string[] => body.data.postTemplates.edges.map((e: any) => e.node.title);

describe('createPostTemplate', () => {
  it('creates a private template by default, owned by the caller, at the sandbox time', async () => {
    await start();
    const r = await create({ title: 'Weekly tip', body: 'Tip: {{tip}}', description: 'A tip a week', emoji: '💡' });
    expect(r).toEqual({
      data: {
        createPostTemplate: {
          __typename: 'CreatePostTemplateSuccess',
          postTemplate: {
            id: expect.stringMatching(/^[0-9a-f]{24}$/),
            title: 'Weekly tip',
            body: 'Tip: {{tip}}',
            description: 'A tip a week',
            emoji: '💡',
            visibility: 'private',
            organizationId: DEFAULT_ORGANIZATION_ID,
            createdAt: NOW,
            updatedAt: NOW,
          },
        },
      },
    });
    const stored = sb.state().postTemplates.find((t) => t.title === 'Weekly tip');
    expect(stored).toMatchObject({ accountId: DEFAULT_ACCOUNT_ID, visibility: 'private', emoji: '💡' });
    // Without an emoji the String! field answers an empty string.
    const plain = await create({ title: 'Plain', visibility: 'internal' });
    expect(plain.data.createPostTemplate.postTemplate).toMatchObject({ emoji: '', visibility: 'internal' });
  });

  it('refuses `public`, an empty title or body, and a null or empty description with VoidMutationError; nothing is stored', async () => {
    await start();
    const before = sb.state().postTemplates.length;
    const refusals = await Promise.all([
      create({ title: 'T', visibility: 'public' }),
      create({ title: '  ' }),
      create({ title: 'T', body: '' }),
      create({ title: 'T', description: null }),
      create({ title: 'T', description: '' }),
    ]);
    expect(refusals.map((r) => r.data.createPostTemplate)).toEqual([
      {
        __typename: 'VoidMutationError',
        message:
          'The visibility `public` is only available to official Buffer clients; use `private` (the default) or `internal`',
      },
      { __typename: 'VoidMutationError', message: 'A post template needs a non-empty title' },
      { __typename: 'VoidMutationError', message: 'A post template needs a non-empty body' },
      { __typename: 'VoidMutationError', message: 'A post template needs a non-empty description' },
      { __typename: 'VoidMutationError', message: 'A post template needs a non-empty description' },
    ]);
    expect(sb.state().postTemplates).toHaveLength(before);
  });

  it('refuses an organization the caller is not in (NOT_FOUND), a visibility that is not in the enum and a template ID that is not a string, before anything runs', async () => {
    expectSchemaViolations();
    await start();
    const outside = await create({ title: 'T', organizationId: OTHER_ORG });
    expect(outside.data).toBeNull();
    expect(outside.errors[0]).toMatchObject({
      message: `Organization ${OTHER_ORG} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const badEnum = await create({ title: 'T', visibility: 'team' });
    expect(badEnum.data).toBeUndefined();
    expect(badEnum.errors[0].message).toMatch(/Value "team" does not exist in "PostTemplateVisibility" enum/);
    expect(badEnum.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badId = (await gql(sb.url, GET, { input: { id: 42 } })).body;
    expect(badId.errors[0].message).toMatch(/PostTemplateId cannot represent a non-string value: 42/);
    const missingTitle = (
      await gql(sb.url, CREATE, { input: { organizationId: DEFAULT_ORGANIZATION_ID, body: 'b', description: 'd' } })
    ).body;
    expect(missingTitle.errors[0].message).toMatch(/Field "title" of required type "String!" was not provided/);
    expect(sb.state().postTemplates.map((t) => t.visibility)).toEqual(['public', 'public']);
  });

  it("holds the plan's postTemplates limit (free: 3, as OrganizationLimits says), counting the organization's private and internal templates", async () => {
    await start();
    const limits = await gql(sb.url, '{ account { organizations { id limits { postTemplates } } } }');
    expect(limits.body.data.account.organizations).toEqual([
      { id: DEFAULT_ORGANIZATION_ID, limits: { postTemplates: 3 } },
    ]);
    await made('one');
    await made('two', 'internal', 'member');
    const third = await made('three', 'private', 'admin');
    const fourth = await create({ title: 'four' });
    expect(fourth.data.createPostTemplate).toEqual({
      __typename: 'VoidMutationError',
      message:
        'You have reached the limit of 3 post templates on the free plan. Upgrade your plan or delete a template.',
    });
    // Buffer's public templates do not count; deleting one of the organization's frees a place.
    await gql(sb.url, DELETE, { input: { id: third } }, 'admin');
    expect((await create({ title: 'four' })).data.createPostTemplate.__typename).toBe('CreatePostTemplateSuccess');
  });
});

describe('postTemplate and postTemplates: what the caller can see', () => {
  it('get answers public, the organization internal and the caller private templates; null for anything else', async () => {
    await start();
    const mine = await made('mine');
    const team = await made('team', 'internal', 'member');
    const theirs = await made('theirs', 'private', 'member');
    const get = async (id: string, key = 'sandbox') =>
      (await gql(sb.url, GET, { input: { id } }, key)).body.data.postTemplate;
    expect(await get(mine)).toMatchObject({ id: mine, title: 'mine', visibility: 'private' });
    expect(await get(team)).toMatchObject({ id: team, visibility: 'internal' });
    expect(await get(PUBLIC_IDS[0]!)).toMatchObject({ title: 'Product launch', visibility: 'public', emoji: '🚀' });
    // Someone else's private template, an unknown ID: "Returns null if not found".
    expect(await get(theirs)).toBeNull();
    expect(await get('65f0c0de00050000000000ff')).toBeNull();
    // The outsider sees Buffer's public templates and nothing of Acme's.
    expect(await get(team, 'outsider')).toBeNull();
    expect(await get(mine, 'outsider')).toBeNull();
    expect(await get(PUBLIC_IDS[1]!, 'outsider')).toMatchObject({ visibility: 'public' });
  });

  it("list: public + the organization's internal + the caller's own private, whatever organization the private one names", async () => {
    await start();
    await made('owner private');
    await made('member internal', 'internal', 'member');
    await made('member private', 'private', 'member');
    const owner = await list();
    expect(titles(owner)).toEqual(['Product launch', 'Behind the scenes', 'owner private', 'member internal']);
    expect(owner.data.postTemplates.totalCount).toBe(4);
    expect(titles(await list('member'))).toEqual([
      'Product launch',
      'Behind the scenes',
      'member internal',
      'member private',
    ]);
    // In Other Co the owner still sees their own private template, but not Acme's internal one.
    const outsider = await list('outsider', { organizationId: OTHER_ORG });
    expect(titles(outsider)).toEqual(['Product launch', 'Behind the scenes']);
  });

  it('the filter only narrows: each visibility alone, and never a template outside the scope', async () => {
    await start();
    await made('owner private');
    await made('member internal', 'internal', 'member');
    await made('member private', 'private', 'member');
    expect(titles(await list('sandbox', { filter: { visibility: 'private' } }))).toEqual(['owner private']);
    expect(titles(await list('sandbox', { filter: { visibility: 'internal' } }))).toEqual(['member internal']);
    expect(titles(await list('sandbox', { filter: { visibility: 'public' } }))).toEqual([
      'Product launch',
      'Behind the scenes',
    ]);
    // Asking an organization's internal templates from outside it is refused, not widened.
    const outside = await list('outsider', { filter: { visibility: 'internal' } });
    expect(outside.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(titles(await list('outsider', { organizationId: OTHER_ORG, filter: { visibility: 'internal' } }))).toEqual(
      [],
    );
  });

  it('pages with opaque cursors; totalCount is the whole set on every page; a bad cursor is refused', async () => {
    await start(world('team'));
    for (let i = 1; i <= 5; i++) {
      await made(`t${i}`, i % 2 ? 'internal' : 'private');
      sb.advanceClock(60);
    }
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const r = await list('sandbox', {}, { first: 3, ...(after ? { after } : {}) });
      const conn = r.data.postTemplates;
      pages++;
      expect(conn.totalCount).toBe(7);
      expect(conn.pageInfo.hasPreviousPage).toBe(false);
      expect(conn.pageInfo.startCursor).toBe(conn.edges[0].cursor);
      expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
      seen.push(...conn.edges.map((e: any) => e.node.title));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Product launch', 'Behind the scenes', 't1', 't2', 't3', 't4', 't5']);
    // Without `first`: the default page (25) holds them all.
    expect(titles(await list())).toHaveLength(7);
    const bad = await list('sandbox', {}, { after: 'not-a-cursor' });
    expect(bad.errors[0]).toMatchObject({ message: 'Invalid cursor', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('updatePostTemplate and deletePostTemplate', () => {
  it('the creator changes the fields sent and keeps the others; updatedAt moves, createdAt stays', async () => {
    await start();
    const id = await made('before');
    sb.advanceClock(3600);
    const r = await gql(sb.url, UPDATE, { input: { id, title: 'after', emoji: '✅', visibility: 'internal' } });
    expect(r.body.data.updatePostTemplate).toEqual({
      __typename: 'UpdatePostTemplateSuccess',
      postTemplate: {
        id,
        title: 'after',
        body: 'b',
        description: 'd',
        emoji: '✅',
        visibility: 'internal',
        organizationId: DEFAULT_ORGANIZATION_ID,
        createdAt: NOW,
        updatedAt: '2026-03-02T11:00:00.000Z',
      },
    });
  });

  it('refuses `public`, null and empty values with VoidMutationError and changes nothing', async () => {
    await start();
    const id = await made('keep me');
    const stored = () => sb.state().postTemplates.find((t) => t.id === id);
    const before = stored();
    const answers = [];
    for (const change of [
      { title: 'new', visibility: 'public' },
      { title: 'new', body: null },
      { title: 'new', description: '   ' },
      { title: 'new', emoji: null },
    ])
      answers.push((await gql(sb.url, UPDATE, { input: { id, ...change } })).body.data.updatePostTemplate);
    expect(answers).toEqual([
      {
        __typename: 'VoidMutationError',
        message:
          'The visibility `public` is only available to official Buffer clients; use `private` (the default) or `internal`',
      },
      {
        __typename: 'VoidMutationError',
        message: 'A post template body cannot be null; omit it to keep the current one',
      },
      { __typename: 'VoidMutationError', message: 'A post template needs a non-empty description' },
      {
        __typename: 'VoidMutationError',
        message: 'A post template emoji cannot be null; omit it to keep the current one',
      },
    ]);
    expect(stored()).toEqual(before);
  });

  it("who may change what: someone else's private one does not exist for the caller, a member may not touch another's internal one, an admin or the owner may", async () => {
    await start();
    const memberPrivate = await made('member private', 'private', 'member');
    const memberInternal = await made('member internal', 'internal', 'member');
    const update = (id: string, key: string) => gql(sb.url, UPDATE, { input: { id, title: `by ${key}` } }, key);
    const notFound = (await update(memberPrivate, 'admin')).body;
    expect(notFound.data).toBeNull();
    expect(notFound.errors[0]).toMatchObject({
      message: `Post template ${memberPrivate} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const ownerMade = await made('owner internal', 'internal');
    const forbidden = (await update(ownerMade, 'member')).body;
    expect(forbidden.errors[0]).toMatchObject({
      message: `Only the creator of post template ${ownerMade} or an admin of its organization can change or delete it`,
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await update(memberInternal, 'admin')).body.data.updatePostTemplate.postTemplate.title).toBe('by admin');
    expect((await update(memberInternal, 'sandbox')).body.data.updatePostTemplate.postTemplate.title).toBe(
      'by sandbox',
    );
    const outsider = (await update(memberInternal, 'outsider')).body;
    expect(outsider.errors[0].extensions.code).toBe('NOT_FOUND');
    // Buffer's public templates: visible to all, changed by none.
    expect((await update(PUBLIC_IDS[0]!, 'sandbox')).body.data.updatePostTemplate).toEqual({
      __typename: 'VoidMutationError',
      message: `Post template ${PUBLIC_IDS[0]} is one of Buffer's public templates; it cannot be changed`,
    });
  });

  it('delete answers EmptySuccess (a MutationSuccess), then NOT_FOUND; the same rights as update', async () => {
    await start();
    const id = await made('short-lived', 'internal', 'member');
    const del = (key: string, target = id) => gql(sb.url, DELETE, { input: { id: target } }, key);
    const forbidden = await made('owner private 2', 'internal', 'admin');
    expect((await del('member', forbidden)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    // The owner (the organization's ownerEmail) may delete a member's internal template.
    expect((await del('sandbox')).body.data.deletePostTemplate).toEqual({ __typename: 'EmptySuccess', _empty: '' });
    expect(sb.state().postTemplates.some((t) => t.id === id)).toBe(false);
    const again = (await del('sandbox')).body;
    expect(again.errors[0]).toMatchObject({
      message: `Post template ${id} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await del('sandbox', PUBLIC_IDS[1])).body.data.deletePostTemplate.__typename).toBe('VoidMutationError');
  });
});

describe('templates in the control endpoints', () => {
  it('state lists them, stats count their root fields, faults inject VoidMutationError and refuse other members', async () => {
    await start();
    const id = await made('counted');
    await gql(sb.url, GET, { input: { id } });
    await list();
    const state = (await httpRequest(`${sb.url}/__sandbox/state`, 'GET')).body;
    expect(state.postTemplates.map((t: any) => t.title)).toEqual(['Product launch', 'Behind the scenes', 'counted']);
    expect(state.ideaGroups).toEqual([]);
    expect(state.stats.byRootField).toEqual({ createPostTemplate: 1, postTemplate: 1, postTemplates: 1 });
    expect(state.stats.byOperation).toEqual({ CreatePostTemplate: 1, PostTemplate: 1, PostTemplates: 1 });

    for (const operation of ['createPostTemplate', 'updatePostTemplate', 'deletePostTemplate', 'movePostInQueue']) {
      const ok = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', {
        rules: [{ operation, fault: 'typed-error', member: 'VoidMutationError' }],
      });
      expect(ok.status, operation).toBe(200);
      const refused = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', {
        rules: [{ operation, fault: 'typed-error', member: 'NotFoundError' }],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe(
        `${operation} cannot answer NotFoundError: its payload union's error members are VoidMutationError`,
      );
    }
    await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', {
      rules: [{ operation: 'createPostTemplate', fault: 'typed-error', member: 'VoidMutationError', message: 'no' }],
    });
    expect((await create({ title: 'injected' })).data.createPostTemplate).toEqual({
      __typename: 'VoidMutationError',
      message: 'no',
    });
    expect(sb.state().postTemplates.some((t) => t.title === 'injected')).toBe(false);
    // The rule fired once: the next call creates.
    expect((await create({ title: 'injected' })).data.createPostTemplate.__typename).toBe('CreatePostTemplateSuccess');
  });

  it('--state FILE keeps templates across a restart; reset brings back the seed (Buffer public templates only)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sandbox-templates-')), 'state.json');
    sb = await startSandbox({ now: NOW, rateLimits: false, seed: world(), statePath: path });
    const id = await made('persisted', 'internal');
    expect(JSON.parse(readFileSync(path, 'utf8')).seed.postTemplates.map((t: any) => t.id)).toContain(id);
    await sb.close();
    sb = await startSandbox({ rateLimits: false, statePath: path });
    expect((await gql(sb.url, GET, { input: { id } })).body.data.postTemplate.title).toBe('persisted');
    // The next ID is new after the restart.
    expect(await made('after restart')).not.toBe(id);
    expect((await httpRequest(`${sb.url}/__sandbox/reset`, 'POST')).status).toBe(200);
    expect(sb.state().postTemplates.map((t) => t.id)).toEqual(PUBLIC_IDS);
  });
});
