/**
 * Decides what a run does, per file × channel (SPEC §3). Pure and
 * deterministic: everything it needs (parsed files at both ends of the diff,
 * the organization's channels, Buffer's state of the posts it would touch) is
 * passed in, so the plan a reviewer sees on the PR is what the merge does.
 */
import type { Channel, Service } from '../buffer/types.js';
import { resolveChannel } from '../channels/resolve.js';
import { serviceOfReference } from '../posts/service-names.js';
import type { Finding, IdeaFile, PostFile, RenderedPost, TrackedPost } from '../posts/model.js';
import { countLength } from '../validate/length.js';
import type { ValidationTarget } from '../validate/rules.js';
import { comparePost, snapshotOfInput, snapshotOfPost, type PostSnapshot } from './compare.js';
import { toCreatePostInput } from './post-input.js';
import type { CreateIdeaItem, Plan, PlanItem, RemotePosts, SkipItem } from './types.js';
import { compareCodeUnits } from '../text/compare.js';

export type FileChangeKind = 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';

export interface PostFileChange {
  path: string;
  kind: FileChangeKind;
  /** The file now (absent when deleted). */
  current?: PostFile;
  /** The file at `before` (modified, renamed, deleted), when the diff is known. */
  previous?: PostFile;
  /** True when the file differs from `previous` only inside its `buffer:` block. */
  onlyBufferBlockChanged?: boolean;
  /** A removal the applied state found (plan/claims.ts): why its posts go. Default: the file was removed. */
  removalReason?: 'file-removed' | 'channel-removed';
}

export interface IdeaFileChange {
  path: string;
  kind: FileChangeKind;
  current?: IdeaFile;
  previous?: IdeaFile;
}

export interface PlanInput {
  basis: Plan['basis'];
  basisReason?: string;
  posts: PostFileChange[];
  ideas?: IdeaFileChange[];
  /** The organization's channels; undefined offline (fork PRs, no key). */
  channels?: Channel[];
  /** Buffer's current state of tracked posts that may be edited or deleted. */
  remote?: RemotePosts;
  deleteSent: boolean;
  now: Date;
  render: (post: PostFile, service: Service) => RenderedPost;
  validate: (
    post: PostFile,
    targets: ValidationTarget[],
    opts: { now: Date; isNew: boolean; offline?: boolean },
  ) => Finding[];
}

const SENT_STATUSES = new Set(['sent', 'sending']);

export function buildPlan(input: PlanInput): Plan {
  const items: PlanItem[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];
  if (input.basis === 'full' && input.basisReason) {
    notes.push(`Reconciled the whole directory: ${input.basisReason}.`);
  }
  for (const change of [...input.posts].sort((a, b) => compareCodeUnits(a.path, b.path))) {
    planPostFile(change, input, items, findings, notes);
  }
  for (const change of [...(input.ideas ?? [])].sort((a, b) => compareCodeUnits(a.path, b.path))) {
    planIdeaFile(change, items, findings);
  }
  return { basis: input.basis, basisReason: input.basisReason, items, findings: sortFindings(findings), notes };
}

