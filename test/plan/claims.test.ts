/**
 * One file, one claim (src/plan/claims.ts): a Buffer post ID in two files'
 * `buffer:` blocks is acted on for one of them only; history (the applied
 * state, else the range's added files) decides which, and nothing decides
 * means neither file changes Buffer. The same pass recovers IDs a force push
 * dropped and turns what no file holds any more into removals.
 */
import { describe, expect, it } from 'vitest';
import { applyClaimDecisions, resolveClaims, settleClaims, tipFileOf, type TipFile } from '../../src/plan/claims.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { appliedState } from '../helpers/applied-state.js';

const X = '6750c3e1a2b3c4d5e6f70801';
const Y = '6750c3e1a2b3c4d5e6f70802';
const Z = '6750c3e1a2b3c4d5e6f70803';
const O = '6750c3e1a2b3c4d5e6f70804';

const tip = (
  path: string,
  claims: Record<string, string> | undefined,
  channels: string[] = Object.keys(claims ?? {}),
): TipFile => ({ path, claims, channels });

/** A post file on twitter whose `buffer:` block (line 3) holds `id`, or no block. */
const twitterPost = (path: string, id?: string) =>
  parsePostFile(
    path,
    `---\nchannel: twitter\n${id ? `buffer:\n  twitter: {id: ${id}, status: scheduled}\n` : ''}---\nHello from ${path}\n`,
  );

describe('resolveClaims: shared IDs', () => {
  it('a copy with a state: the state path owns the post; the copy gets `copied`, a warning at its `buffer:` line, and loses the entry', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', { twitter: X }), tip('posts/b.md', { twitter: X })],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.copied.get('posts/b.md')).toEqual([{ ref: 'twitter', id: X, owner: 'posts/a.md' }]);
    expect(decisions.copied.has('posts/a.md')).toBe(false);
    expect(decisions.contested.size).toBe(0);
    expect(decisions.removals).toEqual([]);

    const copy = twitterPost('posts/b.md', X);
    expect(copy.tracked.twitter?.id).toBe(X);
    applyClaimDecisions(copy, decisions);
    expect(copy.tracked.twitter).toBeUndefined();
    expect(copy.findings).toEqual([
      expect.objectContaining({
        file: 'posts/b.md',
        line: 3,
        column: 1,
        severity: 'warning',
        code: 'copied-buffer-entry',
      }),
    ]);
    expect(copy.findings[0]!.message).toContain(`(post ${X}) belongs to posts/a.md`);

    // The owner is left as it is.
    const owner = twitterPost('posts/a.md', X);
    applyClaimDecisions(owner, decisions);
    expect(owner.tracked.twitter?.id).toBe(X);
    expect(owner.findings).toEqual([]);
  });

  it('a copy without a state, in a range: the file the range added is the copy', () => {
    const files = [tip('posts/a.md', { twitter: X }), tip('posts/b.md', { twitter: X })];
    const decisions = resolveClaims({ files, added: new Set(['posts/b.md']) });
    expect(decisions.copied.get('posts/b.md')).toEqual([{ ref: 'twitter', id: X, owner: 'posts/a.md' }]);
    expect([...decisions.copied.keys()]).toEqual(['posts/b.md']);
    expect(decisions.contested.size).toBe(0);
    // Both added: history does not say.
    const both = resolveClaims({ files, added: new Set(['posts/a.md', 'posts/b.md']) });
    expect(both.copied.size).toBe(0);
    expect(both.contested.size).toBe(2);
  });

  it('contested (no state, no history): an error on each claimant naming the others', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', { twitter: X }), tip('posts/b.md', { twitter: X }), tip('posts/c.md', { twitter: X })],
    });
    expect(decisions.copied.size).toBe(0);
    expect(decisions.contested.get('posts/a.md')).toEqual([
      { ref: 'twitter', id: X, others: ['posts/b.md', 'posts/c.md'] },
    ]);
    expect(decisions.contested.get('posts/b.md')).toEqual([
      { ref: 'twitter', id: X, others: ['posts/a.md', 'posts/c.md'] },
    ]);
    expect(decisions.contested.get('posts/c.md')).toEqual([
      { ref: 'twitter', id: X, others: ['posts/a.md', 'posts/b.md'] },
    ]);

    const b = twitterPost('posts/b.md', X);
    applyClaimDecisions(b, decisions);
    expect(b.findings).toHaveLength(1);
    expect(b.findings[0]).toMatchObject({
      file: 'posts/b.md',
      line: 3,
      severity: 'error',
      code: 'shared-buffer-entry',
    });
    expect(b.findings[0]!.message).toContain(
      `Post ${X} (twitter) is also in the \`buffer:\` block of posts/a.md, posts/c.md`,
    );
  });

  it('a state whose path is not among the claimants does not decide: contested', () => {
    const decisions = resolveClaims({
      files: [tip('posts/b.md', { twitter: X }), tip('posts/c.md', { twitter: X })],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.copied.size).toBe(0);
    expect([...decisions.contested.keys()].sort()).toEqual(['posts/b.md', 'posts/c.md']);
    expect(decisions.removals).toEqual([]);
  });
});

