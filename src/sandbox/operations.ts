/**
 * The root fields' behaviour, as Buffer documents it: what each query
 * returns and what each mutation changes. Pure functions of (store, clock,
 * account, input); the HTTP gateway and fault injection live elsewhere.
 */
import { METADATA_KEY, type ShareMode } from '../buffer/types.js';
import { codedError, typedError } from './errors.js';
import { placeIdea } from './idea-groups.js';
import { validatePost } from './post-validation.js';
import { freeSlots } from './queue-slots.js';
import { matchesTags, type TagComparator } from './tags.js';
import type { SeedAccount, SeedChannel, StoredIdea, StoredPost } from './seed.js';
import { accountShape, channelShape, ideaShape, postShape, scheduledPostLimit } from './shapes.js';
import { markSent, type SandboxStore } from './store.js';
import { visibleChannel, visibleOrganization, visiblePost } from './visibility.js';
import { localDayBounds } from '../time/wall-time.js';

export interface OperationContext {
  store: SandboxStore;
  nowMs: () => number;
  account: SeedAccount;
  /** Called after every committed change (persists `--state FILE`). */
  changed: () => void;
}

type Obj = Record<string, unknown>;
type Input = Record<string, unknown>;

// ---------------------------------------------------------------- queries

export function account(ctx: OperationContext): Obj {
  return accountShape(ctx.store, ctx.account);
}

export function channels(
  ctx: OperationContext,
  input: { organizationId: string; filter?: { isLocked?: boolean | null; product?: string | null } | null },
): Obj[] {
  visibleOrganization(ctx, input.organizationId);
  return [...ctx.store.channels.values()]
    .filter((c) => c.organizationId === input.organizationId)
    .filter((c) => input.filter?.isLocked == null || (c.isLocked ?? false) === input.filter.isLocked)
    .filter(
      () => input.filter?.product == null || input.filter.product === 'publish' || input.filter.product === 'buffer',
    )
    .map(channelShape);
}

export function channel(ctx: OperationContext, input: { id: string }): Obj {
  const c = visibleChannel(ctx, input.id);
  if (!c) throw codedError('NOT_FOUND', `Channel ${input.id} not found`);
  return channelShape(c);
}

export function post(ctx: OperationContext, input: { id: string }): Obj {
  const p = visiblePost(ctx, input.id);
  if (!p) throw codedError('NOT_FOUND', `Post ${input.id} not found`);
  return postShape(ctx.store, p);
}

interface Range {
  start?: string | null;
  end?: string | null;
}
interface PostsInput {
  organizationId: string;
  filter?: {
    channelIds?: string[] | null;
    status?: string[] | null;
    dueAt?: Range | null;
    createdAt?: Range | null;
    startDate?: string | null;
    endDate?: string | null;
    dueAtPresence?: 'present' | 'absent' | null;
    tagIds?: string[] | null;
    tags?: TagComparator | null;
  } | null;
  sort?: { field: 'dueAt' | 'createdAt'; direction: 'asc' | 'desc' }[] | null;
}

function inRange(value: string | null, range: Range | null | undefined): boolean {
  if (!range) return true;
  if (value === null) return range.start == null && range.end == null;
  const v = Date.parse(value);
  if (range.start != null && v < Date.parse(range.start)) return false;
  if (range.end != null && v > Date.parse(range.end)) return false;
  return true;
}

/** Cursors are opaque to clients (facts §5); inside they hold the sort key and ID of the last item, so a page boundary survives inserts and deletes. */
function encodeCursor(key: (number | string)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor: string): (number | string)[] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v as (number | string)[];
  } catch {
    // fall through
  }
  throw codedError('BAD_USER_INPUT', 'Invalid cursor');
}

