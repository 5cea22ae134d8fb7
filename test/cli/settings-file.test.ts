/**
 * buffer-gitops.yml at the desk (issue 13): the bundled CLI reads it from the
 * repository's top folder, so `timezone` need not be repeated on every call; a
 * flag overrides it; every setting has a flag; mistakes in the file are usage
 * errors (exit 2) at file:line with a did-you-mean, and a key in the file is
 * refused with BUFFER_API_KEY named instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runCli } from './run-cli.js';

// No offset: the time zone decides the instant.
const LOCAL_TIME = `---
channel: twitter
dueAt: 2027-03-01T09:00
---
Nine o'clock, local time.
`;

interface PlanJson {
  exitCode: number;
  items: { file: string; action: string; ref?: string; dueAt?: string }[];
}

describe('buffer-gitops.yml read by the CLI', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  let env: NodeJS.ProcessEnv;
  /** The GraphQL documents the sandbox received, in order. */
  const queries: string[] = [];
  const cli = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
    runCli(args, { cwd: opts.cwd ?? fx.work, gitEnv: fx.env, env: { ...env, ...opts.env } });
  const setFile = (text: string | null, path = 'buffer-gitops.yml') => fx.writeFiles({ [path]: text });

  beforeAll(async () => {
    fx = await createGitFixture();
    sandbox = await startSandbox({
      now: '2027-01-01T00:00:00Z',
      rateLimits: false,
      onRequest: async (r) => void queries.push(r.query),
    });
    env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
    await fx.writeFiles({ 'posts/local.md': LOCAL_TIME, 'buffer-gitops.yml': 'timezone: Europe/Berlin\n' });
    await fx.commitAll('a post at a local time, and the settings file');
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it("plan honours the file's timezone without a flag, from any folder of the repository; --timezone overrides it", async () => {
    const fromFile = await cli(['plan', '--json'], { cwd: `${fx.work}/posts` });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const item = (JSON.parse(fromFile.stdout) as PlanJson).items.find((i) => i.file === 'posts/local.md')!;
    // 09:00 in Berlin in March (UTC+1).
    expect(item).toMatchObject({ action: 'create', ref: 'twitter', dueAt: '2027-03-01T08:00:00.000Z' });

    const flag = await cli(['plan', '--json', '--timezone', 'America/New_York']);
    expect((JSON.parse(flag.stdout) as PlanJson).items.find((i) => i.file === 'posts/local.md')!.dueAt).toBe(
      '2027-03-01T14:00:00.000Z',
    );
  });

  it("without the file, the same post needs --timezone: validate says so in the CLI's words", async () => {
    await setFile(null);
    try {
      const run = await cli(['validate', 'posts/local.md']);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^posts\/local\.md:3:\d+: error: .*no UTC offset/m);
      expect((await cli(['validate', '--timezone', 'Europe/Berlin', 'posts/local.md'])).code).toBe(0);
    } finally {
      await setFile('timezone: Europe/Berlin\n');
    }
  });

  it('a file in .github/ is read too; both at once is a usage error naming both', async () => {
    await setFile(null);
    await setFile('timezone: Asia/Tokyo\n', '.github/buffer-gitops.yml');
    try {
      const tokyo = await cli(['plan', '--json']);
      expect((JSON.parse(tokyo.stdout) as PlanJson).items.find((i) => i.file === 'posts/local.md')!.dueAt).toBe(
        '2027-03-01T00:00:00.000Z',
      );
      await setFile('timezone: Europe/Berlin\n');
      const both = await cli(['plan']);
      expect(both.code).toBe(2);
      expect(both.stderr).toBe(
        'buffer-gitops: .github/buffer-gitops.yml:1: both `buffer-gitops.yml` and `.github/buffer-gitops.yml` exist; keep one of them.\n',
      );
    } finally {
      await setFile(null, '.github/buffer-gitops.yml');
      await setFile('timezone: Europe/Berlin\n');
    }
  });

  it.each([
    [
      'timezone: Europe/Berlin\npost-dir: content\n',
      'buffer-gitops.yml:2: unknown setting `post-dir`. Did you mean `posts-dir`?',
    ],
    [
      'timezone: Europe/Berln\n',
      'buffer-gitops.yml:1: `timezone`: "Europe/Berln" is not an IANA time zone. Did you mean `Europe/Berlin`?',
    ],
    [
      'timezone: UTC\non-drift: restor\n',
      'buffer-gitops.yml:2: `on-drift`: "restor" is not one of `report`, `restore`. Did you mean `restore`?',
    ],
    ['max-wait: soon\n', 'buffer-gitops.yml:1: `max-wait`: "soon" is not a number of seconds (0 or more).'],
    [
      'delete-sent: yes please\n',
      'buffer-gitops.yml:1: `delete-sent`: "yes please" is not a boolean. Write `true` or `false`.',
    ],
    [
      'buffer-api-key: sandbox\n',
      'buffer-gitops.yml:1: `buffer-api-key`: the Buffer API key is never read from this file (every clone and fork would carry it); remove it and set the BUFFER_API_KEY environment variable instead.',
    ],
    ['timezone: UTC\napi_key: x\n', 'buffer-gitops.yml:2: `api_key`: the Buffer API key is never read from this file'],
    ['dry-run: true\n', 'buffer-gitops.yml:1: `dry-run` is set per run, not in buffer-gitops.yml; use --dry-run.'],
    ['title: Launch: day one\n', 'buffer-gitops.yml:1: not valid YAML'],
  ])('%j is a usage error at its line, for every command that reads it', async (text, message) => {
    await setFile(text);
    try {
      for (const command of ['validate', 'plan']) {
        const run = await cli([command]);
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr.startsWith(`buffer-gitops: ${message}`), run.stderr).toBe(true);
        expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      }
      // Never the key's value, even when the file holds one.
      expect((await cli(['validate'])).stderr).not.toContain('sandbox\n');
    } finally {
      await setFile('timezone: Europe/Berlin\n');
    }
  });

  it("a posts-dir from the file that does not exist is a usage error naming the resolved path and the file's line; --posts-dir overrides it", async () => {
    await setFile('timezone: Europe/Berlin\nposts-dir: content\n');
    try {
      const missing = await cli(['plan']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(
        `buffer-gitops: the posts folder ${fx.work}/content does not exist (posts-dir in buffer-gitops.yml:2). Pass --posts-dir with the folder that holds your post files, set posts-dir in buffer-gitops.yml, or create it.\n`,
      );
      expect((await cli(['plan', '--posts-dir', 'posts'])).code).toBe(0);
    } finally {
      await setFile('timezone: Europe/Berlin\n');
    }
  });

  it("BUFFER_API_URL comes before the file's api-url; --api-url before both", async () => {
    await setFile('timezone: Europe/Berlin\napi-url: http://127.0.0.1:9/\n');
    try {
      // The environment's sandbox answers, not the file's closed port.
      const fromEnv = await cli(['plan']);
      expect(fromEnv.code, fromEnv.stderr).toBe(0);
      const before = sandbox.state().stats.requests;
      const fromFlag = await cli(['channels', '--api-url', sandbox.url], {
        env: { BUFFER_API_URL: 'http://127.0.0.1:9/' },
      });
      expect(fromFlag.code, fromFlag.stderr).toBe(0);
      expect(sandbox.state().stats.requests).toBeGreaterThan(before);
    } finally {
      await setFile('timezone: Europe/Berlin\n');
    }
  });

  it('branches, delete-sent, max-wait and batch-size have flags; a bad flag value names the flag', async () => {
    for (const [args, message] of [
      [
        ['apply', '--max-wait', 'soon'],
        'buffer-gitops: Option --max-wait: "soon" is not a number of seconds (0 or more).\n',
      ],
      [
        ['apply', '--batch-size', '40'],
        'buffer-gitops: Option --batch-size: "40" is not a whole number from 1 to 25.\n',
      ],
      [
        ['sync', '--on-drift', 'restor'],
        'buffer-gitops: Option --on-drift: "restor" is not one of `report`, `restore`. Did you mean `restore`?\n',
      ],
      [
        ['plan', '--delete-sent', '--no-delete-sent'],
        'buffer-gitops: --delete-sent and --no-delete-sent contradict each other; give one.\n',
      ],
    ] as const) {
      const run = await cli([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(message);
    }
    const dry = await cli([
      'apply',
      '--branches',
      'main',
      '--delete-sent',
      '--max-wait',
      '5',
      '--batch-size',
      '1',
      '--dry-run',
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(sandbox.state().posts).toHaveLength(0);
  });

  it('--batch-size 1 sends one change per request; the default batches them', async () => {
    await fx.writeFiles({
      'posts/second.md': '---\nchannel: linkedin\n---\nA second post.\n',
      'posts/third.md': '---\nchannel: mastodon\n---\nA third post.\n',
    });
    await fx.commitAll('two more posts');
    const from = queries.length;
    const run = await cli(['apply', '--branches', 'main', '--batch-size', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(sandbox.state().posts).toHaveLength(3);
    // Three creates, one request each (the default sends them in one).
    const creating = queries.slice(from).filter((q) => /\bcreatePost\(/.test(q));
    expect(creating.map((q) => q.match(/\bcreatePost\(/g)!.length)).toEqual([1, 1, 1]);
    expect(run.stdout).toContain('Changed 3 file(s):\n  posts/local.md\n  posts/second.md\n  posts/third.md\n');
    expect(run.stdout).toContain(
      'Commit them so the repository records what Buffer holds: git add posts && git commit\n',
    );

    await fx.writeFiles({
      'posts/fourth.md': '---\nchannel: linkedin\n---\nA fourth.\n',
      'posts/fifth.md': '---\nchannel: mastodon\n---\nA fifth.\n',
    });
    const batched = queries.length;
    expect((await cli(['apply', '--branches', 'main'])).code).toBe(0);
    expect(
      queries
        .slice(batched)
        .filter((q) => /\bcreatePost\(/.test(q))
        .map((q) => q.match(/\bcreatePost\(/g)!.length),
    ).toEqual([2]);
  });
});
