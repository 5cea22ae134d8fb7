/**
 * Runs the bundled action on a `schedule` or `workflow_dispatch` event, as
 * the runner does for sync and import: a fresh depth-1 checkout of the
 * branch, GITHUB_REF naming it, no push range.
 */
import { readFile } from 'node:fs/promises';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import type { Harness } from './harness.js';

export interface ScheduledRun extends ActionRun {
  workspace: string;
  /** The JSON run report the action wrote (its `report` output). */
  report: Record<string, any>;
}

export async function runScheduled(
  h: Harness,
  opts: { eventName?: 'schedule' | 'workflow_dispatch'; inputs?: Record<string, string> } = {},
): Promise<ScheduledRun> {
  const workspace = await h.fx.cloneShallow(1);
  const eventName = opts.eventName ?? 'schedule';
  const run = await runAction({
    workspace,
    eventName,
    event: {
      ...(eventName === 'schedule' ? { schedule: '17 * * * *' } : { ref: 'refs/heads/main', inputs: {} }),
      repository: { full_name: 'acme/social', default_branch: 'main' },
    },
    sha: await h.head(workspace),
    inputs: {
      'buffer-api-key': h.sandbox.apiKey,
      'api-url': h.sandbox.url,
      'github-token': 'ghs_test_token',
      ...opts.inputs,
    },
    env: h.fx.env,
  });
  const report = run.outputs.report
    ? (JSON.parse(await readFile(run.outputs.report, 'utf8')) as Record<string, any>)
    : {};
  return { ...run, workspace, report };
}
