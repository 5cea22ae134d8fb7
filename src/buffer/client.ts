/**
 * Typed client for Buffer's GraphQL API: one method per operation this
 * product needs, every document from documents.ts, arguments only as
 * variables. Each HTTP request goes through the retry policy of retry.ts for
 * its kind of operation, and its rate-limit headers update `rateLimit`.
 */
import { BatchRunner, type BatchItemOutcome, type BatchOperation } from './batch.js';
import {
  ACCOUNT_AND_CHANNELS_QUERY,
  ACCOUNT_QUERY,
  CHANNELS_QUERY,
  CHANNEL_QUERY,
  CREATE_IDEA_MUTATION,
  CREATE_POST_MUTATION,
  DAILY_POSTING_LIMITS_QUERY,
  DEFAULT_BATCH_SIZE,
  DELETE_POST_MUTATION,
  EDIT_POST_MUTATION,
  IDEAS_QUERY,
  POSTS_QUERY,
  POSTS_WITH_METRICS_QUERY,
  POST_QUERY,
  buildConnectDocument,
  buildPostsByIdsQuery,
  type BuiltDocument,
  type MutationKind,
} from './documents.js';
import { BufferApiError, BufferNotFoundError, BufferRateLimitError } from './errors.js';
import { toAccount, toChannel, toIdea, toPost } from './mappers.js';
import { isNotFoundError, mapPayload, type MutationResult } from './payload.js';
import { parseRateLimitHeaders, type RateLimitStatus } from './rate-limit.js';
import { errorFromGraphQL, interpretHttpResult, requireField, type GraphQLBody } from './response.js';
import { DEFAULT_TRANSPORT_DELAYS_MS, withRetry, type RetrySafety } from './retry.js';
import {
  DEFAULT_TIMEOUT_MS,
  assertUsableApiKey,
  postGraphQL,
  resolveGraphQLEndpoint,
  type TransportOptions,
} from './transport.js';
import type {
  Account,
  Channel,
  CreateIdeaInput,
  CreatePostInput,
  DailyPostingLimitStatus,
  EditPostInput,
  Idea,
  Post,
} from './types.js';

export type { BatchItemOutcome, BatchOperation } from './batch.js';
export type { BufferMutationError, MutationResult } from './payload.js';
export type { RateLimitStatus, RateLimitWindowStatus } from './rate-limit.js';

export interface BufferClientOptions {
  apiKey: string;
  /** Default https://api.buffer.com; requests go to `<apiUrl>/graphql`. */
  apiUrl?: string;
  /** Injected in tests so nothing really sleeps. An aborted `signal` ends a real sleep at once. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Bound on a single Retry-After wait (default 5 min); past it BufferRateLimitError is thrown. */
  maxWaitMs?: number;
  /** Default 30 s; 0 disables. */
  timeoutMs?: number;
  /** Called before every HTTP request (request counting, logging). Never receives the key. */
  onRequest?: (info: { operation: string; rootFields: number }) => void;
  /** Clock for HTTP-date Retry-After and legacy reset headers (tests). */
  now?: () => number;
  /** Backoff before each transport retry of a retry-safe request (default 500 ms, 2 s). */
  transportRetryDelaysMs?: readonly number[];
}

export interface PostsQuery {
  organizationId: string;
  filter?: {
    channelIds?: string[];
    dueAt?: { start?: string; end?: string };
    dueAtPresence?: 'present' | 'absent';
    startDate?: string;
    endDate?: string;
    status?: Post['status'][];
    tagIds?: string[];
    tags?: { in: string[]; isEmpty?: boolean };
    createdAt?: { start?: string; end?: string };
  };
  sort?: { field: 'dueAt' | 'createdAt'; direction: 'asc' | 'desc' }[];
}

export const DEFAULT_MAX_WAIT_MS = 5 * 60_000;
export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_MAX_PAGES = 100;

const SAFETY: Record<MutationKind, RetrySafety> = {
  createPost: 'unsafe',
  createIdea: 'unsafe',
  editPost: 'idempotent',
  deletePost: 'idempotent',
};

const realSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  process.getBuiltinModule('node:timers/promises').setTimeout(ms, undefined, { signal });

