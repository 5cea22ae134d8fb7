/**
 * Data nobody here wrote (issue 10): the bundled action, run as the runner
 * runs it, on every push, pull_request, workflow_dispatch, repository_dispatch,
 * release, issue_comment and merge_group example that `@octokit/webhooks-examples`
 * ships, plus pull_request_target. The package ships no pull_request_target
 * example: those cases are the pull_request examples run with
 * GITHUB_EVENT_NAME=pull_request_target (GitHub sends the same payload shape),
 * checked out as actions/checkout does on that event: the base branch.
 *
 * Payloads are adapted only where a SHA must exist in the fixture repository;
 * every other field (refs, `deleted`, `repository.default_branch`, `head.repo`,
 * the action) is as shipped. A few extra cases, marked "derived", change one
 * named field of a shipped example to cover what the package has no example
 * of (a deleted fork, a push to an unlisted branch, a dispatch on one).
 *
 * The fixture: `main` and `master` (the payloads' default branches) both hold
 * two post files without Buffer IDs and one live post tracked in the sandbox;
 * every other ref the payloads name (the PR head `changes`, the tags
 * `simple-tag` and `0.0.1`, the merge-queue branch) changes posts too. So a
 * run that wrongly applies anywhere WOULD send mutations and push: "0
 * mutations, nothing pushed" below means the action decided not to.
 *
 * The expected decision of each case comes from `decide()`, a table written
 * from SPEC §3 and issue 10, never from what the action did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER } from '../../src/report/plan-comment.js';
import {
  defaultChannelId,
  defaultSeed,
  DEFAULT_ORGANIZATION_ID,
  startSandbox,
  type ObservedRequest,
  type RunningSandbox,
  type SandboxSeed,
} from '../../src/sandbox/index.js';
import { startFakeGitHub, type FakeGitHub, type FakeRequest } from '../helpers/fake-github.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import {
  changedRefs,
  checkoutLikeActions,
  mutationsIn,
  remoteRefs,
  replaceShas,
  restoreRefs,
  webhookExamples,
  type WebhookPayload,
} from '../helpers/webhook-examples.js';

const ZERO = '0000000000000000000000000000000000000000';
const TOKEN = 'ghs_test_token';

// The SHAs the shipped examples use for commits of GitHub's sample repositories.
const EXAMPLE = {
  pushAfter: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
  prBase: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
  prHead: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  prMerge: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
  queueHead: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
  queueBase: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
} as const;

const LIVE_ID = '650000000000000000000001';
const LIVE_TEXT = 'Webinar: Acme 1.9 tips, starting soon';
const LIVE_DUE = '2027-03-02T07:30:00.000Z';
const post = (text: string) => `---\nchannel: twitter\n---\n${text}\n`;
const LIVE = `---
channel: twitter
dueAt: ${LIVE_DUE}
buffer:
  twitter: {id: "${LIVE_ID}", status: scheduled, dueAt: "${LIVE_DUE}"}
---
${LIVE_TEXT}
`;
/** The files on main and master that have no Buffer ID yet: an allowed apply or sync creates them. */
const PENDING = {
  'posts/spring-sale.md': post('Spring sale: 20% off all plans this week.'),
  'posts/hiring.md': post('We are hiring two engineers. Remote is fine.'),
};
/** What the pull request (branch `changes`) changes: one new post, the live post's file removed. */
const PR_FILES = ['posts/pr-launch.md', 'posts/live.md'];
const QUEUE_FILES = ['posts/queue-launch.md'];

type Command = 'apply' | 'sync' | 'sync (read-only)' | 'plan' | 'none';
/**
 * `0`: no request at all; `reads`: at least one request (Buffer is read);
 * `any reads`: not pinned (mutations are pinned separately); `{ max }`: at most that many.
 */
type Requests = 0 | 'reads' | 'any reads' | { max: number };

interface Decision {
  command: Command;
  requests: Requests;
  mutations: number;
  pushed: boolean;
  exitCode: number;
  /** The sticky plan comment is written (true), never touched (false), or not pinned (undefined). */
  comment?: boolean;
  /** The change's real content: each file must be in the plan. */
  planFiles?: string[];
  /** Files the event does not change: none may be in the plan. */
  foreignFiles?: string[];
}

/** Files only other refs change: a plan that shows one of them planned something the event does not do. */
const FOREIGN_FILES: Record<string, string[]> = {
  pr: ['posts/queue-launch.md', 'posts/release-notes.md'],
  queue: ['posts/pr-launch.md', 'posts/release-notes.md'],
};

