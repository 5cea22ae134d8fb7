/**
 * Issue 13, validation and plan wording, run as users run them: the bundled
 * action on a push (plan, then apply) with a file that has errors beside a
 * good one, and the bundled CLI's `validate` offline. Errors are "N errors"
 * and the `errors` output; `failed` is only for Buffer actions attempted and
 * failed (0 on a plan); nothing says "Nothing to do." beside errors; a
 * misspelt service is an error offline with a did-you-mean; YAML mistakes
 * are one plain message with the fix; idea files are checked as ideas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createHarness, postsOf, type Harness } from './harness.js';

const GOOD = `---
channel: twitter
---
Hello from the good post.
`;
// Line 2: a misspelt service beside a good one; line 3: a value with `: ` (YAML).
const BROKEN = `---
channels: [twitter, twiter]
mode: Launch: day one
---
Launch day.
`;
const TYPOS = `---
channels: [twiter, linkdin]
---
Offline typos.
`;
const IDEA = `---
title: Customer story series
services: [linkedin, twitter]
date: 2027-02-01
---
Interview three customers.
`;
const BROKEN_IDEA = `---
titel: Webinar
services: [linkdin]
---
Plan it.
`;

describe('the action: a push with errors beside a good post', () => {
  let h: Harness;
  let plan: Awaited<ReturnType<Harness['runPush']>>;
  let apply: Awaited<ReturnType<Harness['runPush']>>;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const range = await h.pushFiles(
      { 'posts/good.md': GOOD, 'posts/broken.md': BROKEN },
      'a good post and a broken one',
    );
    plan = await h.runPush(range, { inputs: { command: 'plan' } });
    apply = await h.runPush(range);
  });
  afterAll(async () => h?.close());

  it('plan: `errors` 2 and `failed` 0 (nothing was attempted), exit 1, and no "Nothing to do."', () => {
    expect(plan.exitCode, plan.stdout).toBe(1);
    expect(plan.outputs).toMatchObject({ errors: '2', failed: '0', created: '0' });
    expect(plan.stdout).toContain('2 errors in 1 file (it is not sent to Buffer until fixed); see the messages above.');
    expect(plan.stdout + plan.summary).not.toMatch(/Nothing to do|problem\(s\)|action\(s\) failed/);
    expect(plan.summary).toContain('1 to create, 0 to edit, 0 to delete, 2 errors');
  });

  it('each problem is one annotation at its line, in plain words with the fix', () => {
    const errors = plan.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors.map((a) => [a.file, a.line, a.message])).toEqual([
      ['posts/broken.md', 2, expect.stringMatching(/^Unknown service `twiter`\. Did you mean `twitter`\?/)],
      [
        'posts/broken.md',
        3,
        'The value of `mode` contains `: `, which YAML reads as the start of another key; put the value in quotes: mode: "Launch: day one"',
      ],
    ]);
  });

  it('apply: the good post is created, the broken one blocked, not failed', () => {
    expect(apply.exitCode, apply.stdout).toBe(1);
    expect(apply.outputs).toMatchObject({ created: '1', errors: '2', failed: '0' });
    expect(postsOf(h.sandbox)).toHaveLength(1);
    expect(apply.summary).toContain('**1 created · 0 edited · 0 deleted · 1 blocked · 2 errors**');
    expect(apply.summary).not.toMatch(/Nothing to do|❌ failed/);
    expect(apply.stdout).toContain(
      '2 errors in 1 file (it is not sent to Buffer until fixed); see the messages above.',
    );
  });
});

describe('the CLI: validate offline', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.pushFiles(
      {
        'posts/typos.md': TYPOS,
        'posts/good.md': GOOD,
        'ideas/series.md': IDEA,
        'ideas/broken.md': BROKEN_IDEA,
        'ideas/launch.md': '---\ntitle: Launch: day one\n---\nSoon.\n',
      },
      'posts and ideas',
    );
  });
  afterAll(async () => h?.close());

  it('a misspelt service is an error with "did you mean `twitter`", without a key', async () => {
    const run = await runCli(['validate', 'posts'], { cwd: h.fx.work, gitEnv: h.fx.env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^posts\/typos\.md:2:12: error: Unknown service `twiter`\. Did you mean `twitter`\?/m);
    expect(run.stdout).toMatch(/^posts\/typos\.md:2:20: error: Unknown service `linkdin`\. Did you mean `linkedin`\?/m);
    expect(run.stdout).not.toMatch(/posts\/good\.md:\d+:\d+: error/);
  });

  it('the sample idea passes when given by path, checked as an idea', async () => {
    const run = await runCli(['validate', 'ideas/series.md'], { cwd: h.fx.work, gitEnv: h.fx.env });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/Unknown front-matter key/);
  });

  it("a broken idea reports the idea's own errors; ideas/ is checked by default; a YAML mistake is one message", async () => {
    const run = await runCli(['validate'], { cwd: h.fx.work, gitEnv: h.fx.env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^ideas\/broken\.md:2:1: error: Unknown idea front-matter key `titel`\. Did you mean `title`\?/m,
    );
    expect(run.stdout).toMatch(
      /^ideas\/broken\.md:3:12: error: Unknown service `linkdin`\. Did you mean `linkedin`\?/m,
    );
    expect(run.stdout.match(/^ideas\/launch\.md:.*$/gm)).toEqual([
      'ideas/launch.md:2:8: error: The value of `title` contains `: `, which YAML reads as the start of another key; put the value in quotes: title: "Launch: day one" [yaml-syntax]',
    ]);
    expect(run.stdout).not.toMatch(/ideas\/series\.md|Unknown front-matter key|compact mappings/);
  });
});
