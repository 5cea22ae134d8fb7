/**
 * `buffer-gitops init` (issue 14) in real git repositories made for each
 * test: it writes the README's workflow, buffer-gitops.yml with the time zone
 * and a schema line, and an example post as a Buffer draft; with
 * BUFFER_API_KEY (the sandbox over HTTP) the example names the account's
 * channels that take it. It never overwrites without --force, a second run
 * changes nothing and says so, and it prints the steps left (the secret, the
 * setting `write-back: pull-request` needs, the first plan) in the CLI's words.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_REPOSITORY,
  ACTION_USES,
  EXAMPLE_BODY,
  MAJOR_TAG,
  PLACEHOLDER_CHANNEL,
  SETTINGS_SCHEMA_URL,
  workflowText,
} from '../../src/cli/init-files.js';
import { VERSION } from '../../src/version.js';
import { parseSettingsFile } from '../../src/config/settings-file.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { resolveChannel } from '../../src/channels/resolve.js';
import { toChannel } from '../../src/buffer/mappers.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { actionWordsIn, runMain, type CliRun } from './run-cli.js';
import { seedWithTwoLinkedIns } from './channel-seed.js';
import { README, readmeBlock } from '../helpers/readme.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  repository: { url: string };
};

const WORKFLOW = '.github/workflows/buffer.yml';
const SETTINGS = 'buffer-gitops.yml';
const EXAMPLE = 'posts/first-post.md';
const DEFAULT_FOLDERS = { postsDir: 'posts', ideasDir: 'ideas' };

/** git with no user or system configuration, so no one's setup changes a result. */
const GIT_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.test',
};
const git = (cwd: string, args: string[]) => promisify(execFile)('git', args, { cwd, env: GIT_ENV });

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** A new repository (`git init`) on `branch`, with `files` written (not committed). */
async function newRepository(branch = 'main', files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-init-'));
  temps.push(dir);
  await git(dir, ['init', '--quiet', `--initial-branch=${branch}`]);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** `buffer-gitops ARGS` in `cwd` with exactly `env` (no BUFFER_API_KEY unless given); its output never uses the action's words. */
async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const result = await runMain(args, { env: { TZ: 'America/New_York', ...env }, cwd });
  expect(actionWordsIn(result.stdout + result.stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
  return result;
}

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
const exists = (dir: string, file: string) =>
  stat(path.join(dir, file)).then(
    () => true,
    () => false,
  );

describe('buffer-gitops init without a key', () => {
  let repo: string;
  let first: CliRun;
  beforeAll(async () => {
    repo = await newRepository('main', { 'docs/notes.txt': 'not a post\n' });
    // From a subfolder: init works at the repository's top folder, as git finds it.
    first = await cli(['init'], path.join(repo, 'docs'));
  });

  it("writes the README's workflow, buffer-gitops.yml with the system's zone and a schema line, and a placeholder example post", async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(await read(repo, WORKFLOW)).toBe(workflowText({ branches: ['main'], ...DEFAULT_FOLDERS }));

    const settings = await read(repo, SETTINGS);
    expect(settings.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SETTINGS_SCHEMA_URL}`);
    expect(SETTINGS_SCHEMA_URL).toBe(
      `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v${pkg.version.split('.')[0]}/schemas/settings.schema.json`,
    );
    expect(parseSettingsFile(SETTINGS, settings, 'cli').values.get('timezone')?.value).toBe('America/New_York');

    const post = parsePostFile(EXAMPLE, await read(repo, EXAMPLE));
    expect(post.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(post.channels.map((c) => c.ref)).toEqual([PLACEHOLDER_CHANNEL]);
    expect(post.draft).toBe(true);

    expect(first.stdout).toMatch(
      new RegExp(`created +${WORKFLOW.replace(/\./g, '\\.')} .*pushes to main \\(the checked-out branch\\)`),
    );
    expect(first.stdout).toMatch(
      /created +buffer-gitops\.yml +timezone America\/New_York \(this system's zone; --timezone sets another\)/,
    );
    expect(first.stdout).toMatch(/created +posts\/first-post\.md .*BUFFER_API_KEY is not set/);
  });

  it('prints the steps left: the secret (command and web path), the channels to fill, the first plan, and the setting write-back: pull-request needs', () => {
    const steps = first.stdout.slice(first.stdout.indexOf('Next steps:'));
    expect(steps).toContain('`gh secret set BUFFER_API_KEY`');
    expect(steps).toContain('Settings → Secrets and variables → Actions → New repository secret');
    expect(steps).toContain(
      'Write your channels into posts/first-post.md: `buffer-gitops channels` lists the references',
    );
    expect(steps).toContain('`buffer-gitops plan`');
    expect(steps).toContain('uncomment `write-back: pull-request` in .github/workflows/buffer.yml');
    expect(steps).toContain(
      '"Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions',
    );
    expect(steps).toMatch(/If the branch is protected \(required reviews or status checks\)/);
    // init ran in docs/: the commit goes from the top folder.
    expect(steps).toContain(`\`cd ${realpathSync(repo)} && git add ${WORKFLOW} ${SETTINGS} ${EXAMPLE} && git commit`);
  });

  it('validate passes on what init wrote (offline)', async () => {
    const run = await cli(['validate'], repo);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toContain('1 file(s) checked (1 post(s), 0 idea(s)), 0 error(s)');
  });

  it('a second run changes nothing (same bytes, same modification times) and says so', async () => {
    const files = [WORKFLOW, SETTINGS, EXAMPLE];
    const before = await Promise.all(
      files.map(async (f) => ({ text: await read(repo, f), mtime: (await stat(path.join(repo, f))).mtimeMs })),
    );
    const again = await cli(['init'], repo);
    expect(again.code).toBe(0);
    const after = await Promise.all(
      files.map(async (f) => ({ text: await read(repo, f), mtime: (await stat(path.join(repo, f))).mtimeMs })),
    );
    expect(after).toEqual(before);
    for (const file of files)
      expect(again.stdout).toMatch(new RegExp(`\\n  unchanged +${file.replace(/\./g, '\\.')} `));
    expect(again.stdout).toContain('Nothing changed: every file is already as init writes it.');
    // The zone now comes from the file init wrote.
    expect(again.stdout).toContain('timezone America/New_York (from buffer-gitops.yml)');
  });

  it('keeps a file that differs and names it, exit 0; --force overwrites it', async () => {
    const edited = `${await read(repo, WORKFLOW)}# our own line\n`;
    await writeFile(path.join(repo, WORKFLOW), edited);
    const kept = await cli(['init'], repo);
    expect(kept.code).toBe(0);
    expect(await read(repo, WORKFLOW)).toBe(edited);
    expect(kept.stdout).toMatch(
      /\n {2}kept +\.github\/workflows\/buffer\.yml +differs from what init writes; --force overwrites it\n/,
    );
    expect(kept.stdout).toContain(
      'Nothing changed.\nKept 1 file(s) as they are: .github/workflows/buffer.yml. To replace them with what init writes, run `buffer-gitops init --force`.',
    );

    const forced = await cli(['init', '--force'], repo);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/\n {2}overwritten +\.github\/workflows\/buffer\.yml /);
    expect(forced.stdout).toMatch(/\n {2}unchanged +buffer-gitops\.yml /);
    expect(await read(repo, WORKFLOW)).toBe(workflowText({ branches: ['main'], ...DEFAULT_FOLDERS }));
  });
});

