/**
 * `apply` (push to the default branch, SPEC §3): diff the push, plan, send
 * the plan to Buffer, write the IDs back and push them. Every success is
 * written back even when other items failed; the run fails afterwards.
 */
import { applyPlan } from '../apply/apply.js';
import { EARLIER_ATTEMPT_SLACK_MS, EARLIER_ATTEMPT_WINDOW_MS, type AttemptWindow } from '../apply/exactly-once.js';
import { outcomeFinding, outcomeLine, type Outcome } from '../apply/outcome.js';
import { detectChanges, previousCommitToFetch, type ChangeSet } from '../git/changes.js';
import { moveToBranchTip } from '../git/branch-tip.js';
import type { Git } from '../git/git.js';
import { blobsAt } from '../git/tree-blobs.js';
import type { StateCollected } from '../plan/collect-state.js';
import type { CreateItem, Plan, ReplaceItem } from '../plan/types.js';
import { notesRefspec } from '../state/notes.js';
import { AppliedRecorder } from '../state/recorder.js';
import { buildRunReport, type RunReport } from '../report/run-report.js';
import { settledUpdates } from '../writeback/tracked-updates.js';
import { clientFor, gitFor, type RunContext } from './context.js';
import { finish, type CommandResult } from './finish.js';
import { recordFinal } from './record-state.js';
import { writeBack } from './write-back.js';

export async function runApply(ctx: RunContext): Promise<CommandResult> {
  const done = (await reconcile(ctx, false))!;
  const result = await finish(ctx, done.report, done.plan);
  if (done.waiting.length > 0 && result.exitCode === 0) {
    ctx.reporter.error(`${done.waiting.length} change(s) ${done.waiting[0]!.message}.`);
    return { ...result, exitCode: 1 };
  }
  return result;
}

/** What a reconcile did, before its outputs are written (apply writes them; sync adds its own first). */
export interface Reconciled {
  plan: Plan;
  outcomes: Outcome[];
  report: RunReport;
  /** Changes stopped by Buffer's rate limit: the run fails so they are not forgotten. */
  waiting: Outcome[];
}

/**
 * Before a scheduled or dispatched sync: finish what earlier runs left
 * undone against the applied state (a delete stopped by the rate limit, an
 * edit refused by a posting limit). Without a recorded state there is nothing
 * to start from, and the sync runs alone (undefined).
 */
export async function reconcileBeforeSync(ctx: RunContext): Promise<Reconciled | undefined> {
  if (ctx.writeFilesOnly || ctx.settings.dryRun || !ctx.event.branch) return undefined;
  return reconcile(ctx, true);
}

