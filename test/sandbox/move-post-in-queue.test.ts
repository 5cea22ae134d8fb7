/**
 * `movePostInQueue` in the sandbox (issue 15), over real HTTP: a queued post
 * goes to the top (the next available slot) or the bottom (the last slot)
 * of its channel's queue and the others close up, re-slotted as `shareNext`
 * re-slots them; custom-scheduled posts keep their time; anything that is
 * not a queued post answers VoidMutationError; the content is never
 * re-validated.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ORGANIZATION_ID,
  defaultChannelId,
  defaultSeed,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';
import { expectSchemaViolations } from '../helpers/schema-violations.js';
import { CREATE_POST, gql, httpRequest } from './http-client.js';

// Monday 2 March 2026, 10:00 in London (GMT); the default schedule is 09:00, 13:00 and 17:00 every day.
const NOW = '2026-03-02T10:00:00.000Z';
const twitter = defaultChannelId('twitter');
const MOVE = `mutation MovePostInQueue($input: MovePostInQueueInput!) {
  movePostInQueue(input: $input) {
    __typename
    ... on PostActionSuccess { post { id text dueAt status shareMode isCustomScheduled } }
    ... on VoidMutationError { message }
  }
}`;

let sb: RunningSandbox;
beforeEach(async () => {
  sb = await startSandbox({ now: NOW, rateLimits: false });
});
afterEach(async () => sb.close());

async function post(text: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await gql(sb.url, CREATE_POST, {
    input: { channelId: twitter, schedulingType: 'automatic', mode: 'addToQueue', text, ...extra },
  });
  expect(r.body.data.createPost.__typename, JSON.stringify(r.body)).toBe('PostActionSuccess');
  return r.body.data.createPost.post.id;
}
const move = async (id: string, position: string) => (await gql(sb.url, MOVE, { input: { id, position } })).body;
/** The channel's scheduled posts, by time: [text, dueAt]. */
const queue = (channelId = twitter) =>
  sb
    .state()
    .posts.filter((p) => p.channelId === channelId && p.status === 'scheduled')
    .sort((a, b) => a.dueAt!.localeCompare(b.dueAt!))
    .map((p) => [p.text, p.dueAt]);

