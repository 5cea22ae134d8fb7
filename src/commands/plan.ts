/**
 * `plan` (pull requests, CLI): what a merge would do, with every finding, and
 * no Buffer mutation. On a pull request the plan becomes one sticky comment
 * (updated in place on every push) and the job summary; every finding becomes
 * an annotation. Offline (fork PRs, no key) it validates what can be
 * validated and says what could not be checked. The exit status reflects
 * errors in the files only: a comment that cannot be posted is a warning.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Outcome } from '../apply/outcome.js';
import type { BufferClient } from '../buffer/client.js';
import type { Post } from '../buffer/types.js';
import type { Finding } from '../posts/model.js';
import { foreignHeadReason } from '../event/command.js';
import type { PullRequestEvent } from '../event/context.js';
import { detectChanges, type ChangeSet } from '../git/changes.js';
import { snapshotTree } from '../git/tree-snapshot.js';
import type { Git } from '../git/git.js';
import type { Collected } from '../plan/collect.js';
import { readBaseState, type BaseState } from '../plan/base-state.js';
import { NO_STATE_YET } from '../state/notes.js';
import { MAX_POST_FILE_BYTES } from '../posts/read-post-file.js';
import type { StickyResult } from '../github/sticky-comment.js';
import {
  planCommentMarkdown,
  planSummaryLine,
  lengthText,
  PLAN_COMMENT_MARKER,
  type PlanCommentInput,
} from '../report/plan-comment.js';
import type { PlanRow } from '../report/plan-comment-rows.js';
import { readableWhen, timelineMarkdown } from '../report/plan-comment-timeline.js';
import type { Reporter } from '../report/reporter.js';
import { buildRunReport, planJson } from '../report/run-report.js';
import { finish, type CommandResult } from './finish.js';
import type { Connection } from './connect.js';
import { clientFor, gitFor, runSecrets, type RunContext } from './context.js';
import { planRange, type PlanRange } from './plan-range.js';
import type { Prepared } from './prepare.js';
import { DAY_MS } from '../time/days.js';

export interface PlanCommandOptions {
  /** Base revision to diff against (CLI `--base`); without it the event decides (plan-range.ts). */
  base?: string;
  head?: string;
}

export interface PlanCommandResult extends CommandResult {
  offlineReason?: string;
  /** The plan per file × channel, with what each network receives. */
  rows: PlanRow[];
  /** "N to create, N to edit, N to delete, N errors". */
  summaryLine: string;
  /** The comment body (under GitHub's limit). */
  markdown: string;
  /** What happened to the sticky comment, on pull requests. */
  comment?: StickyResult;
}

/** Job summaries take 1 MiB per step; characters here, so multi-byte text stays well inside. */
const SUMMARY_LIMIT = 400_000;
/** Buffer's scheduled posts this far either side of the new ones are shown beside them. */
const TIMELINE_MARGIN_MS = 3 * DAY_MS;

