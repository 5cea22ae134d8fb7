/**
 * `npm start`, the first thing a newcomer runs (issue 13): a clean human log
 * into a pipe (no workflow command, no ANSI code) that shows, in order, the
 * plan comment a pull request gets, the push that publishes, the IDs written
 * back and the sandbox's request count; and exits 0.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm start with stdout piped', () => {
  let code: number | null;
  let stdout = '';
  let stderr = '';

  beforeAll(async () => {
    // What a shell gives it: no colour forced either way, so only the pipe decides.
    const env = { ...process.env };
    for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CLICOLOR_FORCE', 'GITHUB_ACTIONS', 'CI']) delete env[name];
    const child = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  });

  it('exits 0', () => {
    expect(code, stderr).toBe(0);
  });

  it('prints no workflow command and no ANSI escape', () => {
    // The runner reads a line as a command when it starts with `::` (or `##[`) after any whitespace.
    expect(stdout.split('\n').filter((line) => /^\s*(::|##\[)/.test(line))).toEqual([]);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toMatch(/add-mask|::group::|::endgroup::/);
  });

  it('shows, in order, the plan comment, the push that publishes, the IDs written back and the request count', () => {
    const parts = [
      '== 1. Pull request #1 (launch-posts → main): the plan comment',
      '== 2. The merge: the push to main publishes',
      '== 3. The IDs written back',
      '== 4. The Buffer sandbox',
    ].map((heading) => stdout.indexOf(`\n${heading}\n`));
    for (const at of parts) expect(at).toBeGreaterThan(-1);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
    const [comment, push, writeBack, sandbox] = parts.map((at, i) =>
      stdout.slice(at, parts[i + 1] ?? stdout.length),
    ) as [string, string, string, string];

    // 1. The comment's Markdown rendered as text: its heading, summary and table, no Markdown or HTML syntax.
    expect(comment).toMatch(/^ {2}│ Buffer plan for [0-9a-f]{7}$/m);
    expect(comment).toMatch(/^ {2}│ 9 to create, 0 to edit, 0 to delete, 0 errors$/m);
    expect(comment).toMatch(
      /^ {2}│ posts\/2027-03-02-v2-launch\.md +twitter +create +2027-03-02 09:00 Europe\/Berlin +132 \/ 280$/m,
    );
    expect(comment).toMatch(/^ {2}│ ▸ posts\/2027-03-03-how-we-sync\.md → X \(twitter\)/m);
    expect(comment).not.toMatch(/<details>|<summary>|<!--|\| --- \||\*\*|###/);

    // 2. The push to main, and the action creating each post in Buffer with its ID.
    expect(push).toMatch(/^\$ git push origin main +[0-9a-f]{7}\.\.[0-9a-f]{7}/m);
    const created = [...push.matchAll(/^ {4}created +create +(posts\/\S+) → (.+) \((\w+)\)$/gm)];
    expect(created).toHaveLength(9);

    // 3. The write-back commit's diff carries exactly those IDs.
    expect(writeBack).toMatch(
      /The action pushed [0-9a-f]{7} "buffer-gitops: record Buffer post IDs in 4 files \[skip ci\]"/,
    );
    const written = [...writeBack.matchAll(/^ {2}\+ {2}(?:"[^"]+"|[\w-]+): \{id: (\w+), status: scheduled/gm)].map(
      (m) => m[1],
    );
    expect(written.sort()).toEqual(created.map((m) => m[3]).sort());

    // 4. The request count, and its split per run adds up.
    const count =
      /^(\d+) requests to the sandbox: (\d+) for the pull request's plan \(reads\), (\d+) for the merge's apply\.$/m.exec(
        sandbox,
      );
    expect(count).not.toBeNull();
    const [total, plan, apply] = count!.slice(1).map(Number) as [number, number, number];
    expect(plan).toBeGreaterThan(0);
    expect(apply).toBeGreaterThan(0);
    expect(total).toBe(plan + apply);
    expect(sandbox.match(/ scheduled /g)).toHaveLength(9);
  });
});