describe('what init writes is what the README shows', () => {
  it("the README's workflow is init's, byte for byte, with this release's major tag", () => {
    expect(readmeBlock('## Workflow')).toBe(workflowText({ branches: ['main'], ...DEFAULT_FOLDERS }));
    expect(MAJOR_TAG).toBe(`v${pkg.version.split('.')[0]}`);
    expect(ACTION_USES).toBe(`${ACTION_REPOSITORY}@${MAJOR_TAG}`);
  });

  it("the settings file's schema line names the schema the package ships, by its own $id", async () => {
    const schema = JSON.parse(await read(root, 'schemas/settings.schema.json')) as { $id: string };
    expect(schema.$id).toBe(SETTINGS_SCHEMA_URL);
  });

  it('every mention of the action in the README is this repository at the major tag (or the full version), and the package is the one npm installs', () => {
    expect(README).not.toMatch(/acme\/buffer-gitops/);
    const pins = [...README.matchAll(new RegExp(`${ACTION_REPOSITORY}@([\\w.]+)`, 'g'))].map((m) => m[1]);
    expect(pins.length).toBeGreaterThanOrEqual(2);
    for (const pin of pins) expect([MAJOR_TAG, `v${VERSION}`]).toContain(pin);
    // A full tag shown as an example is this release's.
    for (const [, tag] of README.matchAll(/@(v\d+\.\d+\.\d+)\b/g)) expect(tag).toBe(`v${VERSION}`);
    expect(README).toContain(`uses: ${ACTION_USES}`);
    expect(README).toContain(`npm install -g ${pkg.name}`);
    expect(README).toContain(`npx ${pkg.name} init`);
    expect(pkg.repository.url).toBe(`git+https://github.com/${ACTION_REPOSITORY}.git`);
    // The README's first screen: installing the CLI and the `uses:` line come before the first section.
    const firstScreen = README.slice(0, README.indexOf('\n## '));
    expect(firstScreen).toContain(`npx ${pkg.name} init`);
    expect(firstScreen).toContain(`uses: ${ACTION_USES}`);
  });
});