describe('resolveClaims: history of one file', () => {
  it('rename-and-replace: the renamed file keeps the post; the new file at the old path recovers nothing', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a-old.md', { twitter: X }), tip('posts/a.md', {}, ['twitter'])],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.copied.size).toBe(0);
    expect(decisions.contested.size).toBe(0);
    expect(decisions.recovered.has('posts/a.md')).toBe(false);
    expect(decisions.removals).toEqual([]);
  });

  it('move-and-rewrite: the single claimant keeps the post and nothing is removed', () => {
    const decisions = resolveClaims({
      files: [tip('posts/b.md', { twitter: X })],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.copied.size).toBe(0);
    expect(decisions.contested.size).toBe(0);
    expect(decisions.recovered.size).toBe(0);
    expect(decisions.removals).toEqual([]);
  });

  it("recovery after a dropped write-back: a listed channel without an ID gets the state's ID back", () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', {}, ['twitter'])],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.recovered.get('posts/a.md')).toEqual({ twitter: X });
    expect(decisions.removals).toEqual([]);

    const post = twitterPost('posts/a.md');
    expect(post.tracked).toEqual({});
    applyClaimDecisions(post, decisions);
    expect(post.tracked).toEqual({ twitter: { id: X } });
    expect(post.findings).toEqual([]);
  });

  it('no recovery for a channel the file no longer lists (that is a removal)', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', {}, ['linkedin'])],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.recovered.size).toBe(0);
    expect(decisions.removals).toEqual([{ file: 'posts/a.md', ref: 'twitter', id: X, reason: 'channel-removed' }]);
  });

  it('an unreadable file keeps its state claims: no removal, even of its orphans', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', undefined, [])],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X, linkedin: Y } } }, [
        { id: O, file: 'posts/a.md', ref: 'twitter' },
      ]),
    });
    expect(decisions.removals).toEqual([]);
    expect(decisions.recovered.size).toBe(0);
    expect([...decisions.taken].sort()).toEqual([X, Y, O].sort());
  });

  it('an unreadable holder in the tree: every readable claimant of its post is a copy', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', undefined, []), tip('posts/b.md', { twitter: X }), tip('posts/c.md', { twitter: X })],
      state: appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } }),
    });
    expect(decisions.copied.get('posts/b.md')).toEqual([{ ref: 'twitter', id: X, owner: 'posts/a.md' }]);
    expect(decisions.copied.get('posts/c.md')).toEqual([{ ref: 'twitter', id: X, owner: 'posts/a.md' }]);
    expect(decisions.contested.size).toBe(0);
  });
});

