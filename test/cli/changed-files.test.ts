/**
 * What the CLI says after a run that wrote files: every file it changed, and
 * the `git add` to commit them. A metrics file outside the posts folder
 * (`--metrics-file stats/metrics.csv`, issue 15) is named on its own there,
 * beside the posts folder, so the command a person copies commits both.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMetricsCsv } from '../../src/metrics/csv.js';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runMain } from './run-cli.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The sandbox refreshes metrics daily at 06:00 UTC; T is 01:00 UTC after the latest refresh, before the wall clock. */
const T = Math.floor((Date.now() - 6 * HOUR) / DAY) * DAY + 6 * HOUR - 5 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const POST_ID = '6750c0de0000000000000001';

describe('the files a CLI run changed', () => {
  let sandbox: RunningSandbox;
  let fx: GitFixture;

  beforeAll(async () => {
    const seed = defaultSeed();
    seed.posts = [
      {
        id: POST_ID,
        organizationId: DEFAULT_ORGANIZATION_ID,
        channelId: defaultChannelId('twitter'),
        status: 'scheduled',
        shareMode: 'customScheduled',
        isCustomScheduled: true,
        dueAt: iso(T - 2 * DAY),
        text: 'Launch day',
        pinnedMetrics: { reactions: 7, comments: 2 },
      },
    ];
    // Scheduled when the clock reads T - 3 days; sent and counted by T.
    sandbox = await startSandbox({ seed, now: iso(T - 3 * DAY), rateLimits: false });
    sandbox.setClock(iso(T));
    fx = await createGitFixture();
    await fx.writeFiles({
      'posts/launch.md': `---\nchannel: twitter\nbuffer:\n  twitter: {id: ${POST_ID}, status: scheduled}\n---\nLaunch day\n`,
    });
    await fx.commitAll('a post published earlier');
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it('a metrics file outside the posts folder is listed, and named on its own in git add', async () => {
    const { code, stdout, stderr } = await runMain(
      ['sync', '--branches', 'main', '--metrics-file', 'stats/metrics.csv'],
      {
        env: { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url },
        cwd: fx.work,
      },
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Changed 2 file(s):\n  posts/launch.md\n  stats/metrics.csv\n');
    expect(stdout).toContain(
      'Commit them so the repository records what Buffer holds: git add posts stats/metrics.csv && git commit\n',
    );
    // The file the hint names is the one sync wrote, with the post's numbers.
    const { rows } = parseMetricsCsv(await readFile(join(fx.work, 'stats/metrics.csv'), 'utf8'));
    expect(rows.map((r) => [r.file, r.postId, r.metrics.reactions])).toEqual([['posts/launch.md', POST_ID, 7]]);
  });
});