export function posts(
  ctx: OperationContext,
  args: { input: PostsInput; first?: number | null; after?: string | null },
): Obj {
  const { input } = args;
  visibleOrganization(ctx, input.organizationId);
  const f = input.filter ?? {};
  let list = [...ctx.store.posts.values()].filter((p) => p.organizationId === input.organizationId);
  if (f.channelIds) list = list.filter((p) => f.channelIds!.includes(p.channelId));
  if (f.status && f.status.length > 0) list = list.filter((p) => f.status!.includes(p.status));
  if (f.tagIds && f.tagIds.length > 0) list = list.filter((p) => p.tagIds.some((t) => f.tagIds!.includes(t)));
  if (f.tags) list = list.filter((p) => matchesTags(p.tagIds, f.tags));
  if (f.dueAtPresence === 'present') list = list.filter((p) => p.dueAt !== null);
  if (f.dueAtPresence === 'absent') list = list.filter((p) => p.dueAt === null);
  if (f.dueAt) list = list.filter((p) => p.dueAt !== null && inRange(p.dueAt, f.dueAt));
  if (f.createdAt) list = list.filter((p) => inRange(p.createdAt, f.createdAt));
  if (f.startDate != null || f.endDate != null)
    list = list.filter((p) => p.dueAt !== null && inRange(p.dueAt, { start: f.startDate, end: f.endDate }));

  const sort =
    input.sort && input.sort.length > 0 ? input.sort : [{ field: 'dueAt' as const, direction: 'asc' as const }];
  // A post without dueAt (draft) sorts after every dated one in ascending order.
  const keyOf = (p: StoredPost): (number | string)[] => [
    ...sort.map((s) => {
      const v = s.field === 'dueAt' ? p.dueAt : p.createdAt;
      const ms = v === null ? Number.MAX_SAFE_INTEGER : Date.parse(v);
      return s.direction === 'desc' ? -ms : ms;
    }),
    Date.parse(p.createdAt),
    p.id,
  ];
  return keysetPage(list, keyOf, args, 20, (p) => postShape(ctx.store, p));
}

type Key = (number | string)[];

/**
 * One page of a connection with opaque keyset cursors (a cursor is the
 * encoded sort key of the last item), as `posts`, `ideas` and `postTemplates` page.
 */
export function keysetPage<T>(
  list: T[],
  keyOf: (item: T) => Key,
  args: { first?: number | null; after?: string | null },
  defaultFirst: number,
  node: (item: T) => Obj,
): Obj {
  const keyed = list.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
  let start = 0;
  if (args.after != null) {
    const after = decodeCursor(args.after);
    start = keyed.findIndex((k) => compareKeys(k.key, after) > 0);
    if (start === -1) start = keyed.length;
  }
  const first = args.first ?? defaultFirst;
  if (first < 0) throw codedError('BAD_USER_INPUT', '`first` must not be negative');
  const edges = keyed.slice(start, start + first).map((k) => ({ cursor: encodeCursor(k.key), node: node(k.item) }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
      hasNextPage: start + first < keyed.length,
      hasPreviousPage: false, // Buffer documents it as always false (forward-only pagination).
    },
  };
}

interface IdeasInput {
  organizationId: string;
  groupFilter?: { groups?: string[] | null; membership?: 'grouped' | 'ungrouped' | null } | null;
  tagsFilter?: TagComparator | null;
}

/**
 * The ideas board, oldest first (creation second, then ID), with the same
 * opaque keyset cursors as `posts`. The product reads it to tell whether a
 * `createIdea` whose answer was lost created the idea.
 */
