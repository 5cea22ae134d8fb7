/**
 * Fault injection (`POST /__sandbox/faults`), so the product's tests can prove
 * "no duplicate and no lost ID under any single crash or fault".
 *
 * Semantics (the product's fault-matrix tests rely on these):
 * - A rule `{operation, nth = 1, times = 1, fault}` watches invocations of the
 *   root field `operation` (`"*"` = any root field), counted since the faults
 *   were set, across requests. Aliases in one document are separate
 *   invocations, counted in document order. Invocations `nth` … `nth+times-1`
 *   (consecutive matches that actually reach the server) are faulted.
 * - Mutations in one document run serially in alias order, as on Buffer;
 *   query fields run in document order too (resolvers are synchronous).
 * - When the faulted field is reached:
 *   - `drop-before-commit`: the field is NOT executed, later fields are not
 *     executed, earlier ones stay committed; the TCP connection is destroyed
 *     without an HTTP response.
 *   - `drop-after-commit`: the field IS executed and committed, later fields
 *     are not; then the connection is destroyed without a response.
 *   - `http-500`: the field and later ones are not executed; HTTP 500 with a
 *     JSON `errors` body.
 *   - `unexpected`: the field is not executed and resolves to a GraphQL error
 *     with `extensions.code: UNEXPECTED`, HTTP 200. Root payloads are non-null,
 *     so graphql-js nulls `data` and stops a mutation batch there: that is
 *     real GraphQL behaviour and is kept.
 *   - `limit-reached`: the field is not executed and returns a
 *     `LimitReachedError` (on fields without that union member: a GraphQL
 *     error with code LIMIT_REACHED); other fields run normally.
 *   - `rate-limit`: decided at the gateway, before execution: if the document
 *     would reach a faulted invocation, the whole request gets HTTP 429
 *     (`Retry-After: 1`, window `15m`) and nothing executes. The invocations up to
 *     and including the faulted one count as seen, so a retry moves on.
 *   - `typed-error` (with `member`, optional `message`): the field is not
 *     executed and answers that typed member of its payload union, HTTP 200;
 *     other fields run normally. `member` must belong to the operation's
 *     union in the reference, checked against the sandbox's schema when the
 *     faults are set (HTTP 400 otherwise), so `operation` must name one
 *     mutation, not `"*"`:
 *       createPost, editPost (PostActionPayload): NotFoundError,
 *         UnauthorizedError, UnexpectedError, RestProxyError (with `code` and
 *         `link`), LimitReachedError, InvalidInputError;
 *       deletePost (DeletePostPayload): VoidMutationError;
 *       createIdea (CreateIdeaPayload): InvalidInputError, UnauthorizedError,
 *         UnexpectedError, LimitReachedError;
 *       createPostTemplate, updatePostTemplate, deletePostTemplate
 *         (Create/Update/DeletePostTemplatePayload) and movePostInQueue
 *         (MovePostInQueuePayload): VoidMutationError.
 *     The table is the schema's: a mutation added to the SDL gets its members
 *     here without a change to this file.
 * - `latencyMs` is added before every GraphQL answer.
 * - `ideaResponseEvery: N` (a non-negative integer; 0 = never, the default
 *   unless the sandbox was started with the `ideaResponseEvery` option):
 *   every Nth `createIdea` since the faults were set (the Nth, 2Nth, …)
 *   answers `IdeaResponse { idea, refreshIdeas }` instead of `Idea`, both
 *   being success members of CreateIdeaPayload (reference; facts §3
 *   createIdea). Independently, a `createIdea` placed in a group after
 *   another idea (`group.placeAfterId`) always answers `IdeaResponse` with
 *   `refreshIdeas: true`, the case the reference's "other ideas might have
 *   been moved" describes. Not a fault: the idea is created either way.
 *
 * Example: `{"rules": [{"operation": "deletePost", "fault": "typed-error",
 * "member": "VoidMutationError"}], "ideaResponseEvery": 2}`.
 */
import { MUTATION_ERROR_TYPES, type MutationErrorType } from './errors.js';

export const FAULT_KINDS = [
  'drop-before-commit',
  'drop-after-commit',
  'http-500',
  'unexpected',
  'limit-reached',
  'rate-limit',
  'typed-error',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  operation: string;
  nth?: number;
  times?: number;
  fault: FaultKind;
  /** `typed-error` only: the payload union member to answer. */
  member?: MutationErrorType;
  /** `typed-error` only: its message (a default names the injection). */
  message?: string;
}

export interface FaultConfig {
  latencyMs?: number;
  rules?: FaultRule[];
  /** Every Nth createIdea answers IdeaResponse; 0 = never. */
  ideaResponseEvery?: number;
}

/** What a root field's wrapper must do for one invocation. */
export type InvocationFault =
  | { kind: Exclude<FaultKind, 'rate-limit' | 'typed-error'> }
  | { kind: 'typed-error'; member: MutationErrorType; message?: string };

/** Payload union members of a mutation root field, from the schema (engine.ts). */
export type UnionMembersOf = (operation: string) => readonly string[] | null;

interface RuleState {
  rule: FaultRule & { nth: number; times: number };
  seen: number;
  fired: number;
}

