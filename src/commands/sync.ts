/**
 * `sync` (schedule / workflow_dispatch, SPEC §3): keep the repository true to
 * what Buffer did. Records every tracked post's status, creates what files
 * still lack (an earlier failure, a full queue) within the daily posting
 * limits, reports drift and restores it only with `on-drift: restore`, lists
 * scheduled posts no file tracks, writes Buffer's numbers for sent posts to
 * the metrics file (src/metrics/), and writes everything back in one commit.
 */
import { applyPlan } from '../apply/apply.js';
import { EARLIER_ATTEMPT_WINDOW_MS } from '../apply/exactly-once.js';
import { outcomeFinding, outcomeLine, type Outcome } from '../apply/outcome.js';
import type { Channel } from '../buffer/types.js';
import { resolveChannel } from '../channels/resolve.js';
import { buildPlan } from '../plan/build-plan.js';
import { collectFiles } from '../plan/collect.js';
import type { CreateItem, Plan, PlanItem, SkipItem } from '../plan/types.js';
import type { Finding, PostFile } from '../posts/model.js';
import { renderPost } from '../posts/render.js';
import { syncMetrics, type SyncMetricsResult } from '../metrics/sync-metrics.js';
import { metricsWindow } from '../metrics/window.js';
import { laterOf } from '../time/days.js';
import { buildRunReport } from '../report/run-report.js';
import { detectDrift, type Drift } from '../sync/drift.js';
import { gateByDailyLimits } from '../sync/limits.js';
import {
  driftFinding,
  failedFinding,
  notRecordedFinding,
  requestsLine,
  syncNotes,
  untrackedRows,
  type SyncSection,
} from '../sync/report.js';
import { trackedForMetrics, unreadTrackingFiles } from '../sync/metrics-refs.js';
import { restoreItem } from '../sync/restore.js';
import { readSnapshot } from '../sync/snapshot.js';
import { mergeUpdates, statusUpdates } from '../sync/status.js';
import { trackedRefs } from '../sync/tracked.js';
import { validatePost } from '../validate/rules.js';
import { setBufferBlock } from '../writeback/buffer-block.js';
import { trackedUpdatesFrom } from '../writeback/tracked-updates.js';
import type { Reconciled } from './apply.js';
import { finish, type CommandResult } from './finish.js';
import { clientFor, gitFor, type RunContext } from './context.js';
import { writeBack } from './write-back.js';

