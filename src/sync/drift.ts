/**
 * Drift: a tracked post that Buffer no longer has, or whose text or time was
 * changed in Buffer's app, so Buffer and the file disagree. Pure: the caller
 * passes the file, Buffer's post and the channel.
 */
import { THREAD_SERVICES, type Channel, type Post, type Service } from '../buffer/types.js';
import type { PostFile, RenderedPost } from '../posts/model.js';
import { DELETED_STATUS, type TrackedRef } from './tracked.js';
import { excerpt } from '../text/excerpt.js';

export type DriftKind = 'gone' | 'changed';
export type DriftField = 'text' | 'thread' | 'time' | 'draft';

export interface Drift {
  tracked: TrackedRef;
  kind: DriftKind;
  /** What differs (empty when gone). */
  fields: DriftField[];
  /** Buffer's post (absent when gone). */
  remote?: Post;
  channel?: Channel;
  /** One sentence for people: what Buffer has against what the file says. */
  detail: string;
}

/** Statuses in which Buffer's copy can still be changed, and so can drift. */
const EDITABLE = new Set(['draft', 'needs_approval', 'scheduled']);

export function detectDrift(
  tracked: TrackedRef,
  remote: Post | null | undefined,
  channel: Channel | undefined,
  render: (post: PostFile, service: Service) => RenderedPost,
): Drift | undefined {
  // A channel the file dropped, or a file that cannot be read: nothing to compare.
  if (!tracked.listed || tracked.post.findings.some((f) => f.severity === 'error')) return undefined;
  // Found gone now, or by an earlier sync (then not asked again).
  if (remote === null || (remote === undefined && tracked.entry.status === DELETED_STATUS)) {
    return {
      tracked,
      kind: 'gone',
      fields: [],
      channel,
      detail: `Buffer no longer has post ${tracked.entry.id} (deleted in Buffer)`,
    };
  }
  if (remote === undefined) return undefined; // final, not asked
  if (!EDITABLE.has(remote.status) || !channel || channel.id !== remote.channelId) return undefined;

  const rendered = render(tracked.post, channel.service);
  const fields: DriftField[] = [];
  const parts: string[] = [];
  if (normalize(remote.text) !== normalize(rendered.text)) {
    fields.push('text');
    parts.push(`text: Buffer has ${quoted(remote.text)}, the file has ${quoted(rendered.text)}`);
  }
  if (THREAD_SERVICES.includes(channel.service)) {
    const wanted = rendered.thread?.map((t) => normalize(t.text)) ?? [];
    const has = remote.thread?.map((t) => normalize(t.text)) ?? [];
    const threadOf = (items: string[]) => (items.length > 1 ? items : []);
    if (JSON.stringify(threadOf(wanted)) !== JSON.stringify(threadOf(has))) {
      fields.push('thread');
      parts.push(
        `thread: Buffer has ${threadOf(has).length || 'no'} item(s), the file has ${threadOf(wanted).length || 'no'}`,
      );
    }
  }
  // Queued posts move when Buffer reshuffles its queue; only a time the file pins can drift.
  const wantedTime = tracked.post.mode === 'customScheduled' ? tracked.post.dueAt?.iso : undefined;
  if (wantedTime && remote.dueAt && Date.parse(remote.dueAt) !== Date.parse(wantedTime)) {
    fields.push('time');
    parts.push(`time: Buffer has ${new Date(remote.dueAt).toISOString()}, the file has ${wantedTime}`);
  }
  // A queued post given a fixed time in Buffer's app no longer follows the queue.
  if (
    !wantedTime &&
    tracked.post.mode !== 'customScheduled' &&
    remote.shareMode === 'customScheduled' &&
    remote.status !== 'draft'
  ) {
    fields.push('time');
    parts.push(
      `time: Buffer has a fixed time${remote.dueAt ? ` (${new Date(remote.dueAt).toISOString()})` : ''}, the file puts it in the queue`,
    );
  }
  // A draft scheduled in Buffer's app (or a post made a draft there) is drift too.
  if (tracked.post.draft !== (remote.status === 'draft')) {
    fields.push('draft');
    parts.push(
      `draft: Buffer has it ${remote.status === 'draft' ? 'as a draft' : remote.status}, the file says ${tracked.post.draft ? 'draft: true' : 'it is not a draft'}`,
    );
  }
  if (fields.length === 0) return undefined;
  return { tracked, kind: 'changed', fields, remote, channel, detail: `changed in Buffer (${parts.join('; ')})` };
}

/** Buffer may normalise line endings and trailing space; compare what a reader sees. */
function normalize(text: string): string {
  return text.replace(/\r\n/g, '\n').normalize('NFC').trim();
}

function quoted(text: string): string {
  return JSON.stringify(excerpt(text));
}
