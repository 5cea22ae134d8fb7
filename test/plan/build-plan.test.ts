/** The plan is pure: the same inputs give the same actions, per file × channel. */
import { describe, expect, it } from 'vitest';
import type { Channel, Post } from '../../src/buffer/types.js';
import { buildPlan, type PostFileChange } from '../../src/plan/build-plan.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import { validatePost } from '../../src/validate/rules.js';
import { setBufferBlock } from '../../src/writeback/buffer-block.js';

const channels: Channel[] = [
  { id: 'c-tw', service: 'twitter', name: 'acme', organizationId: 'o', timezone: 'UTC' },
  {
    id: 'c-ma',
    service: 'mastodon',
    name: 'acme@mastodon.social',
    organizationId: 'o',
    timezone: 'UTC',
    maxCharacters: 500,
  },
];
const NOW = new Date('2027-01-01T00:00:00Z');
const file = (body: string, channelsYaml = '[twitter]', extra = '') =>
  `---\nchannels: ${channelsYaml}\n${extra}---\n${body}\n`;
const parse = (raw: string, path = 'posts/a.md') => parsePostFile(path, raw, {});
const plan = (posts: PostFileChange[], remote?: Map<string, Post | null>, deleteSent = false) =>
  buildPlan({
    basis: 'diff',
    posts,
    channels,
    remote,
    deleteSent,
    now: NOW,
    render: renderPost,
    validate: validatePost,
  });
const tracked = (raw: string, ids: Record<string, string>, status = 'scheduled') =>
  setBufferBlock(raw, Object.fromEntries(Object.entries(ids).map(([ref, id]) => [ref, { id, status }])));

describe('buildPlan', () => {
  it('an added file creates one post per channel, with the wire input', () => {
    const raw = file(
      'Hello *world*',
      '[twitter, mastodon]',
      'mode: customSchedule\ndueAt: 2027-02-01T10:00:00+01:00\n',
    );
    const p = plan([{ path: 'posts/a.md', kind: 'added', current: parse(raw) }]);
    expect(p.items.map((i) => [i.action, i.ref, i.channelId])).toEqual([
      ['create', 'twitter', 'c-tw'],
      ['create', 'mastodon', 'c-ma'],
    ]);
    const first = p.items[0]!;
    expect(first.action === 'create' && first.input).toEqual({
      channelId: 'c-tw',
      schedulingType: 'automatic',
      mode: 'customScheduled',
      text: 'Hello world',
      assets: [],
      source: 'buffer-gitops',
      dueAt: '2027-02-01T09:00:00.000Z',
    });
  });

  it('an edit sends only what changed; a commit that only touches buffer: plans nothing', () => {
    const before = tracked(file('One'), { twitter: 'p1' });
    const after = before.replace('One', 'Two');
    const edit = plan([{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }]);
    expect(edit.items).toHaveLength(1);
    expect(edit.items[0]).toMatchObject({
      action: 'edit',
      postId: 'p1',
      input: { id: 'p1', text: 'Two' },
      changed: ['text'],
    });

    const onlyBlock = tracked(file('One'), { twitter: 'p1' }, 'sent');
    expect(
      plan([
        {
          path: 'posts/a.md',
          kind: 'modified',
          previous: parse(before),
          current: parse(onlyBlock),
          onlyBufferBlockChanged: true,
        },
      ]).items,
    ).toEqual([]);
  });

  it('removing a channel deletes its post; removing the file deletes all; sent posts are kept unless delete-sent', () => {
    const before = tracked(file('One', '[twitter, mastodon]'), { twitter: 'p1', mastodon: 'p2' });
    const after = tracked(file('One', '[mastodon]'), { twitter: 'p1', mastodon: 'p2' });
    const dropped = plan([{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }]);
    expect(dropped.items.map((i) => [i.action, i.ref])).toEqual([['delete', 'twitter']]);

    const removed = plan([{ path: 'posts/a.md', kind: 'deleted', previous: parse(before) }]);
    expect(removed.items.map((i) => [i.action, 'postId' in i ? i.postId : ''])).toEqual([
      ['delete', 'p1'],
      ['delete', 'p2'],
    ]);

    const sent = new Map<string, Post | null>([['p1', { id: 'p1', channelId: 'c-tw', status: 'sent', text: 'One' }]]);
    const kept = plan([{ path: 'posts/a.md', kind: 'deleted', previous: parse(before) }], sent);
    expect(kept.items[0]).toMatchObject({
      action: 'skip',
      postId: 'p1',
      reason: expect.stringContaining('delete-sent'),
    });
    expect(plan([{ path: 'posts/a.md', kind: 'deleted', previous: parse(before) }], sent, true).items[0]).toMatchObject(
      { action: 'delete', postId: 'p1' },
    );
  });

  it('a file with errors is blocked, with findings; the valid file beside it still goes through', () => {
    const bad = parse(file('x'.repeat(300)), 'posts/bad.md');
    const good = parse(file('fine'), 'posts/good.md');
    const p = plan([
      { path: 'posts/bad.md', kind: 'added', current: bad },
      { path: 'posts/good.md', kind: 'added', current: good },
    ]);
    expect(p.items.map((i) => [i.file, i.action])).toEqual([
      ['posts/bad.md', 'skip'],
      ['posts/good.md', 'create'],
    ]);
    expect(p.findings.some((f) => f.file === 'posts/bad.md' && f.severity === 'error' && /280/.test(f.message))).toBe(
      true,
    );
  });

  it('an unknown channel is an error at the reference, listing the candidates', () => {
    const p = plan([{ path: 'posts/a.md', kind: 'added', current: parse(file('Hi', '[twitter, tiktok]')) }]);
    const finding = p.findings.find((f) => f.code === 'unknown-channel')!;
    expect(finding).toMatchObject({ file: 'posts/a.md', line: 2, severity: 'error' });
    expect(finding.message).toMatch(/No tiktok channel.*twitter, mastodon/);
    expect(p.items.every((i) => i.action === 'skip')).toBe(true);
  });

  it('is deterministic', () => {
    const posts: PostFileChange[] = ['b', 'a', 'c'].map((n) => ({
      path: `posts/${n}.md`,
      kind: 'added',
      current: parse(file(n), `posts/${n}.md`),
    }));
    expect(JSON.stringify(plan(posts))).toBe(JSON.stringify(plan([...posts].reverse())));
  });
});

