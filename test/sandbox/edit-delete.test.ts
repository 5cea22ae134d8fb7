import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultChannelId, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { CREATE_POST, DELETE_POST, EDIT_POST, gql } from './http-client.js';

const NOW = '2026-03-02T10:00:00.000Z';
let sb: RunningSandbox;
beforeEach(async () => {
  sb = await startSandbox({ now: NOW, rateLimits: false });
});
afterEach(async () => sb.close());

const linkedin = defaultChannelId('linkedin');
async function createOne(extra: Record<string, unknown> = {}): Promise<string> {
  const r = await gql(sb.url, CREATE_POST, {
    input: {
      channelId: linkedin,
      schedulingType: 'automatic',
      mode: 'customScheduled',
      dueAt: '2026-04-01T09:00:00Z',
      text: 'original',
      assets: [{ image: { url: 'https://cdn.example.com/a.png' } }],
      ...extra,
    },
  });
  return r.body.data.createPost.post.id;
}
const edit = async (input: Record<string, unknown>) => (await gql(sb.url, EDIT_POST, { input })).body.data.editPost;

describe('editPost', () => {
  it('keeps omitted fields and the schedule when mode is omitted', async () => {
    const id = await createOne();
    const r = await edit({ id, text: 'changed' });
    expect(r.__typename).toBe('PostActionSuccess');
    expect(r.post).toMatchObject({ id, text: 'changed', dueAt: '2026-04-01T09:00:00.000Z', status: 'scheduled' });
    expect(r.post.assets).toEqual([{ __typename: 'ImageAsset', source: 'https://cdn.example.com/a.png' }]);
  });

  it('clears text with "" and assets with []', async () => {
    const id = await createOne();
    const cleared = await edit({ id, assets: [] });
    expect(cleared.post.assets).toEqual([]);
    expect(cleared.post.text).toBe('original');
    // Clearing the text too would leave a LinkedIn post with nothing: rejected, and nothing changes.
    const empty = await edit({ id, text: '' });
    expect(empty.__typename).toBe('InvalidInputError');
    expect(sb.state().posts[0]!.text).toBe('original');
  });

  it('reschedules when a mode is given', async () => {
    const id = await createOne();
    const r = await edit({ id, mode: 'customScheduled', dueAt: '2026-05-01T09:00:00Z', schedulingType: 'automatic' });
    expect(r.post.dueAt).toBe('2026-05-01T09:00:00.000Z');
    const queued = await edit({ id, mode: 'addToQueue' });
    expect(queued.post.dueAt).toBe('2026-03-02T13:00:00.000Z');
  });

  it('a draft edited with saveToDraft stays a draft and takes the custom time; without it a mode schedules it', async () => {
    const id = await createOne({ saveToDraft: true });
    expect(sb.state().posts[0]).toMatchObject({ status: 'draft', dueAt: '2026-04-01T09:00:00.000Z' });
    const kept = await edit({ id, saveToDraft: true, mode: 'customScheduled', dueAt: '2026-04-02T09:00:00Z' });
    expect(kept.post).toMatchObject({ status: 'draft', dueAt: '2026-04-02T09:00:00.000Z' });
    const scheduled = await edit({ id, saveToDraft: false, mode: 'customScheduled', dueAt: '2026-04-03T09:00:00Z' });
    expect(scheduled.post).toMatchObject({ status: 'scheduled', dueAt: '2026-04-03T09:00:00.000Z' });
  });

  it('a thread edit must keep text equal to the first item; omitted metadata is kept', async () => {
    const twitter = defaultChannelId('twitter');
    const thread = (first: string) => [
      { text: first, assets: [] },
      { text: 'two', assets: [] },
    ];
    const created = await gql(sb.url, CREATE_POST, {
      input: {
        channelId: twitter,
        schedulingType: 'automatic',
        mode: 'addToQueue',
        text: 'one',
        assets: [],
        metadata: { twitter: { thread: thread('one') } },
      },
    });
    const id = created.body.data.createPost.post.id;
    expect((await edit({ id, text: 'one, changed' })).__typename).toBe('InvalidInputError');
    expect((await edit({ id, metadata: { twitter: { thread: thread('one, changed') } } })).__typename).toBe(
      'InvalidInputError',
    );
    expect(
      (await edit({ id, text: 'one, changed', metadata: { twitter: { thread: thread('one, changed') } } })).__typename,
    ).toBe('PostActionSuccess');
    // `metadata: {}` changes nothing: the thread is still there.
    expect((await edit({ id, metadata: {} })).__typename).toBe('PostActionSuccess');
    expect((sb.state().posts[0]!.metadata!.thread as unknown[]).length).toBe(2);
  });

  it('refuses to edit a sent post and reports unknown IDs as NotFoundError', async () => {
    const id = await createOne({ mode: 'shareNow', dueAt: undefined });
    expect((await edit({ id, text: 'too late' })).__typename).toBe('InvalidInputError');
    expect((await edit({ id: 'ffffffffffffffffffffffff', text: 'x' })).__typename).toBe('NotFoundError');
  });
});

describe('deletePost', () => {
  it('deletes once, then answers NOT_FOUND as a GraphQL error at HTTP 200', async () => {
    const id = await createOne();
    const first = await gql(sb.url, DELETE_POST, { input: { id } });
    expect(first.body).toEqual({ data: { deletePost: { __typename: 'DeletePostSuccess', id } } });
    expect(sb.state().posts).toHaveLength(0);
    const second = await gql(sb.url, DELETE_POST, { input: { id } });
    expect(second.status).toBe(200);
    expect(second.body.data).toBeNull();
    expect(second.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(second.body.errors[0].message).toContain(id);
  });
});

describe('createIdea', () => {
  const CREATE_IDEA = `mutation($input: CreateIdeaInput!) { createIdea(input: $input) { __typename ... on Idea { id organizationId createdAt content { title text services } } ... on MutationError { message } } }`;
  it('creates an idea and rejects one with neither title nor text', async () => {
    const org = sb.state().organizations[0]!.id;
    const ok = await gql(sb.url, CREATE_IDEA, {
      input: { organizationId: org, content: { title: 'T', text: 'X', services: ['twitter'] } },
    });
    expect(ok.body.data.createIdea).toMatchObject({
      __typename: 'Idea',
      organizationId: org,
      createdAt: Date.parse(NOW) / 1000,
      content: { title: 'T', text: 'X', services: ['twitter'] },
    });
    const bad = await gql(sb.url, CREATE_IDEA, { input: { organizationId: org, content: {} } });
    expect(bad.body.data.createIdea.__typename).toBe('InvalidInputError');
    expect(sb.state().ideas).toHaveLength(1);
  });
});
