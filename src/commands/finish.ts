/**
 * The end of every command: outputs, the JSON run report, the job summary,
 * and the exit code (non-zero when anything failed or a file has errors).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../plan/types.js';
import { planJson, summaryMarkdown, writeReportFile, type RunReport } from '../report/run-report.js';
import type { RunContext } from './context.js';

export interface CommandResult {
  exitCode: number;
  report: RunReport;
}

/**
 * `summary`: the job summary's Markdown when the command has its own (plan: the plan comment); else the run summary.
 * `planOutput`: the `plan` output when the command has its own (an offline plan's rows, report/run-report.ts planJson).
 */
export async function finish(ctx: RunContext, report: RunReport, plan: Plan, summary?: string, planOutput?: string): Promise<CommandResult> {
  const { reporter } = ctx;
  // A write-back that did not land (push rejected, branch protected) is a failed action too: the IDs are not recorded.
  const failed = report.counts.failed + (report.writeBack?.status === 'failed' ? 1 : 0);
  reporter.setOutput('created', String(report.counts.created));
  reporter.setOutput('edited', String(report.counts.edited));
  reporter.setOutput('replaced', String(report.counts.replaced));
  reporter.setOutput('deleted', String(report.counts.deleted));
  reporter.setOutput('failed', String(failed));
  reporter.setOutput('plan', planOutput ?? planJson(plan));
  const reportPath = ctx.reportPath ?? join(process.env.RUNNER_TEMP ?? tmpdir(), `buffer-gitops-report-${process.pid}.json`);
  await writeReportFile(reportPath, report);
  reporter.setOutput('report', reportPath);
  await reporter.summary(summary ?? summaryMarkdown(`Buffer GitOps: ${report.command}`, report));
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  if (failed > 0 || errors > 0) {
    reporter.error(`${failed} action(s) failed and ${errors} problem(s) found; see the annotations and the job summary.`);
    return { exitCode: 1, report };
  }
  return { exitCode: 0, report };
}
