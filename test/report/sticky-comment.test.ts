/**
 * The sticky plan comment against a local fake of GitHub's REST API: found by
 * its marker across pages, updated in place, created once, and never a
 * reason to throw (a fork's read-only token gets a failed result to warn about).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IssueComments } from '../../src/github/issue-comments.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const TOKEN = 'ghs_test_token';
const body = (text: string) => `${PLAN_COMMENT_MARKER}\n${text}`;

describe('upsertStickyComment', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it('creates the comment once, then updates that same comment in place', async () => {
    gh = await startFakeGitHub();
    const client = new IssueComments({ token: TOKEN, apiUrl: gh.url, repository: 'acme/social' });
    gh.seed(5, 'LGTM, but check the thread');

    const first = await upsertStickyComment(client, 5, PLAN_COMMENT_MARKER, body('plan v1'));
    expect(first.status).toBe('created');
    const second = await upsertStickyComment(client, 5, PLAN_COMMENT_MARKER, body('plan v2'));
    expect(second).toMatchObject({ status: 'updated', id: first.status === 'created' ? first.id : -1 });
    const third = await upsertStickyComment(client, 5, PLAN_COMMENT_MARKER, body('plan v2'));
    expect(third.status).toBe('unchanged');

    const ours = gh.comments(5).filter((c) => c.body.startsWith(PLAN_COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.history).toEqual([body('plan v1'), body('plan v2')]);
    // The token goes as GitHub expects it, and only to the configured API.
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('finds its comment on a later page of a long discussion (Link rel="next")', async () => {
    gh = await startFakeGitHub({ maxPageSize: 10 });
    for (let i = 0; i < 25; i++) gh.seed(9, `comment ${i}`);
    const old = gh.seed(9, body('old plan'), { login: 'github-actions[bot]', type: 'Bot' });
    const client = new IssueComments({ token: TOKEN, apiUrl: gh.url, repository: 'acme/social' });

    expect((await client.list(9)).length).toBe(26);
    const result = await upsertStickyComment(client, 9, PLAN_COMMENT_MARKER, body('new plan'));
    expect(result).toMatchObject({ status: 'updated', id: old.id });
    expect(gh.comments(9)).toHaveLength(26);
    const pages = gh.requests
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.path, gh!.url).searchParams.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3', '1', '2', '3']);
  });

  it("prefers the bot's comment over a human quoting the marker", async () => {
    gh = await startFakeGitHub();
    gh.seed(3, body('a human pasted the plan'));
    const bot = gh.seed(3, body('the plan'), { login: 'github-actions[bot]', type: 'Bot' });
    const client = new IssueComments({ token: TOKEN, apiUrl: gh.url, repository: 'acme/social' });
    expect(await upsertStickyComment(client, 3, PLAN_COMMENT_MARKER, body('plan v2'))).toMatchObject({
      status: 'updated',
      id: bot.id,
    });
    expect(gh.comments(3)[0]!.body).toBe(body('a human pasted the plan'));
  });

  it('returns a failure instead of throwing for a read-only token (fork pull requests), without the token in it', async () => {
    gh = await startFakeGitHub({ readOnlyTokens: ['ghs_fork_readonly'] });
    const client = new IssueComments({ token: 'ghs_fork_readonly', apiUrl: gh.url, repository: 'acme/social' });
    const result = await upsertStickyComment(client, 4, PLAN_COMMENT_MARKER, body('plan'), ['ghs_fork_readonly']);
    expect(result).toMatchObject({ status: 'failed', httpStatus: 403 });
    expect(result.status === 'failed' && result.message).toMatch(/Resource not accessible by integration/);
    expect(JSON.stringify(result)).not.toContain('ghs_fork_readonly');
    expect(gh.comments(4)).toHaveLength(0);
  });

  it('returns a failure when the API cannot be reached', async () => {
    gh = await startFakeGitHub();
    const url = gh.url;
    await gh.close();
    gh = undefined;
    const client = new IssueComments({ token: TOKEN, apiUrl: url, repository: 'acme/social', timeoutMs: 2000 });
    const result = await upsertStickyComment(client, 1, PLAN_COMMENT_MARKER, body('plan'));
    expect(result.status).toBe('failed');
  });
});

describe('IssueComments.list', () => {
  it('never follows a next page on another host (the token stays with the API)', async () => {
    const gh = await startFakeGitHub({ maxPageSize: 1, linkOrigin: 'http://api.attacker.example' });
    try {
      gh.seed(2, 'a');
      gh.seed(2, 'b');
      const client = new IssueComments({ token: TOKEN, apiUrl: gh.url, repository: 'acme/social' });
      expect((await client.list(2)).map((c) => c.body)).toEqual(['a']);
    } finally {
      await gh.close();
    }
  });
});

describe('upsertStickyComment: only the action’s own comment', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it("never takes a human's comment that starts with the marker, even when the action has none yet", async () => {
    gh = await startFakeGitHub();
    const human = gh.seed(6, body('pasted by a person'));
    const client = new IssueComments({ token: TOKEN, apiUrl: gh.url, repository: 'acme/social' });
    expect(await upsertStickyComment(client, 6, PLAN_COMMENT_MARKER, body('plan'))).toMatchObject({
      status: 'created',
    });
    expect(human.history).toEqual([body('pasted by a person')]);
    // GITHUB_TOKEN cannot read /user (403): its comments are the app bot's.
    expect(gh.requests.filter((r) => r.path === '/user').map((r) => r.status)).toEqual([403]);
    const second = await upsertStickyComment(client, 6, PLAN_COMMENT_MARKER, body('plan v2'));
    expect(second.status).toBe('updated');
    expect(human.history).toHaveLength(1);
  });

  it('with a personal access token, the comment of that user is ours, not another person’s', async () => {
    gh = await startFakeGitHub({ tokens: ['ghp_personal'], users: { ghp_personal: { login: 'alice', type: 'User' } } });
    const other = gh.seed(7, body('pasted by bob'), { login: 'bob', type: 'User' });
    const mine = gh.seed(7, body('plan by alice'), { login: 'alice', type: 'User' });
    const client = new IssueComments({ token: 'ghp_personal', apiUrl: gh.url, repository: 'acme/social' });
    expect(await upsertStickyComment(client, 7, PLAN_COMMENT_MARKER, body('plan v2'))).toMatchObject({
      status: 'updated',
      id: mine.id,
    });
    expect(other.history).toHaveLength(1);
  });
});