describe('buffer-gitops init with BUFFER_API_KEY (the sandbox over HTTP)', () => {
  let sandbox: RunningSandbox;
  const KEY = 'bgk_init_test_key_8f2c';
  const TWO_ORGS_KEY = 'bgk_init_two_orgs_41d7';
  const OTHER_ORG = '65f0c0de0002000000000077';
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    // Two LinkedIn channels: their references carry the name. A locked channel is left out.
    const seed = seedWithTwoLinkedIns();
    const [account] = seed.accounts;
    // One account in one organization, another in two.
    seed.accounts = [
      { ...account!, apiKeys: [KEY], organizationIds: [seed.organizations[0]!.id] },
      { ...account!, id: '65f0c0de0001000000000077', email: 'two@example.com', apiKeys: [TWO_ORGS_KEY] },
    ];
    seed.organizations.push({ id: OTHER_ORG, name: 'Acme Labs', plan: 'free' });
    seed.channels.push({
      ...seed.channels.find((c) => c.service === 'mastodon')!,
      id: '65f0c0de0003000000000088',
      organizationId: OTHER_ORG,
      name: 'labs',
    });
    sandbox = await startSandbox({ seed, rateLimits: false });
    env = { BUFFER_API_KEY: KEY, BUFFER_API_URL: sandbox.url };
  });
  afterAll(async () => sandbox?.close());

  it('the example names the channels that take it, each resolving to its channel; a plan then creates it as a draft on each, with no errors', async () => {
    const repo = await newRepository();
    const run = await cli(['init', '--timezone', 'Europe/Berlin'], repo, env);
    expect(run.code, run.stderr).toBe(0);
    const text = await read(repo, EXAMPLE);
    const post = parsePostFile(EXAMPLE, text);
    const refs = post.channels.map((c) => c.ref);
    expect(refs).toEqual(expect.arrayContaining(['twitter', 'mastodon', 'linkedin:Acme Inc', 'linkedin:Acme Labs']));
    const channels = sandbox
      .state()
      .channels.filter((c) => c.organizationId !== OTHER_ORG)
      .map((c) => toChannel(c));
    for (const ref of refs) {
      const resolved = resolveChannel(ref, channels);
      expect(resolved.ok && !resolved.channel.isLocked && resolved.channel.service, ref).toBeTruthy();
    }
    // Networks that need an image or a video, and the locked channel, are named, not written.
    expect(refs).not.toContain('instagram');
    expect(refs).not.toContain('tiktok');
    expect(text).toMatch(
      /# Also connected, left out here: .*instagram.*\(they need media or details this text lacks\); tiktok \(locked: not in your Buffer plan\)/,
    );
    expect(post.body).toContain(EXAMPLE_BODY);
    expect(run.stdout).toContain(`an example post, a Buffer draft for ${refs.join(', ')}`);
    expect(run.stdout).not.toContain('Write your channels into');
    expect(await read(repo, SETTINGS)).toContain('timezone: Europe/Berlin ');

    const before = sandbox.state();
    const plan = await cli(['plan', '--json'], repo, env);
    expect(plan.code, plan.stderr).toBe(0);
    const result = JSON.parse(plan.stdout) as {
      exitCode: number;
      items: { action: string; ref: string; when: string }[];
      findings: { severity: string }[];
    };
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.items.map((i) => [i.ref, i.action, i.when]).sort()).toEqual(
      refs.map((r) => [r, 'create', 'draft']).sort(),
    );
    // init and plan only read Buffer; the key is in no file and no output.
    expect(before.posts).toHaveLength(0);
    for (const file of [WORKFLOW, SETTINGS, EXAMPLE]) expect(await read(repo, file)).not.toContain(KEY);
    expect(run.stdout + run.stderr).not.toContain(KEY);
  });

  it('a rejected key writes nothing (exit 4, says how to go on); an unexpected answer from --api-url writes nothing (exit 3)', async () => {
    const repo = await newRepository();
    const rejected = await cli(['init'], repo, { ...env, BUFFER_API_KEY: 'bgk_not_a_key_of_the_sandbox' });
    expect(rejected.code).toBe(4);
    expect(rejected.stderr).toMatch(
      /Buffer rejected the API key.*BUFFER_API_KEY.*Nothing written; without BUFFER_API_KEY, init writes a placeholder channel instead\./,
    );
    // Not the Buffer API init expects: an endpoint that knows no `account` field.
    const error = {
      errors: [
        { message: 'Cannot query field "account" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      ],
    };
    const notBuffer = createServer((_req, res) =>
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(error)),
    );
    await new Promise<void>((resolve) => notBuffer.listen(0, '127.0.0.1', resolve));
    try {
      const unexpected = await cli(
        ['init', '--api-url', `http://127.0.0.1:${(notBuffer.address() as AddressInfo).port}`],
        repo,
        env,
      );
      expect(unexpected.code).toBe(3);
      expect(unexpected.stderr).toMatch(/could not list your Buffer channels: .*Nothing written\./);
    } finally {
      notBuffer.close();
    }
    for (const file of [WORKFLOW, SETTINGS, EXAMPLE]) expect(await exists(repo, file), file).toBe(false);
  });

  it('an account with several organizations needs --organization-id (exit 2, nothing written), which init then writes into buffer-gitops.yml', async () => {
    const repo = await newRepository();
    const many = await cli(['init'], repo, { ...env, BUFFER_API_KEY: TWO_ORGS_KEY });
    expect(many.code).toBe(2);
    expect(many.stderr).toContain(`pass --organization-id to one of:`);
    expect(many.stderr).toContain(`${OTHER_ORG} (Acme Labs)`);
    expect(await exists(repo, SETTINGS)).toBe(false);

    const chosen = await cli(['init', '--organization-id', OTHER_ORG], repo, { ...env, BUFFER_API_KEY: TWO_ORGS_KEY });
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(parseSettingsFile(SETTINGS, await read(repo, SETTINGS), 'cli').values.get('organization-id')?.value).toBe(
      OTHER_ORG,
    );
    expect(parsePostFile(EXAMPLE, await read(repo, EXAMPLE)).channels.map((c) => c.ref)).toEqual(['mastodon']);
    // The next command finds the organization in the file.
    const plan = await cli(['plan', '--json'], repo, { ...env, BUFFER_API_KEY: TWO_ORGS_KEY });
    expect(plan.code, plan.stderr).toBe(0);
    expect((JSON.parse(plan.stdout) as { items: { ref: string; action: string }[] }).items).toMatchObject([
      { ref: 'mastodon', action: 'create' },
    ]);
  });
});

