/**
 * Import (issue 5): a team with 30 scheduled posts over three channels runs
 * `command: import` in a manual workflow run and gets 30 files in one commit;
 * the CLI's `plan` then has nothing to do, and importing again adds nothing.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { defaultChannelId, defaultSeed } from '../../src/sandbox/index.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { METADATA_KEY } from '../../src/buffer/types.js';
import { CASES, createEveryVariant, withoutThread } from '../import/metadata-variants.js';
import { createHarness, type Harness } from './harness.js';
import { runScheduled, type ScheduledRun } from './sync-run.js';

const SERVICES = ['twitter', 'linkedin', 'mastodon'] as const;
const TEXTS = [
  'Launch *day* is here',
  '# 5 things we learned\n- faster\n- smaller',
  'Read https://example.com/notes_v2?ref=buffer',
  'Two paragraphs.\n\nThe second one.',
];

function seedWithQueue() {
  const seed = defaultSeed();
  seed.posts = Array.from({ length: 30 }, (_, i) => ({
    id: `65f0c0de00cc${String(i).padStart(12, '0')}`,
    channelId: defaultChannelId(SERVICES[i % 3]!),
    text: `${TEXTS[i % TEXTS.length]} (${i + 1})`,
    status: 'scheduled' as const,
    shareMode: 'customScheduled' as const,
    isCustomScheduled: true,
    dueAt: new Date(Date.UTC(2027, 1, 1 + i, 9, 30)).toISOString(),
  }));
  return seed;
}

/** The bundled CLI with the sandbox's key and URL (test/cli/run-cli.ts: also checks its words). */
const cli = (args: string[], cwd: string, h: Harness) =>
  runCli(args, { cwd, env: { BUFFER_API_KEY: h.sandbox.apiKey, BUFFER_API_URL: h.sandbox.url } });

describe('import of an existing queue of 30 posts over three channels', () => {
  let h: Harness;
  let run: ScheduledRun;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z', seed: seedWithQueue() });
    run = await runScheduled(h, { eventName: 'workflow_dispatch', inputs: { command: 'import' } });
    await h.pull();
  });
  afterAll(async () => h?.close());

  it('writes 30 files in one commit, one per post, each read back as its post', async () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.report.writeBack.status).toBe('pushed');
    expect(await h.fx.git(['log', '-1', '--format=%s'])).toMatch(
      /^buffer-gitops: import 30 Buffer posts as files \[skip ci\]$/,
    );
    const names = await readdir(path.join(h.fx.work, 'posts'));
    expect(names).toHaveLength(30);
    expect(names).toContain('2027-02-01-launch-day-is-here-1.md');
    const ids = new Set<string>();
    for (const name of names) {
      const post = parsePostFile(`posts/${name}`, await h.read(`posts/${name}`));
      expect(post.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
      for (const entry of Object.values(post.tracked)) ids.add(entry.id);
    }
    expect(ids.size).toBe(30);
  });

  it('a plan afterwards has nothing to do', async () => {
    const plan = await cli(['plan', '--json'], h.fx.work, h);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const report = JSON.parse(plan.stdout) as { items: unknown[]; findings: unknown[] };
    expect(report.items).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('importing again writes no new file (CLI) and makes no commit (action)', async () => {
    const again = await cli(['import'], h.fx.work, h);
    expect(again.code, again.stderr).toBe(0);
    expect(await h.fx.git(['status', '--porcelain'])).toBe('');
    const head = await h.head();
    const action = await runScheduled(h, { eventName: 'workflow_dispatch', inputs: { command: 'import' } });
    expect(action.exitCode, action.stdout).toBe(0);
    expect(action.report.writeBack.status).toBe('nothing-to-record');
    expect(await h.fx.git(['ls-remote', h.fx.bare, 'refs/heads/main'])).toContain(head);
  });
});

describe('import through the bundled action of one post of every metadata variant (issue 12)', () => {
  let h: Harness;
  let run: ScheduledRun;
  let ids: Map<string, string>;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    ids = await createEveryVariant(h.sandbox);
    run = await runScheduled(h, { eventName: 'workflow_dispatch', inputs: { command: 'import' } });
    await h.pull();
  });
  afterAll(async () => h?.close());

  it("writes each post's options back as they were sent, and the CLI's plan has nothing to do", async () => {
    expect(run.exitCode, run.stdout).toBe(0);
    const byId = new Map<string, Record<string, unknown> | undefined>();
    for (const name of await readdir(path.join(h.fx.work, 'posts'))) {
      const post = parsePostFile(`posts/${name}`, await h.read(`posts/${name}`));
      expect(
        post.findings.filter((f) => f.severity !== 'notice'),
        name,
      ).toEqual([]);
      byId.set(Object.values(post.tracked)[0]!.id, post.metadata);
    }
    expect(byId.size).toBe(CASES.length);
    for (const c of CASES)
      expect(byId.get(ids.get(c.name)!)?.[METADATA_KEY[c.service]!] ?? {}, c.name).toEqual(withoutThread(c.metadata));
    const plan = await cli(['plan', '--json'], h.fx.work, h);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const report = JSON.parse(plan.stdout) as { items: unknown[]; findings: unknown[] };
    expect(report.findings).toEqual([]);
    expect(report.items).toEqual([]);
  });
});
