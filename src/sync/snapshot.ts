/**
 * What Buffer holds for a sync, in as few requests as possible (issue 5:
 * status for M tracked posts costs at most 2 + ceil(M / 25) requests).
 *
 * 1. The account (the organization to read), unless `organization-id` is set.
 * 2. One document: the channels, every post still waiting in Buffer, and the
 *    posts sent or failed since the earliest tracked post that was waiting at
 *    the last sync. Listing costs one request per 100 posts, and a post that
 *    was deleted in Buffer cannot null a list (it nulls a whole answer of
 *    aliased `post` lookups, because `post` is non-null in the schema).
 * 3. Aliased `post` lookups (25 a request) only for tracked posts neither list
 *    showed: deleted ones, and ones outside the window.
 *
 * Posts the files record as sent are final in Buffer and not asked again.
 *
 * With metrics on (issue 15) the `recent` list also carries each sent post's
 * numbers, starts at most METRICS_WINDOW_DAYS back, newest first, and reads
 * further pages only while the run stays within the same budget; tracked posts
 * sent in the window but not reached keep their last numbers.
 */
import type { BufferClient } from '../buffer/client.js';
import {
  buildSyncSnapshotQuery,
  DEFAULT_BATCH_SIZE,
  POSTS_QUERY,
  POSTS_WITH_METRICS_QUERY,
  syncSnapshotOperation,
} from '../buffer/documents.js';
import { toAccount, toChannel, toPostsPage } from '../buffer/mappers.js';
import type { Channel, Organization, Post } from '../buffer/types.js';
import { chooseOrganization } from '../channels/resolve.js';
import { DELETED_STATUS, FINAL_STATUSES, WAITING_STATUSES, type TrackedRef } from './tracked.js';
import { DAY_MS } from '../time/days.js';

/** Posts per page of a list: one request reads four times what aliased lookups read. */
export const SNAPSHOT_PAGE_SIZE = 100;
/** Aliased `post` lookups per request: client.postsByIds' default. */
const LOOKUPS_PER_REQUEST = DEFAULT_BATCH_SIZE;

/** Issue 5's budget for the status of M tracked posts: the account, one snapshot, ⌈M/25⌉ lookups. */
export function statusRequestBudget(tracked: number): number {
  return 2 + Math.ceil(tracked / LOOKUPS_PER_REQUEST);
}
/** Clock skew between the recorded due time and Buffer's sending. */
const WINDOW_SLACK_MS = DAY_MS;

export interface BufferSnapshot {
  organization: Organization;
  channels: Channel[];
  /** Buffer's state of each tracked post asked about; null when Buffer no longer has it. Final posts are absent. */
  remote: Map<string, Post | null>;
  /** Every post of the organization still waiting in Buffer (drafts, scheduled, being sent). */
  pending: Post[];
  /** How the tracked posts were resolved, for the report. */
  resolved: { fromLists: number; fromLookups: number; skippedFinal: number };
  /**
   * With metrics on: every tracked post (final ones too) the `recent` list
   * showed, as read with its numbers. Undefined with metrics off.
   */
  withMetrics?: Map<string, Post>;
}