interface Case {
  title: string;
  eventName: string;
  payload: WebhookPayload;
  /** GITHUB_REF and GITHUB_SHA as the runner sets them for this event. */
  ref: string;
  sha: string;
  /** What actions/checkout checks out. */
  checkout: string;
  /** Refs of the remote to delete for this run (the payload says they were deleted). */
  deletedRefs?: string[];
  /** Inputs beyond the key, endpoint and token; `decide()` ignores them: `command` never lifts a fence. */
  inputs?: Record<string, string>;
}

const branchOf = (ref: string | undefined) =>
  ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;

/**
 * The required decision, from the payload alone (SPEC §3, issue 10). The
 * `branches` input is left at its default: the payload's
 * `repository.default_branch`.
 */
function decide(c: Case): Decision {
  const p = c.payload;
  const allowed = [String(p.repository?.default_branch)];
  const none: Decision = { command: 'none', requests: 0, mutations: 0, pushed: false, exitCode: 0, comment: false };
  // Creating the two pending files: SPEC §8 allows 3 + ⌈N/25⌉ requests for N new posts.
  const publish = {
    requests: { max: 3 + Math.ceil(Object.keys(PENDING).length / 25) },
    mutations: Object.keys(PENDING).length,
    pushed: true,
    exitCode: 0,
  };
  switch (c.eventName) {
    case 'push': {
      if (p.deleted === true || p.after === ZERO) return none; // a branch or tag deletion
      const branch = branchOf(p.ref);
      if (branch === undefined) return none; // a tag
      return allowed.includes(branch) ? { command: 'apply', ...publish } : none;
    }
    case 'workflow_dispatch':
    case 'repository_dispatch': {
      const branch = branchOf(c.ref);
      // SPEC §8: a sync of M tracked posts reads with ≤ 2 + ⌈M/25⌉ requests (M = 1: 3); creating
      // the two files adds the exactly-once look-up and one batch: 5.
      if (branch !== undefined && allowed.includes(branch))
        return { command: 'sync', ...publish, requests: { max: 5 } };
      return { command: 'sync (read-only)', requests: 'any reads', mutations: 0, pushed: false, exitCode: 0 };
    }
    case 'pull_request':
    case 'pull_request_target': {
      const pr = p.pull_request;
      if (p.action === 'closed' || pr?.state === 'closed') return none;
      const head = pr?.head?.repo?.full_name as string | undefined;
      const base = pr?.base?.repo?.full_name as string | undefined;
      const plan = {
        command: 'plan',
        mutations: 0,
        pushed: false,
        exitCode: 0,
        planFiles: PR_FILES,
        foreignFiles: FOREIGN_FILES.pr,
      } as const;
      // Head repository missing, null or not the base: untrusted, not one request with the key.
      if (head === undefined || head !== base) return { ...plan, requests: 0 };
      // pull_request_target from this repository: the head is planned as data, Buffer may be read, never changed.
      if (c.eventName === 'pull_request_target') return { ...plan, requests: 'any reads', comment: true };
      return { ...plan, requests: 'reads', comment: true };
    }
    case 'merge_group':
      return {
        command: 'plan',
        requests: 'reads',
        mutations: 0,
        pushed: false,
        exitCode: 0,
        comment: false,
        planFiles: QUEUE_FILES,
        foreignFiles: FOREIGN_FILES.queue,
      };
    default:
      // release, issue_comment: no command of their own.
      return none;
  }
}

function describeDecision(d: Decision): string {
  const requests =
    d.requests === 0
      ? '0 req'
      : d.requests === 'reads'
        ? '≥1 read'
        : d.requests === 'any reads'
          ? 'reads only'
          : `≤${d.requests.max} req`;
  return `${d.command} · ${requests} · ${d.mutations} mut · ${d.pushed ? 'pushed' : 'no push'} · exit ${d.exitCode}`;
}

interface Commits {
  /** main and master: pending posts plus the live post. */
  tip: string;
  /** Branch `changes`, the pull request's head. */
  prHead: string;
  /** refs/pull/2/merge. */
  prMerge: string;
  /** Tags simple-tag and 0.0.1: the live post's text edited, one more new post. */
  tag: string;
  /** The merge-queue branch. */
  queue: string;
}

