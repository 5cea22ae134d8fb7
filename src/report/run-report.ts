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

export interface RunReport {
  command: string;
  basis: Plan['basis'];
  basisReason?: string;
  dryRun: boolean;
  counts: ReturnType<typeof countOutcomes>;
  findings: Finding[];
  outcomes: { file: string; line: number; ref?: string; action: string; status: string; postId?: string; message?: string }[];
  writeBack?: { status: string; commit?: string; files: string[]; message?: string };
  notes: string[];
  requests?: number;
}

export function buildRunReport(command: string, plan: Plan, outcomes: Outcome[], dryRun: boolean): RunReport {
  return {
    command,
    basis: plan.basis,
    basisReason: plan.basisReason,
    dryRun,
    counts: countOutcomes(outcomes),
    findings: plan.findings,
    outcomes: outcomes.map((o) => ({
      file: o.item.file,
      line: o.item.line,
      ref: o.item.ref,
      action: o.item.action,
      status: o.status,
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
  pending: '⏳ pending',
  'dry-run': '🔍 dry run',
};

export function summaryMarkdown(title: string, report: RunReport): string {
  const c = report.counts;
  const lines = [
    `## ${title}`,
    '',
    `**${c.created} created · ${c.edited} edited${c.replaced ? ` · ${c.replaced} replaced` : ''} · ${c.deleted} deleted · ${c.failed} failed${c.pending ? ` · ${c.pending} pending` : ''}${c.skipped ? ` · ${c.skipped} skipped` : ''}**${report.dryRun ? ' (dry run: nothing was sent)' : ''}`,
    '',
  ];
  if (report.outcomes.length > 0) {
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
    for (const f of report.findings) lines.push(`- **${f.severity}** \`${cell(f.file)}:${f.line}:${f.column}\` ${cell(f.message)}`);
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
  return lines.join('\n');
}

/** Makes text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