export function ideas(
  ctx: OperationContext,
  args: { input: IdeasInput; first?: number | null; after?: string | null },
): Obj {
  const { input } = args;
  visibleOrganization(ctx, input.organizationId);
  let list = [...ctx.store.ideas.values()].filter((i) => i.organizationId === input.organizationId);
  const group = input.groupFilter;
  if (group?.groups) list = list.filter((i) => i.groupId !== null && group.groups!.includes(i.groupId));
  if (group?.membership) list = list.filter((i) => (group.membership === 'grouped') === (i.groupId !== null));
  if (input.tagsFilter)
    list = list.filter((i) =>
      matchesTags(
        i.content.tags.map((t) => t.id),
        input.tagsFilter,
      ),
    );
  // The official CLI's `ideas list` defaults to 25 (facts §5).
  return keysetPage(list, (i) => [i.createdAt, i.id], args, 25, ideaShape);
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function dayCounts(
  store: SandboxStore,
  channel: SeedChannel,
  dayMs: number,
  exceptPostId?: string,
): { sent: number; scheduled: number } {
  const [from, to] = localDayBounds(dayMs, channel.timezone);
  let sent = 0;
  let scheduled = 0;
  for (const p of store.posts.values()) {
    if (p.channelId !== channel.id || p.id === exceptPostId) continue;
    if (p.status === 'sent' && p.sentAt && Date.parse(p.sentAt) >= from && Date.parse(p.sentAt) < to) sent++;
    if (p.status === 'scheduled' && p.dueAt && Date.parse(p.dueAt) >= from && Date.parse(p.dueAt) < to) scheduled++;
  }
  return { sent, scheduled };
}

export function dailyPostingLimits(
  ctx: OperationContext,
  input: { channelIds: string[]; date?: string | null },
): Obj[] {
  const chans = input.channelIds.map((id) => {
    const c = visibleChannel(ctx, id);
    if (!c) throw codedError('NOT_FOUND', `Channel ${id} not found`);
    return c;
  });
  const orgs = new Set(chans.map((c) => c.organizationId));
  if (orgs.size > 1) throw codedError('BAD_USER_INPUT', 'All channelIds must belong to the same organization');
  const dayMs = input.date != null ? parseDate(input.date) : ctx.nowMs();
  if (Number.isNaN(dayMs)) throw codedError('BAD_USER_INPUT', `Invalid date: ${input.date}`);
  return chans.map((c) => {
    // The date is a calendar day in the channel's timezone; the time part is ignored (pitfalls).
    const day = input.date != null && /^\d{4}-\d{2}-\d{2}/.test(input.date) ? midday(input.date) : dayMs;
    const { sent, scheduled } = dayCounts(ctx.store, c, day);
    const limit = ctx.store.dailyLimit(c);
    return { channelId: c.id, sent, scheduled, limit, isAtLimit: limit !== null && sent + scheduled >= limit };
  });
}

function parseDate(s: string): number {
  return Date.parse(s);
}
/** Noon UTC of the written calendar date lands inside that local day in every zone within ±11h. */
function midday(s: string): number {
  return Date.parse(`${s.slice(0, 10)}T12:00:00.000Z`);
}

// ---------------------------------------------------------------- mutations

interface ScheduleResult {
  status: StoredPost['status'];
  dueAt: string | null;
  sentAt: string | null;
  /** Queued posts to move one slot back (shareNext). */
  pushBack: { post: StoredPost; dueAt: string }[];
}

function scheduledOn(store: SandboxStore, channelId: string, exceptId?: string): StoredPost[] {
  return [...store.posts.values()].filter(
    (p) => p.channelId === channelId && p.status === 'scheduled' && p.dueAt !== null && p.id !== exceptId,
  );
}

/**
 * A channel's queue as `shareNext` and `movePostInQueue` re-slot it: the
 * instants custom-scheduled posts keep (their slots stay taken), and the
 * queued posts in queue order.
 */
export function channelQueue(
  store: SandboxStore,
  channelId: string,
  exceptId?: string,
): { fixed: Set<number>; queued: StoredPost[] } {
  const scheduled = scheduledOn(store, channelId, exceptId);
  return {
    fixed: new Set(scheduled.filter((p) => p.isCustomScheduled).map((p) => Date.parse(p.dueAt!))),
    queued: scheduled
      .filter((p) => !p.isCustomScheduled)
      .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!) || a.createdAt.localeCompare(b.createdAt)),
  };
}

