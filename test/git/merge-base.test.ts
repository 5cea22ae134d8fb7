/**
 * `isAncestor` (src/git/merge-base.ts): whether the applied state's commit is
 * the plan's base or before it. A no is the safe answer when git cannot tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { isAncestor } from '../../src/git/merge-base.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

let fx: GitFixture;
let git: Git;
let first: string;
let second: string;
let side: string;

beforeAll(async () => {
  fx = await createGitFixture();
  git = new Git({ cwd: fx.work, env: fx.env });
  await fx.writeFiles({ 'posts/a.md': 'one\n' });
  first = await fx.commitAll('first');
  await fx.writeFiles({ 'posts/a.md': 'two\n' });
  second = await fx.commitAll('second');
  await fx.git(['checkout', '--quiet', '-b', 'side', first]);
  await fx.writeFiles({ 'posts/b.md': 'side\n' });
  side = await fx.commitAll('side');
});
afterAll(async () => fx?.cleanup());

describe('isAncestor', () => {
  it('is yes for the commit itself and its history, no for a sibling or a later commit', async () => {
    expect(await isAncestor(git, second, second)).toBe(true);
    expect(await isAncestor(git, first, second)).toBe(true);
    expect(await isAncestor(git, second, first)).toBe(false);
    expect(await isAncestor(git, side, second)).toBe(false);
  });

  it('is no when git cannot tell: an unknown commit, or a name that would read as an option', async () => {
    expect(await isAncestor(git, '0'.repeat(40), second)).toBe(false);
    expect(await isAncestor(git, '--all', second)).toBe(false);
  });
});
