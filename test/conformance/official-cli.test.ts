/**
 * The independent check that the sandbox speaks Buffer's API (SPEC §7): the
 * official Buffer CLI (@bufferapp/cli, hidden `--api-url`) runs unchanged
 * against it. Every check asserts on the CLI's JSON output.
 *
 * Isolation: a temporary HOME / XDG_CONFIG_HOME so no user config is read,
 * `BUFFER_DISABLE_UPDATE_CHECK=1` and `--quiet` so the CLI never asks
 * registry.npmjs.org for a newer version; every request goes to 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultChannelId,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('@bufferapp/cli/package.json')), 'built', 'index.mjs');
const NOW = '2026-03-02T10:00:00.000Z';

interface CliResult {
  code: number;
  /** The JSON document the CLI printed (stdout on success, stderr on failure). */
  json: any;
  stdout: string;
  stderr: string;
}

const home = mkdtempSync(join(tmpdir(), 'buffer-cli-home-'));

function buffer(sb: RunningSandbox, args: string[], apiKey = 'sandbox'): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args, '--api-url', sb.url, '--output', 'json', '--quiet'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          XDG_CONFIG_HOME: join(home, '.config'),
          BUFFER_API_KEY: apiKey,
          BUFFER_DISABLE_UPDATE_CHECK: '1',
          NO_COLOR: '1',
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? Number((error as NodeJS.ErrnoException & { code: unknown }).code) : 0;
        const text = (code === 0 ? stdout : stderr).trim();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ code, json, stdout, stderr });
      },
    );
  });
}

const twitter = defaultChannelId('twitter');
const create = (sb: RunningSandbox, extra: string[]) =>
  buffer(sb, ['posts', 'create', '--channel-id', twitter, '--scheduling-type', 'automatic', ...extra]);

