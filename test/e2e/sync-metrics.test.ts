/**
 * Metrics in the scheduled sync (issue 15), through the bundled action:
 * publish, let the sandbox send the posts and run its daily metrics refresh,
 * then sync. The metrics file appears in the same write-back commit as the
 * statuses, with the sandbox's numbers; a second sync commits nothing; a
 * sync a sandbox day later updates the file once. The request count is
 * printed and stays within the sync's budget plus one (channel totals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMetricsCsv } from '../../src/metrics/csv.js';
import { readBufferBlock } from '../../src/writeback/buffer-block.js';
import { createHarness, type Harness } from './harness.js';
import { runScheduled, type ScheduledRun } from './sync-run.js';

const FILES = {
  'posts/launch.md': `---
channels: [twitter, linkedin]
mode: customScheduled
dueAt: 2027-01-01T09:00:00Z
---
Acme 2.0 is out.
`,
  'posts/queued.md': `---
channel: mastodon
---
A post for the next queue slot.
`,
};
const METRICS = 'posts/metrics.csv';
/** Tracked posts: launch × 2 channels, queued × 1. */
const M = 3;
const BUDGET = 2 + Math.ceil(M / 25);

/** Every CSV row's numbers and refresh time equal what the sandbox serves for the post now. */
async function expectCsvEqualsSandbox(h: Harness, csv: string): Promise<void> {
  const { rows } = parseMetricsCsv(csv);
  const posts = new Map(h.sandbox.state().posts.map((p) => [p.id, p]));
  expect(rows).toHaveLength(M);
  for (const row of rows) {
    const post = posts.get(row.postId)!;
    expect(post.metrics, row.postId).not.toBeNull();
    expect(row.metricsUpdatedAt).toBe(post.metricsUpdatedAt);
    expect(row.metrics).toEqual(Object.fromEntries(post.metrics!.map((m) => [m.type, m.value])));
    expect(row.sentAt).toBe(post.sentAt);
    expect(row.link).toBe(post.externalLink);
  }
}

/** The printed request line: count ≤ budget, + 1 when the channel totals were read. */
function expectRequestsWithinBudget(run: ScheduledRun): number {
  const match =
    /Reading Buffer took (\d+) request\(s\) \(budget 2 \+ ⌈M\/25⌉ = (\d+) for M = (\d+) tracked post\(s\)(, \+1 for channel totals)?\)/.exec(
      run.stdout,
    );
  expect(match, run.stdout).not.toBeNull();
  const [, count, budget, tracked, totals] = match!;
  expect(Number(tracked)).toBe(M);
  expect(Number(budget)).toBe(BUDGET);
  expect(Number(count)).toBeLessThanOrEqual(BUDGET + (totals ? 1 : 0));
  return Number(count);
}

async function commitsSince(h: Harness, base: string): Promise<string[]> {
  const log = await h.fx.git(['log', '--format=%H', `${base}..origin/main`]);
  return log === '' ? [] : log.split('\n');
}

