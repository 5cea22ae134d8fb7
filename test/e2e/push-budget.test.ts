/**
 * The request budget of publishing (SPEC §8): the exactly-once look-up rides
 * in the channels request, so N new posts cost 2 + ceil(N/25) requests, and
 * 1 + ceil(N/25) with `organization-id` set — under the 3 + ceil(N/25) target.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANIZATION_ID } from '../../src/sandbox/index.js';
import { createHarness, postsOf, type Harness } from './harness.js';

const files = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `posts/p${String(i).padStart(2, '0')}.md`,
      `---\nchannel: ${['twitter', 'mastodon', 'bluesky'][i % 3]}\nmode: customScheduled\ndueAt: 2027-02-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z\n---\nPost number ${i}\n`,
    ]),
  );

describe('requests spent publishing 30 posts', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('without organization-id: account, channels + exactly-once look-up, two batches', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const run = await h.runPush(await h.pushFiles(files(30), '30 posts'));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(30);
    expect(h.sandbox.state().stats.requests).toBe(2 + Math.ceil(30 / 25));
  });

  it('with organization-id: one request before the two batches', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const run = await h.runPush(await h.pushFiles(files(30), '30 posts'), {
      inputs: { 'organization-id': DEFAULT_ORGANIZATION_ID },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(30);
    expect(h.sandbox.state().stats.requests).toBe(1 + Math.ceil(30 / 25));
  });
});
