/**
 * The run's results in three forms: the action outputs, a JSON report file
 * (the `report` output), and the Markdown job summary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Outcome } from '../apply/outcome.js';
import { countOutcomes } from '../apply/outcome.js';
import type { Plan, PlanItem } from '../plan/types.js';
import type { Finding } from '../posts/model.js';
import type { PlanRow } from './plan-comment-rows.js';
import { listWords, plural } from '../text/words.js';
import type { MetricsReport } from '../metrics/types.js';

/**
 * What a run did, counted. `failed` counts only Buffer actions that were
 * attempted and failed; a file with errors is never attempted, so its
 * items are `blocked`, and its problems are counted in `errors`.
 */
export type RunCounts = ReturnType<typeof countOutcomes> & { blocked: number; errors: number };

export interface RunReport {
  command: string;
  basis: Plan['basis'];
  basisReason?: string;
  dryRun: boolean;
  counts: RunCounts;
  findings: Finding[];
  outcomes: {
    file: string;
    line: number;
    ref?: string;
    action: string;
    status: string;
    postId?: string;
    message?: string;
  }[];
  writeBack?: { status: string; commit?: string; files: string[]; message?: string };
  notes: string[];
  requests?: number;
  /** Sync with metrics on (issue 15): the window's rows and per-channel totals, for the job summary. */
  metrics?: MetricsReport;
}

/** An item held back because its file has errors: never sent, so not a failure of Buffer's. */
function isBlocked(o: Outcome): boolean {
  return o.item.action === 'skip' && o.item.blocked === true;
}

export function buildRunReport(command: string, plan: Plan, outcomes: Outcome[], dryRun: boolean): RunReport {
  return {
    command,
    basis: plan.basis,
    basisReason: plan.basisReason,
    dryRun,
    counts: {
      ...countOutcomes(outcomes.filter((o) => !isBlocked(o))),
      blocked: outcomes.filter(isBlocked).length,
      errors: plan.findings.filter((f) => f.severity === 'error').length,
    },
    findings: plan.findings,
    outcomes: outcomes.map((o) => ({
      file: o.item.file,
      line: o.item.line,
      ref: o.item.ref,
      action: o.item.action,
      status: isBlocked(o) ? 'blocked' : o.status,
      postId: o.post?.id ?? o.idea?.id ?? ('postId' in o.item ? o.item.postId : undefined),
      message: o.message,
    })),
    notes: [...plan.notes],
  };
}

/** The plan as JSON for the `plan` output: stable, without rendered previews. */
/**
 * The `plan` output: one entry per item. `offlineRows`: an offline plan's
 * creates and edits, which exist only as rows (Buffer was not asked for
 * channel IDs), listed too and marked `offline`, so a workflow sees what the
 * comment shows.
 */
export function planJson(plan: Plan, offlineRows: readonly PlanRow[] = []): string {
  return JSON.stringify([
    ...plan.items.map((item: PlanItem) => ({
      action: item.action,
      file: item.file,
      line: item.line,
      ref: item.ref,
      channelId: item.channelId,
      service: item.service,
      when: item.when,
      ...('postId' in item && item.postId ? { postId: item.postId } : {}),
      ...('changed' in item ? { changed: item.changed } : {}),
      ...('reason' in item ? { reason: item.reason } : {}),
      ...(item.action === 'replace' ? { reason: item.why } : {}),
    })),
    ...offlineRows.map((row) => ({
      action: row.action,
      file: row.file,
      line: row.line,
      ref: row.ref,
      service: row.service,
      when: row.when,
      ...(row.postId ? { postId: row.postId } : {}),
      offline: true,
    })),
  ]);
}

export async function writeReportFile(path: string, report: RunReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
}

const STATUS_ICON: Record<string, string> = {
  created: '✅ created',
  adopted: '✅ adopted',
  edited: '✏️ edited',
  replaced: '🔁 replaced',
  deleted: '🗑️ deleted',
  skipped: '⏭️ skipped',
  failed: '❌ failed',
  blocked: '⛔ blocked: the file has errors',
  pending: '⏳ pending',
  'dry-run': '🔍 dry run',
};

