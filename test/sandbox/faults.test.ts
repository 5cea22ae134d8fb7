import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultChannelId, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { createBatch, expectDropped, gql, httpRequest } from './http-client.js';

let sb: RunningSandbox;
beforeEach(async () => {
  sb = await startSandbox({ now: '2026-03-02T10:00:00.000Z', rateLimits: false });
});
afterEach(async () => sb.close());

const batchVars = (n: number, tag = 'p') =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `i${i}`,
      { channelId: defaultChannelId('linkedin'), schedulingType: 'automatic', mode: 'addToQueue', text: `${tag}${i}` },
    ]),
  );
const texts = () => sb.state().posts.map((p) => p.text);

describe('faults in a batch of aliased mutations', () => {
  it('drop-before-commit at position 3: 1-2 committed, 3-4 not, no HTTP response', async () => {
    sb.setFaults({ rules: [{ operation: 'createPost', nth: 3, fault: 'drop-before-commit' }] });
    await expectDropped(gql(sb.url, createBatch(4), batchVars(4)));
    expect(texts()).toEqual(['p0', 'p1']);
    // times defaults to 1: a retry goes through.
    const retry = await gql(sb.url, createBatch(2), batchVars(2, 'r'));
    expect(retry.status).toBe(200);
    expect(texts()).toEqual(['p0', 'p1', 'r0', 'r1']);
  });

  it('drop-after-commit at position 2: 1-2 committed, 3 not, no HTTP response', async () => {
    sb.setFaults({ rules: [{ operation: 'createPost', nth: 2, fault: 'drop-after-commit' }] });
    await expectDropped(gql(sb.url, createBatch(3), batchVars(3)));
    expect(texts()).toEqual(['p0', 'p1']);
  });

  it('http-500 at position 1: nothing committed, JSON 500', async () => {
    sb.setFaults({ rules: [{ operation: 'createPost', nth: 1, fault: 'http-500' }] });
    const r = await gql(sb.url, createBatch(2), batchVars(2));
    expect(r.status).toBe(500);
    expect(r.body.errors[0].message).toBeTruthy();
    expect(texts()).toEqual([]);
  });

  it('unexpected: 200 with UNEXPECTED, data nulled, earlier fields committed, later not run', async () => {
    sb.setFaults({ rules: [{ operation: 'createPost', nth: 2, fault: 'unexpected' }] });
    const r = await gql(sb.url, createBatch(3), batchVars(3));
    expect(r.status).toBe(200);
    expect(r.body.data).toBeNull();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0].extensions.code).toBe('UNEXPECTED');
    expect(r.body.errors[0].path).toEqual(['p1']);
    expect(texts()).toEqual(['p0']);
  });

  it('limit-reached: that field returns LimitReachedError, the others run', async () => {
    sb.setFaults({ rules: [{ operation: 'createPost', nth: 2, times: 2, fault: 'limit-reached' }] });
    const r = await gql(sb.url, createBatch(4), batchVars(4));
    expect(Object.values(r.body.data).map((v: any) => v.__typename)).toEqual([
      'PostActionSuccess',
      'LimitReachedError',
      'LimitReachedError',
      'PostActionSuccess',
    ]);
    expect(texts()).toEqual(['p0', 'p3']);
  });

  it('rate-limit: a document reaching the nth invocation gets 429 and nothing runs; the retry passes', async () => {
    sb.setFaults({ rules: [{ operation: 'createPost', nth: 3, fault: 'rate-limit' }] });
    expect((await gql(sb.url, createBatch(2), batchVars(2))).status).toBe(200);
    const r = await gql(sb.url, createBatch(2), batchVars(2, 'x'));
    expect(r.status).toBe(429);
    expect(r.headers['retry-after']).toBe('1');
    expect(r.body.errors[0].extensions).toEqual({ code: 'RATE_LIMIT_EXCEEDED', window: '15m' });
    expect(texts()).toEqual(['p0', 'p1']);
    expect((await gql(sb.url, createBatch(2), batchVars(2, 'y'))).status).toBe(200);
    expect(texts()).toEqual(['p0', 'p1', 'y0', 'y1']);
  });

  it('"*" matches any root field, counted across requests; the control endpoint takes the same config', async () => {
    const set = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', {
      rules: [{ operation: '*', nth: 2, fault: 'http-500' }],
    });
    expect(set.status).toBe(200);
    expect((await gql(sb.url, '{ account { id } }')).status).toBe(200);
    expect((await gql(sb.url, '{ account { id } }')).status).toBe(500);
    expect((await gql(sb.url, '{ account { id } }')).status).toBe(200);
    const bad = await httpRequest(`${sb.url}/__sandbox/faults`, 'POST', {
      rules: [{ operation: 'createPost', fault: 'explode' }],
    });
    expect(bad.status).toBe(400);
  });

  it('faults on queries: drop-before-commit on posts drops the connection', async () => {
    sb.setFaults({ rules: [{ operation: 'posts', fault: 'drop-before-commit' }] });
    await expectDropped(
      gql(sb.url, `query($i: PostsInput!) { posts(input: $i) { edges { node { id } } } }`, {
        i: { organizationId: sb.state().organizations[0]!.id },
      }),
    );
  });
});
