import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/buffer/types.js';
import { matchExistingPosts } from '../../src/apply/exactly-once.js';
import type { CreateItem } from '../../src/plan/types.js';

const create = (channelId: string, text: string, dueAt?: string): CreateItem => ({
  action: 'create',
  file: `posts/${text}.md`,
  line: 2,
  ref: 'twitter',
  channelId,
  service: 'twitter',
  input: { channelId, schedulingType: 'automatic', mode: dueAt ? 'customScheduled' : 'addToQueue', text, assets: [], ...(dueAt ? { dueAt } : {}) },
  rendered: { text, assets: [] },
});
const post = (id: string, channelId: string, text: string, createdAt: string, dueAt?: string): Post => ({ id, channelId, text, status: 'scheduled', createdAt, dueAt });

describe('exactly-once matching', () => {
  it('adopts the oldest post with the same channel, text and due time', () => {
    const item = create('c1', 'Hello', '2027-02-01T09:00:00.000Z');
    const found = matchExistingPosts([item], [
      post('p3', 'c1', 'Hello', '2027-01-01T00:00:03Z', '2027-02-01T09:00:00Z'),
      post('p2', 'c1', 'Hello', '2027-01-01T00:00:02Z', '2027-02-01T09:00:00Z'),
      post('p1', 'c2', 'Hello', '2027-01-01T00:00:01Z', '2027-02-01T09:00:00Z'),
    ], new Set());
    expect(found.get(item)?.id).toBe('p2');
  });

  it('does not adopt a post with other text, another time, or one a file already tracks', () => {
    const item = create('c1', 'Hello', '2027-02-01T09:00:00.000Z');
    expect(matchExistingPosts([item], [post('p1', 'c1', 'Hello!', 't', '2027-02-01T09:00:00Z')], new Set()).size).toBe(0);
    expect(matchExistingPosts([item], [post('p1', 'c1', 'Hello', 't', '2027-02-01T10:00:00Z')], new Set()).size).toBe(0);
    expect(matchExistingPosts([item], [post('p1', 'c1', 'Hello', 't', '2027-02-01T09:00:00Z')], new Set(['p1'])).size).toBe(0);
  });

  it('two files with the same text each adopt their own post, never the same one', () => {
    const a = create('c1', 'Same');
    const b = { ...create('c1', 'Same'), file: 'posts/other.md' };
    const found = matchExistingPosts([a, b], [post('p1', 'c1', 'Same', '1'), post('p2', 'c1', 'Same', '2')], new Set());
    expect([found.get(a)?.id, found.get(b)?.id]).toEqual(['p1', 'p2']);
    const one = matchExistingPosts([a, b], [post('p1', 'c1', 'Same', '1')], new Set());
    expect(one.size).toBe(1);
  });
});
