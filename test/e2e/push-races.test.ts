/**
 * The guarantees around the write-back (issue 3): a teammate's push during
 * the run is never lost, and a create whose answer is lost is never made twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, postsOf, type Harness } from './harness.js';

const POST = `---
channel: twitter
mode: customScheduled
dueAt: 2027-03-02T09:00:00+01:00
---
Launch day is cmoing.
`;

describe('write-back races and lost answers', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('someone pushes between the run start and its write-back: both commits end up on the branch, no duplicate', async () => {
    let teammate: Promise<void> | undefined;
    h = await createHarness({
      now: '2027-01-01T00:00:00Z',
      // The moment Buffer is asked to create the post, a teammate pushes a typo
      // fix to the same file and a README change. The action is blocked on
      // Buffer's answer meanwhile, so its write-back push is certain to race.
      onRequest: async (request) => {
        if (!request.query.includes('createPost') || teammate) return;
        teammate = (async () => {
          const clone = await h!.fx.otherClone();
          await h!.fx.writeFiles(
            { 'posts/launch.md': POST.replace('cmoing', 'coming'), 'README.md': '# social\n\nTeam notes.\n' },
            clone,
          );
          await h!.fx.commitAll('fix typo', clone);
          await h!.fx.push(clone);
        })();
        await teammate;
      },
    });
    const range = await h.pushFiles({ 'posts/launch.md': POST }, 'launch post');
    const run = await h.runPush(range);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Push attempt 2/);

    await h.pull();
    const log = await h.fx.git(['log', '--format=%s', '-4']);
    expect(log.split('\n').slice(0, 3)).toEqual([expect.stringContaining('[skip ci]'), 'fix typo', 'launch post']);
    const file = await h.read('posts/launch.md');
    const [post] = postsOf(h.sandbox);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    expect(file).toContain('Launch day is coming.'); // the teammate's fix survived
    expect(file).toContain(`id: ${post!.id}`); // and so did the ID
    expect(await h.read('README.md')).toContain('Team notes.');
  });

  it('a lost answer to createPost is recovered in the same run: exactly one post, its ID written back', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    h.sandbox.setFaults({ rules: [{ operation: 'createPost', nth: 1, times: 1, fault: 'drop-after-commit' }] });
    const run = await h.runPush(await h.pushFiles({ 'posts/launch.md': POST }, 'launch post'));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    await h.pull();
    expect(await h.read('posts/launch.md')).toContain(postsOf(h.sandbox)[0]!.id);
  });

  it('a lost answer the run cannot resolve fails the run; the next run adopts the post instead of creating it again', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    h.sandbox.setFaults({
      rules: [
        { operation: 'createPost', nth: 1, times: 1, fault: 'drop-after-commit' },
        // The in-run look-up after the lost answer fails too (with the client's retries).
        { operation: 'posts', nth: 2, times: 3, fault: 'unexpected' },
      ],
    });
    const range = await h.pushFiles({ 'posts/launch.md': POST }, 'launch post');
    const first = await h.runPush(range);
    expect(first.exitCode).toBe(1);
    expect(first.outputs.failed).toBe('1');
    expect(postsOf(h.sandbox)).toHaveLength(1); // it was made, the answer was lost

    h.sandbox.setFaults({ rules: [] });
    const second = await h.runPush(range);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/adopted/);
    expect(postsOf(h.sandbox)).toHaveLength(1);
    await h.pull();
    expect(await h.read('posts/launch.md')).toContain(postsOf(h.sandbox)[0]!.id);
  });
});