/**
 * The run's counts in one line: "1 created · 0 edited · 0 deleted · 2 errors".
 * `failed` appears only when Buffer actions were attempted and failed, and
 * errors in the files are counted as errors, never as failures.
 */
export function countsLine(report: RunReport): string {
  const c = report.counts;
  const parts = [
    `${c.created} created`,
    `${c.edited} edited`,
    ...(c.replaced ? [`${c.replaced} replaced`] : []),
    `${c.deleted} deleted`,
  ];
  if (c.failed) parts.push(`${c.failed} failed`);
  if (c.pending) parts.push(`${c.pending} pending`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  if (c.blocked) parts.push(`${c.blocked} blocked`);
  if (c.errors) parts.push(plural(c.errors, 'error'));
  return parts.join(' · ');
}

/**
 * The closing line of a run with problems, in words that suit the action's
 * log and the terminal alike: Buffer actions that failed, a write-back that
 * did not land, errors in the files; or undefined when there is none.
 */
export function problemsLine(report: RunReport): string | undefined {
  const failed = report.counts.failed;
  const errors = report.counts.errors;
  const files = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.file)).size;
  const parts = [
    ...(failed ? [`${plural(failed, 'Buffer action')} failed`] : []),
    ...(report.writeBack?.status === 'failed'
      ? ['the write-back failed (the Buffer IDs are not recorded in the files)']
      : []),
    ...(errors
      ? [
          `${plural(errors, 'error')} in ${plural(files, 'file')} (${files === 1 ? 'it is' : 'they are'} not sent to Buffer until fixed)`,
        ]
      : []),
  ];
  if (parts.length === 0) return undefined;
  const sentence = listWords(parts);
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}; see the messages above.`;
}

/**
 * The job summary. `metricsSection`: sync's metrics (metrics-summary.ts), rendered by the caller, so that
 * plans and applies never load the metrics report's code (issue 16).
 */
export function summaryMarkdown(title: string, report: RunReport, metricsSection?: string): string {
  const lines = [
    `## ${title}`,
    '',
    `**${countsLine(report)}**${report.dryRun ? ' (dry run: nothing was sent)' : ''}`,
    '',
  ];
  if (report.outcomes.length === 0 && report.counts.errors > 0) {
    // Never "Nothing to do." beside errors: there is work, held back until the files are fixed.
    lines.push('Nothing was sent to Buffer: fix the errors below first.', '');
  } else if (report.outcomes.length > 0) {
    lines.push('| File | Channel | Action | Result | Buffer post | Note |', '| --- | --- | --- | --- | --- | --- |');
    for (const o of report.outcomes) {
      lines.push(
        `| \`${cell(o.file)}:${o.line}\` | ${cell(o.ref ?? '')} | ${o.action} | ${STATUS_ICON[o.status] ?? o.status} | ${o.postId ? `\`${cell(o.postId)}\`` : ''} | ${cell(o.message ?? '')} |`,
      );
    }
    lines.push('');
  } else {
    lines.push('Nothing to do.', '');
  }
  if (report.findings.length > 0) {
    lines.push('### Problems', '');
    for (const f of report.findings)
      lines.push(`- **${f.severity}** \`${cell(f.file)}:${f.line}:${f.column}\` ${cell(f.message)}`);
    lines.push('');
  }
  if (report.writeBack) {
    const wb = report.writeBack;
    lines.push(
      `Write-back: ${wb.status}${wb.commit ? ` (${wb.commit.slice(0, 7)})` : ''}${wb.files.length ? `, ${wb.files.length} file(s)` : ''}${wb.message ? ` — ${cell(wb.message)}` : ''}`,
      '',
    );
  }
  for (const note of report.notes) lines.push(`> ${cell(note)}`, '');
  // Sync with metrics on: the window's top posts, totals and weekly chart.
  if (metricsSection) lines.push(metricsSection);
  return lines.join('\n');
}

/** Makes text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return oneLine(text.replace(/\|/g, '\\|'));
}

/** Keeps text on one Markdown line: every line break (\r\n, \n and a lone \r alike) becomes a space; no HTML tag opens. */
export function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/</g, '&lt;');
}
