/**
 * Buffer's rate limits (issue 6 item 2): on a 429 the action waits
 * Retry-After while that fits `max-wait`; past it, it stops cleanly, writes
 * back what succeeded, says when the rest will go, and the next run finishes
 * the job. It reads the budget from the rate-limit headers, so a run never
 * sends a request the budget does not allow: it waits, or stops, first.
 *
 * In-process runs record waits instead of sleeping (and move Buffer's clock
 * by as much); the last test runs the bundled action, where nothing waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionBench, type ActionBench } from './action-runs.js';
import { worldFor } from './cases.js';
import { createMatrixBench, type MatrixBench } from './matrix-bench.js';
import { invariantViolations, newWorld, type PostSpec } from './world.js';

const FIFTEEN_MINUTES = 900;

describe('a 429 within max-wait is waited out', () => {
  let bench: MatrixBench;
  beforeAll(async () => {
    bench = await createMatrixBench();
  });
  afterAll(async () => bench?.close());

  it('waits Retry-After once and finishes in the same run', async () => {
    const outcome = await bench.runCase(worldFor('create'), [
      { operation: 'createPost', nth: 1, times: 1, fault: 'rate-limit' },
    ]);
    const log = outcome.first.reporter.lines.join('\n');
    expect(outcome.first.exitCode, log).toBe(0);
    expect(outcome.first.sleeps).toEqual([1_000]);
    expect(outcome.firstStats.rateLimited).toBe(1);
    expect(outcome.firstStats.byRootField.createPost).toBe(5); // the refused document never ran; the retry did
    expect(outcome.violations).toEqual([]);
  });

  it('with max-wait 0 it does not wait: it stops, and the next run sends the rest', async () => {
    const outcome = await bench.runCase(
      worldFor('create'),
      [{ operation: 'createPost', nth: 1, times: 1, fault: 'rate-limit' }],
      { maxWaitSeconds: 0 },
    );
    const log = outcome.first.reporter.lines.join('\n');
    expect(outcome.first.sleeps).toEqual([]);
    expect(outcome.first.exitCode, log).toBe(1);
    expect(log).toMatch(
      /Stopped: not sent: Buffer's request budget is spent \(15m window\); it frees at 2027-01-01T00:00:01Z \(in 1s\)/,
    );
    expect(outcome.second.exitCode).toBe(0);
    expect(outcome.violations).toEqual([]);
  });
});

describe('the free plan budget: never a request past it', () => {
  let bench: MatrixBench;
  // Six requests per 15 minutes and one mutation per request: five new posts
  // need account + channels (carrying the exactly-once check) + 5 creates = 7.
  const limits = { '15m': 6, '24h': 250, '30d': 3000 };
  beforeAll(async () => {
    bench = await createMatrixBench({ rateLimits: limits, batchSize: 1 });
  });
  afterAll(async () => bench?.close());

  it('past max-wait it stops before the budget runs out, writes back what it did, says when the rest goes; the next run finishes', async () => {
    const outcome = await bench.runCase(worldFor('create'), [], {
      between: () => bench.sandbox.advanceClock(FIFTEEN_MINUTES),
    });
    const first = outcome.first.reporter;
    const log = first.lines.join('\n');
    // Exactly the budget, and not one request refused.
    expect(outcome.firstStats.requests).toBe(limits['15m']);
    expect(outcome.firstStats.rateLimited).toBe(0);
    expect(outcome.first.sleeps).toEqual([]);
    expect(outcome.first.exitCode, log).toBe(1);
    expect(log).toMatch(/^created +create +posts\/a\.md/m);
    expect(log).toMatch(/Pushed [0-9a-f]{7} to case-1 \(3 file\(s\)/);
    expect(log).toMatch(/it frees at 2027-01-01T00:15:00Z \(in 15m\)/);
    expect(first.findings.filter((f) => f.code === 'pending')).toHaveLength(1);
    expect(first.summaries.join('\n')).toMatch(/1 change\(s\) not sent: Buffer's request budget is spent/);
    expect(log).toMatch(/Buffer request budget left: 0 of 6 \(15m window\)/);

    // After the window, the re-run sends the rest (adopting the four made), within the budget again.
    expect(outcome.second.exitCode, outcome.second.reporter.lines.join('\n')).toBe(0);
    const stats = bench.sandbox.state().stats;
    expect(stats.rateLimited).toBe(0);
    expect(stats.requests - outcome.firstStats.requests).toBeLessThanOrEqual(limits['15m']);
    expect(outcome.violations).toEqual([]);
  });

  it('within max-wait it waits for the window instead, and finishes in one run without a refused request', async () => {
    const outcome = await bench.runCase(worldFor('create'), [], { maxWaitSeconds: 3600 });
    const log = outcome.first.reporter.lines.join('\n');
    expect(outcome.first.exitCode, log).toBe(0);
    expect(outcome.first.sleeps).toEqual([FIFTEEN_MINUTES * 1000]);
    expect(outcome.firstStats.rateLimited).toBe(0);
    expect(outcome.firstStats.requests).toBe(7);
    expect(outcome.violations).toEqual([]);
  });
});

describe('the bundled action on a spent budget', () => {
  let bench: ActionBench;
  // Three requests per 15 minutes: account, channels with the exactly-once check, one batch of 25.
  beforeAll(async () => {
    bench = await createActionBench({ rateLimits: { '15m': 3, '24h': 250, '30d': 3000 } });
  });
  afterAll(async () => bench?.close());

  it('publishes the first 25 of 26 posts, writes them back, fails saying when the last one goes; the next run publishes it', async () => {
    // Spread over five channels: the free plan queues at most 10 posts per channel.
    const services = ['twitter', 'linkedin', 'mastodon', 'bluesky', 'threads'] as const;
    const posts: PostSpec[] = Array.from({ length: 26 }, (_, i) => ({
      name: `p${String(i).padStart(2, '0')}.md`,
      services: [services[i % services.length]!],
      dueAt: `2027-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00+01:00`,
      after: `Post number ${i}.`,
    }));
    const world = newWorld(posts);
    const { branch, before, after } = await bench.stage(world);
    const first = await bench.run(branch, { before, after });
    expect(first.exitCode, first.stdout).toBe(1);
    expect(first.stderr).toBe('');
    expect(first.outputs.created).toBe('25');
    expect(first.stdout).toMatch(/Pushed [0-9a-f]{7} to push-\d+ \(25 file\(s\)/);
    expect(first.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /1 change\(s\) not sent: Buffer's request budget is spent \(15m window\); it frees at \S+ \(in 15m\)/,
        ),
      }),
    );
    expect(first.summary).toMatch(/⏳ pending/);
    expect(bench.sandbox.state().stats).toMatchObject({ requests: 3, rateLimited: 0 });

    bench.sandbox.advanceClock(FIFTEEN_MINUTES);
    const second = await bench.run(branch, { before, after });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(bench.sandbox.state().stats).toMatchObject({ requests: 6, rateLimited: 0 });
    expect(
      await invariantViolations(world, {
        sandbox: bench.sandbox,
        bare: bench.fx.bare,
        env: bench.fx.env,
        branch,
        after,
      }),
    ).toEqual([]);
  });
});