export async function readSnapshot(
  client: BufferClient,
  opts: {
    organizationId?: string;
    tracked: TrackedRef[];
    pageSize?: number;
    /** Metrics on: the start of the metrics window (ISO); the `recent` list reaches back to it. */
    metricsSince?: string;
  },
): Promise<BufferSnapshot> {
  const first = opts.pageSize ?? SNAPSHOT_PAGE_SIZE;
  const startCount = client.requestCount;
  const wanted = new Map<string, TrackedRef>();
  let skippedFinal = 0;
  for (const t of opts.tracked) {
    if (t.entry.status && FINAL_STATUSES.has(t.entry.status)) skippedFinal++;
    else wanted.set(t.entry.id, t);
  }
  const statusSince = windowStart([...wanted.values()]);
  // Metrics need the list only when some tracked post may have been sent in the window.
  const metrics = opts.metricsSince !== undefined && opts.tracked.some((t) => mayHaveMetrics(t, opts.metricsSince!));
  const since = metrics ? earlier(statusSince, opts.metricsSince!) : statusSince;

  let organization: Organization | undefined;
  if (!opts.organizationId) organization = chooseOrganization(await client.account(), undefined);
  const organizationId = opts.organizationId ?? organization!.id;
  const pendingInput = { organizationId, filter: { status: [...WAITING_STATUSES] } };
  const recentInput = since
    ? {
        organizationId,
        filter: { status: ['sent', 'error'], startDate: since },
        // Newest first with metrics on: the posts that just changed status come before the older ones the window adds.
        ...(metrics ? { sort: [{ field: 'dueAt', direction: 'desc' }] } : {}),
      }
    : undefined;

  const query = buildSyncSnapshotQuery({ account: !organization, recent: Boolean(recentInput), metrics });
  const variables: Record<string, unknown> = { channels: { organizationId }, pending: pendingInput, first };
  if (recentInput) variables.recent = recentInput;
  const data = await client.read(
    syncSnapshotOperation(metrics && Boolean(recentInput)),
    query,
    variables,
    2 + (organization ? 0 : 1) + (recentInput ? 1 : 0),
  );
  if (!organization) organization = chooseOrganization(toAccount(data.account), organizationId);
  const channels = (Array.isArray(data.channels) ? data.channels : []).map(toChannel);

  const pendingPage = toPostsPage(data.pending);
  const pending = [...pendingPage.posts];
  // Every waiting post is read: the ones no file tracks are reported.
  for (let page = pendingPage; page.hasNextPage && page.endCursor;) {
    const next = await client.read('Posts', POSTS_QUERY, { input: pendingInput, first, after: page.endCursor }, 1);
    page = toPostsPage(next.posts);
    pending.push(...page.posts);
  }

  const remote = new Map<string, Post | null>();
  const recentPage = recentInput ? toPostsPage(data.recent) : undefined;
  for (const post of [...(recentPage?.posts ?? []), ...pending]) {
    if (wanted.has(post.id)) remote.set(post.id, post);
  }

  let withMetrics: Map<string, Post> | undefined;
  if (metrics && recentPage && recentInput) {
    const trackedIds = new Set(opts.tracked.map((t) => t.entry.id));
    withMetrics = new Map();
    const keep = (posts: Post[]) => {
      for (const post of posts) {
        if (!trackedIds.has(post.id)) continue;
        withMetrics!.set(post.id, post);
        if (wanted.has(post.id)) remote.set(post.id, post);
      }
    };
    keep(recentPage.posts);
    // Further pages only while the lookups still to come fit the same budget as today.
    const budget = statusRequestBudget(opts.tracked.length);
    // A tracked post still to find: sent in the window as far as the files and lists tell.
    const unseen = () =>
      opts.tracked.some((t) => {
        if (withMetrics!.has(t.entry.id) || !mayHaveMetrics(t, opts.metricsSince!)) return false;
        const read = remote.get(t.entry.id);
        return t.entry.status === 'sent' || read === undefined || read?.status === 'sent';
      });
    for (let page = recentPage; page.hasNextPage && page.endCursor && unseen();) {
      const lookups = Math.ceil([...wanted.keys()].filter((id) => !remote.has(id)).length / LOOKUPS_PER_REQUEST);
      if (client.requestCount - startCount + 1 + lookups > budget) break;
      const next = await client.read(
        'PostsWithMetrics',
        POSTS_WITH_METRICS_QUERY,
        { input: recentInput, first, after: page.endCursor },
        1,
      );
      page = toPostsPage(next.posts);
      keep(page.posts);
    }
  }
  const fromLists = remote.size;
  const leftover = [...wanted.keys()].filter((id) => !remote.has(id)).sort();
  if (leftover.length > 0) {
    for (const [id, post] of await client.postsByIds(leftover)) remote.set(id, post);
  }
  return {
    organization,
    channels,
    remote,
    pending,
    resolved: { fromLists, fromLookups: leftover.length, skippedFinal },
    ...(withMetrics ? { withMetrics } : {}),
  };
}

/**
 * Whether Buffer may have numbers for this post in the metrics window: not
 * recorded as deleted, and not recorded as sent before the window opened.
 */
function mayHaveMetrics(t: TrackedRef, since: string): boolean {
  if (t.entry.status === DELETED_STATUS) return false;
  if (t.entry.status !== 'sent') return true;
  const sentAt = typeof t.entry.sentAt === 'string' ? Date.parse(t.entry.sentAt) : Number.NaN;
  return !Number.isFinite(sentAt) || sentAt >= Date.parse(since);
}

function earlier(a: string | undefined, b: string): string {
  return a === undefined || Date.parse(b) < Date.parse(a) ? b : a;
}

/**
 * Where the `recent` list starts: the earliest due time of a tracked post the
 * files last saw waiting to be sent, less a day of slack. Undefined when no
 * such post has a due time (then there is nothing to list).
 */
function windowStart(tracked: TrackedRef[]): string | undefined {
  let earliest = Number.POSITIVE_INFINITY;
  for (const t of tracked) {
    if (t.entry.status === 'draft' || t.entry.status === 'error') continue;
    const due = typeof t.entry.dueAt === 'string' ? Date.parse(t.entry.dueAt) : Number.NaN;
    if (Number.isFinite(due)) earliest = Math.min(earliest, due);
  }
  return Number.isFinite(earliest) ? new Date(earliest - WINDOW_SLACK_MS).toISOString() : undefined;
}
