/**
 * The metrics file in the write-back commit (issue 15) when the branch moved
 * before the push: the write runs again on the new tip and merges with the
 * metrics file found there, never overwriting someone else's commit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBack } from '../../src/commands/write-back.js';
import type { RunContext } from '../../src/commands/context.js';
import { readSettings } from '../../src/config/settings.js';
import { Git } from '../../src/git/git.js';
import { parseMetricsCsv, renderMetricsCsv } from '../../src/metrics/csv.js';
import type { TrackedMetricsRef } from '../../src/metrics/rows.js';
import { metricsFileWrite } from '../../src/metrics/sync-metrics.js';
import type { MetricsRow } from '../../src/metrics/types.js';
import { MemoryReporter } from '../../src/report/reporter.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

const METRICS = 'posts/metrics.csv';
const tracked: TrackedMetricsRef[] = [
  { file: 'posts/a.md', channel: 'twitter', postId: 'p1' },
  { file: 'posts/b.md', channel: 'twitter', postId: 'p2' },
];
const row = (postId: string, file: string, updated: string, reactions: number): MetricsRow => ({
  file,
  channel: 'twitter',
  postId,
  sentAt: '2027-01-01T09:00:00.000Z',
  link: null,
  metricsUpdatedAt: updated,
  metrics: { reactions },
});

let fx: GitFixture;
beforeEach(async () => {
  fx = await createGitFixture();
  await fx.writeFiles({
    'posts/a.md': '---\nchannel: twitter\n---\nA\n',
    'posts/b.md': '---\nchannel: twitter\n---\nB\n',
  });
  await fx.commitAll('posts');
  await fx.push();
});
afterEach(async () => fx.cleanup());

async function runWriteBack(dir: string, fresh: MetricsRow[], inputs: Record<string, string> = {}) {
  const reporter = new MemoryReporter();
  const ctx: RunContext = {
    settings: readSettings((name) => inputs[name], dir, {}),
    event: {
      name: 'schedule',
      branch: 'main',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      payload: {},
    },
    reporter,
    now: () => new Date('2027-01-02T07:00:00Z'),
  };
  const git = new Git({ cwd: dir, env: fx.env });
  const result = await writeBack(ctx, git, new Map(), 'refs/heads/main', 'Buffer post metrics', [
    metricsFileWrite(METRICS, fresh, tracked, new Set()),
  ]);
  return { result, reporter };
}

describe('the metrics file when the branch moved before the push', () => {
  it('is merged with the file on the new tip: the other commit stays, our rows are added', async () => {
    const dir = await fx.cloneShallow(1);
    // Meanwhile someone pushes a metrics file holding another post's row.
    const other = await fx.otherClone();
    const theirs = renderMetricsCsv([row('p2', 'posts/b.md', '2027-01-02T06:00:00.000Z', 4)]);
    await fx.writeFiles({ [METRICS]: theirs }, other);
    const theirCommit = await fx.commitAll('their metrics', other);
    await fx.push(other);

    const { result, reporter } = await runWriteBack(dir, [row('p1', 'posts/a.md', '2027-01-02T06:00:00.000Z', 7)]);
    expect(result).toMatchObject({ status: 'pushed', files: [METRICS] });
    expect(reporter.lines.join('\n')).toMatch(/Push attempt 2: the branch moved/);
    // Fast-forward from their commit: nothing of theirs was lost.
    expect(await fx.git(['rev-parse', 'HEAD~1'], dir)).toBe(theirCommit);
    const rows = parseMetricsCsv(await fx.git(['show', `${result.commit}:${METRICS}`], dir)).rows;
    expect(rows.map((r) => [r.postId, r.metrics.reactions])).toEqual([
      ['p1', 7],
      ['p2', 4],
    ]);
    expect(await fx.git(['log', '-1', '--format=%s', result.commit!], dir)).toBe(
      'buffer-gitops: record Buffer post metrics in 1 file [skip ci]',
    );
  });

  it('makes no commit when the new tip already holds the same numbers (another sync won the race)', async () => {
    const dir = await fx.cloneShallow(1);
    const fresh = [row('p1', 'posts/a.md', '2027-01-02T06:00:00.000Z', 7)];
    const other = await fx.otherClone();
    await fx.writeFiles({ [METRICS]: renderMetricsCsv(fresh) }, other);
    const theirCommit = await fx.commitAll('the other sync', other);
    await fx.push(other);

    const { result } = await runWriteBack(dir, fresh);
    expect(result.status).toBe('nothing-to-commit');
    expect(await fx.git(['rev-parse', 'refs/heads/main'], fx.bare)).toBe(theirCommit);
  });

  it('leaves a file on the new tip that cannot be read back as it is', async () => {
    const dir = await fx.cloneShallow(1);
    const other = await fx.otherClone();
    await fx.writeFiles({ [METRICS]: 'hand,made\n' }, other);
    const theirCommit = await fx.commitAll('a hand-made file', other);
    await fx.push(other);

    const { result } = await runWriteBack(dir, [row('p1', 'posts/a.md', '2027-01-02T06:00:00.000Z', 7)]);
    expect(result.status).toBe('nothing-to-commit');
    expect(await fx.git(['rev-parse', 'refs/heads/main'], fx.bare)).toBe(theirCommit);
    expect(await fx.git(['show', `${theirCommit}:${METRICS}`], dir)).toBe('hand,made');
  });
});

describe('write-back: pull-request', () => {
  it('carries the metrics file in the pull request branch, not on the run branch', async () => {
    const dir = await fx.cloneShallow(1);
    const tip = await fx.git(['rev-parse', 'refs/heads/main'], fx.bare);
    // No github-token here: the branch is pushed and the run says to open the pull request by hand.
    const { result } = await runWriteBack(dir, [row('p1', 'posts/a.md', '2027-01-02T06:00:00.000Z', 7)], {
      'write-back': 'pull-request',
    });
    expect(result.files).toEqual([METRICS]);
    expect(result.commit).toBeDefined();
    const branches = await fx.git(['for-each-ref', '--format=%(refname:short)', 'refs/heads/buffer-gitops/'], fx.bare);
    expect(branches).toMatch(/^buffer-gitops\/ids-/);
    expect(await fx.git(['show', '--name-only', '--format=', branches], fx.bare)).toBe(METRICS);
    expect(await fx.git(['rev-parse', 'refs/heads/main'], fx.bare)).toBe(tip);
  });
});