describe('buildPlan compares tracked posts with Buffer’s copy (issue 11)', () => {
  const THREAD = file('One\n\n---\n\nTwo\n\n---\n\nThree', '[twitter]', 'dueAt: 2027-02-01T09:00:00Z\n');
  /** Buffer's copy as the full lookup maps it: equal to `raw` as first created. */
  const held = (texts: string[], over: Partial<Post> = {}): Post => ({
    id: 'p1',
    channelId: 'c-tw',
    channelService: 'twitter',
    status: 'scheduled',
    text: texts[0]!,
    dueAt: '2027-02-01T09:00:00.000Z',
    shareMode: 'customScheduled',
    schedulingType: 'automatic',
    ...over,
    content: { assets: [], thread: texts.length > 1 ? texts.map((text) => ({ text, assets: [] })) : [] },
  });
  const full = (posts: PostFileChange[], remote: Map<string, Post | null>) =>
    buildPlan({
      basis: 'full',
      posts,
      channels,
      remote,
      deleteSent: false,
      now: NOW,
      render: renderPost,
      validate: validatePost,
    });

  it('a full reconcile edits a reworded tweet 2 with the whole thread, and plans nothing when equal', () => {
    const raw = tracked(THREAD, { twitter: 'p1' });
    const change: PostFileChange = { path: 'posts/a.md', kind: 'unchanged', current: parse(raw) };
    expect(full([change], new Map([['p1', held(['One', 'Two', 'Three'])]])).items).toEqual([]);
    const p = full([change], new Map([['p1', held(['One', 'Two (old)', 'Three'])]]));
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({
      action: 'edit',
      postId: 'p1',
      changed: ['thread'],
      input: {
        id: 'p1',
        text: 'One',
        metadata: { twitter: { thread: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }] } },
      },
    });
  });

  it('a push compares with Buffer’s copy, not the previous file: a tweet 1 changed in Buffer’s app is set back when tweet 3 is edited', () => {
    const before = tracked(THREAD, { twitter: 'p1' });
    const after = before.replace('Three', 'Three, fixed');
    const p = plan(
      [{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }],
      new Map([['p1', held(['One (app)', 'Two', 'Three'], { text: 'One (app)' })]]),
    );
    expect(p.items[0]).toMatchObject({ action: 'edit', changed: ['text', 'thread'], input: { text: 'One' } });
  });

  it('a thread made a single post is a replace carrying the create input and why', () => {
    const before = tracked(THREAD, { twitter: 'p1' });
    const after = tracked(file('One', '[twitter]', 'dueAt: 2027-02-01T09:00:00Z\n'), { twitter: 'p1' });
    const p = plan(
      [{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }],
      new Map([['p1', held(['One', 'Two', 'Three'])]]),
    );
    expect(p.items).toHaveLength(1);
    const item = p.items[0]!;
    expect(item).toMatchObject({
      action: 'replace',
      postId: 'p1',
      channelId: 'c-tw',
      changed: ['thread'],
      input: { channelId: 'c-tw', text: 'One', mode: 'customScheduled', dueAt: '2027-02-01T09:00:00.000Z' },
    });
    expect(item.action === 'replace' && item.why).toMatch(/thread of 3 became a single post/);
    // Without Buffer's copy, the previous file says the same.
    expect(
      plan([{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }]).items[0],
    ).toMatchObject({ action: 'replace', postId: 'p1' });
  });

  it('a post deleted in Buffer is created again when its file changed, and left to sync when not', () => {
    const before = tracked(THREAD, { twitter: 'p1' });
    const after = before.replace('Three', 'Three, fixed');
    const gone = new Map<string, Post | null>([['p1', null]]);
    const p = plan([{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }], gone);
    expect(p.items).toEqual([expect.objectContaining({ action: 'create', ref: 'twitter', channelId: 'c-tw' })]);
    expect(p.notes).toContain(
      'posts/a.md (twitter): post p1 is gone from Buffer (deleted there); the changed file creates it again.',
    );
    expect(full([{ path: 'posts/a.md', kind: 'unchanged', current: parse(before) }], gone).items).toEqual([]);
  });

  it('a sent post is neither edited nor replaced', () => {
    const after = tracked(file('One', '[twitter]', 'dueAt: 2027-02-01T09:00:00Z\n'), { twitter: 'p1' });
    const p = full(
      [{ path: 'posts/a.md', kind: 'unchanged', current: parse(after) }],
      new Map([['p1', held(['One', 'Two', 'Three'], { status: 'sent' })]]),
    );
    expect(p.items).toEqual([
      expect.objectContaining({ action: 'skip', postId: 'p1', reason: expect.stringContaining('already sent') }),
    ]);
  });

  it('draft: true → false schedules the post; a draft whose time changes stays a draft', () => {
    const draftFile = tracked(
      file('One', '[twitter]', 'dueAt: 2027-02-01T09:00:00Z\ndraft: true\n'),
      { twitter: 'p1' },
      'draft',
    );
    const scheduled = draftFile.replace('draft: true\n', '');
    const asDraft = held(['One'], { status: 'draft' });
    const p = plan(
      [{ path: 'posts/a.md', kind: 'modified', previous: parse(draftFile), current: parse(scheduled) }],
      new Map([['p1', asDraft]]),
    );
    expect(p.items[0]).toMatchObject({
      action: 'edit',
      changed: ['draft'],
      input: { id: 'p1', saveToDraft: false, mode: 'customScheduled', dueAt: '2027-02-01T09:00:00.000Z' },
      when: '2027-02-01T09:00:00.000Z',
    });
    const moved = draftFile.replace('2027-02-01T09:00:00Z', '2027-02-02T09:00:00Z');
    const q = plan(
      [{ path: 'posts/a.md', kind: 'modified', previous: parse(draftFile), current: parse(moved) }],
      new Map([['p1', asDraft]]),
    );
    expect(q.items[0]).toMatchObject({
      action: 'edit',
      changed: ['schedule'],
      input: { id: 'p1', saveToDraft: true, mode: 'customScheduled', dueAt: '2027-02-02T09:00:00.000Z' },
    });
  });
});