export async function runPlan(ctx: RunContext, opts: PlanCommandOptions = {}): Promise<PlanCommandResult> {
  const { settings, reporter, event } = ctx;
  // The file readers, parsers and rules (Markdown, the length counters: the largest chunks of dist/)
  // load while git works out the range below.
  const reading = Promise.all([
    import('./prepare.js'),
    import('../posts/render.js'),
    import('../report/plan-comment-rows.js'),
  ]);
  reading.catch(() => undefined);
  const git = gitFor(ctx);
  const pr = event.pullRequest;
  const range = await planRange(git, event, opts);
  if (range.note) reporter.warning(range.note);

  // The base branch's applied state, read while git diffs the range.
  const against = range.base ? baseState(ctx, git, range) : undefined;
  against?.catch(() => undefined);
  const changes: ChangeSet | undefined = range.base
    ? await reporter.group('Detecting changes', () =>
        detectChanges(git, { before: range.base!, after: range.head, dirs: [settings.postsDir, settings.ideasDir] }),
      )
    : undefined;
  const base = await against;
  // The CLI says nothing without one: most clones never fetch the notes, and the plan is as before.
  if (base && !base.state && (ctx.surface !== 'cli' || base.reason !== NO_STATE_YET))
    reporter.info(`No applied state of ${base.branch} to start from (${base.reason}).`);

  let offlineReason = ctx.offlineReason ?? foreignHeadReason(event);
  if (!offlineReason && !settings.apiKey && !ctx.createClient)
    offlineReason =
      ctx.surface === 'cli'
        ? 'BUFFER_API_KEY is not set'
        : 'no Buffer API key is configured (the `buffer-api-key` input)';
  const client = offlineReason ? undefined : clientFor(ctx, 'plan');
  if (offlineReason) {
    reporter.warning(
      `Offline plan: ${offlineReason}. Channels, Mastodon instance limits and Buffer's current state were not checked.`,
    );
  }

  // A head that is not the checkout (pull_request_target) is read from the object database into a folder of its own.
  const snapshot = range.headIsCheckout
    ? undefined
    : await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'buffer-gitops-head-'));
  let prepared: Prepared;
  try {
    if (snapshot) {
      await reporter.group(
        `Reading the pull request's files at ${range.head.slice(0, 7)} (as data, not checked out)`,
        () =>
          snapshotTree(git, range.head, {
            dirs: [settings.postsDir, settings.ideasDir],
            target: snapshot,
            maxBytes: MAX_POST_FILE_BYTES,
          }),
      );
    }
    const planCtx: RunContext = snapshot ? { ...ctx, settings: { ...settings, workspace: snapshot } } : ctx;
    const { preparePlan } = (await reading)[0];
    let given: Collected | undefined;
    if (base?.state && changes?.kind === 'diff') {
      const { state, branch, blobs, removals, noRemovals } = base;
      given = await reporter.group('Reading post files', async () => {
        const { collectRangeAgainstState } = await import('../plan/range-state.js');
        const result = await collectRangeAgainstState({
          workspace: planCtx.settings.workspace,
          postsDir: settings.postsDir,
          ideasDir: settings.ideasDir,
          timezone: settings.timezone,
          git,
          changes,
          state,
          blobs: blobs!,
          removals: removals!,
        });
        reporter.info(
          `Against the applied state of ${branch} at ${state.commit.slice(0, 7)} (${state.recordedAt}): ${result.trusted} file(s) unchanged since, ` +
            `${result.posts.filter((p) => p.current).length} to compare, ${result.ideas.length} idea file(s)` +
            (removals
              ? `, ${result.removals} post(s) no file holds any more`
              : `; posts only the state holds are not shown (${noRemovals}): the merge's apply decides`),
        );
        return result;
      });
    }
    prepared = await preparePlan(planCtx, changes, git, client, undefined, given);
  } finally {
    if (snapshot) await rm(snapshot, { recursive: true, force: true });
  }
  const { plan, connection, collected } = prepared;
  if (range.note) plan.notes.push(range.note);
  if (offlineReason)
    plan.notes.push(
      `Offline validation only: ${offlineReason}. Channel references, per-instance limits and Buffer's current state could not be checked.`,
    );
  for (const finding of plan.findings) reporter.finding(finding);

  const [, { renderPost }, { planRows }] = await reading;
  const rows = planRows({ plan, posts: collected.posts, channels: connection?.channels, render: renderPost });
  const scheduled =
    client && connection
      ? await scheduledAround(client, connection, rows, reporter)
      : { unavailable: offlineReason ?? 'Buffer was not asked' };
  const zone = settings.timezone ?? 'UTC';
  await reporter.group('Plan', async () => printPlan(reporter, rows, zone, plan.findings));

  const commentInput: PlanCommentInput = {
    rows,
    findings: plan.findings,
    notes: plan.notes,
    offlineReason,
    timeline: timelineMarkdown({
      rows,
      scheduled: scheduled.posts,
      scheduledUnavailable: scheduled.unavailable,
      channels: connection?.channels,
      timeZone: zone,
    }),
    timeZone: zone,
    source:
      pr && event.repository
        ? { serverUrl: event.serverUrl, repository: event.repository, sha: pr.headSha }
        : undefined,
    fullPlanUrl: runUrl(ctx),
  };
  const markdown = planCommentMarkdown(commentInput);
  const summary = planCommentMarkdown(commentInput, {
    limit: SUMMARY_LIMIT,
    fullPlanName: 'JSON run report (the `report` output)',
  });
  const comment = pr ? await postPlanComment(ctx, pr, markdown, runSecrets(settings)) : undefined;

  const outcomes: Outcome[] = plan.items.map((item) => ({
    item,
    status: item.action === 'skip' ? (item.blocked ? 'failed' : 'skipped') : 'dry-run',
  }));
  const report = buildRunReport('plan', plan, outcomes, true);
  if (client) report.requests = client.requestCount;
  const result = await finish(
    ctx,
    report,
    plan,
    summary,
    planJson(
      plan,
      rows.filter((r) => r.offline),
    ),
  );
  return { ...result, offlineReason, rows, summaryLine: planSummaryLine(rows, plan.findings), markdown, comment };
}

/**
 * The applied state of the branch the range merges into: on a pull request
 * only when its notes came with the range's fetch; the CLI reads its clone's
 * copy. Undefined when the plan has no such branch (a push, a merge queue, a
 * clone without origin's HEAD).
 */
async function baseState(ctx: RunContext, git: Git, range: PlanRange): Promise<BaseState | undefined> {
  const cli = ctx.surface === 'cli';
  const pr = ctx.event.pullRequest;
  const branch = cli ? await git.remoteDefaultBranch() : range.stateFetched && pr ? pr.baseRef : undefined;
  if (!branch || !range.base) return undefined;
  return readBaseState(git, {
    branch,
    base: range.base,
    head: range.head,
    postsDir: ctx.settings.postsDir,
    localCopy: cli,
    baseIsTip: range.baseIsTip === true,
  });
}

