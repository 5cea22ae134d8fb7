/**
 * The independent check that the sandbox speaks Buffer's API (SPEC §7): the
 * official Buffer CLI (@bufferapp/cli, hidden `--api-url`) runs unchanged
 * against it. Every check asserts on the CLI's JSON output (completion and
 * help print text, checked as text). Issue 15: every command of the CLI is
 * run, which the last test checks against the CLI's own `schema list` and
 * `--help`; the two that are not are listed there with the reason.
 *
 * Isolation: a temporary HOME / XDG_CONFIG_HOME so no user config is read,
 * `BUFFER_DISABLE_UPDATE_CHECK=1` and `--quiet` so the CLI never asks
 * registry.npmjs.org for a newer version; every request goes to 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type RunningSandbox,
} from '../../src/sandbox/index.js';
import { exitCodeOf } from '../helpers/run-action.js';

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
const LOCAL_FETCH_ONLY = fileURLToPath(new URL('../helpers/local-fetch-only.mjs', import.meta.url));

/** Every command this file ran (`posts.create`, `account`, `config.set`, …), for the coverage check at the end. */
const covered = new Set<string>();
const GROUPS = new Set([
  'channels',
  'posts',
  'ideas',
  'ideaGroups',
  'dailyPostingLimits',
  'postTemplates',
  'posttemplates',
  'config',
  'schema',
  'agent',
]);
function record(args: string[]): void {
  const [first, second] = args;
  covered.add(GROUPS.has(first!) && second && !second.startsWith('-') ? `${first}.${second}` : first!);
}

function buffer(sb: RunningSandbox, args: string[], apiKey = 'sandbox'): Promise<CliResult> {
  return run([...args, '--api-url', sb.url, '--output', 'json', '--quiet'], apiKey);
}

/** A command that needs no API: no `--api-url` (schema, context, completion, config, agent, help reject or ignore it). */
function offline(args: string[]): Promise<CliResult> {
  return run(args, 'sandbox');
}

