/**
 * Reading the tip against the applied state (src/plan/collect-state.ts): a
 * file whose blob is the one recorded as fully applied is trusted without
 * being read (also under a new name); every other file is read and planned;
 * what the state holds and no file holds any more becomes a removal.
 * Real files in a temp workspace; blob IDs as git names the bytes.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitBlobId } from '../../src/git/tree-blobs.js';
import { resolveClaims } from '../../src/plan/claims.js';
import { collectAgainstState, removalChanges } from '../../src/plan/collect-state.js';
import type { AppliedState } from '../../src/state/applied-state.js';
import { appliedState } from '../helpers/applied-state.js';

const X = '6750c3e1a2b3c4d5e6f70801';
const Y = '6750c3e1a2b3c4d5e6f70802';
const Z = '6750c3e1a2b3c4d5e6f70803';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-collect-state-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const post = (text: string, buffer?: Record<string, string>) =>
  `---\nchannel: twitter\n${
    buffer
      ? `buffer:\n${Object.entries(buffer)
          .map(([ref, id]) => `  ${ref}: {id: ${id}, status: scheduled}\n`)
          .join('')}`
      : ''
  }---\n${text}\n`;

/** Writes the files and returns their blob IDs, as `git ls-tree` would list them. */
async function files(contents: Record<string, string>): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  for (const [name, text] of Object.entries(contents)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), text);
    blobs.set(name, gitBlobId(text));
  }
  return blobs;
}

const collect = (s: AppliedState, blobs: ReadonlyMap<string, string>) =>
  collectAgainstState({ workspace, postsDir: 'posts', ideasDir: 'ideas', state: s, blobs });