export class FaultPlan {
  readonly latencyMs: number;
  /** Undefined: the sandbox option's value applies. */
  readonly ideaResponseEvery: number | undefined;
  private readonly rules: RuleState[];

  constructor(config: FaultConfig = {}) {
    this.latencyMs = config.latencyMs ?? 0;
    this.ideaResponseEvery = config.ideaResponseEvery;
    this.rules = (config.rules ?? []).map((r) => ({ rule: { nth: 1, times: 1, ...r }, seen: 0, fired: 0 }));
  }

  /** Rejects malformed control requests with a message for the test author. */
  static parse(body: unknown, unionMembersOf: UnionMembersOf = () => null): FaultConfig {
    if (!body || typeof body !== 'object') throw new Error('Fault config must be a JSON object');
    const b = body as Record<string, unknown>;
    if (b.latencyMs !== undefined && (typeof b.latencyMs !== 'number' || b.latencyMs < 0))
      throw new Error('latencyMs must be a non-negative number');
    const rules = b.rules === undefined ? [] : b.rules;
    if (!Array.isArray(rules)) throw new Error('rules must be an array');
    for (const r of rules as Record<string, unknown>[]) {
      if (typeof r.operation !== 'string') throw new Error('Each rule needs an "operation" (a root field name or "*")');
      if (!FAULT_KINDS.includes(r.fault as FaultKind))
        throw new Error(`Unknown fault ${String(r.fault)}; expected one of ${FAULT_KINDS.join(', ')}`);
      for (const k of ['nth', 'times'] as const) {
        if (r[k] !== undefined && (!Number.isInteger(r[k]) || (r[k] as number) < 1))
          throw new Error(`${k} must be a positive integer`);
      }
      if (r.fault === 'typed-error') checkTypedError(r, unionMembersOf);
      else if (r.member !== undefined)
        throw new Error(`"member" goes with the fault "typed-error" only, not ${String(r.fault)}`);
    }
    const every = b.ideaResponseEvery;
    if (every !== undefined && (!Number.isInteger(every) || (every as number) < 0))
      throw new Error('ideaResponseEvery must be a non-negative integer (0 = never)');
    return {
      latencyMs: b.latencyMs as number | undefined,
      rules: rules as FaultRule[],
      ideaResponseEvery: every as number | undefined,
    };
  }

  private matches(state: RuleState, field: string): boolean {
    return state.rule.operation === '*' || state.rule.operation === field;
  }

  private due(state: RuleState, invocation: number): boolean {
    return invocation >= state.rule.nth && state.fired < state.rule.times;
  }

  /**
   * Gateway check for `rate-limit` rules over the root fields the document will
   * invoke, in order. True = answer 429 and execute nothing.
   */
  rateLimitBefore(rootFields: string[]): boolean {
    for (let i = 0; i < rootFields.length; i++) {
      const prefix = rootFields.slice(0, i + 1);
      const hit = this.rules.find(
        (s) =>
          s.rule.fault === 'rate-limit' &&
          this.matches(s, rootFields[i]!) &&
          this.due(s, s.seen + prefix.filter((f) => this.matches(s, f)).length),
      );
      if (hit) {
        for (const s of this.rules) s.seen += prefix.filter((f) => this.matches(s, f)).length;
        hit.fired++;
        return true;
      }
    }
    return false;
  }

  /** Called as each root field starts executing; returns the fault to apply, if any. */
  onInvocation(field: string): InvocationFault | null {
    let hit: InvocationFault | null = null;
    for (const s of this.rules) {
      if (!this.matches(s, field)) continue;
      s.seen++;
      if (hit === null && s.rule.fault !== 'rate-limit' && this.due(s, s.seen)) {
        s.fired++;
        const { fault, member, message } = s.rule;
        hit = fault === 'typed-error' ? { kind: fault, member: member!, message } : { kind: fault };
      }
    }
    return hit;
  }
}

const TYPED_ERRORS: readonly string[] = MUTATION_ERROR_TYPES;

/** A typed error only where the reference's payload union has that member: anything else Buffer could never answer. */
function checkTypedError(r: Record<string, unknown>, unionMembersOf: UnionMembersOf): void {
  if (!TYPED_ERRORS.includes(String(r.member))) {
    throw new Error(
      `The fault "typed-error" needs a "member", one of ${TYPED_ERRORS.join(', ')}; got ${JSON.stringify(r.member)}`,
    );
  }
  if (r.message !== undefined && typeof r.message !== 'string') throw new Error('"message" must be a string');
  const members = unionMembersOf(String(r.operation));
  if (!members) {
    throw new Error(
      `The fault "typed-error" needs "operation" to be one mutation with a payload union (e.g. createPost, deletePost, createPostTemplate, movePostInQueue); got ${JSON.stringify(r.operation)}`,
    );
  }
  if (!members.includes(String(r.member))) {
    const possible = members.filter((m) => TYPED_ERRORS.includes(m));
    throw new Error(
      `${String(r.operation)} cannot answer ${String(r.member)}: its payload union's error members are ${possible.join(', ')}`,
    );
  }
}
