/**
 * The sandbox's GraphQL gateway, independent of HTTP: authentication first (as
 * Buffer's gateway does), then the rate-limit windows, then parsing, query
 * limits, validation and execution with graphql-js against the SDL in
 * schema.ts. Also owns the sandbox's state for the control endpoints.
 */
import { writeFileSync, renameSync } from 'node:fs';
import {
  execute,
  getNamedType,
  getOperationAST,
  GraphQLError,
  GraphQLUnionType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { SandboxClock } from './clock.js';
import { codedError, typedError, type MutationErrorType } from './errors.js';
import { FaultPlan, type FaultConfig } from './faults.js';
import { aggregatedPostMetrics, type AggregatedPostMetricsInput } from './metrics.js';
import { ideaGroups } from './idea-groups.js';
import * as ops from './operations.js';
import { movePostInQueue } from './queue-move.js';
import * as templates from './templates.js';
import { checkQueryLimits, QUERY_LIMITS, tokenLimitError } from './query-limits.js';
import { FREE_PLAN_RATE_LIMITS, RateLimiter, type RateLimits } from './rate-limiter.js';
import { buildSandboxSchema, ROOT_FIELDS } from './schema.js';
import { recordSchemaViolation, type SchemaViolation } from './violations.js';
import type { SandboxSeed } from './seed.js';
import { SandboxStore, type PersistedState, type StoreSnapshot } from './store.js';

export interface SandboxStats {
  /** GraphQL HTTP requests received (including 401s and 429s). */
  requests: number;
  /** Per known API key; unknown keys are counted under `unknown` so secrets never appear here. */
  byApiKey: Record<string, number>;
  /** Root-field invocations requested by executed documents, aliases counted individually. */
  byRootField: Record<string, number>;
  /** Executed documents by operation name (`anonymous` when unnamed). */
  byOperation: Record<string, number>;
  rateLimited: number;
  unauthenticated: number;
}

export interface SandboxStateSnapshot extends StoreSnapshot {
  now: string;
  stats: SandboxStats;
}

export type GatewayResult =
  | { kind: 'response'; status: number; headers: Record<string, string | string[]>; body: unknown }
  /** Destroy the connection without answering (drop faults). */
  | { kind: 'drop' };

export interface EngineOptions {
  seed: SandboxSeed;
  clock: SandboxClock;
  rateLimits: RateLimits | false;
  latencyMs: number;
  statePath?: string;
  /** Every Nth createIdea answers IdeaResponse (0 = never); the faults control can override it. */
  ideaResponseEvery?: number;
  /** Loaded from `statePath` when the file existed. */
  persisted?: PersistedState;
}

interface RequestContext {
  op: ops.OperationContext;
  faults: FaultPlan;
  /** Set by a fault: the rest of the document must not run. */
  aborted: null | 'drop' | 'http-500';
  /** Counts this createIdea and says whether it answers IdeaResponse (faults.ts `ideaResponseEvery`). */
  ideaResponseDue: () => boolean;
}

class AbortExecution extends Error {}

const MUTATION_UNION_WITH_LIMIT = new Set(['createPost', 'editPost', 'createIdea']);

function emptyStats(): SandboxStats {
  return { requests: 0, byApiKey: {}, byRootField: {}, byOperation: {}, rateLimited: 0, unauthenticated: 0 };
}

const UNAUTHENTICATED_MISSING = {
  errors: [{ message: 'An authentication JWT or Access Token is required', extensions: { code: 'UNAUTHENTICATED' } }],
};
const UNAUTHENTICATED_INVALID = {
  errors: [{ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } }],
};

export class SandboxEngine {
  readonly store: SandboxStore;
  readonly clock: SandboxClock;
  private readonly schema: GraphQLSchema = buildSandboxSchema();
  private limiter: RateLimiter | null;
  private faults = new FaultPlan();
  private stats = emptyStats();
  private ideasCreated = 0;
  private readonly rootValue: Record<string, unknown>;

