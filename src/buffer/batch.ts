/**
 * Many mutations in few requests: Buffer's budget is per HTTP request (100 per
 * 15 min on the free plan), so N posts are sent as aliases of one document
 * (`m0: createPost(input: $i0) …`), at most 30 per document (query limit).
 *
 * Every item ends with a known result or, when Buffer may or may not have
 * executed it (lost response, 5xx, data nulled), `unknown`:
 * - a document refused as a whole (validation, query limits) executed nothing:
 *   it is split in halves and retried smaller; a bad variable is pinned to its
 *   item by name (`$i3`) and the rest resent together;
 * - a batch containing a create is never resent after a lost answer: its items
 *   become `unknown` (the caller does the exactly-once check), but its edits
 *   and deletes, which are safe to repeat, are resent on their own;
 * - a delete retried after a lost answer that now says "not found" was deleted.
 */
import { BufferApiError, BufferGraphQLError, BufferRateLimitError, BufferTransportError } from './errors.js';
import {
  MAX_ALIASES,
  DEFAULT_BATCH_SIZE,
  buildMutationBatch,
  type BuiltDocument,
  type MutationKind,
} from './documents.js';
import { isNotFoundError, mapPayload, type BufferMutationError } from './payload.js';
import { isDocumentRejected, type GraphQLBody, type GraphQLErrorEntry } from './response.js';
import type { RetrySafety } from './retry.js';
import type { CreateIdeaInput, CreatePostInput, EditPostInput, Idea, Post } from './types.js';

export type BatchOperation =
  | { kind: 'createPost'; input: CreatePostInput }
  | { kind: 'editPost'; input: EditPostInput }
  | { kind: 'deletePost'; id: string }
  | { kind: 'createIdea'; input: CreateIdeaInput };

export type BatchItemOutcome =
  | { ok: true; value: Post | { id: string } | Idea }
  | { ok: false; error: BufferMutationError }
  /** The request may or may not have executed: lost response, 5xx, data nulled. */
  | { ok: 'unknown'; reason: string };

/** Sends one document under the retry policy for `safety`; see BufferClient. */
export type BatchSender = (built: BuiltDocument, safety: RetrySafety) => Promise<GraphQLBody>;

interface Item {
  /** Position in the caller's array. */
  index: number;
  op: BatchOperation;
  /** True once this item was already sent and its answer lost. */
  resent: boolean;
}

function isCreate(op: BatchOperation): boolean {
  return op.kind === 'createPost' || op.kind === 'createIdea';
}

function wireInput(op: BatchOperation): unknown {
  return op.kind === 'deletePost' ? { id: op.id } : op.input;
}

export function clampBatchSize(maxBatch: number | undefined): number {
  const n = Math.floor(maxBatch ?? DEFAULT_BATCH_SIZE);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, MAX_ALIASES);
}

/** An error code as a per-item error; used where Buffer refused without executing. */
function refused(error: BufferApiError): BatchItemOutcome {
  // A rate-limit refusal keeps its hint, so the caller can stop and say when the rest can go.
  const hint =
    error instanceof BufferRateLimitError ? { window: error.window, retryAfterSeconds: error.retryAfterSeconds } : {};
  return { ok: false, error: { type: error.name, message: error.message, ...hint } };
}

export class BatchRunner {
  private readonly outcomes: (BatchItemOutcome | undefined)[];

  constructor(
    private readonly ops: BatchOperation[],
    private readonly send: BatchSender,
  ) {
    this.outcomes = new Array(ops.length).fill(undefined);
  }

  async run(maxBatch?: number): Promise<BatchItemOutcome[]> {
    const size = clampBatchSize(maxBatch);
    const items: Item[] = this.ops.map((op, index) => ({ index, op, resent: false }));
    for (let start = 0; start < items.length; start += size) {
      await this.runChunk(items.slice(start, start + size));
    }
    return this.outcomes.map((o) => o ?? { ok: 'unknown', reason: 'no answer was recorded for this item' });
  }

