/**
 * Import writes one file per Buffer post no file tracks, which the product
 * reads back as that post: channel reference, schedule, draft, assets,
 * thread items, required per-network options and the `buffer:` ID.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../cli/run-cli.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import { defaultChannelId, defaultSeed } from '../../src/sandbox/index.js';
import { inProcess, type InProcess } from '../sync/in-process.js';

const id = (n: number) => `65f0c0de00bb${String(n).padStart(12, '0')}`;

describe('import', () => {
  let t: InProcess;
  let files: string[];

  beforeAll(async () => {
    const seed = defaultSeed();
    seed.posts = [
      {
        id: id(1),
        channelId: defaultChannelId('twitter'),
        text: 'Launch *day*: read https://example.com/launch_notes',
        status: 'scheduled',
        shareMode: 'customScheduled',
        isCustomScheduled: true,
        dueAt: '2027-03-02T09:30:00.000Z',
        metadata: {
          thread: [
            { text: 'Launch *day*: read https://example.com/launch_notes', assets: [] },
            {
              text: '- not a list',
              assets: [{ image: { url: 'https://example.com/two.png', metadata: { altText: 'Two' } } }],
            },
          ],
        },
      },
      {
        id: id(2),
        channelId: defaultChannelId('instagram'),
        text: 'Behind the scenes',
        status: 'scheduled',
        dueAt: '2027-07-01T17:00:00.000Z',
        assets: [{ image: { url: 'https://example.com/bts.jpg', metadata: { altText: 'The team' } } }],
        metadata: { type: 'post', shouldShareToFeed: true, firstComment: '#team' },
      },
      { id: id(3), channelId: defaultChannelId('linkedin'), text: 'A draft idea', status: 'draft', dueAt: null },
      {
        id: id(4),
        channelId: defaultChannelId('mastodon'),
        text: 'Already sent',
        status: 'sent',
        dueAt: '2026-12-01T09:00:00.000Z',
        sentAt: '2026-12-01T09:00:00.000Z',
      },
    ];
    t = await inProcess({ now: '2027-01-01T00:00:00Z', seed });
    const run = await t.run('import');
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    files = (await readdir(path.join(t.dir, 'posts'))).sort();
  });
  afterAll(async () => t?.close());

  it('writes scheduled and draft posts (not sent ones), named by date and text', () => {
    expect(files).toEqual([
      '2027-01-01-a-draft-idea.md',
      '2027-03-02-launch-day-read.md',
      '2027-07-01-behind-the-scenes.md',
    ]);
  });

  it("keeps a scheduled time in the channel's zone, the thread, and the thread item's image", async () => {
    const raw = await t.read('posts/2027-03-02-launch-day-read.md');
    expect(raw).toContain('channel: twitter\nmode: customScheduled\ndueAt: 2027-03-02T09:30:00+00:00\n');
    expect(raw).toContain(`  twitter: {id: ${id(1)}, status: scheduled, dueAt: "2027-03-02T09:30:00.000Z"}`);
    const post = parsePostFile('x.md', raw);
    expect(post.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const rendered = renderPost(post, 'twitter');
    expect(rendered.text).toBe('Launch *day*: read https://example.com/launch_notes');
    expect(rendered.thread?.map((i) => [i.text, i.assets])).toEqual([
      ['Launch *day*: read https://example.com/launch_notes', []],
      ['- not a list', [{ image: { url: 'https://example.com/two.png', metadata: { altText: 'Two' } } }]],
    ]);
  });

  it('keeps assets and the options Instagram requires', async () => {
    const post = parsePostFile('x.md', await t.read('posts/2027-07-01-behind-the-scenes.md'));
    expect(post.findings).toEqual([]);
    expect(post.dueAt?.raw).toBe('2027-07-01T18:00:00+01:00');
    expect(post.assets).toEqual([{ image: { url: 'https://example.com/bts.jpg', metadata: { altText: 'The team' } } }]);
    expect(post.metadata).toEqual({ instagram: { type: 'post', shouldShareToFeed: true, firstComment: '#team' } });
    expect(post.tracked).toEqual({ instagram: { id: id(2), status: 'scheduled', dueAt: '2027-07-01T17:00:00.000Z' } });
  });

  it('writes a draft as `draft: true` without a time', async () => {
    const post = parsePostFile('x.md', await t.read('posts/2027-01-01-a-draft-idea.md'));
    expect(post).toMatchObject({ draft: true, mode: 'addToQueue', channels: [{ ref: 'linkedin' }] });
    expect(post.dueAt).toBeUndefined();
  });

  it('--status chooses the statuses; a second import writes nothing new', async () => {
    const env = { BUFFER_API_KEY: t.sandbox.apiKey, BUFFER_API_URL: t.sandbox.url };
    const run = await runMain(['import', '--status', 'sent,scheduled', '--json'], { env, cwd: t.dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      import: { files: { file: string; postId: string; status: string }[] };
    };
    expect(report.import.files).toEqual([
      { file: 'posts/2026-12-01-already-sent.md', postId: id(4), channel: 'mastodon', status: 'sent', written: true },
    ]);
    expect(await readdir(path.join(t.dir, 'posts'))).toHaveLength(4);
    const again = await t.run('import');
    expect(again.report.writeBack).toMatchObject({ status: 'nothing-to-record', files: [] });
    expect(await readdir(path.join(t.dir, 'posts'))).toHaveLength(4);
  });

  it('refuses an unknown status with a usage error', async () => {
    const env = { BUFFER_API_KEY: t.sandbox.apiKey, BUFFER_API_URL: t.sandbox.url };
    const run = await runMain(['import', '--status', 'queued'], { env, cwd: t.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a status: queued/);
  });
});