  constructor(private readonly opts: EngineOptions) {
    this.clock = opts.clock;
    this.store = new SandboxStore(opts.seed, this.clock.nowIso());
    if (opts.persisted) {
      this.clock.set(opts.persisted.now);
      this.store.load(opts.persisted.seed, opts.persisted.now, opts.persisted.nextId);
    }
    this.limiter = opts.rateLimits === false ? null : new RateLimiter(opts.rateLimits);
    this.rootValue = this.buildRootValue();
  }

  // ------------------------------------------------------------ control

  state(): SandboxStateSnapshot {
    this.store.publishDue(this.clock.nowMs());
    return { now: this.clock.nowIso(), ...this.store.snapshot(this.clock.nowMs()), stats: structuredClone(this.stats) };
  }

  reset(seed: SandboxSeed): void {
    this.store.load(seed, this.clock.nowIso());
    this.stats = emptyStats();
    this.faults = new FaultPlan();
    this.ideasCreated = 0;
    this.limiter?.reset();
    this.persist();
  }

  advanceClock(seconds: number): number {
    this.clock.advance(seconds);
    return this.afterClockMove();
  }

  setClock(iso: string): number {
    this.clock.set(iso);
    return this.afterClockMove();
  }

  private afterClockMove(): number {
    const published = this.store.publishDue(this.clock.nowMs());
    this.persist();
    return published;
  }

  setFaults(config: FaultConfig): void {
    this.faults = new FaultPlan(FaultPlan.parse(config, (operation) => this.payloadMembers(operation)));
    this.ideasCreated = 0;
  }

  /** The payload union members of a mutation root field, as the schema (the reference) has them. */
  private payloadMembers(operation: string): readonly string[] | null {
    if (!(ROOT_FIELDS.mutation as readonly string[]).includes(operation)) return null;
    const type = getNamedType(this.schema.getMutationType()?.getFields()[operation]?.type);
    return type instanceof GraphQLUnionType ? type.getTypes().map((t) => t.name) : null;
  }

  private ideaResponseDue(): boolean {
    const every = this.faults.ideaResponseEvery ?? this.opts.ideaResponseEvery ?? 0;
    this.ideasCreated++;
    return every > 0 && this.ideasCreated % every === 0;
  }

  get latencyMs(): number {
    return this.opts.latencyMs + this.faults.latencyMs;
  }

