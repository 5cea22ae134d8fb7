/**
 * How a sync tells people what it found: annotations at the file and line
 * (drift, posts Buffer failed to send), notes for the job summary, and a
 * `sync` section in the JSON run report.
 */
import type { Channel, Post } from '../buffer/types.js';
import { referenceFor } from '../channels/resolve.js';
import type { Finding, PostFile } from '../posts/model.js';
import type { Drift } from './drift.js';
import { statusRequestBudget, type BufferSnapshot } from './snapshot.js';
import type { StatusChange } from './status.js';
import { excerpt } from '../text/excerpt.js';

/** Untracked posts listed one by one in the summary; the JSON report has them all. */
const LISTED_UNTRACKED = 20;

export interface SyncSection {
  tracked: number;
  resolved: BufferSnapshot['resolved'];
  statusChanges: StatusChange[];
  drift: {
    file: string;
    line: number;
    ref: string;
    postId: string;
    kind: Drift['kind'];
    fields: Drift['fields'];
    detail: string;
  }[];
  untracked: { id: string; channel: string; status: string; dueAt?: string; text: string }[];
  requests: number;
}

export function driftFinding(drift: Drift, restore: boolean): Finding {
  const { tracked } = drift;
  return {
    file: tracked.file,
    line: tracked.line,
    column: 1,
    severity: 'warning',
    code: 'drift',
    message: `${tracked.ref} (${tracked.entry.id}): ${drift.detail}. ${
      restore
        ? 'Restoring it from the file (on-drift: restore).'
        : 'The file was left as it is; set `on-drift: restore` to make Buffer match the file, or change the file.'
    }`,
  };
}

export function failedFinding(change: StatusChange): Finding {
  return {
    file: change.file,
    line: change.line,
    column: 1,
    severity: 'warning',
    code: 'buffer-send-failed',
    message: `${change.ref} (${change.id}): Buffer could not publish the post${change.error ? `: ${change.error}` : ''}. Fix it in Buffer or edit the file.`,
  };
}

/** A tracked file whose `buffer:` block cannot be rewritten without touching other bytes. */
export function notRecordedFinding(post: PostFile): Finding {
  const problem = post.findings.find((f) => f.severity === 'error');
  return {
    file: post.path,
    line: problem?.line ?? 1,
    column: problem?.column ?? 1,
    severity: 'warning',
    code: 'status-not-recorded',
    message: `Buffer's status of this file's posts was not recorded: its front-matter cannot be edited safely${problem ? ` (${problem.message})` : ''}.`,
  };
}

export function untrackedRows(posts: Post[], channels: Channel[]): SyncSection['untracked'] {
  const byId = new Map(channels.map((c) => [c.id, c]));
  return posts.map((p) => {
    const channel = byId.get(p.channelId);
    return {
      id: p.id,
      channel: channel ? referenceFor(channel, channels) : p.channelId,
      status: p.status,
      ...(p.dueAt ? { dueAt: new Date(p.dueAt).toISOString() } : {}),
      text: p.text,
    };
  });
}

export function syncNotes(section: SyncSection): string[] {
  const notes: string[] = [];
  const { resolved } = section;
  const byStatus = new Map<string, number>();
  for (const c of section.statusChanges) byStatus.set(c.to, (byStatus.get(c.to) ?? 0) + 1);
  const changed = [...byStatus].map(([status, n]) => `${n} now ${status}`).join(', ');
  notes.push(
    `Status of ${section.tracked} tracked post(s): ${resolved.fromLists} read from Buffer's lists, ${resolved.fromLookups} looked up by ID, ${resolved.skippedFinal} already recorded as sent; ${
      section.statusChanges.length ? `${changed} (written back)` : 'nothing changed'
    }.`,
  );
  const gone = section.drift.filter((d) => d.kind === 'gone').length;
  const edited = section.drift.length - gone;
  if (section.drift.length > 0)
    notes.push(`Drift: ${gone} post(s) deleted in Buffer, ${edited} changed in Buffer's app (see the problems above).`);
  if (section.untracked.length > 0) {
    notes.push(
      `${section.untracked.length} scheduled post(s) in Buffer are tracked by no file (\`buffer-gitops import\` writes files for them):`,
    );
    for (const u of section.untracked.slice(0, LISTED_UNTRACKED)) {
      notes.push(`${u.channel} ${u.dueAt ?? ''} ${JSON.stringify(excerpt(u.text))} (${u.id})`);
    }
    if (section.untracked.length > LISTED_UNTRACKED)
      notes.push(`… and ${section.untracked.length - LISTED_UNTRACKED} more (see the JSON report).`);
  }
  notes.push(`Requests to Buffer: ${section.requests}.`);
  return notes;
}

/**
 * The sync's reads against issue 5's budget (2 + ⌈M/25⌉ for M tracked posts),
 * plus the one request for per-channel metrics totals when it was made.
 */
export function requestsLine(requests: number, tracked: number, totals: boolean): string {
  return `Reading Buffer took ${requests} request(s) (budget 2 + ⌈M/25⌉ = ${statusRequestBudget(tracked)} for M = ${tracked} tracked post(s)${
    totals ? ', +1 for channel totals' : ''
  }).`;
}
