/**
 * `buffer-gitops plan [--base REF]`: the plan a pull request would get, at the
 * desk. Findings go to stderr as `file:line:col: severity: message` (the
 * ConsoleReporter), the plan to stdout, or everything as JSON with `--json`.
 * Exit codes: 0 clean, 1 errors in the files, 2 usage (e.g. a --base that is
 * not a commit).
 */
import type { RunContext } from '../commands/context.js';
import { runPlan } from '../commands/plan.js';
import { Git } from '../git/git.js';

export async function runPlanCommand(
  ctx: RunContext,
  opts: { base?: string; json: boolean; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  let base: string | undefined;
  if (opts.base !== undefined) {
    // detectChanges wants a full commit name; a branch or tag is resolved here, and a
    // typo is a usage error rather than a silent full reconcile.
    try {
      base = await new Git({ cwd: ctx.settings.workspace }).revParse(opts.base);
    } catch {
      opts.stderr.write(`buffer-gitops: --base ${opts.base}: not a commit in this repository (try a branch, tag or commit, e.g. --base origin/main)\n`);
      return 2;
    }
  }
  const result = await runPlan(ctx, { base, head: 'HEAD' });
  if (opts.json) {
    const { report } = result;
    opts.stdout.write(
      `${JSON.stringify(
        { summary: result.summaryLine, offline: result.offlineReason ?? null, exitCode: result.exitCode, items: result.rows, findings: report.findings, notes: report.notes, requests: report.requests ?? 0 },
        null,
        2,
      )}\n`,
    );
  } else {
    opts.stdout.write(`Plan: ${result.summaryLine}\n`);
  }
  return result.exitCode;
}