describe('collectAgainstState', () => {
  it("fast path: the recorded blob, complete → trusted with the state's claims and never read", async () => {
    const text = post('Applied', { twitter: X });
    const recordedBlob = gitBlobId(text);
    // On disk the file would not even parse; the tip's blob is the recorded one, so it is not opened.
    await files({ 'posts/a.md': '---\nchannel: [twitter\n---\nbroken\n' });
    const s = appliedState({ 'posts/a.md': { blob: recordedBlob, complete: true, posts: { twitter: X } } });
    const collected = await collect(s, new Map([['posts/a.md', recordedBlob]]));

    expect(collected.posts).toEqual([]);
    expect(collected.trusted.get('posts/a.md')).toBe(s.files['posts/a.md']);
    expect(collected.tipFiles).toEqual([{ path: 'posts/a.md', claims: { twitter: X }, channels: ['twitter'] }]);
    expect(collected.trackedIds).toEqual(new Set([X]));
    expect(collected.allPostPaths).toEqual(['posts/a.md']);
    expect(collected.decisions.removals).toEqual([]);
  });

  it('the same blob recorded incomplete is read again (modified)', async () => {
    const blobs = await files({ 'posts/a.md': post('Half done', { twitter: X }) });
    const s = appliedState({ 'posts/a.md': { blob: blobs.get('posts/a.md'), complete: false, posts: { twitter: X } } });
    const collected = await collect(s, blobs);
    expect(collected.trusted.size).toBe(0);
    expect(collected.posts).toHaveLength(1);
    expect(collected.posts[0]).toMatchObject({ path: 'posts/a.md', kind: 'modified' });
    expect(collected.posts[0]!.current?.tracked.twitter?.id).toBe(X);
  });

  it("a renamed, unchanged file is trusted through its old path's record, and its post is not a removal", async () => {
    const text = post('Renamed', { twitter: X });
    const blobs = await files({ 'posts/new-name.md': text });
    const s = appliedState({ 'posts/old-name.md': { blob: gitBlobId(text), complete: true, posts: { twitter: X } } });
    const collected = await collect(s, blobs);
    expect(collected.posts).toEqual([]);
    expect(collected.trusted.get('posts/new-name.md')).toBe(s.files['posts/old-name.md']);
    expect(collected.tipFiles).toEqual([{ path: 'posts/new-name.md', claims: { twitter: X }, channels: ['twitter'] }]);
    expect(collected.decisions.removals).toEqual([]);
  });

  it('a changed blob is read and planned as modified; a file the state does not know is added', async () => {
    const blobs = await files({ 'posts/a.md': post('Edited text', { twitter: X }), 'posts/b.md': post('Brand new') });
    const s = appliedState({
      'posts/a.md': { blob: gitBlobId(post('Old text', { twitter: X })), complete: true, posts: { twitter: X } },
    });
    const collected = await collect(s, blobs);
    expect(collected.trusted.size).toBe(0);
    expect(collected.posts.map((p) => [p.path, p.kind])).toEqual([
      ['posts/a.md', 'modified'],
      ['posts/b.md', 'added'],
    ]);
    expect(collected.posts[0]!.current?.body).toContain('Edited text');
    expect(collected.posts[1]!.current?.tracked).toEqual({});
  });

  it('a file lacking a blob at the tip (not in ls-tree) is read, not trusted', async () => {
    await files({ 'posts/a.md': post('Applied', { twitter: X }) });
    const s = appliedState({
      'posts/a.md': { blob: gitBlobId(post('Applied', { twitter: X })), complete: true, posts: { twitter: X } },
    });
    const collected = await collect(s, new Map());
    expect(collected.trusted.size).toBe(0);
    expect(collected.posts.map((p) => [p.path, p.kind])).toEqual([['posts/a.md', 'modified']]);
  });

  it("a copy of a trusted file is read and gets a post of its own; the removed file's post is a removal", async () => {
    const original = post('Template', { twitter: X });
    const blobs = await files({ 'posts/a.md': original, 'posts/copy.md': post('Copied and edited', { twitter: X }) });
    const s = appliedState({
      'posts/a.md': { blob: gitBlobId(original), complete: true, posts: { twitter: X } },
      'posts/gone.md': { blob: 'f'.repeat(40), complete: true, posts: { twitter: Z } },
    });
    const collected = await collect(s, blobs);
    expect([...collected.trusted.keys()]).toEqual(['posts/a.md']);

    const copy = collected.posts.find((p) => p.path === 'posts/copy.md');
    expect(copy?.kind).toBe('added');
    expect(copy?.current?.tracked.twitter).toBeUndefined();
    expect(copy?.current?.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'copied-buffer-entry', line: 3 }),
    ]);

    const removal = collected.posts.find((p) => p.path === 'posts/gone.md');
    expect(removal).toMatchObject({ kind: 'deleted', removalReason: 'file-removed' });
    expect(removal?.current).toBeUndefined();
    expect(removal?.previous?.tracked).toEqual({ twitter: { id: Z } });
    expect(collected.trackedIds).toEqual(new Set([X, Z]));
  });

  it('a lost ID comes back into the read file from the state', async () => {
    const blobs = await files({ 'posts/a.md': post('Write-back dropped') });
    const s = appliedState({
      'posts/a.md': {
        blob: gitBlobId(post('Write-back dropped', { twitter: X })),
        complete: true,
        posts: { twitter: X },
      },
    });
    const collected = await collect(s, blobs);
    expect(collected.posts).toHaveLength(1);
    expect(collected.posts[0]).toMatchObject({ path: 'posts/a.md', kind: 'modified' });
    expect(collected.posts[0]!.current?.tracked).toEqual({ twitter: { id: X } });
    expect(collected.decisions.recovered.get('posts/a.md')).toEqual({ twitter: X });
  });
});

describe('removalChanges', () => {
  it('one deleted change per file, with every removed channel and the reason', () => {
    const decisions = resolveClaims({
      files: [{ path: 'posts/a.md', claims: { twitter: X }, channels: ['twitter'] }],
      state: appliedState({
        'posts/a.md': { complete: true, posts: { twitter: X, linkedin: Y } },
        'posts/b.md': { complete: true, posts: { twitter: Z, mastodon: '6750c3e1a2b3c4d5e6f70809' } },
      }),
    });
    const changes = removalChanges(decisions);
    expect(
      changes.map((c) => ({ path: c.path, kind: c.kind, reason: c.removalReason, tracked: c.previous?.tracked })),
    ).toEqual([
      { path: 'posts/a.md', kind: 'deleted', reason: 'channel-removed', tracked: { linkedin: { id: Y } } },
      {
        path: 'posts/b.md',
        kind: 'deleted',
        reason: 'file-removed',
        tracked: { twitter: { id: Z }, mastodon: { id: '6750c3e1a2b3c4d5e6f70809' } },
      },
    ]);
    expect(changes.every((c) => c.current === undefined && c.previous?.findings.length === 0)).toBe(true);
  });
});
