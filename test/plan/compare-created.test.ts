/**
 * No perpetual edits (issue 11): a post the product just created compares
 * equal to its file. Every sample post (posts/), the typed-values fixtures
 * and one post of every metadata variant (test/import/metadata-variants.ts)
 * are planned, created in the sandbox through the product's own plan and
 * apply, read back with the full tracked-post lookup, and planned again as a
 * full reconcile: nothing to do. Values equal to Buffer's defaults
 * (YouTube's `privacy: public`, …) are among them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply.js';
import { BufferClient } from '../../src/buffer/client.js';
import { METADATA_KEY, type Channel } from '../../src/buffer/types.js';
import { buildPlan, type PostFileChange } from '../../src/plan/build-plan.js';
import type { Plan } from '../../src/plan/types.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { validatePost } from '../../src/validate/rules.js';
import { setBufferBlock } from '../../src/writeback/buffer-block.js';
import { mergeEntries, trackedUpdatesFrom } from '../../src/writeback/tracked-updates.js';
import { CASES } from '../import/metadata-variants.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2027-01-01T00:00:00.000Z';

/** A metadata variant as a post file: front-matter in YAML's JSON form, the thread in the body. */
function variantFile(c: (typeof CASES)[number], day: number): string {
  const { thread, ...options } = c.metadata as {
    thread?: { text: string; assets: { image: { url: string; metadata: { altText: string } } }[] }[];
  };
  const front = [
    `channel: ${c.service}`,
    `dueAt: ${new Date(Date.UTC(2027, 1, 1 + day, 9)).toISOString()}`,
    ...(c.assets ? [`assets: ${JSON.stringify(c.assets)}`] : []),
    ...(Object.keys(options).length ? [`metadata: ${JSON.stringify({ [METADATA_KEY[c.service]!]: options })}`] : []),
  ];
  const items = thread?.map((t) =>
    [t.text, ...t.assets.map((a) => `![${a.image.metadata.altText}](${a.image.url})`)].join('\n\n'),
  ) ?? [c.text];
  return `---\n${front.join('\n')}\n---\n${items.join('\n\n---\n\n')}\n`;
}

/** The typed-values fixtures (test/e2e/typed-values.test.ts) and the draft and queue forms. */
const EXTRA: Record<string, string> = {
  'posts/video.md':
    '---\nchannel: youtube\nassets:\n  videos: [{url: "https://example.com/v/demo.mp4", title: Demo}]\nmetadata:\n  youtube: {title: Acme 2.0 in five minutes, categoryId: 28, privacy: public}\n---\nThe five-minute tour of Acme 2.0.\n',
  'posts/dated.md': '---\nchannel: linkedin\ndueAt: 2027-03-02T09:00:00+01:00\n---\nAcme 2.0 ships on Tuesday.\n',
  'posts/draft.md':
    '---\nchannels: [twitter, linkedin]\ndraft: true\ndueAt: 2027-03-05T09:00:00+01:00\n---\nStill a draft.\n',
  'posts/queued.md': '---\nchannel: mastodon\nmode: shareNext\n---\nTop of the queue.\n',
};

describe('a post just created compares equal to its file', () => {
  let sb: Awaited<ReturnType<typeof startSandbox>>;
  let client: BufferClient;
  let channels: Channel[];
  const files = new Map<string, string>();
  let created: Plan;
  let again: Plan;
  let replan: (remote: Map<string, unknown>) => Plan;
  let remote: Map<string, unknown>;

  beforeAll(async () => {
    sb = await startSandbox({ port: 0, now: NOW, clock: 'frozen', rateLimits: false });
    client = new BufferClient({ apiKey: sb.apiKey, apiUrl: sb.url });
    const organizationId = (await client.account()).organizations[0]!.id;
    channels = await client.channels(organizationId);
    for (const name of await readdir(path.join(ROOT, 'posts')))
      files.set(`posts/${name}`, await readFile(path.join(ROOT, 'posts', name), 'utf8'));
    for (const [name, raw] of Object.entries(EXTRA)) files.set(name, raw);
    CASES.forEach((c, i) => files.set(`posts/variant-${c.name}.md`, variantFile(c, i)));

    const plan = (posts: PostFileChange[], remote?: Map<string, never>, basis: Plan['basis'] = 'diff') =>
      buildPlan({
        basis,
        posts,
        channels,
        remote,
        deleteSent: false,
        now: new Date(NOW),
        render: renderPost,
        validate: validatePost,
      });
    created = plan([...files].map(([p, raw]) => ({ path: p, kind: 'added', current: parsePostFile(p, raw, {}) })));
    const outcomes = await applyPlan(client, created, {
      organizationId,
      createdSince: new Date(NOW),
      trackedIds: new Set(),
      now: () => new Date(NOW),
    });
    expect(outcomes.filter((o) => o.status !== 'created').map((o) => `${o.item.file}: ${o.message}`)).toEqual([]);

    const updates = trackedUpdatesFrom(outcomes);
    const tracked = [...files].map(([p, raw]) => {
      const current = parsePostFile(p, raw, {});
      const next = mergeEntries(current.tracked, updates.get(p)!)!;
      return { path: p, raw: setBufferBlock(raw, next) };
    });
    const ids = outcomes.map((o) => o.post!.id);
    remote = await client.postsByIds(ids);
    replan = (r) =>
      plan(
        tracked.map(({ path: p, raw }) => ({ path: p, kind: 'unchanged', current: parsePostFile(p, raw, {}) })),
        r as Map<string, never>,
        'full',
      );
    again = replan(remote);
  });
  afterAll(() => sb?.close());

  it('created one post per file × channel, every service of the fixtures among them', () => {
    expect(created.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const services = new Set(created.items.map((i) => i.service));
    for (const s of [
      'twitter',
      'linkedin',
      'mastodon',
      'bluesky',
      'instagram',
      'youtube',
      'threads',
      'facebook',
      'pinterest',
      'tiktok',
      'googlebusiness',
    ] as const) {
      expect(services.has(s), s).toBe(true);
    }
    expect(created.items.every((i) => i.action === 'create')).toBe(true);
  });

  it('a full reconcile right after plans nothing', () => {
    expect([...remote.values()].every((p) => (p as { content?: unknown }).content)).toBe(true);
    expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(again.items).toEqual([]);
  });

  it('the same comparison sees a difference in what was read (a thread item reworded in Buffer)', () => {
    const changed = new Map(remote);
    const [id, post] = [...remote].find(
      ([, p]) => (p as { content: { thread: unknown[] } }).content.thread.length > 1,
    )!;
    const copy = structuredClone(post) as { content: { thread: { text: string }[] } };
    copy.content.thread[1]!.text = 'reworded in the app';
    changed.set(id, copy);
    expect(replan(changed).items).toEqual([
      expect.objectContaining({ action: 'edit', postId: id, changed: ['thread'] }),
    ]);
  });
});
