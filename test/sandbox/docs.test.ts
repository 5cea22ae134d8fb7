/**
 * The sandbox documented (issue 13): every control endpoint the HTTP server
 * serves under `/__sandbox/` is in `buffer-gitops sandbox --help` and in the
 * README's sandbox section, with its method, body and answer; and the worked
 * example they both show runs, line for line, against a live sandbox started
 * by the bundled CLI, printing what the docs say it prints.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORT, EXAMPLE_START, EXAMPLE_STEPS, runSandboxCommand } from '../../src/sandbox/cli.js';
import { CONTROL_ROUTES } from '../../src/sandbox/control-routes.js';
import { defaultChannelId, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { README } from '../helpers/readme.js';
import { exitCodeOf } from '../helpers/run-action.js';
import { CREATE_POST, gql, httpRequest } from './http-client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI_ENTRY = path.join(root, 'dist/cli/index.js');

async function helpText(): Promise<string> {
  let out = '';
  const code = await runSandboxCommand(
    ['--help'],
    { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } },
    new EventEmitter(),
  );
  expect(code).toBe(0);
  return out;
}

/** The README from `## The Buffer sandbox` to the next `## ` heading. */
function readmeSandboxSection(): string {
  const start = README.indexOf('\n## The Buffer sandbox\n');
  expect(start, 'README.md has a "## The Buffer sandbox" section').toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

/** Every `/__sandbox/…` path written in the server's source (a route served outside the table would show up here). */
async function pathsInServerSource(): Promise<string[]> {
  const source = await readFile(path.join(root, 'src/sandbox/http-server.ts'), 'utf8');
  return [...new Set([...source.matchAll(/\/__sandbox\/[\w/:-]*/g)].map((m) => m[0]))].filter(
    (p) => p !== '/__sandbox/',
  );
}

describe('the control endpoints are documented', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ now: '2027-01-01T00:00:00Z', rateLimits: false });
  });
  afterAll(async () => sb?.close());

  it('the server serves exactly the routes of its table: each listed method and path is handled, any other is an unknown endpoint', async () => {
    const tablePaths = new Set(CONTROL_ROUTES.map((r) => r.path));
    for (const p of await pathsInServerSource())
      expect(tablePaths, `${p} is in src/sandbox/http-server.ts but not in CONTROL_ROUTES`).toContain(p);

    for (const routePath of tablePaths) {
      // A post to edit and delete (made per path: the reset probe clears them).
      const post = (
        await gql(sb.url, CREATE_POST, {
          input: {
            channelId: defaultChannelId('twitter'),
            schedulingType: 'automatic',
            mode: 'addToQueue',
            text: 'probe',
          },
        })
      ).body.data.createPost.post;
      const url = `${sb.url}${routePath.replace(':id', post.id)}`;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const listed = CONTROL_ROUTES.some((r) => r.path === routePath && r.method === method);
        // DELETE last: the other probes need the post. Bodies are valid for the routes that take one.
        const body = !listed
          ? undefined
          : routePath.endsWith('/clock')
            ? { advanceSeconds: 0 }
            : method === 'PATCH'
              ? { text: 'probe, edited' }
              : undefined;
        const answer = await httpRequest(url, method, body);
        const unknown = answer.status === 404 && /Unknown control endpoint/.test(String(answer.body?.error));
        expect(unknown, `${method} ${routePath} answered ${answer.status} ${JSON.stringify(answer.body)}`).toBe(
          !listed,
        );
        if (listed) expect(answer.status, `${method} ${routePath}`).toBeLessThan(300);
      }
    }
  });

  it('`sandbox --help` lists every route with its method, body and answer', async () => {
    const help = await helpText();
    for (const route of CONTROL_ROUTES) {
      const at = help.indexOf(`  ${route.method} ${route.path}\n`);
      expect(at, `${route.method} ${route.path} in sandbox --help`).toBeGreaterThan(-1);
      const entry = help.slice(at, at + 2000);
      expect(entry).toContain(`body:   ${route.body}`);
      expect(entry).toContain(`answer: ${route.answer}`);
    }
  });

  it("the README's sandbox section has a row for every route", async () => {
    const section = readmeSandboxSection();
    for (const route of CONTROL_ROUTES) {
      expect(section, `README row for ${route.method} ${route.path}`).toMatch(
        new RegExp(
          `^\\| \`${route.method} ${route.path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\` \\| .+ \\| .+ \\|$`,
          'm',
        ),
      );
    }
  });
});