describe('resolveClaims: removals and taken', () => {
  it('file removed vs channel removed, sorted by file and ref; orphans no file holds become removals', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', { twitter: X }, ['twitter'])],
      state: appliedState(
        {
          'posts/a.md': { complete: true, posts: { twitter: X, linkedin: Y } },
          'posts/b.md': { complete: true, posts: { twitter: Z } },
        },
        [{ id: O, file: 'posts/a.md', ref: 'mastodon' }],
      ),
    });
    expect(decisions.removals).toEqual([
      { file: 'posts/a.md', ref: 'linkedin', id: Y, reason: 'channel-removed' },
      { file: 'posts/a.md', ref: 'mastodon', id: O, reason: 'channel-removed' },
      { file: 'posts/b.md', ref: 'twitter', id: Z, reason: 'file-removed' },
    ]);
  });

  it('an orphan of a removed file is a file-removed removal; an orphan a file claims again is not removed', () => {
    const decisions = resolveClaims({
      files: [tip('posts/c.md', { twitter: Y })],
      state: appliedState({}, [
        { id: O, file: 'posts/gone.md', ref: 'twitter' },
        { id: Y, file: 'posts/c.md', ref: 'twitter' },
      ]),
    });
    expect(decisions.removals).toEqual([{ file: 'posts/gone.md', ref: 'twitter', id: O, reason: 'file-removed' }]);
  });

  it('taken holds every ID of the state (posts and orphans) and of the files at the tip', () => {
    const decisions = resolveClaims({
      files: [tip('posts/a.md', { twitter: X }), tip('posts/new.md', { linkedin: Z })],
      state: appliedState({ 'posts/gone.md': { complete: true, posts: { twitter: Y } } }, [
        { id: O, file: 'posts/a.md', ref: 'twitter' },
      ]),
    });
    expect([...decisions.taken].sort()).toEqual([X, Y, Z, O].sort());
    expect(resolveClaims({ files: [tip('posts/a.md', { twitter: X })] }).taken).toEqual(new Set([X]));
  });
});

describe('tipFileOf', () => {
  it('a readable file claims its IDs and lists its channels; a file with an error claims nothing known', () => {
    expect(tipFileOf(twitterPost('posts/a.md', X))).toEqual({
      path: 'posts/a.md',
      claims: { twitter: X },
      channels: ['twitter'],
    });
    expect(tipFileOf(twitterPost('posts/b.md'))).toEqual({ path: 'posts/b.md', claims: {}, channels: ['twitter'] });
    const broken = parsePostFile('posts/c.md', `---\nchannel: [twitter\nbuffer:\n  twitter: {id: ${X}}\n---\nBody\n`);
    expect(broken.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(tipFileOf(broken).claims).toBeUndefined();
  });
});

describe('settleClaims (no state: a plan over a range)', () => {
  it("drops the copy's entry and takes a post another file holds now out of the previous version of a changed file", () => {
    const original = twitterPost('posts/a.md', X);
    const copy = twitterPost('posts/b.md', X);
    const renamed = twitterPost('posts/a-old.md', Y);
    const replacement = twitterPost('posts/r.md');
    const replacementBefore = twitterPost('posts/r.md', Y);
    const changes = [
      { path: 'posts/b.md', current: copy },
      { path: 'posts/r.md', current: replacement, previous: replacementBefore },
    ];
    const decisions = settleClaims(
      [tipFileOf(original), tipFileOf(copy), tipFileOf(renamed), tipFileOf(replacement)],
      changes,
      new Set(['posts/b.md', 'posts/a-old.md']),
    );
    expect(decisions.copied.get('posts/b.md')).toEqual([{ ref: 'twitter', id: X, owner: 'posts/a.md' }]);
    expect(copy.tracked.twitter).toBeUndefined();
    expect(copy.findings.map((f) => f.code)).toEqual(['copied-buffer-entry']);
    // Y is posts/a-old.md's now: the changed file no longer edits or deletes it.
    expect(changes[1]!.previous!.tracked).toEqual({});
    expect(replacementBefore.tracked.twitter?.id).toBe(Y);
  });
});

describe('a renamed file beside a copy', () => {
  it('the file that continues the recorded path (renamed in the push, or the same blob) keeps the post; the copy gets its own', () => {
    const recorded = appliedState({ 'posts/a.md': { complete: true, posts: { twitter: X } } });
    const files = [tip('posts/b.md', { twitter: X }), tip('posts/c.md', { twitter: X })];
    // Without the rename, nothing says which file holds X.
    expect(resolveClaims({ files, state: recorded }).contested.size).toBe(2);
    const decided = resolveClaims({ files, state: recorded, renamedFrom: new Map([['posts/b.md', 'posts/a.md']]) });
    expect(decided.contested.size).toBe(0);
    expect(decided.copied.get('posts/c.md')).toEqual([{ ref: 'twitter', id: X, owner: 'posts/b.md' }]);
    expect(decided.copied.has('posts/b.md')).toBe(false);
    expect(decided.removals).toEqual([]);
  });
});
