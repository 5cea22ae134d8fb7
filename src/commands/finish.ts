/**
 * The end of every command: outputs, the JSON run report, the job summary,
 * and the exit code (non-zero when anything failed or a file has errors).
 * `failed` counts Buffer actions attempted and failed (and a write-back that
 * did not land); `errors` counts problems in the files, which are never
 * attempted. The closing line is shared by the action's log and the CLI.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../plan/types.js';
import { planJson, problemsLine, summaryMarkdown, writeReportFile, type RunReport } from '../report/run-report.js';
import type { RunContext } from './context.js';

export interface CommandResult {
  exitCode: number;
  report: RunReport;
}

/**
 * `summary`: the job summary's Markdown when the command has its own (plan: the plan comment); else the run summary.
 * `planOutput`: the `plan` output when the command has its own (an offline plan's rows, report/run-report.ts planJson).
 */
export async function finish(
  ctx: RunContext,
  report: RunReport,
  plan: Plan,
  summary?: string,
  planOutput?: string,
): Promise<CommandResult> {
  const { reporter } = ctx;
  // A write-back that did not land (push rejected, branch protected) is a failed action too: the IDs are not recorded.
  const failed = report.counts.failed + (report.writeBack?.status === 'failed' ? 1 : 0);
  reporter.setOutput('created', String(report.counts.created));
  reporter.setOutput('edited', String(report.counts.edited));
  reporter.setOutput('replaced', String(report.counts.replaced));
  reporter.setOutput('deleted', String(report.counts.deleted));
  reporter.setOutput('failed', String(failed));
  reporter.setOutput('errors', String(report.counts.errors));
  reporter.setOutput('plan', planOutput ?? planJson(plan));
  const reportPath =
    ctx.reportPath ?? join(process.env.RUNNER_TEMP ?? tmpdir(), `buffer-gitops-report-${process.pid}.json`);
  await writeReportFile(reportPath, report);
  reporter.setOutput('report', reportPath);
  if (summary === undefined) {
    const metrics = report.metrics
      ? (await import('../report/metrics-summary.js')).metricsSummaryMarkdown(report.metrics)
      : undefined;
    summary = summaryMarkdown(`Buffer GitOps: ${report.command}`, report, metrics);
  }
  await reporter.summary(summary);
  const problems = problemsLine(report);
  if (problems) {
    reporter.error(problems);
    return { exitCode: 1, report };
  }
  return { exitCode: 0, report };
}