function buildCases(c: Commits): Case[] {
  const cases: Case[] = [];

  webhookExamples('push').forEach((payload, i) => {
    const shaOfRef = payload.ref.startsWith('refs/tags/') ? c.tag : c.tip;
    const p = replaceShas(payload, { [EXAMPLE.pushAfter]: shaOfRef });
    const deleted = p.deleted === true;
    cases.push({
      title: `push #${i} ${p.ref}${deleted ? ' deleted' : p.created ? ' created' : ''}`,
      eventName: 'push',
      payload: p,
      ref: p.ref,
      sha: p.after,
      // A deleted ref cannot be checked out: the workspace is the default branch.
      checkout: deleted ? `refs/heads/${p.repository.default_branch}` : p.ref,
      deletedRefs: deleted ? [p.ref] : undefined,
    });
  });

  const prShas = { [EXAMPLE.prBase]: c.tip, [EXAMPLE.prHead]: c.prHead, [EXAMPLE.prMerge]: c.prMerge };
  const pullRequests = webhookExamples('pull_request').map((payload) => replaceShas(payload, prShas));
  pullRequests.forEach((p, i) => {
    cases.push({
      title: `pull_request #${i} ${p.action}`,
      eventName: 'pull_request',
      payload: p,
      ref: `refs/pull/${p.number}/merge`,
      sha: c.prMerge,
      checkout: `refs/pull/${p.number}/merge`,
    });
  });
  pullRequests.forEach((p, i) => {
    cases.push({
      title: `pull_request_target #${i} ${p.action} (pull_request example #${i} as pull_request_target)`,
      eventName: 'pull_request_target',
      payload: p,
      // pull_request_target runs in the base: GITHUB_REF is the base branch, the checkout its tip.
      ref: `refs/heads/${p.pull_request.base.ref}`,
      sha: c.tip,
      checkout: `refs/heads/${p.pull_request.base.ref}`,
    });
  });

  webhookExamples('merge_group').forEach((payload, i) => {
    const p = replaceShas(payload, {
      [EXAMPLE.queueHead]: c.queue,
      [EXAMPLE.queueBase]: c.tip,
      [EXAMPLE.prHead]: c.queue,
    });
    cases.push({
      title: `merge_group #${i} ${p.action}`,
      eventName: 'merge_group',
      payload: p,
      ref: p.merge_group.head_ref,
      sha: c.queue,
      checkout: p.merge_group.head_ref,
    });
  });

  webhookExamples('workflow_dispatch').forEach((p, i) => {
    cases.push({
      title: `workflow_dispatch #${i} ${p.ref}`,
      eventName: 'workflow_dispatch',
      payload: p,
      ref: p.ref,
      sha: c.tip,
      checkout: p.ref,
    });
  });

  webhookExamples('repository_dispatch').forEach((p, i) => {
    const ref = `refs/heads/${p.repository.default_branch}`;
    cases.push({
      title: `repository_dispatch #${i} ${p.action}`,
      eventName: 'repository_dispatch',
      payload: p,
      ref,
      sha: c.tip,
      checkout: ref,
    });
  });

  webhookExamples('release').forEach((p, i) => {
    const ref = `refs/tags/${p.release.tag_name}`;
    cases.push({
      title: `release #${i} ${p.action} ${p.release.tag_name}`,
      eventName: 'release',
      payload: p,
      ref,
      sha: c.tag,
      checkout: ref,
    });
  });

  webhookExamples('issue_comment').forEach((p, i) => {
    const ref = `refs/heads/${p.repository.default_branch}`;
    cases.push({
      title: `issue_comment #${i} ${p.action}`,
      eventName: 'issue_comment',
      payload: p,
      ref,
      sha: c.tip,
      checkout: ref,
    });
  });

  // Derived cases: one named field of a shipped example changed.
  const opened = pullRequests[0]!;
  const deletedFork = structuredClone(opened);
  deletedFork.pull_request.head.repo = null;
  cases.push({
    title: 'derived: pull_request #0 opened with head.repo null (fork deleted)',
    eventName: 'pull_request',
    payload: deletedFork,
    ref: `refs/pull/${opened.number}/merge`,
    sha: c.prMerge,
    checkout: `refs/pull/${opened.number}/merge`,
  });
  const targetDeletedFork = structuredClone(deletedFork);
  cases.push({
    title: 'derived: pull_request_target #0 opened with head.repo null (fork deleted)',
    eventName: 'pull_request_target',
    payload: targetDeletedFork,
    ref: `refs/heads/${opened.pull_request.base.ref}`,
    sha: c.tip,
    checkout: `refs/heads/${opened.pull_request.base.ref}`,
  });
  const fork = structuredClone(opened);
  fork.pull_request.head.repo.full_name = 'octocat/Hello-World';
  cases.push({
    title: 'derived: pull_request #0 opened with head.repo octocat/Hello-World (a fork)',
    eventName: 'pull_request',
    payload: fork,
    ref: `refs/pull/${opened.number}/merge`,
    sha: c.prMerge,
    checkout: `refs/pull/${opened.number}/merge`,
  });

  const branchPush = replaceShas(webhookExamples('push')[4]!, { [EXAMPLE.pushAfter]: c.prHead });
  Object.assign(branchPush, { ref: 'refs/heads/changes', before: c.tip, created: false });
  cases.push({
    title: 'derived: push #4 with ref refs/heads/changes (not listed)',
    eventName: 'push',
    payload: branchPush,
    ref: branchPush.ref,
    sha: c.prHead,
    checkout: branchPush.ref,
  });

  const branchDeletion = replaceShas(webhookExamples('push')[1]!, { [EXAMPLE.pushAfter]: c.prHead });
  branchDeletion.ref = 'refs/heads/changes';
  cases.push({
    title: 'derived: push #1 with ref refs/heads/changes deleted',
    eventName: 'push',
    payload: branchDeletion,
    ref: branchDeletion.ref,
    sha: ZERO,
    checkout: `refs/heads/${branchDeletion.repository.default_branch}`,
    deletedRefs: [branchDeletion.ref],
  });

  // An explicit command does not lift the fences (issue 10: "whatever `command` says").
  const tagPush = cases.find((x) => x.title.startsWith('push #0 '))!;
  cases.push({
    ...tagPush,
    title: 'derived: push #0 refs/tags/simple-tag created with command: apply',
    inputs: { command: 'apply' },
  });
  cases.push({
    title: 'derived: pull_request #0 opened with head.repo null and command: apply',
    eventName: 'pull_request',
    payload: structuredClone(deletedFork),
    ref: `refs/pull/${opened.number}/merge`,
    sha: c.prMerge,
    checkout: `refs/pull/${opened.number}/merge`,
    inputs: { command: 'apply' },
  });

  const featureDispatch = webhookExamples('workflow_dispatch')[1]!;
  featureDispatch.ref = 'refs/heads/changes';
  cases.push({
    title: 'derived: workflow_dispatch #1 with ref refs/heads/changes',
    eventName: 'workflow_dispatch',
    payload: featureDispatch,
    ref: featureDispatch.ref,
    sha: c.prHead,
    checkout: featureDispatch.ref,
  });
  return cases;
}

