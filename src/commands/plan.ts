/**
 * `plan` (pull requests, CLI): what a merge would do, with every finding, and
 * no Buffer mutation. Offline (fork PRs, no key) it validates what can be
 * validated and says what could not be checked.
 */
import type { Outcome } from '../apply/outcome.js';
import { isUntrustedEvent } from '../event/command.js';
import { detectChanges, type ChangeSet } from '../git/changes.js';
import { Git } from '../git/git.js';
import { buildRunReport } from '../report/run-report.js';
import { clientFor, type RunContext } from './context.js';
import { finish, type CommandResult } from './apply.js';
import { preparePlan } from './prepare.js';

export interface PlanCommandOptions {
  /** Base revision to diff against (CLI `--base`); the PR base on pull_request events. */
  base?: string;
  head?: string;
}

export async function runPlan(ctx: RunContext, opts: PlanCommandOptions = {}): Promise<CommandResult & { offlineReason?: string }> {
  const { settings, reporter, event } = ctx;
  const git = new Git({ cwd: settings.workspace, token: settings.githubToken, serverUrl: event.serverUrl, secrets: [settings.apiKey, settings.githubToken].filter((s): s is string => Boolean(s)) });
  const base = opts.base ?? event.pullRequest?.baseSha ?? event.push?.before;
  const head = opts.head ?? event.pullRequest?.headSha ?? event.push?.after ?? 'HEAD';

  const changes: ChangeSet | undefined = base
    ? await reporter.group('Detecting changes', () => detectChanges(git, { before: base, after: head, dirs: [settings.postsDir, settings.ideasDir] }))
    : undefined;

  let offlineReason: string | undefined;
  if (isUntrustedEvent(event)) offlineReason = 'this pull request comes from a fork, so the Buffer key is not available to it';
  else if (!settings.apiKey && !ctx.createClient) offlineReason = 'no Buffer API key is configured';
  const client = offlineReason ? undefined : clientFor(ctx);
  if (offlineReason) {
    reporter.warning(`Offline plan: ${offlineReason}. Channels, Mastodon instance limits and Buffer's current state were not checked.`);
  }

  const { plan } = await preparePlan(ctx, changes, git, client);
  if (offlineReason) plan.notes.push(`Offline validation only: ${offlineReason}. Channel references, per-instance limits and Buffer's current state could not be checked.`);
  for (const finding of plan.findings) reporter.finding(finding);
  await reporter.group('Plan', async () => {
    for (const item of plan.items) {
      reporter.info(`${item.action.padEnd(11)} ${item.file}${item.ref ? ` → ${item.ref}` : ''}${item.when ? ` (${item.when})` : ''}${'reason' in item ? `: ${item.reason}` : ''}`);
    }
    if (plan.items.length === 0) reporter.info('Nothing to do.');
  });
  const outcomes: Outcome[] = plan.items.map((item) => ({ item, status: item.action === 'skip' ? (item.blocked ? 'failed' : 'skipped') : 'dry-run' }));
  const report = buildRunReport('plan', plan, outcomes, true);
  if (client) report.requests = client.requestCount;
  const result = await finish(ctx, report, plan);
  return { ...result, offlineReason };
}