describe('official Buffer CLI against the sandbox', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ now: NOW });
  });
  afterAll(async () => sb.close());

  it('account', async () => {
    const r = await buffer(sb, ['account']);
    expect(r.code).toBe(0);
    expect(r.json).toEqual({
      id: '65f0c0de0001000000000001',
      email: 'sandbox@example.com',
      organizations: [{ id: DEFAULT_ORGANIZATION_ID, channelCount: 12 }],
      timezone: 'Europe/London',
    });
  });

  it('channels list and channels get', async () => {
    const list = await buffer(sb, ['channels', 'list', '--organization-id', DEFAULT_ORGANIZATION_ID]);
    expect(list.code).toBe(0);
    const items = Array.isArray(list.json) ? list.json : list.json.items;
    expect(items).toHaveLength(12);
    expect(items).toContainEqual({ id: twitter, name: 'acme', service: 'twitter' });
    const get = await buffer(sb, ['channels', 'get', '--id', defaultChannelId('mastodon')]);
    expect(get.code).toBe(0);
    expect(get.json).toMatchObject({
      id: defaultChannelId('mastodon'),
      service: 'mastodon',
      timezone: 'Europe/London',
      displayName: 'Acme Inc',
    });
  });

  it('posts create: addToQueue, customScheduled, shareNow, --save-to-draft', async () => {
    const queued = await create(sb, ['--mode', 'addToQueue', '--text', 'Queued from the official CLI']);
    expect(queued.code).toBe(0);
    expect(queued.json).toEqual({
      __typename: 'PostActionSuccess',
      post: { id: expect.stringMatching(/^[0-9a-f]{24}$/), status: 'scheduled' },
    });
    const custom = await create(sb, [
      '--mode',
      'customScheduled',
      '--due-at',
      '2026-06-01T09:00:00+01:00',
      '--text',
      'At a fixed time',
    ]);
    expect(custom.json.post.status).toBe('scheduled');
    expect(sb.state().posts.find((p) => p.id === custom.json.post.id)!.dueAt).toBe('2026-06-01T08:00:00.000Z');
    const now = await create(sb, ['--mode', 'shareNow', '--text', 'Right now']);
    expect(now.json.post.status).toBe('sent');
    const draft = await create(sb, ['--mode', 'addToQueue', '--text', 'Just a draft', '--save-to-draft']);
    expect(draft.json.post.status).toBe('draft');
  });

  it('posts list pages with --limit and --after; posts get', async () => {
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const r = await buffer(sb, [
        'posts',
        'list',
        '--organization-id',
        DEFAULT_ORGANIZATION_ID,
        '--limit',
        '3',
        ...(after ? ['--after', after] : []),
      ]);
      expect(r.code).toBe(0);
      pages++;
      ids.push(...r.json.items.map((i: { id: string }) => i.id));
      expect(r.json.pageInfo.hasPreviousPage).toBe(false);
      if (!r.json.pageInfo.hasNextPage) break;
      after = r.json.pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(new Set(ids)).toEqual(new Set(sb.state().posts.map((p) => p.id)));
    expect(ids).toHaveLength(4);
    const get = await buffer(sb, ['posts', 'get', '--id', ids[0]!]);
    expect(get.code).toBe(0);
    expect(get.json).toMatchObject({ id: ids[0], channel: { id: twitter, name: 'acme' }, createdAt: NOW });
  });

  it('posts edit returns the whole post', async () => {
    const id = sb.state().posts.find((p) => p.text === 'Queued from the official CLI')!.id;
    const r = await buffer(sb, [
      'posts',
      'edit',
      '--id',
      id,
      '--scheduling-type',
      'automatic',
      '--mode',
      'addToQueue',
      '--text',
      'Edited by the CLI',
    ]);
    expect(r.code).toBe(0);
    expect(r.json.__typename).toBe('PostActionSuccess');
    expect(r.json.post).toMatchObject({
      id,
      text: 'Edited by the CLI',
      status: 'scheduled',
      via: 'api',
      channelService: 'twitter',
      metadata: { __typename: 'TwitterPostMetadata' },
    });
  });

  it('posts delete, and again: the second reports not found (exit 3)', async () => {
    const id = sb.state().posts.find((p) => p.status === 'draft')!.id;
    const first = await buffer(sb, ['posts', 'delete', '--id', id]);
    expect(first.code).toBe(0);
    expect(first.json).toEqual({ __typename: 'DeletePostSuccess', id });
    const second = await buffer(sb, ['posts', 'delete', '--id', id]);
    expect(second.code).toBe(3);
    expect(second.json).toEqual({ error: 'API_ERROR', code: 3, message: `Post ${id} not found` });
  });

  it('ideas create and dailyPostingLimits list', async () => {
    const idea = await buffer(sb, [
      'ideas',
      'create',
      '--organization-id',
      DEFAULT_ORGANIZATION_ID,
      '--title',
      'T',
      '--text',
      'X',
    ]);
    expect(idea.code).toBe(0);
    expect(idea.json).toMatchObject({
      __typename: 'Idea',
      organizationId: DEFAULT_ORGANIZATION_ID,
      content: { title: 'T', text: 'X' },
    });
    const limits = await buffer(sb, [
      'dailyPostingLimits',
      'list',
      '--channel-ids',
      `${twitter},${defaultChannelId('linkedin')}`,
    ]);
    expect(limits.code).toBe(0);
    const list = Array.isArray(limits.json) ? limits.json : limits.json.items;
    // Today (2 March, London): the shareNow post was sent and the queued one sits in the 13:00 slot.
    expect(list).toEqual([
      { channelId: twitter, sent: 1, scheduled: 1, limit: 50, isAtLimit: false },
      { channelId: defaultChannelId('linkedin'), sent: 0, scheduled: 0, limit: 50, isAtLimit: false },
    ]);
  });

  it('a wrong key exits 4 with the sandbox message', async () => {
    const r = await buffer(sb, ['account'], 'not-a-key');
    expect(r.code).toBe(4);
    expect(r.json).toEqual({ error: 'AUTH_ERROR', code: 4, message: 'Access token is not valid' });
  });

  it('an Instagram post without media exits 3 with the InvalidInputError message', async () => {
    const r = await buffer(sb, [
      'posts',
      'create',
      '--channel-id',
      defaultChannelId('instagram'),
      '--scheduling-type',
      'automatic',
      '--mode',
      'addToQueue',
      '--text',
      'No picture',
    ]);
    expect(r.code).toBe(3);
    expect(r.json).toEqual({
      error: 'API_ERROR',
      code: 3,
      message: 'Instagram posts require at least one image or video asset',
    });
  });
});

describe('official Buffer CLI and the 15-minute budget', () => {
  it('exits 3 with "Rate limit exceeded (`15m` window)" once the budget is spent', async () => {
    const sb = await startSandbox({ now: NOW, rateLimits: { '15m': 2, '24h': 100, '30d': 1000 } });
    try {
      expect((await buffer(sb, ['account'])).code).toBe(0);
      expect((await buffer(sb, ['account'])).code).toBe(0);
      const r = await buffer(sb, ['account']);
      expect(r.code).toBe(3);
      expect(r.json.error).toBe('API_ERROR');
      expect(r.json.message).toMatch(/^Rate limit exceeded \(`15m` window\)\. Retry after `15m`\.$/);
    } finally {
      await sb.close();
    }
  });
});