/**
 * The posts already scheduled on the channels that get a post at a fixed
 * time, around those times: one read-only request (two for a very full
 * queue). A failure costs the timeline's context, never the plan.
 */
async function scheduledAround(
  client: BufferClient,
  connection: Connection,
  rows: PlanRow[],
  reporter: Reporter,
): Promise<{ posts?: Post[]; unavailable?: string }> {
  const timed = rows.filter(
    (r) =>
      (r.action === 'create' || r.action === 'edit' || r.action === 'replace') && !r.blocked && r.dueAt && r.channelId,
  );
  if (timed.length === 0) return { posts: [] };
  const times = timed.map((r) => Date.parse(r.dueAt!));
  try {
    const posts = await client.posts(
      {
        organizationId: connection.organization.id,
        filter: {
          channelIds: [...new Set(timed.map((r) => r.channelId!))],
          status: ['scheduled'],
          dueAt: {
            start: new Date(Math.min(...times) - TIMELINE_MARGIN_MS).toISOString(),
            end: new Date(Math.max(...times) + TIMELINE_MARGIN_MS).toISOString(),
          },
        },
        sort: [{ field: 'dueAt', direction: 'asc' }],
      },
      { pageSize: 50, maxPages: 2 },
    );
    return { posts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reporter.warning(
      `Could not read the posts already scheduled in Buffer (${message}); the timeline shows only this plan's posts.`,
    );
    return { unavailable: message };
  }
}

/** The plan as lines for the log and the CLI: action, file:line → channel, when, length. */
function printPlan(reporter: Reporter, rows: PlanRow[], zone: string, findings: Finding[]): void {
  for (const row of rows) {
    const what = row.action === 'skip' ? (row.blocked ? 'blocked' : 'skip') : row.action;
    const parts = [
      `${what.padEnd(11)} ${row.file}:${row.line}${row.ref ? ` → ${row.ref}` : ''}`,
      row.when ? readableWhen(row.when, zone) : '',
      row.pieces.length ? `length ${lengthText(row.pieces.map((p) => p.length)).replace(/ ❌/g, ' (too long)')}` : '',
      row.detail && row.action !== 'create' ? row.detail : '',
      row.offline ? '(offline)' : '',
    ].filter(Boolean);
    reporter.info(parts.join('  '));
  }
  // Beside errors an empty plan is not "nothing to do": the errors hold the work back.
  if (rows.length === 0)
    reporter.info(
      findings.some((f) => f.severity === 'error') ? 'Nothing to plan until the errors are fixed.' : 'Nothing to do.',
    );
}

async function postPlanComment(
  ctx: RunContext,
  pr: PullRequestEvent,
  markdown: string,
  secrets: string[],
): Promise<StickyResult> {
  const { settings, reporter, event } = ctx;
  const skip = (message: string): StickyResult => {
    reporter.warning(`The plan comment was not posted: ${message}. The plan is in the job summary.`);
    return { status: 'failed', message };
  };
  if (!settings.githubToken) return skip('no `github-token`');
  if (!event.repository || !Number.isInteger(pr.number) || pr.number < 1)
    return skip('the event names no repository or pull request number');
  return reporter.group('Plan comment', async () => {
    // GitHub's REST client is loaded only here, when a comment is written.
    const [{ IssueComments }, { upsertStickyComment }] = await Promise.all([
      import('../github/issue-comments.js'),
      import('../github/sticky-comment.js'),
    ]);
    const comments = new IssueComments({
      token: settings.githubToken!,
      apiUrl: event.apiUrl,
      repository: event.repository!,
    });
    const result = await upsertStickyComment(comments, pr.number, PLAN_COMMENT_MARKER, markdown, secrets);
    if (result.status === 'failed') {
      const why = result.httpStatus ? `GitHub answered ${result.httpStatus}: ${result.message}` : result.message;
      const hint = pr.fromFork
        ? 'A pull request from a fork gets a read-only token, so this is expected there'
        : 'Give the job `permissions: pull-requests: write`';
      reporter.warning(
        `Could not post the plan comment on #${pr.number} (${why}). ${hint}; the plan is in the job summary and the annotations.`,
      );
    } else {
      reporter.info(`Plan comment ${result.status}${result.url ? `: ${result.url}` : ''}`);
    }
    return result;
  });
}

/** The run's page, where the job summary is (the runner sets GITHUB_RUN_ID). */
function runUrl(ctx: RunContext): string | undefined {
  const runId = process.env.GITHUB_RUN_ID;
  if (!runId || !ctx.event.repository) return undefined;
  return `${ctx.event.serverUrl.replace(/\/+$/, '')}/${ctx.event.repository}/actions/runs/${runId}`;
}
