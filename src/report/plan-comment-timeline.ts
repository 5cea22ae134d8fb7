/**
 * The plan comment's timeline: a Mermaid gantt chart (GitHub renders it in
 * comments and job summaries) with one section per channel, the new posts
 * among the posts already scheduled there in Buffer, so a reviewer sees a
 * launch landing ten minutes after another post before it happens.
 *
 * Only posts with a fixed time can be placed: a queued post's slot is chosen
 * by Buffer when it is created, and guessing it would show something the
 * merge may not do. Those are listed under the chart instead.
 */
import type { Channel, Post } from '../buffer/types.js';
import { NETWORK_LIMITS } from '../validate/network-limits.js';
import type { PlanRow } from './plan-comment-rows.js';

export interface TimelineInput {
  rows: PlanRow[];
  /** Posts already scheduled in Buffer on the rows' channels; undefined when they could not be read. */
  scheduled?: Post[];
  /** Why `scheduled` is missing (offline, an API error). */
  scheduledUnavailable?: string;
  channels?: Channel[];
  /** IANA zone the times are shown in (default UTC). */
  timeZone?: string;
}

/** Longest task label; Mermaid draws the label beside the marker, long ones run off the chart. */
const LABEL_MAX = 40;

export function timelineMarkdown(input: TimelineInput): string | undefined {
  const moving = input.rows.filter(
    (r) => (r.action === 'create' || r.action === 'edit' || r.action === 'replace') && !r.blocked,
  );
  if (moving.length === 0) return undefined;
  const timed = moving.filter((r) => r.dueAt);
  const queued = moving.filter((r) => !r.dueAt);
  const zone = input.timeZone ?? 'UTC';
  const lines = ['#### Timeline', ''];

  if (timed.length > 0) {
    const sections = new Map<string, { label: string; tasks: { at: string; text: string; isNew: boolean }[] }>();
    const sectionOf = (key: string, label: string) => {
      let s = sections.get(key);
      if (!s) sections.set(key, (s = { label, tasks: [] }));
      return s;
    };
    for (const row of timed) {
      const label = row.service
        ? `${NETWORK_LIMITS[row.service].label} (${row.ref ?? row.service})`
        : (row.ref ?? row.file);
      sectionOf(row.channelId ?? row.ref ?? row.file, label).tasks.push({
        at: row.dueAt!,
        text: `${row.action === 'edit' ? 'EDIT' : row.action === 'replace' ? 'REPLACE' : 'NEW'} ${row.pieces[0]?.text ?? row.file}`,
        isNew: true,
      });
    }
    const moved = new Set(timed.map((r) => r.postId).filter(Boolean));
    for (const post of input.scheduled ?? []) {
      if (!post.dueAt || moved.has(post.id)) continue;
      const section = sections.get(post.channelId);
      if (!section) continue; // only channels that get a timed post
      section.tasks.push({ at: post.dueAt, text: post.text || '(no text)', isNew: false });
    }
    lines.push(
      '```mermaid',
      'gantt',
      `    title New posts among those already scheduled (${zone})`,
      '    dateFormat YYYY-MM-DD HH:mm',
      '    axisFormat %d %b %H:%M',
      '    todayMarker off',
    );
    for (const { label, tasks } of sections.values()) {
      lines.push(`    section ${mermaidText(label)}`);
      for (const t of tasks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
        lines.push(`    ${mermaidText(t.text)} :${t.isNew ? 'crit, ' : ''}milestone, ${wallTime(t.at, zone)}, 0m`);
      }
    }
    lines.push('```', '');
    lines.push(
      input.scheduled
        ? "_NEW and EDIT mark this pull request's posts; the others are already scheduled in Buffer on the same channels._"
        : `_Only this pull request's posts are shown: Buffer's scheduled posts could not be read (${input.scheduledUnavailable ?? 'not available'})._`,
      '',
    );
  }
  if (queued.length > 0) {
    const byFile = new Map<string, string[]>();
    for (const r of queued)
      byFile.set(r.file, [...(byFile.get(r.file) ?? []), `${r.ref ?? r.service ?? ''}: ${r.when ?? 'queue'}`]);
    lines.push(
      'Not at a fixed time (Buffer picks the slot when the post is created):',
      '',
      ...[...byFile].map(([file, where]) => `- \`${file}\` (${where.join(', ')})`),
      '',
    );
  }
  return lines.join('\n');
}

/** `YYYY-MM-DD HH:mm` of an instant in a zone (Mermaid's dateFormat above). */
export function wallTime(iso: string, timeZone: string): string {
  const parts = formatter(timeZone).formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** An instant as reviewers read it: `2027-03-02 09:00 Europe/Berlin`. Other text passes through. */
export function readableWhen(when: string | undefined, timeZone = 'UTC'): string {
  if (!when) return '';
  return /^\d{4}-\d\d-\d\dT/.test(when) && !Number.isNaN(Date.parse(when))
    ? `${wallTime(when, timeZone)} ${timeZone}`
    : when;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Mermaid's gantt grammar ends a task name at `:` and treats `#` and `;`
 * specially; keep letters, digits and plain punctuation, one line, short.
 */
function mermaidText(text: string): string {
  const flat = text
    .normalize('NFC')
    .replace(/[\s:;#,]+/g, ' ')
    .replace(/[^\p{L}\p{N} .,!?'()/@&+-]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const chars = [...flat];
  return (
    (chars.length > LABEL_MAX
      ? `${chars
          .slice(0, LABEL_MAX - 3)
          .join('')
          .trimEnd()}...`
      : flat) || 'post'
  );
}
