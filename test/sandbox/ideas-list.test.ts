/**
 * The sandbox's `ideas` query (added for issue 6: the exactly-once check for
 * ideas reads the board): oldest first, cursor pagination, the reference's
 * filters, and the official CLI's `buffer ideas list` unchanged against it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferClient } from '../../src/buffer/client.js';
import { DEFAULT_ORGANIZATION_ID, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';

const CLI = join(dirname(createRequire(import.meta.url).resolve('@bufferapp/cli/package.json')), 'built', 'index.mjs');
const home = mkdtempSync(join(tmpdir(), 'buffer-cli-home-'));

describe('ideas list', () => {
  let sb: RunningSandbox;
  let client: BufferClient;
  beforeAll(async () => {
    sb = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
    client = new BufferClient({ apiKey: sb.apiKey, apiUrl: sb.url });
    for (let i = 0; i < 5; i++) {
      const result = await client.createIdea({
        organizationId: DEFAULT_ORGANIZATION_ID,
        content: { title: `Idea ${i}`, text: `Text ${i}` },
      });
      expect(result.ok).toBe(true);
      sb.advanceClock(60);
    }
  });
  afterAll(() => sb?.close());

  it('lists every idea, oldest first, with its creation time, across pages', async () => {
    const ideas = await client.ideas(DEFAULT_ORGANIZATION_ID, { pageSize: 2 });
    expect(ideas.map((i) => i.content.title)).toEqual(['Idea 0', 'Idea 1', 'Idea 2', 'Idea 3', 'Idea 4']);
    const times = ideas.map((i) => i.createdAt!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[1]! - times[0]!).toBe(60);
    expect(sb.state().stats.byRootField.ideas).toBe(3);
  });

  it('filters by group membership (grouped: none here)', async () => {
    const body = await client.read(
      'Grouped',
      'query Grouped($input: IdeasInput!) { ideas(input: $input) { edges { node { id } } } }',
      { input: { organizationId: DEFAULT_ORGANIZATION_ID, groupFilter: { membership: 'grouped' } } },
      1,
    );
    expect((body.ideas as { edges: unknown[] }).edges).toEqual([]);
  });

  it("answers the official CLI's `buffer ideas list`", async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [
          CLI,
          'ideas',
          'list',
          '--organization-id',
          DEFAULT_ORGANIZATION_ID,
          '--limit',
          '3',
          '--api-url',
          sb.url,
          '--output',
          'json',
          '--quiet',
        ],
        {
          env: {
            PATH: process.env.PATH ?? '',
            HOME: home,
            XDG_CONFIG_HOME: join(home, '.config'),
            BUFFER_API_KEY: sb.apiKey,
            BUFFER_DISABLE_UPDATE_CHECK: '1',
            NO_COLOR: '1',
          },
          timeout: 30_000,
        },
        (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)),
      ),
    );
    const json = JSON.parse(out) as { items: { content: { title: string } }[]; pageInfo: { hasNextPage: boolean } };
    expect(json.items.map((i) => i.content.title)).toEqual(['Idea 0', 'Idea 1', 'Idea 2']);
    expect(json.pageInfo.hasNextPage).toBe(true);
  });
});