export class BufferClient {
  private readonly transport: TransportOptions;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly maxWaitMs: number;
  private readonly now: () => number;
  private readonly transportDelays: readonly number[];
  private readonly onRequest: BufferClientOptions['onRequest'];
  private sent = 0;
  private latestRateLimit: RateLimitStatus | undefined;
  /** When `latestRateLimit` arrived (client clock): its reset times count from then. */
  private latestRateLimitAt = 0;
  private latestServerTime: Date | undefined;
  /** An account read started ahead of need (readAccountAhead); `claimed` once account() took its answer. */
  private accountAhead: { answer: Promise<Account>; claimed: boolean; controller: AbortController } | undefined;

  constructor(opts: BufferClientOptions) {
    // Fail at construction, before anything is sent, when the key is unusable.
    assertUsableApiKey(opts.apiKey);
    this.transport = {
      apiKey: opts.apiKey,
      endpoint: resolveGraphQLEndpoint(opts.apiUrl),
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    this.sleep = opts.sleep ?? realSleep;
    this.maxWaitMs = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.now = opts.now ?? Date.now;
    this.transportDelays = opts.transportRetryDelaysMs ?? DEFAULT_TRANSPORT_DELAYS_MS;
    this.onRequest = opts.onRequest;
  }

  /** HTTP requests sent so far (retries included): what Buffer's rate limits count. */
  get requestCount(): number {
    return this.sent;
  }

  /** Budget from the latest response that carried rate-limit headers. */
  get rateLimit(): RateLimitStatus | undefined {
    return this.latestRateLimit;
  }

  /**
   * Buffer's clock at its latest answer (the HTTP Date header), or undefined
   * before one. Windows such as "the last 30 days" end at the later of this and
   * the machine's clock, so a runner whose clock lags Buffer's (or a sandbox
   * whose clock was moved ahead) still sees the posts Buffer just sent.
   */
  get serverTime(): Date | undefined {
    return this.latestServerTime;
  }

  /** The endpoint requests go to (for logs; holds no secret). */
  get endpoint(): string {
    return this.transport.endpoint;
  }

  // ---- queries ------------------------------------------------------------

  async account(): Promise<Account> {
    const ahead = this.accountAhead;
    if (ahead && !ahead.claimed) {
      // The answer of the read sent ahead, or its error, exactly as a read sent now would give it.
      ahead.claimed = true;
      return ahead.answer;
    }
    return this.readAccount();
  }

  /**
   * Sends the account read now, for a caller that will most likely need it
   * soon (the action on a push, while git fetches); the next account()
   * returns this answer instead of asking again. It counts as any request, and
   * its failure is held for account() to throw. abandonReadAhead() ends it
   * when nobody took it.
   */
  readAccountAhead(): void {
    if (this.accountAhead) return;
    const controller = new AbortController();
    const answer = this.readAccount(controller.signal);
    answer.catch(() => undefined);
    this.accountAhead = { answer, claimed: false, controller };
  }

  /**
   * The run is over without account() taking the read sent ahead: its request
   * (it counts as sent) and any wait between its attempts (a Retry-After, a
   * transport retry's backoff) end at once, so the process does not wait for
   * Buffer's answer or the request's timeout, and no error comes of it.
   */
  abandonReadAhead(): void {
    if (this.accountAhead && !this.accountAhead.claimed) this.accountAhead.controller.abort();
  }

  private async readAccount(signal?: AbortSignal): Promise<Account> {
    const body = await this.execute('Account', ACCOUNT_QUERY, {}, 'read', 1, undefined, signal);
    return toAccount(requireField(body, 'account'));
  }

  async channels(organizationId: string): Promise<Channel[]> {
    const body = await this.execute('Channels', CHANNELS_QUERY, { input: { organizationId } }, 'read', 1);
    return (requireField(body, 'channels') as unknown[]).map(toChannel);
  }

  /** Account and channels in one request (two root fields, one unit of budget). */
  async accountAndChannels(organizationId: string): Promise<{ account: Account; channels: Channel[] }> {
    const body = await this.execute(
      'AccountAndChannels',
      ACCOUNT_AND_CHANNELS_QUERY,
      { input: { organizationId } },
      'read',
      2,
    );
    return {
      account: toAccount(requireField(body, 'account')),
      channels: (requireField(body, 'channels') as unknown[]).map(toChannel),
    };
  }

  /**
   * Channels plus the posts created since `createdSince` (first page of 100),
   * and the account when asked: one request. `recentComplete` is false when
   * more pages exist; the caller then queries them itself.
   */
  async connect(
    organizationId: string,
    createdSince: string,
    withAccount: boolean,
  ): Promise<{ account?: Account; channels: Channel[]; recentPosts: Post[]; recentComplete: boolean }> {
    const query = buildConnectDocument(withAccount);
    const variables = {
      input: { organizationId },
      recent: {
        organizationId,
        filter: { createdAt: { start: createdSince } },
        sort: [{ field: 'createdAt', direction: 'asc' }],
      },
      first: 100,
    };
    const body = await this.execute(
      withAccount ? 'ConnectWithAccount' : 'Connect',
      query,
      variables,
      'read',
      withAccount ? 3 : 2,
    );
    const recent = requireField(body, 'recent') as {
      edges?: { node?: unknown }[] | null;
      pageInfo?: { hasNextPage?: boolean };
    };
    return {
      account: withAccount ? toAccount(requireField(body, 'account')) : undefined,
      channels: (requireField(body, 'channels') as unknown[]).map(toChannel),
      recentPosts: (recent.edges ?? []).flatMap((e) => (e?.node ? [toPost(e.node)] : [])),
      recentComplete: recent.pageInfo?.hasNextPage !== true,
    };
  }

  /** Throws BufferNotFoundError for an unknown id. */
  async channel(id: string): Promise<Channel> {
    const body = await this.execute('Channel', CHANNEL_QUERY, { input: { id } }, 'read', 1);
    return toChannel(requireField(body, 'channel'));
  }

  /** null when Buffer says NOT_FOUND (deleted in Buffer, or never existed). */
  async post(id: string): Promise<Post | null> {
    const body = await this.execute('Post', POST_QUERY, { input: { id } }, 'read', 1);
    try {
      return toPost(requireField(body, 'post'));
    } catch (error) {
      if (error instanceof BufferNotFoundError) return null;
      throw error;
    }
  }

  /**
   * Many posts by id with aliased `post` lookups, ≤ maxAliases per request.
   * Unknown ids map to null. `post` is non-null in the schema, so one unknown
   * id can null the whole `data`; the errors' paths name it, and the rest is
   * asked again.
   */
  async postsByIds(ids: string[], opts: { maxAliases?: number } = {}): Promise<Map<string, Post | null>> {
    const result = new Map<string, Post | null>();
    const unique = [...new Set(ids)];
    const size = Math.max(1, Math.min(opts.maxAliases ?? DEFAULT_BATCH_SIZE, 30));
    for (let start = 0; start < unique.length; start += size) {
      let pending = unique.slice(start, start + size);
      while (pending.length > 0) {
        const built = buildPostsByIdsQuery(pending);
        const body = await this.execute('PostsByIds', built.query, built.variables, 'read', pending.length);
        const notFound = new Set<string>();
        const otherErrors = [];
        for (const e of body.errors) {
          const i = built.aliases.indexOf(String(e.path?.[0]));
          if (e.extensions?.code === 'NOT_FOUND' && i >= 0) notFound.add(pending[i]!);
          else otherErrors.push(e);
        }
        if (otherErrors.length > 0) throw errorFromGraphQL({ data: body.data, errors: otherErrors });
        const next: string[] = [];
        pending.forEach((id, i) => {
          const wire = body.data?.[built.aliases[i]!];
          if (notFound.has(id)) result.set(id, null);
          else if (wire) result.set(id, toPost(wire));
          else next.push(id); // lost to null propagation: ask again
        });
        if (next.length === pending.length) {
          throw new BufferApiError('Buffer answered the post lookup without data or a reason', 'NO_DATA');
        }
        pending = next;
      }
    }
    return result;
  }

  /**
   * Every page of `posts` (follows pageInfo.hasNextPage), up to maxPages;
   * `withMetrics` also selects each post's numbers (PostsWithMetrics).
   */
  async posts(
    input: PostsQuery,
    opts: { pageSize?: number; maxPages?: number; withMetrics?: boolean } = {},
  ): Promise<Post[]> {
    const first = opts.pageSize ?? DEFAULT_PAGE_SIZE;
    const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    const [operation, query] = opts.withMetrics
      ? ['PostsWithMetrics', POSTS_WITH_METRICS_QUERY]
      : ['Posts', POSTS_QUERY];
    const posts: Post[] = [];
    let after: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= maxPages) {
        throw new BufferApiError(`posts: more than ${maxPages} pages of ${first}; narrow the filter`, 'TOO_MANY_PAGES');
      }
      // An omitted cursor is left out of variables, as the official CLI does.
      const variables: Record<string, unknown> = { input, first };
      if (after !== undefined) variables.after = after;
      const body = await this.execute(operation, query, variables, 'read', 1);
      const results = requireField(body, 'posts') as {
        edges?: { node?: unknown }[] | null;
        pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
      };
      for (const edge of results.edges ?? []) if (edge?.node) posts.push(toPost(edge.node));
      const next = results.pageInfo?.endCursor ?? undefined;
      if (!results.pageInfo?.hasNextPage || !next || next === after) break;
      after = next;
    }
    return posts;
  }

  /**
   * Every idea of the organization (all pages, oldest first), up to maxPages.
   * Buffer cannot filter ideas by creation time, so the exactly-once check
   * for ideas reads the board and filters here.
   */
  async ideas(organizationId: string, opts: { pageSize?: number; maxPages?: number } = {}): Promise<Idea[]> {
    const first = opts.pageSize ?? 100;
    const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    const ideas: Idea[] = [];
    let after: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= maxPages)
        throw new BufferApiError(`ideas: more than ${maxPages} pages of ${first}`, 'TOO_MANY_PAGES');
      const variables: Record<string, unknown> = { input: { organizationId }, first };
      if (after !== undefined) variables.after = after;
      const body = await this.execute('Ideas', IDEAS_QUERY, variables, 'read', 1);
      const results = requireField(body, 'ideas') as {
        edges?: { node?: unknown }[] | null;
        pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
      };
      for (const edge of results.edges ?? []) if (edge?.node) ideas.push(toIdea(edge.node));
      const next = results.pageInfo?.endCursor ?? undefined;
      if (!results.pageInfo?.hasNextPage || !next || next === after) break;
      after = next;
    }
    return ideas;
  }

  async dailyPostingLimits(channelIds: string[], date?: string): Promise<DailyPostingLimitStatus[]> {
    const input: Record<string, unknown> = { channelIds };
    if (date !== undefined) input.date = date;
    const body = await this.execute('DailyPostingLimits', DAILY_POSTING_LIMITS_QUERY, { input }, 'read', 1);
    return (requireField(body, 'dailyPostingLimits') as DailyPostingLimitStatus[]).map((s) => ({
      channelId: s.channelId,
      sent: s.sent,
      scheduled: s.scheduled,
      limit: s.limit ?? null,
      isAtLimit: s.isAtLimit,
    }));
  }

  /**
   * A read document of documents.ts that combines root fields (sync's
   * snapshot, import's page of posts): the answer's `data`, or the error
   * Buffer gave. Callers map the fields with mappers.ts.
   */
  async read(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    rootFields: number,
  ): Promise<Record<string, unknown>> {
    const body = await this.execute(operation, query, variables, 'read', rootFields);
    if (body.errors.length > 0) throw errorFromGraphQL(body);
    if (!body.data) throw new BufferApiError(`Buffer answered ${operation} without data`, 'NO_DATA');
    return body.data;
  }

  // ---- mutations ----------------------------------------------------------

  /**
   * Never retried after a lost answer (Buffer has no idempotency key): that
   * throws BufferTransportError with `mayHaveExecuted`, and the caller checks.
   */
  createPost(input: CreatePostInput): Promise<MutationResult<Post>> {
    return this.mutateOne('createPost', 'CreatePost', CREATE_POST_MUTATION, input) as Promise<MutationResult<Post>>;
  }

  editPost(input: EditPostInput): Promise<MutationResult<Post>> {
    return this.mutateOne('editPost', 'EditPost', EDIT_POST_MUTATION, input) as Promise<MutationResult<Post>>;
  }

  /** Retried after a lost answer; a retry that finds nothing counts as deleted. */
  deletePost(id: string): Promise<MutationResult<{ id: string }>> {
    return this.mutateOne('deletePost', 'DeletePost', DELETE_POST_MUTATION, { id }) as Promise<
      MutationResult<{ id: string }>
    >;
  }

  createIdea(input: CreateIdeaInput): Promise<MutationResult<Idea>> {
    return this.mutateOne('createIdea', 'CreateIdea', CREATE_IDEA_MUTATION, input) as Promise<MutationResult<Idea>>;
  }

  /** Aliased mutations, ≤ maxBatch (default 25, never > 30) per request; see batch.ts. */
  mutateBatch(ops: BatchOperation[], opts: { maxBatch?: number } = {}): Promise<BatchItemOutcome[]> {
    const send = (built: BuiltDocument, safety: RetrySafety) =>
      this.execute(`Batch${built.aliases.length}`, built.query, built.variables, safety, built.aliases.length);
    return new BatchRunner(ops, send).run(opts.maxBatch);
  }

  private async mutateOne(
    kind: MutationKind,
    operation: string,
    query: string,
    input: unknown,
  ): Promise<MutationResult<Post | { id: string } | Idea>> {
    const attempts = { count: 0 };
    const body = await this.execute(operation, query, { input }, SAFETY[kind], 1, attempts);
    const retried = attempts.count > 1;
    if (body.errors.length > 0) {
      const error = errorFromGraphQL(body);
      if (!(error instanceof BufferNotFoundError)) throw error;
      if (kind === 'deletePost' && retried) return { ok: true, value: input as { id: string } };
      return { ok: false, error: { type: 'NotFoundError', message: error.message } };
    }
    const result = mapPayload(kind, body.data?.[kind]);
    if (kind === 'deletePost' && retried && !result.ok && isNotFoundError(result.error)) {
      return { ok: true, value: { id: (input as { id: string }).id } };
    }
    return result;
  }

  /** One logical request: retried per `safety`, counted, rate-limit headers recorded. */
  /**
   * Never spend past Buffer's budget: when the latest answer said a window
   * has no request left, a request now would only be refused (and, on
   * Buffer, still count). Wait until the window frees if that fits
   * `maxWaitMs`; otherwise stop before sending, with the time it frees.
   */
  private async waitForBudget(sleep: (ms: number) => Promise<void>): Promise<void> {
    const status = this.latestRateLimit;
    if (!status) return;
    const elapsed = (this.now() - this.latestRateLimitAt) / 1000;
    let seconds = 0;
    let window: string | undefined;
    for (const w of status.windows) {
      if (w.remaining !== 0 || w.resetSeconds === undefined) continue;
      const left = Math.ceil(w.resetSeconds - elapsed);
      if (left > seconds) {
        seconds = left;
        window = w.window;
      }
    }
    if (seconds <= 0) return;
    if (seconds * 1000 > this.maxWaitMs) {
      throw new BufferRateLimitError(
        window,
        seconds,
        ' Nothing more was sent: the budget is spent and the wait is longer than `max-wait`.',
      );
    }
    await sleep(seconds * 1000);
    // The next answer's headers say where the budget stands now.
    this.latestRateLimit = undefined;
  }

  private execute(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    safety: RetrySafety,
    rootFields: number,
    attempts?: { count: number },
    /** A read sent ahead: aborting it ends its request and its waits, and no further attempt is made. */
    signal?: AbortSignal,
  ): Promise<GraphQLBody> {
    const sleep = (ms: number) => this.sleep(ms, signal);
    return withRetry(
      async () => {
        signal?.throwIfAborted();
        await this.waitForBudget(sleep);
        signal?.throwIfAborted();
        if (attempts) attempts.count++;
        this.sent++;
        this.onRequest?.({ operation, rootFields });
        const result = await postGraphQL(this.transport, query, variables, signal);
        const date = Date.parse(result.headers.date ?? '');
        if (Number.isFinite(date)) this.latestServerTime = new Date(date);
        const status = parseRateLimitHeaders(result.headers, this.now());
        if (status) {
          this.latestRateLimit = status;
          this.latestRateLimitAt = this.now();
        }
        return interpretHttpResult(result, this.now());
      },
      { safety, sleep, maxWaitMs: this.maxWaitMs, transportDelaysMs: this.transportDelays },
    );
  }
}