/** Where a post lands for a ShareMode, or the InvalidInputError message. */
function schedule(
  ctx: OperationContext,
  channel: SeedChannel,
  mode: ShareMode,
  dueAtInput: string | null | undefined,
  exceptId?: string,
): ScheduleResult | string {
  const now = ctx.nowMs();
  const schedule = channel.postingSchedule ?? [];
  switch (mode) {
    case 'shareNow':
      return { status: 'sent', dueAt: new Date(now).toISOString(), sentAt: new Date(now).toISOString(), pushBack: [] };
    case 'customScheduled': {
      if (dueAtInput == null) return 'dueAt is required when mode is customScheduled';
      const due = Date.parse(dueAtInput);
      if (Number.isNaN(due)) return `dueAt is not a valid ISO-8601 date-time: ${dueAtInput}`;
      if (due <= now) return `dueAt must be in the future (got ${dueAtInput}, now is ${new Date(now).toISOString()})`;
      return { status: 'scheduled', dueAt: new Date(due).toISOString(), sentAt: null, pushBack: [] };
    }
    case 'addToQueue': {
      const taken = new Set(scheduledOn(ctx.store, channel.id, exceptId).map((p) => Date.parse(p.dueAt!)));
      const slot = freeSlots(schedule, channel.timezone, now, taken).next().value as number;
      return { status: 'scheduled', dueAt: new Date(slot).toISOString(), sentAt: null, pushBack: [] };
    }
    case 'shareNext': {
      // The new post takes the first slot; every queued (non-custom) post moves to the next free one.
      const { fixed, queued } = channelQueue(ctx.store, channel.id, exceptId);
      const slots = freeSlots(schedule, channel.timezone, now, fixed);
      const first = slots.next().value as number;
      const pushBack = queued.map((post) => ({ post, dueAt: new Date(slots.next().value as number).toISOString() }));
      return { status: 'scheduled', dueAt: new Date(first).toISOString(), sentAt: null, pushBack };
    }
  }
}

/** Plan and daily limits for a post about to be scheduled or sent (drafts are exempt). */
function limitProblem(
  ctx: OperationContext,
  channel: SeedChannel,
  result: ScheduleResult,
  exceptId?: string,
): string | null {
  const org = ctx.store.organizations.get(channel.organizationId)!;
  if (result.status === 'scheduled') {
    const limit = scheduledPostLimit(org);
    if (scheduledOn(ctx.store, channel.id, exceptId).length >= limit) {
      return `You have reached the limit of ${limit} scheduled posts per channel on the ${org.plan} plan. Upgrade your plan to schedule more posts.`;
    }
  }
  const daily = ctx.store.dailyLimit(channel);
  if (daily !== null) {
    const day = Date.parse(result.dueAt ?? new Date(ctx.nowMs()).toISOString());
    const { sent, scheduled } = dayCounts(ctx.store, channel, day, exceptId);
    if (sent + scheduled >= daily) {
      return `This channel has reached its daily posting limit of ${daily} posts for that day.`;
    }
  }
  return null;
}

export function channelProblem(channel: SeedChannel): ReturnType<typeof typedError> | null {
  if (channel.isDisconnected)
    return typedError('UnauthorizedError', `Channel ${channel.id} is disconnected; reconnect it in Buffer`);
  if (channel.isLocked)
    return typedError('UnauthorizedError', `Channel ${channel.id} is locked; your plan does not include it`);
  return null;
}

function metadataFor(channel: SeedChannel, metadata: unknown): Record<string, unknown> | null {
  const key = METADATA_KEY[channel.service];
  if (!key || !metadata || typeof metadata !== 'object') return null;
  const m = (metadata as Record<string, unknown>)[key];
  return m && typeof m === 'object' ? structuredClone(m as Record<string, unknown>) : null;
}