/** `earlier`: what the reconcile before this sync did (commands/apply.ts); its outcomes count in this run's report. */
export async function runSync(ctx: RunContext, earlier?: Reconciled): Promise<CommandResult> {
  const { settings, reporter, event } = ctx;
  const client = clientFor(ctx, 'sync');
  const git = gitFor(ctx);
  const now = ctx.now();
  const requestsBefore = client.requestCount;
  const window = settings.metricsFile ? metricsWindow(now) : undefined;

  const collected = await reporter.group('Reading post files', async () => {
    const result = await collectFiles(undefined, {
      workspace: settings.workspace,
      postsDir: settings.postsDir,
      ideasDir: settings.ideasDir,
      timezone: settings.timezone,
    });
    reporter.info(`${result.posts.length} post file(s), ${result.trackedIds.size} tracked Buffer post(s)`);
    return result;
  });
  const posts = collected.posts.map((c) => c.current).filter((p): p is PostFile => Boolean(p));
  const tracked = trackedRefs(posts);

  const snapshot = await reporter.group('Reading Buffer', async () => {
    const s = await readSnapshot(client, {
      organizationId: settings.organizationId,
      tracked,
      ...(window ? { metricsSince: window.since } : {}),
    });
    reporter.info(
      `Organization ${s.organization.name} (${s.organization.id}), ${s.channels.length} channel(s), ${s.pending.length} post(s) waiting in Buffer; ` +
        `${s.remote.size} tracked post(s) read in ${client.requestCount} request(s)`,
    );
    return s;
  });

  let metrics: SyncMetricsResult | undefined;
  if (settings.metricsFile && window) {
    const metricsFile = settings.metricsFile;
    metrics = await reporter.group('Reading post metrics', async () => {
      const m = await syncMetrics({
        client,
        workspace: settings.workspace,
        metricsFile,
        organizationId: snapshot.organization.id,
        channels: snapshot.channels,
        tracked: trackedForMetrics(tracked, snapshot),
        withMetrics: snapshot.withMetrics ?? new Map(),
        keepFiles: unreadTrackingFiles(posts),
        // Buffer's clock when it is ahead of the runner's (a sandbox moved forward), so its sent posts are in the window.
        now: laterOf(now, client.serverTime),
        timezone: settings.timezone ?? 'UTC',
      });
      for (const note of m.notes) reporter.info(note);
      return m;
    });
  }
  reporter.info(requestsLine(client.requestCount - requestsBefore, tracked.length, metrics?.totalsRead ?? false));

  // Files still lacking an ID for a channel: planned, validated and created as apply would.
  // After a reconcile against the applied state (commands/apply.ts), files
  // still lacking an ID were its work, with its adoption rules: not again here.
  const lacking = earlier ? [] : collected.posts.filter((c) => c.current && needsCreating(c.current));
  const created = buildPlan({
    basis: 'full',
    posts: lacking,
    ideas: earlier ? [] : collected.ideas,
    channels: snapshot.channels,
    deleteSent: settings.deleteSent,
    now,
    render: renderPost,
    validate: validatePost,
  });
  const work = created.items.filter(
    (i) => i.action === 'create' || i.action === 'create-idea' || (i.action === 'skip' && i.blocked),
  );

  const drifts: Drift[] = [];
  for (const t of tracked) {
    const remote = snapshot.remote.has(t.entry.id) ? snapshot.remote.get(t.entry.id)! : undefined;
    const drift = detectDrift(t, remote, channelFor(t.ref, snapshot.channels), renderPost);
    if (drift) drifts.push(drift);
  }
  const restoring = settings.onDrift === 'restore';
  // Reported only: shown in the results, never sent.
  const reportedDrift = new Set<PlanItem>();
  const driftItems: PlanItem[] = drifts.map((d) => {
    if (restoring) return restoreItem(d, renderPost, now);
    const item: SkipItem = {
      file: d.tracked.file,
      line: d.tracked.line,
      ref: d.tracked.ref,
      service: d.channel?.service,
      action: 'skip',
      postId: d.tracked.entry.id,
      reason: `drift: ${d.detail}`,
    };
    reportedDrift.add(item);
    return item;
  });

  const creates = [...work, ...driftItems].filter((i): i is CreateItem => i.action === 'create');
  const gate =
    creates.length > 0
      ? await reporter.group('Checking daily posting limits', () =>
          gateByDailyLimits(client, creates, snapshot.channels, now),
        )
      : { allowed: creates, held: [] };
  const heldItems = new Set<PlanItem>(gate.held.map((h) => h.item));
  const toApply: Plan = {
    basis: 'full',
    items: [...work, ...driftItems].filter((i) => !heldItems.has(i) && !reportedDrift.has(i)),
    findings: [],
    notes: [],
  };

  const applied: Outcome[] = await reporter.group(
    settings.dryRun ? 'Creating and restoring (dry run)' : 'Creating and restoring',
    async () => {
      if (toApply.items.length === 0) {
        reporter.info('Nothing to create or restore.');
        return [];
      }
      return applyPlan(client, toApply, {
        organizationId: snapshot.organization.id,
        createdSince: new Date(now.getTime() - EARLIER_ATTEMPT_WINDOW_MS),
        trackedIds: collected.trackedIds,
        // With an applied state, an earlier attempt is one it recorded, and the reconcile adopted those: a restore never adopts.
        ...(earlier ? { attemptWindow: () => undefined } : {}),
        batchSize: ctx.batchSize,
        dryRun: settings.dryRun,
        log: (m) => reporter.info(m),
      });
    },
  );
  const outcomes: Outcome[] = [
    ...applied,
    ...gate.held.map((h): Outcome => ({ item: h.item, status: 'pending', message: h.message })),
    ...[...reportedDrift].map((item): Outcome => ({ item, status: 'skipped', message: (item as SkipItem).reason })),
  ].sort((a, b) => (a.item.file < b.item.file ? -1 : a.item.file > b.item.file ? 1 : a.item.line - b.item.line));
  for (const o of outcomes) reporter.info(outcomeLine(o));

  // A file whose front-matter cannot be edited safely keeps its bytes; it is reported instead.
  const unwritable = posts.filter((p) => !canRecord(p));
  const skipped = new Set(unwritable.map((p) => p.path));
  const { updates, changes } = statusUpdates(
    tracked.filter((t) => !skipped.has(t.file)),
    snapshot.remote,
  );
  const findings = [
    ...unwritable.filter((p) => tracked.some((t) => t.file === p.path)).map(notRecordedFinding),
    ...(metrics?.findings ?? []),
    ...created.findings,
    ...drifts.map((d) => driftFinding(d, restoring)),
    ...changes.filter((c) => c.to === 'error').map(failedFinding),
    ...outcomes.map(outcomeFinding).filter((f): f is Finding => f !== undefined),
  ];
  for (const finding of findings) reporter.finding(finding);

  const madeIds = new Set(outcomes.map((o) => o.post?.id).filter((id): id is string => Boolean(id)));
  const untracked = snapshot.pending.filter(
    (p) => p.status === 'scheduled' && !collected.trackedIds.has(p.id) && !madeIds.has(p.id),
  );
  const section: SyncSection = {
    tracked: tracked.length,
    resolved: snapshot.resolved,
    statusChanges: changes,
    drift: drifts.map((d) => ({
      file: d.tracked.file,
      line: d.tracked.line,
      ref: d.tracked.ref,
      postId: d.tracked.entry.id,
      kind: d.kind,
      fields: d.fields,
      detail: d.detail,
    })),
    untracked: untrackedRows(untracked, snapshot.channels),
    requests: client.requestCount,
  };

  // The metrics notes were printed as they were read; the summary lists them after the sync's.
  const notes = syncNotes(section);
  for (const note of notes) reporter.info(note);
  const plan: Plan = {
    basis: 'full',
    items: outcomes.map((o) => o.item),
    findings,
    notes: [...notes, ...(metrics?.notes ?? [])],
  };
  if (earlier) {
    outcomes.unshift(...earlier.outcomes);
    plan.items.unshift(...earlier.plan.items);
    plan.findings.unshift(...earlier.plan.findings);
    plan.notes.unshift(...earlier.report.notes);
  }
  const report = Object.assign(buildRunReport('sync', plan, outcomes, settings.dryRun), { sync: section });
  report.requests = client.requestCount;
  if (metrics) report.metrics = metrics.report;
  const records = mergeUpdates(updates, trackedUpdatesFrom(outcomes.slice(earlier?.outcomes.length ?? 0)));
  const metricsWrite = metrics?.write ? [metrics.write] : [];
  report.writeBack = await writeBack(
    ctx,
    git,
    records,
    event.ref,
    metricsWrite.length === 0
      ? 'Buffer post statuses'
      : records.size > 0
        ? 'Buffer post statuses and metrics'
        : 'Buffer post metrics',
    metricsWrite,
  );
  if (metrics?.write && report.writeBack.status.startsWith('skipped')) {
    const why = `Metrics: ${metrics.write.path} was not written (${report.writeBack.status.replace(/^skipped \((.*)\)$/, '$1')}).`;
    reporter.info(why);
    report.notes.push(why);
  }
  // The reconcile's write-back went first; if it failed, the run failed.
  if (earlier?.report.writeBack?.status === 'failed' && report.writeBack.status !== 'failed')
    report.writeBack = earlier.report.writeBack;
  const result = await finish(ctx, report, plan);
  if (earlier && earlier.waiting.length > 0 && result.exitCode === 0) {
    reporter.error(`${earlier.waiting.length} change(s) ${earlier.waiting[0]!.message}.`);
    return { ...result, exitCode: 1 };
  }
  return result;
}

/** Whether the `buffer:` block of the file can be rewritten without touching other bytes. */
function canRecord(post: PostFile): boolean {
  try {
    setBufferBlock(post.raw, Object.keys(post.tracked).length > 0 ? post.tracked : undefined);
    return true;
  } catch {
    return false;
  }
}

/** A file that has never been created in Buffer, or lists a channel without an ID yet. */
function needsCreating(post: PostFile): boolean {
  if (Object.keys(post.tracked).length === 0) return true;
  return post.channels.some((c) => !post.tracked[c.ref]?.id);
}

function channelFor(ref: string, channels: Channel[]): Channel | undefined {
  const resolved = resolveChannel(ref, channels);
  return resolved.ok ? resolved.channel : undefined;
}
