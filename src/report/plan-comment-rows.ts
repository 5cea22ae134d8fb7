/**
 * The plan as reviewers read it: one row per file × channel with what the
 * network will receive, piece by piece (the post, or every thread item) and
 * each piece's length in that network's unit.
 *
 * Rows come from the plan's items. Two cases need more than the items hold:
 * - a blocked file (it has errors) has no rendered text in its skip item, yet
 *   the reviewer most needs to see the too-long text and its count;
 * - offline (fork PRs, no key) the plan has no items for valid posts, because
 *   no channel could be resolved; the rows say what the merge would do by
 *   reading the files (create where no Buffer ID is recorded, edit where one is
 *   and the content changed), marked as unchecked against Buffer.
 */
import { THREAD_SERVICES, type AssetInput, type Channel, type Service } from '../buffer/types.js';
import { resolveChannel } from '../channels/resolve.js';
import { serviceOfReference } from '../posts/service-names.js';
import { describeWhen, type PostFileChange } from '../plan/build-plan.js';
import type { Plan, PlanAction, PlanItem } from '../plan/types.js';
import type { PostFile, RenderedPost } from '../posts/model.js';
import { countLength, type LengthCount } from '../validate/length.js';
import { compareCodeUnits } from '../text/compare.js';

/** One piece of text a network publishes on its own, with its images. */
export interface PlanPiece {
  text: string;
  assets: AssetInput[];
  length: LengthCount;
}

export interface PlanRow {
  action: PlanAction;
  file: string;
  line: number;
  ref?: string;
  service?: Service;
  channelId?: string;
  /** Human: an ISO time, "next queue slot", "draft", … */
  when?: string;
  /** The fixed instant the post goes out, when there is one (timeline). */
  dueAt?: string;
  postId?: string;
  /** Why (skip, delete, replace) or what (edit: changed fields; idea: its title). */
  detail?: string;
  /** Skipped because the file has errors. */
  blocked?: boolean;
  /** Decided from the files alone: Buffer was not asked. */
  offline?: boolean;
  /** Empty for deletes, skips of removed files and ideas. */
  pieces: PlanPiece[];
}

export interface RowsInput {
  plan: Plan;
  /** The files the plan was built from (collectFiles' posts). */
  posts: PostFileChange[];
  channels?: Channel[];
  render: (post: PostFile, service: Service) => RenderedPost;
}

export function planRows(input: RowsInput): PlanRow[] {
  const byPath = new Map(input.posts.map((p) => [p.path, p]));
  const rows: PlanRow[] = input.plan.items.map((item) => rowOfItem(item, byPath.get(item.file)?.current, input));
  if (!input.channels) rows.push(...offlineRows(input, rows));
  // Stable: within a file the plan's own order (channels as listed) is kept.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => compareCodeUnits(a.row.file, b.row.file) || a.i - b.i)
    .map(({ row }) => row);
}

function rowOfItem(item: PlanItem, post: PostFile | undefined, input: RowsInput): PlanRow {
  const base: PlanRow = {
    action: item.action,
    file: item.file,
    line: item.line,
    ref: item.ref,
    service: item.service,
    channelId: item.channelId,
    when: item.when,
    pieces: [],
  };
  switch (item.action) {
    case 'create':
      return {
        ...base,
        dueAt: fixedTime(item.input.mode, item.input.dueAt, item.input.saveToDraft),
        pieces: piecesOf(item.rendered, item.service, channelById(input.channels, item.channelId)),
      };
    case 'edit': {
      const service = item.service ?? (item.ref ? serviceOfReference(item.ref) : undefined);
      return {
        ...base,
        postId: item.postId,
        detail: item.changed.join(', '),
        dueAt: item.changed.includes('schedule')
          ? fixedTime(item.input.mode ?? 'customScheduled', item.input.dueAt, undefined)
          : undefined,
        pieces: service ? piecesOf(item.rendered, service, channelById(input.channels, item.channelId)) : [],
      };
    }
    case 'replace':
      return {
        ...base,
        postId: item.postId,
        detail: item.why,
        dueAt: fixedTime(item.input.mode, item.input.dueAt, item.input.saveToDraft),
        pieces: piecesOf(item.rendered, item.service, channelById(input.channels, item.channelId)),
      };
    case 'delete':
      return {
        ...base,
        postId: item.postId,
        detail: item.reason === 'file-removed' ? 'file removed' : 'channel removed from the file',
      };
    case 'skip': {
      const row: PlanRow = { ...base, postId: item.postId, detail: item.reason, blocked: item.blocked };
      // A blocked file still shows what it would send, so the reviewer sees the count that blocks it.
      if (item.blocked && post && item.service && item.ref) {
        const channel = input.channels ? resolved(item.ref, input.channels) : undefined;
        row.pieces = piecesOf(input.render(post, item.service), item.service, channel);
        row.when = describeWhen(post.mode, post.dueAt?.iso, post.draft);
        row.dueAt = fixedTime(post.mode, post.dueAt?.iso, post.draft);
      }
      return row;
    }
    case 'create-idea':
      return { ...base, detail: item.input.content.title ?? item.input.content.text?.slice(0, 60) };
  }
}

/** Offline: what the merge would do per channel, from the files alone. */
function offlineRows(input: RowsInput, existing: PlanRow[]): PlanRow[] {
  const covered = new Set(existing.map((r) => `${r.file}\u0000${r.ref ?? ''}`));
  const rows: PlanRow[] = [];
  for (const change of input.posts) {
    const post = change.current;
    if (!post || post.findings.some((f) => f.severity === 'error')) continue;
    const tracked = { ...(change.previous?.tracked ?? {}), ...post.tracked };
    const changed =
      change.kind === 'added' ||
      ((change.kind === 'modified' || change.kind === 'renamed') && !change.onlyBufferBlockChanged);
    for (const { ref, position } of post.channels) {
      const service = serviceOfReference(ref);
      if (!service || covered.has(`${post.path}\u0000${ref}`)) continue;
      const id = tracked[ref]?.id;
      if (id && !changed) continue;
      rows.push({
        action: id ? 'edit' : 'create',
        file: post.path,
        line: position.line,
        ref,
        service,
        postId: id || undefined,
        when: describeWhen(post.mode, post.dueAt?.iso, post.draft),
        dueAt: fixedTime(post.mode, post.dueAt?.iso, post.draft),
        offline: true,
        pieces: piecesOf(input.render(post, service), service, undefined),
      });
    }
  }
  return rows;
}

/** The pieces a network publishes: every thread item where the service threads, else the one post. */
export function piecesOf(
  rendered: RenderedPost,
  service: Service,
  channel: Pick<Channel, 'maxCharacters'> | undefined,
): PlanPiece[] {
  const items =
    rendered.thread && rendered.thread.length > 1 && THREAD_SERVICES.includes(service)
      ? rendered.thread
      : [{ text: rendered.text, assets: rendered.assets }];
  return items.map((item) => ({
    text: item.text,
    assets: item.assets,
    length: countLength(item.text, service, channel),
  }));
}

function fixedTime(mode: string, dueAt: string | undefined, draft: boolean | undefined): string | undefined {
  return mode === 'customScheduled' && dueAt && !draft ? dueAt : undefined;
}

function channelById(channels: Channel[] | undefined, id: string | undefined): Channel | undefined {
  return id ? channels?.find((c) => c.id === id) : undefined;
}

function resolved(ref: string, channels: Channel[]): Channel | undefined {
  const r = resolveChannel(ref, channels);
  return r.ok ? r.channel : undefined;
}
