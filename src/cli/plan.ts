/**
 * `buffer-gitops plan [--base REF]`: the plan a pull request would get, at the
 * desk. Findings go to stderr as `file:line:col: severity: message` (the
 * ConsoleReporter), the plan to stdout, or everything as JSON with `--json`.
 * Exit codes: 0 clean, 1 errors in the files, 2 usage (e.g. a --base that is
 * not a commit).
 */
import type { RunContext } from '../commands/context.js';
import { runPlan } from '../commands/plan.js';

export async function runPlanCommand(
  ctx: RunContext,
  /** `base`: a full commit name (cli/main.ts resolves --base, so plan and apply compare the same range). */
  opts: { base?: string; json: boolean; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const { base } = opts;
  const result = await runPlan(ctx, { base, head: 'HEAD' });
  if (opts.json) {
    const { report } = result;
    opts.stdout.write(
      `${JSON.stringify(
        {
          summary: result.summaryLine,
          offline: result.offlineReason ?? null,
          exitCode: result.exitCode,
          items: result.rows,
          findings: report.findings,
          notes: report.notes,
          requests: report.requests ?? 0,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    opts.stdout.write(`Plan: ${result.summaryLine}\n`);
  }
  return result.exitCode;
}
