/**
 * `apply` (push to the default branch, SPEC §3): diff the push, plan, send
 * the plan to Buffer, write the IDs back and push them. Every success is
 * written back even when other items failed; the run fails afterwards.
 */
import { applyPlan } from '../apply/apply.js';
import { EARLIER_ATTEMPT_SLACK_MS, EARLIER_ATTEMPT_WINDOW_MS } from '../apply/exactly-once.js';
import { outcomeFinding, outcomeLine, type Outcome } from '../apply/outcome.js';
import { detectChanges, type ChangeSet } from '../git/changes.js';
import type { Git } from '../git/git.js';
import { buildRunReport } from '../report/run-report.js';
import { trackedUpdatesFrom } from '../writeback/tracked-updates.js';
import { clientFor, gitFor, type RunContext } from './context.js';
import { finish, type CommandResult } from './finish.js';
import { preparePlan } from './prepare.js';
import { writeBack } from './write-back.js';


export async function runApply(ctx: RunContext): Promise<CommandResult> {
  const { settings, reporter, event } = ctx;
  const client = clientFor(ctx, 'apply');
  const git = gitFor(ctx);

  const changes: ChangeSet | undefined = await reporter.group('Detecting changes', async () => {
    if (!event.push) {
      reporter.info('No push range in this event: reconciling the whole posts directory.');
      return undefined;
    }
    const result = await detectChanges(git, {
      before: event.push.before,
      after: event.push.after,
      dirs: [settings.postsDir, settings.ideasDir],
    });
    if (result.kind === 'diff') reporter.info(`${result.changes.length} changed file(s) in ${result.before.slice(0, 7)}..${result.after.slice(0, 7)}`);
    else reporter.info(`Full reconcile: ${result.reason}`);
    return result;
  });

  const createdSince = await earliestAttemptTime(git, changes, ctx.now());
  const { plan, connection, collected } = await preparePlan(ctx, changes, git, client, createdSince);
  if (changes?.kind !== 'diff') {
    // A deleted file takes its Buffer IDs with it: without a diff from the last published commit, its post stays in Buffer.
    const why = changes?.kind === 'full' ? changes.reason : 'no push range in this event';
    const note =
      `Full reconcile (${why}): files deleted in commits this run cannot see are not deleted from Buffer, because their Buffer IDs went with them. ` +
      'A scheduled sync lists the scheduled Buffer posts no file tracks; delete those in Buffer, or restore their files.';
    reporter.warning(note);
    plan.notes.push(note);
  }
  for (const finding of plan.findings) reporter.finding(finding);

  const outcomes: Outcome[] = await reporter.group(settings.dryRun ? 'Applying (dry run)' : 'Applying to Buffer', async () => {
    if (!connection) {
      reporter.info('Nothing in this push changes Buffer.');
      return [];
    }
    const result = await applyPlan(client, plan, {
      organizationId: connection.organization.id,
      createdSince,
      recentPosts: connection.recentPosts,
      trackedIds: collected.trackedIds,
      trackedIdeaIds: collected.trackedIdeaIds,
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
        reporter.finding({ file: o.item.file, line: o.item.line, column: 1, severity: 'warning', code: 'skipped', message: `${o.item.ref ? `${o.item.ref}: ` : ''}${o.message ?? 'skipped'}` });
      }
    }
    return result;
  });

  const report = buildRunReport('apply', plan, outcomes, settings.dryRun);
  report.requests = client.requestCount;
  const budget = client.rateLimit?.tightest;
  if (budget?.remaining !== undefined && budget.limit !== undefined) {
    reporter.info(`Buffer request budget left: ${budget.remaining} of ${budget.limit} (${budget.window} window); this run sent ${client.requestCount} request(s).`);
  }
  // Stopped by Buffer's rate limit: the successes are written back below, and
  // the run fails so the rest is not forgotten (a re-run after the time given
  // sends it; the exactly-once check makes re-running safe).
  const waiting = outcomes.filter((o) => o.status === 'pending' && o.errorType === 'BufferRateLimitError');
  if (waiting.length > 0) report.notes.push(`${waiting.length} change(s) ${waiting[0]!.message}.`);
  const updates = trackedUpdatesFrom(outcomes);
  report.writeBack = await writeBack(ctx, git, updates, event.push?.ref);
  const result = await finish(ctx, report, plan);
  if (waiting.length > 0 && result.exitCode === 0) {
    reporter.error(`${waiting.length} change(s) ${waiting[0]!.message}.`);
    return { ...result, exitCode: 1 };
  }
  return result;
}

/** When the earliest attempt at this push's posts could have started. */
async function earliestAttemptTime(git: Git, changes: ChangeSet | undefined, now: Date): Promise<Date> {
  const base = changes?.kind === 'diff' ? changes.before : changes?.after;
  // Without a base commit to date the push, look back as far as sync does.
  let time = now.getTime() - EARLIER_ATTEMPT_WINDOW_MS;
  if (base) {
    const result = await git.exec(['show', '-s', '--format=%ct', base], { allowFailure: true });
    const seconds = Number(result.stdout.trim());
    if (result.exitCode === 0 && Number.isFinite(seconds) && seconds > 0) time = seconds * 1000 - EARLIER_ATTEMPT_SLACK_MS;
  }
  return new Date(Math.min(time, now.getTime() - EARLIER_ATTEMPT_SLACK_MS));
}