describe('buffer-gitops init in a repository that already has a history', () => {
  it("publishes from origin's default branch, writes --posts-dir into the workflow's paths and the settings file; validate reads them", async () => {
    const repo = await newRepository('main', { 'README.md': '# social\n' });
    await git(repo, ['commit', '--quiet', '--allow-empty', '-m', 'start']);
    await git(repo, ['update-ref', 'refs/remotes/origin/main', 'HEAD']);
    await git(repo, ['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']);
    await git(repo, ['remote', 'add', 'origin', 'git@github.com:acme/social.git']);
    await git(repo, ['switch', '--quiet', '-c', 'feature']);

    const run = await cli(['init', '--posts-dir', 'social/posts', '--json'], repo);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      branches: string[];
      files: { path: string; status: string }[];
      nextSteps: string[];
      changed: boolean;
      timezone: string;
    };
    expect(result).toMatchObject({ branches: ['main'], changed: true, timezone: 'America/New_York' });
    expect(result.files).toEqual([
      { path: WORKFLOW, status: 'created', note: expect.stringContaining("pushes to main (origin's default branch)") },
      { path: SETTINGS, status: 'created', note: expect.any(String) },
      { path: 'social/posts/first-post.md', status: 'created', note: expect.any(String) },
    ]);
    // With --json, stdout is the JSON alone; the report goes to stderr.
    expect(run.stderr).toContain('Next steps:');
    // origin is on GitHub: the exact commands and pages.
    expect(result.nextSteps.join('\n')).toContain('`gh secret set BUFFER_API_KEY --repo acme/social`');
    expect(result.nextSteps.join('\n')).toContain('https://github.com/acme/social/settings/secrets/actions/new');
    expect(result.nextSteps.join('\n')).toContain('https://github.com/acme/social/settings/actions');

    expect(await read(repo, WORKFLOW)).toContain("    paths: ['social/posts/**', 'ideas/**']\n");
    expect(await read(repo, WORKFLOW)).toContain('    branches: [main]\n');
    expect(parseSettingsFile(SETTINGS, await read(repo, SETTINGS), 'cli').values.get('posts-dir')?.value).toBe(
      'social/posts',
    );
    const validate = await cli(['validate'], repo);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toContain('1 file(s) checked (1 post(s)');
  });

  it('writes no example where the posts folder already holds posts', async () => {
    const repo = await newRepository('trunk', { 'posts/launch.md': '---\nchannel: twitter\n---\nOurs.\n' });
    const run = await cli(['init'], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\n {2}skipped +posts\/first-post\.md +posts\/ already holds 1 post file\(s\); no example needed\n/,
    );
    expect(await exists(repo, EXAMPLE)).toBe(false);
    expect(await read(repo, WORKFLOW)).toContain('    branches: [trunk]\n');
    expect(run.stdout).not.toContain('Write your channels into');
  });
});

