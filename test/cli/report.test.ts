/**
 * `buffer-gitops report` (issue 15) against the sandbox over HTTP, in a real
 * git repository: posts published through the CLI's own `apply` and seeded
 * ones, the sandbox clock moved past sending and a daily metrics refresh,
 * then `report --json` compared with the sandbox's numbers for every sent
 * post, the text tables, `--csv`, `--channel`, `--since` mistakes, and the
 * metrics file when there is no key.
 *
 * The CLI's window ends at the wall clock; the sandbox's clock is set a few
 * hours before it (T, 01:00 UTC after the latest 06:00 refresh), so every
 * post is sent before the CLI's "now", and one sent just before T is still
 * waiting for Buffer's next refresh.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMetricsCsv, renderMetricsCsv } from '../../src/metrics/csv.js';
import type { Service } from '../../src/buffer/types.js';
import type { MetricsReport, MetricsRow } from '../../src/metrics/types.js';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
  type StoredPost,
} from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { actionWordsIn, runCli, runMain } from './run-cli.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The sandbox's daily refresh is at 06:00 UTC; T is 01:00 UTC after the latest one, hours before the wall clock. */
const REFRESH_HOUR = 6;
const latestRefresh = (ms: number) => Math.floor((ms - REFRESH_HOUR * HOUR) / DAY) * DAY + REFRESH_HOUR * HOUR;
const T = latestRefresh(Date.now()) - 5 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const id = (n: number) => `6750c0de00000000000000${String(n).padStart(2, '0')}`;

/** Sandbox posts, scheduled before the clock moves to T (then sent at dueAt), and one sent long before the window. */
function seededPosts(): (Partial<StoredPost> & { id: string; channelId: string })[] {
  const scheduled = (n: number, service: Service, dueAt: number, extra: Partial<StoredPost> = {}) => ({
    id: id(n),
    organizationId: DEFAULT_ORGANIZATION_ID,
    channelId: defaultChannelId(service),
    status: 'scheduled' as const,
    shareMode: 'customScheduled' as const,
    isCustomScheduled: true,
    dueAt: iso(dueAt),
    text: `Seeded post ${n}`,
    ...extra,
  });
  return [
    scheduled(1, 'twitter', T - 8 * DAY, {
      text: 'Launch | day `v2` <b>bold</b>\nsecond line',
      pinnedMetrics: { reactions: 90000, comments: 40, reposts: 60, impressions: 200000 },
    }),
    scheduled(2, 'twitter', T - 3 * DAY, { pinnedMetrics: { reactions: 10, comments: 1, reposts: 0 } }),
    scheduled(3, 'linkedin', T - 6 * DAY, { pinnedMetrics: { reactions: 30000, comments: 20 } }),
    // No file tracks this one: listed with file null.
    scheduled(4, 'bluesky', T - 2 * DAY, { text: 'Posted from the Buffer app', pinnedMetrics: { reactions: 5 } }),
    // Sent a minute before T: Buffer has not counted it yet.
    scheduled(5, 'linkedin', T - 60_000, { text: 'Just went out' }),
    // Sent 40 days before T: outside the default window.
    {
      id: id(6),
      organizationId: DEFAULT_ORGANIZATION_ID,
      channelId: defaultChannelId('twitter'),
      status: 'sent',
      dueAt: iso(T - 40 * DAY),
      sentAt: iso(T - 40 * DAY),
      externalLink: `https://x.com/acme/status/${id(6)}`,
      text: 'An old post',
    },
  ];
}

const tracked = (ref: string, n: number) => `buffer:\n  ${ref}: {id: ${id(n)}, status: scheduled}\n`;