  /** Saves `--state FILE` atomically (write + rename) so a killed sandbox never leaves half a file. */
  persist(): void {
    if (!this.opts.statePath) return;
    const tmp = `${this.opts.statePath}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(this.store.persisted(this.clock.nowIso()), null, 2));
    renameSync(tmp, this.opts.statePath);
  }

  // ------------------------------------------------------------ GraphQL

  async handleGraphQL(authorization: string | undefined, bodyText: string): Promise<GatewayResult> {
    this.stats.requests++;
    const json = (status: number, body: unknown, headers: Record<string, string | string[]> = {}): GatewayResult => ({
      kind: 'response',
      status,
      headers,
      body,
    });

    // 1. Authentication comes before anything else, and a 401 carries no rate-limit headers (facts §1.5).
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) {
      this.stats.unauthenticated++;
      return json(401, UNAUTHENTICATED_MISSING);
    }
    const key = match[1]!;
    const account = this.store.accountForKey(key);
    if (!account) {
      this.stats.unauthenticated++;
      this.stats.byApiKey.unknown = (this.stats.byApiKey.unknown ?? 0) + 1;
      return json(401, UNAUTHENTICATED_INVALID);
    }
    this.stats.byApiKey[key] = (this.stats.byApiKey[key] ?? 0) + 1;
    const nowMs = this.clock.nowMs();
    this.store.publishDue(nowMs);

    // 2. Every authenticated request counts against the key's windows, valid or not.
    let headers: Record<string, string | string[]> = {};
    if (this.limiter) {
      const decision = this.limiter.take(key, nowMs);
      headers = { ...decision.headers };
      if (!decision.allowed) {
        this.stats.rateLimited++;
        return json(429, rateLimitedBody(decision.window), {
          ...headers,
          'Retry-After': String(decision.retryAfterSeconds),
        });
      }
    }
    const ok = (body: unknown): GatewayResult => json(200, body, headers);

    // 3. Body, parse, limits, validation.
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = JSON.parse(bodyText) as typeof body;
    } catch {
      recordSchemaViolation({
        stage: 'request',
        operationName: null,
        messages: ['body is not JSON'],
        query: bodyText.slice(0, 2000),
        variables: undefined,
      });
      return json(
        400,
        {
          errors: [
            {
              message: 'Request body must be JSON: {"query": "...", "variables": {...}}',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        },
        headers,
      );
    }
    // Every refusal from here to execution is also recorded for the test suite (violations.ts).
    const refused = (stage: SchemaViolation['stage'], errors: readonly { message: string }[]): void =>
      recordSchemaViolation({
        stage,
        operationName:
          typeof body?.operationName === 'string'
            ? body.operationName
            : (/^\s*(?:query|mutation)\s+(\w+)/.exec(String(body?.query ?? ''))?.[1] ?? null),
        messages: errors.map((e) => e.message),
        query: String(body?.query ?? ''),
        variables: body?.variables,
      });
    if (!body || typeof body.query !== 'string' || body.query.trim() === '') {
      refused('request', [{ message: 'no query' }]);
      return json(
        400,
        {
          errors: [
            { message: 'GraphQL operations must contain a non-empty `query`.', extensions: { code: 'BAD_REQUEST' } },
          ],
        },
        headers,
      );
    }
    let document: DocumentNode;
    try {
      document = parse(body.query, { maxTokens: QUERY_LIMITS.tokens });
    } catch (e) {
      const err = e as GraphQLError;
      refused('parse', [err]);
      if (/tokens/.test(err.message) && /Parsing aborted/.test(err.message))
        return ok({ errors: [tokenLimitError().toJSON()] });
      return ok({ errors: [withCode(err, 'GRAPHQL_PARSE_FAILED')] });
    }
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      const err = new GraphQLError(
        'Could not determine which operation to run: name it with operationName or send one operation.',
      );
      refused('validation', [err]);
      return ok({ errors: [withCode(err, 'GRAPHQL_VALIDATION_FAILED')] });
    }
    const limitError = checkQueryLimits(document, operation);
    if (limitError) {
      refused('limits', [limitError]);
      return ok({ errors: [limitError.toJSON()] });
    }
    // A bad literal in the document (`channelId: 28`, `dueAt: "next tuesday"`) fails here:
    // validation runs each literal through its scalar's parseLiteral (strict-scalars.ts).
    const validationErrors = validate(this.schema, document);
    if (validationErrors.length > 0) {
      refused('validation', validationErrors);
      return ok({ errors: validationErrors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')) });
    }

    // 4. Faults decided at the gateway, then execution.
    const rootFields = rootFieldNames(document, operation);
    if (this.faults.rateLimitBefore(rootFields)) {
      this.stats.rateLimited++;
      // Retry-After 1: an injected 429 is about the client's handling, and a client
      // that really sleeps must not stall a test suite for 15 minutes.
      return json(429, rateLimitedBody('15m'), { ...headers, 'Retry-After': '1' });
    }
    for (const f of rootFields) this.stats.byRootField[f] = (this.stats.byRootField[f] ?? 0) + 1;
    const opName = operation.name?.value ?? 'anonymous';
    this.stats.byOperation[opName] = (this.stats.byOperation[opName] ?? 0) + 1;

    const ctx: RequestContext = {
      op: { store: this.store, nowMs: () => this.clock.nowMs(), account, changed: () => this.persist() },
      faults: this.faults,
      aborted: null,
      ideaResponseDue: () => this.ideaResponseDue(),
    };
    const result: ExecutionResult = await execute({
      schema: this.schema,
      document,
      rootValue: this.rootValue,
      contextValue: ctx,
      variableValues:
        body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : undefined,
      operationName,
    });
    // No `data` at all: the request failed before execution, i.e. a variable did not coerce.
    if (!('data' in result) && result.errors) refused('variables', result.errors);
    if (ctx.aborted === 'drop') return { kind: 'drop' };
    if (ctx.aborted === 'http-500') {
      return json(
        500,
        { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        headers,
      );
    }
    return ok(formatResult(result));
  }

  /** Root resolvers, each wrapped so faults apply per root-field invocation. */
  private buildRootValue(): Record<string, unknown> {
    type Resolver = (args: Record<string, unknown>, ctx: RequestContext) => unknown;
    const resolvers: Record<string, Resolver> = {
      account: (_a, c) => ops.account(c.op),
      channels: (a, c) => ops.channels(c.op, a.input as Parameters<typeof ops.channels>[1]),
      channel: (a, c) => ops.channel(c.op, a.input as { id: string }),
      ideas: (a, c) => ops.ideas(c.op, a as unknown as Parameters<typeof ops.ideas>[1]),
      post: (a, c) => ops.post(c.op, a.input as { id: string }),
      posts: (a, c) => ops.posts(c.op, a as unknown as Parameters<typeof ops.posts>[1]),
      dailyPostingLimits: (a, c) =>
        ops.dailyPostingLimits(c.op, a.input as Parameters<typeof ops.dailyPostingLimits>[1]),
      createPost: (a, c) => ops.createPost(c.op, a.input as Record<string, unknown>),
      editPost: (a, c) => ops.editPost(c.op, a.input as Record<string, unknown>),
      deletePost: (a, c) => ops.deletePost(c.op, a.input as { id: string }),
      createIdea: (a, c) => ops.createIdea(c.op, a.input as Record<string, unknown>, c.ideaResponseDue()),
      ideaGroups: (a, c) => ideaGroups(c.op, a.input as { organizationId: string }),
      postTemplate: (a, c) => templates.postTemplate(c.op, a.input as { id: string }),
      postTemplates: (a, c) =>
        templates.postTemplates(c.op, a as unknown as Parameters<typeof templates.postTemplates>[1]),
      createPostTemplate: (a, c) => templates.createPostTemplate(c.op, a.input as Record<string, unknown>),
      updatePostTemplate: (a, c) => templates.updatePostTemplate(c.op, a.input as Record<string, unknown>),
      deletePostTemplate: (a, c) => templates.deletePostTemplate(c.op, a.input as { id: string }),
      movePostInQueue: (a, c) => movePostInQueue(c.op, a.input as { id: string; position: 'top' | 'bottom' }),
      aggregatedPostMetrics: (a, c) => aggregatedPostMetrics(c.op, a.input as AggregatedPostMetricsInput),
    };
    const root: Record<string, unknown> = {};
    for (const [name, resolve] of Object.entries(resolvers)) {
      root[name] = (args: Record<string, unknown>, ctx: RequestContext) => {
        if (ctx.aborted) throw new AbortExecution('aborted');
        const fault = ctx.faults.onInvocation(name);
        switch (fault?.kind) {
          case 'drop-before-commit':
            ctx.aborted = 'drop';
            throw new AbortExecution('dropped before commit');
          case 'http-500':
            ctx.aborted = 'http-500';
            throw new AbortExecution('http 500');
          case 'unexpected':
            throw codedError('UNEXPECTED', 'An unexpected error occurred. Please try again later.');
          case 'limit-reached':
            if (MUTATION_UNION_WITH_LIMIT.has(name))
              return typedError('LimitReachedError', 'You have reached a limit of your plan (injected fault).');
            throw new GraphQLError('You have reached a limit of your plan (injected fault).', {
              extensions: { code: 'LIMIT_REACHED' },
            });
          case 'typed-error':
            // FaultPlan.parse admitted only members of this field's payload union.
            return injectedTypedError(fault.member, fault.message);
          case 'drop-after-commit': {
            const value = resolve(args, ctx);
            ctx.aborted = 'drop';
            void value;
            throw new AbortExecution('dropped after commit');
          }
          default:
            return resolve(args, ctx);
        }
      };
    }
    return root;
  }
}

/** Default messages say what Buffer means by each member (buffer-error-codes.yml), marked as injected. */
const INJECTED_MESSAGES: Record<MutationErrorType, string> = {
  InvalidInputError: 'Input validation failed (injected fault).',
  LimitReachedError: 'You have reached a limit of your plan (injected fault).',
  NotFoundError: 'The referenced resource does not exist (injected fault).',
  UnauthorizedError: 'You are not authorized to perform this action (injected fault).',
  UnexpectedError: 'An unexpected error occurred (injected fault).',
  RestProxyError: 'The legacy REST API refused the request (injected fault).',
  VoidMutationError: 'The mutation failed (injected fault).',
};

function injectedTypedError(member: MutationErrorType, message: string | undefined): Record<string, unknown> {
  const error: Record<string, unknown> = typedError(member, message ?? INJECTED_MESSAGES[member]);
  // RestProxyError carries the legacy REST error's code and a help-centre link (reference; buffer-error-codes.yml).
  if (member === 'RestProxyError')
    Object.assign(error, { code: 1000, link: 'https://buffer.com/developers/api/errors' });
  return error;
}

function rateLimitedBody(window: string): unknown {
  return {
    errors: [
      {
        message: 'Too many requests from this client. Please try again later.',
        extensions: { code: 'RATE_LIMIT_EXCEEDED', window },
      },
    ],
  };
}

function withCode(error: GraphQLError, code: string): Record<string, unknown> {
  const json = error.toJSON() as unknown as Record<string, unknown> & { extensions?: Record<string, unknown> };
  return { ...json, extensions: { ...(json.extensions ?? {}), code } };
}

/**
 * Resolver errors keep their code; variable-coercion errors (no data) become
 * BAD_USER_INPUT; anything else UNEXPECTED. All with HTTP 200: "GraphQL always
 * returns HTTP 200. Check the response body" (facts §1.5 [ERR-DOC];
 * buffer-error-codes.yml: only RATE_LIMIT_EXCEEDED is 429). The reference
 * documents no code for request-level errors (validation, coercion), so the
 * sandbox uses the Apollo/graphql-js convention (GRAPHQL_VALIDATION_FAILED,
 * BAD_USER_INPUT) and the client must treat any `errors` without `data` as
 * a refusal of the whole request, whatever the code.
 */
function formatResult(result: ExecutionResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (result.errors && result.errors.length > 0) {
    const noData = !('data' in result);
    out.errors = result.errors.map((e) => {
      const json = e.toJSON() as unknown as Record<string, unknown> & { extensions?: Record<string, unknown> };
      if (json.extensions?.code) return json;
      const original = e.originalError;
      const code = noData
        ? 'BAD_USER_INPUT'
        : original && !(original instanceof GraphQLError)
          ? 'UNEXPECTED'
          : undefined;
      return code ? { ...json, extensions: { ...(json.extensions ?? {}), code } } : json;
    });
  }
  if ('data' in result) out.data = result.data ?? null;
  return out;
}

/** Root fields the operation will invoke, in document order, aliases counted individually. */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const out: string[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) out.push(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, seen);
      else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value)) walk(f.selectionSet, new Set([...seen, f.name.value]));
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return out;
}

export function defaultRateLimits(): RateLimits {
  return { ...FREE_PLAN_RATE_LIMITS };
}
