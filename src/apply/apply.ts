/**
 * Carries out a plan against Buffer: creates (after the exactly-once check),
 * edits, deletes and ideas, as aliased mutations in as few requests as the
 * batch size allows (SPEC §8). Every item gets an outcome; a failure never
 * hides the successes beside it, which are written back by the caller.
 */
import type { BatchItemOutcome, BatchOperation, BufferClient } from '../buffer/client.js';
import { BufferRateLimitError, formatDuration } from '../buffer/errors.js';
import type { Idea, Post } from '../buffer/types.js';
import type { CreateIdeaItem, CreateItem, DeleteItem, EditItem, Plan, PlanItem } from '../plan/types.js';
import { matchExistingIdeas, matchExistingPosts } from './exactly-once.js';
import type { Outcome } from './outcome.js';

export interface ApplyOptions {
  organizationId: string;
  /** Posts created before this cannot come from an earlier attempt at this plan. */
  createdSince: Date;
  /** IDs tracked by any file: never adopted for another file. */
  trackedIds: ReadonlySet<string>;
  /** Posts created since `createdSince`, already fetched with the channels (saves the check's request). */
  recentPosts?: Post[];
  /** Idea IDs tracked by any idea file: never adopted for another one. */
  trackedIdeaIds?: ReadonlySet<string>;
  /** The clock "when the rest will go" is computed from (default: the system clock). */
  now?: () => Date;
  /** Mutations per request; 1 turns batching off (benchmarks). */
  batchSize?: number;
  dryRun?: boolean;
  log?: (message: string) => void;
}

type Mutable = CreateItem | EditItem | DeleteItem | CreateIdeaItem;

export async function applyPlan(client: BufferClient, plan: Plan, opts: ApplyOptions): Promise<Outcome[]> {
  const outcomes = new Map<PlanItem, Outcome>();
  for (const item of plan.items) {
    if (item.action === 'skip') {
      outcomes.set(item, { item, status: item.blocked ? 'failed' : 'skipped', message: item.reason });
    }
  }
  const work = plan.items.filter((i): i is Mutable => i.action !== 'skip');
  if (opts.dryRun) {
    for (const item of work) outcomes.set(item, { item, status: 'dry-run' });
    return plan.items.map((i) => outcomes.get(i)!);
  }

  // Sent, answer lost: resolved by looking in Buffer after the batches.
  const unknownCreates: CreateItem[] = [];
  const unknownIdeas: CreateIdeaItem[] = [];
  try {
    const creates = work.filter((i): i is CreateItem => i.action === 'create');
    const adopted = await findAlreadyCreated(client, creates, opts, new Set(), opts.recentPosts);
    for (const [item, post] of adopted) {
      outcomes.set(item, { item, status: 'adopted', post, message: 'found in Buffer from an earlier attempt; adopted instead of creating a duplicate' });
    }
    // Ideas have no idempotency key either: a re-run (or a run after a lost
    // answer or a crash) looks on the ideas board before creating again.
    const ideaCreates = work.filter((i): i is CreateIdeaItem => i.action === 'create-idea');
    const adoptedIdeas = await findAlreadyCreatedIdeas(client, ideaCreates, opts);
    for (const [item, idea] of adoptedIdeas) {
      outcomes.set(item, { item, status: 'adopted', idea, message: 'found on the ideas board from an earlier attempt; adopted instead of creating a duplicate' });
    }
    const toSend = work.filter((i) => !outcomes.has(i));
    const batchSize = Math.max(1, Math.min(opts.batchSize ?? 25, 25));
    for (let start = 0; start < toSend.length; start += batchSize) {
      const chunk = toSend.slice(start, start + batchSize);
      const results = await client.mutateBatch(chunk.map((item) => toOperation(item, opts.organizationId)), { maxBatch: batchSize });
      let limited: BufferRateLimitError | undefined;
      chunk.forEach((item, index) => {
        const result = results[index];
        if (!result) {
          outcomes.set(item, { item, status: 'failed', message: 'no result for this mutation' });
        } else if (result.ok === 'unknown') {
          if (item.action === 'create') unknownCreates.push(item);
          else if (item.action === 'create-idea') unknownIdeas.push(item);
          else outcomes.set(item, { item, status: 'failed', message: `outcome unknown (${result.reason}); the next run checks again` });
        } else if (result.ok === false && result.error.type === 'BufferRateLimitError') {
          // Refused by the gateway before anything ran; pending, with the rest (below).
          limited ??= new BufferRateLimitError(result.error.window, result.error.retryAfterSeconds);
        } else {
          outcomes.set(item, toOutcome(item, result));
        }
      });
      // Buffer's budget is spent past what we may wait for: every further
      // request would be refused too (and count), so stop here.
      if (limited) throw limited;
    }
    await resolveUnknown(client, unknownCreates, unknownIdeas, outcomes, opts);
  } catch (error) {
    if (error instanceof BufferRateLimitError) {
      // Stopped cleanly: what was done is kept (and written back by the
      // caller); what was not sent is pending, with when it can go.
      const message = rateLimitMessage(error, (opts.now ?? (() => new Date()))());
      opts.log?.(`Stopped: ${message}`);
      for (const item of [...unknownCreates, ...unknownIdeas]) {
        if (!outcomes.has(item)) outcomes.set(item, { item, status: 'failed', message: 'Buffer did not answer, and the rate limit stopped the check; the next run looks in Buffer before creating it' });
      }
      for (const item of work) {
        if (!outcomes.has(item)) outcomes.set(item, { item, status: 'pending', errorType: 'BufferRateLimitError', message });
      }
    } else {
      // Anything unexpected (auth revoked mid-run, Buffer down): what was done is kept.
      const message = error instanceof Error ? error.message : String(error);
      for (const item of work) {
        if (!outcomes.has(item)) outcomes.set(item, { item, status: 'failed', message });
      }
    }
  }
  return plan.items.map((i) => outcomes.get(i) ?? { item: i, status: 'failed', message: 'not attempted' });
}

