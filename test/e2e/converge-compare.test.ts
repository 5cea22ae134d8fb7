/**
 * Issue 11 cases 3 and 4 through the bundled action: a tracked post is
 * compared with Buffer's copy field by field (text, every thread item with
 * its assets, assets, metadata, draft, time), edited where `editPost` can
 * express the change, replaced where it cannot, and every step ends with
 * Buffer's stored post equal to the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPost } from '../../src/sandbox/index.js';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';

const THREAD = 'posts/thread.md';
const JOBS = 'posts/jobs.md';
const DRAFT = 'posts/draft.md';

const thread = (items: string[]) => `---
channel: twitter
dueAt: 2027-03-02T09:00:00+01:00
---
${items.join('\n\n---\n\n')}
`;
const jobs = (image: string, firstComment?: string) => `---
channel: linkedin
dueAt: 2027-03-03T09:00:00+01:00
assets:
  - image: {url: "${image}", metadata: {altText: The team}}
${firstComment ? `metadata:\n  linkedin: {firstComment: ${firstComment}}\n` : ''}---
We are hiring.
`;
const draft = (due: string, isDraft: boolean) => `---
channel: mastodon
dueAt: ${due}
draft: ${isDraft}
---
A post that starts as a draft.
`;

/** What Buffer must hold for a file: the fields compared after every step. */
interface Expected {
  text: string;
  thread?: { text: string; images?: string[] }[];
  images?: string[];
  metadata?: Record<string, unknown>;
  status: StoredPost['status'];
  dueAt: string;
}