async function reconcile(ctx: RunContext, onlyWithState: boolean): Promise<Reconciled | undefined> {
  const { settings, reporter, event } = ctx;
  const client = clientFor(ctx, 'apply');
  const git = gitFor(ctx);
  const branch = event.branch;
  const dirs = [settings.postsDir, settings.ideasDir];
  // The file readers, parsers and rules (Markdown, the length counters: the largest chunks of dist/)
  // load while git reads the branch tip and the applied state below.
  const reading = Promise.all([import('../plan/collect-state.js'), import('./prepare.js')]);
  reading.catch(() => undefined);

  // Level-triggered (issue 11): the action acts on the branch tip against the
  // applied state; the CLI acts on its work tree.
  const level = !ctx.writeFilesOnly && branch !== undefined;
  const opened = level
    ? await reporter.group('Reading the branch tip and the applied state', () => openState(ctx, git, branch!))
    : undefined;
  const recorder = opened?.recorder;
  if (onlyWithState && !recorder?.state) return undefined;
  // The commit the run acts on: the tip it moved to; for the CLI, its push range's end (the work tree otherwise).
  const tip = opened ? (opened.tip ?? (await git.revParse('HEAD'))) : event.push?.after;

  let changes: ChangeSet | undefined;
  let stateRun: StateCollected | undefined;
  // Against the applied state there is no push diff to date: the tip dates it, asked while the files are read.
  const tipDated = recorder?.state ? earliestAttemptTime(git, undefined, tip, ctx.now()) : undefined;
  tipDated?.catch(() => undefined);
  if (recorder?.state) {
    const state = recorder.state;
    stateRun = await reporter.group('Reading post files', async () => {
      const { collectAgainstState } = (await reading)[0];
      // The tip's blobs and the push's diff, read side by side (independent git processes).
      const [blobs, pushChanges] = await Promise.all([
        blobsAt(git, tip!, [settings.postsDir]),
        event.push ? detectChanges(git, { before: event.push.before, after: tip!, dirs }) : undefined,
      ]);
      const result = await collectAgainstState({
        workspace: settings.workspace,
        postsDir: settings.postsDir,
        ideasDir: settings.ideasDir,
        timezone: settings.timezone,
        git,
        state,
        blobs,
        pushChanges,
      });
      const removals = result.decisions.removals.length;
      reporter.info(
        `Against the applied state of ${branch} at ${state.commit.slice(0, 7)} (${state.recordedAt}): ${result.trusted.size} file(s) unchanged since, ` +
          `${result.posts.filter((p) => p.current).length} to compare with Buffer, ${removals} post(s) no file holds any more, ${result.ideas.length} new idea file(s)`,
      );
      return result;
    });
  } else {
    changes = await reporter.group('Detecting changes', async () => {
      if (!event.push) {
        reporter.info(
          ctx.surface === 'cli'
            ? 'No --base given: comparing every post file with Buffer.'
            : 'No push range in this event: reconciling the whole posts directory.',
        );
        return undefined;
      }
      const result = await detectChanges(git, { before: event.push.before, after: tip ?? event.push.after, dirs });
      if (result.kind === 'diff')
        reporter.info(
          `${result.changes.length} changed file(s) in ${result.before.slice(0, 7)}..${result.after.slice(0, 7)}`,
        );
      else reporter.info(`Full reconcile: ${result.reason}`);
      return result;
    });
  }

  const fallbackSince = await (tipDated ?? earliestAttemptTime(git, changes, tip, ctx.now()));
  const recentSince = recorder ? recorder.earliestAttempt(fallbackSince) : fallbackSince;
  const { preparePlan } = (await reading)[1];
  const { plan, connection, collected } = await preparePlan(ctx, changes, git, client, recentSince, stateRun);
  if (!stateRun && changes?.kind !== 'diff') {
    // A deleted file takes its Buffer IDs with it: without a diff or an applied state, its post stays in Buffer.
    const cli = ctx.surface === 'cli';
    const why = changes?.kind === 'full' ? changes.reason : cli ? 'no --base given' : 'no push range in this event';
    const note =
      `Full reconcile (${why}): files deleted in commits this run cannot see are not deleted from Buffer, because their Buffer IDs went with them. ` +
      (cli
        ? '`buffer-gitops sync` lists the scheduled Buffer posts no file tracks; delete those in Buffer, or restore their files (or give `--base REF` to see deletions since REF).'
        : 'A scheduled sync lists the scheduled Buffer posts no file tracks; delete those in Buffer, or restore their files.');
    reporter.warning(note);
    plan.notes.push(note);
  }
  for (const finding of plan.findings) reporter.finding(finding);

  const outcomes: Outcome[] = await reporter.group(
    settings.dryRun ? 'Applying (dry run)' : 'Applying to Buffer',
    async () => {
      if (!connection) {
        reporter.info('Nothing in this push changes Buffer.');
        return [];
      }
      if (recorder && !settings.dryRun) {
        const creates = plan.items.filter(
          (i): i is CreateItem | ReplaceItem => i.action === 'create' || i.action === 'replace',
        );
        const problem = await recorder.recordAttempt(creates, ctx.now(), tip!);
        if (problem)
          reporter.warning(
            `Could not record this run's creates before sending them (${problem}); if this run is interrupted, the next one cannot tell its posts from others and may create them again.`,
          );
      }
      const fallback: AttemptWindow = { start: fallbackSince, sentAllowed: false };
      const result = await applyPlan(client, plan, {
        organizationId: connection.organization.id,
        createdSince: recentSince ?? fallbackSince,
        recentPosts: connection.recentPosts,
        trackedIds: collected.trackedIds,
        trackedIdeaIds: collected.trackedIdeaIds,
        attemptWindow: recorder ? (item) => recorder.windowFor(item, fallback) : undefined,
        batchSize: ctx.batchSize,
        dryRun: settings.dryRun,
        log: (m) => reporter.info(m),
        now: ctx.now,
      });
      for (const o of result) {
        reporter.info(outcomeLine(o));
        const finding = outcomeFinding(o);
        if (finding) reporter.finding(finding);
        else if (o.status === 'skipped') {
          // Decisions the user should see where they made the change: a sent post kept, an idea edit Buffer cannot apply.
          reporter.finding({
            file: o.item.file,
            line: o.item.line,
            column: 1,
            severity: 'warning',
            code: 'skipped',
            message: `${o.item.ref ? `${o.item.ref}: ` : ''}${o.message ?? 'skipped'}`,
          });
        }
      }
      return result;
    },
  );

  const report = buildRunReport('apply', plan, outcomes, settings.dryRun);
  report.requests = client.requestCount;
  const budget = client.rateLimit?.tightest;
  if (budget?.remaining !== undefined && budget.limit !== undefined) {
    reporter.info(
      `Buffer request budget left: ${budget.remaining} of ${budget.limit} (${budget.window} window); this run sent ${client.requestCount} request(s).`,
    );
  }
  // Stopped by Buffer's rate limit: the successes are written back below, and
  // the run fails so the rest is not forgotten (the applied state keeps what
  // is left, and the next run, whatever triggers it, finishes it).
  const waiting = outcomes.filter((o) => o.status === 'pending' && o.errorType === 'BufferRateLimitError');
  if (waiting.length > 0) report.notes.push(`${waiting.length} change(s) ${waiting[0]!.message}.`);
  const updates = settledUpdates(outcomes, collected.tipFiles, collected.decisions);
  report.writeBack = await writeBack(ctx, git, updates, event.push?.ref);

  if (recorder && !settings.dryRun) {
    await reporter.group('Recording the applied state', async () => {
      const writes = recorder.writes;
      const problem = await recordFinal(ctx, git, recorder, {
        tip: tip!,
        collected,
        stateRun,
        plan,
        outcomes,
        updates,
        writeBack: report.writeBack!,
      });
      if (problem) {
        const note = `The applied state was not recorded (${problem}); the next run compares every file with Buffer again.`;
        reporter.warning(note);
        report.notes.push(note);
      } else if (recorder.writes > writes)
        reporter.info(
          `Recorded the applied state of ${recorder.branch} in refs/notes/buffer-gitops/${recorder.branch}.`,
        );
      else reporter.info(`The applied state of ${recorder.branch} is unchanged: nothing to record.`);
    });
  }
  return { plan, outcomes, report, waiting };
}