describe('buffer-gitops report', () => {
  let sandbox: RunningSandbox;
  let fx: GitFixture;
  let report: MetricsReport;

  const run = async (args: string[], env: Record<string, string> = {}, withKey = true) => {
    const result = await runMain(args, {
      env: { ...(withKey ? { BUFFER_API_KEY: sandbox.apiKey } : {}), BUFFER_API_URL: sandbox.url, ...env },
      cwd: fx.work,
    });
    expect(actionWordsIn(result.stdout + result.stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(/\u001b\[/);
    return result;
  };
  /** The sandbox's sent posts, as GET /__sandbox/state shows them. */
  const sentInState = () =>
    sandbox.state().posts.filter((p) => p.status === 'sent') as (StoredPost & {
      metrics: { type: string; value: number }[] | null;
      metricsUpdatedAt: string | null;
    })[];

  beforeAll(async () => {
    const seed = defaultSeed();
    seed.posts = seededPosts();
    sandbox = await startSandbox({ seed, now: iso(T - 10 * DAY), rateLimits: false });
    fx = await createGitFixture();
    // Published by the CLI's apply, into the next queue slot.
    await fx.writeFiles({
      'buffer-gitops.yml': 'timezone: Europe/Berlin\n',
      'posts/queued.md': '---\nchannel: mastodon\nmode: addToQueue\n---\nQueued through apply.\n',
    });
    await fx.commitAll('a post to publish');
    const apply = await run(['apply', '--branches', 'main']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(await readFile(join(fx.work, 'posts/queued.md'), 'utf8')).toMatch(/buffer:\n {2}mastodon: \{id: /);
    // The seeded posts, as files that published them earlier would track them.
    await fx.writeFiles({
      'posts/launch.md': `---\nchannel: twitter\n${tracked('twitter', 1)}---\nLaunch | day \`v2\` <b>bold</b>\n\nsecond line\n`,
      'posts/small.md': `---\nchannel: twitter\n${tracked('twitter', 2)}---\nSeeded post 2\n`,
      'posts/hiring.md': `---\nchannels: [linkedin]\n${tracked('linkedin', 3)}---\nSeeded post 3\n`,
      'posts/fresh.md': `---\nchannel: linkedin\n${tracked('linkedin', 5)}---\nJust went out\n`,
      'posts/old.md': `---\nchannel: twitter\n${tracked('twitter', 6)}---\nAn old post\n`,
    });
    await fx.commitAll('posts published earlier, and the ID apply wrote');
    // Past every due time and at least one daily refresh for all but the last post.
    sandbox.setClock(iso(T));
    const json = await run(['report', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toBe('');
    report = JSON.parse(json.stdout) as MetricsReport;
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it('--json equals the sandbox numbers for every sent post of the window, with its file and reference', () => {
    const since = Date.parse(report.since);
    const inWindow = sentInState().filter((p) => Date.parse(p.sentAt!) >= since);
    // The seeded ones, the one apply queued; not the post sent 40 days ago.
    expect(inWindow).toHaveLength(6);
    expect(report.rows.map((r) => r.postId).sort()).toEqual(inWindow.map((p) => p.id).sort());
    for (const post of inWindow) {
      const row = report.rows.find((r) => r.postId === post.id)!;
      expect(row.metrics, post.id).toEqual(Object.fromEntries((post.metrics ?? []).map((m) => [m.type, m.value])));
      expect(row.metricsUpdatedAt).toBe(post.metricsUpdatedAt);
      expect(row.sentAt).toBe(post.sentAt);
      expect(row.link).toBe(post.externalLink);
      expect(row.text).toBe(post.text);
      expect(row.service).toBe(post.channelService);
    }
    const byId = (n: number) => report.rows.find((r) => r.postId === id(n))!;
    expect([byId(1).file, byId(1).channel]).toEqual(['posts/launch.md', 'twitter']);
    expect([byId(3).file, byId(3).channel]).toEqual(['posts/hiring.md', 'linkedin']);
    expect([byId(4).file, byId(4).channel]).toEqual([null, 'bluesky']);
    const queued = report.rows.find((r) => r.channel === 'mastodon')!;
    expect(queued.file).toBe('posts/queued.md');
    expect(Object.keys(queued.metrics)).toEqual(expect.arrayContaining(['reactions', 'comments', 'reposts']));
    expect(byId(1).metrics).toMatchObject({ reactions: 90000, comments: 40, reposts: 60, impressions: 200000 });
    // Sent a minute before the sandbox's clock: not counted yet, so no numbers.
    expect(byId(5)).toMatchObject({ metricsUpdatedAt: null, metrics: {} });
    expect(report.timezone).toBe('Europe/Berlin');
  });

  it("--json's totals are Buffer's per channel: postCount and sums over the same sent posts", () => {
    const since = Date.parse(report.since);
    const inWindow = sentInState().filter((p) => Date.parse(p.sentAt!) >= since);
    const withPosts = report.totals.filter((t) => t.postCount > 0);
    expect(withPosts.map((t) => t.channel).sort()).toEqual(['bluesky', 'linkedin', 'mastodon', 'twitter']);
    for (const t of withPosts) {
      const posts = inWindow.filter((p) => p.channelId === t.channelId);
      const sum = (type: string) =>
        posts.reduce((s, p) => s + (p.metrics?.find((m) => m.type === type)?.value ?? 0), 0);
      expect(t.postCount, t.channel).toBe(posts.length);
      expect(t.metrics.reactions, t.channel).toBe(sum('reactions'));
      expect(t.metrics.comments, t.channel).toBe(sum('comments'));
    }
    // Every other channel of the organization is there too, with nothing sent.
    expect(report.totals.length).toBeGreaterThan(withPosts.length);
  });

  it('prints the top posts and the totals as text, ranked, in the zone of buffer-gitops.yml', async () => {
    const { code, stdout } = await run(['report']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      /^6 posts sent on 4 channels from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(Europe\/Berlin\); Buffer's numbers as of /,
    );
    const top = lines.slice(lines.indexOf('Top posts') + 2).filter((l) => /^ {2}\d+ /.test(l));
    expect(top).toHaveLength(5);
    expect(top[0]).toMatch(
      /^ {2}1 {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}twitter +90,000 +40 +60 .*Launch \| day `v2` <b>bold<\/b> second line$/,
    );
    expect(top[1]).toMatch(/^ {2}2 .* linkedin +30,000 +20 /);
    expect(stdout).toContain("1 post sent since Buffer's last refresh is not counted yet.");
    expect(stdout).toContain("Per channel (Buffer's totals for the window)");
    expect(stdout).toMatch(/\n {2}twitter +2 +90,010 +41\b/);
    // Channels that sent nothing are counted, not listed.
    const perChannel = lines.slice(lines.indexOf("Per channel (Buffer's totals for the window)") + 2);
    expect(perChannel.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/ {2,}/)[0])).toEqual([
      'linkedin',
      'twitter',
      'bluesky',
      'mastodon',
    ]);
    expect(stdout).toContain(`${report.totals.length - 4} other channels sent nothing in the window.`);
  });

  it('--csv prints the rows in the metrics file format', async () => {
    const { code, stdout } = await run(['report', '--csv']);
    expect(code).toBe(0);
    expect(stdout).toBe(renderMetricsCsv(report.rows));
    const { rows } = parseMetricsCsv(stdout);
    expect(rows.map(({ line: _l, ...r }) => r)).toEqual(
      expect.arrayContaining(report.rows.map(({ text: _t, service: _s, ...r }) => r)),
    );
    expect(rows).toHaveLength(report.rows.length);
  });

  it('--channel keeps one channel, resolved as post files write it; an unknown one is exit 2 with the references', async () => {
    const { code, stdout } = await run(['report', '--channel', 'linkedin', '--json']);
    expect(code).toBe(0);
    const only = JSON.parse(stdout) as MetricsReport;
    expect(only.rows.map((r) => r.postId).sort()).toEqual([id(3), id(5)]);
    expect(only.totals.map((t) => [t.channel, t.postCount])).toEqual([['linkedin', 2]]);
    const byId = await run(['report', '--channel', defaultChannelId('linkedin'), '--json']);
    expect((JSON.parse(byId.stdout) as MetricsReport).rows).toEqual(only.rows);

    const unknown = await run(['report', '--channel', 'myspace']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(
      /^buffer-gitops: --channel myspace: Unknown channel "myspace".*Channels you can write: .*twitter/,
    );
  });

  it('--since takes days, weeks or a date; anything else is exit 2 naming the flag and an example', async () => {
    const days = JSON.parse((await run(['report', '--since', '2d', '--json'])).stdout) as MetricsReport;
    const today = Math.floor(Date.now() / DAY) * DAY;
    expect(days.since).toBe(iso(today - DAY));
    expect(days.rows.every((r) => Date.parse(r.sentAt!) >= today - DAY)).toBe(true);
    const weeks = JSON.parse((await run(['report', '--since', '8w', '--json'])).stdout) as MetricsReport;
    expect(weeks.since).toBe(iso(today - 55 * DAY));
    expect(weeks.rows.map((r) => r.postId)).toContain(id(6));
    const date = iso(T - 3 * DAY - DAY).slice(0, 10);
    const dated = JSON.parse((await run(['report', '--since', date, '--json'])).stdout) as MetricsReport;
    expect(dated.since).toBe(`${date}T00:00:00.000Z`);

    for (const [value, message] of [
      [
        'yesterday',
        /^buffer-gitops: --since takes a number of days or weeks, or a date \(YYYY-MM-DD\): e\.g\. --since 30d, --since 8w or --since 2026-01-01; got "yesterday"\.\n$/,
      ],
      ['0d', /^buffer-gitops: --since 0d: the window needs at least one day \(e\.g\. --since 30d/],
      ['2026-02-30', /^buffer-gitops: --since 2026-02-30: not a date in the calendar/],
      ['2999-01-01', /^buffer-gitops: --since 2999-01-01: a date after today/],
      [
        '400d',
        /^buffer-gitops: --since 400d: 400 days; Buffer's totals cover at most 365 days \(e\.g\. --since 365d\)\.\n$/,
      ],
    ] as const) {
      const bad = await run(['report', '--since', value]);
      expect(bad.code, value).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(message);
    }
    const both = await run(['report', '--json', '--csv']);
    expect([both.code, both.stderr]).toEqual([
      2,
      'buffer-gitops: --json and --csv are two formats for stdout; give one.\n',
    ]);
  });

  it('without a key reads the metrics file and says the numbers are as of the last sync; no totals', async () => {
    // The file as sync writes it: the tracked posts' rows.
    const fileRows = report.rows.filter((r) => r.file !== null);
    await writeFile(join(fx.work, 'posts/metrics.csv'), renderMetricsCsv(fileRows));
    const { code, stdout, stderr } = await run(['report', '--json'], {}, false);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^No BUFFER_API_KEY: the numbers are from posts\/metrics\.csv, as of the last sync \(Buffer refreshed them \d{4}-\d\d-\d\d \d\d:\d\d Europe\/Berlin\); per-channel totals come from Buffer and need the key\.\n$/,
    );
    const offline = JSON.parse(stdout) as MetricsReport;
    expect(offline.totals).toEqual([]);
    const strip = (r: MetricsRow) => ({ ...r, text: undefined, service: undefined });
    expect(offline.rows.map(strip)).toEqual(fileRows.map(strip));
    // The file keeps no text; the post file gives the excerpt.
    expect(offline.rows.find((r) => r.postId === id(1))!.text).toBe('Launch | day `v2` <b>bold</b>\n\nsecond line');

    const text = await run(['report', '--channel', 'twitter'], {}, false);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2 posts sent on 1 channel');
    expect(text.stdout).not.toContain('Per channel');

    const unknown = await run(['report', '--channel', 'bluesky'], {}, false);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'buffer-gitops: --channel bluesky: no row of posts/metrics.csv names that channel; it names "linkedin", "mastodon", "twitter".\n',
    );
    const missing = await run(['report', '--metrics-file', 'posts/none.csv'], {}, false);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^buffer-gitops: no BUFFER_API_KEY, and posts\/none\.csv does not exist: sync writes it/,
    );

    await writeFile(join(fx.work, 'posts/metrics.csv'), 'file,channel\nx,y\n');
    const broken = await run(['report'], {}, false);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^buffer-gitops: posts\/metrics\.csv:1: the header must start with file,channel,post_id/,
    );
  });

  it('the bundled CLI (dist/cli, report in a chunk of its own) gives the same report', async () => {
    const bundled = await runCli(['report', '--json'], {
      cwd: fx.work,
      gitEnv: fx.env,
      env: { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url },
    });
    expect(bundled.code, bundled.stderr).toBe(0);
    const again = JSON.parse(bundled.stdout) as MetricsReport;
    expect(again.rows).toEqual(report.rows);
    expect(again.totals).toEqual(report.totals);
  });

  it('a rejected key is exit 4, an error from Buffer exit 3, as for every command', async () => {
    const { code, stderr } = await run(['report'], { BUFFER_API_KEY: 'wrong' });
    expect(code).toBe(4);
    expect(stderr).not.toContain('wrong');
    sandbox.setFaults({ rules: [{ operation: 'aggregatedPostMetrics', fault: 'limit-reached', times: 10 }] });
    try {
      const failed = await run(['report']);
      expect(failed.code, failed.stderr).toBe(3);
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toMatch(/^buffer-gitops: /);
    } finally {
      sandbox.setFaults({});
    }
  });
});

/**
 * The README's worked example moves the sandbox's clock far past this
 * machine's (a post due in a year, the clock moved past it). The window then
 * ends at Buffer's clock, which every answer carries in its Date header, and
 * the metrics file's latest refresh stands for it without a key: the post
 * is in the report, not "nothing sent".
 */
describe('buffer-gitops report when Buffer’s clock is ahead of this machine’s', () => {
  it('ends the window at Buffer’s clock, with a key and from the metrics file', async () => {
    const due = Date.now() + 365 * DAY;
    const sandbox = await startSandbox({ now: iso(Date.now()), rateLimits: false });
    const fx = await createGitFixture();
    try {
      const env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
      const cli = (args: string[], extra: Record<string, string> = env) => runMain(args, { env: extra, cwd: fx.work });
      await fx.writeFiles({
        'posts/later.md': `---\nchannel: twitter\nmode: customScheduled\ndueAt: ${iso(due)}\n---\nA year from now.\n`,
      });
      await fx.commitAll('a post for next year');
      expect((await cli(['apply', '--branches', 'main'])).code).toBe(0);
      // Past the due time and the next 06:00 UTC refresh.
      sandbox.setClock(iso(due + DAY));
      const live = await cli(['report', '--json']);
      expect(live.code, live.stderr).toBe(0);
      const report = JSON.parse(live.stdout) as MetricsReport;
      const [post] = sandbox.state().posts;
      expect(report.rows.map((r) => [r.postId, r.file])).toEqual([[post!.id, 'posts/later.md']]);
      expect(Date.parse(report.until)).toBeGreaterThan(due);
      expect(report.totals.find((t) => t.channel === 'twitter')?.postCount).toBe(1);

      expect((await cli(['sync', '--branches', 'main'])).code).toBe(0);
      const offline = await cli(['report', '--json'], { BUFFER_API_URL: sandbox.url });
      expect(offline.code, offline.stderr).toBe(0);
      expect((JSON.parse(offline.stdout) as MetricsReport).rows.map((r) => r.postId)).toEqual([post!.id]);
    } finally {
      await sandbox.close();
      await fx.cleanup();
    }
  });
});