describe('compare everything: edits and replaces make Buffer equal the file (issue 11 cases 3, 4)', () => {
  let h: Harness;

  /** The `buffer:` ID the file records for its one channel. */
  async function idIn(file: string): Promise<string> {
    const text = await h.read(file);
    const match = /\bid: "?([0-9a-f]{24})"?/.exec(text);
    if (!match) throw new Error(`no Buffer ID in ${file}:\n${text}`);
    return match[1]!;
  }

  /** Buffer's stored post with the ID the file records, checked field by field. */
  async function expectBuffer(file: string, want: Expected): Promise<StoredPost> {
    const id = await idIn(file);
    const post = postsOf(h.sandbox).find((p) => p.id === id);
    expect(post, `${file}: post ${id} in Buffer`).toBeDefined();
    const imagesOf = (assets: unknown[] | undefined) =>
      (assets ?? []).map((a) => (a as { image?: { url: string } }).image?.url);
    expect(post!.text).toBe(want.text);
    expect(imagesOf(post!.assets)).toEqual(want.images ?? []);
    const storedThread = (post!.metadata?.thread as { text: string; assets?: unknown[] }[] | undefined) ?? [];
    expect(storedThread.map((t) => ({ text: t.text, images: imagesOf(t.assets) }))).toEqual(
      (want.thread ?? []).map((t) => ({ text: t.text, images: t.images ?? [] })),
    );
    const { thread: _thread, ...options } = post!.metadata ?? {};
    expect(options).toEqual(want.metadata ?? {});
    expect(post!.status).toBe(want.status);
    expect(post!.dueAt).toBe(want.dueAt);
    return post!;
  }

  /** Commits the files, runs the action for the push, pulls the write-back; `full`: without the applied state, as a full reconcile. */
  async function push(files: Record<string, string>, message: string, opts: { full?: boolean } = {}) {
    const range = await h.pushFiles(files, message);
    if (opts.full)
      await h.fx.git(['update-ref', '-d', 'refs/notes/buffer-gitops/main'], h.fx.bare).catch(() => undefined);
    const run = await h.runPush(
      opts.full ? { before: '0000000000000000000000000000000000000000', after: range.after } : range,
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    await h.pull();
    return run;
  }

  /** The file in the work clone (with the IDs the action wrote), transformed. */
  async function edited(file: string, transform: (text: string) => string): Promise<string> {
    const text = await h.read(file);
    const next = transform(text);
    expect(next, `the edit of ${file} changed nothing`).not.toBe(text);
    return next;
  }

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    await push(
      {
        [THREAD]: thread(['Tweet one.', 'Tweet two.\n\n![A chart](https://example.com/chart.png)', 'Tweet three.']),
        [JOBS]: jobs('https://example.com/team.png', 'Apply by Friday'),
        [DRAFT]: draft('2027-03-04T09:00:00+01:00', true),
      },
      'three posts',
    );
    expect(postsOf(h.sandbox)).toHaveLength(3);
  });
  afterAll(async () => h?.close());

  it('a reworded tweet 2 on a full reconcile sends the whole thread, text equal to item 1', async () => {
    const id = await idIn(THREAD);
    await push(
      { [THREAD]: await edited(THREAD, (t) => t.replace('Tweet two.', 'Tweet two, reworded.')) },
      'reword tweet 2',
      { full: true },
    );
    expect(mutationInputs(h.requests, 'editPost').at(-1)).toEqual({
      id,
      text: 'Tweet one.',
      metadata: {
        twitter: {
          thread: [
            { text: 'Tweet one.', assets: [] },
            {
              text: 'Tweet two, reworded.',
              assets: [{ image: { url: 'https://example.com/chart.png', metadata: { altText: 'A chart' } } }],
            },
            { text: 'Tweet three.', assets: [] },
          ],
        },
      },
    });
    await expectBuffer(THREAD, {
      text: 'Tweet one.',
      thread: [
        { text: 'Tweet one.' },
        { text: 'Tweet two, reworded.', images: ['https://example.com/chart.png'] },
        { text: 'Tweet three.' },
      ],
      status: 'scheduled',
      dueAt: '2027-03-02T08:00:00.000Z',
    });
    expect(await idIn(THREAD)).toBe(id);
  });

  it('editing tweet 3 when tweet 1 was changed in Buffer’s app sets tweet 1 back from the file', async () => {
    const id = await idIn(THREAD);
    const response = await fetch(`${h.sandbox.url}/__sandbox/posts/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Tweet one, edited in the app.' }),
    });
    expect(response.status).toBe(200);
    await push(
      { [THREAD]: await edited(THREAD, (t) => t.replace('Tweet three.', 'Tweet three, fixed.')) },
      'fix tweet 3',
    );
    await expectBuffer(THREAD, {
      text: 'Tweet one.',
      thread: [
        { text: 'Tweet one.' },
        { text: 'Tweet two, reworded.', images: ['https://example.com/chart.png'] },
        { text: 'Tweet three, fixed.' },
      ],
      status: 'scheduled',
      dueAt: '2027-03-02T08:00:00.000Z',
    });
  });

  it('a changed image and a changed first comment are edits', async () => {
    const id = await idIn(JOBS);
    await push(
      {
        [JOBS]: await edited(JOBS, (t) =>
          t.replace('team.png', 'office.png').replace('Apply by Friday', 'Apply by Monday'),
        ),
      },
      'new picture, new comment',
    );
    expect(mutationInputs(h.requests, 'editPost').at(-1)).toEqual({
      id,
      assets: [{ image: { url: 'https://example.com/office.png', metadata: { altText: 'The team' } } }],
      metadata: { linkedin: { firstComment: 'Apply by Monday' } },
    });
    await expectBuffer(JOBS, {
      text: 'We are hiring.',
      images: ['https://example.com/office.png'],
      metadata: { firstComment: 'Apply by Monday' },
      status: 'scheduled',
      dueAt: '2027-03-03T08:00:00.000Z',
    });
    expect(await idIn(JOBS)).toBe(id);
  });

  it('a removed first comment is a replace: the old post goes, a new one at the same time, its ID in the file', async () => {
    const old = await idIn(JOBS);
    const run = await push(
      {
        [JOBS]: await edited(JOBS, (t) =>
          t.replace(/metadata:\n {2}linkedin: \{firstComment: Apply by Monday\}\n/, ''),
        ),
      },
      'no comment',
    );
    expect(run.stdout).toMatch(/replaced +replace +posts\/jobs\.md → linkedin/);
    // One request: at a custom time the new post is created before the old one is deleted.
    const request = h.requests.filter((r) => /^\s*mutation\b/.test(r.query)).at(-1)!;
    expect(request.query.indexOf('createPost(')).toBeGreaterThan(-1);
    expect(request.query.indexOf('createPost(')).toBeLessThan(request.query.indexOf('deletePost('));
    expect(mutationInputs([request], 'deletePost')).toEqual([{ id: old }]);
    const post = await expectBuffer(JOBS, {
      text: 'We are hiring.',
      images: ['https://example.com/office.png'],
      status: 'scheduled',
      dueAt: '2027-03-03T08:00:00.000Z',
    });
    expect(post.id).not.toBe(old);
    expect(postsOf(h.sandbox).some((p) => p.id === old)).toBe(false);
    expect(await h.read(JOBS)).not.toContain(old);
  });

  it('a thread of 3 made a single post is a replace', async () => {
    const old = await idIn(THREAD);
    await push(
      {
        [THREAD]: await edited(THREAD, (t) =>
          t.replace(/Tweet one\.[\s\S]*Tweet three, fixed\./, 'Just one tweet now.'),
        ),
      },
      'no more thread',
    );
    const post = await expectBuffer(THREAD, {
      text: 'Just one tweet now.',
      status: 'scheduled',
      dueAt: '2027-03-02T08:00:00.000Z',
    });
    expect(post.id).not.toBe(old);
    expect(postsOf(h.sandbox)).toHaveLength(3);
  });

  it('a draft whose time changes stays a draft, at the new time', async () => {
    const id = await idIn(DRAFT);
    await expectBuffer(DRAFT, {
      text: 'A post that starts as a draft.',
      status: 'draft',
      dueAt: '2027-03-04T08:00:00.000Z',
    });
    await push(
      { [DRAFT]: await edited(DRAFT, (t) => t.replace('2027-03-04T09:00:00+01:00', '2027-03-06T09:00:00+01:00')) },
      'later draft',
    );
    expect(mutationInputs(h.requests, 'editPost').at(-1)).toEqual({
      id,
      saveToDraft: true,
      mode: 'customScheduled',
      dueAt: '2027-03-06T08:00:00.000Z',
    });
    await expectBuffer(DRAFT, {
      text: 'A post that starts as a draft.',
      status: 'draft',
      dueAt: '2027-03-06T08:00:00.000Z',
    });
  });

  it('draft: true → false schedules the post as the file says', async () => {
    const id = await idIn(DRAFT);
    await push({ [DRAFT]: await edited(DRAFT, (t) => t.replace('draft: true', 'draft: false')) }, 'publish the draft');
    expect(mutationInputs(h.requests, 'editPost').at(-1)).toEqual({
      id,
      saveToDraft: false,
      mode: 'customScheduled',
      dueAt: '2027-03-06T08:00:00.000Z',
    });
    await expectBuffer(DRAFT, {
      text: 'A post that starts as a draft.',
      status: 'scheduled',
      dueAt: '2027-03-06T08:00:00.000Z',
    });
    expect(await idIn(DRAFT)).toBe(id);
  });
});
