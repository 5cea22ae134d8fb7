/**
 * The bundled CLI's exit codes, exactly as the README's table says, every row
 * exercised (issue 13): 0 ok; 1 problems in the files or failed Buffer
 * actions; 2 usage (unknown command or option, bad value, missing posts
 * folder, bad settings file, a branch that does not publish); 3 Buffer API
 * error; 4 a missing or rejected key. Also `--help` per command with an
 * example, and one clear line with a did-you-mean for mistakes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES, COMMAND_NAMES } from '../../src/cli/commands.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { closedPort } from '../helpers/closed-port.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { README } from '../helpers/readme.js';
import { runCli, type CliRun } from './run-cli.js';

const CLEAN = '---\nchannel: twitter\n---\nA clean post.\n';
const TOO_LONG = `---\nchannel: twitter\n---\n${'a'.repeat(300)}\n`;

/** The README's exit-code table as [code, meaning] rows. */
function readmeExitCodes(): [number, string][] {
  const table = README.slice(README.indexOf('| Exit code | Meaning |'));
  const rows: [number, string][] = [];
  for (const line of table.split('\n').slice(2)) {
    const match = /^\| (\d) \| (.+) \|$/.exec(line);
    if (!match) break;
    rows.push([Number(match[1]), match[2]!.replace(/`/g, '')]);
  }
  return rows;
}

describe('buffer-gitops exit codes, as the README says', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  let env: NodeJS.ProcessEnv;
  /** Each README row's code → the runs that showed it. */
  const seen = new Map<number, string[]>();
  const cli = async (args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> => {
    const run = await runCli(args, { cwd: opts.cwd ?? fx.work, gitEnv: fx.env, env: opts.env ?? env });
    seen.set(run.code, [...(seen.get(run.code) ?? []), args.join(' ')]);
    return run;
  };
  const expectUsage = (run: CliRun, line: string) => {
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`buffer-gitops: ${line}\n`);
    expect(run.stdout).toBe('');
  };

  beforeAll(async () => {
    fx = await createGitFixture();
    sandbox = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
    env = { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url };
    await fx.writeFiles({ 'posts/clean.md': CLEAN });
    await fx.commitAll('a clean post');
  });
  afterAll(async () => {
    await sandbox?.close();
    await fx?.cleanup();
  });

  it('the README table and `buffer-gitops --help` list the same codes, word for word', async () => {
    expect(readmeExitCodes()).toEqual(EXIT_CODES.map(([code, meaning]) => [code, meaning]));
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const [code, meaning] of EXIT_CODES) expect(help.stdout).toContain(`  ${code}  ${meaning}`);
  });

  it('0: clean files validate, and channels lists the account', async () => {
    expect((await cli(['validate'])).code).toBe(0);
    expect((await cli(['channels'])).code).toBe(0);
  });

  it('1: a Buffer action that failed (apply)', async () => {
    sandbox.setFaults({
      rules: [
        { operation: 'createPost', fault: 'typed-error', member: 'InvalidInputError', message: 'Refused by the test' },
      ],
    });
    try {
      const apply = await cli(['apply', '--branches', 'main']);
      expect(apply.code).toBe(1);
      expect(apply.stdout + apply.stderr).toContain('Refused by the test');
      expect(sandbox.state().posts).toHaveLength(0);
    } finally {
      sandbox.setFaults({});
    }
  });

  it('1: errors in the files (validate and plan)', async () => {
    await fx.writeFiles({ 'posts/long.md': TOO_LONG });
    try {
      const validate = await cli(['validate']);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(/^posts\/long\.md:4:1: error: /m);
      expect((await cli(['plan'])).code).toBe(1);
    } finally {
      await fx.writeFiles({ 'posts/long.md': null });
    }
  });

  it("2: an unknown command or option is one line with a did-you-mean, never Node's parser text", async () => {
    expectUsage(
      await cli(['plna']),
      'unknown command "plna". Did you mean `plan`? Run `buffer-gitops --help` for the commands.',
    );
    expectUsage(
      await cli(['plan', '--timzone', 'UTC']),
      'plan: unknown option --timzone. Did you mean --timezone? Run `buffer-gitops plan --help` for its options.',
    );
    expectUsage(
      await cli(['apply', '--dry-rn']),
      'apply: unknown option --dry-rn. Did you mean --dry-run? Run `buffer-gitops apply --help` for its options.',
    );
    expectUsage(
      await cli(['plan', '--status', 'sent']),
      "plan has no option --status; it is an option of import. Run `buffer-gitops plan --help` for plan's options.",
    );
    expectUsage(
      await cli(['validate', '--frobnicate']),
      'validate: unknown option --frobnicate. Run `buffer-gitops validate --help` for its options.',
    );
    expectUsage(await cli(['plan', '--base']), '--base needs a value: --base REF.');
    expectUsage(await cli(['apply', '--dry-run=yes']), '--dry-run takes no value (write just --dry-run).');
    expectUsage(
      await cli(['--json', 'plan']),
      '--json before a command: write the command first, e.g. `buffer-gitops plan --json`. Run `buffer-gitops --help` for the commands.',
    );
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: buffer-gitops <command> [options]');
  });

  it('2: a bad value, a --base that is not a commit, paths given to plan, a bad settings file, a branch that does not publish', async () => {
    expectUsage(
      await cli(['plan', '--timezone', 'Berlin']),
      'Option --timezone: "Berlin" is not an IANA time zone. Use a name such as Europe/Berlin, America/New_York or UTC.',
    );
    expectUsage(
      await cli(['plan', '--base', 'no-such-ref']),
      '--base no-such-ref: not a commit in this repository (try a branch, tag or commit, e.g. --base origin/main)',
    );
    expectUsage(
      await cli(['apply', '--base', 'no-such-ref', '--branches', 'main']),
      '--base no-such-ref: not a commit in this repository (try a branch, tag or commit, e.g. --base origin/main)',
    );
    expectUsage(
      await cli(['plan', 'posts/clean.md']),
      'plan takes no paths (it plans the posts and ideas folders); to check files, run `buffer-gitops validate posts/clean.md`; got "posts/clean.md".',
    );
    await fx.writeFiles({ 'buffer-gitops.yml': 'timezone: UTC\ntimezone: Europe/Berlin\n' });
    try {
      expectUsage(await cli(['validate']), 'buffer-gitops.yml:2: a key is set more than once; keep one.');
    } finally {
      await fx.writeFiles({ 'buffer-gitops.yml': null });
    }
    const refused = await cli(['apply', '--branches', 'release/*']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^buffer-gitops: apply changes Buffer only from release\/\* \(--branches\), and the checked-out branch is main\./,
    );
  });

  it('2: a missing posts folder, for every command that reads it, naming the resolved path; Buffer is not asked', async () => {
    const requests = sandbox.state().stats.requests;
    for (const command of ['validate', 'plan', 'apply', 'sync', 'import']) {
      const run = await cli([command, '--posts-dir', 'post', '--json']);
      expectUsage(
        run,
        `the posts folder ${fx.work}/post does not exist (--posts-dir post). Pass --posts-dir with the folder that holds your post files, set posts-dir in buffer-gitops.yml, or create it.`,
      );
    }
    // Outside any repository: the folder it ran in is named.
    const outside = await cli(['plan'], { cwd: fx.root });
    expectUsage(
      outside,
      `${fx.root} is not inside a git repository; run buffer-gitops plan in your repository (any folder inside it).`,
    );
    expect(sandbox.state().stats.requests).toBe(requests);
  });

  it('3: Buffer unreachable', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await cli(['channels'], { env: { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: url } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(new RegExp(`^buffer-gitops: Could not reach Buffer at ${url}/graphql`));
  });

  it("4: a missing key, in the CLI's words (BUFFER_API_KEY, not an input), for every command that needs one", async () => {
    for (const command of ['apply', 'sync', 'import', 'channels']) {
      const args = command === 'apply' || command === 'sync' ? [command, '--branches', 'main'] : [command];
      const run = await cli(args, { env: { BUFFER_API_URL: sandbox.url } });
      expect(run.code, `${command}: ${run.stderr}`).toBe(4);
      expect(run.stderr).toContain(
        `buffer-gitops: ${command} needs a Buffer API key: set the BUFFER_API_KEY environment variable`,
      );
    }
  });

  it('4: a rejected key', async () => {
    const run = await cli(['plan'], { env: { BUFFER_API_KEY: 'not-a-key', BUFFER_API_URL: sandbox.url } });
    expect(run.code).toBe(4);
    expect(run.stderr).not.toContain('not-a-key');
  });

  it('every row of the README table was exercised', () => {
    expect([...seen.keys()].sort()).toEqual(readmeExitCodes().map(([code]) => code));
  });
});

describe('buffer-gitops <command> --help', () => {
  let fx: GitFixture;
  beforeAll(async () => {
    fx = await createGitFixture();
  });
  afterAll(async () => fx?.cleanup());

  it.each(COMMAND_NAMES.filter((c) => c !== 'sandbox'))(
    '%s --help: usage, every option, and an example; exit 0',
    async (command) => {
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const run = await runCli(args, { cwd: fx.work, gitEnv: fx.env });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^Usage: buffer-gitops ${command}\\b`));
        expect(run.stdout).toMatch(new RegExp(`\\nExamples?:\\n  buffer-gitops ${command}\\b`));
        expect(run.stdout).toContain('-h, --help');
      }
    },
  );
});