function planPostFile(
  change: PostFileChange,
  input: PlanInput,
  items: PlanItem[],
  findings: Finding[],
  notes: string[],
): void {
  const { current, previous } = change;
  if (!current) {
    // Deleted: the IDs come from the file as it was at `before`.
    for (const [ref, tracked] of Object.entries(previous?.tracked ?? {})) {
      planDelete(change.path, firstLine(previous), ref, tracked, change.removalReason ?? 'file-removed', input, items);
    }
    return;
  }

  findings.push(...current.findings);
  const parseErrors = current.findings.some((f) => f.severity === 'error');
  const tracked: Record<string, TrackedPost> = { ...(previous?.tracked ?? {}), ...current.tracked };
  const refs = current.channels.map((c) => c.ref);

  // Channels removed from the file: delete what was posted there. Not while
  // the file cannot be read (a YAML typo, a binary or truncated file): its
  // channel list is then unknown, and a typo must never delete a published
  // post. The deletion happens on the push that fixes the file.
  for (const [ref, entry] of Object.entries(tracked)) {
    if (refs.includes(ref) || !entry.id) continue;
    if (parseErrors) {
      items.push({
        action: 'skip',
        file: change.path,
        line: firstLine(current),
        ref,
        service: serviceOfReference(ref),
        postId: entry.id,
        reason: 'kept in Buffer: the file has errors, so its channels cannot be read; fixing the file decides',
      });
      continue;
    }
    planDelete(change.path, firstLine(current), ref, entry, 'channel-removed', input, items);
  }

  const targets: (ValidationTarget & { line: number })[] = [];
  for (const channelRef of current.channels) {
    const target = targetFor(channelRef.ref, input.channels);
    if ('message' in target) {
      findings.push({
        file: current.path,
        line: channelRef.position.line,
        column: channelRef.position.column,
        // Offline (fork PRs, no key) a channel ID may well be right: say it was not checked, don't fail on it.
        severity: target.offline ? 'warning' : 'error',
        code: target.offline ? 'channel-unchecked' : 'unknown-channel',
        message: target.message,
      });
      continue;
    }
    targets.push({ ...target, rendered: input.render(current, target.service), line: channelRef.position.line });
  }

  const hasNew = targets.some((t) => !tracked[t.ref]?.id);
  const validation = input.validate(current, targets, { now: input.now, isNew: hasNew, offline: !input.channels });
  findings.push(...validation);
  const blocked =
    parseErrors ||
    validation.some((f) => f.severity === 'error') ||
    findings.some((f) => f.file === current.path && f.code === 'unknown-channel' && f.severity === 'error');

  for (const target of targets) {
    const entry = tracked[target.ref];
    const base = { file: current.path, line: target.line, ref: target.ref, service: target.service };
    if (blocked) {
      const needsWork = !entry?.id || contentChanged(change);
      if (needsWork) {
        items.push({
          ...base,
          action: 'skip',
          postId: entry?.id,
          reason: 'the file has errors; it is sent once they are fixed',
          blocked: true,
        });
      }
      continue;
    }
    if (!target.channel) continue; // offline: validated only
    const createInput = toCreatePostInput(current, target.rendered, target.channel);
    const length = countLength(target.rendered.text, target.service, target.channel);
    const when = describeWhen(createInput.mode, createInput.dueAt, createInput.saveToDraft);
    // What a create of this target is, whether the file is new to it or its post was deleted in Buffer.
    const create = {
      ...base,
      action: 'create' as const,
      channelId: target.channel.id,
      input: createInput,
      rendered: target.rendered,
      length,
      when,
    };
    if (!entry?.id) {
      items.push(create);
      continue;
    }
    const remote = input.remote?.get(entry.id);
    if (remote === null && contentChanged(change)) {
      // Deleted in Buffer, and the file changed since: the file is what the
      // team wants now, so it is created again (its new ID replaces the old
      // one). An unchanged file's deleted post stays sync's drift to report.
      notes.push(
        `${current.path} (${target.ref}): post ${entry.id} is gone from Buffer (deleted there); the changed file creates it again.`,
      );
      items.push(create);
      continue;
    }
    // Buffer's copy, when known, is what the file is compared with (every
    // field, in every basis); else the file as it was before, when the diff
    // says it changed.
    let held: PostSnapshot | undefined = remote ? snapshotOfPost(remote, target.service) : undefined;
    if (!held && previous && change.kind !== 'unchanged') {
      if (change.onlyBufferBlockChanged) continue;
      const previousTarget = previous.channels.some((c) => c.ref === target.ref);
      const previousUnreadable = previous.findings.some((f) => f.severity === 'error');
      // Tracked but not listed before, or the previous version could not be
      // read (a typo this push fixes): it cannot say what Buffer holds.
      if (previousTarget && !previousUnreadable) {
        held = snapshotOfInput(
          toCreatePostInput(previous, input.render(previous, target.service), target.channel),
          target.service,
        );
      }
    }
    if (!held) continue;
    const comparison = comparePost(entry.id, createInput, held, target.service);
    if (comparison.kind === 'equal') continue;
    const status = remote?.status ?? entry.status;
    if (status && SENT_STATUSES.has(status)) {
      items.push({
        ...base,
        action: 'skip',
        postId: entry.id,
        reason: `already ${status} in Buffer; a sent post cannot be edited`,
      });
      continue;
    }
    if (comparison.kind === 'replace') {
      items.push({
        ...base,
        action: 'replace',
        channelId: target.channel.id,
        postId: entry.id,
        input: createInput,
        why: comparison.why,
        changed: comparison.changed,
        rendered: target.rendered,
        length,
        when,
      });
      continue;
    }
    const timed = comparison.changed.includes('schedule') || comparison.changed.includes('draft');
    items.push({
      ...base,
      action: 'edit',
      channelId: target.channel.id,
      postId: entry.id,
      input: comparison.input,
      changed: comparison.changed,
      rendered: target.rendered,
      length,
      when: timed ? when : undefined,
    });
  }
}

