/**
 * plan/compare: the file's input against Buffer's copy of a tracked post,
 * every field (issue 11 cases 3 and 4).
 */
import { describe, expect, it } from 'vitest';
import type { AssetInput, CreatePostInput, Post } from '../../src/buffer/types.js';
import { comparePost, snapshotOfInput, snapshotOfPost } from '../../src/plan/compare.js';

const IMG = (url: string, alt?: string): AssetInput => ({ image: alt ? { url, metadata: { altText: alt } } : { url } });
const thread = (...texts: string[]) => texts.map((text) => ({ text, assets: [] as AssetInput[] }));

function input(over: Partial<CreatePostInput> = {}): CreatePostInput {
  return {
    channelId: 'c',
    schedulingType: 'automatic',
    mode: 'customScheduled',
    dueAt: '2027-02-01T09:00:00.000Z',
    text: 'One',
    assets: [],
    source: 'buffer-gitops',
    ...over,
  };
}

/** Buffer's post as the lookup maps it (metadata already without Buffer's defaults, as post-content reads it). */
function remote(over: Partial<Post> = {}, content: Partial<NonNullable<Post['content']>> = {}): Post {
  return {
    id: 'p1',
    channelId: 'c',
    status: 'scheduled',
    text: 'One',
    dueAt: '2027-02-01T09:00:00.000Z',
    shareMode: 'customScheduled',
    schedulingType: 'automatic',
    ...over,
    content: { assets: [], thread: [], ...content },
  };
}

const compare = (want: CreatePostInput, have: Post, service: Parameters<typeof comparePost>[3] = 'twitter') =>
  comparePost('p1', want, snapshotOfPost(have, service)!, service);