describe('movePostInQueue', () => {
  it('top: the post takes the next available slot and the others move back one', async () => {
    await post('A');
    await post('B');
    const c = await post('C');
    expect(queue()).toEqual([
      ['A', '2026-03-02T13:00:00.000Z'],
      ['B', '2026-03-02T17:00:00.000Z'],
      ['C', '2026-03-03T09:00:00.000Z'],
    ]);
    sb.advanceClock(60);
    const r = await move(c, 'top');
    expect(r.data.movePostInQueue).toEqual({
      __typename: 'PostActionSuccess',
      post: {
        id: c,
        text: 'C',
        dueAt: '2026-03-02T13:00:00.000Z',
        status: 'scheduled',
        shareMode: 'addToQueue',
        isCustomScheduled: false,
      },
    });
    expect(queue()).toEqual([
      ['C', '2026-03-02T13:00:00.000Z'],
      ['A', '2026-03-02T17:00:00.000Z'],
      ['B', '2026-03-03T09:00:00.000Z'],
    ]);
    const moved = sb.state().posts.find((p) => p.id === c)!;
    expect(moved.updatedAt).toBe('2026-03-02T10:01:00.000Z');
  });

  it('bottom: the post takes the last slot and the ones after it close up; other channels are untouched', async () => {
    const a = await post('A');
    await post('B');
    await post('C');
    const li = await gql(sb.url, CREATE_POST, {
      input: { channelId: defaultChannelId('linkedin'), schedulingType: 'automatic', mode: 'addToQueue', text: 'L' },
    });
    expect(li.body.data.createPost.post.dueAt).toBe('2026-03-02T13:00:00.000Z');
    expect((await move(a, 'bottom')).data.movePostInQueue.post.dueAt).toBe('2026-03-03T09:00:00.000Z');
    expect(queue()).toEqual([
      ['B', '2026-03-02T13:00:00.000Z'],
      ['C', '2026-03-02T17:00:00.000Z'],
      ['A', '2026-03-03T09:00:00.000Z'],
    ]);
    expect(queue(defaultChannelId('linkedin'))).toEqual([['L', '2026-03-02T13:00:00.000Z']]);
    // Moving the top post to the top changes nothing.
    expect((await move(sb.state().posts.find((p) => p.text === 'B')!.id, 'top')).data.movePostInQueue.post.dueAt).toBe(
      '2026-03-02T13:00:00.000Z',
    );
  });

  it('a custom-scheduled post keeps its time and its slot stays taken', async () => {
    await post('A');
    await post('Fixed', { mode: 'customScheduled', dueAt: '2026-03-02T17:00:00Z' });
    const b = await post('B');
    expect(queue()).toEqual([
      ['A', '2026-03-02T13:00:00.000Z'],
      ['Fixed', '2026-03-02T17:00:00.000Z'],
      ['B', '2026-03-03T09:00:00.000Z'],
    ]);
    await move(b, 'top');
    expect(queue()).toEqual([
      ['B', '2026-03-02T13:00:00.000Z'],
      ['Fixed', '2026-03-02T17:00:00.000Z'],
      ['A', '2026-03-03T09:00:00.000Z'],
    ]);
  });

  it('never re-validates the content: a post that would now be refused still moves', async () => {
    await post('A');
    const b = await post('B');
    // Someone in Buffer's app made it longer than X allows.
    const long = 'x'.repeat(400);
    expect((await httpRequest(`${sb.url}/__sandbox/posts/${b}`, 'PATCH', { text: long })).status).toBe(200);
    const r = await move(b, 'top');
    expect(r.data.movePostInQueue.__typename).toBe('PostActionSuccess');
    expect(r.data.movePostInQueue.post).toMatchObject({ text: long, dueAt: '2026-03-02T13:00:00.000Z' });
  });

  it('anything but a queued post answers VoidMutationError and nothing moves', async () => {
    const queued = await post('Queued');
    const draft = await post('Draft', { saveToDraft: true });
    const fixed = await post('Fixed', { mode: 'customScheduled', dueAt: '2026-03-05T09:00:00Z' });
    const sent = await post('Sent', { mode: 'shareNow' });
    const before = sb.state().posts;
    const answers = [await move(draft, 'top'), await move(sent, 'bottom'), await move(fixed, 'top')];
    expect(answers.map((a) => a.data.movePostInQueue)).toEqual([
      { __typename: 'VoidMutationError', message: `Post ${draft} is not in a queue (its status is draft)` },
      { __typename: 'VoidMutationError', message: `Post ${sent} is not in a queue (its status is sent)` },
      {
        __typename: 'VoidMutationError',
        message: `Post ${fixed} is scheduled for a fixed time, not queued; change its time with editPost`,
      },
    ]);
    expect(sb.state().posts).toEqual(before);
    expect(queued).toMatch(/^[0-9a-f]{24}$/);
  });

  it('a locked channel answers VoidMutationError with the reason', async () => {
    const seed = defaultSeed();
    seed.channels.find((c) => c.id === twitter)!.isLocked = true;
    seed.posts = [{ id: '65f0c0de0007000000000001', channelId: twitter, dueAt: '2026-03-02T13:00:00.000Z' }];
    sb.reset(seed);
    expect((await move('65f0c0de0007000000000001', 'top')).data.movePostInQueue).toEqual({
      __typename: 'VoidMutationError',
      message: `Channel ${twitter} is locked; your plan does not include it`,
    });
  });

  it('an unknown post, or one in an organization the caller is not in, is NOT_FOUND; a position outside QueuePosition is refused before it runs', async () => {
    const seed = defaultSeed();
    seed.accounts[0]!.organizationIds = [DEFAULT_ORGANIZATION_ID];
    seed.organizations.push({ id: '65f0c0de0002000000000002', name: 'Other Co', plan: 'free' });
    seed.channels.push({
      id: '65f0c0de0003000000000099',
      organizationId: '65f0c0de0002000000000002',
      service: 'twitter',
      name: 'other',
      timezone: 'UTC',
    });
    seed.posts = [
      { id: '65f0c0de0007000000000002', channelId: '65f0c0de0003000000000099', dueAt: '2026-03-03T00:00:00.000Z' },
    ];
    sb.reset(seed);
    for (const id of ['65f0c0de00070000000000ff', '65f0c0de0007000000000002']) {
      const r = await move(id, 'top');
      expect(r.data).toBeNull();
      expect(r.errors[0]).toMatchObject({ message: `Post ${id} not found`, extensions: { code: 'NOT_FOUND' } });
    }
    expectSchemaViolations();
    const bad = await move('65f0c0de0007000000000002', 'first');
    expect(bad.data).toBeUndefined();
    expect(bad.errors[0].message).toMatch(/Value "first" does not exist in "QueuePosition" enum/);
    const badId = (await gql(sb.url, MOVE, { input: { id: 7, position: 'top' } })).body;
    expect(badId.errors[0].message).toMatch(/PostId cannot represent a non-string value: 7/);
    // Counted like every root field: each document that passed validation (variables are coerced after).
    expect(sb.state().stats.byRootField).toEqual({ movePostInQueue: 4 });
  });
});