describe('buffer-gitops init: a file it cannot write', () => {
  it('stops with exit 1, naming the file and what it wrote before', async () => {
    // `.github` is a file, so the workflow cannot go under it.
    const repo = await newRepository('main', { '.github': 'not a folder\n' });
    const run = await cli(['init'], repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^buffer-gitops: could not write \.github\/workflows\/buffer\.yml: ENOTDIR/);
    expect(await exists(repo, SETTINGS)).toBe(false);
  });
});

describe('buffer-gitops init: usage errors write nothing (exit 2)', () => {
  it('outside a git repository, a time zone that is not one (with a did-you-mean), a path argument', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-init-outside-'));
    temps.push(outside);
    const noRepo = await cli(['init'], outside);
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toBe(
      `buffer-gitops: ${outside} is not inside a git repository; run \`git init\` first, or run buffer-gitops init in your repository.\n`,
    );

    const repo = await newRepository();
    const zone = await cli(['init', '--timezone', 'Europe/Berln'], repo);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(
      /Option --timezone: "Europe\/Berln" is not an IANA time zone\. Did you mean `Europe\/Berlin`\?/,
    );
    const paths = await cli(['init', 'posts'], repo);
    expect(paths.code).toBe(2);
    expect(paths.stderr).toContain('init takes no paths');
    const option = await cli(['init', '--dry-run'], repo);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('init has no option --dry-run');
    for (const file of [WORKFLOW, SETTINGS, EXAMPLE]) expect(await exists(repo, file), file).toBe(false);
  });
});
