/**
 * The plan as one Markdown document, for the sticky pull-request comment and
 * the job summary (issue 4): a summary line, a table per file × channel, the
 * problems, a collapsible preview of the exact text each network receives
 * (every thread item, with its images), and a timeline.
 *
 * GitHub rejects comments over 65,536 characters, so the document is built
 * from parts that can be dropped, least useful first (previews from the end,
 * then the timeline, then long lists), with a pointer to where the whole plan
 * is. Summary line, notices and the first rows always stay.
 */
import type { AssetInput, Service } from '../buffer/types.js';
import type { Finding } from '../posts/model.js';
import { formatNumber } from '../text/words.js';
import type { LengthCount } from '../validate/length.js';
import { NETWORK_LIMITS } from '../validate/network-limits.js';
import type { PlanRow } from './plan-comment-rows.js';
import { readableWhen } from './plan-comment-timeline.js';
import { cell, oneLine } from './run-report.js';

/** Finds the comment again on the next push; never shown. */
export const PLAN_COMMENT_MARKER = '<!-- buffer-gitops:plan -->';
/** GitHub's limit on an issue comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface PlanCommentInput {
  rows: PlanRow[];
  findings: Finding[];
  notes: string[];
  /** Set when Buffer could not be asked (fork PR, no key): the comment says what was not checked. */
  offlineReason?: string;
  /** From timelineMarkdown(). */
  timeline?: string;
  /** IANA zone times are shown in (default UTC). */
  timeZone?: string;
  /** Links findings and files to the pull request's head. */
  source?: { serverUrl: string; repository: string; sha: string };
  /** Where the untruncated plan is (the run's job summary). */
  fullPlanUrl?: string;
}

export interface PlanCommentOptions {
  /** Characters (UTF-16 units, never fewer than GitHub counts). Default: GitHub's comment limit. */
  limit?: number;
  /** Where a shortened document sends the reader. */
  fullPlanName?: string;
}