  private async runChunk(items: Item[]): Promise<void> {
    if (items.length === 0) return;
    const built = buildMutationBatch(
      items.map((it) => ({ kind: it.op.kind as MutationKind, input: wireInput(it.op) })),
    );
    const safety: RetrySafety = items.some((it) => isCreate(it.op)) ? 'unsafe' : 'idempotent';
    let body: GraphQLBody;
    try {
      body = await this.send(built, safety);
    } catch (error) {
      if (error instanceof BufferTransportError) {
        return this.answerLost(items, error.message);
      }
      if (error instanceof BufferApiError) {
        // Auth, rate limit past the bound, …: refused before execution.
        for (const it of items) this.outcomes[it.index] = refused(error);
        return;
      }
      throw error;
    }

    if (isDocumentRejected(body)) return this.documentRejected(items, body);

    const data = body.data;
    const lost: Item[] = [];
    items.forEach((it, i) => {
      const alias = built.aliases[i]!;
      const payload = data?.[alias];
      const fieldErrors = body.errors.filter((e) => e.path?.[0] === alias);
      if (payload !== undefined && payload !== null) {
        this.settle(it, mapPayload(it.op.kind, payload));
      } else if (fieldErrors.length > 0 && !fieldErrors.some((e) => e.extensions?.code === 'UNEXPECTED')) {
        // The field itself failed with a definite error (e.g. NOT_FOUND).
        const first = fieldErrors[0]!;
        this.settle(it, { ok: false, error: { type: codeToType(first), message: first.message } });
      } else {
        lost.push(it);
      }
    });
    if (lost.length > 0) {
      const reason = body.errors.map((e) => e.message).join('; ') || 'Buffer returned no result for this item';
      // A definite error on one alias nulls `data` (payloads are non-null) and
      // stops the serial execution there. That item is settled, so resending
      // the others makes progress and may repeat as often as it does.
      await this.answerLost(lost, reason, lost.length < items.length);
    }
  }

  /** Record an answer; a retried delete that finds nothing did delete. */
  private settle(it: Item, outcome: BatchItemOutcome): void {
    if (it.op.kind === 'deletePost' && it.resent && outcome.ok === false && isNotFoundError(outcome.error)) {
      this.outcomes[it.index] = { ok: true, value: { id: it.op.id } };
      return;
    }
    this.outcomes[it.index] = outcome;
  }

  /** Creates become `unknown`; edits and deletes are resent once, on their own. */
  private async answerLost(items: Item[], reason: string, madeProgress = false): Promise<void> {
    const retry: Item[] = [];
    for (const it of items) {
      if (!isCreate(it.op) && (!it.resent || madeProgress)) retry.push({ ...it, resent: true });
      else
        this.outcomes[it.index] = {
          ok: 'unknown',
          reason: `the answer was lost (${reason}); Buffer may or may not have executed it`,
        };
    }
    if (retry.length > 0) await this.runChunk(retry);
  }

  private async documentRejected(items: Item[], body: GraphQLBody): Promise<void> {
    const badVariables = variableIndexes(body.errors);
    if (badVariables.size > 0 && [...badVariables].every((i) => i < items.length)) {
      // Variable coercion failed for named items: those inputs are invalid, the rest are fine.
      const rest: Item[] = [];
      items.forEach((it, i) => {
        if (badVariables.has(i)) {
          const messages = body.errors.filter((e) => variableIndexes([e]).has(i)).map((e) => e.message);
          this.outcomes[it.index] = { ok: false, error: { type: 'InvalidInputError', message: messages.join('; ') } };
        } else {
          rest.push(it);
        }
      });
      return this.runChunk(rest);
    }
    if (items.length > 1) {
      // Too big or too complex: nothing ran, so halves are safe to send.
      const half = Math.ceil(items.length / 2);
      await this.runChunk(items.slice(0, half));
      await this.runChunk(items.slice(half));
      return;
    }
    const error = new BufferGraphQLError(
      body.errors.map((e) => e.message),
      body.errors[0]?.extensions?.code,
      true,
    );
    this.outcomes[items[0]!.index] = { ok: false, error: { type: 'GraphQLError', message: error.message } };
  }
}

function codeToType(error: GraphQLErrorEntry): string {
  switch (error.extensions?.code) {
    case 'NOT_FOUND':
      return 'NotFoundError';
    case 'FORBIDDEN':
    case 'UNAUTHORIZED':
      return 'UnauthorizedError';
    default:
      return error.extensions?.code ?? 'GraphQLError';
  }
}

/** Items named by variable errors: `Variable "$i3" got invalid value …`. */
function variableIndexes(errors: GraphQLErrorEntry[]): Set<number> {
  const found = new Set<number>();
  for (const e of errors) {
    const m = /Variable "\$i(\d+)"/.exec(e.message);
    if (m) found.add(Number(m[1]));
  }
  return found;
}