function planDelete(
  file: string,
  line: number,
  ref: string,
  tracked: TrackedPost,
  reason: 'file-removed' | 'channel-removed',
  input: PlanInput,
  items: PlanItem[],
): void {
  if (!tracked.id) return;
  const remote = input.remote?.get(tracked.id);
  const status = remote?.status ?? tracked.status;
  const service = serviceOfReference(ref);
  const base = { file, line, ref, service, postId: tracked.id };
  if (remote === null) {
    items.push({ ...base, action: 'skip', reason: 'already gone from Buffer' } satisfies SkipItem);
    return;
  }
  if (status && SENT_STATUSES.has(status) && !input.deleteSent) {
    items.push({
      ...base,
      action: 'skip',
      reason: `already ${status}; kept in Buffer (set delete-sent: true to delete sent posts)`,
    });
    return;
  }
  items.push({ ...base, action: 'delete', reason });
}

function planIdeaFile(change: IdeaFileChange, items: PlanItem[], findings: Finding[]): void {
  const { current, previous } = change;
  if (!current) {
    if (previous?.tracked?.id) {
      items.push({
        action: 'skip',
        file: change.path,
        line: 1,
        postId: previous.tracked.id,
        reason: "idea file removed; Buffer's API cannot delete ideas, remove it on Buffer's ideas board",
      });
    }
    return;
  }
  findings.push(...current.findings);
  if (current.findings.some((f) => f.severity === 'error')) {
    if (!current.tracked?.id)
      items.push({
        action: 'skip',
        file: change.path,
        line: 1,
        reason: 'the idea file has errors; it is sent once they are fixed',
        blocked: true,
      });
    return;
  }
  if (current.tracked?.id) {
    if (change.kind === 'modified' && previous && contentDiffers(previous.raw, current.raw)) {
      items.push({
        action: 'skip',
        file: change.path,
        line: 1,
        postId: current.tracked.id,
        reason: "idea edited; Buffer's API cannot edit ideas, change it on Buffer's ideas board",
      });
    }
    return;
  }
  const item: CreateIdeaItem = {
    action: 'create-idea',
    file: change.path,
    line: 1,
    input: {
      content: {
        ...(current.title ? { title: current.title } : {}),
        ...(current.body ? { text: current.body } : {}),
        ...(current.media.length
          ? {
              media: current.media.map((m) => ({
                url: m.url,
                type: 'image' as const,
                ...(m.alt ? { alt: m.alt } : {}),
              })),
            }
          : {}),
        ...(current.services.length ? { services: current.services as never } : {}),
        ...(current.date ? { date: current.date } : {}),
      },
    },
  };
  items.push(item);
}

function contentDiffers(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') !== b.replace(/\r\n/g, '\n');
}

function targetFor(
  ref: string,
  channels: Channel[] | undefined,
): { ref: string; service: Service; channel?: Channel } | { message: string; offline?: boolean } {
  if (!channels) {
    const service = serviceOfReference(ref);
    return service
      ? { ref, service }
      : {
          offline: true,
          message: `Channel "${ref}" could not be checked without a Buffer key, nor its text validated for its network; a service name (e.g. twitter) or service:name can be checked offline.`,
        };
  }
  const resolved = resolveChannel(ref, channels);
  return resolved.ok
    ? { ref, service: resolved.channel.service, channel: resolved.channel }
    : { message: resolved.message };
}

function contentChanged(change: PostFileChange): boolean {
  return (
    change.kind === 'added' ||
    ((change.kind === 'modified' || change.kind === 'renamed') && !change.onlyBufferBlockChanged)
  );
}

export function describeWhen(mode: string, dueAt: string | undefined, draft: boolean | undefined): string {
  if (draft) return 'draft';
  switch (mode) {
    case 'customScheduled':
      return dueAt ?? 'custom time';
    case 'shareNow':
      return 'now';
    case 'shareNext':
      return 'top of the queue';
    default:
      return 'next queue slot';
  }
}

function firstLine(post: PostFile | undefined): number {
  return post?.channels[0]?.position.line ?? 1;
}

function sortFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.file}:${f.line}:${f.column}:${f.code}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column);
}
