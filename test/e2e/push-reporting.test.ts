/**
 * A push run says what it could not do (issue 10): a write-back the server
 * refuses counts in the `failed` output, and a full reconcile (the push's
 * `before` commit is gone after a force push) says which deletions it cannot
 * see and how to catch them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { installRejectingPreReceiveHook } from '../helpers/git-http-server.js';
import { createHarness, postsOf, type Harness } from './harness.js';

const post = (text: string) => `---\nchannel: twitter\n---\n${text}\n`;

describe('what a push reports', () => {
  const harnesses: Harness[] = [];
  afterAll(async () => {
    for (const h of harnesses) await h.close();
  });

  it('a write-back the server refuses (protected branch) counts in `failed`', async () => {
    const h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    harnesses.push(h);
    const range = await h.pushFiles({ 'posts/one.md': post('Published, but the ID cannot be pushed back.') }, 'a post');
    await installRejectingPreReceiveHook(
      h.fx.bare,
      'GH006: Protected branch update failed for refs/heads/main.',
      'refs/heads/main',
    );
    const run = await h.runPush(range);
    expect(run.exitCode).toBe(1);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    expect(run.outputs).toMatchObject({ created: '1', failed: '1' });
    expect(run.annotations.some((a) => a.level === 'error' && /rejected by the server/.test(a.message))).toBe(true);
  });

  it('a full reconcile after a force push names the deletions it cannot see and the scheduled sync that finds them', async () => {
    const h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    harnesses.push(h);
    const { after } = await h.pushFiles({ 'posts/kept.md': post('Still here.') }, 'a post');
    // The event's `before` is a commit origin no longer has (rewritten history).
    const run = await h.runPush({ before: 'f'.repeat(40), after }, { forced: true });
    expect(run.exitCode, run.stdout).toBe(0);
    const note =
      /Full reconcile \(the previous commit f{40} could not be fetched from origin \(force push or deleted history\?\).*\): files deleted in commits this run cannot see are not deleted from Buffer, because their Buffer IDs went with them\. A scheduled sync lists the scheduled Buffer posts no file tracks/;
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
      expect.stringMatching(note),
    );
    expect(run.summary).toMatch(note);
    expect(postsOf(h.sandbox)).toHaveLength(1);
  });
});
