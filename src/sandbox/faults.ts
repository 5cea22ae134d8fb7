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
 * - `latencyMs` is added before every GraphQL answer.
 */
export const FAULT_KINDS = ['drop-before-commit', 'drop-after-commit', 'http-500', 'unexpected', 'limit-reached', 'rate-limit'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  operation: string;
  nth?: number;
  times?: number;
  fault: FaultKind;
}

export interface FaultConfig {
  latencyMs?: number;
  rules?: FaultRule[];
}

interface RuleState {
  rule: Required<FaultRule>;
  seen: number;
  fired: number;
}

export class FaultPlan {
  readonly latencyMs: number;
  private readonly rules: RuleState[];

  constructor(config: FaultConfig = {}) {
    this.latencyMs = config.latencyMs ?? 0;
    this.rules = (config.rules ?? []).map((r) => ({ rule: { nth: 1, times: 1, ...r }, seen: 0, fired: 0 }));
  }

  /** Rejects malformed control requests with a message for the test author. */
  static parse(body: unknown): FaultConfig {
    if (!body || typeof body !== 'object') throw new Error('Fault config must be a JSON object');
    const b = body as Record<string, unknown>;
    if (b.latencyMs !== undefined && (typeof b.latencyMs !== 'number' || b.latencyMs < 0)) throw new Error('latencyMs must be a non-negative number');
    const rules = b.rules === undefined ? [] : b.rules;
    if (!Array.isArray(rules)) throw new Error('rules must be an array');
    for (const r of rules as Record<string, unknown>[]) {
      if (typeof r.operation !== 'string') throw new Error('Each rule needs an "operation" (a root field name or "*")');
      if (!FAULT_KINDS.includes(r.fault as FaultKind)) throw new Error(`Unknown fault ${String(r.fault)}; expected one of ${FAULT_KINDS.join(', ')}`);
      for (const k of ['nth', 'times'] as const) {
        if (r[k] !== undefined && (!Number.isInteger(r[k]) || (r[k] as number) < 1)) throw new Error(`${k} must be a positive integer`);
      }
    }
    return { latencyMs: b.latencyMs as number | undefined, rules: rules as FaultRule[] };
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
        (s) => s.rule.fault === 'rate-limit' && this.matches(s, rootFields[i]!) && this.due(s, s.seen + prefix.filter((f) => this.matches(s, f)).length),
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
  onInvocation(field: string): Exclude<FaultKind, 'rate-limit'> | null {
    let hit: Exclude<FaultKind, 'rate-limit'> | null = null;
    for (const s of this.rules) {
      if (!this.matches(s, field)) continue;
      s.seen++;
      if (hit === null && s.rule.fault !== 'rate-limit' && this.due(s, s.seen)) {
        s.fired++;
        hit = s.rule.fault;
      }
    }
    return hit;
  }
}
