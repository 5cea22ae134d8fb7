/**
 * What an HTTP result from Buffer means. Buffer answers GraphQL errors with
 * 200 (docs), but its gateway answers auth failures with 401 and rate limiting
 * with 429, so both the status and `errors[].extensions.code` are read.
 *
 * `interpretHttpResult` throws for whole-request failures (auth, 429, 5xx,
 * unreadable body) and otherwise returns the GraphQL body; `errorFromGraphQL`
 * turns a non-empty `errors[]` into the matching thrown error.
 */
import {
  BufferApiError,
  BufferAuthError,
  BufferGraphQLError,
  BufferNotFoundError,
  BufferRateLimitError,
  BufferTransportError,
} from './errors.js';
import { parseRateLimitHeaders, parseRetryAfter } from './rate-limit.js';
import type { HttpResult } from './transport.js';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; window?: string; [key: string]: unknown };
}

export interface GraphQLBody {
  /** `undefined` when the key was absent: per the GraphQL spec, nothing executed. */
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLErrorEntry[];
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'UNAUTHORIZED', 'FORBIDDEN']);
/** Codes under which Buffer executed nothing because the document itself was refused. */
const DOCUMENT_REJECTED_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
/** Query-limit errors carry no code; Buffer's messages name the limit. */
const QUERY_LIMIT_MESSAGE = /(exceeds|maximum|too many|limit|simplify|complex|depth|alias|token|directive)/i;
const SERVER_FAULT_CODES = new Set(['UNEXPECTED', 'INTERNAL_SERVER_ERROR']);

function asGraphQLBody(body: unknown): GraphQLBody | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (!('data' in record) && !('errors' in record)) return undefined;
  const rawErrors = Array.isArray(record.errors) ? record.errors : [];
  const errors: GraphQLErrorEntry[] = rawErrors.map((e) => {
    const entry = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    return {
      message: typeof entry.message === 'string' ? entry.message : String(entry.message ?? ''),
      path: Array.isArray(entry.path) ? (entry.path as (string | number)[]) : undefined,
      extensions:
        entry.extensions && typeof entry.extensions === 'object'
          ? (entry.extensions as GraphQLErrorEntry['extensions'])
          : undefined,
    };
  });
  const data = 'data' in record ? (record.data as Record<string, unknown> | null) : undefined;
  return { data, errors };
}

function firstCode(errors: GraphQLErrorEntry[], wanted: Set<string>): string | undefined {
  for (const e of errors) {
    const code = e.extensions?.code;
    if (code && wanted.has(code)) return code;
  }
  return undefined;
}

function joinedMessages(errors: GraphQLErrorEntry[]): string | undefined {
  const text = errors
    .map((e) => e.message)
    .filter(Boolean)
    .join('; ');
  return text || undefined;
}

/** A 429 (or a 200 carrying RATE_LIMIT_EXCEEDED): when may we retry? */
function rateLimitError(result: HttpResult, body: GraphQLBody | undefined, nowMs: number): BufferRateLimitError {
  const window = body?.errors.find((e) => e.extensions?.window)?.extensions?.window;
  let retryAfter = parseRetryAfter(result.headers['retry-after'], nowMs);
  if (retryAfter === undefined && window) {
    // No header: the exhausted window's reset time is the next best hint.
    retryAfter = parseRateLimitHeaders(result.headers, nowMs)?.windows.find((w) => w.window === window)?.resetSeconds;
  }
  return new BufferRateLimitError(window, retryAfter);
}

export function interpretHttpResult(result: HttpResult, nowMs: number = Date.now()): GraphQLBody {
  const body = asGraphQLBody(result.body);
  const { status } = result;
  if (status === 429 || (body && firstCode(body.errors, new Set(['RATE_LIMIT_EXCEEDED'])))) {
    throw rateLimitError(result, body, nowMs);
  }
  if (status === 401 || status === 403) {
    const code = (body && firstCode(body.errors, AUTH_CODES)) ?? (status === 403 ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    throw new BufferAuthError(body && joinedMessages(body.errors), code, status);
  }
  if (status >= 500) {
    throw new BufferTransportError(
      `Buffer answered HTTP ${status}${body ? `: ${joinedMessages(body.errors) ?? ''}` : ''}`,
      {
        mayHaveExecuted: true,
        status,
        code: 'HTTP_' + status,
      },
    );
  }
  if (!body) {
    // 2xx that is not a GraphQL response (a proxy page, a body cut off mid-stream).
    throw new BufferTransportError(`HTTP ${status}: failed to parse Buffer's response as a GraphQL response`, {
      mayHaveExecuted: status < 300,
      status,
      code: 'UNPARSABLE_RESPONSE',
    });
  }
  if (status >= 300 && body.errors.length === 0) {
    throw new BufferTransportError(`Buffer answered HTTP ${status} without errors`, { mayHaveExecuted: false, status });
  }
  const authCode = firstCode(body.errors, AUTH_CODES);
  if (authCode) throw new BufferAuthError(joinedMessages(body.errors), authCode, status);
  if (body.errors.length > 0 && !body.data && firstCode(body.errors, SERVER_FAULT_CODES)) {
    // Executed or not, the result is lost: same as a lost response.
    throw new BufferTransportError(`Buffer reported an unexpected error: ${joinedMessages(body.errors) ?? ''}`, {
      mayHaveExecuted: true,
      status,
      code: 'UNEXPECTED',
    });
  }
  if (body.data === undefined && body.errors.length === 0) {
    throw new BufferTransportError('Buffer response contains no data', {
      mayHaveExecuted: true,
      status,
      code: 'NO_DATA',
    });
  }
  return body;
}

/** True when Buffer refused the whole document (validation / query limits): nothing ran. */
export function isDocumentRejected(body: GraphQLBody): boolean {
  if (body.errors.length === 0) return false;
  if (body.data === undefined) return true;
  if (body.data !== null) return false;
  return body.errors.every((e) => {
    const code = e.extensions?.code;
    return code ? DOCUMENT_REJECTED_CODES.has(code) : !e.path && QUERY_LIMIT_MESSAGE.test(e.message);
  });
}

/** The error to throw for a body whose `errors[]` is non-empty. */
export function errorFromGraphQL(body: GraphQLBody): BufferApiError {
  const codes = body.errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  const message = joinedMessages(body.errors) ?? 'Buffer returned an error without a message';
  if (codes.length > 0 && codes.every((c) => c === 'NOT_FOUND')) return new BufferNotFoundError(message);
  return new BufferGraphQLError(
    body.errors.map((e) => e.message),
    codes[0],
    isDocumentRejected(body),
  );
}

/** `data[field]`, or a thrown error when `errors[]` is non-empty or the field is missing. */
export function requireField(body: GraphQLBody, field: string): unknown {
  if (body.errors.length > 0) throw errorFromGraphQL(body);
  const value = body.data?.[field];
  if (value === undefined || value === null) {
    throw new BufferTransportError(`Expected field \`${field}\` not found in Buffer's response`, {
      mayHaveExecuted: true,
      code: 'NO_DATA',
    });
  }
  return value;
}
