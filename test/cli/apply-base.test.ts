/**
 * CLI parity (issue 13), with the bundled CLI in a real repository against the
 * sandbox: `apply --base REF` does what `plan --base REF` said (a removed file
 * deletes its post, an edited one edits it), compared item by item; it works
 * from a subfolder of the repository; apply and sync list the files they
 * changed and say to commit them; and with `--json` every command prints nothing but JSON on
 * stdout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runCli } from './run-cli.js';

const KEEP = '---\nchannel: twitter\n---\nThis post stays.\n';
const GONE = '---\nchannels: [twitter, linkedin]\n---\nThis post goes.\n';

interface PlanJson {
  items: { file: string; ref?: string; action: string; postId?: string }[];
}
interface ReportJson {
  outcomes: { file: string; ref?: string; action: string; status: string; postId?: string }[];
  writeBack?: { status: string; files: string[] };
}

describe('buffer-gitops apply --base does what plan --base shows', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  let env: NodeJS.ProcessEnv;
  const cli = (args: string[], cwd = fx.work) => runCli(args, { cwd, gitEnv: fx.env, env });

  beforeAll(async () => {
    fx = await createGitFixture();
    sandbox = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
    env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
    await fx.writeFiles({ 'README.md': '# social\n', 'posts/keep.md': KEEP, 'posts/gone.md': GONE });
    await fx.commitAll('two posts');
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it('a first apply creates the posts, lists the files it wrote and says to commit them', async () => {
    const run = await cli(['apply', '--branches', 'main']);
    expect(run.code, run.stderr).toBe(0);
    expect(sandbox.state().posts).toHaveLength(3);
    expect(run.stdout).toContain(
      'Changed 2 file(s):\n  posts/gone.md\n  posts/keep.md\nCommit them so the repository records what Buffer holds: git add posts && git commit\n',
    );
    await fx.commitAll('Record the Buffer IDs');
  });

  it('from posts/, after removing one file and editing the other, apply --base HEAD~1 executes exactly the plan of plan --base HEAD~1', async () => {
    await fx.writeFiles({
      'posts/gone.md': null,
      'posts/keep.md':
        (await fx.git(['show', 'HEAD:posts/keep.md'])).replace('This post stays.', 'This post stays, edited.') + '\n',
    });
    await fx.commitAll('remove one post, edit the other');
    const sub = `${fx.work}/posts`;

    const planned = await cli(['plan', '--base', 'HEAD~1', '--json'], sub);
    expect(planned.code, planned.stderr).toBe(0);
    const items = (JSON.parse(planned.stdout) as PlanJson).items.map((i) => `${i.action} ${i.file} ${i.ref}`).sort();
    expect(items).toEqual([
      'delete posts/gone.md linkedin',
      'delete posts/gone.md twitter',
      'edit posts/keep.md twitter',
    ]);

    const applied = await cli(['apply', '--base', 'HEAD~1', '--branches', 'main', '--json'], sub);
    expect(applied.code, applied.stderr).toBe(0);
    const report = JSON.parse(applied.stdout) as ReportJson;
    expect(report.outcomes.map((o) => `${o.action} ${o.file} ${o.ref}`).sort()).toEqual(items);
    expect(report.outcomes.map((o) => o.status).sort()).toEqual(['deleted', 'deleted', 'edited']);
    // The same Buffer posts, not only the same kind of change.
    const ids = (list: { action: string; file: string; ref?: string; postId?: string }[]) =>
      list.map((i) => `${i.action} ${i.file} ${i.ref} ${i.postId}`).sort();
    expect(ids(report.outcomes)).toEqual(ids((JSON.parse(planned.stdout) as PlanJson).items));

    // Buffer: the removed file's two posts are gone, the edit arrived.
    const posts = sandbox.state().posts;
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toBe('This post stays, edited.');
  });

  it('from a subfolder, the files it changed are named from the top folder, and the commit hint goes there first', async () => {
    await fx.writeFiles({ 'posts/new.md': '---\nchannel: mastodon\n---\nA new post.\n' });
    const run = await cli(['apply', '--branches', 'main'], `${fx.work}/posts`);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `Changed 1 file(s):\n  posts/new.md\nCommit them so the repository records what Buffer holds: cd ${fx.work} && git add posts && git commit\n`,
    );
    await fx.commitAll('a new post, with its ID');
  });

  it('sync lists the files whose status it wrote, and says to commit them', async () => {
    // The queue slots are days ahead: a year later every post has been sent.
    sandbox.advanceClock(365 * 24 * 3600);
    const run = await cli(['sync', '--branches', 'main']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'Changed 3 file(s):\n  posts/keep.md\n  posts/metrics.csv\n  posts/new.md\nCommit them so the repository records what Buffer holds: git add posts && git commit\n',
    );
    // The metrics file is new (untracked), so the diff shows the two post files; the CSV holds both posts.
    expect(await fx.git(['diff', '--stat'])).toMatch(/2 files changed/);
    const csv = await readFile(join(fx.work, 'posts/metrics.csv'), 'utf8');
    expect(csv.split('\n').filter(Boolean)).toHaveLength(3);
    await fx.commitAll('Record the statuses');
  });

  it('--json: nothing but the JSON on stdout, for every command', async () => {
    for (const args of [
      ['validate'],
      ['plan'],
      ['apply', '--branches', 'main'],
      ['sync', '--branches', 'main'],
      ['import'],
      ['channels'],
    ]) {
      const run = await cli([...args, '--json']);
      expect(run.code, `${args[0]}: ${run.stderr}`).toBe(0);
      expect(() => JSON.parse(run.stdout), `${args[0]} --json printed: ${run.stdout.slice(0, 200)}`).not.toThrow();
      expect(run.stdout.trimStart()[0]).toMatch(/[[{]/);
    }
  });
});