/** A lost answer may hide a post or idea that was made: look before reporting it failed. */
async function resolveUnknown(
  client: BufferClient,
  creates: CreateItem[],
  ideas: CreateIdeaItem[],
  outcomes: Map<PlanItem, Outcome>,
  opts: ApplyOptions,
): Promise<void> {
  if (creates.length > 0) {
    const found = await findAlreadyCreated(client, creates, opts, adoptedIds(outcomes));
    for (const item of creates) {
      const post = found.get(item);
      outcomes.set(
        item,
        post
          ? { item, status: 'created', post, message: 'answer was lost; found the post in Buffer' }
          : { item, status: 'failed', message: 'Buffer did not answer and the post is not in Buffer; the next run creates it' },
      );
    }
  }
  if (ideas.length > 0) {
    const found = await findAlreadyCreatedIdeas(client, ideas, opts, adoptedIds(outcomes));
    for (const item of ideas) {
      const idea = found.get(item);
      outcomes.set(
        item,
        idea
          ? { item, status: 'created', idea, message: 'answer was lost; found the idea on the board' }
          : { item, status: 'failed', message: 'Buffer did not answer and the idea is not on the board; the next run creates it' },
      );
    }
  }
}

async function findAlreadyCreated(
  client: BufferClient,
  creates: CreateItem[],
  opts: ApplyOptions,
  extraTaken: ReadonlySet<string> = new Set(),
  prefetched?: Post[],
): Promise<Map<CreateItem, Post>> {
  if (creates.length === 0) return new Map();
  const channelIds = [...new Set(creates.map((c) => c.channelId))].sort();
  const candidates = prefetched ?? await client.posts({
    organizationId: opts.organizationId,
    filter: { channelIds, createdAt: { start: opts.createdSince.toISOString() } },
    sort: [{ field: 'createdAt', direction: 'asc' }],
  }, { pageSize: 100 });
  return matchExistingPosts(creates, candidates, new Set([...opts.trackedIds, ...extraTaken]));
}

async function findAlreadyCreatedIdeas(
  client: BufferClient,
  creates: CreateIdeaItem[],
  opts: ApplyOptions,
  extraTaken: ReadonlySet<string> = new Set(),
): Promise<Map<CreateIdeaItem, Idea>> {
  if (creates.length === 0) return new Map();
  const candidates = await client.ideas(opts.organizationId);
  return matchExistingIdeas(creates, candidates, opts.createdSince, new Set([...(opts.trackedIdeaIds ?? []), ...extraTaken]));
}

/** IDs of posts and ideas this run already accounted for: never matched twice. */
function adoptedIds(outcomes: Map<PlanItem, Outcome>): Set<string> {
  const ids = new Set<string>();
  for (const o of outcomes.values()) {
    if (o.post) ids.add(o.post.id);
    if (o.idea) ids.add(o.idea.id);
  }
  return ids;
}

/** "not sent: Buffer's request budget is spent (…); it frees at 09:15:00 UTC, in 14m 59s: the next run after that sends it". */
export function rateLimitMessage(error: BufferRateLimitError, now: Date): string {
  const seconds = error.retryAfterSeconds;
  const window = error.window ? ` (${error.window} window)` : '';
  if (seconds === undefined) {
    return `not sent: Buffer's request budget is spent${window}; the next run after the window resets sends it (re-run this job then)`;
  }
  const at = new Date(now.getTime() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `not sent: Buffer's request budget is spent${window}; it frees at ${at} (in ${formatDuration(seconds)}): the next run after that sends it (re-run this job then)`;
}

function toOperation(item: Mutable, organizationId: string): BatchOperation {
  switch (item.action) {
    case 'create':
      return { kind: 'createPost', input: item.input };
    case 'edit':
      return { kind: 'editPost', input: item.input };
    case 'delete':
      return { kind: 'deletePost', id: item.postId };
    case 'create-idea':
      return { kind: 'createIdea', input: { organizationId, ...item.input } };
  }
}

function toOutcome(item: Mutable, result: Exclude<BatchItemOutcome, { ok: 'unknown' }>): Outcome {
  if (result.ok) {
    switch (item.action) {
      case 'create':
        return { item, status: 'created', post: result.value as Post };
      case 'edit':
        return { item, status: 'edited', post: result.value as Post };
      case 'delete':
        return { item, status: 'deleted' };
      case 'create-idea':
        return { item, status: 'created', idea: result.value as Idea };
    }
  }
  const { type, message } = result.error;
  if (item.action === 'delete' && (type === 'NotFoundError' || /not found/i.test(message))) {
    // Deleting is idempotent: a post already gone is the state we wanted.
    return { item, status: 'deleted', message: 'already gone from Buffer' };
  }
  if (type === 'BufferRateLimitError') {
    // Refused by the gateway before it ran: nothing happened; the next run sends it.
    return { item, status: 'pending', errorType: type, message };
  }
  if (type === 'LimitReachedError') {
    const wait = item.action === 'create-idea' ? 'the idea waits until Buffer has room' : 'queued posts wait for a free slot';
    return { item, status: 'pending', errorType: type, message: `${message} (${wait}; the next sync retries)` };
  }
  return { item, status: 'failed', errorType: type, message };
}
