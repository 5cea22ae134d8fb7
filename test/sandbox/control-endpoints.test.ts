import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultChannelId, defaultSeed, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { CREATE_POST, gql, httpRequest } from './http-client.js';

let sb: RunningSandbox;
afterEach(async () => sb?.close());

const NOW = '2026-03-02T10:00:00.000Z';
const createQueued = (url: string, text: string) =>
  gql(url, CREATE_POST, {
    input: { channelId: defaultChannelId('twitter'), schedulingType: 'automatic', mode: 'addToQueue', text },
  });

describe('clock control', () => {
  it('publishes due posts with sentAt = dueAt and an externalLink when the clock moves', async () => {
    sb = await startSandbox({ now: NOW });
    const post = (await createQueued(sb.url, 'due at 13:00')).body.data.createPost.post;
    expect(post.dueAt).toBe('2026-03-02T13:00:00.000Z');
    const moved = await httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { advanceSeconds: 3 * 3600 });
    expect(moved.body).toEqual({ now: '2026-03-02T13:00:00.000Z', published: 1 });
    const stored = sb.state().posts[0]!;
    expect(stored).toMatchObject({ status: 'sent', sentAt: '2026-03-02T13:00:00.000Z' });
    expect(stored.externalLink).toMatch(/^https:\/\/x\.com\/acme\/status\/\d+$/);
    const set = await httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { now: '2027-01-01T00:00:00Z' });
    expect(set.body.now).toBe('2027-01-01T00:00:00.000Z');
    expect((await httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { bogus: 1 })).status).toBe(400);
  });

  it('keeps a frozen clock still between requests', async () => {
    sb = await startSandbox({ now: NOW });
    expect(sb.state().now).toBe(NOW);
    await gql(sb.url, '{ account { id } }');
    expect(sb.state().now).toBe(NOW);
  });

  it("answers with its own clock in the Date header, as Buffer's answers carry Buffer's time", async () => {
    sb = await startSandbox({ now: NOW });
    const before = await gql(sb.url, '{ account { id } }');
    expect(before.headers.date).toBe(new Date(NOW).toUTCString());
    await httpRequest(`${sb.url}/__sandbox/clock`, 'POST', { now: '2099-05-01T12:00:00Z' });
    const after = await gql(sb.url, '{ account { id } }');
    expect(after.headers.date).toBe('Fri, 01 May 2099 12:00:00 GMT');
  });
});

describe('state, stats and reset', () => {
  it('reports requests by key, root field (aliases individually) and operation, and reset clears them', async () => {
    sb = await startSandbox({ now: NOW });
    await gql(sb.url, 'query Two { a: account { id } b: account { id } }');
    await gql(sb.url, '{ account { id } }', {}, null);
    await createQueued(sb.url, 'x');
    const state = (await httpRequest(`${sb.url}/__sandbox/state`, 'GET')).body;
    expect(state.now).toBe(NOW);
    expect(state.channels).toHaveLength(12);
    expect(state.organizations[0].name).toBe('Acme Inc');
    expect(state.posts).toHaveLength(1);
    expect(state.stats).toEqual({
      requests: 3,
      byApiKey: { sandbox: 2 },
      byRootField: { account: 2, createPost: 1 },
      byOperation: { Two: 1, CreatePost: 1 },
      rateLimited: 0,
      unauthenticated: 1,
    });
    const reset = await httpRequest(`${sb.url}/__sandbox/reset`, 'POST');
    expect(reset.status).toBe(200);
    const after = sb.state();
    expect(after.posts).toEqual([]);
    expect(after.stats.requests).toBe(0);
  });

  it('resets to a seed given in the body, and rejects a malformed one', async () => {
    sb = await startSandbox({ now: NOW });
    const seed = defaultSeed();
    seed.organizations[0]!.name = 'Other Co';
    seed.accounts[0]!.apiKeys = ['k2'];
    expect((await httpRequest(`${sb.url}/__sandbox/reset`, 'POST', seed)).status).toBe(200);
    expect((await gql(sb.url, '{ account { id } }')).status).toBe(401);
    expect(
      (await gql(sb.url, '{ account { organizations { name } } }', {}, 'k2')).body.data.account.organizations[0].name,
    ).toBe('Other Co');
    expect((await httpRequest(`${sb.url}/__sandbox/reset`, 'POST', { accounts: 1 })).status).toBe(400);
  });

  it('lets tests edit and delete posts as someone in Buffer web app would', async () => {
    sb = await startSandbox({ now: NOW });
    const id = (await createQueued(sb.url, 'mine')).body.data.createPost.post.id;
    const patched = await httpRequest(`${sb.url}/__sandbox/posts/${id}`, 'PATCH', {
      text: 'edited in Buffer',
      error: 'Token expired',
    });
    expect(patched.body).toMatchObject({
      id,
      text: 'edited in Buffer',
      status: 'error',
      error: { message: 'Token expired' },
    });
    const read = await gql(sb.url, `query($i: PostInput!) { post(input: $i) { text status error { message } } }`, {
      i: { id },
    });
    expect(read.body.data.post).toEqual({
      text: 'edited in Buffer',
      status: 'error',
      error: { message: 'Token expired' },
    });
    expect((await httpRequest(`${sb.url}/__sandbox/posts/${id}`, 'DELETE')).status).toBe(204);
    // The app edits a thread's first item and the post's text together.
    const threaded = await gql(sb.url, CREATE_POST, {
      input: {
        channelId: defaultChannelId('twitter'),
        schedulingType: 'automatic',
        mode: 'addToQueue',
        text: 'one',
        assets: [],
        metadata: {
          twitter: {
            thread: [
              { text: 'one', assets: [] },
              { text: 'two', assets: [] },
            ],
          },
        },
      },
    });
    const threadId = threaded.body.data.createPost.post.id;
    const app = await httpRequest(`${sb.url}/__sandbox/posts/${threadId}`, 'PATCH', { text: 'one, in the app' });
    expect(app.body).toMatchObject({
      text: 'one, in the app',
      metadata: { thread: [{ text: 'one, in the app' }, { text: 'two' }] },
    });
    expect((await httpRequest(`${sb.url}/__sandbox/posts/${id}`, 'DELETE')).status).toBe(404);
  });
});

describe('--state FILE persistence', () => {
  it('saves after every change and resumes from the file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sandbox-state-')), 'state.json');
    sb = await startSandbox({ now: NOW, statePath: path });
    const id = (await createQueued(sb.url, 'persist me')).body.data.createPost.post.id;
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('persist me');
    await sb.close();
    sb = await startSandbox({ statePath: path });
    expect(sb.state().now).toBe(NOW);
    expect(sb.state().posts.map((p) => p.id)).toEqual([id]);
    const next = (await createQueued(sb.url, 'second')).body.data.createPost.post.id;
    expect(next).not.toBe(id);
  });
});