describe('the worked example', () => {
  let scratch: string;
  let sandboxProcess: ChildProcess | undefined;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-docs-'));
  });
  afterAll(async () => {
    sandboxProcess?.kill('SIGTERM');
    await rm(scratch, { recursive: true, force: true });
  });

  it('is the same in the README and in `sandbox --help`', async () => {
    const section = readmeSandboxSection();
    expect(section).toContain(`\`\`\`sh\n${EXAMPLE_START}\n\`\`\``);
    expect(section).toContain(`\`\`\`sh\n${EXAMPLE_STEPS}\n\`\`\``);
    const help = await helpText();
    expect(help).toContain(`\n${EXAMPLE_START}\n`);
    expect(help).toContain(`\n${EXAMPLE_STEPS}\n`);
  });

  it('runs against the bundled CLI and a live sandbox, printing what the docs show: the post ends up sent', async () => {
    // `buffer-gitops` on the PATH, as `npm link` puts it there: the bundled CLI.
    const bin = path.join(scratch, 'bin');
    await mkdir(bin);
    await writeFile(path.join(bin, 'buffer-gitops'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_ENTRY}" "$@"\n`);
    await chmod(path.join(bin, 'buffer-gitops'), 0o755);
    await writeFile(path.join(scratch, 'gitconfig'), '');
    const env: NodeJS.ProcessEnv = {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: scratch,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: path.join(scratch, 'gitconfig'),
      GIT_AUTHOR_NAME: 'Dana Developer',
      GIT_AUTHOR_EMAIL: 'dana@example.com',
      GIT_COMMITTER_NAME: 'Dana Developer',
      GIT_COMMITTER_EMAIL: 'dana@example.com',
    };

    // Terminal 1, on a free port instead of the example's.
    const [startCommand, startOutput] = EXAMPLE_START.split('\n') as [string, string];
    const started = spawn('sh', ['-c', `exec ${startCommand.replace(`--port ${EXAMPLE_PORT}`, '--port 0')}`], {
      cwd: scratch,
      env,
    });
    sandboxProcess = started;
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      started.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      started.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      started.once('exit', (code) => reject(new Error(`the sandbox exited with ${code} before listening: ${err}`)));
    });
    const url = /^Buffer sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine)?.[1];
    expect(firstLine).toMatch(expectedPattern(startOutput.replace(/^# /, '').replace(String(EXAMPLE_PORT), '…')));
    expect(url).toBeDefined();

    // Terminal 2: the example's exact lines, with the sandbox's real URL.
    const script = EXAMPLE_STEPS.replaceAll(`http://127.0.0.1:${EXAMPLE_PORT}`, url!);
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('bash', ['-e', '-c', script], { cwd: scratch, env }, (error, stdout, stderr) => {
        resolve({ code: exitCodeOf(error), stdout, stderr });
      });
    });
    expect(run.code, run.stderr).toBe(0);

    // Each `# …` line shows what the command before it printed, in order.
    let from = 0;
    for (const expected of EXAMPLE_STEPS.split('\n')
      .filter((l) => l.startsWith('# '))
      .map((l) => l.slice(2))) {
      const match = expectedPattern(expected).exec(run.stdout.slice(from));
      expect(match, `"${expected}" in the output after position ${from}:\n${run.stdout}`).not.toBeNull();
      from += match!.index + match![0].length;
    }
    const file = await readFile(path.join(scratch, 'social/posts/hello.md'), 'utf8');
    expect(file).toMatch(/^ {2}twitter: \{id: \w+, status: sent, /m);
    // The repository holds the ID in a commit, as the example says; sync's status change is left to commit.
    const state = (await httpRequest(`${url}/__sandbox/state`, 'GET')).body;
    expect(state.posts.map((p: { status: string; text: string }) => [p.status, p.text])).toEqual([
      ['sent', 'Hello from the sandbox.'],
    ]);
  });
});

/** An output line shown in the docs as a pattern: `…` is any text on the line, the rest is literal. */
function expectedPattern(shown: string): RegExp {
  return new RegExp(
    shown
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^\\n]*?'),
  );
}