/** `nodeArgs` go before the CLI (a preload); `inHome` is the HOME and working directory (default: the shared one). */
function run(args: string[], apiKey: string, opts: { nodeArgs?: string[]; inHome?: string } = {}): Promise<CliResult> {
  record(args);
  const dir = opts.inHome ?? home;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(opts.nodeArgs ?? []), CLI, ...args],
      {
        // The temporary HOME is also the working directory, so no repository config (.buffer/) is read.
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: dir,
          XDG_CONFIG_HOME: join(dir, '.config'),
          BUFFER_API_KEY: apiKey,
          BUFFER_DISABLE_UPDATE_CHECK: '1',
          NO_COLOR: '1',
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = exitCodeOf(error);
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

  /**
   * `doctor` takes the endpoint only from its config file (no --api-url) and
   * always asks registry.npmjs.org for the latest CLI version
   * (BUFFER_DISABLE_UPDATE_CHECK does not apply to it): it runs with a config
   * file naming the sandbox and a preload that keeps fetch on 127.0.0.1, so
   * the version check fails as it does offline and every other check talks
   * to the sandbox (OPTIONS /graphql, then `query Account`).
   */
  it('doctor: every check passes against the sandbox; a rejected key fails auth-key-valid', async () => {
    const doctorHome = mkdtempSync(join(tmpdir(), 'buffer-cli-doctor-'));
    mkdirSync(join(doctorHome, '.config', 'buffer'), { recursive: true });
    writeFileSync(
      join(doctorHome, '.config', 'buffer', 'config.json'),
      JSON.stringify({ apiUrl: sb.url, organizationId: DEFAULT_ORGANIZATION_ID }),
    );
    const doctor = (key: string) =>
      run(['doctor', '--output', 'json', '--verbose'], key, {
        nodeArgs: ['--import', LOCAL_FETCH_ONLY],
        inHome: doctorHome,
      });
    const before = sb.state().stats.byRootField.account ?? 0;
    const ok = await doctor('sandbox');
    expect(ok.code, ok.stderr).toBe(0);
    const checks = new Map(ok.json.checks.map((c: { name: string; status: string; message: string }) => [c.name, c]));
    expect([...checks.values()].filter((c: any) => c.status !== 'pass')).toEqual([]);
    expect(checks.get('api-reachable')).toMatchObject({ message: `${sb.url} is reachable` });
    expect(checks.get('auth-key-valid')).toMatchObject({ status: 'pass' });
    // The sandbox's rate-limit headers, read back as the free plan's three windows.
    expect([...checks.keys()].filter((n) => String(n).startsWith('rate-limit-'))).toEqual([
      'rate-limit-100-in-15min',
      'rate-limit-250-in-1day',
      'rate-limit-3000-in-30days',
    ]);
    expect((checks.get('cli-version') as { message: string }).message).toMatch(/latest version check skipped/);
    expect(sb.state().stats.byRootField.account).toBe(before + 1);
    const rejected = await doctor('not-a-key');
    expect(rejected.code).toBe(1);
    const failed = JSON.parse(rejected.stdout).checks.filter((c: { status: string }) => c.status === 'fail');
    expect(failed.map((c: { name: string }) => c.name)).toEqual(['auth-key-valid']);
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

// ---------------------------------------------------------------------------
// Issue 15: the rest of Buffer's API (idea groups, ideas list, post templates,
// movePostInQueue, metrics), then the commands that need no API.
// ---------------------------------------------------------------------------

const LAUNCH_GROUP = '65f0c0de0006000000000001';
const OTHER_ACCOUNT_PRIVATE = '65f0c0de0005000000000099';
const BUFFER_PUBLIC = ['65f0c0de0005000000000001', '65f0c0de0005000000000002'];

describe('official Buffer CLI against the rest of the sandbox (issue 15)', () => {
  let sb: RunningSandbox;
  const mastodon = defaultChannelId('mastodon');
  const linkedin = defaultChannelId('linkedin');
  beforeAll(async () => {
    const seed = defaultSeed();
    seed.ideaGroups = [
      { id: LAUNCH_GROUP, organizationId: DEFAULT_ORGANIZATION_ID, name: 'Launch', isLocked: false },
      { id: '65f0c0de0006000000000002', organizationId: DEFAULT_ORGANIZATION_ID, name: 'Archive', isLocked: true },
    ];
    // Someone else in Acme: their private template must never show up for the CLI's key.
    seed.accounts.push({
      id: '65f0c0de0001000000000002',
      email: 'colleague@example.com',
      timezone: 'Europe/London',
      apiKeys: ['colleague'],
    });
    seed.postTemplates!.push({
      id: OTHER_ACCOUNT_PRIVATE,
      organizationId: DEFAULT_ORGANIZATION_ID,
      accountId: '65f0c0de0001000000000002',
      title: 'Not yours',
      body: 'b',
      description: 'd',
      emoji: '',
      visibility: 'private',
      createdAt: '2025-06-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
    });
    sb = await startSandbox({ now: NOW, seed });
  });
  afterAll(async () => sb.close());

  const items = (json: any): any[] => (Array.isArray(json) ? json : json.items);

  it('ideaGroups list', async () => {
    const r = await buffer(sb, ['ideaGroups', 'list', '--organization-id', DEFAULT_ORGANIZATION_ID]);
    expect(r.code).toBe(0);
    expect(items(r.json)).toEqual([
      { id: LAUNCH_GROUP, name: 'Launch', isLocked: false },
      { id: '65f0c0de0006000000000002', name: 'Archive', isLocked: true },
    ]);
  });

  it('ideas create into a group (--json), ideas list', async () => {
    const made = await buffer(sb, [
      'ideas',
      'create',
      '--json',
      JSON.stringify({
        organizationId: DEFAULT_ORGANIZATION_ID,
        content: { title: 'Launch thread', text: 'Five things' },
        group: { groupId: LAUNCH_GROUP },
      }),
    ]);
    expect(made.code).toBe(0);
    expect(made.json).toMatchObject({ __typename: 'Idea', groupId: LAUNCH_GROUP, content: { title: 'Launch thread' } });
    const locked = await buffer(sb, [
      'ideas',
      'create',
      '--json',
      JSON.stringify({
        organizationId: DEFAULT_ORGANIZATION_ID,
        content: { title: 'x' },
        group: { groupId: '65f0c0de0006000000000002' },
      }),
    ]);
    expect(locked.code).toBe(3);
    expect(locked.json).toEqual({
      error: 'API_ERROR',
      code: 3,
      message: 'Idea group Archive is locked; your plan does not include it',
    });
    const list = await buffer(sb, ['ideas', 'list', '--organization-id', DEFAULT_ORGANIZATION_ID]);
    expect(list.code).toBe(0);
    expect(list.json.items).toEqual([
      expect.objectContaining({
        id: made.json.id,
        groupId: LAUNCH_GROUP,
        content: expect.objectContaining({ title: 'Launch thread' }),
      }),
    ]);
    expect(list.json.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('movePostInQueue --position top and bottom; a draft is refused (exit 3)', async () => {
    const queued: string[] = [];
    for (const text of ['First', 'Second', 'Third']) {
      const r = await buffer(sb, [
        'posts',
        'create',
        '--channel-id',
        mastodon,
        '--scheduling-type',
        'automatic',
        '--mode',
        'addToQueue',
        '--text',
        text,
      ]);
      expect(r.code).toBe(0);
      queued.push(r.json.post.id);
    }
    const top = await buffer(sb, ['movePostInQueue', '--id', queued[2]!, '--position', 'top']);
    expect(top.code).toBe(0);
    expect(top.json).toMatchObject({
      __typename: 'PostActionSuccess',
      post: {
        id: queued[2],
        text: 'Third',
        status: 'scheduled',
        dueAt: '2026-03-02T13:00:00.000Z',
        channelId: mastodon,
      },
    });
    const bottom = await buffer(sb, ['movePostInQueue', '--id', queued[2]!, '--position', 'bottom']);
    expect(bottom.json.post.dueAt).toBe('2026-03-03T09:00:00.000Z');
    const order = sb
      .state()
      .posts.filter((p) => p.channelId === mastodon)
      .sort((a, b) => a.dueAt!.localeCompare(b.dueAt!))
      .map((p) => p.text);
    expect(order).toEqual(['First', 'Second', 'Third']);
    const draft = await buffer(sb, [
      'posts',
      'create',
      '--channel-id',
      mastodon,
      '--scheduling-type',
      'automatic',
      '--mode',
      'addToQueue',
      '--text',
      'Draft',
      '--save-to-draft',
    ]);
    const refused = await buffer(sb, ['movePostInQueue', '--id', draft.json.post.id, '--position', 'top']);
    expect(refused.code).toBe(3);
    expect(refused.json).toEqual({
      error: 'API_ERROR',
      code: 3,
      message: `Post ${draft.json.post.id} is not in a queue (its status is draft)`,
    });
  });

  let template = '';
  it('posttemplates create: internal with every flag; private by default; public and a missing description refused (exit 3)', async () => {
    const r = await buffer(sb, [
      'posttemplates',
      'create',
      '--organization-id',
      DEFAULT_ORGANIZATION_ID,
      '--title',
      'Release notes',
      '--body',
      'New in {{version}}: {{highlights}}',
      '--description',
      'For every release',
      '--emoji',
      '📦',
      '--visibility',
      'internal',
    ]);
    expect(r.code).toBe(0);
    template = r.json.postTemplate.id;
    expect(r.json).toEqual({
      __typename: 'CreatePostTemplateSuccess',
      postTemplate: {
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        title: 'Release notes',
        body: 'New in {{version}}: {{highlights}}',
        description: 'For every release',
        emoji: '📦',
        visibility: 'internal',
        organizationId: DEFAULT_ORGANIZATION_ID,
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
    const mine = await buffer(sb, [
      'posttemplates',
      'create',
      '--organization-id',
      DEFAULT_ORGANIZATION_ID,
      '--title',
      'Mine',
      '--body',
      'b',
      '--description',
      'd',
    ]);
    expect(mine.json.postTemplate).toMatchObject({ visibility: 'private', emoji: '' });
    const base = [
      'posttemplates',
      'create',
      '--organization-id',
      DEFAULT_ORGANIZATION_ID,
      '--title',
      'T',
      '--body',
      'B',
    ];
    const pub = await buffer(sb, [...base, '--description', 'd', '--visibility', 'public']);
    expect(pub.code).toBe(3);
    expect(pub.json).toEqual({
      error: 'API_ERROR',
      code: 3,
      message:
        'The visibility `public` is only available to official Buffer clients; use `private` (the default) or `internal`',
    });
    const noDescription = await buffer(sb, base);
    expect(noDescription.json).toEqual({
      error: 'API_ERROR',
      code: 3,
      message: 'A post template needs a non-empty description',
    });
  });

  it("postTemplates list pages with --limit/--after and never shows someone else's private template; postTemplates get", async () => {
    const titles: string[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await buffer(sb, [
        'postTemplates',
        'list',
        '--organization-id',
        DEFAULT_ORGANIZATION_ID,
        '--limit',
        '3',
        ...(after ? ['--after', after] : []),
      ]);
      expect(r.code).toBe(0);
      titles.push(...r.json.items.map((t: { title: string }) => t.title));
      if (!r.json.pageInfo.hasNextPage) break;
      after = r.json.pageInfo.endCursor;
    }
    expect(titles).toEqual(['Product launch', 'Behind the scenes', 'Release notes', 'Mine']);
    const get = await buffer(sb, ['postTemplates', 'get', '--id', template]);
    expect(get.code).toBe(0);
    expect(get.json).toMatchObject({ id: template, title: 'Release notes', visibility: 'internal' });
    const pub = await buffer(sb, ['postTemplates', 'get', '--id', BUFFER_PUBLIC[0]!]);
    expect(pub.json).toMatchObject({ visibility: 'public', title: 'Product launch' });
    // "Returns null if not found": someone else's private template is not found for this key.
    const hidden = await buffer(sb, ['postTemplates', 'get', '--id', OTHER_ACCOUNT_PRIVATE]);
    expect(hidden.code).toBe(0);
    expect(hidden.json).toBeNull();
    expect(hidden.stdout.trim()).toBe('null');
  });

  it('updatePostTemplate; posttemplates delete, and again (exit 3, not found)', async () => {
    sb.advanceClock(60);
    const updated = await buffer(sb, ['updatePostTemplate', '--id', template, '--title', 'Release notes v2']);
    expect(updated.code).toBe(0);
    expect(updated.json).toMatchObject({
      __typename: 'UpdatePostTemplateSuccess',
      postTemplate: {
        id: template,
        title: 'Release notes v2',
        body: 'New in {{version}}: {{highlights}}',
        updatedAt: '2026-03-02T10:01:00.000Z',
      },
    });
    const pub = await buffer(sb, ['updatePostTemplate', '--id', template, '--visibility', 'public']);
    expect(pub.code).toBe(3);
    const gone = await buffer(sb, ['posttemplates', 'delete', '--id', template]);
    expect(gone.code).toBe(0);
    expect(gone.json).toEqual({ __typename: 'EmptySuccess', _empty: '' });
    const again = await buffer(sb, ['posttemplates', 'delete', '--id', template]);
    expect(again.code).toBe(3);
    expect(again.json).toEqual({ error: 'API_ERROR', code: 3, message: `Post template ${template} not found` });
    // Buffer's own templates are not the caller's to delete.
    const theirs = await buffer(sb, ['posttemplates', 'delete', '--id', BUFFER_PUBLIC[1]!]);
    expect(theirs.code).toBe(3);
    expect(sb.state().postTemplates.map((t) => t.id)).toContain(BUFFER_PUBLIC[1]);
  });

  it('aggregatedPostMetrics and posts get --fields metrics, after Buffer refreshed the sent posts', async () => {
    const sent: string[] = [];
    for (const [channel, text] of [
      [linkedin, 'Sent on LinkedIn'],
      [mastodon, 'Sent on Mastodon'],
    ] as const) {
      const r = await buffer(sb, [
        'posts',
        'create',
        '--channel-id',
        channel,
        '--scheduling-type',
        'automatic',
        '--mode',
        'shareNow',
        '--text',
        text,
      ]);
      expect(r.json.post.status).toBe('sent');
      sent.push(r.json.post.id);
    }
    // Metrics are refreshed once a day: two days on, every post sent so far (these two and
    // the Mastodon queue, published at its times) has been refreshed.
    sb.advanceClock(2 * 86_400);
    const state = sb.state();
    const stored = state.posts.filter((p) => p.status === 'sent') as any[];
    // 5 when the whole file runs (these two and the Mastodon queue of three).
    expect(stored.map((p) => p.id)).toEqual(expect.arrayContaining(sent));
    expect(stored.every((p) => Array.isArray(p.metrics) && p.metricsUpdatedAt)).toBe(true);
    const first = stored.find((p) => p.id === sent[0])!;
    const one = await buffer(sb, [
      'posts',
      'get',
      '--id',
      sent[0]!,
      '--fields',
      'id,metrics.type,metrics.value,metricsUpdatedAt',
    ]);
    expect(one.code).toBe(0);
    expect(one.json).toEqual({
      id: sent[0],
      metrics: first.metrics.map((m: { type: string; value: number }) => ({ type: m.type, value: m.value })),
      metricsUpdatedAt: first.metricsUpdatedAt,
    });
    expect(one.json.metrics.length).toBeGreaterThan(0);

    const window = ['--start-date-time', '2026-03-01T00:00:00Z', '--end-date-time', '2026-03-31T00:00:00Z'];
    const all = await buffer(sb, ['aggregatedPostMetrics', '--organization-id', DEFAULT_ORGANIZATION_ID, ...window]);
    expect(all.code).toBe(0);
    const value = (json: any, type: string): number =>
      json.metrics.find((m: { type: string }) => m.type === type)?.value;
    const sum = (type: string): number =>
      stored.reduce((n, p) => n + (p.metrics.find((m: { type: string }) => m.type === type)?.value ?? 0), 0);
    // The baseline trio, with the CLI's default fields (no description).
    expect(all.json.metrics.map((m: { type: string }) => m.type)).toEqual(['postCount', 'reactions', 'comments']);
    expect(Object.keys(all.json.metrics[0]).sort()).toEqual(['name', 'type', 'unit', 'value']);
    expect(value(all.json, 'postCount')).toBe(stored.length);
    expect(value(all.json, 'reactions')).toBe(sum('reactions'));
    expect(value(all.json, 'comments')).toBe(sum('comments'));
    expect(all.json.metricsUpdatedAt).toBe(first.metricsUpdatedAt);
    const linkedinOnly = await buffer(sb, [
      'aggregatedPostMetrics',
      '--organization-id',
      DEFAULT_ORGANIZATION_ID,
      ...window,
      '--channel-ids',
      linkedin,
    ]);
    expect(linkedinOnly.code).toBe(0);
    expect(value(linkedinOnly.json, 'postCount')).toBe(1);
    // One network: its richer metrics come on top of the baseline.
    expect(linkedinOnly.json.metrics.length).toBeGreaterThan(3);
  });
});

describe('official Buffer CLI: the commands that need no API', () => {
  it('schema list and schema describe', async () => {
    const list = await offline(['schema', 'list', '--output', 'json']);
    expect(list.code).toBe(0);
    expect(list.json.commands).toContainEqual(
      expect.objectContaining({ command: 'movePostInQueue', operationType: 'mutation' }),
    );
    const describeIt = await offline(['schema', 'describe', 'posttemplates', 'create', '--output', 'json']);
    expect(describeIt.code).toBe(0);
    expect(describeIt.json).toMatchObject({
      command: 'posttemplates.create',
      operationType: 'mutation',
      output: { dataPath: 'createPostTemplate', isUnion: true, successTypes: ['CreatePostTemplateSuccess'] },
    });
  });

  it('context --list and one topic', async () => {
    const topics = await offline(['context', '--list', '--output', 'json']);
    expect(topics.code).toBe(0);
    expect(topics.json.map((t: { topic: string }) => t.topic)).toContain('pitfalls');
    const one = await offline(['context', 'idempotency', '--output', 'json']);
    expect(one.json).toMatchObject({ topic: 'idempotency', content: expect.stringMatching(/^# Idempotency/) });
  });

  it('completion for bash, zsh and fish names every top-level command', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await offline(['completion', shell]);
      expect(r.code, shell).toBe(0);
      for (const command of ['aggregatedPostMetrics', 'movePostInQueue', 'updatePostTemplate', 'posttemplates'])
        expect(r.stdout, `${shell} completion names ${command}`).toContain(command);
    }
  });

  it('config path, set, get, unset in the temporary HOME', async () => {
    const where = await offline(['config', 'path', '--output', 'json']);
    expect(where.json).toEqual({
      global: join(home, '.config', 'buffer', 'config.json'),
      repo: expect.stringContaining(home),
    });
    expect((await offline(['config', 'set', 'paginationLimit', '10', '--output', 'json'])).json).toEqual({
      key: 'paginationLimit',
      value: '10',
      scope: 'global',
    });
    expect((await offline(['config', 'get', 'paginationLimit', '--output', 'json'])).json).toEqual({
      value: 10,
      source: 'global',
      path: join(home, '.config', 'buffer', 'config.json'),
    });
    expect((await offline(['config', 'unset', 'paginationLimit', '--output', 'json'])).json).toMatchObject({
      removed: true,
      key: 'paginationLimit',
    });
    const after = await offline(['config', 'get', 'paginationLimit', '--output', 'json']);
    expect(after.json?.value ?? null).toBeNull();
  });

  it('agent list, install and uninstall write only in the temporary HOME', async () => {
    const skill = join(home, '.claude', 'skills', 'buffer', 'SKILL.md');
    expect((await offline(['agent', 'list', '--output', 'json'])).json).toContainEqual({
      agent: 'claude',
      path: skill,
      installed: false,
    });
    const install = await offline(['agent', 'install', 'claude', '--output', 'json']);
    expect(install.json).toMatchObject({ agent: 'claude', path: skill });
    expect(existsSync(skill)).toBe(true);
    const uninstall = await offline(['agent', 'uninstall', 'claude', '--output', 'json']);
    expect(uninstall.code).toBe(0);
    expect(existsSync(skill)).toBe(false);
  });

  it('help', async () => {
    const r = await offline(['help', 'posttemplates']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: buffer posttemplates/);
  });

  /**
   * Left out, because they cannot run without leaving 127.0.0.1 or a terminal:
   * `update` asks the registry and runs the package manager, and `init`
   * prompts for the API key on a terminal.
   */
  const LEFT_OUT = ['update', 'init'];

  it('every command of the CLI was run above (its schema list and its --help), except the two left out', async () => {
    const list = await offline(['schema', 'list', '--output', 'json']);
    const apiCommands: string[] = list.json.commands.map((c: { command: string }) => c.command);
    expect(apiCommands).toHaveLength(19);
    expect(apiCommands.filter((c) => !covered.has(c))).toEqual([]);
    const help = await offline(['--help']);
    const topLevel = [...help.stdout.matchAll(/^ {2}(\w+)\b/gm)].map((m) => m[1]!);
    expect(topLevel).toContain('posttemplates');
    const ran = new Set([...covered].map((c) => c.split('.')[0]!));
    expect(topLevel.filter((c) => !ran.has(c) && !LEFT_OUT.includes(c))).toEqual([]);
    expect(LEFT_OUT.every((c) => topLevel.includes(c))).toBe(true);
  });
});