export function createPost(ctx: OperationContext, input: Input): Obj {
  const channel = visibleChannel(ctx, String(input.channelId));
  if (!channel) return typedError('NotFoundError', `Channel ${String(input.channelId)} not found`);
  const blocked = channelProblem(channel);
  if (blocked) return blocked;
  const isDraft = input.saveToDraft === true;
  const text = typeof input.text === 'string' ? input.text : '';
  const assets = (input.assets as unknown[] | undefined) ?? [];
  const metadata = metadataFor(channel, input.metadata);
  const problem = validatePost({ channel, text, assets, metadata, isDraft });
  if (problem) return typedError('InvalidInputError', problem);
  const mode = input.mode as ShareMode;
  const nowIso = new Date(ctx.nowMs()).toISOString();

  let result: ScheduleResult;
  if (isDraft) {
    // Drafts need no dueAt and skip posting limits ("Posting limits are not checked").
    const due =
      mode === 'customScheduled' && typeof input.dueAt === 'string' && !Number.isNaN(Date.parse(input.dueAt))
        ? new Date(input.dueAt).toISOString()
        : null;
    result = { status: 'draft', dueAt: due, sentAt: null, pushBack: [] };
  } else {
    const s = schedule(ctx, channel, mode, input.dueAt as string | null | undefined);
    if (typeof s === 'string') return typedError('InvalidInputError', s);
    const limit = limitProblem(ctx, channel, s);
    if (limit) return typedError('LimitReachedError', limit);
    result = s;
  }

  const id = ctx.store.newId(ctx.nowMs());
  const stored: StoredPost = {
    id,
    organizationId: channel.organizationId,
    channelId: channel.id,
    channelService: channel.service,
    status: result.status,
    text,
    assets: structuredClone(assets) as StoredPost['assets'],
    metadata,
    dueAt: result.dueAt,
    sentAt: null,
    createdAt: nowIso,
    updatedAt: nowIso,
    shareMode: mode,
    schedulingType: (input.schedulingType as StoredPost['schedulingType']) ?? 'automatic',
    isCustomScheduled: !isDraft && mode === 'customScheduled',
    sharedNow: !isDraft && mode === 'shareNow',
    via: 'api',
    externalLink: null,
    error: null,
    tagIds: (input.tagIds as string[] | undefined) ?? [],
    ideaId: (input.ideaId as string | undefined) ?? null,
    authorId: ctx.account.id,
  };
  if (result.status === 'sent') markSent(stored, channel, result.sentAt!);
  for (const move of result.pushBack) {
    move.post.dueAt = move.dueAt;
    move.post.updatedAt = nowIso;
  }
  ctx.store.posts.set(id, stored);
  ctx.changed();
  return { __typename: 'PostActionSuccess', post: postShape(ctx.store, stored) };
}

export function editPost(ctx: OperationContext, input: Input): Obj {
  const existing = visiblePost(ctx, String(input.id));
  if (!existing) return typedError('NotFoundError', `Post ${String(input.id)} not found`);
  if (existing.status === 'sent')
    return typedError('InvalidInputError', 'This post has already been sent and can no longer be edited');
  const channel = ctx.store.channels.get(existing.channelId)!;
  const blocked = channelProblem(channel);
  if (blocked) return blocked;

  // Omitted = keep; `text: ""` or null = clear; `assets: []` = clear (reference, EditPostInput).
  const text = 'text' in input ? (typeof input.text === 'string' ? input.text : '') : existing.text;
  const assets = Array.isArray(input.assets) ? (input.assets as unknown[]) : existing.assets;
  const incoming = metadataFor(channel, input.metadata);
  // Metadata fields omitted on edit keep their value ("optional on edit (omitted preserves existing value)").
  const metadata = incoming ? { ...(existing.metadata ?? {}), ...incoming } : existing.metadata;
  const mode = (input.mode as ShareMode | null | undefined) ?? null;
  const isDraft =
    input.saveToDraft === true || (existing.status === 'draft' && mode === null && input.saveToDraft !== false);
  const problem = validatePost({ channel, text, assets, metadata, isDraft });
  if (problem) return typedError('InvalidInputError', problem);

  const nowIso = new Date(ctx.nowMs()).toISOString();
  let result: ScheduleResult | null = null;
  if (input.saveToDraft === true) {
    // As on create, a draft keeps the custom time it is given (for when it is scheduled).
    const given =
      mode === 'customScheduled' && typeof input.dueAt === 'string' && !Number.isNaN(Date.parse(input.dueAt))
        ? new Date(input.dueAt).toISOString()
        : null;
    result = { status: 'draft', dueAt: given ?? existing.dueAt, sentAt: null, pushBack: [] };
  } else if (mode !== null || (input.dueAt != null && existing.isCustomScheduled)) {
    // A new dueAt on a custom-scheduled post without a mode is a reschedule at that time.
    const effective = mode ?? 'customScheduled';
    const s = schedule(
      ctx,
      channel,
      effective,
      (input.dueAt as string | null | undefined) ?? (effective === 'customScheduled' ? existing.dueAt : null),
      existing.id,
    );
    if (typeof s === 'string') return typedError('InvalidInputError', s);
    const limit = limitProblem(ctx, channel, s, existing.id);
    if (limit) return typedError('LimitReachedError', limit);
    result = s;
  }

  existing.text = text;
  existing.assets = structuredClone(assets) as StoredPost['assets'];
  existing.metadata = metadata ?? null;
  if (input.schedulingType != null) existing.schedulingType = input.schedulingType as StoredPost['schedulingType'];
  if (Array.isArray(input.tagIds)) existing.tagIds = input.tagIds as string[];
  existing.updatedAt = nowIso;
  if (result) {
    const effective = mode ?? (result.status === 'draft' ? existing.shareMode : 'customScheduled');
    existing.status = result.status;
    existing.dueAt = result.dueAt;
    existing.shareMode = effective;
    existing.isCustomScheduled = result.status !== 'draft' && effective === 'customScheduled';
    existing.sharedNow = effective === 'shareNow';
    existing.error = null;
    if (result.status === 'sent') markSent(existing, channel, result.sentAt!);
    for (const move of result.pushBack) {
      move.post.dueAt = move.dueAt;
      move.post.updatedAt = nowIso;
    }
  }
  ctx.changed();
  return { __typename: 'PostActionSuccess', post: postShape(ctx.store, existing) };
}