/** Moves to the branch tip and reads the applied state; says in the log what it found. */
async function openState(
  ctx: RunContext,
  git: Git,
  branch: string,
): Promise<{ recorder: AppliedRecorder; tip: string | undefined }> {
  const { reporter, event } = ctx;
  const eventCommit = event.push?.after ?? event.sha;
  // One fetch brings the tip, the push's previous commit (for its diff) and the applied state.
  // The notes ref last: it is the one missing before the first record, and a failed fetch is tried again without it.
  const [previous, notes] = await Promise.all([
    previousCommitToFetch(git, event.push?.before),
    notesRefspec(git, branch),
  ]);
  const alongside = [previous, notes].filter((spec): spec is string => spec !== undefined);
  const tip = await moveToBranchTip(git, { branch, eventCommit, alongside });
  if (!tip.ok)
    reporter.warning(`Could not fetch the tip of ${branch} (${tip.reason}); acting on the checked-out commit.`);
  else if (tip.moved) {
    const where =
      tip.eventCommitOnTip === false
        ? 'is no longer on the branch (force-pushed away?)'
        : tip.eventCommitOnTip
          ? 'is behind it (a later push is queued or done)'
          : 'may be behind it';
    reporter.info(
      `Acting on the tip of ${branch}, ${tip.tip.slice(0, 7)}: this run's commit ${eventCommit?.slice(0, 7) ?? '(unknown)'} ${where}.`,
    );
  }
  const notesFetched = tip.ok && notes !== undefined && (tip.alongsideFetched ?? []).includes(notes);
  const recorder = await AppliedRecorder.open(git, branch, { fetched: notesFetched });
  reporter.info(
    recorder.state
      ? `Applied state found: ${branch} at ${recorder.state.commit.slice(0, 7)}, recorded ${recorder.state.recordedAt}.`
      : `No applied state to start from: ${recorder.reason}.`,
  );
  // HEAD is at the tip when it was fetched (else: acting on the checked-out commit).
  return { recorder, tip: tip.ok ? tip.tip : undefined };
}

/** When the earliest attempt at this push's posts could have started. */
async function earliestAttemptTime(
  git: Git,
  changes: ChangeSet | undefined,
  tip: string | undefined,
  now: Date,
): Promise<Date> {
  const base = changes?.kind === 'diff' ? changes.before : (changes?.after ?? tip);
  // Without a base commit to date the push, look back as far as sync does.
  let time = now.getTime() - EARLIER_ATTEMPT_WINDOW_MS;
  const committed = base ? await git.commitTime(base) : undefined;
  if (committed) time = committed.getTime() - EARLIER_ATTEMPT_SLACK_MS;
  return new Date(Math.min(time, now.getTime() - EARLIER_ATTEMPT_SLACK_MS));
}
