/**
 * What the file says is what Buffer gets (issue 12), through the bundled
 * action and the bundled CLI against the sandbox:
 *
 * - `categoryId: 28` (a YAML number) reaches Buffer as the string "28";
 * - a post with only `dueAt` (no `mode`) is scheduled at that time;
 * - `mode: addToQueue` beside a `dueAt` is an error at the `mode` line in
 *   `validate`, `plan` and the PR comment, and the valid posts beside it still
 *   go through on apply;
 * - an idea's bare `date` is sent as an ISO 8601 date-time (midnight in the
 *   configured time zone).
 *
 * One fixture: the files go on a pull request (CLI validate and plan, the
 * action's plan comment), then are merged and pushed (the action's apply).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createHarness, mutationInputs, postsOf, type Harness } from './harness.js';

const TOKEN = 'ghs_test_token';
const PR = 7;

/** The `timezone` input of the action and the CLI's `--timezone`. */
const ZONE = 'Europe/Berlin';
const VIDEO = `---
channel: youtube
assets:
  videos: [{url: "https://example.com/v/demo.mp4", title: Demo}]
metadata:
  youtube: {title: Acme 2.0 in five minutes, categoryId: 28, privacy: public}
---
The five-minute tour of Acme 2.0.
`;
// No mode: the date is what the user meant.
const DATED = `---
channel: linkedin
dueAt: 2027-03-02T09:00:00+01:00
---
Acme 2.0 ships on Tuesday.
`;
// Line 3 is the contradiction: a queue mode and a date.
const CONTRADICTION = `---
channel: twitter
mode: addToQueue
dueAt: 2027-03-03T09:00:00+01:00
---
Queue it, or post it on Wednesday?
`;
const IDEA = `---
title: Customer story series
services: [linkedin]
date: 2027-02-01
---
Interview three customers.
`;
const FILES = {
  'posts/video.md': VIDEO,
  'posts/dated.md': DATED,
  'posts/contradiction.md': CONTRADICTION,
  'ideas/stories.md': IDEA,
};
const CONFLICT_MESSAGE =
  'The file contradicts itself: `mode: addToQueue` puts the post in the next queue slot, but `dueAt: 2027-03-03T09:00:00+01:00` (line 4) names a time.';

const isMutation = (r: { query: string }) => /^\s*mutation\b/.test(r.query);

/** The bundled CLI with the sandbox's key and URL (test/cli/run-cli.ts: also checks its words). */
const cli = (args: string[], cwd: string, h: Harness) =>
  runCli(args, { cwd, env: { BUFFER_API_KEY: h.sandbox.apiKey, BUFFER_API_URL: h.sandbox.url } });