export function deletePost(ctx: OperationContext, input: { id: string }): Obj {
  const existing = visiblePost(ctx, input.id);
  // Deleting an unknown or already-deleted post: Buffer's agent docs say a second
  // `posts delete` "returns exit 3, not found" (buffer-idempotency.md). Buffer's
  // documented representation of "not found" on a read is a GraphQL error with
  // `extensions.code: NOT_FOUND` (facts §1.6); DeletePostPayload has no
  // NotFoundError member, and a VoidMutationError carries no code a client could
  // tell apart from other failures. So: a NOT_FOUND error, HTTP 200.
  if (!existing) throw codedError('NOT_FOUND', `Post ${input.id} not found`);
  ctx.store.posts.delete(existing.id);
  ctx.changed();
  return { __typename: 'DeletePostSuccess', id: existing.id };
}

/**
 * `answerWithResponse`: this call is one of the configured share that answers
 * `IdeaResponse` (faults.ts `ideaResponseEvery`). A placement after another
 * idea of the group always does, with `refreshIdeas: true`: the reference's
 * "other ideas might have been moved".
 */
export function createIdea(ctx: OperationContext, input: Input, answerWithResponse = false): Obj {
  const organizationId = String(input.organizationId);
  if (!ctx.store.organizations.has(organizationId) || !ctx.store.canSee(ctx.account, organizationId)) {
    return typedError('UnauthorizedError', `You do not have access to organization ${organizationId}`);
  }
  const content = (input.content ?? {}) as Record<string, unknown>;
  const title = typeof content.title === 'string' && content.title.trim() !== '' ? content.title : null;
  const text = typeof content.text === 'string' && content.text.trim() !== '' ? content.text : null;
  if (title === null && text === null) return typedError('InvalidInputError', 'An idea needs a title or text');
  const group = input.group as { groupId?: string | null; placeAfterId?: string | null } | null | undefined;
  const placement = placeIdea(ctx, organizationId, group);
  if (typeof placement === 'string') return typedError('InvalidInputError', placement);
  const nowMs = ctx.nowMs();
  const id = ctx.store.newId(nowMs);
  const media = ((content.media as Record<string, unknown>[] | undefined) ?? []).map((m, i) => ({
    id: `${id}-m${i}`,
    url: String(m.url),
    type: String(m.type),
    alt: (m.alt as string | undefined) ?? null,
    thumbnailUrl: (m.thumbnailUrl as string | undefined) ?? null,
    size: (m.size as number | undefined) ?? null,
  }));
  const seconds = Math.floor(nowMs / 1000);
  const idea: StoredIdea = {
    id,
    organizationId,
    content: {
      title,
      text,
      media,
      services: (content.services as StoredIdea['content']['services'] | undefined) ?? [],
      tags: (content.tags as StoredIdea['content']['tags'] | undefined) ?? [],
      date: (content.date as string | undefined) ?? null,
      aiAssisted: content.aiAssisted === true,
    },
    groupId: placement.groupId,
    position: placement.position,
    createdAt: seconds,
    updatedAt: seconds,
  };
  ctx.store.ideas.set(id, idea);
  ctx.changed();
  const movedOthers = typeof group?.placeAfterId === 'string';
  if (movedOthers || answerWithResponse)
    return { __typename: 'IdeaResponse', idea: ideaShape(idea), refreshIdeas: movedOthers };
  return ideaShape(idea);
}