describe('comparePost against Buffer', () => {
  it('a post equal to its file is equal, with Buffer-filled defaults and what Buffer does not echo', () => {
    const want = input({
      assets: [
        { image: { url: 'https://e.com/a.png', thumbnailUrl: 'https://e.com/t.png', metadata: { altText: 'A' } } },
        { link: { url: 'https://e.com' } },
      ],
      metadata: { youtube: { title: 'T', categoryId: '28', privacy: 'public', madeForKids: false } },
    });
    const have = remote(
      {},
      { assets: [IMG('https://e.com/a.png', 'A')], metadata: { youtube: { title: 'T', categoryId: '28' } } },
    );
    expect(compare(want, have, 'youtube')).toEqual({ kind: 'equal' });
    // A link card whose title and description Buffer filled in from the page.
    const card = input({ metadata: { linkedin: { linkAttachment: { url: 'https://e.com' } } } });
    const filled = remote(
      {},
      {
        metadata: { linkedin: { linkAttachment: { url: 'https://e.com', title: 'E', description: 'From the page' } } },
      },
    );
    expect(compare(card, filled, 'linkedin')).toEqual({ kind: 'equal' });
  });

  it('a reworded tweet 2 sends the whole thread with text equal to item 1', () => {
    const want = input({ metadata: { twitter: { thread: thread('One', 'Two, reworded', 'Three') } } });
    const have = remote({}, { thread: thread('One', 'Two', 'Three') });
    const result = compare(want, have);
    expect(result).toEqual({
      kind: 'edit',
      changed: ['thread'],
      input: { id: 'p1', text: 'One', metadata: { twitter: { thread: thread('One', 'Two, reworded', 'Three') } } },
    });
  });

  it('editing tweet 3 when tweet 1 was changed in Buffer’s app sets both back from the file', () => {
    const want = input({ metadata: { twitter: { thread: thread('One', 'Two', 'Three, fixed') } } });
    const have = remote(
      { text: 'One (edited in the app)' },
      { thread: thread('One (edited in the app)', 'Two', 'Three') },
    );
    const result = compare(want, have);
    expect(result.kind).toBe('edit');
    if (result.kind !== 'edit') return;
    expect(result.changed).toEqual(['text', 'thread']);
    expect(result.input.text).toBe('One');
    expect(result.input.metadata?.twitter?.thread).toEqual(thread('One', 'Two', 'Three, fixed'));
  });

  it('a changed image or alt text sends the assets', () => {
    const have = remote({}, { assets: [IMG('https://e.com/a.png', 'A')] });
    expect(compare(input({ assets: [IMG('https://e.com/b.png', 'A')] }), have)).toMatchObject({
      kind: 'edit',
      changed: ['assets'],
      input: { id: 'p1', assets: [IMG('https://e.com/b.png', 'A')] },
    });
    expect(compare(input({ assets: [IMG('https://e.com/a.png', 'B')] }), have)).toMatchObject({
      kind: 'edit',
      changed: ['assets'],
    });
    expect(compare(input({ assets: [] }), have)).toMatchObject({
      kind: 'edit',
      changed: ['assets'],
      input: { assets: [] },
    });
  });

  it('a changed or added metadata field sends the service’s whole entry; a removed one is a replace', () => {
    const have = remote({}, { metadata: { linkedin: { firstComment: 'Old' } } });
    const changed = compare(input({ metadata: { linkedin: { firstComment: 'New' } } }), have, 'linkedin');
    expect(changed).toEqual({
      kind: 'edit',
      changed: ['metadata'],
      input: { id: 'p1', metadata: { linkedin: { firstComment: 'New' } } },
    });
    const removed = compare(input(), have, 'linkedin');
    expect(removed).toMatchObject({ kind: 'replace', changed: ['metadata'] });
    expect(removed.kind === 'replace' && removed.why).toContain('`metadata.linkedin.firstComment` was removed');
    // A field set to Buffer's own default compares as absent: nothing to replace.
    const ai = remote({}, { metadata: {} });
    expect(compare(input({ metadata: { twitter: { isAiGenerated: false } } }), ai)).toEqual({ kind: 'equal' });
  });

  it('a thread of 3 made a single post is a replace; a single post made a thread is an edit', () => {
    const threaded = remote({}, { thread: thread('One', 'Two', 'Three') });
    const single = compare(input(), threaded);
    expect(single).toMatchObject({ kind: 'replace', changed: ['thread'] });
    expect(single.kind === 'replace' && single.why).toContain('thread of 3 became a single post');
    const grown = compare(input({ metadata: { twitter: { thread: thread('One', 'Two') } } }), remote());
    expect(grown).toMatchObject({
      kind: 'edit',
      changed: ['thread'],
      input: { text: 'One', metadata: { twitter: { thread: thread('One', 'Two') } } },
    });
  });

  it('draft true → false schedules the post as the file says', () => {
    const draft = remote({ status: 'draft', dueAt: null, shareMode: 'addToQueue' });
    expect(compare(input(), draft)).toEqual({
      kind: 'edit',
      changed: ['draft'],
      input: { id: 'p1', saveToDraft: false, mode: 'customScheduled', dueAt: '2027-02-01T09:00:00.000Z' },
    });
    expect(compare(input({ mode: 'addToQueue', dueAt: undefined }), draft)).toEqual({
      kind: 'edit',
      changed: ['draft'],
      input: { id: 'p1', saveToDraft: false, mode: 'addToQueue' },
    });
  });

  it('a draft stays a draft when other fields change, its time included', () => {
    const draft = remote({ status: 'draft' });
    expect(compare(input({ saveToDraft: true }), draft)).toEqual({ kind: 'equal' });
    expect(compare(input({ saveToDraft: true, text: 'Two' }), draft)).toEqual({
      kind: 'edit',
      changed: ['text'],
      input: { id: 'p1', text: 'Two', saveToDraft: true },
    });
    expect(compare(input({ saveToDraft: true, dueAt: '2027-02-02T09:00:00.000Z' }), draft)).toEqual({
      kind: 'edit',
      changed: ['schedule'],
      input: { id: 'p1', saveToDraft: true, mode: 'customScheduled', dueAt: '2027-02-02T09:00:00.000Z' },
    });
    // A scheduled post the file now calls a draft is saved as one.
    expect(compare(input({ saveToDraft: true }), remote())).toEqual({
      kind: 'edit',
      changed: ['draft'],
      input: { id: 'p1', saveToDraft: true },
    });
  });

  it('the time: a moved custom time, queue ↔ custom; Buffer’s shareMode among queue modes is not compared', () => {
    expect(compare(input({ dueAt: '2027-02-01T10:00:00+01:00' }), remote())).toEqual({ kind: 'equal' });
    expect(compare(input({ dueAt: '2027-02-03T09:00:00.000Z' }), remote())).toEqual({
      kind: 'edit',
      changed: ['schedule'],
      input: { id: 'p1', mode: 'customScheduled', dueAt: '2027-02-03T09:00:00.000Z' },
    });
    const queued = remote({ shareMode: 'addToQueue', dueAt: '2027-01-05T10:00:00.000Z' });
    expect(compare(input(), queued)).toMatchObject({ kind: 'edit', changed: ['schedule'] });
    expect(compare(input({ mode: 'addToQueue', dueAt: undefined }), remote())).toEqual({
      kind: 'edit',
      changed: ['schedule'],
      input: { id: 'p1', mode: 'addToQueue' },
    });
    expect(compare(input({ mode: 'shareNext', dueAt: undefined }), queued)).toEqual({ kind: 'equal' });
    expect(compare(input({ schedulingType: 'notification' }), remote())).toEqual({
      kind: 'edit',
      changed: ['schedulingType'],
      input: { id: 'p1', schedulingType: 'notification' },
    });
  });

  it('a post read without its content has no snapshot', () => {
    const { content: _content, ...bare } = remote();
    expect(snapshotOfPost(bare, 'twitter')).toBeUndefined();
  });
});

describe('comparePost against the file as it was (Buffer’s copy unknown)', () => {
  const before = (over: Partial<CreatePostInput>) => snapshotOfInput(input(over), 'linkedin');
  it('compares modes exactly and says replace for a removed field', () => {
    expect(
      comparePost(
        'p1',
        input({ mode: 'shareNext', dueAt: undefined }),
        before({ mode: 'addToQueue', dueAt: undefined }),
        'linkedin',
      ),
    ).toEqual({ kind: 'edit', changed: ['schedule'], input: { id: 'p1', mode: 'shareNext' } });
    expect(
      comparePost('p1', input(), before({ metadata: { linkedin: { firstComment: 'x' } } }), 'linkedin'),
    ).toMatchObject({ kind: 'replace' });
    expect(comparePost('p1', input({ text: 'Two' }), before({}), 'linkedin')).toEqual({
      kind: 'edit',
      changed: ['text'],
      input: { id: 'p1', text: 'Two' },
    });
  });
});
