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
  { id: 'c-ma', service: 'mastodon', name: 'acme@mastodon.social', organizationId: 'o', timezone: 'UTC', maxCharacters: 500 },
];
const NOW = new Date('2027-01-01T00:00:00Z');
const file = (body: string, channelsYaml = '[twitter]', extra = '') => `---\nchannels: ${channelsYaml}\n${extra}---\n${body}\n`;
const parse = (raw: string, path = 'posts/a.md') => parsePostFile(path, raw, {});
const plan = (posts: PostFileChange[], remote?: Map<string, Post | null>, deleteSent = false) =>
  buildPlan({ basis: 'diff', posts, channels, remote, deleteSent, now: NOW, render: renderPost, validate: validatePost });
const tracked = (raw: string, ids: Record<string, string>, status = 'scheduled') =>
  setBufferBlock(raw, Object.fromEntries(Object.entries(ids).map(([ref, id]) => [ref, { id, status }])));

describe('buildPlan', () => {
  it('an added file creates one post per channel, with the wire input', () => {
    const raw = file('Hello *world*', '[twitter, mastodon]', 'mode: customSchedule\ndueAt: 2027-02-01T10:00:00+01:00\n');
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
    expect(edit.items[0]).toMatchObject({ action: 'edit', postId: 'p1', input: { id: 'p1', text: 'Two' }, changed: ['text'] });

    const onlyBlock = tracked(file('One'), { twitter: 'p1' }, 'sent');
    expect(plan([{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(onlyBlock), onlyBufferBlockChanged: true }]).items).toEqual([]);
  });

  it('removing a channel deletes its post; removing the file deletes all; sent posts are kept unless delete-sent', () => {
    const before = tracked(file('One', '[twitter, mastodon]'), { twitter: 'p1', mastodon: 'p2' });
    const after = tracked(file('One', '[mastodon]'), { twitter: 'p1', mastodon: 'p2' });
    const dropped = plan([{ path: 'posts/a.md', kind: 'modified', previous: parse(before), current: parse(after) }]);
    expect(dropped.items.map((i) => [i.action, i.ref])).toEqual([['delete', 'twitter']]);

    const removed = plan([{ path: 'posts/a.md', kind: 'deleted', previous: parse(before) }]);
    expect(removed.items.map((i) => [i.action, 'postId' in i ? i.postId : ''])).toEqual([['delete', 'p1'], ['delete', 'p2']]);

    const sent = new Map<string, Post | null>([['p1', { id: 'p1', channelId: 'c-tw', status: 'sent', text: 'One' }]]);
    const kept = plan([{ path: 'posts/a.md', kind: 'deleted', previous: parse(before) }], sent);
    expect(kept.items[0]).toMatchObject({ action: 'skip', postId: 'p1', reason: expect.stringContaining('delete-sent') });
    expect(plan([{ path: 'posts/a.md', kind: 'deleted', previous: parse(before) }], sent, true).items[0]).toMatchObject({ action: 'delete', postId: 'p1' });
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
    expect(p.findings.some((f) => f.file === 'posts/bad.md' && f.severity === 'error' && /280/.test(f.message))).toBe(true);
  });

  it('an unknown channel is an error at the reference, listing the candidates', () => {
    const p = plan([{ path: 'posts/a.md', kind: 'added', current: parse(file('Hi', '[twitter, tiktok]')) }]);
    const finding = p.findings.find((f) => f.code === 'unknown-channel')!;
    expect(finding).toMatchObject({ file: 'posts/a.md', line: 2, severity: 'error' });
    expect(finding.message).toMatch(/No tiktok channel.*twitter, mastodon/);
    expect(p.items.every((i) => i.action === 'skip')).toBe(true);
  });

  it('is deterministic', () => {
    const posts: PostFileChange[] = ['b', 'a', 'c'].map((n) => ({ path: `posts/${n}.md`, kind: 'added', current: parse(file(n), `posts/${n}.md`) }));
    expect(JSON.stringify(plan(posts))).toBe(JSON.stringify(plan([...posts].reverse())));
  });
});
