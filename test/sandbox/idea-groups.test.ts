/**
 * Idea groups in the sandbox (issue 15), over real HTTP: `ideaGroups` lists
 * an organization's groups (from the seed: the public API cannot create
 * them); `createIdea`'s `group: {groupId, placeAfterId}` places an idea in
 * one, refusing a group or an idea it cannot place against; the `ideas`
 * list's group filter sees the placement.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ORGANIZATION_ID,
  defaultSeed,
  startSandbox,
  type RunningSandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.js';
import { expectSchemaViolations } from '../helpers/schema-violations.js';
import { gql } from './http-client.js';

const OTHER_ORG = '65f0c0de0002000000000002';
const DRAFTS = '65f0c0de0006000000000001';
const LAUNCH = '65f0c0de0006000000000002';
const ARCHIVE = '65f0c0de0006000000000003';
const OTHERS = '65f0c0de0006000000000004';

function world(): SandboxSeed {
  const seed = defaultSeed();
  seed.organizations.push({ id: OTHER_ORG, name: 'Other Co', plan: 'free' });
  seed.accounts[0]!.organizationIds = [DEFAULT_ORGANIZATION_ID];
  seed.accounts.push({
    id: '65f0c0de0001000000000004',
    email: 'outsider@example.com',
    timezone: 'UTC',
    apiKeys: ['outsider'],
    organizationIds: [OTHER_ORG],
  });
  seed.ideaGroups = [
    { id: DRAFTS, organizationId: DEFAULT_ORGANIZATION_ID, name: 'Drafts', isLocked: false },
    { id: LAUNCH, organizationId: DEFAULT_ORGANIZATION_ID, name: 'Launch', isLocked: false },
    { id: ARCHIVE, organizationId: DEFAULT_ORGANIZATION_ID, name: 'Archive', isLocked: true },
    { id: OTHERS, organizationId: OTHER_ORG, name: 'Theirs', isLocked: false },
  ];
  return seed;
}

const GROUPS = `query IdeaGroups($input: IdeaGroupsInput!) { ideaGroups(input: $input) { id name isLocked } }`;
const CREATE_IDEA = `mutation CreateIdea($input: CreateIdeaInput!) {
  createIdea(input: $input) {
    __typename
    ... on Idea { id groupId position }
    ... on IdeaResponse { idea { id groupId position } refreshIdeas }
    ... on MutationError { message }
  }
}`;
const IDEAS = `query Ideas($input: IdeasInput!) { ideas(input: $input) { edges { node { content { title } groupId } } } }`;

let sb: RunningSandbox;
beforeEach(async () => {
  sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false, seed: world() });
});
afterEach(async () => sb.close());

const idea = async (title: string, group?: Record<string, unknown>) =>
  (
    await gql(sb.url, CREATE_IDEA, {
      input: { organizationId: DEFAULT_ORGANIZATION_ID, content: { title }, ...(group ? { group } : {}) },
    })
  ).body.data.createIdea;
const placed = (answer: any): { id: string; groupId: string | null; position: number } => answer.idea ?? answer;

describe('ideaGroups', () => {
  it("lists the organization's groups in board order with id, name and isLocked, and nobody else's", async () => {
    const r = await gql(sb.url, GROUPS, { input: { organizationId: DEFAULT_ORGANIZATION_ID } });
    expect(r.body).toEqual({
      data: {
        ideaGroups: [
          { id: DRAFTS, name: 'Drafts', isLocked: false },
          { id: LAUNCH, name: 'Launch', isLocked: false },
          { id: ARCHIVE, name: 'Archive', isLocked: true },
        ],
      },
    });
    const theirs = await gql(sb.url, GROUPS, { input: { organizationId: OTHER_ORG } }, 'outsider');
    expect(theirs.body.data.ideaGroups).toEqual([{ id: OTHERS, name: 'Theirs', isLocked: false }]);
    // A new organization has none; the default seed has none.
    sb.reset();
    expect((await gql(sb.url, GROUPS, { input: { organizationId: DEFAULT_ORGANIZATION_ID } })).body.data).toEqual({
      ideaGroups: [],
    });
    // Counted by root field like every other query (the reset cleared the earlier ones).
    expect(sb.state().stats.byRootField).toEqual({ ideaGroups: 1 });
  });

  it("an organization the caller is not in is NOT_FOUND; the input's organizationId is required", async () => {
    const outside = await gql(sb.url, GROUPS, { input: { organizationId: OTHER_ORG } });
    expect(outside.body.data).toBeNull();
    expect(outside.body.errors[0]).toMatchObject({
      message: `Organization ${OTHER_ORG} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    expectSchemaViolations();
    const missing = await gql(sb.url, GROUPS, { input: {} });
    expect(missing.body.errors[0].message).toMatch(/Field "organizationId" of required type "ID!" was not provided/);
    expect(missing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe("createIdea's group placement", () => {
  it('places ideas in a group: placeAfterId null is the top, after an idea is between it and the next', async () => {
    const a = placed(await idea('A', { groupId: LAUNCH }));
    const b = placed(await idea('B', { groupId: LAUNCH, placeAfterId: a.id }));
    const top = placed(await idea('Top', { groupId: LAUNCH, placeAfterId: null }));
    const between = await idea('Between', { groupId: LAUNCH, placeAfterId: a.id });
    // Placing after another idea may move others: IdeaResponse with refreshIdeas (reference).
    expect(between).toMatchObject({ __typename: 'IdeaResponse', refreshIdeas: true, idea: { groupId: LAUNCH } });
    const order = [top, a, placed(between), b].map((i) => i.position);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(new Set(order).size).toBe(4);
    // Without `group` an idea is unassigned, at the bottom.
    const loose = placed(await idea('Loose'));
    expect(loose.groupId).toBeNull();
    const grouped = await gql(sb.url, IDEAS, {
      input: { organizationId: DEFAULT_ORGANIZATION_ID, groupFilter: { groups: [LAUNCH] } },
    });
    expect(grouped.body.data.ideas.edges.map((e: any) => e.node.content.title)).toEqual(['A', 'B', 'Top', 'Between']);
    const ungrouped = await gql(sb.url, IDEAS, {
      input: { organizationId: DEFAULT_ORGANIZATION_ID, groupFilter: { membership: 'ungrouped' } },
    });
    expect(ungrouped.body.data.ideas.edges).toEqual([{ node: { content: { title: 'Loose' }, groupId: null } }]);
    expect(sb.state().ideas.map((i) => [i.content.title, i.groupId])).toEqual([
      ['A', LAUNCH],
      ['B', LAUNCH],
      ['Top', LAUNCH],
      ['Between', LAUNCH],
      ['Loose', null],
    ]);
  });

  it('refuses an unknown group, another organization group, a locked group and an idea of another group with InvalidInputError; nothing is created', async () => {
    const inDrafts = placed(await idea('In drafts', { groupId: DRAFTS }));
    const answers = [
      await idea('x', { groupId: '65f0c0de00060000000000ff' }),
      await idea('x', { groupId: OTHERS }),
      await idea('x', { groupId: ARCHIVE }),
      await idea('x', { groupId: LAUNCH, placeAfterId: inDrafts.id }),
      await idea('x', { groupId: null, placeAfterId: inDrafts.id }),
    ];
    expect(answers).toEqual([
      {
        __typename: 'InvalidInputError',
        message: `Idea group 65f0c0de00060000000000ff not found in organization ${DEFAULT_ORGANIZATION_ID}`,
      },
      {
        __typename: 'InvalidInputError',
        message: `Idea group ${OTHERS} not found in organization ${DEFAULT_ORGANIZATION_ID}`,
      },
      { __typename: 'InvalidInputError', message: 'Idea group Archive is locked; your plan does not include it' },
      { __typename: 'InvalidInputError', message: `Idea ${inDrafts.id} is not in idea group ${LAUNCH}` },
      {
        __typename: 'InvalidInputError',
        message: `Idea ${inDrafts.id} is not an unassigned idea of organization ${DEFAULT_ORGANIZATION_ID}`,
      },
    ]);
    expect(sb.state().ideas.map((i) => i.content.title)).toEqual(['In drafts']);
  });

  it('groups and placed ideas travel through --state FILE; reset goes back to the seed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sandbox-groups-')), 'state.json');
    await sb.close();
    sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false, seed: world(), statePath: path });
    const a = placed(await idea('Kept', { groupId: DRAFTS }));
    await sb.close();
    sb = await startSandbox({ rateLimits: false, statePath: path });
    expect(sb.state().ideaGroups.map((g) => g.name)).toEqual(['Drafts', 'Launch', 'Archive', 'Theirs']);
    expect(sb.state().ideas).toEqual([expect.objectContaining({ id: a.id, groupId: DRAFTS })]);
    // Placement keeps working against the restored board.
    expect(placed(await idea('After kept', { groupId: DRAFTS, placeAfterId: a.id })).position).toBeGreaterThan(
      a.position,
    );
    sb.reset();
    expect(sb.state().ideaGroups).toEqual([]);
    expect(sb.state().ideas).toEqual([]);
  });
});