/** The counts a reviewer needs first: "2 to create, 1 to edit, 0 to delete, 1 error". */
export function planSummaryLine(rows: readonly PlanRow[], findings: readonly Finding[]): string {
  const live = rows.filter((r) => !r.blocked);
  const creates = live.filter((r) => r.action === 'create' || r.action === 'create-idea').length;
  const edits = live.filter((r) => r.action === 'edit').length;
  const replaces = live.filter((r) => r.action === 'replace').length;
  const deletes = live.filter((r) => r.action === 'delete').length;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${creates} to create, ${edits} to edit, ${replaces ? `${replaces} to replace, ` : ''}${deletes} to delete, ${errors} ${errors === 1 ? 'error' : 'errors'}`;
}

/**
 * What an empty plan means: nothing changes Buffer, or, beside errors,
 * nothing can until they are fixed (never "nothing to do" next to "2 errors").
 */
export function nothingToPlan(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return errors === 0
    ? 'Nothing in this pull request changes Buffer.'
    : `Nothing can be sent to Buffer until the ${errors === 1 ? 'error below is' : `${errors} errors below are`} fixed.`;
}

export function planCommentMarkdown(input: PlanCommentInput, opts: PlanCommentOptions = {}): string {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
  const zone = input.timeZone ?? 'UTC';
  const warnings = input.findings.filter((f) => f.severity === 'warning').length;

  const head: string[] = [
    PLAN_COMMENT_MARKER,
    `### Buffer plan${input.source ? ` for \`${input.source.sha.slice(0, 7)}\`` : ''}`,
    '',
    `**${planSummaryLine(input.rows, input.findings)}**${warnings ? ` · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}`,
    '',
  ];
  if (input.offlineReason) head.push(...offlineNotice(input.offlineReason), '');
  for (const note of input.notes)
    if (!input.offlineReason || !note.startsWith('Offline')) head.push(`> ${cell(note)}`, '');

  const table = tableRows(input, zone);
  const problems = input.findings.map((f) => findingLine(f, input.source));
  const previews = previewBlocks(input);

  const parts: Parts = {
    head: head.join('\n'),
    table: table.length
      ? {
          title: `| File | Channel | Action | When | Length / limit |\n| --- | --- | --- | --- | --- |`,
          items: table,
          tail: `${legend(input.rows)}\n`,
        }
      : undefined,
    problems: problems.length ? { title: '#### Problems\n', items: problems, tail: '' } : undefined,
    previews: previews.length
      ? { title: '#### What each network will receive\n', items: previews, tail: '' }
      : undefined,
    timeline: input.timeline,
    footer: `<sub>buffer-gitops updates this comment on every push; annotations mark each problem in the diff.</sub>`,
  };
  if (table.length === 0) parts.head += `\n${nothingToPlan(input.findings)}\n`;
  return fit(parts, limit, input.fullPlanUrl, opts.fullPlanName ?? 'job summary');
}

// ---- parts ------------------------------------------------------------------

function offlineNotice(reason: string): string[] {
  return [
    '> [!WARNING]',
    `> **Offline validation only**: ${cell(reason)}.`,
    "> Checked: the files, lengths against each network's published limit, media, metadata, thread rules and dates.",
    '> **Not checked**: that the channel references exist in the Buffer organization, per-instance limits (Mastodon is counted against its default of 500),',
    "> what Buffer holds now (posts already sent or deleted there), and the posts already scheduled. The merge's run checks these before anything is sent.",
  ];
}

function tableRows(input: PlanCommentInput, zone: string): string[] {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const row of input.rows) {
    const file = row.file === previousFile ? '' : fileLink(row.file, row.line, input.source);
    previousFile = row.file;
    lines.push(
      `| ${file} | ${cell(row.ref ?? '')} | ${actionText(row)} | ${cell(readableWhen(row.when, zone))} | ${lengthText(row.pieces.map((p) => p.length))} |`,
    );
  }
  return lines;
}

function actionText(row: PlanRow): string {
  const offline = row.offline ? ' _(offline)_' : '';
  switch (row.action) {
    case 'create':
      return `create${offline}`;
    case 'edit':
      return `edit${row.detail ? ` (${cell(row.detail)})` : ''}${offline}`;
    case 'replace':
      return `replace: ${cell(row.detail ?? '')}`;
    case 'delete':
      return `delete (${cell(row.detail ?? '')})`;
    case 'create-idea':
      return `create idea${row.detail ? ` “${cell(row.detail)}”` : ''}`;
    case 'skip':
      return row.blocked ? '⛔ blocked: fix the errors' : `skip: ${cell(row.detail ?? '')}`;
  }
}

/** `95 / 280`, or for a thread every item's count: `71 · 62 · 95 / 280`; ❌ marks the ones over. */
export function lengthText(lengths: readonly LengthCount[]): string {
  if (lengths.length === 0) return '';
  const counts = lengths.map((l) => `${formatNumber(l.count)}${isOver(l) ? ' ❌' : ''}`);
  const limit = lengths[0]!.limit;
  return `${counts.join(' · ')}${limit === null ? '' : ` / ${formatNumber(limit)}`}`;
}

function isOver(l: LengthCount): boolean {
  return l.limit !== null && l.count > l.limit;
}

/** Which unit each network counts in, for the services in this plan. */
function legend(rows: readonly PlanRow[]): string {
  const services = [
    ...new Set(
      rows
        .filter((r) => r.pieces.length)
        .map((r) => r.service)
        .filter((s): s is Service => Boolean(s)),
    ),
  ];
  if (services.length === 0) return '';
  return `\n<sub>Lengths in each network's own unit: ${services.map((s) => `${NETWORK_LIMITS[s].label} ${UNIT_WORDS[s] ?? unitOf(s)}`).join('; ')}.</sub>`;
}