/** What one run did, measured from the outside. */
interface Observed {
  exitCode: number;
  requests: number;
  mutations: string[];
  pushedRefs: string[];
  githubWrites: FakeRequest[];
  /** The sandbox's posts differ after the run (a second witness beside the mutations sent). */
  bufferChanged: boolean;
  notices: string[];
  planFiles: string[] | undefined;
  run: ActionRun;
}

const results: { title: string; expected: string; observed: string }[] = [];

describe('@octokit/webhooks-examples: every shipped example, run as the runner runs the action', () => {
  let fx: GitFixture;
  let sandbox: RunningSandbox;
  let refs: Map<string, string>;
  const requests: ObservedRequest[] = [];
  let cases: Case[] = [];

  /** Buffer's default sandbox seed plus the live post `posts/live.md` tracks. */
  const seed = (): SandboxSeed => {
    const seeded = defaultSeed();
    seeded.posts = [
      {
        id: LIVE_ID,
        organizationId: DEFAULT_ORGANIZATION_ID,
        channelId: defaultChannelId('twitter'),
        channelService: 'twitter',
        status: 'scheduled',
        text: LIVE_TEXT,
        dueAt: LIVE_DUE,
        shareMode: 'customScheduled',
        isCustomScheduled: true,
      },
    ];
    return seeded;
  };

  beforeAll(async () => {
    fx = await createGitFixture({ branch: 'main' });
    sandbox = await startSandbox({
      now: '2027-01-01T00:00:00Z',
      rateLimits: false,
      seed: seed(),
      onRequest: (r) => void requests.push(r),
    });

    await fx.writeFiles({ 'README.md': '# Hello-World\n' });
    await fx.commitAll('initial');
    await fx.writeFiles({ ...PENDING, 'posts/live.md': LIVE });
    const tip = await fx.commitAll('two posts to publish, one live');
    await fx.push();
    await fx.git(['push', '--quiet', 'origin', `${tip}:refs/heads/master`]);

    await fx.git(['checkout', '--quiet', '-b', 'changes', tip]);
    await fx.writeFiles({ 'posts/pr-launch.md': post('Hello-World 2.0 is out.'), 'posts/live.md': null });
    const prHead = await fx.commitAll('launch post; drop the webinar');
    await fx.git(['push', '--quiet', 'origin', `${prHead}:refs/heads/changes`, `${prHead}:refs/pull/2/head`]);
    await fx.git(['checkout', '--quiet', '--detach', tip]);
    await fx.git(['merge', '--quiet', '--no-ff', '-m', 'Merge changes into master', prHead]);
    const prMerge = await fx.git(['rev-parse', 'HEAD']);
    await fx.git(['push', '--quiet', 'origin', `${prMerge}:refs/pull/2/merge`]);

    await fx.git(['checkout', '--quiet', '--detach', tip]);
    await fx.writeFiles({
      'posts/live.md': LIVE.replace(LIVE_TEXT, 'Webinar moved: unmerged text'),
      'posts/release-notes.md': post('Release 0.0.1 notes'),
    });
    const tag = await fx.commitAll('unmerged edits on a tag');
    await fx.git(['push', '--quiet', 'origin', `${tag}:refs/tags/simple-tag`, `${tag}:refs/tags/0.0.1`]);

    await fx.git(['checkout', '--quiet', '--detach', tip]);
    await fx.writeFiles({ 'posts/queue-launch.md': post('Queued: the merge queue post.') });
    const queue = await fx.commitAll('merge queue candidate');
    const queueRef = webhookExamples('merge_group')[0]!.merge_group.head_ref as string;
    await fx.git(['push', '--quiet', 'origin', `${queue}:${queueRef}`]);
    await fx.git(['checkout', '--quiet', 'main']);

    refs = await remoteRefs(fx);
    cases = buildCases({ tip, prHead, prMerge, tag, queue });
  });

  afterAll(async () => {
    // The pinned decision next to what each run did: the table for the review.
    console.log(results.map((r) => `${r.title}\n    expected ${r.expected}\n    observed ${r.observed}`).join('\n'));
    await sandbox?.close();
    await fx?.cleanup();
  });

  async function runCase(c: Case): Promise<Observed> {
    const reset = await fetch(`${sandbox.url}/__sandbox/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seed()),
    });
    expect(reset.status).toBe(200);
    const postsBefore = JSON.stringify(sandbox.state().posts);
    await restoreRefs(fx, refs);
    for (const ref of c.deletedRefs ?? []) await fx.git(['update-ref', '-d', ref], fx.bare);
    const before = await remoteRefs(fx);
    const firstRequest = requests.length;
    // A fresh GitHub per run. On a pull request it already holds the action's
    // sticky comment with a stale plan, so any run that plans rewrites it and
    // any run that must not touch it would be seen touching it.
    const gh: FakeGitHub = await startFakeGitHub({ tokens: [TOKEN] });
    const number = c.payload.pull_request?.number as number | undefined;
    if (number !== undefined)
      gh.seed(number, `${PLAN_COMMENT_MARKER}\nA stale plan from an earlier run.`, {
        login: 'github-actions[bot]',
        type: 'Bot',
      });
    const workspace = await checkoutLikeActions(fx, c.checkout);
    const run = await runAction({
      workspace,
      eventName: c.eventName,
      event: c.payload,
      ref: c.ref,
      sha: c.sha,
      repository: c.payload.repository?.full_name,
      inputs: { 'buffer-api-key': sandbox.apiKey, 'api-url': sandbox.url, 'github-token': TOKEN, ...c.inputs },
      env: { ...fx.env, GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '4242' },
    });
    const sent = requests.slice(firstRequest);
    const bufferChanged = JSON.stringify(sandbox.state().posts) !== postsBefore;
    const pushedRefs = changedRefs(before, await remoteRefs(fx));
    const githubWrites = gh.requests.filter((r) => r.method !== 'GET');
    await gh.close();
    await restoreRefs(fx, refs);
    let planFiles: string[] | undefined;
    try {
      planFiles = [...new Set((JSON.parse(run.outputs.plan ?? '') as { file: string }[]).map((e) => e.file))].sort();
    } catch {
      planFiles = undefined;
    }
    return {
      exitCode: run.exitCode,
      requests: sent.length,
      mutations: mutationsIn(sent),
      pushedRefs,
      githubWrites,
      bufferChanged,
      notices: run.annotations.filter((a) => a.level === 'notice').map((a) => a.message),
      planFiles,
      run,
    };
  }

  function observedCommand(o: Observed): string {
    const requests = `${o.requests} req`;
    return `${requests} · ${o.mutations.length} mut${o.mutations.length ? ` (${o.mutations.join(',')})` : ''} · ${o.pushedRefs.length ? `pushed ${o.pushedRefs.join(',')}` : 'no push'} · exit ${o.exitCode}${o.notices.length ? ` · notices: ${o.notices.map((n) => JSON.stringify(n)).join(' ')}` : ''}`;
  }

  it('covers every example the package ships for these events', () => {
    const shipped = [
      'push',
      'pull_request',
      'merge_group',
      'workflow_dispatch',
      'repository_dispatch',
      'release',
      'issue_comment',
    ].reduce((n, name) => n + webhookExamples(name).length, 0);
    const pullRequests = webhookExamples('pull_request').length;
    const derived = cases.filter((c) => c.title.startsWith('derived:')).length;
    expect(pullRequests).toBeGreaterThan(0);
    expect(cases.length).toBe(shipped + pullRequests + derived);
  });

  // The cases are built in beforeAll (they need the fixture's commits); the
  // titles need the decision before that, so they are computed here from
  // placeholder commits: titles depend only on refs, actions and flags.
  const placeholder = {
    tip: 'a'.repeat(40),
    prHead: 'b'.repeat(40),
    prMerge: 'c'.repeat(40),
    tag: 'd'.repeat(40),
    queue: 'e'.repeat(40),
  };
  buildCases(placeholder).forEach((template, index) => {
    const expected = decide(template);
    it(`${template.title} → ${describeDecision(expected)}`, async () => {
      const c = cases[index]!;
      expect(c.title).toBe(template.title);
      const o = await runCase(c);
      results.push({ title: c.title, expected: describeDecision(expected), observed: observedCommand(o) });
      const log = `${c.title}\n--- stdout\n${o.run.stdout}\n--- stderr\n${o.run.stderr}`;

      expect(o.exitCode, log).toBe(expected.exitCode);
      expect(o.mutations, log).toHaveLength(expected.mutations);
      expect(o.bufferChanged, log).toBe(expected.mutations > 0);
      if (expected.mutations === 0) expect(o.mutations, log).toEqual([]);
      else
        expect(
          o.mutations.every((m) => m === 'createPost'),
          log,
        ).toBe(true);
      if (expected.pushed) expect(o.pushedRefs, log).toContain(c.ref);
      else expect(o.pushedRefs, log).toEqual([]);

      if (expected.requests === 0) expect(o.requests, log).toBe(0);
      else if (expected.requests === 'reads') expect(o.requests, log).toBeGreaterThan(0);
      else if (typeof expected.requests === 'object')
        expect(o.requests, log).toBeLessThanOrEqual(expected.requests.max);

      if (expected.comment === false) expect(o.githubWrites, log).toEqual([]);
      if (expected.comment === true) expect(o.githubWrites.length, log).toBeGreaterThan(0);

      if (expected.command === 'none') {
        // One notice line saying why, and nothing else happened.
        expect(o.notices, log).toHaveLength(1);
        expect(o.notices[0], log).not.toMatch(/\n/);
        expect(o.run.outputs.created ?? '0', log).toBe('0');
      }
      if (expected.command === 'sync (read-only)') {
        expect(o.notices.length, log).toBeGreaterThan(0);
      }
      if (expected.planFiles) {
        // The change's real content is in the plan the job summary shows, and
        // nothing only another ref changes. (Files on the base that still lack
        // an ID may appear too: apply is level-triggered, a merge creates them.)
        for (const file of expected.planFiles)
          expect(o.run.summary, `${file} missing from the plan\n${log}`).toContain(file);
        for (const file of expected.foreignFiles ?? [])
          expect(o.run.summary, `${file} is not changed by this event\n${log}`).not.toContain(file);
        // A plan made with Buffer's channels lists them in the `plan` output (JSON) too.
        if (o.requests > 0) for (const file of expected.planFiles) expect(o.planFiles, log).toContain(file);
      }
      if (expected.command === 'apply' || expected.command === 'sync') {
        expect(o.run.outputs.created, log).toBe(String(expected.mutations));
        expect(o.run.outputs.failed, log).toBe('0');
      }
    });
  });
});
