/**
 * Carries out a plan against Buffer: creates (after the exactly-once check),
 * edits, deletes and ideas, as aliased mutations in as few requests as the
 * batch size allows (SPEC §8). Every item gets an outcome; a failure never
 * hides the successes beside it, which are written back by the caller.
 */
import type { BatchItemOutcome, BatchOperation, BufferClient } from '../buffer/client.js';
import { BufferRateLimitError, formatDuration } from '../buffer/errors.js';
import type { Idea, Post } from '../buffer/types.js';
import type { CreateIdeaItem, CreateItem, DeleteItem, EditItem, Plan, PlanItem, ReplaceItem } from '../plan/types.js';
import { LOST_ANSWER_SLACK_MS, matchExistingIdeas, matchExistingPosts, type AttemptWindow } from './exactly-once.js';
import type { Outcome } from './outcome.js';

export interface ApplyOptions {
  organizationId: string;
  /** Posts created before this cannot come from an earlier attempt at this plan. */
  createdSince: Date;
  /** IDs tracked by any file: never adopted for another file. */
  trackedIds: ReadonlySet<string>;
  /**
   * When an earlier, unfinished attempt could have made each create's post
   * (the applied state's recorded attempts); undefined for an item: nothing is
   * adopted for it. Without this option: posts made since `createdSince`, never a sent one.
   */
  attemptWindow?: (item: CreateItem) => AttemptWindow | undefined;
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

type Mutable = CreateItem | EditItem | ReplaceItem | DeleteItem | CreateIdeaItem;

export async function applyPlan(client: BufferClient, plan: Plan, opts: ApplyOptions): Promise<Outcome[]> {
  const startedAt = (opts.now ?? (() => new Date()))();
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
  const unknownReplaces: { item: ReplaceItem; deleted: BatchItemOutcome | undefined }[] = [];
  try {
    const creates = work.filter((i): i is CreateItem => i.action === 'create');
    const adopted = await findAlreadyCreated(client, creates, opts, new Set(), opts.recentPosts);
    for (const [item, post] of adopted) {
      outcomes.set(item, {
        item,
        status: 'adopted',
        post,
        message: 'found in Buffer from an earlier attempt; adopted instead of creating a duplicate',
      });
    }
    // Ideas have no idempotency key either: a re-run (or a run after a lost
    // answer or a crash) looks on the ideas board before creating again.
    const ideaCreates = work.filter((i): i is CreateIdeaItem => i.action === 'create-idea');
    const adoptedIdeas = await findAlreadyCreatedIdeas(client, ideaCreates, opts);
    for (const [item, idea] of adoptedIdeas) {
      outcomes.set(item, {
        item,
        status: 'adopted',
        idea,
        message: 'found on the ideas board from an earlier attempt; adopted instead of creating a duplicate',
      });
    }
    const toSend = work.filter((i) => !outcomes.has(i));
    const batchSize = Math.max(1, Math.min(opts.batchSize ?? 25, 25));
    for (const chunk of chunksOf(toSend, batchSize)) {
      const ops = chunk.flatMap((item) => toOperations(item, opts.organizationId));
      const results = await client.mutateBatch(ops, { maxBatch: Math.max(batchSize, ops.length) });
      let limited: BufferRateLimitError | undefined;
      let index = 0;
      for (const item of chunk) {
        if (item.action === 'replace') {
          const [first, second] = [results[index], results[index + 1]];
          index += 2;
          const [created, deleted] = createsFirst(item) ? [first, second] : [second, first];
          const refusal = [created, deleted].find((r) => r?.ok === false && r.error.type === 'BufferRateLimitError');
          if (refusal && refusal.ok === false) {
            limited ??= new BufferRateLimitError(refusal.error.window, refusal.error.retryAfterSeconds);
          } else if (created?.ok === 'unknown') {
            unknownReplaces.push({ item, deleted });
          } else {
            outcomes.set(
              item,
              replaceOutcome(item, created?.ok === true ? (created.value as Post) : undefined, created, deleted),
            );
          }
          continue;
        }
        const result = results[index++];
        if (!result) {
          outcomes.set(item, { item, status: 'failed', message: 'no result for this mutation' });
        } else if (result.ok === 'unknown') {
          if (item.action === 'create') unknownCreates.push(item);
          else if (item.action === 'create-idea') unknownIdeas.push(item);
          else
            outcomes.set(item, {
              item,
              status: 'failed',
              message: `outcome unknown (${result.reason}); the next run checks again`,
            });
        } else if (result.ok === false && result.error.type === 'BufferRateLimitError') {
          // Refused by the gateway before anything ran; pending, with the rest (below).
          limited ??= new BufferRateLimitError(result.error.window, result.error.retryAfterSeconds);
        } else {
          outcomes.set(item, toOutcome(item, result));
        }
      }
      // Buffer's budget is spent past what we may wait for: every further
      // request would be refused too (and count), so stop here.
      if (limited) throw limited;
    }
    await resolveUnknownReplaces(client, unknownReplaces, outcomes, opts, startedAt);
    await resolveUnknown(client, unknownCreates, unknownIdeas, outcomes, opts, startedAt);
  } catch (error) {
    if (error instanceof BufferRateLimitError) {
      // Stopped cleanly: what was done is kept (and written back by the
      // caller); what was not sent is pending, with when it can go.
      const message = rateLimitMessage(error, (opts.now ?? (() => new Date()))());
      opts.log?.(`Stopped: ${message}`);
      for (const item of [...unknownCreates, ...unknownIdeas, ...unknownReplaces.map((u) => u.item)]) {
        if (!outcomes.has(item))
          outcomes.set(item, {
            item,
            status: 'failed',
            message:
              'Buffer did not answer, and the rate limit stopped the check; the next run looks in Buffer before creating it',
          });
      }
      for (const item of work) {
        if (!outcomes.has(item))
          outcomes.set(item, { item, status: 'pending', errorType: 'BufferRateLimitError', message });
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
  startedAt: Date,
): Promise<void> {
  if (creates.length > 0) {
    // This run sent them: its own posts, even one already sent (`shareNow`), are the ones to find.
    const lost: AttemptWindow = { start: new Date(startedAt.getTime() - LOST_ANSWER_SLACK_MS), sentAllowed: true };
    const found = await findAlreadyCreated(
      client,
      creates,
      { ...opts, attemptWindow: () => lost },
      adoptedIds(outcomes),
    );
    for (const item of creates) {
      const post = found.get(item);
      outcomes.set(
        item,
        post
          ? { item, status: 'created', post, message: 'answer was lost; found the post in Buffer' }
          : {
              item,
              status: 'failed',
              message: 'Buffer did not answer and the post is not in Buffer; the next run creates it',
            },
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
          : {
              item,
              status: 'failed',
              message: 'Buffer did not answer and the idea is not on the board; the next run creates it',
            },
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
  const candidates =
    prefetched ??
    (await client.posts(
      {
        organizationId: opts.organizationId,
        filter: { channelIds, createdAt: { start: opts.createdSince.toISOString() } },
        sort: [{ field: 'createdAt', direction: 'asc' }],
      },
      { pageSize: 100 },
    ));
  const since: AttemptWindow = { start: opts.createdSince, sentAllowed: false };
  const adopted = matchExistingPosts(creates, candidates, {
    taken: new Set([...opts.trackedIds, ...extraTaken]),
    windowFor: opts.attemptWindow ?? (() => since),
  });
  for (const [item, post] of adopted) {
    opts.log?.(
      `${item.file} (${item.ref}): adopting Buffer post ${post.id}, created ${post.createdAt ?? 'at an unknown time'} with the same channel, text${item.input.dueAt ? ' and time' : ''}, which no file holds: an earlier attempt at this post made it`,
    );
  }
  return adopted;
}

async function findAlreadyCreatedIdeas(
  client: BufferClient,
  creates: CreateIdeaItem[],
  opts: ApplyOptions,
  extraTaken: ReadonlySet<string> = new Set(),
): Promise<Map<CreateIdeaItem, Idea>> {
  if (creates.length === 0) return new Map();
  const candidates = await client.ideas(opts.organizationId);
  return matchExistingIdeas(
    creates,
    candidates,
    opts.createdSince,
    new Set([...(opts.trackedIdeaIds ?? []), ...extraTaken]),
  );
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

function toOperations(item: Mutable, organizationId: string): BatchOperation[] {
  switch (item.action) {
    case 'create':
      return [{ kind: 'createPost', input: item.input }];
    case 'edit':
      return [{ kind: 'editPost', input: item.input }];
    case 'replace': {
      // One request, executed in order: at a custom time the new post exists
      // before the old one goes; in the queue the old one goes first so the
      // new one takes the slot it frees.
      const create: BatchOperation = { kind: 'createPost', input: item.input };
      const remove: BatchOperation = { kind: 'deletePost', id: item.postId };
      return createsFirst(item) ? [create, remove] : [remove, create];
    }
    case 'delete':
      return [{ kind: 'deletePost', id: item.postId }];
    case 'create-idea':
      return [{ kind: 'createIdea', input: { organizationId, ...item.input } }];
  }
}

function createsFirst(item: ReplaceItem): boolean {
  return item.input.mode === 'customScheduled' || item.input.saveToDraft === true;
}

/** Items in request-sized groups; a replace's two mutations never straddle two requests. */
function chunksOf(items: Mutable[], size: number): Mutable[][] {
  const chunks: Mutable[][] = [];
  let chunk: Mutable[] = [];
  let ops = 0;
  for (const item of items) {
    const n = item.action === 'replace' ? 2 : 1;
    if (chunk.length > 0 && ops + n > size) {
      chunks.push(chunk);
      chunk = [];
      ops = 0;
    }
    chunk.push(item);
    ops += n;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * A replace's outcome from its two halves. The file records the new post
 * whenever it exists (so it is never created twice); an old post that is
 * still there is `leftover`, kept claimed for the next run to delete; an old
 * post deleted without a new one leaves the file without an ID, so the next
 * run creates it.
 */
function replaceOutcome(
  item: ReplaceItem,
  post: Post | undefined,
  created: BatchItemOutcome | undefined,
  deleted: BatchItemOutcome | undefined,
): Outcome {
  const gone =
    deleted?.ok === true ||
    (deleted?.ok === false && (deleted.error.type === 'NotFoundError' || /not found/i.test(deleted.error.message)));
  const deleteProblem = problemOf(deleted, 'no result');
  const createProblem = problemOf(created, 'not in Buffer');
  const errorType = created?.ok === false ? created.error.type : deleted?.ok === false ? deleted.error.type : undefined;
  if (post && gone) return { item, status: 'replaced', post, message: `replaced post ${item.postId}: ${item.why}` };
  if (post) {
    return {
      item,
      status: 'failed',
      post,
      leftover: item.postId,
      errorType,
      message: `created the new post ${post.id}, but the old post ${item.postId} could not be deleted (${deleteProblem}); the next run deletes it`,
    };
  }
  if (gone) {
    return {
      item,
      status: 'failed',
      errorType,
      oldDeleted: true,
      message: `deleted the old post ${item.postId}, but creating the new one failed (${createProblem}); the next run creates it`,
    };
  }
  return {
    item,
    status: 'failed',
    errorType,
    message: `not replaced: creating the new post failed (${createProblem}) and the old post ${item.postId} was kept`,
  };
}

/** What went wrong with one half of a replace, in words; `none` when Buffer said nothing against it. */
function problemOf(result: BatchItemOutcome | undefined, none: string): string {
  if (result?.ok === false) return result.error.message;
  return result?.ok === 'unknown' ? `outcome unknown (${result.reason})` : none;
}

/** A replace whose create answer was lost: look for the new post before saying what happened. */
async function resolveUnknownReplaces(
  client: BufferClient,
  replaces: { item: ReplaceItem; deleted: BatchItemOutcome | undefined }[],
  outcomes: Map<PlanItem, Outcome>,
  opts: ApplyOptions,
  startedAt: Date,
): Promise<void> {
  if (replaces.length === 0) return;
  const asCreates = new Map<CreateItem, (typeof replaces)[number]>();
  for (const r of replaces) asCreates.set({ ...r.item, action: 'create' } as CreateItem, r);
  const lost: AttemptWindow = { start: new Date(startedAt.getTime() - LOST_ANSWER_SLACK_MS), sentAllowed: true };
  const taken = new Set([...adoptedIds(outcomes), ...replaces.map((r) => r.item.postId)]);
  const found = await findAlreadyCreated(client, [...asCreates.keys()], { ...opts, attemptWindow: () => lost }, taken);
  for (const [create, { item, deleted }] of asCreates) {
    const post = found.get(create);
    outcomes.set(item, replaceOutcome(item, post, { ok: 'unknown', reason: 'Buffer did not answer' }, deleted));
  }
}

function toOutcome(item: Exclude<Mutable, ReplaceItem>, result: Exclude<BatchItemOutcome, { ok: 'unknown' }>): Outcome {
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
    const wait =
      item.action === 'create-idea' ? 'the idea waits until Buffer has room' : 'queued posts wait for a free slot';
    return { item, status: 'pending', errorType: type, message: `${message} (${wait}; the next sync retries)` };
  }
  return { item, status: 'failed', errorType: type, message };
}