describe('typed values and scheduling intent, from the file to Buffer', () => {
  let h: Harness;
  let gh: FakeGitHub;
  let base: string;
  let validate: Awaited<ReturnType<typeof cli>>;
  let plan: Awaited<ReturnType<typeof cli>>;
  let review: ActionRun;
  let comment: string;
  /** Mutations the sandbox had received before apply ran (the CLI plan and the review send none). */
  let mutationsBeforeApply: number;
  let apply: ActionRun;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    gh = await startFakeGitHub({ tokens: [TOKEN] });
    const { fx } = h;
    base = await h.head();

    // The pull request: a feature branch, and GitHub's merge ref checked out one commit deep.
    await fx.git(['checkout', '--quiet', '-b', 'feature']);
    await fx.writeFiles(FILES);
    const head = await fx.commitAll('a video, a dated post, a contradiction and an idea');
    await fx.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/feature']);
    validate = await cli(['validate', '--timezone', ZONE], fx.work, h);
    plan = await cli(['plan', '--timezone', ZONE, '--base', base], fx.work, h);

    await fx.git(['checkout', '--quiet', '--detach', base]);
    await fx.git(['merge', '--quiet', '--no-ff', '-m', `Merge ${head}`, head]);
    const merge = await fx.git(['rev-parse', 'HEAD']);
    await fx.git(['push', '--quiet', '--force', 'origin', `HEAD:refs/pull/${PR}/merge`]);
    const checkout = path.join(fx.root, 'pr-checkout');
    await fx.git(['init', '--quiet', checkout], fx.root);
    await fx.git(['remote', 'add', 'origin', pathToFileURL(fx.bare).href], checkout);
    await fx.git(
      ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/pull/${PR}/merge:refs/remotes/pull/${PR}/merge`],
      checkout,
    );
    await fx.git(['checkout', '--quiet', '--detach', `refs/remotes/pull/${PR}/merge`], checkout);
    review = await runAction({
      workspace: checkout,
      eventName: 'pull_request',
      ref: `refs/pull/${PR}/merge`,
      sha: merge,
      event: {
        action: 'opened',
        number: PR,
        pull_request: {
          number: PR,
          head: { sha: head, ref: 'feature', repo: { full_name: 'acme/social' } },
          base: { sha: base, ref: 'main', repo: { full_name: 'acme/social' } },
        },
        repository: { full_name: 'acme/social', default_branch: 'main' },
      },
      inputs: { 'buffer-api-key': h.sandbox.apiKey, 'api-url': h.sandbox.url, 'github-token': TOKEN, timezone: ZONE },
      env: { ...fx.env, GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '4242' },
    });
    comment = gh.comments(PR).find((c) => c.body.startsWith(PLAN_COMMENT_MARKER))?.body ?? '';
    mutationsBeforeApply = h.requests.filter(isMutation).length;

    // The merge: main moves to the merge commit, and the push runs apply.
    await fx.git(['push', '--quiet', 'origin', `${merge}:refs/heads/${fx.branch}`]);
    apply = await h.runPush({ before: base, after: merge }, { inputs: { timezone: ZONE } });
  });
  afterAll(async () => {
    await gh?.close();
    await h?.close();
  });

  it('validate (bundled CLI): the contradiction is an error at the mode line, nothing else is', () => {
    expect(validate.code, validate.stdout + validate.stderr).toBe(1);
    const errors = validate.stdout.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toEqual([expect.stringContaining(`posts/contradiction.md:3:7: error: ${CONFLICT_MESSAGE}`)]);
    expect(errors[0]).toContain(
      'Remove `mode` to post at that time (a dueAt alone means customScheduled), or remove `dueAt`.',
    );
  });

  it('plan (bundled CLI): the error at file:line, the dated post at its time', () => {
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/^posts\/contradiction\.md:3:7: error: The file contradicts itself/m);
    expect(plan.stdout).toMatch(/create +posts\/dated\.md:2 → linkedin +2027-03-02 09:00 Europe\/Berlin/);
    expect(plan.stdout).toMatch(/blocked +posts\/contradiction\.md:2 → twitter/);
    expect(plan.stdout).toMatch(/^Plan: 3 to create, 0 to edit, 0 to delete, 1 error$/m);
  });

  it('PR comment: the error at its file:line, the dated post with its date, the check fails, nothing sent', () => {
    expect(review.exitCode, review.stdout).toBe(1);
    expect(comment).toContain('`posts/contradiction.md:3:7`');
    expect(comment).toContain(CONFLICT_MESSAGE);
    expect(comment).toMatch(
      /\| \[`posts\/dated\.md`\]\([^)]*\) \| linkedin \| create \| 2027-03-02 09:00 Europe\/Berlin \|/,
    );
    expect(review.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'posts/contradiction.md',
        line: 3,
        message: expect.stringContaining('The file contradicts itself'),
      }),
    );
    expect(mutationsBeforeApply).toBe(0);
  });

  it('apply: the valid posts and the idea go through beside the broken file, which sends nothing', () => {
    expect(apply.exitCode).toBe(1);
    expect(apply.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'posts/contradiction.md', line: 3 }),
    );
    expect(apply.outputs.created).toBe('3');
    expect(h.requests.filter(isMutation).length).toBeGreaterThan(mutationsBeforeApply);
    expect(
      postsOf(h.sandbox)
        .map((p) => p.text)
        .sort(),
    ).toEqual(['Acme 2.0 ships on Tuesday.', 'The five-minute tour of Acme 2.0.']);
  });

  it('categoryId: 28 reaches Buffer as the string "28"', () => {
    const [youtube] = mutationInputs(h.requests, 'createPost').filter(
      (input) => (input.metadata as Record<string, unknown> | undefined)?.youtube,
    );
    expect(youtube?.metadata).toEqual({
      youtube: { title: 'Acme 2.0 in five minutes', categoryId: '28', privacy: 'public' },
    });
  });

  it('a post with only dueAt is scheduled at that time', () => {
    const [dated] = mutationInputs(h.requests, 'createPost').filter(
      (input) => input.text === 'Acme 2.0 ships on Tuesday.',
    );
    expect(dated).toMatchObject({ mode: 'customScheduled', dueAt: '2027-03-02T08:00:00.000Z' });
    const post = postsOf(h.sandbox).find((p) => p.text === 'Acme 2.0 ships on Tuesday.');
    expect(post).toMatchObject({ status: 'scheduled', dueAt: '2027-03-02T08:00:00.000Z' });
  });

  it("the idea's bare date is sent as an ISO 8601 date-time: midnight in the configured time zone", () => {
    const [idea] = mutationInputs(h.requests, 'createIdea');
    expect((idea?.content as { date?: string }).date).toBe('2027-01-31T23:00:00.000Z');
    expect(h.sandbox.state().ideas.map((i) => i.content.date)).toEqual(['2027-01-31T23:00:00.000Z']);
  });
});