const UNIT_WORDS: Partial<Record<Service, string>> = {
  twitter: 'weighted (URL 23, emoji and CJK 2)',
  mastodon: 'characters (URL 23)',
  threads: 'characters (emoji = UTF-8 bytes)',
};

function unitOf(service: Service): string {
  const unit = NETWORK_LIMITS[service].length.unit;
  return unit === 'bytes' ? 'UTF-8 bytes' : unit === 'graphemes' ? 'characters' : 'UTF-16 characters';
}

function findingLine(f: Finding, source: PlanCommentInput['source']): string {
  const icon = f.severity === 'error' ? '❌ **error**' : f.severity === 'warning' ? '⚠️ **warning**' : 'ℹ️ **notice**';
  const where = `${f.file}:${f.line}:${f.column}`;
  const link = source ? `[\`${where}\`](${blobUrl(source, f.file, f.line)})` : `\`${where}\``;
  return `- ${icon} ${link} ${oneLine(f.message)}`;
}

/**
 * One collapsible block per file and distinct rendering: channels that get
 * byte-identical text share a block, so a post to four networks is not shown
 * four times.
 */
function previewBlocks(input: PlanCommentInput): string[] {
  const groups = new Map<string, PlanRow[]>();
  for (const row of input.rows) {
    if (row.pieces.length === 0) continue;
    const key = `${row.file}\u0000${JSON.stringify(row.pieces.map((p) => [p.text, p.assets]))}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const blocks: string[] = [];
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const n = first.pieces.length;
    const blocked = rows.some((r) => r.blocked);
    const where = rows.map((r) => `${r.service ? NETWORK_LIMITS[r.service].label : ''} (${r.ref ?? ''})`).join(', ');
    const lines = [
      `<details${blocked ? ' open' : ''}><summary><code>${html(first.file)}</code> → ${html(where)}${n > 1 ? ` · thread of ${n}` : ''}${blocked ? ' · ⛔ has errors' : ''}</summary>`,
      '',
    ];
    first.pieces.forEach((piece, i) => {
      const counts = rows.map((r) => {
        const l = r.pieces[i]!.length;
        return `${r.service ? NETWORK_LIMITS[r.service].label : r.ref}: ${formatNumber(l.count)}${l.limit === null ? '' : ` / ${formatNumber(l.limit)}`}${isOver(l) ? ' ❌ too long' : ''}`;
      });
      lines.push(`${n > 1 ? `**${i + 1}/${n}** · ` : ''}${counts.join(' · ')}`, '', fenced(piece.text), '');
      const media = assetLines(piece.assets);
      if (media.length) lines.push(...media, '');
    });
    lines.push('</details>', '');
    blocks.push(lines.join('\n'));
  }
  return blocks;
}

/** The exact text in a code fence longer than any backtick run inside it, so nothing can close it early. */
function fenced(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

function assetLines(assets: readonly AssetInput[]): string[] {
  const lines: string[] = [];
  for (const asset of assets) {
    if ('image' in asset) {
      const alt = asset.image.metadata?.altText ?? '';
      lines.push(
        `<img src="${html(asset.image.url)}" alt="${html(alt)}" width="320">${alt ? `<br><sub>alt: ${html(alt)}</sub>` : '<br><sub>⚠️ no alt text</sub>'}`,
      );
    } else if ('video' in asset) {
      lines.push(`🎬 video: [${cell(asset.video.metadata?.title ?? asset.video.url)}](${asset.video.url})`);
    } else if ('document' in asset) {
      lines.push(`📄 document: [${cell(asset.document.title)}](${asset.document.url})`);
    } else if ('link' in asset) {
      lines.push(`🔗 link card: ${asset.link.url}`);
    }
  }
  return lines;
}

// ---- fitting under the limit ------------------------------------------------

interface ListPart {
  title: string;
  items: string[];
  tail: string;
}

interface Parts {
  head: string;
  table?: ListPart;
  problems?: ListPart;
  previews?: ListPart;
  timeline?: string;
  footer: string;
}

/** Room kept for the "shortened" notice and the "… more" lines added while fitting. */
const NOTICE_RESERVE = 800;

function fit(parts: Parts, limit: number, fullPlanUrl: string | undefined, fullPlanName: string): string {
  const full = assemble(parts, {});
  if (full.length <= limit) return full;

  // Lengths are tracked incrementally: re-joining a large plan per dropped item would be quadratic.
  const budget = limit - NOTICE_RESERVE;
  let size = full.length;
  const kept = {
    table: parts.table?.items.length ?? 0,
    problems: parts.problems?.items.length ?? 0,
    previews: parts.previews?.items.length ?? 0,
  };
  let timeline = parts.timeline;
  const drop = (list: ListPart | undefined, key: keyof typeof kept, floor: number) => {
    while (list && size > budget && kept[key] > floor) {
      kept[key] -= 1;
      size -= list.items[kept[key]]!.length + 1;
    }
  };
  drop(parts.previews, 'previews', 0);
  if (size > budget && timeline) {
    size -= timeline.length + 1;
    timeline = undefined;
  }
  drop(parts.problems, 'problems', 20);
  drop(parts.table, 'table', 20);
  drop(parts.problems, 'problems', 0);
  drop(parts.table, 'table', 0);

  const omitted = [
    parts.table && kept.table < parts.table.items.length ? `${parts.table.items.length - kept.table} table rows` : '',
    parts.problems && kept.problems < parts.problems.items.length
      ? `${parts.problems.items.length - kept.problems} problems`
      : '',
    parts.previews && kept.previews < parts.previews.items.length
      ? `${parts.previews.items.length - kept.previews} previews`
      : '',
    parts.timeline && !timeline ? 'the timeline' : '',
  ].filter(Boolean);
  const pointer = fullPlanUrl ? `[${fullPlanName}](${fullPlanUrl})` : `the run's ${fullPlanName}`;
  const notice = `> [!NOTE]\n> Shortened to stay under GitHub's ${formatNumber(GITHUB_COMMENT_LIMIT)}-character limit: ${omitted.join(', ') || 'part of the text'} left out. The whole plan is in the ${pointer}.\n`;
  const text = assemble({ ...parts, timeline, head: `${parts.head}\n${notice}` }, kept);
  // Last resort (a single enormous row or finding): cut, keeping the marker and the pointer.
  return text.length <= limit ? text : `${text.slice(0, limit - notice.length - 8)}\n\n…\n\n${notice}`;
}

function assemble(parts: Parts, kept: Partial<Record<'table' | 'problems' | 'previews', number>>): string {
  const list = (part: ListPart | undefined, key: 'table' | 'problems' | 'previews', more: (n: number) => string) => {
    if (!part) return [];
    const n = kept[key] ?? part.items.length;
    const items = part.items.slice(0, n);
    const rest = part.items.length - n;
    if (items.length === 0 && rest === 0) return [];
    return [part.title, ...items, ...(rest > 0 ? [more(rest)] : []), part.tail];
  };
  return [
    parts.head,
    ...list(parts.table, 'table', (n) => `| … | | ${n} more | | |`),
    ...list(parts.problems, 'problems', (n) => `- … ${n} more (see the annotations)\n`),
    ...list(parts.previews, 'previews', (n) => `_${n} more previews left out._\n`),
    ...(parts.timeline ? [parts.timeline] : []),
    parts.footer,
    '',
  ].join('\n');
}

// ---- small helpers ----------------------------------------------------------

function fileLink(file: string, line: number, source: PlanCommentInput['source']): string {
  return source ? `[\`${cell(file)}\`](${blobUrl(source, file, line)})` : `\`${cell(file)}\``;
}

function blobUrl(source: NonNullable<PlanCommentInput['source']>, file: string, line: number): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${source.serverUrl.replace(/\/+$/, '')}/${source.repository}/blob/${source.sha}/${path}#L${line}`;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
