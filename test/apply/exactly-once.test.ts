import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/buffer/types.js';
import { matchExistingPosts, windowSince, type AdoptionRules } from '../../src/apply/exactly-once.js';
import type { CreateItem } from '../../src/plan/types.js';

const create = (channelId: string, text: string, dueAt?: string): CreateItem => ({
  action: 'create',
  file: `posts/${text}.md`,
  line: 2,
  ref: 'twitter',
  channelId,
  service: 'twitter',
  input: {
    channelId,
    schedulingType: 'automatic',
    mode: dueAt ? 'customScheduled' : 'addToQueue',
    text,
    assets: [],
    ...(dueAt ? { dueAt } : {}),
  },
  rendered: { text, assets: [] },
});
const post = (id: string, channelId: string, text: string, createdAt: string, dueAt?: string): Post => ({
  id,
  channelId,
  text,
  status: 'scheduled',
  createdAt,
  dueAt,
});
/** Any post made since 2027 that no file holds. */
const since2027 = (taken: string[] = []): AdoptionRules =>
  windowSince(new Date('2027-01-01T00:00:00Z'), new Set(taken));
const at = (n: number) => `2027-01-01T00:00:0${n}Z`;

describe('exactly-once matching', () => {
  it('adopts the oldest post with the same channel, text and due time', () => {
    const item = create('c1', 'Hello', '2027-02-01T09:00:00.000Z');
    const found = matchExistingPosts(
      [item],
      [
        post('p3', 'c1', 'Hello', '2027-01-01T00:00:03Z', '2027-02-01T09:00:00Z'),
        post('p2', 'c1', 'Hello', '2027-01-01T00:00:02Z', '2027-02-01T09:00:00Z'),
        post('p1', 'c2', 'Hello', '2027-01-01T00:00:01Z', '2027-02-01T09:00:00Z'),
      ],
      since2027(),
    );
    expect(found.get(item)?.id).toBe('p2');
  });

  it('does not adopt a post with other text, another time, or one a file already tracks', () => {
    const item = create('c1', 'Hello', '2027-02-01T09:00:00.000Z');
    expect(
      matchExistingPosts([item], [post('p1', 'c1', 'Hello!', at(1), '2027-02-01T09:00:00Z')], since2027()).size,
    ).toBe(0);
    expect(
      matchExistingPosts([item], [post('p1', 'c1', 'Hello', at(1), '2027-02-01T10:00:00Z')], since2027()).size,
    ).toBe(0);
    expect(
      matchExistingPosts([item], [post('p1', 'c1', 'Hello', at(1), '2027-02-01T09:00:00Z')], since2027(['p1'])).size,
    ).toBe(0);
    // The control: the same post, untracked, is adopted.
    expect(
      matchExistingPosts([item], [post('p1', 'c1', 'Hello', at(1), '2027-02-01T09:00:00Z')], since2027()).size,
    ).toBe(1);
  });

  it('two files with the same text each adopt their own post, never the same one', () => {
    const a = create('c1', 'Same');
    const b = { ...create('c1', 'Same'), file: 'posts/other.md' };
    const found = matchExistingPosts(
      [a, b],
      [post('p1', 'c1', 'Same', at(1)), post('p2', 'c1', 'Same', at(2))],
      since2027(),
    );
    expect([found.get(a)?.id, found.get(b)?.id]).toEqual(['p1', 'p2']);
    const one = matchExistingPosts([a, b], [post('p1', 'c1', 'Same', at(1))], since2027());
    expect(one.size).toBe(1);
  });

  it('adopts only what this repository could have created (issue 11, case 7)', () => {
    const item = create('c1', 'Hello');
    const sent = { ...post('p1', 'c1', 'Hello', at(1)), status: 'sent' as const };
    // A sent post of the same text (its file was deleted long ago) is never adopted without a recorded attempt...
    expect(matchExistingPosts([item], [sent], since2027()).size).toBe(0);
    // ...but this run's own lost answer may have gone out already (shareNow).
    expect(
      matchExistingPosts([item], [sent], {
        taken: new Set(),
        windowFor: () => ({ start: new Date(at(0)), sentAllowed: true }),
      }).size,
    ).toBe(1);
    // No attempt known for the item: nothing is adopted.
    expect(
      matchExistingPosts([item], [post('p2', 'c1', 'Hello', at(2))], { taken: new Set(), windowFor: () => undefined })
        .size,
    ).toBe(0);
    // Outside the attempt's window (another repository's post of the same text, made earlier or later).
    const window = {
      taken: new Set<string>(),
      windowFor: () => ({ start: new Date(at(3)), end: new Date(at(5)), sentAllowed: false }),
    };
    expect(
      matchExistingPosts([item], [post('early', 'c1', 'Hello', at(2)), post('late', 'c1', 'Hello', at(6))], window)
        .size,
    ).toBe(0);
    expect(matchExistingPosts([item], [post('inside', 'c1', 'Hello', at(4))], window).get(item)?.id).toBe('inside');
    // A post with no creation time cannot be placed in any window.
    expect(
      matchExistingPosts([item], [{ ...post('p3', 'c1', 'Hello', at(1)), createdAt: undefined }], since2027()).size,
    ).toBe(0);
  });

  it('a thread is the same post only with the same items', () => {
    const item = create('c1', 'One');
    item.input.metadata = {
      twitter: {
        thread: [
          { text: 'One', assets: [] },
          { text: 'Two (fixed)', assets: [] },
        ],
      },
    };
    const typo = { ...post('p1', 'c1', 'One', at(1)), thread: [{ text: 'One' }, { text: 'Two (typo)' }] };
    const same = { ...post('p2', 'c1', 'One', at(2)), thread: [{ text: 'One' }, { text: 'Two (fixed)' }] };
    expect(matchExistingPosts([item], [typo], since2027()).size).toBe(0);
    expect(matchExistingPosts([item], [typo, same], since2027()).get(item)?.id).toBe('p2');
  });
});