describe('sync writes post metrics to the repository', () => {
  let h: Harness;
  let first: ScheduledRun;
  let headBefore: string;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const push = await h.runPush(await h.pushFiles(FILES, 'add posts'));
    expect(push.exitCode, push.stdout).toBe(0);
    await h.pull();
    headBefore = await h.head();
    // Past the send times (09:00 UTC on 1 January) and the sandbox's next daily metrics refresh (06:00 UTC).
    h.sandbox.setClock('2027-01-02T07:00:00Z');
    first = await runScheduled(h);
  });
  afterAll(async () => h?.close());

  it('records statuses and the metrics file in one write-back commit, with the sandbox values', async () => {
    expect(first.exitCode, first.stdout).toBe(0);
    await h.fx.git(['fetch', '--quiet', 'origin']);
    const commits = await commitsSince(h, headBefore);
    expect(commits).toHaveLength(1);
    const message = await h.fx.git(['log', '-1', '--format=%s', commits[0]!]);
    expect(message).toBe('buffer-gitops: record Buffer post statuses and metrics in 3 files [skip ci]');
    const changed = (await h.fx.git(['show', '--name-only', '--format=', commits[0]!])).split('\n').sort();
    expect(changed).toEqual(['posts/launch.md', METRICS, 'posts/queued.md']);
    await h.pull();
    // Each tracked post is a row: file × channel, as the files track them.
    const csv = await h.read(METRICS);
    const { rows } = parseMetricsCsv(csv);
    const launch = readBufferBlock(await h.read('posts/launch.md'));
    const queued = readBufferBlock(await h.read('posts/queued.md'));
    expect(rows.map((r) => [r.file, r.channel, r.postId])).toEqual([
      ['posts/launch.md', 'linkedin', launch.linkedin!.id],
      ['posts/launch.md', 'twitter', launch.twitter!.id],
      ['posts/queued.md', 'mastodon', queued.mastodon!.id],
    ]);
    await expectCsvEqualsSandbox(h, csv);
    expect(csv.split('\n')[0]).toMatch(/^file,channel,post_id,sent_at,link,metrics_updated_at,\w/);
    expect(first.report.writeBack).toMatchObject({ status: 'pushed' });
  });

  it('prints the request count, within the sync budget plus one for the channel totals', () => {
    const count = expectRequestsWithinBudget(first);
    expect(first.stdout).toContain('+1 for channel totals');
    expect(count).toBeLessThanOrEqual(BUDGET + 1);
    expect(first.report.metrics.totals.map((t: { channel: string }) => t.channel).sort()).toEqual([
      'linkedin',
      'mastodon',
      'twitter',
    ]);
  });

  it('puts the metrics table and the Mermaid chart in the job summary', async () => {
    expect(first.report.metrics.rows).toHaveLength(M);
    // A table row per post, with its link; and the chart.
    const { rows } = parseMetricsCsv(await h.read(METRICS));
    for (const row of rows)
      expect(first.summary).toMatch(new RegExp(`^\\|.*\\(${row.link!.replace(/[.?/]/g, '\\$&')}\\).*\\|$`, 'm'));
    expect(first.summary).toMatch(/\| *Reactions *\|/);
    expect(first.summary).toContain('```mermaid');
  });

  it('a second sync with no refresh in between commits nothing', async () => {
    const head = await h.head();
    const second = await runScheduled(h);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.report.writeBack).toMatchObject({ status: 'nothing-to-record' });
    await h.fx.git(['fetch', '--quiet', 'origin']);
    expect(await commitsSince(h, head)).toEqual([]);
    expect(second.stdout).toContain(`Metrics: ${METRICS} is up to date`);
    expectRequestsWithinBudget(second);
  });

  it('a sync a sandbox day later updates the file once, in a commit of its own', async () => {
    const head = await h.head();
    const before = await h.read(METRICS);
    h.sandbox.advanceClock(24 * 3600);
    const third = await runScheduled(h);
    expect(third.exitCode, third.stdout).toBe(0);
    await h.fx.git(['fetch', '--quiet', 'origin']);
    const commits = await commitsSince(h, head);
    expect(commits).toHaveLength(1);
    expect(await h.fx.git(['log', '-1', '--format=%s', commits[0]!])).toBe(
      'buffer-gitops: record Buffer post metrics in 1 file [skip ci]',
    );
    expect(await h.fx.git(['show', '--name-only', '--format=', commits[0]!])).toBe(METRICS);
    await h.pull();
    const after = await h.read(METRICS);
    expect(after).not.toBe(before);
    await expectCsvEqualsSandbox(h, after);
    expect(parseMetricsCsv(after).rows.every((r) => r.metricsUpdatedAt === '2027-01-03T06:00:00.000Z')).toBe(true);
    expectRequestsWithinBudget(third);

    // The same day again: nothing.
    const fourth = await runScheduled(h);
    expect(fourth.report.writeBack).toMatchObject({ status: 'nothing-to-record' });
  });

  it('a push that only changes the metrics file plans nothing and changes nothing in Buffer', async () => {
    const head = await h.head();
    const csv = await h.read(METRICS);
    const range = await h.pushFiles({ [METRICS]: csv.replace(/\n$/, '\n\n') }, 'touch metrics.csv');
    const requests = h.requests.length;
    const push = await h.runPush(range);
    expect(push.exitCode, push.stdout).toBe(0);
    expect([push.outputs.created, push.outputs.edited, push.outputs.deleted, push.outputs.errors]).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
    const sent = h.requests.slice(requests).map((r) => r.query);
    expect(sent.filter((q) => /^\s*mutation/.test(q))).toEqual([]);
    await h.fx.git(['fetch', '--quiet', 'origin']);
    expect(await commitsSince(h, range.after)).toEqual([]);
    expect(range.before).toBe(head);
  });
});
