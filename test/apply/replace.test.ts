/**
 * The `replace` action against the sandbox over HTTP: the new post and the
 * old post's delete go in one request, in the order that keeps the time or
 * the queue slot; a failed half is reported, the file holds whichever post
 * exists, and the new post is never created twice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply.js';
import { BufferClient } from '../../src/buffer/client.js';
import type { Channel, CreatePostInput } from '../../src/buffer/types.js';
import type { Plan, ReplaceItem } from '../../src/plan/types.js';
import type { RenderedPost } from '../../src/posts/model.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { trackedUpdatesFrom } from '../../src/writeback/tracked-updates.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
interface StoredJson {
  id: string;
  text: string;
  status: string;
  dueAt: string | null;
  metadata: Record<string, unknown> | null;
}

const START = '2026-09-01T08:00:00.000Z';
let sb: Sandbox;
let orgId: string;
let twitter: Channel;
let operations: { operation: string; rootFields: number }[];

function client(): BufferClient {
  return new BufferClient({
    apiKey: sb.apiKey,
    apiUrl: sb.url,
    sleep: async (ms) => sb.advanceClock(ms / 1000),
    transportRetryDelaysMs: [1, 1],
    onRequest: (info) => operations.push(info),
  });
}

async function stored(): Promise<StoredJson[]> {
  return ((await sb.state()) as unknown as { posts: StoredJson[] }).posts;
}

function replacePlan(postId: string, input: CreatePostInput): { plan: Plan; item: ReplaceItem } {
  const item: ReplaceItem = {
    action: 'replace',
    file: 'posts/a.md',
    line: 2,
    ref: 'twitter',
    channelId: twitter.id,
    service: 'twitter',
    postId,
    input,
    why: 'the thread of 2 became a single post',
    changed: ['thread'],
    rendered: { text: input.text ?? '', assets: [] } as RenderedPost,
  };
  return { plan: { basis: 'full', items: [item], findings: [], notes: [] }, item };
}

/** The sandbox's clock is frozen at START: "now" for the look-up windows is that, not the machine's. */
const opts = () => ({
  organizationId: orgId,
  createdSince: new Date(Date.parse(START) - 60_000),
  trackedIds: new Set<string>(),
  now: () => new Date(START),
});

/** The post a thread of 2 becomes: its first part alone, in the thread's mode (and at its time). */
function singlePost(mode: CreatePostInput['mode'], dueAt?: string): CreatePostInput {
  return {
    channelId: twitter.id,
    schedulingType: 'automatic',
    mode,
    ...(dueAt ? { dueAt } : {}),
    text: 'One',
    assets: [],
  };
}

async function threadPost(mode: CreatePostInput['mode'], dueAt?: string): Promise<string> {
  const result = await client().createPost({
    ...singlePost(mode, dueAt),
    metadata: {
      twitter: {
        thread: [
          { text: 'One', assets: [] },
          { text: 'Two', assets: [] },
        ],
      },
    },
  });
  if (result.ok !== true) throw new Error('seed post not created');
  return result.value.id;
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, now: START, clock: 'frozen', rateLimits: false });
  const c = new BufferClient({ apiKey: sb.apiKey, apiUrl: sb.url });
  orgId = (await c.account()).organizations[0]!.id;
  twitter = (await c.channels(orgId)).find((ch) => ch.service === 'twitter')!;
});
afterAll(() => sb.close());
beforeEach(async () => {
  await sb.reset();
  sb.setFaults({});
  operations = [];
});

describe('apply: replace', () => {
  it('at a custom time: creates the new post, then deletes the old one, in one request; the file records the new ID', async () => {
    const due = '2026-09-03T09:00:00.000Z';
    const old = await threadPost('customScheduled', due);
    operations = [];
    const { plan, item } = replacePlan(old, singlePost('customScheduled', due));
    const [outcome] = await applyPlan(client(), plan, opts());
    expect(operations).toEqual([{ operation: 'Batch2', rootFields: 2 }]);
    expect(outcome).toMatchObject({ status: 'replaced', post: { text: 'One', dueAt: due } });
    const posts = await stored();
    expect(posts.map((p) => p.id)).toEqual([outcome!.post!.id]);
    expect(posts[0]!.metadata).toBeNull();
    expect(trackedUpdatesFrom([outcome!]).get('posts/a.md')?.get('twitter')).toEqual({
      id: outcome!.post!.id,
      status: 'scheduled',
      dueAt: due,
    });
    expect(item.postId).toBe(old);
  });

  it('in the queue: deletes first, so the new post takes the slot the old one frees', async () => {
    const old = await threadPost('addToQueue');
    const slot = (await stored())[0]!.dueAt;
    const { plan } = replacePlan(old, singlePost('addToQueue'));
    const [outcome] = await applyPlan(client(), plan, opts());
    expect(outcome).toMatchObject({ status: 'replaced' });
    const posts = await stored();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ id: outcome!.post!.id, dueAt: slot });
  });

  it('a delete that fails leaves the old post over, claimed for the next run; the file holds the new one', async () => {
    const due = '2026-09-03T09:00:00.000Z';
    const old = await threadPost('customScheduled', due);
    sb.setFaults({
      rules: [
        {
          operation: 'deletePost',
          fault: 'typed-error',
          member: 'VoidMutationError',
          message: 'Buffer could not delete it',
        },
      ],
    });
    const { plan } = replacePlan(old, singlePost('customScheduled', due));
    const [outcome] = await applyPlan(client(), plan, opts());
    expect(outcome).toMatchObject({
      status: 'failed',
      leftover: old,
      message: expect.stringContaining('could not be deleted (Buffer could not delete it)'),
    });
    expect((await stored()).map((p) => p.id).sort()).toEqual([old, outcome!.post!.id].sort());
    expect(trackedUpdatesFrom([outcome!]).get('posts/a.md')?.get('twitter')?.id).toBe(outcome!.post!.id);
  });

  it('a create that fails after the queue delete leaves the file without an ID, so the next run creates it', async () => {
    const old = await threadPost('addToQueue');
    sb.setFaults({
      rules: [{ operation: 'createPost', fault: 'typed-error', member: 'InvalidInputError', message: 'refused' }],
    });
    const { plan } = replacePlan(old, singlePost('addToQueue'));
    const [outcome] = await applyPlan(client(), plan, opts());
    expect(outcome).toMatchObject({
      status: 'failed',
      oldDeleted: true,
      errorType: 'InvalidInputError',
      message: expect.stringContaining('the next run creates it'),
    });
    expect(await stored()).toEqual([]);
    expect(trackedUpdatesFrom([outcome!]).get('posts/a.md')?.get('twitter')).toBeNull();
  });

  it('a lost answer: the new post is found in Buffer, never created twice, and the old one is deleted', async () => {
    const due = '2026-09-03T09:00:00.000Z';
    const old = await threadPost('customScheduled', due);
    sb.setFaults({ rules: [{ operation: 'createPost', fault: 'drop-after-commit' }] });
    const { plan } = replacePlan(old, singlePost('customScheduled', due));
    const [outcome] = await applyPlan(client(), plan, opts());
    expect(outcome).toMatchObject({ status: 'replaced' });
    const posts = await stored();
    expect(posts.map((p) => p.id)).toEqual([outcome!.post!.id]);
    expect(operations.filter((o) => /^Batch/.test(o.operation) && o.rootFields === 2)).toHaveLength(1);
  });
});
